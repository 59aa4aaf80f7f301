package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	parleyhttp "github.com/parleyproject/parley/http"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// benchEvents is the size of the database the API benchmarks run on.
const benchEvents = 1_000_000

// benchDB returns the database of about a million event mentions that the
// sqlite package's query benchmarks use (the same generated articles), at
// $PARLEY_BENCH_DB or in the temporary directory, opened read-only as parley
// serve opens it. It builds the file when it is missing (minutes, once), but
// never migrates an existing one: one of an older schema is skipped.
func benchDB(b *testing.B) *sqlite.DB {
	b.Helper()
	path := os.Getenv("PARLEY_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), "parley-bench-1m.db")
	}
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		buildBenchDB(b, path)
	}
	db, err := sqlite.Open(ctx, path, sqlite.Options{ReadOnly: true})
	if err != nil {
		b.Skipf("benchmark database %s: %v (remove it to rebuild it, or set PARLEY_BENCH_DB)", path, err)
	}
	b.Cleanup(func() { db.Close() })
	st, err := db.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if st.Events < benchEvents {
		b.Skipf("benchmark database %s has %d events, want %d (remove it to rebuild it)", path, st.Events, benchEvents)
	}
	return db
}

func buildBenchDB(b *testing.B, path string) {
	ctx := context.Background()
	w, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	b.Logf("building %s with %d events (once)", path, benchEvents)
	c, err := storetest.NewCoder()
	if err != nil {
		b.Fatal(err)
	}
	for i, n := 0, 0; n < benchEvents; i += 256 {
		docs := make([]*text.Document, 256)
		for j := range docs {
			docs[j] = storetest.Article(1000, i+j)
			if err := c.Code(ctx, docs[j]); err != nil {
				b.Fatal(err)
			}
			n += len(docs[j].Events)
		}
		if _, err := w.PutDocuments(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
}

// serve answers one request in process and returns its body.
func serve(b *testing.B, h http.Handler, path string) []byte {
	req := httptest.NewRequest("GET", "http://127.0.0.1:8080"+path, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 {
		b.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body.String())
	}
	return rec.Body.Bytes()
}

// BenchmarkAPI measures whole API requests (query, JSON encoding, no
// network) on a database of a million event mentions, without the response
// cache, so that every request runs its queries. "nocache" also runs the
// aggregate queries every time; the other server keeps their results for a
// minute, as parley serve does.
func BenchmarkAPI(b *testing.B) {
	db := benchDB(b)
	cached, err := parleyhttp.New(parleyhttp.Options{Store: db, Loopback: true, ResponseTTL: -1})
	if err != nil {
		b.Fatal(err)
	}
	uncached, err := parleyhttp.New(parleyhttp.Options{Store: db, Loopback: true, CacheTTL: -1, ResponseTTL: -1})
	if err != nil {
		b.Fatal(err)
	}
	// A cursor 10,000 events deep, and ids to open.
	deep := ""
	for range 200 {
		var p eventPage
		if err := json.Unmarshal(serve(b, cached, "/v1/events?limit=50&after="+url.QueryEscape(deep)), &p); err != nil {
			b.Fatal(err)
		}
		deep = p.Next
	}
	var p eventPage
	if err := json.Unmarshal(serve(b, cached, "/v1/events?limit=1&source_code=USAGOV&target_code=CHNGOV"), &p); err != nil || len(p.Events) == 0 {
		b.Fatal(err)
	}
	ev := p.Events[0]
	year := "&from=2023-01-01&to=2023-12-31"
	quarter := "from=2023-10-01&to=2023-12-31"
	for _, c := range []struct {
		name string
		h    http.Handler
		path string
	}{
		{"series/country/week", cached, "/v1/series/dyad?source=country:USA&target=country:CHN&interval=week" + year},
		{"series/code/day/both", cached, "/v1/series/dyad?source=actor:USAGOV&target=actor:CHNGOV&both=true&interval=day" + year},
		{"series/country/month/both", cached, "/v1/series/dyad?source=country:RUS&target=country:UKR&both=true&interval=month"},
		{"series/source-only/month", cached, "/v1/series/dyad?source=actor:USAGOV&interval=month" + year},
		{"series/normalized/week", cached, "/v1/series/dyad?source=country:USA&target=country:CHN&interval=week&normalize=true" + year},
		{"series/normalized/week/nocache", uncached, "/v1/series/dyad?source=country:USA&target=country:CHN&interval=week&normalize=true" + year},
		{"events/first", cached, "/v1/events?limit=50"},
		{"events/deep", cached, "/v1/events?limit=50&after=" + url.QueryEscape(deep)},
		{"events/bucket", cached, "/v1/events?limit=50&source_country=USA&target_country=CHN&from=2023-06-19&to=2023-06-25"},
		{"events/bucket/both", cached, "/v1/events?limit=50&source_code=USAGOV&target_code=CHNGOV&both=true&from=2023-06-01&to=2023-06-30"},
		{"events/actor", cached, "/v1/events?limit=50&actor=RUS"},
		{"events/country", cached, "/v1/events?limit=50&country=FRA"},
		{"events/root", cached, "/v1/events?limit=50&root=19"},
		{"events/month+quad", cached, "/v1/events?limit=50&from=2023-05-01&to=2023-05-31&quad=4"},
		{"events/text", cached, "/v1/events?limit=50&q=sanctions"},
		{"events/text+month", cached, "/v1/events?limit=50&q=arrested&from=2023-05-01&to=2023-05-31"},
		{"event", cached, fmt.Sprintf("/v1/events/%d", ev.EventID)},
		{"document", cached, fmt.Sprintf("/v1/documents/%d", ev.Document.ID)},
		{"actors/search", cached, "/v1/actors?q=lav"},
		{"actors/profile", cached, "/v1/actors/RUSGOV"},
		{"quotes/speaker", cached, "/v1/quotes?name=Wang+Yi&limit=50"},
		{"network/quarter/nocache", uncached, "/v1/network?limit=60&" + quarter},
		{"network/quarter", cached, "/v1/network?limit=60&" + quarter},
		{"map/quarter/nocache", uncached, "/v1/map?" + quarter},
		{"stats", cached, "/v1/stats"},
	} {
		b.Run(c.name, func(b *testing.B) {
			start := time.Now()
			for b.Loop() {
				serve(b, c.h, c.path)
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/req")
		})
	}
}
