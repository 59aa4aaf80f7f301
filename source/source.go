package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/parleyproject/parley/text"
)

// Reader yields the documents of one source (a file, a feed, an archive, a
// directory) one at a time.
//
// Next returns the next document, or io.EOF when there are no more. A
// *RecordError reports one record that could not be turned into a document:
// the caller may report it and call Next again, and the reader goes on with the
// following record. Any other error is fatal: the reader cannot go on.
type Reader interface {
	Next(ctx context.Context) (*text.Document, error)
}

// Closer is implemented by readers that hold open files or connections.
type Closer interface {
	Close() error
}

// Sentinel reasons a record is not read. A *RecordError wraps one of them, so
// errors.Is tells them apart and Stats counts by them.
var (
	// ErrSyntax means the record is malformed: a JSONL line that is not JSON or
	// lacks a required field, a feed that is not XML, a broken WARC record.
	ErrSyntax = errors.New("malformed")
	// ErrTooLarge means the record, line, page or response is over the size
	// limit and was not parsed.
	ErrTooLarge = errors.New("too large")
	// ErrNotText means the content is binary, not text.
	ErrNotText = errors.New("not text")
	// ErrTruncated means the input ended inside the record.
	ErrTruncated = errors.New("truncated")
	// ErrFetch means an HTTP fetch failed (network, status, refused address).
	ErrFetch = errors.New("fetch failed")
	// ErrOpen means a file inside a directory could not be opened or read.
	ErrOpen = errors.New("cannot open")
)

// Skip reasons: records that are fine but deliberately not ingested. Readers
// that filter (see package open) count them in Stats instead of returning them.
var (
	// ErrNotEnglish means the language detector judged the text not English.
	ErrNotEnglish = errors.New("not English")
	// ErrNoText means the record holds no text after extraction.
	ErrNoText = errors.New("no text")
	// ErrNotModified means a conditional GET found the feed unchanged.
	ErrNotModified = errors.New("not modified")
)

var reasons = []error{
	ErrSyntax, ErrTooLarge, ErrNotText, ErrTruncated, ErrFetch, ErrOpen,
	ErrNotEnglish, ErrNoText, ErrNotModified,
}

// Reason returns the short name of the sentinel reason err wraps ("malformed",
// "too large", ...), or "other".
func Reason(err error) string {
	for _, r := range reasons {
		if errors.Is(err, r) {
			return r.Error()
		}
	}
	return "other"
}

// IsSkip reports whether err is a deliberate skip (not English, no text, not
// modified) rather than a failure.
func IsSkip(err error) bool {
	return errors.Is(err, ErrNotEnglish) || errors.Is(err, ErrNoText) || errors.Is(err, ErrNotModified)
}

// RecordError reports one record that was not read. Source names the file or
// URL; Line (1-based, JSONL) or Record (1-based, feed items and WARC records)
// and Offset (byte offset of a WARC record) locate the record when known and
// are zero otherwise.
type RecordError struct {
	Source string
	Line   int
	Record int
	Offset int64
	Err    error
}

func (e *RecordError) Error() string {
	var b strings.Builder
	b.WriteString(e.Source)
	switch {
	case e.Line > 0:
		b.WriteString(":" + strconv.Itoa(e.Line))
	case e.Record > 0:
		b.WriteString(": record " + strconv.Itoa(e.Record))
		if e.Offset > 0 {
			b.WriteString(" (offset " + strconv.FormatInt(e.Offset, 10) + ")")
		}
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("bad record")
	}
	return b.String()
}

func (e *RecordError) Unwrap() error { return e.Err }

// Errorf returns a *RecordError for source with the given reason and message;
// the message's own %w verbs are kept.
func Errorf(src string, reason error, format string, args ...any) *RecordError {
	return &RecordError{Source: src, Err: fmt.Errorf("%w: %w", reason, fmt.Errorf(format, args...))}
}

// Stats counts what a reader did: documents returned, records skipped on
// purpose and records that failed, each by reason (see Reason).
type Stats struct {
	Read    int
	Skipped map[string]int
	Failed  map[string]int
}

// Add counts one record that was not read.
func (s *Stats) Add(err error) {
	m := &s.Failed
	if IsSkip(err) {
		m = &s.Skipped
	}
	if *m == nil {
		*m = make(map[string]int)
	}
	(*m)[Reason(err)]++
}

// Merge adds o's counts to s.
func (s *Stats) Merge(o Stats) {
	s.Read += o.Read
	for k, v := range o.Skipped {
		if s.Skipped == nil {
			s.Skipped = make(map[string]int)
		}
		s.Skipped[k] += v
	}
	for k, v := range o.Failed {
		if s.Failed == nil {
			s.Failed = make(map[string]int)
		}
		s.Failed[k] += v
	}
}

// SkippedTotal returns the number of records skipped on purpose.
func (s Stats) SkippedTotal() int { return sum(s.Skipped) }

// FailedTotal returns the number of records that failed.
func (s Stats) FailedTotal() int { return sum(s.Failed) }

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// String summarises the counts in one line, reasons in sorted order:
// "12 read, 3 skipped (not English 2, no text 1), 1 failed (malformed 1)".
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d read, %d skipped", s.Read, s.SkippedTotal())
	writeReasons(&b, s.Skipped)
	fmt.Fprintf(&b, ", %d failed", s.FailedTotal())
	writeReasons(&b, s.Failed)
	return b.String()
}

func writeReasons(b *strings.Builder, m map[string]int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b.WriteString(" (")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(b, "%s %d", k, m[k])
	}
	b.WriteString(")")
}

// Single returns a Reader that yields the one document read calls for, then
// io.EOF. An error from read other than a context error is reported as a
// *RecordError for name, so a bad file in a directory does not stop the rest.
func Single(name string, read func(ctx context.Context) (*text.Document, error)) Reader {
	return &single{name: name, read: read}
}

type single struct {
	name string
	read func(ctx context.Context) (*text.Document, error)
	done bool
}

func (s *single) Next(ctx context.Context) (*text.Document, error) {
	if s.done {
		return nil, io.EOF
	}
	s.done = true
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := s.read(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var re *RecordError
		if !errors.As(err, &re) {
			err = &RecordError{Source: s.name, Err: err}
		}
		return nil, err
	}
	return doc, nil
}

// Chain returns a Reader that reads the readers that next returns, one after
// another, until next returns io.EOF. A *RecordError from next (a part that
// cannot be opened) is passed on and the chain goes on; any other error from
// next is fatal.
func Chain(next func(ctx context.Context) (Reader, error)) Reader {
	return &chain{next: next}
}

type chain struct {
	next    func(ctx context.Context) (Reader, error)
	current Reader
	done    bool
}

func (c *chain) Next(ctx context.Context) (*text.Document, error) {
	for !c.done {
		if c.current == nil {
			r, err := c.next(ctx)
			if err != nil {
				var re *RecordError
				if errors.As(err, &re) {
					return nil, err
				}
				c.done = true
				if errors.Is(err, io.EOF) {
					break
				}
				return nil, err
			}
			c.current = r
		}
		doc, err := c.current.Next(ctx)
		if errors.Is(err, io.EOF) {
			c.current = nil
			continue
		}
		return doc, err
	}
	return nil, io.EOF
}
