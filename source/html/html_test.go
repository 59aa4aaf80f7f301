package html

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/source"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		file                              string
		pageURL                           string
		wantTitle, wantByline, wantSource string
		wantURL                           string
		wantDate                          time.Time
		wantStart                         string // the text begins so
		wantAbsent                        string // navigation or footer text that must be gone
	}{
		{"ogmeta.html", "", "Ministers meet in Geneva over ceasefire", "Jane Doe", "Example News",
			"https://news.example.com/world/geneva-talks", time.Date(2023, 6, 20, 8, 30, 0, 0, time.UTC),
			"The foreign ministers of both countries met in Geneva on Tuesday", "All rights reserved"},
		{"dcdate.html", "https://example.org/a/1", "Talks end without statement", "John Roe", "",
			"https://example.org/a/1", time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC),
			"The foreign ministers", "Sport"},
		{"jsonld.html", "", "Ceasefire holds as talks resume", "Ana Lima", "",
			"", time.Date(2022, 11, 5, 12, 0, 0, 0, time.UTC),
			"The foreign ministers", ""},
		{"timetag.html", "", "Border talks", "", "",
			"", time.Date(2020, 1, 15, 10, 0, 0, 0, time.UTC),
			"The foreign ministers", ""},
		{"cp1252.html", "", "Café talks", "", "",
			"", time.Time{},
			"The foreign ministers of both countries met in Genève on Tuesday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(context.Background(), page, tt.pageURL, "", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.wantTitle || doc.Byline != tt.wantByline || doc.Source != tt.wantSource || doc.URL != tt.wantURL {
				t.Errorf("title %q byline %q source %q url %q,\nwant %q %q %q %q",
					doc.Title, doc.Byline, doc.Source, doc.URL, tt.wantTitle, tt.wantByline, tt.wantSource, tt.wantURL)
			}
			if !doc.Date.Equal(tt.wantDate) {
				t.Errorf("date %v, want %v", doc.Date, tt.wantDate)
			}
			if !strings.HasPrefix(doc.Text, tt.wantStart) {
				t.Errorf("text starts %q, want %q", doc.Text[:min(len(doc.Text), 80)], tt.wantStart)
			}
			if tt.wantAbsent != "" && strings.Contains(doc.Text, tt.wantAbsent) {
				t.Errorf("text keeps %q:\n%s", tt.wantAbsent, doc.Text)
			}
			// Three paragraphs, separated by one blank line each.
			if n := strings.Count(doc.Text, "\n\n"); n != 2 {
				t.Errorf("text has %d paragraph breaks, want 2:\n%s", n, doc.Text)
			}
			if !strings.HasSuffix(doc.Text, "food and medicine.") {
				t.Errorf("text ends %q", doc.Text[max(0, len(doc.Text)-40):])
			}
		})
	}
}

func TestExtractNoArticle(t *testing.T) {
	page, err := os.ReadFile("testdata/empty.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(context.Background(), page, "", "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "rights reserved") || doc.Title != "Nothing here" {
		t.Errorf("doc = %+v, want no article text", doc)
	}
}

func TestExtractErrors(t *testing.T) {
	deep := "<html><body>" + strings.Repeat("<div>", 200) + "x</body></html>"
	tests := []struct {
		name    string
		page    []byte
		opts    Options
		wantErr error
		want    string
	}{
		{"ErrTooLarge", bytes.Repeat([]byte("<p>word</p>"), 200), Options{MaxBytes: 1000}, source.ErrTooLarge, "page of 2200 bytes is over the limit of 1000"},
		{"ErrTooManyElements", []byte(deep), Options{MaxElements: 100}, source.ErrTooLarge, "more than 100 elements"},
		{"ErrBinary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, source.ErrNotText, "binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.page, "", "", tt.opts)
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want %v containing %q", err, tt.wantErr, tt.want)
			}
		})
	}
}

// TestReaderHugePage checks that a 50 MB page is refused after reading only
// MaxBytes, with the file named, rather than parsed.
func TestReaderHugePage(t *testing.T) {
	const size = 50 << 20
	page := &repeatReader{chunk: []byte("<p>The minister said the talks would resume next week.</p>\n"), left: size}
	r := NewReader("huge.html", page, "", Options{})
	_, err := r.Next(context.Background())
	var re *source.RecordError
	if !errors.As(err, &re) || re.Source != "huge.html" || !errors.Is(err, source.ErrTooLarge) {
		t.Fatalf("Next error = %v, want a RecordError for huge.html wrapping ErrTooLarge", err)
	}
	if read := size - page.left; read > DefaultMaxBytes+int64(len(page.chunk)) {
		t.Errorf("read %d bytes of the page, want at most about %d", read, DefaultMaxBytes)
	}
	t.Logf("%v", err)
}

type repeatReader struct {
	chunk []byte
	left  int64
	off   int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, errEOF
	}
	n := 0
	for n < len(p) && r.left > 0 {
		c := copy(p[n:], r.chunk[r.off:])
		r.off = (r.off + c) % len(r.chunk)
		n += c
		r.left -= int64(c)
	}
	return n, nil
}

var errEOF = errors.New("EOF")

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"<p>One &amp; two.</p><p>Three.</p>", "One & two.\n\nThree."},
		{"A<br>B", "A\nB"},
		{"<script>x()</script>Shown", "Shown"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHost(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.example.com/a": "example.com",
		"http://news.example.org":   "news.example.org",
		"":                          "",
		"::bad":                     "",
	} {
		if got := Host(in); got != want {
			t.Errorf("Host(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	page, err := os.ReadFile("testdata/ogmeta.html")
	if err != nil {
		b.Fatal(err)
	}
	// A page of typical size: the article repeated to about 100 KB.
	page = bytes.Replace(page, []byte("</article>"), append(bytes.Repeat([]byte("<p>The minister said on Tuesday that the talks would resume next week in the capital, after a pause of several months.</p>\n"), 800), []byte("</article>")...), 1)
	b.SetBytes(int64(len(page)))
	ctx := context.Background()
	for b.Loop() {
		if _, err := Extract(ctx, page, "", "", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
