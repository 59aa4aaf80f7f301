// Package html extracts the main text of a news page, with its title,
// byline, site and publication date, using go-readability.
package html

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/internal/sniff"
	"github.com/parleyproject/parley/text"
)

// Defaults for Options left zero.
const (
	// DefaultMaxBytes admits any real news page (rarely above 2 MB) and
	// bounds the memory one page takes.
	DefaultMaxBytes = 8 << 20
	// DefaultMaxElements bounds the elements readability scores: news pages
	// have a few thousand; 50,000 keeps the worst case near one second.
	DefaultMaxElements = 50_000
)

// Options bound the work done on one page.
type Options struct {
	// MaxBytes is the largest page accepted; a larger one is refused with an
	// error wrapping source.ErrTooLarge, without being parsed.
	MaxBytes int64
	// MaxElements is the most HTML elements a page may have.
	MaxElements int
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxElements <= 0 {
		o.MaxElements = DefaultMaxElements
	}
	return o
}

// NewReader returns a Reader that yields the page r holds as one document
// whose ID is name (a path, contract 1). pageURL, which may be empty, is the
// page's address.
func NewReader(name string, r io.Reader, pageURL string, opts Options) source.Reader {
	return source.Single(name, func(ctx context.Context) (*text.Document, error) {
		body, err := ReadLimited(r, opts.withDefaults().MaxBytes)
		if err != nil {
			return nil, err
		}
		doc, err := Extract(ctx, body, pageURL, "", opts)
		if err != nil {
			return nil, err
		}
		doc.ID = name
		if doc.Source == "" {
			doc.Source = Host(doc.URL)
		}
		return doc, nil
	})
}

// ReadLimited reads all of r up to max bytes; more is an error wrapping
// source.ErrTooLarge, after reading only max+1 bytes.
func ReadLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: page is over the limit of %d bytes", source.ErrTooLarge, max)
	}
	return b, nil
}

// Extract returns the article in page: its main text, title, byline, site
// name (og:site_name; see Host for a fallback), canonical URL and publication
// date. The document's ID and URL are pageURL
// (or the page's canonical URL when pageURL is empty); the caller may set
// other IDs. contentType, which may be empty, is the Content-Type the page
// came with; it and the page's own meta tags decide the character set.
//
// A page over MaxBytes or MaxElements gives an error wrapping
// source.ErrTooLarge; binary content, source.ErrNotText. A page with no
// readable article gives a document with empty Text.
func Extract(ctx context.Context, page []byte, pageURL, contentType string, opts Options) (doc *text.Document, err error) {
	opts = opts.withDefaults()
	if int64(len(page)) > opts.MaxBytes {
		return nil, fmt.Errorf("%w: page of %d bytes is over the limit of %d", source.ErrTooLarge, len(page), opts.MaxBytes)
	}
	if sniff.Binary(page[:min(len(page), sniff.HeadSize)]) {
		return nil, fmt.Errorf("%w: content is binary", source.ErrNotText)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	enc, _, _ := charset.DetermineEncoding(page, contentType)
	utf8Page, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		utf8Page = page
	}

	root, err := nethtml.Parse(bytes.NewReader(utf8Page))
	if err != nil {
		return nil, fmt.Errorf("%w: parse html: %w", source.ErrSyntax, err)
	}
	if n := countElements(root, opts.MaxElements); n > opts.MaxElements {
		return nil, fmt.Errorf("%w: page has more than %d elements", source.ErrTooLarge, opts.MaxElements)
	}
	meta := readMeta(root)

	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	} else if meta.canonical != "" {
		base, _ = url.Parse(meta.canonical)
	}
	if base == nil {
		base = &url.URL{}
	}

	// Readability is a large port of a JavaScript library; a defect in it
	// on strange input must cost one page, not the process.
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("%w: article extraction failed: %v", source.ErrSyntax, p)
		}
	}()
	parser := readability.NewParser()
	parser.MaxElemsToParse = opts.MaxElements
	article, err := parser.ParseAndMutate(root, base)
	if err != nil {
		return nil, fmt.Errorf("%w: extract article: %w", source.ErrSyntax, err)
	}

	doc = &text.Document{
		ID:     pageURL,
		URL:    pageURL,
		Title:  clean(article.Title()),
		Byline: clean(article.Byline()),
		Source: clean(article.SiteName()),
	}
	if doc.URL == "" && isWebURL(meta.canonical) {
		doc.URL = meta.canonical
		doc.ID = meta.canonical
	}
	if t, err := article.PublishedTime(); err == nil && plausible(t) {
		doc.Date = t
	} else {
		doc.Date = meta.date()
	}
	if article.Node != nil {
		doc.Text = tidy(render.InnerText(article.Node))
	}
	return doc, nil
}

// Host returns the host name of pageURL without "www.", a stand-in for the
// name of the site that published a page.
func Host(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// Text returns the readable text of an HTML fragment, such as a feed item's
// description: tags dropped, block elements on their own lines.
func Text(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return tidy(fragment)
	}
	body := &nethtml.Node{Type: nethtml.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := nethtml.ParseFragment(strings.NewReader(fragment), body)
	if err != nil {
		return tidy(fragment)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return tidy(render.InnerText(body))
}

func countElements(n *nethtml.Node, limit int) int {
	count := 0
	var walk func(*nethtml.Node)
	walk = func(n *nethtml.Node) {
		for c := n.FirstChild; c != nil && count <= limit; c = c.NextSibling {
			if c.Type == nethtml.ElementNode {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// tidy trims each line, drops space-only lines in runs, and keeps at most one
// blank line between paragraphs.
func tidy(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// clean collapses white space in a metadata value.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// plausible rejects dates no news page has (year 0, far future).
func plausible(t time.Time) bool {
	return t.Year() >= 1800 && t.Before(time.Now().AddDate(2, 0, 0))
}
