package http_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	parleyhttp "github.com/parleyproject/parley/http"
)

// FuzzQuery sends arbitrary query strings to the API's GET routes: every
// answer is JSON with a status below 500.
func FuzzQuery(f *testing.F) {
	for _, seed := range []string{
		"events?from=2023-01-01&to=2023-02-01&actor=USA&root=04&quad=1&q=met",
		"events?source_country=USA&target_code=CHNGOV&both=true&after=e/20230101/5",
		"series/dyad?source=country:USA&target=actor:CHNGOV&interval=week&normalize=true",
		"actors?q=%25_", "quotes?direct=true&speaker=RUSGOV", "network?quad=3&limit=5",
		"map?actor=RUS", "documents?outlet=news1&after=d/1/1", "events?modality=negated,future",
		"events?q=\x00\xff", "events?limit=-1", "clusters?code=0&after=c/x",
	} {
		f.Add(seed)
	}
	db := openDB(f, fakeDocs(f, 10))
	s, err := parleyhttp.New(parleyhttp.Options{Store: db, Loopback: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		path, query, _ := strings.Cut(q, "?")
		for _, route := range []string{"events", "series/dyad", "actors", "quotes", "network", "map", "documents", "clusters", path} {
			req := httptest.NewRequest("GET", "http://127.0.0.1/v1/", nil)
			req.URL.Path = "/v1/" + route
			req.URL.RawQuery = query
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code >= 500 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
				t.Fatalf("GET %s?%s: %d %s", route, query, rec.Code, rec.Body.String())
			}
		}
	})
}

// FuzzCode posts arbitrary bodies to /v1/code: the answer is 200, 400 or
// 413, never a failure of the server.
func FuzzCode(f *testing.F) {
	for _, seed := range []string{
		`{"text":"Washington met with Beijing on Monday.","date":"2023-05-03"}`,
		`{"text":"x","date":"2023-05-03T10:00:00Z","id":"a","url":"javascript:x"}`,
		`{"text":""}`, `[]`, `{"text":1}`, `{`, "",
	} {
		f.Add(seed)
	}
	db := openDB(f, nil)
	var code parleyhttp.CodeFunc
	if c, err := newFakeCoder(); err == nil {
		code = c
	} else {
		f.Fatal(err)
	}
	s, err := parleyhttp.New(parleyhttp.Options{Store: db, Loopback: true, Code: code, MaxCodeBytes: 64 << 10})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest("POST", "http://127.0.0.1/v1/code", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("POST %q: %d %s", body, rec.Code, rec.Body.String())
		}
	})
}
