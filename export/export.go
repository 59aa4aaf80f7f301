package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// Encoder writes event mentions in one format.
type Encoder interface {
	// Event writes one event mention. Formats that have no modality
	// (gdelt, mentions, polecat, icews) write asserted events only and
	// skip the others without error.
	Event(r *store.EventRecord) error
	// Close writes what is still buffered (the Parquet footer) and
	// flushes; it does not close the underlying writer.
	Close() error
}

// ClusterEncoder is an Encoder whose rows are de-duplicated events
// (gdelt): from a store it is given clusters; given single mentions, each
// is a cluster of its own.
type ClusterEncoder interface {
	Encoder
	Cluster(c *store.Cluster) error
}

// Format describes one output format.
type Format struct {
	Name        string
	Description string
	// Binary formats are not written to a terminal.
	Binary bool
	// Modality reports whether the format carries each event's modality
	// and so can hold non-asserted events.
	Modality bool
}

// Formats lists the formats New accepts, in the order of the help text.
func Formats() []Format {
	return []Format{
		{Name: "jsonl", Description: "Parley events, one JSON object per line (contract 1)", Modality: true},
		{Name: "gdelt", Description: "GDELT 2.0 event table: 61 tab-separated columns, one row per cluster"},
		{Name: "mentions", Description: "GDELT 2.0 mentions table: 16 tab-separated columns, one row per mention"},
		{Name: "polecat", Description: "POLECAT weekly data: 40 tab-separated columns"},
		{Name: "plover", Description: "PLOVER JSON records, one per line", Modality: true},
		{Name: "icews", Description: "ICEWS coded event data: 20 tab-separated columns"},
		{Name: "csv", Description: "Parley's flat event table as CSV with a header", Modality: true},
		{Name: "parquet", Description: "Parley's flat event table as Parquet", Binary: true, Modality: true},
	}
}

// FormatNames returns the names of Formats.
func FormatNames() []string {
	var out []string
	for _, f := range Formats() {
		out = append(out, f.Name)
	}
	return out
}

// LookupFormat returns the format called name.
func LookupFormat(name string) (Format, bool) {
	for _, f := range Formats() {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// ErrUnknownFormat is returned by New for a name not in Formats.
var ErrUnknownFormat = errors.New("unknown format")

// Options configure encoders. The zero value is ready to use.
type Options struct {
	// Added is GDELT's DATEADDED and the mention time for events whose
	// document has no storage time (events straight from the pipeline);
	// zero means the time New is called.
	Added time.Time
	// Countries maps ISO 3166-1 alpha-3 codes to FIPS 10-4 codes and
	// names; nil means DefaultCountries.
	Countries *Countries
	// Coder names the program in PLOVER and POLECAT records; default
	// "parley".
	Coder string
}

// New returns an encoder of format name writing to w.
func New(name string, w io.Writer, opts Options) (Encoder, error) {
	if opts.Added.IsZero() {
		opts.Added = time.Now().UTC()
	}
	if opts.Countries == nil {
		c, err := DefaultCountries()
		if err != nil {
			return nil, err
		}
		opts.Countries = c
	}
	if opts.Coder == "" {
		opts.Coder = "parley"
	}
	switch name {
	case "jsonl":
		return newJSONL(w), nil
	case "gdelt":
		return newGDELT(w, opts), nil
	case "mentions":
		return newMentions(w, opts), nil
	case "polecat":
		return newPOLECAT(w, opts), nil
	case "plover":
		return newPLOVER(w, opts), nil
	case "icews":
		return newICEWS(w), nil
	case "csv":
		return newCSV(w), nil
	case "parquet":
		return newParquet(w), nil
	}
	return nil, fmt.Errorf("%w %q: want one of %s", ErrUnknownFormat, name, strings.Join(FormatNames(), ", "))
}

// Export writes the events of st that match f in format name to w: the
// clusters for a ClusterEncoder, every mention for the others. It returns
// the number of records given to the encoder.
func Export(ctx context.Context, st store.Reader, name string, f store.EventFilter, w io.Writer, opts Options) (int, error) {
	enc, err := New(name, w, opts)
	if err != nil {
		return 0, err
	}
	n := 0
	if ce, ok := enc.(ClusterEncoder); ok {
		err = st.ScanClusters(ctx, f, func(c *store.Cluster) error {
			n++
			return ce.Cluster(c)
		})
	} else {
		err = st.ScanEvents(ctx, f, func(r *store.EventRecord) error {
			n++
			return enc.Event(r)
		})
	}
	if cerr := enc.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, fmt.Errorf("export %s: %w", name, err)
	}
	return n, nil
}

// RecordsOf returns the event mentions of a coded document as records, for
// encoding events straight from the pipeline (parley code). Their ids are
// zero, so encoders number them.
func RecordsOf(doc *text.Document) []store.EventRecord {
	meta := store.DocMeta{
		Key:    doc.ID,
		URL:    doc.URL,
		Source: doc.Source,
		Outlet: store.SourceName(doc.Source, doc.URL),
		Title:  doc.Title,
		Byline: doc.Byline,
		Date:   doc.Date,
		Tone:   doc.Tone,
		Chars:  len([]rune(doc.Text)),
	}
	// The lead paragraph ends where the second paragraph starts.
	lead := len(doc.Sentences)
	for i, s := range doc.Sentences {
		if i > 0 && s.ParagraphStart {
			lead = i
			break
		}
	}
	out := make([]store.EventRecord, len(doc.Events))
	for i := range doc.Events {
		out[i] = store.EventRecord{Index: i, Event: doc.Events[i], Doc: meta,
			InLead: doc.Events[i].Sentence < lead}
	}
	return out
}

// asserted reports whether an event counts as having happened.
func asserted(e *text.Event) bool { return store.Clustered(e) }

// eventDay returns the day of an event record.
func eventDay(r *store.EventRecord) time.Time { return store.EventDay(&r.Event, r.Doc.Date) }

// sectorsOf returns the sectors of a participant, or nil.
func sectorsOf(p *text.Participant) []string {
	if p == nil {
		return nil
	}
	return p.Sectors
}

func joinList(l []string, sep string) string { return strings.Join(slices.Clone(l), sep) }
