package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// schema1Docs are the documents of testdata/schema1.sql, in the order they
// were stored.
func schema1Docs(t *testing.T) []*text.Document {
	docs := append([]*text.Document{storetest.KnownDocument()}, storetest.Coded(t, 21, 0, 2)...)
	c := *docs[1]
	c.ID += "-copy"
	c.URL = "https://copy.example/1"
	c.Source = ""
	c.Text += " Copy."
	// The store gives events and quotes the id of their document.
	c.Events, c.Quotes = slices.Clone(c.Events), slices.Clone(c.Quotes)
	for i := range c.Events {
		c.Events[i].DocID = c.ID
	}
	for i := range c.Quotes {
		c.Quotes[i].DocID = c.ID
	}
	return append(docs, &c)
}

// A database of schema version 1 reads, after migration, as the same
// documents stored by this version do: the same documents, events,
// clusters, counts and aggregates.
func TestMigrateFromSchema1(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old := filepath.Join(dir, "v1.db")
	rows, err := os.ReadFile(filepath.Join("testdata", "schema1.sql"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", dsn(old, Options{CacheMiB: 8}, false))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateTo(ctx, raw, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, string(rows)); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	now := func() time.Time { return time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC) }
	migrated, err := Open(ctx, old, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	defer migrated.Close()
	fresh, err := Open(ctx, filepath.Join(dir, "fresh.db"), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	docs := schema1Docs(t)
	res := storetest.Put(t, fresh, docs...)

	for i, d := range docs {
		got, err := migrated.Document(ctx, res[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := storetest.Stored(d); !reflect.DeepEqual(got.Document, want) {
			t.Errorf("document %s after migration:\n got %+v\nwant %+v", d.ID, got.Document, want)
			for j := range min(len(got.Document.Events), len(want.Events)) {
				if !reflect.DeepEqual(got.Document.Events[j], want.Events[j]) {
					t.Errorf("event %d:\n got %+v\nwant %+v", j, got.Document.Events[j], want.Events[j])
				}
			}
		}
		if w, _ := fresh.Document(ctx, res[i].ID); !reflect.DeepEqual(got.Meta, w.Meta) || !slices.Equal(got.ClusterIDs, w.ClusterIDs) {
			t.Errorf("document %s: meta or clusters differ:\n migrated %+v %v\n fresh    %+v %v", d.ID, got.Meta, got.ClusterIDs, w.Meta, w.ClusterIDs)
		}
	}
	if a, b := storetest.Dump(t, migrated), storetest.Dump(t, fresh); !slices.Equal(a, b) {
		t.Errorf("events and clusters differ:\n migrated %q\n fresh    %q", a, b)
	}
	// Queries answer the same on both; those marked nonEmpty must also
	// answer something, or the comparison proves nothing.
	for _, c := range []struct {
		name     string
		get      func(*DB) (any, error)
		nonEmpty bool
	}{
		{"stats", func(s *DB) (any, error) { return s.Stats(ctx) }, false},
		{"series", func(s *DB) (any, error) {
			return s.DyadSeries(ctx, store.SeriesQuery{Source: store.ActorMatch{Country: "USA"}, Both: true, Interval: store.Month,
				Modalities: store.AllModalities})
		}, false},
		{"profile", func(s *DB) (any, error) { return s.ActorProfile(ctx, "CHNGOV") }, false},
		{"quotes", func(s *DB) (any, error) { return s.Quotes(ctx, store.QuoteFilter{}, store.Page{}) }, false},
		{"network", func(s *DB) (any, error) { return s.Network(ctx, store.NetworkQuery{}) }, true},
		{"network of a range", func(s *DB) (any, error) {
			return s.Network(ctx, store.NetworkQuery{From: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)})
		}, true},
		{"volume", func(s *DB) (any, error) {
			return s.VolumeSeries(ctx, store.SeriesQuery{Interval: store.Week, Modalities: store.AllModalities})
		}, true},
	} {
		a, err := c.get(migrated)
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.get(fresh)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) || c.nonEmpty && reflect.ValueOf(a).Len() == 0 {
			t.Errorf("%s differ:\n migrated %+v\n fresh    %+v", c.name, a, b)
		}
	}
	// The summaries made by migration 3 from the stored events are those
	// that the writes of this version keep.
	for _, table := range []string{"day_totals", "dyad_totals", "dyad_days"} {
		a, b := summaryLines(t, migrated, table), summaryLines(t, fresh, table)
		if !slices.Equal(a, b) || len(a) < 2 {
			t.Errorf("%s differ:\n migrated %q\n fresh    %q", table, a, b)
		}
	}
	// What schema version 1 kept row by row reads the same through the
	// views.
	for _, q := range []string{
		"SELECT count(*), sum(span_end - span_start), sum(paragraph), total(tone) FROM sentences",
		"SELECT count(*), group_concat(name), total(lat), sum(geonames_id) FROM places",
	} {
		var a, b [4]any
		if err := migrated.read.QueryRowContext(ctx, q).Scan(&a[0], &a[1], &a[2], &a[3]); err != nil {
			t.Fatal(err)
		}
		if err := fresh.read.QueryRowContext(ctx, q).Scan(&b[0], &b[1], &b[2], &b[3]); err != nil {
			t.Fatal(err)
		}
		if a != b {
			t.Errorf("%s: migrated %v, fresh %v", q, a, b)
		}
	}
}
