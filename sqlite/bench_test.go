package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"

	"github.com/parleyproject/parley/store/storetest"
)

// BenchmarkPutDocuments measures storing coded ~600-word articles (about
// ten or thirty events, five quotes and five places each) in transactions
// of batch documents, as ingest does, into a database that grows from
// empty. One op is one document; cpu-ms/doc is the processor time (user and
// system, all threads) per document, which a busy machine does not inflate
// as it does ns/op.
func BenchmarkPutDocuments(b *testing.B) {
	for _, c := range []struct{ events, batch int }{{10, 1}, {10, 64}, {10, 256}, {30, 64}, {30, 256}} {
		b.Run(fmt.Sprintf("events=%d/batch=%d", c.events, c.batch), func(b *testing.B) {
			const pool = 2000
			docs := storetest.CodedEvents(b, 3, 0, pool, c.events)
			db := openTemp(b)
			ctx := context.Background()
			b.ReportAllocs()
			b.ResetTimer()
			cpu := cpuTime(b)
			for i := 0; i < b.N; i += c.batch {
				n := min(c.batch, b.N-i)
				chunk := docs[:0:0]
				for j := range n {
					d := *docs[(i+j)%pool]
					if i+j >= pool {
						// Another round: make the document new.
						d.URL = fmt.Sprintf("%s?r=%d", d.URL, i+j)
						d.Text = fmt.Sprintf("%s %d", d.Text, i+j)
					}
					chunk = append(chunk, &d)
				}
				if _, err := db.PutDocuments(ctx, chunk); err != nil {
					b.Fatal(err)
				}
			}
			cpu = cpuTime(b) - cpu
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(cpu.Seconds()*1000/float64(b.N), "cpu-ms/doc")
		})
	}
}

// cpuTime returns the processor time the process has used so far, user
// and system.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchEvents is the size of the database the query benchmarks run on.
const benchEvents = 1_000_000

// queryBenchDB returns a database of about benchEvents event mentions from
// generated articles. Building it takes minutes, so it is kept: at
// $PARLEY_BENCH_DB when set, else in the temporary directory under a name
// with the schema version, and reused by later runs.
func queryBenchDB(b *testing.B) *DB {
	b.Helper()
	path := os.Getenv("PARLEY_BENCH_DB")
	if path == "" {
		// Named by schema version: a database of another version is
		// not migrated in place, and a new one is built.
		path = filepath.Join(os.TempDir(), fmt.Sprintf("parley-bench-1m-v%d.db", latestVersion()))
	}
	ctx := context.Background()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	st, err := db.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if st.Events >= benchEvents {
		return db
	}
	b.Logf("building %s with %d events (once)", path, benchEvents)
	c, err := storetest.NewCoder()
	if err != nil {
		b.Fatal(err)
	}
	for i := st.Documents; st.Events < benchEvents; i += 256 {
		docs := make([]*text.Document, 256)
		for j := range docs {
			docs[j] = storetest.Article(1000, i+j)
			if err := c.Code(ctx, docs[j]); err != nil {
				b.Fatal(err)
			}
			st.Events += len(docs[j].Events)
		}
		if _, err := db.PutDocuments(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

// BenchmarkQueries measures the dashboard's queries on a database of a
// million event mentions.
func BenchmarkQueries(b *testing.B) {
	db := queryBenchDB(b)
	ctx := context.Background()
	var lastPage string
	{
		p, err := db.Events(ctx, store.EventFilter{}, store.Page{Limit: 50})
		if err != nil {
			b.Fatal(err)
		}
		for range 200 { // 10,000 events deep
			p, err = db.Events(ctx, store.EventFilter{}, store.Page{Limit: 50, After: p.Next})
			if err != nil {
				b.Fatal(err)
			}
		}
		lastPage = p.Next
	}
	year := store.SeriesQuery{From: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)}
	series := func(q store.SeriesQuery, src, tgt store.ActorMatch, iv store.Interval, both bool) store.SeriesQuery {
		q.Source, q.Target, q.Interval, q.Both = src, tgt, iv, both
		return q
	}
	usaGov, chnGov := store.ActorMatch{Code: "USAGOV"}, store.ActorMatch{Code: "CHNGOV"}
	usa, chn := store.ActorMatch{Country: "USA"}, store.ActorMatch{Country: "CHN"}
	for _, c := range []struct {
		name string
		run  func() (int, error)
	}{
		{"DyadSeries/code/day", func() (int, error) {
			p, err := db.DyadSeries(ctx, series(year, usaGov, chnGov, store.Day, false))
			return len(p), err
		}},
		{"DyadSeries/code/month/both", func() (int, error) {
			p, err := db.DyadSeries(ctx, series(year, usaGov, chnGov, store.Month, true))
			return len(p), err
		}},
		{"DyadSeries/country/week", func() (int, error) {
			p, err := db.DyadSeries(ctx, series(year, usa, chn, store.Week, false))
			return len(p), err
		}},
		{"DyadSeries/source-only/month", func() (int, error) {
			p, err := db.DyadSeries(ctx, series(year, usaGov, store.ActorMatch{}, store.Month, false))
			return len(p), err
		}},
		{"Events/first", func() (int, error) {
			p, err := db.Events(ctx, store.EventFilter{}, store.Page{Limit: 50})
			return len(p.Events), err
		}},
		{"Events/deep", func() (int, error) {
			p, err := db.Events(ctx, store.EventFilter{}, store.Page{Limit: 50, After: lastPage})
			return len(p.Events), err
		}},
		{"Events/actor", func() (int, error) {
			p, err := db.Events(ctx, store.EventFilter{Actor: "RUS"}, store.Page{Limit: 50})
			return len(p.Events), err
		}},
		{"Events/dyad+root", func() (int, error) {
			p, err := db.Events(ctx, store.EventFilter{Source: "USAGOV", Target: "CHNGOV", Root: "19"}, store.Page{Limit: 50})
			return len(p.Events), err
		}},
		{"Events/root", func() (int, error) {
			p, err := db.Events(ctx, store.EventFilter{Root: "19"}, store.Page{Limit: 50})
			return len(p.Events), err
		}},
		{"Events/month", func() (int, error) {
			p, err := db.Events(ctx, store.EventFilter{From: time.Date(2023, 5, 1, 0, 0, 0, 0, time.UTC),
				To: time.Date(2023, 5, 31, 0, 0, 0, 0, time.UTC), QuadClass: 4}, store.Page{Limit: 50})
			return len(p.Events), err
		}},
		{"Clusters/first", func() (int, error) {
			p, err := db.Clusters(ctx, store.EventFilter{}, store.Page{Limit: 50})
			return len(p.Clusters), err
		}},
		{"ActorProfile", func() (int, error) {
			p, err := db.ActorProfile(ctx, "RUSGOV")
			if err != nil {
				return 0, err
			}
			return p.AsSource[0], nil
		}},
		{"Network/all", func() (int, error) {
			e, err := db.Network(ctx, store.NetworkQuery{Limit: 20})
			return len(e), err
		}},
		{"Network/country", func() (int, error) {
			e, err := db.Network(ctx, store.NetworkQuery{Country: "USA", QuadClass: 4, Limit: 20})
			return len(e), err
		}},
		{"Network/quarter", func() (int, error) {
			e, err := db.Network(ctx, store.NetworkQuery{From: time.Date(2023, 10, 1, 0, 0, 0, 0, time.UTC),
				To: time.Date(2023, 12, 29, 0, 0, 0, 0, time.UTC), Limit: 60})
			return len(e), err
		}},
		{"VolumeSeries/week", func() (int, error) {
			p, err := db.VolumeSeries(ctx, store.SeriesQuery{Interval: store.Week})
			return len(p), err
		}},
		{"VolumeSeries/all-modalities/year/day", func() (int, error) {
			q := series(year, store.ActorMatch{}, store.ActorMatch{}, store.Day, false)
			q.Modalities = store.AllModalities
			p, err := db.VolumeSeries(ctx, q)
			return len(p), err
		}},
		{"SearchActors", func() (int, error) {
			a, err := db.SearchActors(ctx, "lav", 20)
			return len(a), err
		}},
		{"Quotes/speaker", func() (int, error) {
			p, err := db.Quotes(ctx, store.QuoteFilter{SpeakerName: "Wang Yi"}, store.Page{Limit: 50})
			return len(p.Quotes), err
		}},
		{"Document", func() (int, error) {
			d, err := db.Document(ctx, 5000)
			if err != nil {
				return 0, err
			}
			return len(d.Document.Events), nil
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				n, err := c.run()
				if err != nil {
					b.Fatal(err)
				}
				if n == 0 {
					b.Fatal("no result")
				}
			}
		})
	}
}
