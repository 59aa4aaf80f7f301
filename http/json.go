package http

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parleyproject/parley/export"
	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// gzipMin is the smallest response worth compressing.
const gzipMin = 1400

// writeJSON writes v as JSON with status 200, compressed when the client
// accepts gzip and the body is large enough. json.Marshal escapes '<', '>'
// and '&', so article text cannot close a script or style element even in
// a page that embeds the JSON.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	body = append(body, '\n')
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	if h.Get("Cache-Control") == "" {
		h.Set("Cache-Control", "no-cache")
	}
	h.Add("Vary", "Accept-Encoding")
	if len(body) >= gzipMin && acceptsGzip(r) {
		var b bytes.Buffer
		zw := s.gzips.Get().(*gzip.Writer)
		zw.Reset(&b)
		_, err := zw.Write(body)
		if err == nil {
			err = zw.Close()
		}
		s.gzips.Put(zw)
		if err != nil {
			return fmt.Errorf("compress response: %w", err)
		}
		h.Set("Content-Encoding", "gzip")
		body = b.Bytes()
	}
	_, err = w.Write(body)
	return err
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && !strings.Contains(strings.ReplaceAll(q, " ", ""), "q=0") {
			return true
		}
	}
	return false
}

func writeJSONString(b *bytes.Buffer, s string) {
	j, _ := json.Marshal(s)
	b.Write(j)
}

// apiEvent is an event mention as the API writes it: the contract-1 event
// JSON with the store's ids and the document's metadata.
type apiEvent struct {
	EventID   int64           `json:"event_id"`
	ClusterID int64           `json:"cluster_id"`
	Event     json.RawMessage `json:"event"`
	Document  apiDocMeta      `json:"document"`
}

// apiDocMeta is a document's metadata.
type apiDocMeta struct {
	ID     int64   `json:"id"`
	Key    string  `json:"key"`
	URL    string  `json:"url"`
	Source string  `json:"source"`
	Outlet string  `json:"outlet"`
	Title  string  `json:"title"`
	Byline string  `json:"byline,omitempty"`
	Date   *string `json:"date"`
	Added  *string `json:"added"`
	Chars  int     `json:"chars"`
	Tone   apiTone `json:"tone"`
	Link   *string `json:"link"`
}

type apiTone struct {
	Tone      float64 `json:"tone"`
	Positive  float64 `json:"positive"`
	Negative  float64 `json:"negative"`
	Polarity  float64 `json:"polarity"`
	WordCount int     `json:"word_count"`
}

func toneOf(t text.Tone) apiTone {
	return apiTone{Tone: t.Tone, Positive: t.Positive, Negative: t.Negative, Polarity: t.Polarity, WordCount: t.WordCount}
}

// safeLink returns u when it is an absolute http or https URL, the only
// kind the dashboard makes a link of, else nil.
func safeLink(u string) *string {
	l := strings.ToLower(u)
	if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
		return nil
	}
	if strings.ContainsAny(u, " \t\r\n\"'<>`\\") {
		return nil
	}
	return &u
}

func timeOrNull(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

func dayOrNull(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.DateOnly)
	return &s
}

func docMeta(m *store.DocMeta) apiDocMeta {
	return apiDocMeta{ID: m.ID, Key: m.Key, URL: m.URL, Source: m.Source, Outlet: m.Outlet, Title: m.Title,
		Byline: m.Byline, Date: timeOrNull(m.Date), Added: timeOrNull(m.Added), Chars: m.Chars,
		Tone: toneOf(m.Tone), Link: safeLink(m.URL)}
}

func eventOf(r *store.EventRecord) (apiEvent, error) {
	ev, err := export.EventJSON(r)
	if err != nil {
		return apiEvent{}, fmt.Errorf("encode event %d: %w", r.ID, err)
	}
	return apiEvent{EventID: r.ID, ClusterID: r.ClusterID, Event: ev, Document: docMeta(&r.Doc)}, nil
}

func eventsOf(rs []store.EventRecord) ([]apiEvent, error) {
	out := make([]apiEvent, 0, len(rs))
	for i := range rs {
		e, err := eventOf(&rs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// apiQuote is a quotation in the form of contract 3, with the store's id
// and the document's metadata when listed.
type apiQuote struct {
	QuoteID  int64       `json:"quote_id,omitempty"`
	DocID    string      `json:"doc_id"`
	Direct   bool        `json:"direct"`
	Speaker  apiSpeaker  `json:"speaker"`
	Cue      apiSpanText `json:"cue"`
	Content  apiSpanText `json:"content"`
	Document *apiDocMeta `json:"document,omitempty"`
}

type apiSpeaker struct {
	Text    string    `json:"text"`
	Span    text.Span `json:"span"`
	Code    string    `json:"code"`
	Name    string    `json:"name"`
	Country string    `json:"country,omitempty"`
}

type apiSpanText struct {
	Text string    `json:"text"`
	Span text.Span `json:"span"`
}

func quoteOf(q *text.Quote, docKey string) apiQuote {
	id := q.DocID
	if id == "" {
		id = docKey
	}
	return apiQuote{DocID: id, Direct: q.Direct,
		Speaker: apiSpeaker{Text: q.Speaker.Text, Span: q.Speaker.Span, Code: q.Speaker.Code, Name: q.Speaker.Name, Country: q.Speaker.Country},
		Cue:     apiSpanText{Text: q.Cue.Text, Span: q.Cue.Span},
		Content: apiSpanText{Text: q.Content.Text, Span: q.Content.Span}}
}

// segment is a piece of a sentence and the part it plays in an event:
// "source", "verb", "target" or "" for the rest.
type segment struct {
	Text string `json:"text"`
	Role string `json:"role,omitempty"`
}

// highlight splits the sentence of e, which starts at byte offset start of
// the document, into segments by the spans of the event's source, verb and
// target. Spans outside the sentence, overlapping an earlier one or not on
// character boundaries are left out; when the sentence was stored with a
// text of another length than its span, the parts are found by their text.
func highlight(e *text.Event, span [2]int) []segment {
	sent := e.Text
	type part struct {
		role       string
		start, end int
	}
	var parts []part
	add := func(role string, p *text.Participant) {
		if p == nil || p.Span.Empty() {
			return
		}
		s, t := p.Span.Start-span[0], p.Span.End-span[0]
		if span[1]-span[0] != len(sent) {
			i := strings.Index(sent, p.Text)
			if p.Text == "" || i < 0 {
				return
			}
			s, t = i, i+len(p.Text)
		}
		if s < 0 || t > len(sent) || s >= t {
			return
		}
		if !utf8.RuneStart(sent[s]) || (t < len(sent) && !utf8.RuneStart(sent[t])) {
			return
		}
		parts = append(parts, part{role, s, t})
	}
	add("source", e.Source)
	add("verb", &e.Evidence.Verb)
	add("target", e.Target)
	// Keep the parts in text order, dropping any that overlaps one kept.
	for i := 1; i < len(parts); i++ {
		for j := i; j > 0 && parts[j].start < parts[j-1].start; j-- {
			parts[j], parts[j-1] = parts[j-1], parts[j]
		}
	}
	var out []segment
	pos := 0
	for _, p := range parts {
		if p.start < pos {
			continue
		}
		if p.start > pos {
			out = append(out, segment{Text: sent[pos:p.start]})
		}
		out = append(out, segment{Text: sent[p.start:p.end], Role: p.role})
		pos = p.end
	}
	if pos < len(sent) {
		out = append(out, segment{Text: sent[pos:]})
	}
	return out
}
