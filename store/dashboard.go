package store

import (
	"context"
	"fmt"
	"time"
)

// Dashboard answers the queries of the HTTP API and the dashboard that
// Reader does not: events by dyad and text, single events, the actor
// network, event locations and the volume of all events over time.
// Implementations are safe for concurrent use.
type Dashboard interface {
	// SearchEvents returns a page of event mentions matching q, newest
	// event day first, then newest stored (as Events).
	SearchEvents(ctx context.Context, q EventSearch, p Page) (EventPage, error)
	// Event returns one event mention by its store id, or ErrNotFound.
	Event(ctx context.Context, id int64) (*EventDetail, error)
	// Network returns the most active source–target pairs of actor codes.
	Network(ctx context.Context, q NetworkQuery) ([]Edge, error)
	// MapPoints returns the places of events with how many events each.
	MapPoints(ctx context.Context, q MapQuery) ([]MapPoint, error)
	// VolumeSeries counts all events by bucket, whatever their actors
	// (q.Source, q.Target and q.Both are ignored), to normalise a dyad
	// series by the total volume. MeanTone is left zero.
	VolumeSeries(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error)
	// EventDays returns the first and last known event day, zero when no
	// event is stored.
	EventDays(ctx context.Context) (first, last time.Time, err error)
}

// EventSearch selects event mentions: Filter's conditions, and those of
// the dyad and text fields that are set.
type EventSearch struct {
	Filter EventFilter
	// Source and Target select the two sides exactly as a SeriesQuery
	// does, so that the events behind a point of a series can be listed;
	// Both also selects the events from Target to Source.
	Source, Target ActorMatch
	Both           bool
	// Text keeps the events whose sentence contains it, ignoring the case
	// of ASCII letters.
	Text string
}

// HasDyad reports whether q selects the sides of a dyad.
func (q EventSearch) HasDyad() bool {
	return q.Source != (ActorMatch{}) || q.Target != (ActorMatch{})
}

// Validate reports the first malformed field of q.
func (q EventSearch) Validate() error {
	if err := q.Filter.Validate(); err != nil {
		return err
	}
	if len(q.Text) > MaxSearchText {
		return fmt.Errorf("text search: %d bytes, want at most %d", len(q.Text), MaxSearchText)
	}
	return nil
}

// MaxSearchText is the longest text an EventSearch may look for.
const MaxSearchText = 200

// EventDetail is an event mention with what explains it: the span of its
// sentence in the document and the quotation it was coded from.
type EventDetail struct {
	EventRecord
	// SentenceSpan is the byte span of the event's sentence in the
	// document text; the event's spans fall inside it.
	SentenceSpan [2]int
	// Quote is the quotation the event was coded from; nil when none.
	Quote *QuoteRecord
}

// NetworkQuery selects the events whose actor pairs make the network.
type NetworkQuery struct {
	// From and To bound the event days, both inclusive; zero is open.
	From, To time.Time
	// Country keeps the events whose source or target is of this country.
	Country string
	// QuadClass keeps one QuadClass (1–4); 0 keeps all.
	QuadClass int
	// Limit is the number of edges, the most active first: 0 means 100,
	// and it is capped at MaxLimit.
	Limit int
}

// Edge is a pair of actor codes with the asserted events from one to the
// other.
type Edge struct {
	Source, Target string
	Events         int
	// Quad counts the events by QuadClass (index 0 unused).
	Quad          [5]int
	GoldsteinMean float64
}

// MapQuery selects the events whose places make the map.
type MapQuery struct {
	From, To time.Time
	// Actor keeps the events whose source or target code starts with it.
	Actor string
	// QuadClass keeps one QuadClass (1–4); 0 keeps all.
	QuadClass int
	// Limit is the number of points, the most active first: 0 means 500,
	// and it is capped at 5000.
	Limit int
}

// MapPoint is a place with the asserted events that happened there.
type MapPoint struct {
	Name, Country string
	Lat, Lon      float64
	Events        int
	// Quad counts the events by QuadClass (index 0 unused).
	Quad [5]int
}
