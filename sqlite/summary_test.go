package sqlite

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// summaryDocs returns generated articles and variants of some of them
// that reach every corner of the summaries: unknown days, every modality
// (and the empty one, which is asserted), events without a source or a
// target, and QuadClass 0.
func summaryDocs(t *testing.T) []*text.Document {
	docs := storetest.Coded(t, 13, 0, 80)
	for i := range 12 {
		d := *docs[i]
		d.ID += "-odd"
		d.URL = fmt.Sprintf("https://odd.example/%d", i)
		d.Source = ""
		d.Text += " Odd."
		if i%2 == 0 {
			d.Date = time.Time{}
		}
		d.Events = slices.Clone(d.Events)
		for j := range d.Events {
			e := &d.Events[j]
			e.DocID = d.ID
			if i%2 == 0 {
				e.Date = time.Time{}
			}
			e.Modality = []text.Modality{"", text.Future, text.Hypothetical, text.Asserted, text.Negated}[(i+j)%5]
			switch (i + j) % 4 {
			case 0:
				e.Target = nil
			case 1:
				e.Source = nil
			}
			if j == 1 {
				// A code of no QuadClass (the QuadClass and Goldstein
				// score are functions of the code, as clusters assume).
				e.CAMEO.Code, e.CAMEO.Root, e.CAMEO.QuadClass, e.CAMEO.Goldstein = "999", "99", 0, -0.35
			}
		}
		docs = append(docs, &d)
	}
	return docs
}

// putShuffled stores docs in calls of 1 to 9 documents, in an order of
// seed, each call also bringing a document stored before (a duplicate).
func putShuffled(t *testing.T, db *DB, docs []*text.Document, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 3))
	shuffled := slices.Clone(docs)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var done []*text.Document
	for len(shuffled) > 0 {
		n := min(len(shuffled), 1+r.IntN(9))
		call := slices.Clone(shuffled[:n])
		if len(done) > 0 {
			call = append(call, done[r.IntN(len(done))])
		}
		// The same document twice in one call, too.
		call = append(call, call[0])
		storetest.Put(t, db, call...)
		done = append(done, shuffled[:n]...)
		shuffled = shuffled[n:]
	}
}

// summarySQL recomputes the summary tables from the events, as migration 3
// fills them.
var summarySQL = map[string]string{
	"day_totals": `SELECT day, modality, count(*), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4),
		sum(CAST(round(goldstein * 1e6) AS INTEGER)) FROM events GROUP BY 1, 2 ORDER BY 1, 2`,
	"dyad_totals": `SELECT src_code, tgt_code, src_country, tgt_country, quad, count(*),
		sum(CAST(round(goldstein * 1e6) AS INTEGER)), coalesce(min(nullif(day, 0)), 0), max(day)
		FROM events WHERE modality = 'asserted' GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
	"dyad_days": `SELECT src_code, tgt_code, day, count(*), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4),
		sum(CAST(round(goldstein * 1e6) AS INTEGER)), sum(CAST(round(doc_tone * 1e10) AS INTEGER))
		FROM events WHERE modality = 'asserted' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
}

// summaryColumns are the columns of the summary tables, the key first, and
// the length of the key.
var summaryColumns = map[string]struct {
	cols []string
	key  int
}{
	"day_totals":  {dayTotalColumns, 2},
	"dyad_totals": {dyadTotalColumns, 5},
	"dyad_days":   {dyadDayColumns, 3},
}

// queryLines returns the rows of a query, one line each.
func queryLines(t *testing.T, db *DB, query string) []string {
	t.Helper()
	rows, err := db.read.QueryContext(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(vals...))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// summaryLines returns the rows of the summary tables in key order.
func summaryLines(t *testing.T, db *DB, table string) []string {
	t.Helper()
	c := summaryColumns[table]
	return queryLines(t, db, "SELECT "+strings.Join(c.cols, ", ")+" FROM "+table+" ORDER BY "+strings.Join(c.cols[:c.key], ", "))
}

// The summary tables are exact functions of the stored events, whatever
// the batching and order of the writes and the duplicates among them.
func TestSummariesMatchEvents(t *testing.T) {
	docs := summaryDocs(t)
	inOrder := openTemp(t)
	storetest.Put(t, inOrder, docs...)
	shuffled := openTemp(t)
	putShuffled(t, shuffled, docs, 5)
	// Everything again: all duplicates, nothing changes.
	storetest.Put(t, shuffled, docs...)
	for _, table := range []string{"day_totals", "dyad_totals", "dyad_days"} {
		want := queryLines(t, inOrder, summarySQL[table])
		if len(want) < 20 {
			t.Fatalf("%s: only %d rows", table, len(want))
		}
		for name, db := range map[string]*DB{"in order": inOrder, "shuffled": shuffled} {
			if got := summaryLines(t, db, table); !slices.Equal(got, want) {
				t.Errorf("%s %s:\n got %q\nwant %q", name, table, got, want)
			}
		}
	}
	if a, b := queryLines(t, inOrder, "SELECT count(*) FROM events"), queryLines(t, shuffled, "SELECT count(*) FROM events"); !slices.Equal(a, b) {
		t.Errorf("events: %v in order, %v shuffled", a, b)
	}
	// The fixture reaches every case.
	for q, want := range map[string]string{
		"SELECT count(*) > 0 FROM day_totals WHERE day = 0":                                 "1",
		"SELECT count(DISTINCT modality) FROM day_totals":                                   "4",
		"SELECT count(*) > 0 FROM dyad_totals WHERE src_code = ''":                          "1",
		"SELECT count(*) > 0 FROM dyad_totals WHERE tgt_code = ''":                          "1",
		"SELECT count(*) > 0 FROM dyad_totals WHERE quad = 0":                               "1",
		"SELECT count(*) > 0 FROM dyad_totals WHERE first_day = 0":                          "1",
		"SELECT count(*) > 0 FROM dyad_totals WHERE first_day > 0 AND first_day < last_day": "1",
	} {
		if got := queryLines(t, inOrder, q); got[0] != want {
			t.Errorf("%s = %s, want %s", q, got[0], want)
		}
	}
}

// allEvents returns every event mention of db with its day.
func allEvents(t *testing.T, db *DB) []store.EventRecord {
	t.Helper()
	var out []store.EventRecord
	err := db.ScanEvents(context.Background(), store.EventFilter{Modalities: store.AllModalities}, func(r *store.EventRecord) error {
		out = append(out, *r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The network, read from the summaries or from the clusters and events,
// counts the asserted mentions as a direct count over the events does.
func TestNetworkFromSummaries(t *testing.T) {
	db := openTemp(t)
	putShuffled(t, db, summaryDocs(t), 9)
	all := allEvents(t, db)
	ctx := context.Background()
	from, to := day("2023-04-01"), day("2023-06-30")
	for _, q := range []store.NetworkQuery{
		{Limit: store.MaxLimit},
		{Limit: 5},
		{QuadClass: 4, Limit: store.MaxLimit},
		{Country: "USA", Limit: store.MaxLimit},
		{Country: "CHN", QuadClass: 1, Limit: store.MaxLimit},
		{Country: "XXX"},
		{From: from, To: to, Limit: store.MaxLimit},
		{From: from, To: to, Limit: 7},
		{From: from, To: to, Country: "USA", QuadClass: 3, Limit: store.MaxLimit},
		{From: from, To: to, QuadClass: 2, Limit: store.MaxLimit},
		{From: from, Limit: store.MaxLimit},
		// Events of unknown day (0) are before any day.
		{To: to, Country: "RUS", Limit: store.MaxLimit},
	} {
		name := fmt.Sprintf("from=%s/to=%s/country=%s/quad=%d/limit=%d",
			q.From.Format(time.DateOnly), q.To.Format(time.DateOnly), q.Country, q.QuadClass, q.Limit)
		t.Run(name, func(t *testing.T) {
			type pair struct{ src, tgt string }
			edges := map[pair]*store.Edge{}
			gold := map[pair]float64{}
			for i := range all {
				e := &all[i].Event
				d := store.EventDay(e, all[i].Doc.Date)
				if !q.From.IsZero() && (d.IsZero() || d.Before(q.From)) || !q.To.IsZero() && d.After(q.To) {
					continue
				}
				if e.Modality != text.Asserted || e.Source == nil || e.Target == nil || e.Source.Code == "" || e.Target.Code == "" ||
					q.QuadClass != 0 && e.CAMEO.QuadClass != q.QuadClass ||
					q.Country != "" && e.Source.Country != q.Country && e.Target.Country != q.Country {
					continue
				}
				k := pair{e.Source.Code, e.Target.Code}
				if edges[k] == nil {
					edges[k] = &store.Edge{Source: k.src, Target: k.tgt}
				}
				edges[k].Events++
				if c := e.CAMEO.QuadClass; c >= 1 && c <= 4 {
					edges[k].Quad[c]++
				}
				gold[k] += e.CAMEO.Goldstein
			}
			var want []store.Edge
			for k, e := range edges {
				e.GoldsteinMean = gold[k] / float64(e.Events)
				want = append(want, *e)
			}
			slices.SortFunc(want, func(a, b store.Edge) int {
				if a.Events != b.Events {
					return b.Events - a.Events
				}
				return strings.Compare(a.Source+"\x00"+a.Target, b.Source+"\x00"+b.Target)
			})
			if limit := cmpLimit(q.Limit, 100); len(want) > limit {
				want = want[:limit]
			}
			got, err := db.Network(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%d edges, want %d", len(got), len(want))
			}
			if q.Country != "XXX" && len(want) < 2 {
				t.Fatalf("only %d edges: the fixture misses the case", len(want))
			}
			for i := range got {
				g, w := got[i], want[i]
				if g.Source != w.Source || g.Target != w.Target || g.Events != w.Events || g.Quad != w.Quad ||
					math.Abs(g.GoldsteinMean-w.GoldsteinMean) > 1e-9 {
					t.Errorf("edge %d: got %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func cmpLimit(limit, def int) int {
	if limit <= 0 {
		return def
	}
	return min(limit, store.MaxLimit)
}

// The volume series, read from the summaries, counts the mentions as a
// direct count over the events does.
func TestVolumeSeriesFromSummaries(t *testing.T) {
	db := openTemp(t)
	putShuffled(t, db, summaryDocs(t), 11)
	all := allEvents(t, db)
	ctx := context.Background()
	for _, ms := range [][]text.Modality{nil, store.AllModalities, {text.Negated}, {text.Future, text.Hypothetical}} {
		for _, iv := range []store.Interval{store.Day, store.Week, store.Month} {
			for _, r := range [][2]time.Time{{}, {day("2023-03-15"), day("2023-09-10")}} {
				q := store.SeriesQuery{Interval: iv, Modalities: ms, From: r[0], To: r[1]}
				want, _ := directSeries(all, q, func(*store.EventRecord) bool { return true })
				got, err := db.VolumeSeries(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				name := fmt.Sprintf("%v %s %v", ms, iv, r[0].IsZero())
				if len(got) != len(want) || len(got) == 0 {
					t.Errorf("%s: %d points, want %d", name, len(got), len(want))
				}
				if r[0].IsZero() && (ms == nil || len(ms) == 4) && (len(got) == 0 || !got[0].Start.IsZero()) {
					t.Errorf("%s: no point of unknown days", name)
				}
				checkPoints(t, name, got, want, nil)
			}
		}
	}
}

// scaled rounds as the migration's SQL does.
func TestScaled(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	for _, unit := range []float64{goldsteinScale, toneScale} {
		for _, x := range []float64{0, 1, -1, 0.1, -0.1, 3.4, -7.2, 10, -10, 0.0000005, -0.0000005, 0.0000015, 2.5e-7,
			1.2345678, -9.9999995, 0.00000000005, -0.00000000015, 2.34567890125, 123456.789, 1e300, -1e300, math.Inf(1), math.Inf(-1)} {
			var sql int64
			if err := db.read.QueryRowContext(ctx, "SELECT CAST(round(? * ?) AS INTEGER)", x, unit).Scan(&sql); err != nil {
				t.Fatal(err)
			}
			if got := scaled(x, unit); got != sql {
				t.Errorf("scaled(%v, %g) = %d, SQLite's round gives %d", x, unit, got, sql)
			}
		}
	}
}

// Dyad series, read from the summary when the source's code is set and
// from the events otherwise, count the mentions as a direct count over the
// events does.
func TestDyadSeriesFromSummaries(t *testing.T) {
	db := openTemp(t)
	putShuffled(t, db, summaryDocs(t), 17)
	all := allEvents(t, db)
	ctx := context.Background()
	usaGov, chnGov := store.ActorMatch{Code: "USAGOV"}, store.ActorMatch{Code: "CHNGOV"}
	type dyad struct {
		name     string
		src, tgt store.ActorMatch
		both     bool
	}
	dyads := []dyad{
		{"codes", usaGov, chnGov, false},
		{"codes both", usaGov, chnGov, true},
		{"code and countries", store.ActorMatch{Code: "USAGOV", Country: "USA"}, store.ActorMatch{Country: "CHN"}, false},
		{"codes and a country", usaGov, store.ActorMatch{Code: "CHNGOV", Country: "CHN"}, false},
		{"source code only", usaGov, store.ActorMatch{}, false},
		{"code and country both", usaGov, store.ActorMatch{Country: "RUS"}, true},
		{"target code only", store.ActorMatch{}, chnGov, false},
		{"countries", store.ActorMatch{Country: "USA"}, store.ActorMatch{Country: "CHN"}, false},
	}
	in := func(m store.ActorMatch, p *text.Participant) bool {
		code, country := side(p)
		return (m.Code == "" || m.Code == code) && (m.Country == "" || m.Country == country)
	}
	nonEmpty := map[string]int{}
	for _, d := range dyads {
		for _, ms := range [][]text.Modality{nil, store.AllModalities, {text.Negated, text.Future}} {
			for _, iv := range []store.Interval{store.Day, store.Week, store.Month} {
				for _, r := range [][2]time.Time{{}, {day("2023-03-15"), day("2023-09-10")}} {
					q := store.SeriesQuery{Source: d.src, Target: d.tgt, Both: d.both, Interval: iv, Modalities: ms, From: r[0], To: r[1]}
					name := fmt.Sprintf("%s %v %s %v", d.name, ms, iv, r[0].IsZero())
					want, tone := directSeries(all, q, func(r *store.EventRecord) bool {
						e := &r.Event
						return in(d.src, e.Source) && in(d.tgt, e.Target) || d.both && in(d.tgt, e.Source) && in(d.src, e.Target)
					})
					got, err := db.DyadSeries(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					if len(got) != len(want) {
						t.Errorf("%s: %d points, want %d", name, len(got), len(want))
					}
					if len(got) > 0 {
						nonEmpty[d.name]++
					}
					checkPoints(t, name, got, want, tone)
				}
			}
		}
	}
	for _, d := range dyads {
		if nonEmpty[d.name] < 15 {
			t.Errorf("%s: %d series with points; the fixture misses cases", d.name, nonEmpty[d.name])
		}
	}
}

// checkPoints compares a series with the direct count want, point by
// point and in order. tone holds each point's summed document tone; nil
// means the series has no tone (its mean tone is 0).
func checkPoints(t *testing.T, name string, got []store.SeriesPoint, want map[time.Time]*store.SeriesPoint, tone map[time.Time]float64) {
	t.Helper()
	for i, g := range got {
		w := want[g.Start]
		if w == nil {
			t.Errorf("%s: unexpected point %v", name, g.Start)
			continue
		}
		if i > 0 && !got[i-1].Start.Before(g.Start) {
			t.Errorf("%s: points out of order at %v", name, g.Start)
		}
		n := float64(w.Events)
		meanTone := tone[g.Start] / n // 0 when tone is nil
		if g.Events != w.Events || g.Quad != w.Quad || math.Abs(g.GoldsteinSum-w.GoldsteinSum) > 1e-9 ||
			math.Abs(g.GoldsteinMean-w.GoldsteinSum/n) > 1e-9 || math.Abs(g.MeanTone-meanTone) > 1e-9 {
			t.Errorf("%s %v: got %+v, want %+v, mean tone %v", name, g.Start, g, *w, meanTone)
		}
	}
}

// directSeries counts, bucket by bucket, the events of all that q's
// modalities and dates select and keep accepts, and sums their documents'
// tone: what a series query must answer.
func directSeries(all []store.EventRecord, q store.SeriesQuery, keep func(*store.EventRecord) bool) (map[time.Time]*store.SeriesPoint, map[time.Time]float64) {
	want := map[time.Time]*store.SeriesPoint{}
	tone := map[time.Time]float64{}
	for i := range all {
		e := &all[i].Event
		d := store.EventDay(e, all[i].Doc.Date)
		if !slices.Contains(store.ModalitiesOrDefault(q.Modalities), e.Modality) ||
			!q.From.IsZero() && (d.Before(q.From) || d.After(q.To)) || !keep(&all[i]) {
			continue
		}
		b := bucketStart(d, q.Interval)
		p := want[b]
		if p == nil {
			p = &store.SeriesPoint{Start: b}
			want[b] = p
		}
		p.Events++
		if c := e.CAMEO.QuadClass; c >= 1 && c <= 4 {
			p.Quad[c]++
		}
		p.GoldsteinSum += e.CAMEO.Goldstein
		tone[b] += all[i].Doc.Tone.Tone
	}
	return want, tone
}
