package open

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parleyproject/parley/source/fetch"
	"github.com/parleyproject/parley/source/internal/sourcetest"
	"github.com/parleyproject/parley/text"
)

// outcome is a document id or an error message.
type outcome struct {
	id  string
	err string
}

func readAll(t *testing.T, r *Reader) ([]*text.Document, []outcome) {
	t.Helper()
	var docs []*text.Document
	var out []outcome
	for _, res := range sourcetest.ReadAll(t, r, 1000) {
		if res.Err != nil {
			out = append(out, outcome{err: res.Err.Error()})
			continue
		}
		docs = append(docs, res.Doc)
		out = append(out, outcome{id: res.Doc.ID})
	}
	return docs, out
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// warcRecord returns a gzipped WARC response record holding page.
func warcRecord(id, uri, page string) []byte {
	httpBlock := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(page), page)
	rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-03-03T03:03:03Z\r\n"+
		"WARC-Target-URI: %s\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		id, uri, len(httpBlock), httpBlock)
	return gz([]byte(rec))
}

const warcPage = `<html><head><title>Archived</title></head><body><article><p>The president of the commission said on Wednesday that the new sanctions would take effect at the start of next month, after the member states approved them unanimously.</p></article></body></html>`

// TestDirectory reads a directory holding every kind of file and every kind
// of bad input: each bad file is reported with its name (and line or record)
// and the rest is read.
func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, "testdata/corpus", dir)
	good := warcRecord("00000000-0000-0000-0000-00000000000a", "https://archive.example.com/a", warcPage)
	cut := warcRecord("00000000-0000-0000-0000-00000000000b", "https://archive.example.com/b", warcPage)
	writeFile(t, filepath.Join(dir, "archive.warc.gz"), append(good, cut[:len(cut)/2]...))
	writeFile(t, filepath.Join(dir, "bad.xml"), []byte("this is not XML\n"))
	writeFile(t, filepath.Join(dir, "image.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"))
	writeFile(t, filepath.Join(dir, "news2.jsonl.gz"), gz([]byte(`{"id": "g1", "text": "The central bank raised interest rates for the fourth time this year, citing inflation that remains well above its target."}`+"\n")))
	huge := append([]byte("<html><body>"), bytes.Repeat([]byte("<p>The minister said the talks would resume next week in the capital.</p>\n"), 50<<20/72)...)
	writeFile(t, filepath.Join(dir, "huge.html"), huge)

	defaultDate := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	var skipped []string
	r, err := Open(context.Background(), dir, Options{NoFollow: true, DefaultDate: defaultDate,
		OnSkip: func(id string, reason error) { skipped = append(skipped, id+": "+reason.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	docs, got := readAll(t, r)
	p := func(rel string) string { return filepath.Join(dir, rel) }
	want := []outcome{
		{id: "urn:uuid:00000000-0000-0000-0000-00000000000a"},
		{err: p("archive.warc.gz") + ": record 2 (offset "},
		{err: p("bad.xml") + ": malformed: not a feed"},
		{id: "https://news.example.com/council"},
		{err: p("huge.html") + ": too large: page is over the limit of 8388608 bytes"},
		{err: p("image.png") + ": not text: content is binary"},
		{id: "j1"},
		{err: p("news.jsonl") + ":3: malformed: not a JSON object"},
		{id: "j4"},
		{id: "g1"},
		{id: p("notes/brief.md")},
		{id: p("notes/deeper/plain.txt")},
		{id: p("page.html")},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d outcomes, want %d:\n%v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].id != want[i].id || !strings.HasPrefix(got[i].err, want[i].err) {
			t.Errorf("outcome %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	st := r.Stats()
	wantStats := "8 read, 2 skipped (no text 1, not English 1), 5 failed (malformed 2, not text 1, too large 1, truncated 1)"
	if st.String() != wantStats {
		t.Errorf("stats %q, want %q", st.String(), wantStats)
	}
	if strings.Join(skipped, "|") != "j2: not English (fr)|j3: no text" {
		t.Errorf("skipped %q", skipped)
	}
	byID := map[string]*text.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	if d := byID[p("notes/brief.md")]; d.Title != "Border talks resume" || !d.Date.Equal(defaultDate) ||
		!strings.HasPrefix(d.Text, "Border talks resume\n\nThe defence ministers of the two countries met on the border on Friday") {
		t.Errorf("markdown doc = %+v", d)
	}
	if d := byID[p("page.html")]; !d.Date.Equal(time.Date(2024, 2, 1, 10, 0, 0, 0, time.UTC)) || d.Title != "Ceasefire extended" {
		t.Errorf("html doc = %+v", d)
	}
	if d := byID["j1"]; !d.Date.Equal(time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)) || d.Source != "Example Wire" {
		t.Errorf("jsonl doc = %+v", d)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name  string
		in    []byte
		ids   []string
		title string
	}{
		{"JSONL", []byte(`{"id":"s1","text":"The minister of foreign affairs said that the talks with the neighbouring country would resume on Monday."}` + "\n"), []string{"s1"}, ""},
		{"GzipJSONL", gz([]byte(`{"id":"s2","text":"The minister of foreign affairs said that the talks with the neighbouring country would resume on Monday."}`)), []string{"s2"}, ""},
		{"PlainText", []byte("The minister of foreign affairs said that the talks with the neighbouring country would resume on Monday.\n"), []string{"-"}, ""},
		{"HTML", []byte("<!DOCTYPE html><html><head><title>T</title></head><body><p>The minister of foreign affairs said that the talks with the neighbouring country would resume on Monday, and that both sides had agreed on an agenda.</p></body></html>"), []string{"-"}, "T"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(context.Background(), Stdin, Options{Stdin: bytes.NewReader(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			docs, got := readAll(t, r)
			if len(docs) != len(tt.ids) {
				t.Fatalf("got %v, want ids %v", got, tt.ids)
			}
			for i, d := range docs {
				if d.ID != tt.ids[i] || d.Title != tt.title {
					t.Errorf("doc %d = %+v, want id %q title %q", i, d, tt.ids[i], tt.title)
				}
			}
		})
	}
}

const feedXML = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><title>Item one</title><link>%[1]s/article</link><pubDate>Wed, 07 Feb 2024 08:00:00 GMT</pubDate><description>Teaser.</description></item>
</channel></rss>`

const articleHTML = `<html><head><title>Sanctions approved</title></head><body><article>
<p>The member states approved new sanctions on Wednesday after weeks of negotiations, the presidency said, and the measures will take effect at the start of next month.</p>
<p>Diplomats said the package targets banks and energy companies and freezes the assets of several senior officials.</p></article></body></html>`

// TestFeedURL fetches a feed and its linked article, then fetches the feed
// again with a conditional GET and gets 304 Not Modified.
func TestFeedURL(t *testing.T) {
	var feedFetches, notModified atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			feedFetches.Add(1)
			if r.Header.Get("If-None-Match") == `"f1"` {
				notModified.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"f1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, feedXML, srv.URL)
		case "/article":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(articleHTML))
		case "/notafeed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte("<html>this is not a feed"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	cache := &fetch.MemCache{}
	opts := Options{AllowPrivate: true, Cache: cache}
	ctx := context.Background()

	r, err := Open(ctx, srv.URL+"/feed.xml", opts)
	if err != nil {
		t.Fatal(err)
	}
	docs, got := readAll(t, r)
	if len(docs) != 1 {
		t.Fatalf("got %v", got)
	}
	d := docs[0]
	if d.ID != srv.URL+"/article" || d.Title != "Sanctions approved" || d.Source != "Test Wire" ||
		!d.Date.Equal(time.Date(2024, 2, 7, 8, 0, 0, 0, time.UTC)) || !strings.HasPrefix(d.Text, "The member states approved") {
		t.Errorf("doc = %+v", d)
	}

	r2, err := Open(ctx, srv.URL+"/feed.xml", opts)
	if err != nil {
		t.Fatal(err)
	}
	_, got = readAll(t, r2)
	if len(got) != 0 || r2.Stats().Skipped["not modified"] != 1 {
		t.Errorf("second read: %v, stats %v; want nothing, not modified", got, r2.Stats())
	}
	if feedFetches.Load() != 2 || notModified.Load() != 1 {
		t.Errorf("feed fetched %d times, %d not modified", feedFetches.Load(), notModified.Load())
	}

	r3, err := Open(ctx, srv.URL+"/notafeed.xml", opts)
	if err != nil {
		t.Fatal(err)
	}
	_, got = readAll(t, r3)
	if len(got) != 1 || !strings.HasPrefix(got[0].err, srv.URL+"/notafeed.xml: malformed: not a feed") {
		t.Errorf("not a feed: %v", got)
	}

	// A page URL is one document.
	r4, err := Open(ctx, srv.URL+"/article", opts)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ = readAll(t, r4)
	if len(docs) != 1 || docs[0].ID != srv.URL+"/article" || docs[0].Title != "Sanctions approved" {
		t.Errorf("page: %+v", docs)
	}
}

func TestPrivateURLRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	for _, u := range []string{srv.URL + "/feed.xml", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/feed.xml"} {
		_, err := Open(context.Background(), u, Options{})
		if !errors.Is(err, fetch.ErrRefused) {
			t.Errorf("Open(%s) error = %v, want ErrRefused", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("server reached %d times", hits.Load())
	}
}

func TestOpenMissing(t *testing.T) {
	_, err := Open(context.Background(), "testdata/no-such-file.jsonl", Options{})
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error = %v, want not exist", err)
	}
}
