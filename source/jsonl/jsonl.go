// Package jsonl reads documents in the JSON-lines form of contract 1, one
// {"id","text","date","title","url","source"} object per line.
package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/text"
)

// DefaultMaxLineBytes bounds one line: far above any news article, low enough
// that a file without newlines cannot exhaust memory.
const DefaultMaxLineBytes = 16 << 20

// Options configure a Reader.
type Options struct {
	// MaxLineBytes is the longest line accepted; a longer line is skipped
	// and reported with an error wrapping source.ErrTooLarge.
	MaxLineBytes int
	// Warn, when not nil, hears of problems that do not cost the document,
	// such as a malformed date (the document is kept without its date).
	Warn func(*source.RecordError)
}

// Reader reads documents from JSON lines. Blank lines are ignored; a line that
// is not a JSON object, lacks "id" or "text" or is too long is reported as a
// *source.RecordError with its line number, and reading goes on with the
// next line. A malformed date loses only the date (see Options.Warn).
type Reader struct {
	name string
	r    *bufio.Reader
	max  int
	warn func(*source.RecordError)
	line int
	err  error // sticky fatal error
}

// NewReader returns a Reader of r; name (a path or "-") appears in errors.
func NewReader(name string, r io.Reader, opts Options) *Reader {
	if opts.MaxLineBytes <= 0 {
		opts.MaxLineBytes = DefaultMaxLineBytes
	}
	return &Reader{name: name, r: bufio.NewReaderSize(r, 64<<10), max: opts.MaxLineBytes, warn: opts.Warn}
}

// record is the document form of contract 1. ID is raw so that numeric ids
// are accepted as well as strings.
type record struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Date   *string         `json:"date"`
	Title  *string         `json:"title"`
	URL    *string         `json:"url"`
	Source *string         `json:"source"`
	Byline *string         `json:"byline"`
}

// Next returns the next document, io.EOF at the end, a *source.RecordError for
// a bad line, or a fatal read error.
func (r *Reader) Next(ctx context.Context) (*text.Document, error) {
	for {
		if r.err != nil {
			return nil, r.err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		line, tooLong, err := r.readLine()
		if err != nil && !(errors.Is(err, io.EOF) && (len(line) > 0 || tooLong)) {
			if !errors.Is(err, io.EOF) {
				err = fmt.Errorf("%s:%d: read: %w", r.name, r.line, err)
			}
			r.err = err
			return nil, err
		}
		if tooLong {
			return nil, r.errorf(source.ErrTooLarge, "line is longer than %d bytes", r.max)
		}
		if r.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		return r.decode(line)
	}
}

func (r *Reader) decode(line []byte) (*text.Document, error) {
	if line[0] != '{' {
		return nil, r.errorf(source.ErrSyntax, "not a JSON object")
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, r.errorf(source.ErrSyntax, "invalid JSON: %v", err)
	}
	id, err := decodeID(rec.ID)
	if err != nil {
		return nil, r.errorf(source.ErrSyntax, "%v", err)
	}
	if rec.Text == nil {
		return nil, r.errorf(source.ErrSyntax, "document %q has no \"text\"", id)
	}
	doc := &text.Document{
		ID:     id,
		Text:   *rec.Text,
		Title:  deref(rec.Title),
		URL:    deref(rec.URL),
		Source: deref(rec.Source),
		Byline: deref(rec.Byline),
	}
	if doc.Date, err = source.ParseDate(deref(rec.Date)); err != nil {
		doc.Date = time.Time{}
		if r.warn != nil {
			r.warn(r.errorf(source.ErrSyntax, "document %q: %v; the document is read without a date", id, err))
		}
	}
	return doc, nil
}

func decodeID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", errors.New(`no "id"`)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		if s == "" {
			return "", errors.New(`empty "id"`)
		}
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		if _, err := strconv.ParseFloat(n.String(), 64); err == nil {
			return n.String(), nil
		}
	}
	return "", errors.New(`"id" is neither a string nor a number`)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func (r *Reader) errorf(reason error, format string, args ...any) *source.RecordError {
	return &source.RecordError{Source: r.name, Line: r.line, Err: fmt.Errorf("%w: %s", reason, fmt.Sprintf(format, args...))}
}

// readLine returns the next line without its newline. A line over the limit
// is consumed to its end and reported with tooLong, its bytes dropped.
func (r *Reader) readLine() (line []byte, tooLong bool, err error) {
	r.line++
	var buf []byte
	for {
		chunk, err := r.r.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > r.max+1 { // +1: the newline
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == nil:
			return bytes.TrimSuffix(buf, []byte("\n")), tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return buf, tooLong, err
		}
	}
}
