// Package feed reads RSS, Atom and JSON feeds with gofeed, one document per
// item, fetching and extracting the article each item links to.
package feed

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/fetch"
	"github.com/parleyproject/parley/source/html"
	"github.com/parleyproject/parley/text"
)

// Options configure a Reader.
type Options struct {
	// Fetcher fetches the article each item links to. When nil, or when the
	// fetch or extraction fails, the item's own content or description is the
	// text.
	Fetcher *fetch.Fetcher
	// HTML bounds the extraction of linked articles.
	HTML html.Options
}

// Reader yields one document per feed item. The feed is parsed on the first
// call to Next; a body that is not a feed is reported as one
// *source.RecordError wrapping source.ErrSyntax, then io.EOF. An item with no
// text, neither linked nor its own, is a *source.RecordError with the item's
// 1-based Record number.
type Reader struct {
	name string
	body []byte
	base *url.URL
	opts Options

	feed *gofeed.Feed
	next int
	done bool
}

// NewReader returns a Reader of the feed in body. name (the feed's URL or
// path) appears in errors and is the base for relative item links.
func NewReader(name string, body []byte, opts Options) *Reader {
	base, _ := url.Parse(name)
	return &Reader{name: name, body: body, base: base, opts: opts}
}

// Title returns the feed's title, once Next has parsed it.
func (r *Reader) Title() string {
	if r.feed == nil {
		return ""
	}
	return r.feed.Title
}

// Next returns the next item's document, io.EOF after the last.
func (r *Reader) Next(ctx context.Context) (*text.Document, error) {
	if r.done {
		return nil, io.EOF
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if r.feed == nil {
		f, err := parse(r.body)
		r.body = nil
		if err != nil {
			r.done = true
			return nil, &source.RecordError{Source: r.name, Err: fmt.Errorf("%w: not a feed: %w", source.ErrSyntax, err)}
		}
		r.feed = f
	}
	if r.next >= len(r.feed.Items) {
		r.done = true
		return nil, io.EOF
	}
	i := r.next
	r.next++
	doc, err := r.item(ctx, r.feed.Items[i], i)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &source.RecordError{Source: r.name, Record: i + 1, Err: err}
	}
	return doc, nil
}

// parse runs gofeed, turning a panic on hostile input into an error.
func parse(body []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(body))
}

func (r *Reader) item(ctx context.Context, it *gofeed.Item, i int) (*text.Document, error) {
	if it == nil {
		return nil, fmt.Errorf("%w: empty item", source.ErrSyntax)
	}
	link := r.resolve(it.Link)
	doc := &text.Document{ID: link, URL: link}
	if doc.ID == "" {
		doc.ID = strings.TrimSpace(it.GUID)
	}
	if doc.ID == "" {
		doc.ID = r.name + "#" + strconv.Itoa(i+1)
	}

	var linkErr error
	if r.opts.Fetcher != nil && isWebURL(link) {
		art, err := r.article(ctx, link)
		if err == nil && art.Text != "" {
			doc.Text, doc.Title, doc.Byline, doc.Date, doc.Source = art.Text, art.Title, art.Byline, art.Date, art.Source
		} else if err != nil {
			linkErr = fmt.Errorf("linked article %s: %w", link, err)
		} else {
			linkErr = fmt.Errorf("%w: linked article %s has no readable text", source.ErrNoText, link)
		}
	}
	if doc.Text == "" {
		doc.Text = html.Text(it.Content)
		if doc.Text == "" {
			doc.Text = html.Text(it.Description)
		}
	}
	if doc.Text == "" {
		if linkErr != nil {
			return nil, linkErr
		}
		return nil, fmt.Errorf("%w: item %q has no text", source.ErrNoText, doc.ID)
	}

	// The item's own metadata fills what the article did not give.
	if doc.Title == "" {
		doc.Title = html.Text(it.Title)
	}
	if doc.Date.IsZero() {
		switch {
		case it.PublishedParsed != nil:
			doc.Date = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			doc.Date = it.UpdatedParsed.UTC()
		}
	}
	if doc.Byline == "" {
		var names []string
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				names = append(names, strings.TrimSpace(p.Name))
			}
		}
		doc.Byline = strings.Join(names, ", ")
	}
	if doc.Source == "" {
		doc.Source = strings.TrimSpace(r.feed.Title)
	}
	if doc.Source == "" {
		doc.Source = html.Host(doc.URL)
	}
	return doc, nil
}

func (r *Reader) article(ctx context.Context, link string) (*text.Document, error) {
	resp, err := r.opts.Fetcher.Get(ctx, link)
	if err != nil {
		return nil, err
	}
	if ct := resp.ContentType(); ct != "" && ct != "text/html" && ct != "application/xhtml+xml" {
		return nil, fmt.Errorf("%w: content type %s is not HTML", source.ErrNotText, ct)
	}
	return html.Extract(ctx, resp.Body, resp.URL, resp.Header.Get("Content-Type"), r.opts.HTML)
}

// resolve makes an item link absolute against the feed's URL.
func (r *Reader) resolve(link string) string {
	link = strings.TrimSpace(link)
	if link == "" || r.base == nil {
		return link
	}
	u, err := r.base.Parse(link)
	if err != nil {
		return link
	}
	return u.String()
}

func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
