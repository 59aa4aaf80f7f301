package jsonl

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/internal/sourcetest"
	"github.com/parleyproject/parley/text"
)

// result is one outcome of Next: a document or a record error.
type result struct {
	id   string
	line int
	msg  string
}

func readAll(t *testing.T, r source.Reader) ([]*text.Document, []result) {
	t.Helper()
	var docs []*text.Document
	var got []result
	for _, res := range sourcetest.ReadAll(t, r, 1000) {
		if res.Err != nil {
			got = append(got, result{line: res.Record.Line, msg: res.Err.Error()})
			continue
		}
		docs = append(docs, res.Doc)
		got = append(got, result{id: res.Doc.ID})
	}
	return docs, got
}

func TestReader(t *testing.T) {
	f, err := os.Open("testdata/mixed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var warnings []string
	docs, got := readAll(t, NewReader("testdata/mixed.jsonl", f, Options{Warn: func(e *source.RecordError) {
		warnings = append(warnings, e.Error())
	}}))
	want := []result{
		{id: "doc-1"},
		{line: 3, msg: "testdata/mixed.jsonl:3: malformed: not a JSON object"},
		{id: "42"},
		{line: 5, msg: `testdata/mixed.jsonl:5: malformed: no "id"`},
		{line: 6, msg: `testdata/mixed.jsonl:6: malformed: document "doc-3" has no "text"`},
		{id: "doc-4"}, // a bad date costs only the date
		{line: 8, msg: "testdata/mixed.jsonl:8: malformed: invalid JSON: unexpected end of JSON input"},
		{line: 9, msg: "testdata/mixed.jsonl:9: malformed: not a JSON object"},
		{id: "doc-6"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d results %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("result %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	d := docs[0]
	if d.Text != "Blinken met Xi in Beijing." || d.Title != "Talks" || d.URL != "https://example.com/1" ||
		d.Source != "Example" || !d.Date.Equal(time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("doc-1 = %+v", d)
	}
	if !docs[1].Date.Equal(time.Date(2023, 6, 19, 8, 30, 0, 0, time.UTC)) || docs[1].Title != "" {
		t.Errorf("doc 42 = %+v", docs[1])
	}
	if !docs[2].Date.IsZero() {
		t.Errorf("doc-4 kept its bad date: %v", docs[2].Date)
	}
	wantWarn := `testdata/mixed.jsonl:7: malformed: document "doc-4": date "19/06/2023" is neither YYYY-MM-DD nor RFC 3339; the document is read without a date`
	if len(warnings) != 1 || warnings[0] != wantWarn {
		t.Errorf("warnings = %q, want %q", warnings, wantWarn)
	}
	if docs[3].Text != "Last line, no newline." {
		t.Errorf("last doc = %+v", docs[3])
	}
}

func TestReaderBOM(t *testing.T) {
	f, err := os.Open("testdata/bom.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, got := readAll(t, NewReader("bom.jsonl", f, Options{}))
	if len(got) != 1 || len(docs) != 1 || docs[0].ID != "bom" || docs[0].Text != "After a byte-order mark." {
		t.Errorf("got %+v", got)
	}
}

func TestReaderLongLine(t *testing.T) {
	in := `{"id":"a","text":"short"}` + "\n" +
		`{"id":"b","text":"` + strings.Repeat("x", 200_000) + `"}` + "\n" +
		`{"id":"c","text":"after"}` + "\n"
	_, got := readAll(t, NewReader("long.jsonl", strings.NewReader(in), Options{MaxLineBytes: 1000}))
	want := []result{{id: "a"}, {line: 2, msg: "long.jsonl:2: too large: line is longer than 1000 bytes"}, {id: "c"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("result %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestReaderFatal(t *testing.T) {
	boom := errors.New("disk on fire")
	r := NewReader("x.jsonl", io.MultiReader(strings.NewReader(`{"id":"a","text":"t"}`+"\n"), errReader{boom}), Options{})
	if _, err := r.Next(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, err := r.Next(context.Background())
	var re *source.RecordError
	if !errors.Is(err, boom) || errors.As(err, &re) {
		t.Errorf("error = %v, want a fatal error wrapping the read error", err)
	}
	if _, err2 := r.Next(context.Background()); !errors.Is(err2, boom) {
		t.Errorf("error is not sticky: %v", err2)
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

func FuzzJSONL(f *testing.F) {
	for _, file := range []string{"testdata/mixed.jsonl", "testdata/bom.jsonl"} {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id": 1e999, "text": "x"}`))
	f.Add([]byte(`{"id": "a", "text": "\ud800", "date": "2023-02-30"}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := NewReader("fuzz.jsonl", strings.NewReader(string(in)), Options{MaxLineBytes: 256})
		lines := strings.Count(string(in), "\n") + 1
		for _, res := range sourcetest.ReadAll(t, r, lines+1) {
			if res.Err == nil && res.Doc.ID == "" {
				t.Fatalf("document without id: %+v", res.Doc)
			}
			if re := res.Record; re != nil && (re.Line < 1 || re.Line > lines) {
				t.Fatalf("error line %d outside 1..%d", re.Line, lines)
			}
		}
	})
}

func BenchmarkReader(b *testing.B) {
	line := `{"id": "doc", "title": "Talks", "date": "2023-06-19", "text": "` + strings.Repeat("The minister said the talks would resume next week. ", 60) + `"}` + "\n"
	in := strings.Repeat(line, 1000)
	b.SetBytes(int64(len(in)))
	ctx := context.Background()
	for b.Loop() {
		r := NewReader("bench.jsonl", strings.NewReader(in), Options{})
		for {
			if _, err := r.Next(ctx); err != nil {
				if errors.Is(err, io.EOF) {
					break
				}
				b.Fatal(err)
			}
		}
	}
}
