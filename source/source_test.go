package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/parleyproject/parley/text"
)

func TestRecordError(t *testing.T) {
	tests := []struct {
		err  *RecordError
		want string
	}{
		{&RecordError{Source: "a.jsonl", Line: 3, Err: fmt.Errorf("%w: invalid JSON", ErrSyntax)}, "a.jsonl:3: malformed: invalid JSON"},
		{&RecordError{Source: "b.warc.gz", Record: 7, Offset: 1024, Err: ErrTruncated}, "b.warc.gz: record 7 (offset 1024): truncated"},
		{&RecordError{Source: "feed.xml", Record: 2, Err: ErrNoText}, "feed.xml: record 2: no text"},
		{&RecordError{Source: "x.png", Err: ErrNotText}, "x.png: not text"},
		{&RecordError{Source: "y"}, "y: bad record"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	e := Errorf("c.html", ErrTooLarge, "page of %d bytes", 10)
	if !errors.Is(e, ErrTooLarge) || e.Error() != "c.html: too large: page of 10 bytes" {
		t.Errorf("Errorf = %q", e)
	}
}

func TestStats(t *testing.T) {
	var s Stats
	s.Read = 3
	s.Add(&RecordError{Source: "a", Err: fmt.Errorf("%w (fr)", ErrNotEnglish)})
	s.Add(&RecordError{Source: "a", Err: ErrNotEnglish})
	s.Add(fmt.Errorf("%w: x", ErrSyntax))
	s.Add(fmt.Errorf("%w: %w", ErrFetch, ErrTooLarge))
	s.Add(errors.New("odd"))
	var total Stats
	total.Merge(s)
	total.Merge(Stats{Read: 1, Skipped: map[string]int{"no text": 1}})
	want := "4 read, 3 skipped (no text 1, not English 2), 3 failed (malformed 1, other 1, too large 1)"
	if got := total.String(); got != want {
		t.Errorf("Stats = %q, want %q", got, want)
	}
	if total.SkippedTotal() != 3 || total.FailedTotal() != 3 {
		t.Errorf("totals %d %d", total.SkippedTotal(), total.FailedTotal())
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"", time.Time{}, false},
		{"2023-06-19", time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC), false},
		{" 2023-06-19T10:30:00+02:00 ", time.Date(2023, 6, 19, 8, 30, 0, 0, time.UTC), false},
		{"19/06/2023", time.Time{}, true},
		{"2023-02-30", time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v", tt.in, got, err)
		}
	}
}

type sliceReader struct {
	docs []*text.Document
	errs []error
}

func (s *sliceReader) Next(context.Context) (*text.Document, error) {
	if len(s.errs) > 0 {
		err := s.errs[0]
		s.errs = s.errs[1:]
		return nil, err
	}
	if len(s.docs) == 0 {
		return nil, io.EOF
	}
	d := s.docs[0]
	s.docs = s.docs[1:]
	return d, nil
}

func TestChainAndSingle(t *testing.T) {
	parts := []func() (Reader, error){
		func() (Reader, error) { return &sliceReader{docs: []*text.Document{{ID: "a"}, {ID: "b"}}}, nil },
		func() (Reader, error) { return nil, &RecordError{Source: "broken", Err: ErrOpen} },
		func() (Reader, error) {
			return Single("one", func(context.Context) (*text.Document, error) { return nil, ErrNotText }), nil
		},
		func() (Reader, error) {
			return Single("two", func(context.Context) (*text.Document, error) { return &text.Document{ID: "c"}, nil }), nil
		},
	}
	r := Chain(func(context.Context) (Reader, error) {
		if len(parts) == 0 {
			return nil, io.EOF
		}
		p := parts[0]
		parts = parts[1:]
		return p()
	})
	var got []string
	for {
		doc, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("fatal %v", err)
			}
			got = append(got, err.Error())
			continue
		}
		got = append(got, doc.ID)
	}
	want := fmt.Sprint([]string{"a", "b", "broken: cannot open", "one: not text", "c"})
	if fmt.Sprint(got) != want {
		t.Errorf("got %v, want %v", got, want)
	}
}
