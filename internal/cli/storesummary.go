package cli

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parleyproject/parley/ontology"
	"github.com/parleyproject/parley/store"
)

// summaryDyads is the number of dyads the store summary lists, chosen
// among the summaryCandidates most active ones.
const (
	summaryDyads      = 10
	summaryCandidates = 500
)

// summaryStore is what writeStoreSummary reads.
type summaryStore interface {
	VolumeSeries(ctx context.Context, q store.SeriesQuery) ([]store.SeriesPoint, error)
	Network(ctx context.Context, q store.NetworkQuery) ([]store.Edge, error)
}

// writeStoreSummary tells what the store holds: its asserted events by
// QuadClass and its most active dyads, the first things an analyst asks of
// a freshly ingested corpus.
func writeStoreSummary(ctx context.Context, w io.Writer, db summaryStore) error {
	points, err := db.VolumeSeries(ctx, store.SeriesQuery{Interval: store.Month})
	if err != nil {
		return fmt.Errorf("store summary: %w", err)
	}
	var quad [5]int
	total := 0
	for _, p := range points {
		total += p.Events
		for q := range quad {
			quad[q] += p.Quad[q]
		}
	}
	fmt.Fprintf(w, "asserted events in the store by quad class (%d in all):\n", total)
	for q := ontology.VerbalCooperation; q <= ontology.MaterialConflict; q++ {
		fmt.Fprintf(w, "  %-22s %6d\n", q, quad[q])
	}
	// The dyads an analyst follows are between actors of known countries:
	// "---GOV -> ---BUS" (officials and companies of no named country)
	// would lead the list and say nothing.
	edges, err := db.Network(ctx, store.NetworkQuery{Limit: summaryCandidates})
	if err != nil {
		return fmt.Errorf("store summary: %w", err)
	}
	edges = slices.DeleteFunc(edges, func(e store.Edge) bool {
		return strings.HasPrefix(e.Source, "---") || strings.HasPrefix(e.Target, "---")
	})
	edges = edges[:min(len(edges), summaryDyads)]
	if len(edges) == 0 {
		return nil
	}
	fmt.Fprintf(w, "top dyads of actors of known countries (source -> target: events; verbal/material cooperation, verbal/material conflict; mean Goldstein):\n")
	for _, e := range edges {
		fmt.Fprintf(w, "  %-24s %5d  %d/%d/%d/%d  %+.1f\n", e.Source+" -> "+e.Target, e.Events,
			e.Quad[1], e.Quad[2], e.Quad[3], e.Quad[4], e.GoldsteinMean)
	}
	return nil
}
