package http_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	parleyhttp "github.com/parleyproject/parley/http"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// fakeServer serves 120 generated articles and the hostile one.
func fakeServer(t *testing.T, opts parleyhttp.Options) (*sqlite.DB, *parleyhttp.Server, string) {
	t.Helper()
	db := openDB(t, fakeDocs(t, 120))
	s, ts := newServer(t, db, opts)
	return db, s, ts.URL
}

// allEvents returns every asserted event of db matching f.
func allEvents(t *testing.T, db *sqlite.DB, f store.EventFilter) []store.EventRecord {
	t.Helper()
	var out []store.EventRecord
	if err := db.ScanEvents(context.Background(), f, func(r *store.EventRecord) error {
		out = append(out, *r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEventsFilters(t *testing.T) {
	db, _, base := fakeServer(t, parleyhttp.Options{})
	all := allEvents(t, db, store.EventFilter{Modalities: store.AllModalities})
	code := func(p *text.Participant) string {
		if p == nil {
			return ""
		}
		return p.Code
	}
	country := func(p *text.Participant) string {
		if p == nil {
			return ""
		}
		return p.Country
	}
	asserted := func(r *store.EventRecord) bool { return r.Event.Modality == text.Asserted }
	for _, c := range []struct {
		name, query string
		want        func(r *store.EventRecord) bool
	}{
		{"OK/all", "", asserted},
		{"OK/dates", "from=2023-02-01&to=2023-02-28", func(r *store.EventRecord) bool {
			d := store.EventDay(&r.Event, r.Doc.Date)
			return asserted(r) && d.Month() == time.February
		}},
		{"OK/actor", "actor=rus", func(r *store.EventRecord) bool {
			return asserted(r) && (strings.HasPrefix(code(r.Event.Source), "RUS") || strings.HasPrefix(code(r.Event.Target), "RUS"))
		}},
		{"OK/source-target", "source=USAGOV&target=CHN", func(r *store.EventRecord) bool {
			return asserted(r) && code(r.Event.Source) == "USAGOV" && strings.HasPrefix(code(r.Event.Target), "CHN")
		}},
		{"OK/country", "country=FRA", func(r *store.EventRecord) bool {
			return asserted(r) && (country(r.Event.Source) == "FRA" || country(r.Event.Target) == "FRA")
		}},
		{"OK/code", "code=04", func(r *store.EventRecord) bool { return asserted(r) && strings.HasPrefix(r.Event.CAMEO.Code, "04") }},
		{"OK/root", "root=19", func(r *store.EventRecord) bool { return asserted(r) && r.Event.CAMEO.Root == "19" }},
		{"OK/quad", "quad=3", func(r *store.EventRecord) bool { return asserted(r) && r.Event.CAMEO.QuadClass == 3 }},
		{"OK/modality", "modality=negated", func(r *store.EventRecord) bool { return r.Event.Modality == text.Negated }},
		{"OK/text", "q=Sanctions+on", func(r *store.EventRecord) bool {
			return asserted(r) && strings.Contains(strings.ToLower(r.Event.Text), "sanctions on")
		}},
		{"OK/dyad-exact", "source_country=USA&target_code=CHNGOV&both=true", func(r *store.EventRecord) bool {
			e := &r.Event
			return asserted(r) && (country(e.Source) == "USA" && code(e.Target) == "CHNGOV" || code(e.Source) == "CHNGOV" && country(e.Target) == "USA")
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var want []int64
			for i := range all {
				if c.want(&all[i]) {
					want = append(want, all[i].ID)
				}
			}
			if len(want) == 0 && c.name != "OK/none" {
				t.Fatal("the test data has no matching event")
			}
			var got []int64
			after := ""
			for pages := 0; ; pages++ {
				var p eventPage
				getJSON(t, base+"/v1/events?limit=40&"+c.query+"&after="+url.QueryEscape(after), 200, &p)
				for _, e := range p.Events {
					got = append(got, e.EventID)
				}
				if p.Next == "" {
					break
				}
				after = p.Next
				if pages > 1000 {
					t.Fatal("paging does not end")
				}
			}
			if len(got) != len(slices.Compact(slices.Clone(got))) {
				t.Error("an event appears on two pages")
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %d events, want %d", len(got), len(want))
			}
		})
	}
}

func TestBadRequests(t *testing.T) {
	_, _, base := fakeServer(t, parleyhttp.Options{})
	for _, c := range []struct {
		path   string
		status int
		code   string
	}{
		{"/v1/events?from=2023-13-01", 400, "bad_request"},
		{"/v1/events?from=2023-05-01&to=2023-04-01", 400, "bad_request"},
		{"/v1/events?quad=5", 400, "bad_request"},
		{"/v1/events?root=1", 400, "bad_request"},
		{"/v1/events?code=04%25", 400, "bad_request"},
		{"/v1/events?actor=US%25", 400, "bad_request"},
		{"/v1/events?actor=" + strings.Repeat("A", 300), 400, "bad_request"},
		{"/v1/events?limit=0", 400, "bad_request"},
		{"/v1/events?limit=5000", 400, "bad_request"},
		{"/v1/events?modality=maybe", 400, "bad_request"},
		{"/v1/events?after=zzz", 400, "bad_cursor"},
		{"/v1/events?q=" + strings.Repeat("x", 201), 400, "bad_request"},
		{"/v1/events?both=perhaps", 400, "bad_request"},
		{"/v1/events?%zz", 400, "bad_request"},
		{"/v1/events/0", 400, "bad_request"},
		{"/v1/events/abc", 400, "bad_request"},
		{"/v1/events/99999999", 404, "not_found"},
		{"/v1/documents/99999", 404, "not_found"},
		{"/v1/actors/NOSUCHACTOR", 404, "not_found"},
		{"/v1/series/dyad?interval=year", 400, "bad_request"},
		{"/v1/series/dyad?source=country:U%3CSA", 400, "bad_request"},
		{"/v1/series/dyad?source=planet:EARTH", 400, "bad_request"},
		{"/v1/quotes?direct=maybe", 400, "bad_request"},
		{"/v1/network?quad=9", 400, "bad_request"},
		{"/v1/map?limit=100000", 400, "bad_request"},
		{"/v1/nothing", 404, "not_found"},
	} {
		t.Run(c.path, func(t *testing.T) {
			var e apiError
			getJSON(t, base+c.path, c.status, &e)
			if e.Error.Code != c.code || e.Error.Message == "" {
				t.Errorf("error %+v, want code %s", e.Error, c.code)
			}
		})
	}
	t.Run("ErrMethod", func(t *testing.T) {
		res, err := http.Post(base+"/v1/events", "application/json", strings.NewReader("{}"))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 405 || !strings.Contains(res.Header.Get("Allow"), "GET") {
			t.Errorf("status %d, Allow %q", res.StatusCode, res.Header.Get("Allow"))
		}
	})
}

func TestDyadSeries(t *testing.T) {
	db, _, base := fakeServer(t, parleyhttp.Options{})
	ctx := context.Background()
	q := store.SeriesQuery{Source: store.ActorMatch{Country: "USA"}, Target: store.ActorMatch{Code: "CHNGOV"},
		Both: true, Interval: store.Month, From: time.Date(2023, 1, 20, 0, 0, 0, 0, time.UTC)}
	want, err := db.DyadSeries(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	var got series
	getJSON(t, base+"/v1/series/dyad?source=country:USA&target=actor:CHNGOV&both=true&interval=month&from=2023-01-20&normalize=true", 200, &got)
	if len(got.Points) != len(want) || len(want) < 3 || !got.Normalized {
		t.Fatalf("%d points, want %d (normalized %v)", len(got.Points), len(want), got.Normalized)
	}
	if got.Points[0].Start >= "2023-01-20" {
		t.Fatalf("first bucket starts %s: want one that starts before the range", got.Points[0].Start)
	}
	volume, err := db.VolumeSeries(ctx, store.SeriesQuery{Interval: store.Month, From: q.From})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range got.Points {
		w := want[i]
		if p.Start != w.Start.Format(time.DateOnly) || p.Events != w.Events ||
			p.Quad != (quad{float64(w.Quad[1]), float64(w.Quad[2]), float64(w.Quad[3]), float64(w.Quad[4])}) ||
			math.Abs(p.GoldsteinSum-w.GoldsteinSum) > 1e-9 || math.Abs(p.MeanTone-w.MeanTone) > 1e-9 {
			t.Errorf("point %d: %+v, want %+v", i, p, w)
		}
		if p.TotalEvents == nil || *p.TotalEvents != volume[slices.IndexFunc(volume, func(v store.SeriesPoint) bool { return v.Start.Equal(w.Start) })].Events {
			t.Errorf("point %d: total events %v", i, p.TotalEvents)
		} else if p.Share == nil || math.Abs(*p.Share-float64(p.Events)/float64(*p.TotalEvents)) > 1e-12 {
			t.Errorf("point %d: share %v", i, p.Share)
		}
		// A bucket that starts before the range lists the events from the
		// range's start.
		wantFrom := max(p.Start, "2023-01-20")
		if p.From != wantFrom {
			t.Errorf("point %d: from %s, want %s", i, p.From, wantFrom)
		}
		var evs eventPage
		getJSON(t, base+"/v1/events?limit=1000&source_country=USA&target_code=CHNGOV&both=true&from="+p.From+"&to="+p.To, 200, &evs)
		if len(evs.Events) != p.Events {
			t.Errorf("point %d: %d events behind it, want %d", i, len(evs.Events), p.Events)
		}
	}
}

func TestEventDetailHighlight(t *testing.T) {
	db, _, base := fakeServer(t, parleyhttp.Options{})
	recs := allEvents(t, db, store.EventFilter{Root: "04"})[:20]
	for _, r := range recs {
		var d struct {
			apiEvent
			SentenceSpan [2]int `json:"sentence_span"`
			Highlight    []struct {
				Text string `json:"text"`
				Role string `json:"role"`
			} `json:"highlight"`
		}
		getJSON(t, fmt.Sprintf("%s/v1/events/%d", base, r.ID), 200, &d)
		var joined strings.Builder
		roles := map[string]string{}
		for _, s := range d.Highlight {
			joined.WriteString(s.Text)
			if s.Role != "" {
				roles[s.Role] = s.Text
			}
		}
		if joined.String() != r.Event.Text {
			t.Errorf("event %d: highlight joins to %q, want %q", r.ID, joined.String(), r.Event.Text)
		}
		if roles["source"] != r.Event.Source.Text || roles["verb"] != r.Event.Evidence.Verb.Text {
			t.Errorf("event %d: roles %v", r.ID, roles)
		}
		if r.Event.Target != nil && roles["target"] != r.Event.Target.Text {
			t.Errorf("event %d: target %q, want %q", r.ID, roles["target"], r.Event.Target.Text)
		}
	}
}

func TestActorsQuotesDocuments(t *testing.T) {
	_, _, base := fakeServer(t, parleyhttp.Options{})
	var actors struct {
		Actors []struct {
			Code    string `json:"code"`
			Country string `json:"country"`
			Events  int    `json:"events"`
		} `json:"actors"`
		Countries []struct {
			Value string `json:"value"`
		} `json:"countries"`
	}
	getJSON(t, base+"/v1/actors?q=rus", 200, &actors)
	if len(actors.Actors) == 0 || !strings.HasPrefix(actors.Actors[0].Code, "RUS") || len(actors.Countries) == 0 || actors.Countries[0].Value != "RUS" {
		t.Errorf("actors: %+v", actors)
	}
	var prof struct {
		Code     string `json:"code"`
		AsSource struct {
			Events int `json:"events"`
		} `json:"as_source"`
		Targets []struct {
			Value  string `json:"value"`
			Events int    `json:"events"`
		} `json:"targets"`
		Recent []apiEvent `json:"recent_events"`
		Said   []struct {
			Speaker struct {
				Code string `json:"code"`
			} `json:"speaker"`
		} `json:"recent_quotes"`
	}
	getJSON(t, base+"/v1/actors/rusgov", 200, &prof)
	if prof.Code != "RUSGOV" || prof.AsSource.Events == 0 || len(prof.Targets) == 0 || len(prof.Recent) == 0 || len(prof.Said) == 0 {
		t.Errorf("profile: %+v", prof)
	}
	for _, q := range prof.Said {
		if q.Speaker.Code != "RUSGOV" {
			t.Errorf("quote of %s in RUSGOV's profile", q.Speaker.Code)
		}
	}
	var quotes struct {
		Quotes []struct {
			QuoteID int64 `json:"quote_id"`
			Speaker struct {
				Name string `json:"name"`
			} `json:"speaker"`
			Content struct {
				Text string `json:"text"`
			} `json:"content"`
		} `json:"quotes"`
		Next string `json:"next"`
	}
	getJSON(t, base+"/v1/quotes?name=Wang+Yi&limit=5", 200, &quotes)
	if len(quotes.Quotes) != 5 || quotes.Next == "" {
		t.Fatalf("quotes: %+v", quotes)
	}
	for _, q := range quotes.Quotes {
		if q.Speaker.Name != "Wang Yi" || q.Content.Text == "" {
			t.Errorf("quote %+v", q)
		}
	}
	var docs struct {
		Documents []struct {
			ID int64 `json:"id"`
		} `json:"documents"`
	}
	getJSON(t, base+"/v1/documents?limit=3", 200, &docs)
	if len(docs.Documents) != 3 {
		t.Fatalf("documents: %+v", docs)
	}
	var doc struct {
		Text      string `json:"text"`
		Sentences []struct {
			Span   [2]int `json:"span"`
			Text   string `json:"text"`
			Events []int  `json:"events"`
		} `json:"sentences"`
		Events []apiEvent `json:"events"`
	}
	getJSON(t, fmt.Sprintf("%s/v1/documents/%d", base, docs.Documents[0].ID), 200, &doc)
	n := 0
	for _, s := range doc.Sentences {
		if doc.Text[s.Span[0]:s.Span[1]] != s.Text {
			t.Errorf("sentence %v: text %q", s.Span, s.Text)
		}
		for _, i := range s.Events {
			if doc.Events[i].Event.Sentence != s.Text {
				t.Errorf("event %d listed under another sentence", i)
			}
			n++
		}
	}
	if n != len(doc.Events) || n == 0 {
		t.Errorf("%d events under sentences, %d in the document", n, len(doc.Events))
	}
	var stats struct {
		Documents int    `json:"documents"`
		Events    int    `json:"events"`
		FirstDay  string `json:"first_day"`
	}
	getJSON(t, base+"/v1/stats", 200, &stats)
	if stats.Documents != 121 || stats.Events == 0 || stats.FirstDay == "" {
		t.Errorf("stats %+v", stats)
	}
	var clusters struct {
		Clusters []struct {
			NumMentions    int      `json:"num_mentions"`
			Representative apiEvent `json:"representative"`
		} `json:"clusters"`
	}
	getJSON(t, base+"/v1/clusters?root=04&limit=5", 200, &clusters)
	if len(clusters.Clusters) != 5 || clusters.Clusters[0].Representative.Event.CAMEO.Root != "04" {
		t.Errorf("clusters %+v", clusters)
	}
}

func TestNetworkAndMap(t *testing.T) {
	db, _, base := fakeServer(t, parleyhttp.Options{})
	var net struct {
		Nodes []struct {
			Code   string `json:"code"`
			Events int    `json:"events"`
		} `json:"nodes"`
		Edges []struct {
			Source string `json:"source"`
			Target string `json:"target"`
			Events int    `json:"events"`
		} `json:"edges"`
	}
	getJSON(t, base+"/v1/network?limit=10&from=2023-01-01&to=2023-12-31", 200, &net)
	if len(net.Edges) != 10 || len(net.Nodes) < 2 {
		t.Fatalf("network %+v", net)
	}
	e := net.Edges[0]
	n := len(allEvents(t, db, store.EventFilter{Source: e.Source, Target: e.Target, From: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC),
		To: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)}))
	// Source and Target are prefixes: count the exact pair.
	exact := 0
	for _, r := range allEvents(t, db, store.EventFilter{Source: e.Source, Target: e.Target}) {
		if r.Event.Source.Code == e.Source && r.Event.Target.Code == e.Target {
			exact++
		}
	}
	if e.Events != exact || n < exact {
		t.Errorf("edge %+v: %d events in the store", e, exact)
	}
	var m struct {
		Points []struct {
			Name   string  `json:"name"`
			Lat    float64 `json:"lat"`
			Lon    float64 `json:"lon"`
			Events int     `json:"events"`
		} `json:"points"`
	}
	getJSON(t, base+"/v1/map", 200, &m)
	if len(m.Points) == 0 || m.Points[0].Events == 0 {
		t.Fatalf("map %+v", m)
	}
}

// coderStub codes a posted text with the store's fake coder.
func coderStub(t *testing.T) parleyhttp.CodeFunc {
	c, err := newFakeCoder()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newFakeCoder() (parleyhttp.CodeFunc, error) {
	c, err := storetest.NewCoder()
	if err != nil {
		return nil, err
	}
	return c.Code, nil
}

func TestCode(t *testing.T) {
	const token = "0123456789abcdef-token"
	body := `{"id":"p1","text":"Washington met with Beijing in Geneva on Monday.","date":"2023-05-03"}`
	for _, c := range []struct {
		name     string
		loopback bool
		token    string
		send     string
		ctype    string
		body     string
		status   int
	}{
		{"OK/loopback-no-token", true, "", "", "application/json", body, 200},
		{"OK/token", false, token, token, "application/json; charset=utf-8", body, 200},
		{"OK/loopback-token", true, token, token, "application/json", body, 200},
		{"ErrLoopbackWrongToken", true, token, "nope", "application/json", body, 401},
		{"ErrNoTokenBeyondLoopback", false, "", "", "application/json", body, 403},
		{"ErrWrongToken", false, token, token + "x", "application/json", body, 401},
		{"ErrMissingToken", false, token, "", "application/json", body, 401},
		{"ErrContentType", true, "", "", "text/plain", body, 415},
		{"ErrNoText", true, "", "", "application/json", `{"text":"  "}`, 400},
		{"ErrBadJSON", true, "", "", "application/json", `{"text":`, 400},
		{"ErrBadDate", true, "", "", "application/json", `{"text":"x","date":"May 3"}`, 400},
		{"ErrTooLarge", true, "", "", "application/json", `{"text":"` + strings.Repeat("a", 2<<20) + `"}`, 413},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := openDB(t, nil)
			s, err := parleyhttp.New(parleyhttp.Options{Store: db, Code: coderStub(t), Token: c.token, Loopback: c.loopback})
			if err != nil {
				t.Fatal(err)
			}
			req, _ := http.NewRequest("POST", "http://127.0.0.1/v1/code", strings.NewReader(c.body))
			req.Host = "127.0.0.1:8080"
			req.Header.Set("Content-Type", c.ctype)
			if c.send != "" {
				req.Header.Set("Authorization", "Bearer "+c.send)
			}
			rec := newRecorder()
			s.ServeHTTP(rec, req)
			if rec.code != c.status {
				t.Fatalf("status %d, want %d: %s", rec.code, c.status, rec.body.String())
			}
			if c.status != 200 {
				var e apiError
				if err := json.Unmarshal(rec.body.Bytes(), &e); err != nil || e.Error.Code == "" {
					t.Errorf("error body %q", rec.body.String())
				}
				return
			}
			var res struct {
				Events []struct {
					ID     string `json:"id"`
					Date   string `json:"date"`
					Source struct {
						Code string `json:"code"`
						Span [2]int `json:"span"`
					} `json:"source"`
					CAMEO struct {
						Code string `json:"code"`
					} `json:"cameo"`
				} `json:"events"`
			}
			if err := json.Unmarshal(rec.body.Bytes(), &res); err != nil {
				t.Fatal(err)
			}
			if len(res.Events) != 1 || res.Events[0].CAMEO.Code != "040" || res.Events[0].Source.Code != "USAGOV" ||
				res.Events[0].Source.Span != [2]int{0, 10} || res.Events[0].Date != "2023-05-01" {
				t.Errorf("events %+v", res.Events)
			}
		})
	}
	t.Run("ErrDisabled", func(t *testing.T) {
		_, _, base := fakeServer(t, parleyhttp.Options{})
		res, err := http.Post(base+"/v1/code", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 501 {
			t.Errorf("status %d, want 501", res.StatusCode)
		}
	})
}

// recorder is a minimal http.ResponseWriter for calling a handler with a
// request whose Host the test sets.
type recorder struct {
	h    http.Header
	code int
	body bytes.Buffer
}

func newRecorder() *recorder                    { return &recorder{h: http.Header{}} }
func (r *recorder) Header() http.Header         { return r.h }
func (r *recorder) Write(p []byte) (int, error) { r.WriteHeader(200); return r.body.Write(p) }
func (r *recorder) WriteHeader(c int) {
	if r.code == 0 {
		r.code = c
	}
}

func TestHostCheck(t *testing.T) {
	db := openDB(t, nil)
	for _, c := range []struct {
		host     string
		loopback bool
		status   int
	}{
		{"127.0.0.1:8080", true, 200},
		{"localhost:8080", true, 200},
		{"[::1]:8080", true, 200},
		{"LOCALHOST", true, 200},
		{"evil.example:8080", true, 421},
		{"127.0.0.1.evil.example", true, 421},
		{"evil.example:8080", false, 200},
	} {
		s, err := parleyhttp.New(parleyhttp.Options{Store: db, Loopback: c.loopback})
		if err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest("GET", "http://x/healthz", nil)
		req.Host = c.host
		rec := newRecorder()
		s.ServeHTTP(rec, req)
		if rec.code != c.status {
			t.Errorf("host %q (loopback %v): status %d, want %d", c.host, c.loopback, rec.code, c.status)
		}
	}
}

func TestLimits(t *testing.T) {
	db := openDB(t, fakeDocs(t, 20))
	t.Run("ErrTimeout", func(t *testing.T) {
		_, ts := newServer(t, db, parleyhttp.Options{QueryTimeout: time.Nanosecond})
		var e apiError
		getJSON(t, ts.URL+"/v1/events", 503, &e)
		if e.Error.Code != "timeout" && e.Error.Code != "busy" {
			t.Errorf("code %q", e.Error.Code)
		}
	})
	t.Run("ErrBigHeader", func(t *testing.T) {
		s, err := parleyhttp.New(parleyhttp.Options{Store: db})
		if err != nil {
			t.Fatal(err)
		}
		srv := parleyhttp.NewHTTPServer("127.0.0.1:0", s, nil)
		if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 || srv.MaxHeaderBytes == 0 {
			t.Errorf("server limits not set: %+v", srv)
		}
	})
}

func TestMetricsAndHealth(t *testing.T) {
	_, _, base := fakeServer(t, parleyhttp.Options{})
	var h struct {
		Status string `json:"status"`
	}
	getJSON(t, base+"/healthz", 200, &h)
	if h.Status != "ok" {
		t.Errorf("health %+v", h)
	}
	for range 3 {
		getJSON(t, base+"/v1/events?limit=1", 200, nil)
	}
	getJSON(t, base+"/v1/events?quad=9", 400, nil)
	res, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := string(b)
	for _, want := range []string{
		`parley_http_requests_total{route="GET /v1/events",code="200"} 3`,
		`parley_http_requests_total{route="GET /v1/events",code="400"} 1`,
		`parley_http_request_duration_seconds_count{route="GET /v1/events"} 4`,
		`parley_http_request_duration_seconds_bucket{route="GET /v1/events",le="+Inf"} 4`,
		"# TYPE parley_http_request_duration_seconds histogram",
		"process_resident_memory_bytes ",
		"parley_http_requests_in_flight ",
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", ct)
	}
	// Every sample line is NAME{LABELS} VALUE or NAME VALUE.
	for _, line := range strings.Split(strings.TrimSpace(m), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if f := strings.Fields(line); len(f) != 2 && !strings.Contains(line, "} ") {
			t.Errorf("malformed sample %q", line)
		}
	}
}

func TestAssets(t *testing.T) {
	_, _, base := fakeServer(t, parleyhttp.Options{})
	res, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") || !bytes.Contains(body, []byte(`src="app.js"`)) {
		t.Fatalf("index: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	etag := res.Header.Get("ETag")
	csp := res.Header.Get("Content-Security-Policy")
	if etag == "" || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("ETag %q, CSP %q", etag, csp)
	}
	req, _ := http.NewRequest("GET", base+"/", nil)
	req.Header.Set("If-None-Match", etag)
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 304 {
		t.Errorf("revalidation: %d, want 304", res.StatusCode)
	}
	// The Go client asks for gzip itself and then hides it: ask by hand.
	req, _ = http.NewRequest("GET", base+"/app.js", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatalf("app.js not gzipped: %v (%s)", err, res.Header.Get("Content-Encoding"))
	}
	js, err := io.ReadAll(zr)
	res.Body.Close()
	if err != nil || len(js) < 1000 || !strings.Contains(res.Header.Get("Content-Type"), "javascript") {
		t.Errorf("app.js: %d bytes, %v, %q", len(js), err, res.Header.Get("Content-Type"))
	}
	getJSON(t, base+"/nosuchfile.js", 404, nil)
}

func TestHostileContentIsEscaped(t *testing.T) {
	db, _, base := fakeServer(t, parleyhttp.Options{})
	rs := allEvents(t, db, store.EventFilter{Source: "USAGOV", Root: "19", From: time.Date(2023, 3, 6, 0, 0, 0, 0, time.UTC), To: time.Date(2023, 3, 6, 0, 0, 0, 0, time.UTC)})
	var id, docID int64
	for _, r := range rs {
		if r.Doc.Key == "hostile" {
			id, docID = r.ID, r.Doc.ID
		}
	}
	if id == 0 {
		t.Fatal("hostile event not stored")
	}
	for _, path := range []string{
		fmt.Sprintf("/v1/events/%d", id),
		"/v1/events?q=script",
		fmt.Sprintf("/v1/documents/%d", docID),
		"/v1/actors/USAGOV",
		"/v1/quotes?speaker=CHNGOV&limit=1000",
	} {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, res.StatusCode, b)
		}
		if bytes.ContainsAny(b, "<>") {
			t.Errorf("%s: raw < or > in JSON", path)
		}
		if !bytes.Contains(b, []byte(`\u003cscript\u003e`)) {
			t.Errorf("%s: hostile text missing", path)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Errorf("%s: headers %v", path, res.Header)
		}
	}
	var d apiEvent
	getJSON(t, fmt.Sprintf("%s/v1/events/%d", base, id), 200, &d)
	if d.Document.Link != nil || d.Document.URL != hostileURL {
		t.Errorf("link %v for URL %q: want none", str(d.Document.Link), d.Document.URL)
	}
	if str(d.Event.Target.Name) != hostileAttr || d.Event.Evidence.Rule != "rules.txt#"+hostileScript {
		t.Errorf("hostile fields not returned as they are: %+v", d.Event)
	}
}
