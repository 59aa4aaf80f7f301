package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/internal/sourcetest"
)

const article = `<html><head><title>%s</title>%s</head><body><nav><a href="/">Home</a></nav><article>
<p>The foreign ministers of both countries met in Geneva on Tuesday to discuss the ceasefire that took effect last month along the disputed border. Officials said the talks lasted more than six hours.</p>
<p>According to a senior diplomat who asked not to be named, the two sides agreed to set up a working group on prisoner exchanges and to meet again before the end of the year.</p>
</article></body></html>`

// record returns one WARC record with a correct Content-Length.
func record(typ, id, uri, date, contentType, block string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: %s\r\n", typ, id, date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return b.String()
}

func response(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// archive returns the records of a small crawl: two articles among records
// that are not documents.
func archive() []string {
	pageA := fmt.Sprintf(article, "Talks in Geneva", `<meta property="article:published_time" content="2024-04-30T09:00:00Z">`)
	pageB := fmt.Sprintf(article, "Second article", "")
	return []string{
		record("warcinfo", "00000000-0000-0000-0000-000000000001", "", "2024-05-01T10:00:00Z", "application/warc-fields", "software: test\r\n"),
		record("request", "00000000-0000-0000-0000-000000000002", "https://news.example.com/a", "2024-05-01T10:00:01Z", "application/http;msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n"),
		record("response", "00000000-0000-0000-0000-000000000003", "https://news.example.com/a", "2024-05-01T10:00:02Z", "application/http;msgtype=response", response("200 OK", "text/html; charset=utf-8", pageA)),
		record("response", "00000000-0000-0000-0000-000000000004", "https://news.example.com/logo.png", "2024-05-01T10:00:03Z", "application/http;msgtype=response", response("200 OK", "image/png", "\x89PNG\r\n\x1a\n")),
		record("response", "00000000-0000-0000-0000-000000000005", "https://news.example.com/b", "2024-05-02T11:00:00Z", "application/http;msgtype=response", response("200 OK", "text/html", pageB)),
		record("response", "00000000-0000-0000-0000-000000000006", "https://news.example.com/old", "2024-05-02T11:00:01Z", "application/http;msgtype=response", response("301 Moved Permanently", "text/html", "<a href=/b>moved</a>")),
		record("metadata", "00000000-0000-0000-0000-000000000007", "https://news.example.com/b", "2024-05-02T11:00:02Z", "application/warc-fields", "fetchTimeMs: 12\r\n"),
	}
}

func gzipEach(records []string) []byte {
	var out bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&out)
		zw.Write([]byte(r))
		zw.Close()
	}
	return out.Bytes()
}

func gzipWhole(records []string) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write([]byte(strings.Join(records, "")))
	zw.Close()
	return out.Bytes()
}

func readAll(t *testing.T, name string, data []byte) []sourcetest.Result {
	t.Helper()
	r, err := NewReader(name, bytes.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	return sourcetest.ReadAll(t, r, 100)
}

func TestReader(t *testing.T) {
	plain := []byte(strings.Join(archive(), ""))
	tests := []struct {
		name string
		data []byte
	}{
		{"plain.warc", plain},
		{"records.warc.gz", gzipEach(archive())},
		{"whole.warc.gz", gzipWhole(archive())},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAll(t, tt.name, tt.data)
			if len(got) != 2 || got[0].Doc == nil || got[1].Doc == nil {
				t.Fatalf("got %+v, want two documents", got)
			}
			a, b := got[0].Doc, got[1].Doc
			if a.ID != "urn:uuid:00000000-0000-0000-0000-000000000003" || a.URL != "https://news.example.com/a" ||
				a.Title != "Talks in Geneva" || a.Source != "news.example.com" ||
				!a.Date.Equal(time.Date(2024, 4, 30, 9, 0, 0, 0, time.UTC)) ||
				!strings.HasPrefix(a.Text, "The foreign ministers") || strings.Contains(a.Text, "Home") {
				t.Errorf("first document = %+v", a)
			}
			// No date in the page: the capture date stands in.
			if b.URL != "https://news.example.com/b" || !b.Date.Equal(time.Date(2024, 5, 2, 11, 0, 0, 0, time.UTC)) {
				t.Errorf("second document = %+v", b)
			}
		})
	}
}

func TestReaderTruncated(t *testing.T) {
	recs := archive()
	plain := strings.Join(recs, "")
	// Cut inside the fifth record's page.
	cut := len(strings.Join(recs[:4], "")) + 700
	gz := gzipEach(recs)
	gzCut := len(gzipEach(recs[:4])) + 200

	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"cut.warc", []byte(plain[:cut]), "cut.warc: record 5 (offset "},
		{"cut.warc.gz", gz[:gzCut], "cut.warc.gz: record 5 (offset "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAll(t, tt.name, tt.data)
			if len(got) != 2 || got[0].Doc == nil || got[1].Record == nil {
				for _, o := range got {
					t.Log(o.Err)
				}
				t.Fatalf("got %+v, want a document then an error", got)
			}
			if got[0].Doc.URL != "https://news.example.com/a" {
				t.Errorf("document read before the cut = %+v", got[0].Doc)
			}
			err := got[1].Record
			if !errors.Is(err, source.ErrTruncated) || err.Record != 5 || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %v, want truncated record 5", err)
			}
			t.Log(err)
		})
	}
}

func TestReaderGarbage(t *testing.T) {
	recs := archive()
	data := recs[2] + "some junk between records\r\n" + recs[4] + "trailing junk"
	got := readAll(t, "junk.warc", []byte(data))
	var docs, errs int
	for _, o := range got {
		if o.Doc != nil {
			docs++
		} else {
			errs++
			t.Log(o.Err)
		}
	}
	if docs != 2 || errs != 1 {
		t.Errorf("got %d documents and %d errors, want 2 and 1: %+v", docs, errs, got)
	}
}

func FuzzWARC(f *testing.F) {
	recs := archive()
	f.Add([]byte(strings.Join(recs, "")))
	f.Add(gzipEach(recs[2:3]))
	f.Add([]byte(recs[2][:300]))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\nHTTP/1.1 200 OK\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader("fuzz.warc", bytes.NewReader(data), Options{})
		if err != nil {
			return
		}
		defer r.Close()
		sourcetest.ReadAll(t, r, len(data)+3)
	})
}
