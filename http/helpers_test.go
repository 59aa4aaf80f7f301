package http_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley"
	parleyhttp "github.com/parleyproject/parley/http"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
	"github.com/parleyproject/parley/web"
)

// openDB creates a database in a temporary directory holding docs, and
// returns it opened read-only, as parley serve opens it.
func openDB(tb testing.TB, docs []*text.Document) *sqlite.DB {
	tb.Helper()
	ctx := context.Background()
	path := filepath.Join(tb.TempDir(), "parley.db")
	w, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < len(docs); i += 64 {
		if _, err := w.PutDocuments(ctx, docs[i:min(i+64, len(docs))]); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	db, err := sqlite.Open(ctx, path, sqlite.Options{ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// Hostile strings: each would run script or inject markup if written into
// the page as HTML or into an attribute unquoted.
const (
	hostileScript = `<script>window.__pwned = "script"</script>`
	hostileImg    = `"><img src=x onerror="window.__pwned='img'">`
	hostileAttr   = `' onmouseover='window.__pwned=1' x='`
	hostileURL    = `javascript:window.__pwned='link'//`
)

// hostileDocument is an article whose text, title, URL, outlet, actor
// names, rule and quotation all carry markup and script.
func hostileDocument() *text.Document {
	sent := "Washington " + hostileImg + " attacked Beijing " + hostileScript + " on Monday."
	quote := `"` + hostileScript + ` we will respond,"` + " said Wang Yi."
	body := sent + " " + quote
	src := strings.Index(sent, "Washington")
	verb := strings.Index(sent, "attacked")
	tgt := strings.Index(sent, "Beijing")
	qs := len(sent) + 1
	date := time.Date(2023, 3, 6, 10, 0, 0, 0, time.UTC)
	ev := text.Event{
		ID: "hostile:s0:e0", Group: "hostile:s0:g0", DocID: "hostile", Sentence: 0, Text: sent, Date: date,
		CAMEO:  text.CAMEO{Code: "190", Root: "19", Name: "Use conventional military force " + hostileImg, Goldstein: -10, QuadClass: 4},
		PLOVER: text.PLOVER{Type: "ASSAULT", Mode: hostileAttr},
		Source: &text.Participant{Text: "Washington", Span: text.Span{Start: src, End: src + 10},
			Actor: text.Actor{Code: "USAGOV", Country: "USA", Name: "Washington " + hostileScript, Kind: text.KindCountry}},
		Target: &text.Participant{Text: "Beijing", Span: text.Span{Start: tgt, End: tgt + 7},
			Actor: text.Actor{Code: "CHNGOV", Country: "CHN", Name: hostileAttr, Kind: text.KindCountry}},
		Modality: text.Asserted,
		Evidence: text.Evidence{Verb: text.Participant{Text: "attacked", Span: text.Span{Start: verb, End: verb + 8}},
			Rule: "rules.txt#" + hostileScript, Quote: "hostile:q0"},
	}
	content := hostileScript + " we will respond"
	q := text.Quote{ID: "hostile:q0", DocID: "hostile", Direct: true,
		Speaker: text.Participant{Text: "Wang Yi", Span: text.Span{Start: qs + strings.Index(quote, "Wang Yi"), End: qs + strings.Index(quote, "Wang Yi") + 7},
			Actor: text.Actor{Code: "CHNGOV", Country: "CHN", Name: "Wang Yi " + hostileImg, Kind: text.KindPerson}},
		Cue:     text.Participant{Text: "said", Span: text.Span{Start: qs + strings.Index(quote, "said"), End: qs + strings.Index(quote, "said") + 4}},
		Content: text.Participant{Text: content, Span: text.Span{Start: qs + 1, End: qs + 1 + len(content)}},
	}
	return &text.Document{
		ID: "hostile", URL: hostileURL, Title: "Title " + hostileScript + hostileImg, Source: "outlet " + hostileAttr,
		Date: date, Text: body,
		Sentences: []text.Sentence{{Span: text.Span{Start: 0, End: len(sent)}, ParagraphStart: true},
			{Span: text.Span{Start: qs, End: len(body)}}},
		Events: []text.Event{ev},
		Quotes: []text.Quote{q},
	}
}

// fakeDocs returns n generated articles coded by the store's fake coder,
// and the hostile article.
func fakeDocs(tb testing.TB, n int) []*text.Document {
	tb.Helper()
	return append(storetest.Coded(tb, 7, 0, n), hostileDocument())
}

// exampleDocs returns the bundled example articles coded by the real
// pipeline.
func exampleDocs(tb testing.TB) []*text.Document {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "examples", "articles.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	p, err := parley.New(parley.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var docs []*text.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct{ ID, Text, Date, Title, URL, Source string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		d, err := time.Parse(time.DateOnly, rec.Date)
		if err != nil {
			tb.Fatal(err)
		}
		doc := &text.Document{ID: rec.ID, Text: rec.Text, Date: d, Title: rec.Title, URL: rec.URL, Source: rec.Source}
		if err := p.Code(context.Background(), doc); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return docs
}

// newServer returns a test server over db with the dashboard.
func newServer(tb testing.TB, db parleyhttp.Store, opts parleyhttp.Options) (*parleyhttp.Server, *httptest.Server) {
	tb.Helper()
	opts.Store = db
	if opts.Assets == nil {
		opts.Assets = web.Assets()
	}
	s, err := parleyhttp.New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(s)
	tb.Cleanup(ts.Close)
	return s, ts
}

// getJSON fetches url and decodes its JSON body into v, checking the
// status.
func getJSON(tb testing.TB, url string, status int, v any) http.Header {
	tb.Helper()
	res, err := http.Get(url)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	if res.StatusCode != status {
		tb.Fatalf("GET %s: status %d, want %d: %s", url, res.StatusCode, status, body)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Fatalf("GET %s: Content-Type %q", url, ct)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			tb.Fatalf("GET %s: %v: %s", url, err, body)
		}
	}
	return res.Header
}

// Response shapes the tests read.
type (
	apiEvent struct {
		EventID   int64 `json:"event_id"`
		ClusterID int64 `json:"cluster_id"`
		Event     struct {
			ID       string `json:"id"`
			Date     string `json:"date"`
			Sentence string `json:"sentence"`
			CAMEO    struct {
				Code      string `json:"code"`
				Root      string `json:"root"`
				QuadClass int    `json:"quad_class"`
			} `json:"cameo"`
			Source   *apiParticipant `json:"source"`
			Target   *apiParticipant `json:"target"`
			Modality string          `json:"modality"`
			Evidence struct {
				Verb struct {
					Text string `json:"text"`
				} `json:"verb"`
				Rule string `json:"rule"`
			} `json:"evidence"`
		} `json:"event"`
		Document struct {
			ID    int64   `json:"id"`
			Title string  `json:"title"`
			URL   string  `json:"url"`
			Link  *string `json:"link"`
		} `json:"document"`
	}
	apiParticipant struct {
		Text    string  `json:"text"`
		Code    *string `json:"code"`
		Country *string `json:"country"`
		Name    *string `json:"name"`
	}
	eventPage struct {
		Events []apiEvent `json:"events"`
		Next   string     `json:"next"`
	}
	quad struct {
		VerbalCooperation   float64 `json:"verbal_cooperation"`
		MaterialCooperation float64 `json:"material_cooperation"`
		VerbalConflict      float64 `json:"verbal_conflict"`
		MaterialConflict    float64 `json:"material_conflict"`
	}
	seriesPoint struct {
		Start         string   `json:"start"`
		From          string   `json:"from"`
		To            string   `json:"to"`
		Events        int      `json:"events"`
		Quad          quad     `json:"quad"`
		GoldsteinSum  float64  `json:"goldstein_sum"`
		GoldsteinMean float64  `json:"goldstein_mean"`
		MeanTone      float64  `json:"mean_tone"`
		TotalEvents   *int     `json:"total_events"`
		Share         *float64 `json:"share"`
		QuadShare     *quad    `json:"quad_share"`
	}
	series struct {
		Interval   string        `json:"interval"`
		Normalized bool          `json:"normalized"`
		Points     []seriesPoint `json:"points"`
	}
	apiError struct {
		Error struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
)

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
