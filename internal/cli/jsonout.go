package cli

import (
	"io"

	"github.com/parleyproject/parley/text"
)

// jsonSpanText is a piece of text with its byte span, as the JSON outputs
// write it: {"text": ..., "span": [start, end]}.
type jsonSpanText struct {
	Text string    `json:"text"`
	Span text.Span `json:"span"`
}

// strOrNull writes an empty string as JSON null.
func strOrNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// writeEventsJSONL writes a coded document's events in the event JSON of
// contract 1, one per line.
func writeEventsJSONL(w io.Writer, doc *text.Document) error {
	enc, err := newEventEncoder("jsonl", w)
	if err != nil {
		return err
	}
	if err := enc.encode(doc); err != nil {
		return err
	}
	return enc.finish()
}
