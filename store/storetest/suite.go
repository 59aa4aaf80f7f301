package storetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// Opener opens a new, empty store for one test; the store is closed by the
// caller's cleanup.
type Opener func(tb testing.TB) store.Store

// Run runs the contract suite that every store.Store must pass.
func Run(t *testing.T, open Opener) {
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, open(t)) })
	t.Run("Idempotent", func(t *testing.T) { testIdempotent(t, open(t)) })
	t.Run("Clusters", func(t *testing.T) { testClusters(t, open(t)) })
	t.Run("OrderIndependent", func(t *testing.T) { testOrderIndependent(t, open) })
	t.Run("Filters", func(t *testing.T) { testFilters(t, open(t)) })
	t.Run("Paging", func(t *testing.T) { testPaging(t, open(t)) })
	t.Run("DyadSeries", func(t *testing.T) { testDyadSeries(t, open(t)) })
	t.Run("Actors", func(t *testing.T) { testActors(t, open(t)) })
	t.Run("Quotes", func(t *testing.T) { testQuotes(t, open(t)) })
}

// Put stores docs in one call and fails the test on error.
func Put(tb testing.TB, st store.Store, docs ...*text.Document) []store.PutResult {
	tb.Helper()
	res, err := st.PutDocuments(context.Background(), docs)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// Coded returns articles first..first+n-1 of series seed, coded by Coder.
func Coded(tb testing.TB, seed uint64, first, n int) []*text.Document {
	tb.Helper()
	return CodedEvents(tb, seed, first, n, 10)
}

// CodedEvents is Coded with ArticleEvents(seed, i, events).
func CodedEvents(tb testing.TB, seed uint64, first, n, events int) []*text.Document {
	tb.Helper()
	c, err := NewCoder()
	if err != nil {
		tb.Fatal(err)
	}
	docs := make([]*text.Document, n)
	for i := range docs {
		docs[i] = ArticleEvents(seed, first+i, events)
		if err := c.Code(context.Background(), docs[i]); err != nil {
			tb.Fatal(err)
		}
	}
	return docs
}

// Stored returns what a store should give back for doc: its URL
// normalised, its tokens and actor mentions dropped.
func Stored(doc *text.Document) *text.Document {
	d := *doc
	d.URL = store.NormalizeURL(d.URL)
	d.Tokens, d.Mentions = nil, nil
	for i := range d.Events {
		if d.Events[i].Modality == "" {
			d.Events[i].Modality = text.Asserted
		}
	}
	return &d
}

func testRoundTrip(t *testing.T, st store.Store) {
	ctx := context.Background()
	doc := KnownDocument()
	res := Put(t, st, doc)
	if res[0].ID == 0 || res[0].Duplicate != "" || res[0].Events != 2 || res[0].Clustered != 1 {
		t.Fatalf("PutDocuments = %+v, want a new id, 2 events, 1 clustered", res[0])
	}
	got, err := st.Document(ctx, res[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	want := Stored(KnownDocument())
	if !reflect.DeepEqual(got.Document, want) {
		t.Errorf("document round trip:\n got %+v\nwant %+v", got.Document, want)
		for i := range min(len(got.Document.Events), len(want.Events)) {
			if !reflect.DeepEqual(got.Document.Events[i], want.Events[i]) {
				t.Errorf("event %d:\n got %+v\nwant %+v", i, got.Document.Events[i], want.Events[i])
			}
		}
	}
	if len(got.ClusterIDs) != 2 || got.ClusterIDs[0] == 0 || got.ClusterIDs[1] != 0 {
		t.Errorf("ClusterIDs = %v, want [id 0]", got.ClusterIDs)
	}
	m := got.Meta
	if m.URL != "https://news.example.com/2023/06/19/blinken-xi" || m.Outlet != "example-news" ||
		m.TextHash != store.TextHash(KnownText) || m.Chars != len([]rune(KnownText)) || m.Added.IsZero() {
		t.Errorf("meta = %+v", m)
	}
	if _, err := st.Document(ctx, res[0].ID+1000); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing document: err = %v, want ErrNotFound", err)
	}
	var clusters []store.Cluster
	if err := st.ScanClusters(ctx, store.EventFilter{}, func(c *store.Cluster) error {
		clusters = append(clusters, *c)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(clusters) != 1 {
		t.Fatalf("%d clusters, want 1", len(clusters))
	}
	c := clusters[0]
	wantKey := store.ClusterKey{Source: "USAGOV", Target: "CHNGOV", Code: "040", Day: time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC)}
	if c.ID != got.ClusterIDs[0] || c.Key != wantKey || c.NumMentions != 1 || c.NumArticles != 1 || c.NumSources != 1 ||
		c.Root != "04" || c.QuadClass != 1 || c.Goldstein != 1 || math.Abs(c.AvgTone-2.2) > 1e-9 ||
		!c.FirstSeen.Equal(doc.Date) || !c.LastSeen.Equal(doc.Date) {
		t.Errorf("cluster = %+v", c)
	}
	if !reflect.DeepEqual(c.Rep.Event, want.Events[0]) || c.Rep.Doc.URL != m.URL {
		t.Errorf("cluster representative = %+v", c.Rep)
	}
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if (s != store.Stats{Documents: 1, Sentences: 3, Events: 2, Clusters: 1, Quotes: 1, Places: 1, Actors: 4}) {
		t.Errorf("stats = %+v", s)
	}
}

func testIdempotent(t *testing.T, st store.Store) {
	ctx := context.Background()
	doc := KnownDocument()
	if d, err := st.HasDocument(ctx, store.KeysOf(doc)); err != nil || d != store.NotDuplicate {
		t.Fatalf("HasDocument before = %q, %v", d, err)
	}
	// The same text reformatted, under another URL, in the same call.
	again := KnownDocument()
	again.URL = "https://mirror.example.net/x"
	again.Text = "  " + again.Text + "\n"
	res := Put(t, st, doc, again)
	if res[0].ID == 0 || res[1].Duplicate != store.DuplicateText {
		t.Errorf("results = %+v, want stored then duplicate text", res)
	}
	sameURL := KnownDocument()
	sameURL.Text = "Another text entirely."
	res = Put(t, st, sameURL, KnownDocument())
	if res[0].Duplicate != store.DuplicateURL || res[1].Duplicate != store.DuplicateURL {
		t.Errorf("results = %+v, want duplicate URL twice", res)
	}
	for _, c := range []struct {
		keys store.Keys
		want store.Duplicate
	}{
		{store.KeysOf(KnownDocument()), store.DuplicateURL},
		{store.Keys{URL: "https://other.example/", TextHash: store.TextHash(KnownText + " ")}, store.DuplicateText},
		{store.Keys{URL: "https://other.example/", TextHash: store.TextHash("new")}, store.NotDuplicate},
	} {
		if d, err := st.HasDocument(ctx, c.keys); err != nil || d != c.want {
			t.Errorf("HasDocument(%+v) = %q, %v, want %q", c.keys, d, err, c.want)
		}
	}
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != 1 || s.Events != 2 || s.Clusters != 1 {
		t.Errorf("stats = %+v, want one document", s)
	}
}

// variant returns a copy of the known document under another URL, outlet,
// date and tone, so that its consultation joins the same cluster.
func variant(n int, outlet string, published time.Time, tone float64) *text.Document {
	d := KnownDocument()
	d.ID = fmt.Sprintf("v%d", n)
	d.URL = fmt.Sprintf("https://%s/story/%d", outlet, n)
	d.Source = ""
	d.Date = published
	d.Tone.Tone = tone
	d.Text += fmt.Sprintf(" (%d)", n) // a different text hash
	return d
}

func testClusters(t *testing.T, st store.Store) {
	ctx := context.Background()
	day := time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC)
	// Two mentions in one article, after another article in the same call.
	two := variant(2, "b.example", day.Add(7*time.Hour), -2)
	e := two.Events[0]
	e.ID = "v2:s0:e9"
	two.Events = append(two.Events, e)
	Put(t, st, variant(1, "a.example", day.Add(9*time.Hour), 1), two)
	Put(t, st, variant(3, "a.example", day.Add(20*time.Hour), 4))
	var cs []store.Cluster
	if err := st.ScanClusters(ctx, store.EventFilter{}, func(c *store.Cluster) error {
		cs = append(cs, *c)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 {
		t.Fatalf("%d clusters, want 1", len(cs))
	}
	c := cs[0]
	if c.NumMentions != 4 || c.NumArticles != 3 || c.NumSources != 2 {
		t.Errorf("mentions, articles, sources = %d, %d, %d; want 4, 3, 2", c.NumMentions, c.NumArticles, c.NumSources)
	}
	if math.Abs(c.AvgTone-1) > 1e-9 {
		t.Errorf("AvgTone = %v, want 1", c.AvgTone)
	}
	if !c.FirstSeen.Equal(day.Add(7*time.Hour)) || !c.LastSeen.Equal(day.Add(20*time.Hour)) {
		t.Errorf("seen %v to %v", c.FirstSeen, c.LastSeen)
	}
	if c.Rep.Doc.Key != "v2" || c.Rep.Index != 0 {
		t.Errorf("representative from %s event %d, want v2 event 0 (earliest)", c.Rep.Doc.Key, c.Rep.Index)
	}
	page, err := st.Events(ctx, store.EventFilter{ClusterID: c.ID}, store.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 4 {
		t.Errorf("cluster has %d linked mentions, want 4", len(page.Events))
	}
}

// Dump describes the clusters and events of st by their content (without
// store ids or storage times), sorted, for comparing two stores.
func Dump(tb testing.TB, st store.Store) []string {
	tb.Helper()
	ctx := context.Background()
	var out []string
	err := st.ScanClusters(ctx, store.EventFilter{}, func(c *store.Cluster) error {
		out = append(out, fmt.Sprintf("cluster %s m=%d a=%d s=%d tone=%.6f seen=%s..%s rep=%s#%d",
			c.Key, c.NumMentions, c.NumArticles, c.NumSources, c.AvgTone,
			c.FirstSeen.Format(time.RFC3339), c.LastSeen.Format(time.RFC3339), c.Rep.Doc.Key, c.Rep.Index))
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	err = st.ScanEvents(ctx, store.EventFilter{Modalities: store.AllModalities}, func(r *store.EventRecord) error {
		key := ""
		if r.ClusterID != 0 {
			key = store.KeyOf(&r.Event, r.Doc.Date).String()
		}
		out = append(out, fmt.Sprintf("event %s %s %s cluster=%s", r.Event.ID, r.Event.CAMEO.Code, r.Event.Modality, key))
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func testOrderIndependent(t *testing.T, open Opener) {
	docs := Coded(t, 7, 0, 60)
	// Make clusters with many mentions: copies of the articles under other
	// URLs and outlets, with a changed last word.
	for i := range 30 {
		d := *docs[i]
		d.ID += "-copy"
		d.URL = fmt.Sprintf("https://copy%d.example/%d", i%3, i)
		d.Source = ""
		d.Text += " Copy."
		d.Tone.Tone += 0.1
		docs = append(docs, &d)
	}
	a := open(t)
	Put(t, a, docs...)
	b := open(t)
	r := rand.New(rand.NewPCG(1, 2))
	shuffled := slices.Clone(docs)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for len(shuffled) > 0 {
		n := min(len(shuffled), 1+r.IntN(9))
		Put(t, b, shuffled[:n]...)
		shuffled = shuffled[n:]
	}
	da, db := Dump(t, a), Dump(t, b)
	if !slices.Equal(da, db) {
		for i := range min(len(da), len(db)) {
			if da[i] != db[i] {
				t.Fatalf("stores differ at line %d:\n in order %s\n shuffled %s", i, da[i], db[i])
			}
		}
		t.Fatalf("stores differ: %d and %d lines", len(da), len(db))
	}
	if len(da) < 100 {
		t.Errorf("only %d lines in the dump", len(da))
	}
}

// loadGenerated stores coded articles and returns them.
func loadGenerated(t *testing.T, st store.Store, n int) []*text.Document {
	docs := Coded(t, 11, 0, n)
	Put(t, st, docs...)
	return docs
}

func testFilters(t *testing.T, st store.Store) {
	ctx := context.Background()
	docs := loadGenerated(t, st, 40)
	var all []*text.Event
	for _, d := range docs {
		for i := range d.Events {
			all = append(all, &d.Events[i])
		}
	}
	mid := time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2023, 9, 30, 0, 0, 0, 0, time.UTC)
	asserted := func(e *text.Event) bool { return e.Modality == text.Asserted }
	code := func(e *text.Event, side *text.Participant) string {
		if side == nil {
			return ""
		}
		return side.Code
	}
	hasPrefix := func(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
	country := func(p *text.Participant) string {
		if p == nil {
			return ""
		}
		return p.Country
	}
	for _, c := range []struct {
		name string
		f    store.EventFilter
		keep func(e *text.Event) bool
	}{
		{"All", store.EventFilter{}, asserted},
		{"AllModalities", store.EventFilter{Modalities: store.AllModalities}, func(*text.Event) bool { return true }},
		{"Negated", store.EventFilter{Modalities: []text.Modality{text.Negated}}, func(e *text.Event) bool { return e.Modality == text.Negated }},
		{"DateRange", store.EventFilter{From: mid, To: end}, func(e *text.Event) bool {
			return asserted(e) && !e.Date.Before(mid) && !e.Date.After(end)
		}},
		{"Actor", store.EventFilter{Actor: "USA"}, func(e *text.Event) bool {
			return asserted(e) && (hasPrefix(code(e, e.Source), "USA") || hasPrefix(code(e, e.Target), "USA"))
		}},
		{"SourceTarget", store.EventFilter{Source: "CHNGOV", Target: "RUS"}, func(e *text.Event) bool {
			return asserted(e) && code(e, e.Source) == "CHNGOV" && hasPrefix(code(e, e.Target), "RUS")
		}},
		{"Country", store.EventFilter{Country: "ISR"}, func(e *text.Event) bool {
			return asserted(e) && (country(e.Source) == "ISR" || country(e.Target) == "ISR")
		}},
		{"Code", store.EventFilter{Code: "04"}, func(e *text.Event) bool { return asserted(e) && hasPrefix(e.CAMEO.Code, "04") }},
		{"Root", store.EventFilter{Root: "19"}, func(e *text.Event) bool { return asserted(e) && e.CAMEO.Root == "19" }},
		{"QuadClass", store.EventFilter{QuadClass: 4}, func(e *text.Event) bool { return asserted(e) && e.CAMEO.QuadClass == 4 }},
		{"Combined", store.EventFilter{Actor: "GOV", QuadClass: 3, From: mid}, func(e *text.Event) bool {
			return asserted(e) && e.CAMEO.QuadClass == 3 && !e.Date.Before(mid) &&
				(hasPrefix(code(e, e.Source), "GOV") || hasPrefix(code(e, e.Target), "GOV"))
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var want []string
			for _, e := range all {
				if c.keep(e) {
					want = append(want, e.ID)
				}
			}
			var got []string
			if err := st.ScanEvents(ctx, c.f, func(r *store.EventRecord) error {
				got = append(got, r.Event.ID)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("got %d events, want %d", len(got), len(want))
			}
			if c.name != "Combined" && len(want) == 0 && c.name != "Negated" {
				t.Errorf("filter selects nothing: the fixture does not test it")
			}
			// Clusters hold the same events.
			n := 0
			if c.f.Modalities == nil {
				if err := st.ScanClusters(ctx, c.f, func(cl *store.Cluster) error {
					n += cl.NumMentions
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				if n != len(want) {
					t.Errorf("clusters hold %d mentions, want %d", n, len(want))
				}
			}
		})
	}
	for _, f := range []store.EventFilter{{QuadClass: 5}, {Root: "4"}, {Code: "0x"}, {From: end, To: mid}, {Actor: "US%"}} {
		if err := st.ScanEvents(ctx, f, func(*store.EventRecord) error { return nil }); err == nil {
			t.Errorf("filter %+v: no error", f)
		}
	}
}

func testPaging(t *testing.T, st store.Store) {
	ctx := context.Background()
	loadGenerated(t, st, 25)
	var scanned []int64
	if err := st.ScanEvents(ctx, store.EventFilter{}, func(r *store.EventRecord) error {
		scanned = append(scanned, r.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Reverse(scanned)
	var paged []int64
	p := store.Page{Limit: 7}
	for {
		page, err := st.Events(ctx, store.EventFilter{}, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Events {
			paged = append(paged, e.ID)
		}
		if page.Next == "" {
			break
		}
		p.After = page.Next
	}
	if !slices.Equal(paged, scanned) {
		t.Errorf("pages give %d events, scan %d (or in another order)", len(paged), len(scanned))
	}
	var clusters int
	p = store.Page{Limit: 5}
	seen := map[int64]bool{}
	for {
		page, err := st.Clusters(ctx, store.EventFilter{}, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range page.Clusters {
			if seen[c.ID] {
				t.Fatalf("cluster %d on two pages", c.ID)
			}
			seen[c.ID] = true
			clusters++
		}
		if page.Next == "" {
			break
		}
		p.After = page.Next
	}
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if clusters != s.Clusters {
		t.Errorf("pages give %d clusters, want %d", clusters, s.Clusters)
	}
	var docs int
	p = store.Page{Limit: 4}
	for {
		page, err := st.Documents(ctx, store.DocumentFilter{}, p)
		if err != nil {
			t.Fatal(err)
		}
		docs += len(page.Documents)
		if page.Next == "" {
			break
		}
		p.After = page.Next
	}
	if docs != 25 {
		t.Errorf("pages give %d documents, want 25", docs)
	}
	if _, err := st.Events(ctx, store.EventFilter{}, store.Page{After: "c/1/2"}); !errors.Is(err, store.ErrBadCursor) {
		t.Errorf("bad cursor: err = %v", err)
	}
}

func testDyadSeries(t *testing.T, st store.Store) {
	ctx := context.Background()
	docs := loadGenerated(t, st, 60)
	want := map[time.Time]*store.SeriesPoint{}
	total := 0
	for _, d := range docs {
		for _, e := range d.Events {
			if e.Modality != text.Asserted || e.Source == nil || e.Target == nil ||
				e.Source.Country != "USA" || e.Target.Country != "CHN" {
				continue
			}
			m := time.Date(e.Date.Year(), e.Date.Month(), 1, 0, 0, 0, 0, time.UTC)
			p := want[m]
			if p == nil {
				p = &store.SeriesPoint{Start: m}
				want[m] = p
			}
			p.Events++
			p.Quad[e.CAMEO.QuadClass]++
			p.GoldsteinSum += e.CAMEO.Goldstein
			p.MeanTone += d.Tone.Tone
			total++
		}
	}
	if total == 0 {
		t.Fatal("fixture has no USA→CHN events")
	}
	got, err := st.DyadSeries(ctx, store.SeriesQuery{
		Source: store.ActorMatch{Country: "USA"}, Target: store.ActorMatch{Country: "CHN"}, Interval: store.Month})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d months, want %d", len(got), len(want))
	}
	for _, g := range got {
		w := want[g.Start]
		if w == nil {
			t.Fatalf("unexpected month %v", g.Start)
		}
		if g.Events != w.Events || g.Quad != w.Quad || math.Abs(g.GoldsteinSum-w.GoldsteinSum) > 1e-9 ||
			math.Abs(g.GoldsteinMean-w.GoldsteinSum/float64(w.Events)) > 1e-9 ||
			math.Abs(g.MeanTone-w.MeanTone/float64(w.Events)) > 1e-9 {
			t.Errorf("month %s: got %+v, want %+v (tone sum)", g.Start.Format("2006-01"), g, *w)
		}
	}
	for _, iv := range []store.Interval{store.Day, store.Week} {
		pts, err := st.DyadSeries(ctx, store.SeriesQuery{
			Source: store.ActorMatch{Country: "USA"}, Target: store.ActorMatch{Country: "CHN"}, Interval: iv})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range pts {
			n += p.Events
			if iv == store.Week && p.Start.Weekday() != time.Monday {
				t.Errorf("week starts on %v", p.Start.Weekday())
			}
		}
		if n != total {
			t.Errorf("%s series counts %d events, want %d", iv, n, total)
		}
	}
	both, err := st.DyadSeries(ctx, store.SeriesQuery{
		Source: store.ActorMatch{Code: "USAGOV"}, Target: store.ActorMatch{Code: "CHNGOV"}, Both: true, Interval: store.Month})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range both {
		n += p.Events
	}
	wantBoth := 0
	for _, d := range docs {
		for _, e := range d.Events {
			if e.Modality == text.Asserted && e.Source != nil && e.Target != nil &&
				((e.Source.Code == "USAGOV" && e.Target.Code == "CHNGOV") || (e.Source.Code == "CHNGOV" && e.Target.Code == "USAGOV")) {
				wantBoth++
			}
		}
	}
	if n != wantBoth {
		t.Errorf("both directions: %d events, want %d", n, wantBoth)
	}
	if _, err := st.DyadSeries(ctx, store.SeriesQuery{Interval: "year"}); err == nil {
		t.Error("interval year: no error")
	}
}

func testActors(t *testing.T, st store.Store) {
	ctx := context.Background()
	docs := loadGenerated(t, st, 30)
	found, err := st.SearchActors(ctx, "lavrov", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].Name != "Sergei Lavrov" || found[0].Code != "RUSGOV" || found[0].Kind != text.KindPerson {
		t.Errorf("search lavrov = %+v", found)
	}
	byCode, err := st.SearchActors(ctx, "rus", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(byCode) < 2 {
		t.Errorf("search rus = %+v, want Moscow and Lavrov", byCode)
	}
	for i := 1; i < len(byCode); i++ {
		if byCode[i].Events > byCode[i-1].Events {
			t.Errorf("search results not ordered by activity: %+v", byCode)
		}
	}
	// A copy of an article whose events are not asserted, which profiles
	// leave out.
	future := *docs[0]
	future.ID += "-future"
	future.URL = "https://future.example/1"
	future.Text += " Future."
	future.Events = slices.Clone(future.Events)
	for i := range future.Events {
		future.Events[i].Modality = []text.Modality{text.Future, text.Hypothetical, text.Negated}[i%3]
	}
	Put(t, st, &future)
	for round := range 2 {
		if round == 1 {
			// Everything again, as a re-run of an ingest: all duplicates.
			Put(t, st, append(slices.Clone(docs), &future)...)
		}
		for _, code := range []string{"RUSGOV", "CHNGOV", "USAGOV"} {
			want := wantProfile(docs, code)
			p, err := st.ActorProfile(ctx, code)
			if err != nil {
				t.Fatal(err)
			}
			if p.AsSource != want.AsSource || p.AsTarget != want.AsTarget {
				t.Errorf("%s profile counts %v %v, want %v %v", code, p.AsSource, p.AsTarget, want.AsSource, want.AsTarget)
			}
			if !p.FirstSeen.Equal(want.FirstSeen) || !p.LastSeen.Equal(want.LastSeen) || p.FirstSeen.IsZero() {
				t.Errorf("%s seen %v to %v, want %v to %v", code, p.FirstSeen, p.LastSeen, want.FirstSeen, want.LastSeen)
			}
			if !reflect.DeepEqual(p.Targets, want.Targets) || !reflect.DeepEqual(p.Sources, want.Sources) || len(p.Targets) == 0 {
				t.Errorf("%s partners:\n got %v %v\nwant %v %v", code, p.Targets, p.Sources, want.Targets, want.Sources)
			}
			if code == "RUSGOV" && len(p.Names) != 2 {
				t.Errorf("profile names = %+v", p.Names)
			}
		}
	}
	if _, err := st.ActorProfile(ctx, "XXXGOV"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown actor: err = %v", err)
	}
}

// wantProfile computes from docs the counts, days and partners of the
// profile of code: its asserted event mentions as source and as target.
func wantProfile(docs []*text.Document, code string) store.ActorProfile {
	var p store.ActorProfile
	targets, sources := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for i := range d.Events {
			e := &d.Events[i]
			if !store.Clustered(e) {
				continue
			}
			var src, tgt string
			if e.Source != nil {
				src = e.Source.Code
			}
			if e.Target != nil {
				tgt = e.Target.Code
			}
			if src != code && tgt != code {
				continue
			}
			if src == code {
				p.AsSource[0]++
				p.AsSource[e.CAMEO.QuadClass]++
				if tgt != "" {
					targets[tgt]++
				}
			}
			if tgt == code {
				p.AsTarget[0]++
				p.AsTarget[e.CAMEO.QuadClass]++
				if src != "" {
					sources[src]++
				}
			}
			if day := store.EventDay(e, d.Date); !day.IsZero() {
				if p.FirstSeen.IsZero() || day.Before(p.FirstSeen) {
					p.FirstSeen = day
				}
				if day.After(p.LastSeen) {
					p.LastSeen = day
				}
			}
		}
	}
	p.Targets, p.Sources = store.TopCounts(targets, 10), store.TopCounts(sources, 10)
	return p
}

func testQuotes(t *testing.T, st store.Store) {
	ctx := context.Background()
	docs := loadGenerated(t, st, 20)
	want := 0
	for _, d := range docs {
		for _, q := range d.Quotes {
			if q.Speaker.Name == "Wang Yi" {
				want++
			}
		}
	}
	var got []store.QuoteRecord
	p := store.Page{Limit: 3}
	for {
		page, err := st.Quotes(ctx, store.QuoteFilter{SpeakerName: "Wang Yi"}, p)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, page.Quotes...)
		if page.Next == "" {
			break
		}
		p.After = page.Next
	}
	if len(got) != want || want == 0 {
		t.Fatalf("%d quotes of Wang Yi, want %d", len(got), want)
	}
	q := got[0]
	if q.Quote.Speaker.Code != "CHNGOV" || q.Quote.Cue.Text != "said" || q.Doc.URL == "" ||
		!reflect.DeepEqual(q.Quote.Content.Span, text.Span{Start: q.Quote.Content.Span.Start, End: q.Quote.Content.Span.Start + len(q.Quote.Content.Text)}) {
		t.Errorf("quote = %+v", q)
	}
}
