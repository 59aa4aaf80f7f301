// Package open reads any location Parley accepts — a file, a directory, standard
// input or an http(s) URL — as one source.Reader, choosing the format by
// extension and content, and keeps only documents with English text, counting
// what it skips.
package open

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/feed"
	"github.com/parleyproject/parley/source/fetch"
	"github.com/parleyproject/parley/source/html"
	"github.com/parleyproject/parley/source/internal/sniff"
	"github.com/parleyproject/parley/source/jsonl"
	"github.com/parleyproject/parley/source/langid"
	"github.com/parleyproject/parley/source/plaintext"
	"github.com/parleyproject/parley/source/warc"
	"github.com/parleyproject/parley/text"
)

// Stdin is the location that names standard input.
const Stdin = "-"

// Options configure how locations are read. The zero value reads local files
// with default limits, refuses private network addresses and keeps English
// documents only.
type Options struct {
	// AllowPrivate lets URLs reach private, loopback and link-local
	// addresses.
	AllowPrivate bool
	// HTTPClient replaces the built-in client, which enforces the address
	// check; may be nil.
	HTTPClient *http.Client
	// Timeout bounds one HTTP request (default fetch.DefaultTimeout).
	Timeout time.Duration
	// MaxBytes bounds one page, text file, feed or HTTP response; zero keeps
	// each reader's default.
	MaxBytes int64
	// MaxLineBytes bounds one JSONL line (default jsonl.DefaultMaxLineBytes).
	MaxLineBytes int
	// UserAgent is sent with HTTP requests.
	UserAgent string
	// Cache keeps ETag and Last-Modified validators so that a URL read again
	// is fetched with a conditional GET; may be nil.
	Cache fetch.Cache
	// NoFollow reads feed items' own text instead of fetching the articles
	// they link to.
	NoFollow bool
	// DefaultDate is given to documents that have no date.
	DefaultDate time.Time
	// AllLanguages turns the English filter off.
	AllLanguages bool
	// Language judges whether a text is English; nil means
	// langid.Default().
	Language *langid.Detector
	// Stdin is read for the location "-"; nil means os.Stdin.
	Stdin io.Reader
	// OnSkip, when not nil, is told of each document or record skipped on
	// purpose (not English, no text, not modified).
	OnSkip func(id string, reason error)
}

// Reader reads one location, filters its documents and counts the outcome.
// Next returns documents, *source.RecordError for records that failed (the
// caller may go on), io.EOF, or a fatal error. Records skipped on purpose are
// not returned; they are counted in Stats.
type Reader struct {
	opts    Options
	lang    *langid.Detector
	fetcher *fetch.Fetcher
	inner   source.Reader
	closers []io.Closer
	stats   source.Stats
}

// Open opens location: "-" for standard input, a path to a file or directory,
// or an http(s) URL of a feed or a page. A directory is read recursively, its
// files in sorted order, skipping hidden ones. Formats are chosen so:
//
//   - .jsonl and .ndjson: JSON lines (contract 1);
//   - .txt and .text: plain text; .md and .markdown: Markdown;
//   - .html, .htm and .xhtml: an HTML page;
//   - .warc: a web archive; .rss, .atom and .xml: a feed;
//   - NAME.gz: decompressed, then by NAME (a .warc.gz is a web archive);
//   - anything else, standard input and URLs: by content (WARC, feed, HTML,
//     JSON lines on standard input, else plain text; binary is refused).
//
// Open fails when the location cannot be opened or fetched; errors inside it
// (a bad line, a file in a directory that is not text) come from Next.
func Open(ctx context.Context, location string, opts Options) (*Reader, error) {
	r := &Reader{opts: opts, lang: opts.Language}
	if r.lang == nil {
		r.lang = langid.Default()
	}
	r.fetcher = fetch.New(fetch.Options{
		AllowPrivate: opts.AllowPrivate,
		Timeout:      opts.Timeout,
		MaxBytes:     opts.MaxBytes,
		UserAgent:    opts.UserAgent,
		Cache:        opts.Cache,
		Client:       opts.HTTPClient,
	})
	var err error
	switch {
	case location == Stdin:
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		r.inner, err = r.stream(Stdin, "", in)
	case strings.HasPrefix(location, "http://") || strings.HasPrefix(location, "https://"):
		r.inner, err = r.url(ctx, location)
	default:
		var st fs.FileInfo
		if st, err = os.Stat(location); err != nil {
			return nil, fmt.Errorf("open %s: %w", location, err)
		}
		if st.IsDir() {
			r.inner, err = r.dir(location)
		} else {
			r.inner, err = r.file(location)
		}
	}
	if err != nil {
		r.Close()
		return nil, err
	}
	if c, ok := r.inner.(io.Closer); ok {
		r.closers = append(r.closers, c)
	}
	return r, nil
}

// Stats returns the counts so far.
func (r *Reader) Stats() source.Stats { return r.stats }

// Close releases open files.
func (r *Reader) Close() error {
	var errs []error
	for _, c := range r.closers {
		errs = append(errs, c.Close())
	}
	r.closers = nil
	return errors.Join(errs...)
}

// Next returns the next English document with text.
func (r *Reader) Next(ctx context.Context) (*text.Document, error) {
	for {
		doc, err := r.inner.Next(ctx)
		if err != nil {
			var re *source.RecordError
			if !errors.As(err, &re) {
				return nil, err
			}
			r.stats.Add(err)
			if source.IsSkip(err) {
				r.skipped(re.Source, err)
				continue
			}
			return nil, err
		}
		if strings.TrimSpace(doc.Text) == "" {
			r.skip(doc.ID, source.ErrNoText)
			continue
		}
		if !r.opts.AllLanguages {
			if res := r.lang.Detect(doc.Text); !res.English {
				r.skip(doc.ID, fmt.Errorf("%w (%s)", source.ErrNotEnglish, res.Lang))
				continue
			}
		}
		if doc.Date.IsZero() {
			doc.Date = r.opts.DefaultDate
		}
		r.stats.Read++
		return doc, nil
	}
}

func (r *Reader) skip(id string, reason error) {
	r.stats.Add(reason)
	r.skipped(id, reason)
}

func (r *Reader) skipped(id string, reason error) {
	if r.opts.OnSkip != nil {
		r.opts.OnSkip(id, reason)
	}
}

// file opens one file and returns its reader.
func (r *Reader) file(path string) (source.Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r.closers = append(r.closers, f)
	return r.stream(path, strings.ToLower(filepath.Base(path)), f)
}

// stream picks the reader for in, named name, by the lower-cased file name
// base (empty for standard input) and by content.
func (r *Reader) stream(name, base string, in io.Reader) (source.Reader, error) {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(sniff.HeadSize)
	var src io.Reader = br

	if strings.HasSuffix(base, ".warc.gz") || strings.HasSuffix(base, ".warc") || sniff.WARC(head) {
		return r.warc(name, src)
	}
	if sniff.Gzip(head) {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, &source.RecordError{Source: name, Err: fmt.Errorf("%w: gzip: %w", source.ErrSyntax, err)}
		}
		base = strings.TrimSuffix(base, ".gz")
		inner := bufio.NewReaderSize(gz, 64<<10)
		head, _ = inner.Peek(sniff.HeadSize)
		if sniff.WARC(head) {
			return r.warc(name, inner)
		}
		src = inner
	}

	switch ext := filepath.Ext(base); {
	case ext == ".jsonl" || ext == ".ndjson" || base == "" && sniff.JSONLines(head):
		return jsonl.NewReader(name, src, jsonl.Options{MaxLineBytes: r.opts.MaxLineBytes}), nil
	case ext == ".txt" || ext == ".text":
		return plaintext.NewReader(name, src, plaintext.Options{MaxBytes: r.opts.MaxBytes}), nil
	case ext == ".md" || ext == ".markdown":
		return plaintext.NewReader(name, src, plaintext.Options{MaxBytes: r.opts.MaxBytes, Markdown: true}), nil
	case ext == ".html" || ext == ".htm" || ext == ".xhtml":
		return html.NewReader(name, src, "", r.htmlOptions()), nil
	case ext == ".rss" || ext == ".atom" || ext == ".xml" || sniff.Feed(head):
		return r.feedFile(name, src), nil
	case sniff.HTML(head):
		return html.NewReader(name, src, "", r.htmlOptions()), nil
	default:
		// Binary content is refused by the plain-text reader.
		return plaintext.NewReader(name, src, plaintext.Options{MaxBytes: r.opts.MaxBytes}), nil
	}
}

func (r *Reader) warc(name string, in io.Reader) (source.Reader, error) {
	wr, err := warc.NewReader(name, in, warc.Options{HTML: r.htmlOptions()})
	if err != nil {
		return nil, &source.RecordError{Source: name, Err: err}
	}
	return wr, nil
}

// feedFile reads a feed from a file; the feed's size is bounded like a page.
func (r *Reader) feedFile(name string, in io.Reader) source.Reader {
	var fr *feed.Reader
	return source.Chain(func(ctx context.Context) (source.Reader, error) {
		if fr != nil {
			return nil, io.EOF
		}
		body, err := html.ReadLimited(in, r.maxBytes())
		if err != nil {
			return nil, &source.RecordError{Source: name, Err: err}
		}
		fr = feed.NewReader(name, body, r.feedOptions())
		return fr, nil
	})
}

func (r *Reader) maxBytes() int64 {
	if r.opts.MaxBytes > 0 {
		return r.opts.MaxBytes
	}
	return fetch.DefaultMaxBytes
}

func (r *Reader) htmlOptions() html.Options { return html.Options{MaxBytes: r.opts.MaxBytes} }

func (r *Reader) feedOptions() feed.Options {
	o := feed.Options{HTML: r.htmlOptions()}
	if !r.opts.NoFollow {
		o.Fetcher = r.fetcher
	}
	return o
}

// url fetches a feed or page with a conditional GET and picks its reader.
func (r *Reader) url(ctx context.Context, u string) (source.Reader, error) {
	resp, err := r.fetcher.GetConditional(ctx, u)
	if err != nil {
		return nil, err
	}
	if resp.NotModified {
		return source.Single(u, func(context.Context) (*text.Document, error) {
			return nil, fmt.Errorf("%w since the last fetch", source.ErrNotModified)
		}), nil
	}
	head := resp.Body[:min(len(resp.Body), sniff.HeadSize)]
	ct := resp.ContentType()
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || ct == "application/feed+json" ||
		strings.HasSuffix(ct, "xml") && ct != "application/xhtml+xml" || sniff.Feed(head):
		return feed.NewReader(u, resp.Body, r.feedOptions()), nil
	case ct == "text/html" || ct == "application/xhtml+xml" || sniff.HTML(head):
		return source.Single(u, func(ctx context.Context) (*text.Document, error) {
			doc, err := html.Extract(ctx, resp.Body, resp.URL, resp.Header.Get("Content-Type"), r.htmlOptions())
			if err != nil {
				return nil, err
			}
			doc.ID = u
			if doc.Source == "" {
				doc.Source = html.Host(doc.URL)
			}
			return doc, nil
		}), nil
	default:
		return source.Single(u, func(context.Context) (*text.Document, error) {
			doc, err := plaintext.Parse(resp.Body, false)
			if err != nil {
				return nil, err
			}
			doc.ID, doc.URL = u, resp.URL
			return doc, nil
		}), nil
	}
}

// dir reads every file under root, in lexical order, skipping hidden files
// and directories.
func (r *Reader) dir(root string) (source.Reader, error) {
	var paths []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			paths = append(paths, path) // its error is reported in turn
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read directory %s: %w", root, err)
	}
	return &dirReader{open: r, paths: paths}, nil
}

// dirReader reads files one after another. Any error in a file, even one
// that would be fatal for the file alone, is reported as a *source.RecordError
// naming it, and the next file is read.
type dirReader struct {
	open    *Reader
	paths   []string
	path    string
	current source.Reader
	file    *os.File
}

func (d *dirReader) Next(ctx context.Context) (*text.Document, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if d.current == nil {
			if len(d.paths) == 0 {
				return nil, io.EOF
			}
			if err := d.openNext(); err != nil {
				return nil, err
			}
			continue
		}
		doc, err := d.current.Next(ctx)
		var re *source.RecordError
		switch {
		case err == nil || errors.As(err, &re):
			return doc, err
		case ctx.Err() != nil:
			return nil, ctx.Err()
		case errors.Is(err, io.EOF):
			d.Close()
		default:
			d.Close()
			return nil, &source.RecordError{Source: d.path, Err: fmt.Errorf("%w: %w", source.ErrOpen, err)}
		}
	}
}

// openNext opens the next file; an error names the file.
func (d *dirReader) openNext() error {
	d.path, d.paths = d.paths[0], d.paths[1:]
	f, err := os.Open(d.path)
	if err == nil {
		var st fs.FileInfo
		if st, err = f.Stat(); err == nil && st.IsDir() {
			err = errors.New("symbolic link to a directory is not followed")
		}
	}
	if err != nil {
		if f != nil {
			f.Close()
		}
		return &source.RecordError{Source: d.path, Err: fmt.Errorf("%w: %w", source.ErrOpen, err)}
	}
	rd, err := d.open.stream(d.path, strings.ToLower(filepath.Base(d.path)), f)
	if err != nil {
		f.Close()
		var re *source.RecordError
		if !errors.As(err, &re) {
			err = &source.RecordError{Source: d.path, Err: err}
		}
		return err
	}
	d.current, d.file = rd, f
	return nil
}

// Close closes the file being read.
func (d *dirReader) Close() error {
	var err error
	if c, ok := d.current.(io.Closer); ok {
		err = c.Close()
	}
	if d.file != nil {
		err = errors.Join(err, d.file.Close())
	}
	d.current, d.file = nil, nil
	return err
}
