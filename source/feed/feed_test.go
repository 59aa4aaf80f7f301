package feed

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/fetch"
	"github.com/parleyproject/parley/source/internal/sourcetest"
)

func testdata(t *testing.T, name, base string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.ReplaceAll(string(b), "{{BASE}}", base))
}

// articleServer serves testdata/article.html at /a1; /a2 is missing.
func articleServer(t *testing.T) *httptest.Server {
	page := testdata(t, "article.html", "")
	mux := http.NewServeMux()
	mux.HandleFunc("/a1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/", http.NotFound)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestRSSWithLinkedArticles(t *testing.T) {
	srv := articleServer(t)
	name := srv.URL + "/feed.xml"
	r := NewReader(name, testdata(t, "rss.xml", srv.URL), Options{Fetcher: fetch.New(fetch.Options{AllowPrivate: true})})
	got := sourcetest.ReadAll(t, r, 100)
	if len(got) != 4 {
		t.Fatalf("got %d outcomes, want 4: %+v", len(got), got)
	}

	// Item 1: the linked article is fetched and extracted; its metadata wins.
	a := got[0].Doc
	if a == nil {
		t.Fatalf("item 1: %v", got[0].Err)
	}
	if a.ID != srv.URL+"/a1" || a.URL != srv.URL+"/a1" || a.Title != "Ministers meet in Geneva over ceasefire" ||
		a.Byline != "John Roe" || a.Source != "Example World News" ||
		!a.Date.Equal(time.Date(2023, 6, 19, 8, 0, 0, 0, time.UTC)) ||
		!strings.HasPrefix(a.Text, "The foreign ministers of both countries met in Geneva on Monday") ||
		strings.Contains(a.Text, "Copyright") {
		t.Errorf("item 1 = %+v", a)
	}

	// Item 2: the link is relative and its page is missing; the item's own
	// description is the text, and its metadata is used.
	b := got[1].Doc
	if b == nil {
		t.Fatalf("item 2: %v", got[1].Err)
	}
	if b.ID != srv.URL+"/a2" || b.Title != "Aid convoys & roads" || b.Byline != "Jane Doe" ||
		b.Source != "Example World News" || !b.Date.Equal(time.Date(2023, 6, 20, 9, 0, 0, 0, time.UTC)) ||
		b.Text != "Aid agencies said on Tuesday that convoys could not reach the north.\n\nRoads remain closed." {
		t.Errorf("item 2 = %+v", b)
	}

	// Item 3: nothing to read.
	var re *source.RecordError
	if !errors.As(got[2].Err, &re) || re.Record != 3 || re.Source != name || !errors.Is(got[2].Err, source.ErrNoText) {
		t.Errorf("item 3: error %v, want RecordError record 3 wrapping ErrNoText", got[2].Err)
	}

	// Item 4: no link; the full text is in content:encoded; the id is the guid.
	d := got[3].Doc
	if d == nil || d.ID != "urn:example:a4" || d.URL != "" ||
		d.Text != "The parliament voted on Wednesday to extend the mandate of the peacekeeping mission." {
		t.Errorf("item 4 = %+v, %v", d, got[3].Err)
	}
}

// TestRSSPrivateRefused checks that with AllowPrivate off, a linked article on
// a loopback address is not fetched; the item falls back to its own text.
func TestRSSPrivateRefused(t *testing.T) {
	var hits int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits++ }))
	defer srv.Close()
	feed := `<rss version="2.0"><channel><title>T</title>
<item><title>Has text</title><link>` + srv.URL + `/a</link><description>Own text of the item.</description></item>
<item><title>No text</title><link>` + srv.URL + `/b</link></item>
</channel></rss>`
	got := sourcetest.ReadAll(t, NewReader("feed.xml", []byte(feed), Options{Fetcher: fetch.New(fetch.Options{})}), 100)
	if len(got) != 2 || got[0].Doc == nil || got[0].Doc.Text != "Own text of the item." {
		t.Fatalf("got %+v", got)
	}
	if !errors.Is(got[1].Err, fetch.ErrRefused) || !strings.Contains(got[1].Err.Error(), "feed.xml: record 2: linked article") {
		t.Errorf("item 2 error = %v, want a refusal naming the record", got[1].Err)
	}
	if hits != 0 {
		t.Errorf("loopback server reached %d times", hits)
	}
}

func TestAtomWithoutFetcher(t *testing.T) {
	got := sourcetest.ReadAll(t, NewReader("testdata/atom.xml", testdata(t, "atom.xml", ""), Options{}), 100)
	if len(got) != 1 || got[0].Doc == nil {
		t.Fatalf("got %+v", got)
	}
	d := got[0].Doc
	if d.ID != "https://news.example.com/election" || d.Title != "Election results delayed" || d.Byline != "Ana Lima" ||
		d.Source != "Atom Desk" || !d.Date.Equal(time.Date(2024, 2, 29, 18, 30, 0, 0, time.UTC)) ||
		d.Text != "The election commission said results would be announced on Friday." {
		t.Errorf("entry = %+v", d)
	}
}

func TestNotAFeed(t *testing.T) {
	got := sourcetest.ReadAll(t, NewReader("testdata/notxml.xml", testdata(t, "notxml.xml", ""), Options{}), 100)
	if len(got) != 1 {
		t.Fatalf("got %+v, want one error", got)
	}
	var re *source.RecordError
	if !errors.As(got[0].Err, &re) || re.Source != "testdata/notxml.xml" || !errors.Is(got[0].Err, source.ErrSyntax) ||
		!strings.HasPrefix(got[0].Err.Error(), "testdata/notxml.xml: malformed: not a feed") {
		t.Errorf("error = %v", got[0].Err)
	}
}

func FuzzFeed(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "notxml.xml"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "1", "content_text": "Hello."}]}`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>x</title><description>y</description></item></rdf:RDF>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		r := NewReader("http://example.com/feed", body, Options{})
		for _, res := range sourcetest.ReadAll(t, r, len(body)+3) {
			if res.Err == nil && (res.Doc.ID == "" || res.Doc.Text == "") {
				t.Fatalf("document without id or text: %+v", res.Doc)
			}
		}
	})
}
