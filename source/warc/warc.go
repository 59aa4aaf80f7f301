// Package warc reads web archives (WARC 1.0 and 1.1, gzipped or not, as
// Common Crawl News publishes them) with gowarc, one document per HTTP
// response record whose body is an HTML page.
package warc

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/html"
	"github.com/parleyproject/parley/source/internal/sniff"
	"github.com/parleyproject/parley/text"
)

// Options configure a Reader.
type Options struct {
	// HTML bounds the payload of one record (MaxBytes) and its extraction.
	HTML html.Options
}

// Reader yields a document for each response record with status 200 and an
// HTML body; other records (warcinfo, request, metadata, revisit, images,
// redirects) are passed over silently. A record that is truncated or
// malformed is reported as a *source.RecordError with its 1-based Record
// number and byte Offset, and reading goes on with the next record; documents
// read before a truncation are kept.
//
// A gzipped file is decompressed as one stream, so files compressed record by
// record (the WARC convention) and files compressed whole both read; offsets
// are then positions in the decompressed stream.
type Reader struct {
	name   string
	opts   Options
	closer io.Closer // the gzip stream, when there is one
	wr     *gowarc.WarcFileReader
	record int
	end    int64 // where the last record ended
	done   bool
}

// NewReader returns a Reader of the archive in r; name appears in errors.
func NewReader(name string, r io.Reader, opts Options) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	var in io.Reader = br
	rd := &Reader{name: name, opts: opts}
	if sniff.Gzip(head) {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w: gzip: %w", name, source.ErrSyntax, err)
		}
		in, rd.closer = gz, gz
	}
	wr, err := gowarc.NewWarcFileReaderFromStream(in, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
	)
	if err != nil {
		return nil, fmt.Errorf("%s: open warc: %w", name, err)
	}
	rd.wr = wr
	return rd, nil
}

// Close releases the reader's buffers; it does not close the underlying
// reader.
func (r *Reader) Close() error {
	err := r.wr.Close()
	if r.closer != nil {
		err = errors.Join(err, r.closer.Close())
	}
	return err
}

// Next returns the next HTML document, io.EOF at the end of the archive.
func (r *Reader) Next(ctx context.Context) (*text.Document, error) {
	for !r.done {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rec, err := r.next()
		if errors.Is(err, io.EOF) {
			r.done = true
			break
		}
		r.record++
		if err != nil {
			// A record that cannot be parsed: report it; stop when the
			// input ended or the reader made no progress.
			reason := classify(err)
			if reason == source.ErrTruncated || rec.Offset+rec.Size <= r.end {
				r.done = true
			}
			r.end = max(r.end, rec.Offset+rec.Size)
			return nil, r.recordError(rec.Offset, reason, err)
		}
		r.end = rec.Offset + rec.Size
		doc, err := r.document(ctx, rec)
		rec.Close()
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, r.recordError(rec.Offset, nil, err)
		}
		if doc != nil {
			return doc, nil
		}
	}
	return nil, io.EOF
}

// next reads one record, turning a panic in the WARC parser on hostile input
// into an error.
func (r *Reader) next() (rec gowarc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			r.done = true
			err = fmt.Errorf("warc parser failed: %v", p)
		}
	}()
	rec, err = r.wr.Next()
	if errors.Is(err, gowarc.ErrNoRecord) {
		return rec, fmt.Errorf("%w: %w", source.ErrSyntax, err)
	}
	return rec, err
}

func classify(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return source.ErrTruncated
	}
	if errors.Is(err, source.ErrSyntax) {
		return nil
	}
	return source.ErrSyntax
}

func (r *Reader) recordError(offset int64, reason, err error) *source.RecordError {
	if reason != nil {
		err = fmt.Errorf("%w: %w", reason, err)
	}
	return &source.RecordError{Source: r.name, Record: r.record, Offset: offset, Err: err}
}

// document turns a response record into a document, or returns nil for a
// record that holds no HTML page.
func (r *Reader) document(ctx context.Context, rec gowarc.Record) (*text.Document, error) {
	wr := rec.WarcRecord
	if wr.Type() != gowarc.Response {
		return nil, nil
	}
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) && cl.Actual < cl.Expected {
			return nil, fmt.Errorf("%w: content is %d bytes of the %d declared", source.ErrTruncated, cl.Actual, cl.Expected)
		}
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok || block.HttpStatusCode() != http.StatusOK {
		return nil, nil
	}
	header := block.HttpHeader()
	if header == nil {
		return nil, nil
	}
	contentType := header.Get("Content-Type")
	if mt, _, _ := mime.ParseMediaType(contentType); mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, nil
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("%w: read payload: %w", source.ErrSyntax, err)
	}
	body, err := decode(payload, header)
	if err != nil {
		return nil, err
	}
	page, err := html.ReadLimited(body, r.maxBytes())
	if err != nil {
		return nil, err
	}

	header0 := wr.WarcHeader()
	target := strings.Trim(header0.Get(gowarc.WarcTargetURI), "<>")
	doc, err := html.Extract(ctx, page, target, contentType, r.opts.HTML)
	if err != nil {
		return nil, err
	}
	if id := strings.Trim(wr.RecordId(), "<>"); id != "" {
		doc.ID = id
	} else if target != "" {
		doc.ID = target
	} else {
		doc.ID = fmt.Sprintf("%s#%d", r.name, r.record)
	}
	if doc.Source == "" {
		doc.Source = html.Host(target)
	}
	if doc.Date.IsZero() {
		if t, err := wr.Date(); err == nil {
			doc.Date = t.UTC()
		}
	}
	return doc, nil
}

func (r *Reader) maxBytes() int64 {
	if r.opts.HTML.MaxBytes > 0 {
		return r.opts.HTML.MaxBytes
	}
	return html.DefaultMaxBytes
}

// decode undoes the transfer and content encodings a crawler kept in the
// payload (Common Crawl removes them; other crawlers do not).
func decode(body io.Reader, h *http.Header) (io.Reader, error) {
	if strings.EqualFold(strings.TrimSpace(h.Get("Transfer-Encoding")), "chunked") {
		body = httputil.NewChunkedReader(body)
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		gz, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip payload: %w", source.ErrSyntax, err)
		}
		body = gz
	case "deflate":
		body = flate.NewReader(body)
	default:
		return nil, fmt.Errorf("%w: content encoding %q is not supported", source.ErrNotText, enc)
	}
	return body, nil
}
