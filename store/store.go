package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/parleyproject/parley/text"
)

// ErrNotFound is returned when a document, event or cluster asked for by id
// does not exist.
var ErrNotFound = errors.New("not found")

// ErrBadCursor is returned when a Page's After cursor was not made by the
// same kind of query.
var ErrBadCursor = errors.New("bad page cursor")

// Store keeps coded documents and answers the queries of the exporters, the
// HTTP API and the dashboard. Implementations are safe for concurrent use;
// writes may be serialised internally.
type Store interface {
	Writer
	Reader
	// Close releases the store. Calls after Close fail.
	Close() error
}

// Writer stores coded documents.
type Writer interface {
	// HasDocument reports whether a document with keys k is stored, and by
	// which key (DuplicateURL or DuplicateText), or "" when it is not.
	HasDocument(ctx context.Context, k Keys) (Duplicate, error)
	// PutDocuments stores docs, each with its sentences, events, quotes,
	// places and cluster updates, in one transaction: on error nothing of
	// the call is stored. A document already stored, or a repeat of an
	// earlier one in docs, is not stored again: its result says why.
	PutDocuments(ctx context.Context, docs []*text.Document) ([]PutResult, error)
}

// KeyedWriter is a Writer that also takes the documents' keys from its
// caller (who looked them up with HasDocument already), so that it need
// not hash every text again.
type KeyedWriter interface {
	Writer
	// PutKeyedDocuments is PutDocuments with keys[i] = KeysOf(docs[i]).
	PutKeyedDocuments(ctx context.Context, docs []*text.Document, keys []Keys) ([]PutResult, error)
}

// Preparer is a Writer that can do beforehand, on the caller's goroutine,
// the part of storing a document that needs no transaction (encoding it):
// a caller coding documents on several goroutines and storing them on one
// spreads that work over them.
type Preparer interface {
	// Prepare readies doc to be put later; doc must not change until then.
	Prepare(doc *text.Document)
}

// Reader answers queries.
type Reader interface {
	// Document returns a stored document with its sentences, events, quotes
	// and places, or ErrNotFound.
	Document(ctx context.Context, id int64) (*StoredDocument, error)
	// Documents returns a page of document metadata, newest first.
	Documents(ctx context.Context, f DocumentFilter, p Page) (DocumentPage, error)

	// Events returns a page of event mentions matching f, newest event day
	// first, then newest stored.
	Events(ctx context.Context, f EventFilter, p Page) (EventPage, error)
	// ScanEvents calls fn for every event mention matching f, oldest first
	// (by event day, then storage order), until fn returns an error.
	ScanEvents(ctx context.Context, f EventFilter, fn func(*EventRecord) error) error

	// Clusters returns a page of clusters matching f, newest day first.
	Clusters(ctx context.Context, f EventFilter, p Page) (ClusterPage, error)
	// ScanClusters calls fn for every cluster matching f, oldest first.
	ScanClusters(ctx context.Context, f EventFilter, fn func(*Cluster) error) error

	// DyadSeries aggregates the events between two actors by day, week or
	// month.
	DyadSeries(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error)

	// SearchActors returns up to limit actors whose code starts with query
	// or whose name contains it (case-insensitively), most active first.
	SearchActors(ctx context.Context, query string, limit int) ([]ActorSummary, error)
	// ActorProfile summarises the events of the actors whose code is code,
	// or ErrNotFound when no event names it.
	ActorProfile(ctx context.Context, code string) (*ActorProfile, error)

	// Quotes returns a page of quotations, newest document first.
	Quotes(ctx context.Context, f QuoteFilter, p Page) (QuotePage, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
}

// Duplicate says why a document is not stored again.
type Duplicate string

// Reasons a document is a duplicate.
const (
	NotDuplicate  Duplicate = ""
	DuplicateURL  Duplicate = "same URL"
	DuplicateText Duplicate = "same text"
)

// PutResult is the outcome of storing one document.
type PutResult struct {
	// ID is the stored document's id; 0 when it was a duplicate.
	ID        int64
	Duplicate Duplicate
	// Events is the number of event mentions stored; Clustered the number of
	// them that joined a cluster (asserted ones).
	Events, Clustered int
}

// DocMeta is what the store keeps about a document besides its text and
// annotations.
type DocMeta struct {
	ID     int64  // the store's id
	Key    string // text.Document.ID, the id the source gave it
	URL    string
	Source string // as the reader gave it; may be empty
	// Outlet is SourceName of the document: Source, or the host of URL.
	Outlet string
	Title  string
	Byline string
	Date   time.Time // publication time; zero when unknown
	Added  time.Time // when the document was stored
	// TextHash is the hex SHA-256 of the normalised text (see Keys).
	TextHash string
	Tone     text.Tone
	// Chars is the length of the text in characters (GDELT's
	// MentionDocLen).
	Chars int
}

// StoredDocument is a document as read back: the text with its sentences,
// events, quotes, places and tone filled in (tokens and actor mentions are
// not stored).
type StoredDocument struct {
	Meta     DocMeta
	Document *text.Document
	// EventIDs and ClusterIDs are parallel to Document.Events: the store's
	// id of each event and of its cluster (0 when not clustered).
	EventIDs, ClusterIDs []int64
}

// EventRecord is one stored event mention with its document's metadata.
type EventRecord struct {
	ID        int64
	ClusterID int64 // 0 when the event is in no cluster (not asserted)
	Index     int   // position in its document's Events
	// InLead reports whether the event's sentence is in the document's
	// first paragraph (GDELT's IsRootEvent).
	InLead bool
	Event  text.Event
	Doc    DocMeta
}

// ClusterKey identifies a cluster (see the package documentation).
type ClusterKey struct {
	Source, Target string    // actor codes; "" when absent
	Code           string    // CAMEO event code
	Day            time.Time // UTC midnight of the event day
}

// Cluster is a de-duplicated event: every asserted mention of the same
// source, target, code and day.
type Cluster struct {
	ID        int64 // exported as GDELT's GlobalEventID
	Key       ClusterKey
	Root      string
	QuadClass int
	Goldstein float64

	NumMentions, NumSources, NumArticles int
	FirstSeen, LastSeen                  time.Time
	AvgTone                              float64
	// Added is when the cluster was first stored (GDELT's DATEADDED).
	Added time.Time

	// Rep is the representative (first) mention.
	Rep EventRecord
}

// Page asks for one page of results. The zero value asks for the first page
// of DefaultLimit results.
type Page struct {
	// Limit is the page size: 0 means DefaultLimit, and it is capped at
	// MaxLimit.
	Limit int
	// After is the Next cursor of the previous page, or "" for the first.
	After string
}

// Page sizes.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// Size returns the effective page size.
func (p Page) Size() int {
	switch {
	case p.Limit <= 0:
		return DefaultLimit
	case p.Limit > MaxLimit:
		return MaxLimit
	}
	return p.Limit
}

// EventPage is one page of events; Next is "" on the last page.
type EventPage struct {
	Events []EventRecord
	Next   string
}

// ClusterPage is one page of clusters; Next is "" on the last page.
type ClusterPage struct {
	Clusters []Cluster
	Next     string
}

// DocumentPage is one page of documents; Next is "" on the last page.
type DocumentPage struct {
	Documents []DocMeta
	Next      string
}

// QuoteRecord is a stored quotation with its document's metadata.
type QuoteRecord struct {
	ID    int64
	Quote text.Quote
	Doc   DocMeta
}

// QuotePage is one page of quotations; Next is "" on the last page.
type QuotePage struct {
	Quotes []QuoteRecord
	Next   string
}

// Interval is the bucket width of a time series.
type Interval string

// Intervals. Weeks start on Monday (ISO 8601).
const (
	Day   Interval = "day"
	Week  Interval = "week"
	Month Interval = "month"
)

// ActorMatch selects the actors on one side of a dyad: by exact actor code,
// by country (ISO 3166-1 alpha-3), or both. The zero value matches any
// actor, including none.
type ActorMatch struct {
	Code    string
	Country string
}

// SeriesQuery asks for the time series of the events from Source to Target.
type SeriesQuery struct {
	Source, Target ActorMatch
	// Both also counts the events from Target to Source.
	Both bool
	// From and To bound the event days, both inclusive; zero is open.
	From, To time.Time
	Interval Interval // default Day
	// Modalities selects events by modality; nil means asserted only.
	Modalities []text.Modality
}

// SeriesPoint aggregates the events of one bucket. Buckets without events
// are left out.
type SeriesPoint struct {
	Start  time.Time // first day of the bucket
	Events int
	// Quad counts events by QuadClass: Quad[1] verbal cooperation ...
	// Quad[4] material conflict; Quad[0] is unused.
	Quad          [5]int
	GoldsteinSum  float64
	GoldsteinMean float64
	// MeanTone is the mean of the tone of the events' documents.
	MeanTone float64
}

// ActorSummary is one actor as resolved in events and quotes.
type ActorSummary struct {
	Code    string
	Name    string
	Country string
	Kind    text.ActorKind
	Sectors []string
	// Events counts the event mentions naming the actor as source or
	// target, of every modality.
	Events int
}

// ActorProfile summarises the events of one actor code.
type ActorProfile struct {
	Code string
	// Names are the entities coded with this code, most active first.
	Names []ActorSummary
	// AsSource and AsTarget count asserted event mentions by QuadClass
	// (index 0 holds the total).
	AsSource, AsTarget  [5]int
	FirstSeen, LastSeen time.Time // event days
	// Targets and Sources are the actors it acts on and is acted on by
	// most, with counts; at most ten each.
	Targets, Sources []Count
	// Quotes counts the quotations it is the speaker of.
	Quotes int
}

// Count is a value with a count.
type Count struct {
	Value string
	N     int
}

// TopCounts returns the n values of m with the highest counts, most
// frequent first, equal counts in the values' order; never nil.
func TopCounts(m map[string]int, n int) []Count {
	out := make([]Count, 0, len(m))
	for v, c := range m {
		out = append(out, Count{Value: v, N: c})
	}
	slices.SortFunc(out, func(a, b Count) int {
		if a.N != b.N {
			return b.N - a.N
		}
		return strings.Compare(a.Value, b.Value)
	})
	return out[:min(len(out), n)]
}

// Stats counts stored rows.
type Stats struct {
	Documents, Sentences, Events, Clusters, Quotes, Places, Actors int
}
