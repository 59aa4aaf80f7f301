package sqlite

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// dashboardDB returns a database of 150 generated articles and every event
// mention in it, of all modalities, in ScanEvents order.
func dashboardDB(t *testing.T) (*DB, []store.EventRecord) {
	t.Helper()
	db := openTemp(t)
	storetest.Put(t, db, storetest.Coded(t, 11, 0, 150)...)
	var all []store.EventRecord
	err := db.ScanEvents(context.Background(), store.EventFilter{Modalities: store.AllModalities}, func(r *store.EventRecord) error {
		all = append(all, *r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 1000 {
		t.Fatalf("%d events, want a thousand or more", len(all))
	}
	return db, all
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func matches(m store.ActorMatch, p *text.Participant) bool {
	code, country := side(p)
	return (m.Code == "" || m.Code == code) && (m.Country == "" || m.Country == country)
}

func TestSearchEvents(t *testing.T) {
	db, all := dashboardDB(t)
	ctx := context.Background()
	asserted := func(r *store.EventRecord) bool { return r.Event.Modality == text.Asserted }
	for _, c := range []struct {
		name string
		q    store.EventSearch
		want func(r *store.EventRecord) bool
	}{
		{"OK/all", store.EventSearch{}, asserted},
		{"OK/dyad-code", store.EventSearch{Source: store.ActorMatch{Code: "USAGOV"}, Target: store.ActorMatch{Code: "CHNGOV"}},
			func(r *store.EventRecord) bool {
				return asserted(r) && matches(store.ActorMatch{Code: "USAGOV"}, r.Event.Source) && matches(store.ActorMatch{Code: "CHNGOV"}, r.Event.Target)
			}},
		{"OK/dyad-country-both", store.EventSearch{Source: store.ActorMatch{Country: "RUS"}, Target: store.ActorMatch{Country: "UKR"}, Both: true},
			func(r *store.EventRecord) bool {
				rus, ukr := store.ActorMatch{Country: "RUS"}, store.ActorMatch{Country: "UKR"}
				e := &r.Event
				return asserted(r) && (matches(rus, e.Source) && matches(ukr, e.Target) || matches(ukr, e.Source) && matches(rus, e.Target))
			}},
		{"OK/source-only", store.EventSearch{Source: store.ActorMatch{Country: "FRA"}},
			func(r *store.EventRecord) bool {
				return asserted(r) && matches(store.ActorMatch{Country: "FRA"}, r.Event.Source)
			}},
		{"OK/text", store.EventSearch{Text: "SANCTIONS on"},
			func(r *store.EventRecord) bool {
				return asserted(r) && strings.Contains(strings.ToLower(r.Event.Text), "sanctions on")
			}},
		{"OK/text-wildcards-literal", store.EventSearch{Text: "100%_"}, func(*store.EventRecord) bool { return false }},
		{"OK/dyad+filter", store.EventSearch{Source: store.ActorMatch{Country: "USA"}, Filter: store.EventFilter{Root: "19",
			From: day("2023-03-01"), To: day("2023-09-30"), Modalities: store.AllModalities}},
			func(r *store.EventRecord) bool {
				d := store.EventDay(&r.Event, r.Doc.Date)
				return matches(store.ActorMatch{Country: "USA"}, r.Event.Source) && r.Event.CAMEO.Root == "19" &&
					!d.Before(day("2023-03-01")) && !d.After(day("2023-09-30"))
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var want []int64
			for i := range all {
				if c.want(&all[i]) {
					want = append(want, all[i].ID)
				}
			}
			var got []int64
			p := store.Page{Limit: 37}
			for {
				page, err := db.SearchEvents(ctx, c.q, p)
				if err != nil {
					t.Fatal(err)
				}
				for i, r := range page.Events {
					if i > 0 {
						prev := &page.Events[i-1]
						pd, rd := store.EventDay(&prev.Event, prev.Doc.Date), store.EventDay(&r.Event, r.Doc.Date)
						if rd.After(pd) || rd.Equal(pd) && r.ID > prev.ID {
							t.Fatalf("events %d and %d out of order", prev.ID, r.ID)
						}
					}
					got = append(got, r.ID)
				}
				if page.Next == "" {
					break
				}
				p.After = page.Next
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %d events, want %d", len(got), len(want))
			}
		})
	}
	t.Run("ErrBadText", func(t *testing.T) {
		_, err := db.SearchEvents(ctx, store.EventSearch{Text: strings.Repeat("x", store.MaxSearchText+1)}, store.Page{})
		if err == nil {
			t.Error("no error for an over-long text")
		}
	})
	t.Run("ErrBadCursor", func(t *testing.T) {
		_, err := db.SearchEvents(ctx, store.EventSearch{}, store.Page{After: "q/1"})
		if !errors.Is(err, store.ErrBadCursor) {
			t.Errorf("got %v, want ErrBadCursor", err)
		}
	})
}

func TestSearchEventsMatchesDyadSeries(t *testing.T) {
	db, _ := dashboardDB(t)
	ctx := context.Background()
	q := store.SeriesQuery{Source: store.ActorMatch{Country: "USA"}, Target: store.ActorMatch{Code: "CHNGOV"}, Both: true, Interval: store.Week}
	pts, err := db.DyadSeries(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) < 5 {
		t.Fatalf("%d points, want more", len(pts))
	}
	for _, p := range pts {
		page, err := db.SearchEvents(ctx, store.EventSearch{Source: q.Source, Target: q.Target, Both: true,
			Filter: store.EventFilter{From: p.Start, To: p.Start.AddDate(0, 0, 6)}}, store.Page{Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Events) != p.Events {
			t.Errorf("week of %s: %d events listed, series says %d", p.Start.Format(time.DateOnly), len(page.Events), p.Events)
		}
	}
}

func TestEventDetail(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	doc := storetest.Coded(t, 5, 0, 1)[0]
	// Link the first event to a quote, as the pipeline does for events
	// coded from a quotation.
	if len(doc.Quotes) == 0 || len(doc.Events) == 0 {
		t.Fatal("generated article has no quote or no event")
	}
	doc.Events[0].Evidence.Quote = doc.Quotes[0].ID
	res := storetest.Put(t, db, doc)
	page, err := db.Events(ctx, store.EventFilter{DocID: res[0].ID, Modalities: store.AllModalities}, store.Page{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range page.Events {
		d, err := db.Event(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		e := &doc.Events[r.Index]
		s := doc.Sentences[e.Sentence].Span
		if d.SentenceSpan != [2]int{s.Start, s.End} {
			t.Errorf("event %d: sentence span %v, want [%d %d]", r.ID, d.SentenceSpan, s.Start, s.End)
		}
		if got := doc.Text[d.SentenceSpan[0]:d.SentenceSpan[1]]; got != d.Event.Text {
			t.Errorf("event %d: span text %q, event text %q", r.ID, got, d.Event.Text)
		}
		if r.Index == 0 {
			if d.Quote == nil || d.Quote.Quote.Content.Text != doc.Quotes[0].Content.Text {
				t.Errorf("event %d: quote %+v, want %q", r.ID, d.Quote, doc.Quotes[0].Content.Text)
			}
		} else if d.Quote != nil {
			t.Errorf("event %d: quote %+v, want none", r.ID, d.Quote)
		}
	}
	if _, err := db.Event(ctx, 1); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing event: got %v, want ErrNotFound", err)
	}
}

func TestNetworkAndMap(t *testing.T) {
	db, all := dashboardDB(t)
	ctx := context.Background()
	from, to := day("2023-04-01"), day("2023-06-30")
	type pair struct{ src, tgt string }
	want := map[pair]int{}
	wantByCountry := map[pair]int{}
	places := map[string]int{}
	for i := range all {
		r := &all[i]
		d := store.EventDay(&r.Event, r.Doc.Date)
		if r.Event.Modality != text.Asserted || d.Before(from) || d.After(to) {
			continue
		}
		if r.Event.Place != nil {
			places[r.Event.Place.Name]++
		}
		if r.Event.Source == nil || r.Event.Target == nil {
			continue
		}
		k := pair{r.Event.Source.Code, r.Event.Target.Code}
		want[k]++
		if r.Event.Source.Country == "USA" || r.Event.Target.Country == "USA" {
			wantByCountry[k]++
		}
	}
	for _, c := range []struct {
		name string
		q    store.NetworkQuery
		want map[pair]int
	}{
		{"OK/clusters", store.NetworkQuery{From: from, To: to, Limit: 1000}, want},
		{"OK/country", store.NetworkQuery{From: from, To: to, Country: "USA", Limit: 1000}, wantByCountry},
	} {
		t.Run(c.name, func(t *testing.T) {
			edges, err := db.Network(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			got := map[pair]int{}
			for i, e := range edges {
				got[pair{e.Source, e.Target}] = e.Events
				if i > 0 && e.Events > edges[i-1].Events {
					t.Errorf("edge %d: not in decreasing order", i)
				}
				if q := e.Quad[1] + e.Quad[2] + e.Quad[3] + e.Quad[4]; q != e.Events {
					t.Errorf("edge %v: quads add to %d, want %d", e, q, e.Events)
				}
			}
			if len(got) != len(c.want) {
				t.Errorf("%d edges, want %d", len(got), len(c.want))
			}
			for k, n := range c.want {
				if got[k] != n {
					t.Errorf("%s>%s: %d events, want %d", k.src, k.tgt, got[k], n)
				}
			}
		})
	}
	pts, err := db.MapPoints(ctx, store.MapQuery{From: from, To: to})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, p := range pts {
		got[p.Name] += p.Events
		if p.Lat == 0 && p.Lon == 0 {
			t.Errorf("%s: no coordinates", p.Name)
		}
	}
	if len(got) != len(places) {
		t.Errorf("%d places, want %d", len(got), len(places))
	}
	for name, n := range places {
		if got[name] != n {
			t.Errorf("%s: %d events, want %d", name, got[name], n)
		}
	}
}

func TestVolumeSeries(t *testing.T) {
	db, all := dashboardDB(t)
	ctx := context.Background()
	for _, ms := range [][]text.Modality{nil, store.AllModalities, {text.Negated}} {
		for _, iv := range []store.Interval{store.Day, store.Month} {
			want := map[time.Time]int{}
			keep := store.ModalitiesOrDefault(ms)
			for i := range all {
				r := &all[i]
				if slices.Contains(keep, r.Event.Modality) {
					want[bucketStart(store.EventDay(&r.Event, r.Doc.Date), iv)]++
				}
			}
			pts, err := db.VolumeSeries(ctx, store.SeriesQuery{Interval: iv, Modalities: ms,
				Source: store.ActorMatch{Country: "ignored"}})
			if err != nil {
				t.Fatal(err)
			}
			if len(pts) != len(want) {
				t.Errorf("%v %s: %d points, want %d", ms, iv, len(pts), len(want))
			}
			for _, p := range pts {
				if p.Events != want[p.Start] {
					t.Errorf("%v %s %s: %d events, want %d", ms, iv, p.Start.Format(time.DateOnly), p.Events, want[p.Start])
				}
			}
		}
	}
	first, last, err := db.EventDays(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if first.IsZero() || last.Before(first) {
		t.Errorf("event days %v to %v", first, last)
	}
	empty := openTemp(t)
	if f, l, err := empty.EventDays(ctx); err != nil || !f.IsZero() || !l.IsZero() {
		t.Errorf("empty store: %v %v %v", f, l, err)
	}
}
