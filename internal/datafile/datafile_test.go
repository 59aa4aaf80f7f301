package datafile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

type entry struct {
	line int
	text string
}

func scanAll(r io.Reader, name string) ([]entry, error) {
	sc := NewScanner(r, name)
	var got []entry
	for sc.Scan() {
		got = append(got, entry{sc.Line(), sc.Text()})
	}
	return got, sc.Err()
}

func TestScan(t *testing.T) {
	tests := []struct {
		name, in string
		want     []entry
	}{
		{name: "OK", in: "a\tb\nc d\n", want: []entry{{1, "a\tb"}, {2, "c d"}}},
		{name: "NoFinalNewline", in: "a\nb", want: []entry{{1, "a"}, {2, "b"}}},
		{name: "CRLF", in: "a\tb\r\nc\r\n", want: []entry{{1, "a\tb"}, {2, "c"}}},
		{
			name: "Comments", in: "# head\n\n   \n\t\r\nx\n#y\n  # indented\n",
			// An indented '#' is the reader's to judge: leading space may
			// belong to the first field.
			want: []entry{{5, "x"}, {7, "  # indented"}},
		},
		{name: "KeepsSpace", in: " a \t b\t\n", want: []entry{{1, " a \t b\t"}}},
		{name: "Empty", in: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := scanAll(strings.NewReader(tt.in), "x.tsv")
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("entry %d: got %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestErrorf(t *testing.T) {
	errBad := errors.New("bad value")
	sc := NewScanner(strings.NewReader("a\n# c\nb\nc\n"), "x.tsv")
	var returned []error
	for sc.Scan() {
		switch sc.Text() {
		case "b":
			returned = append(returned, sc.Errorf("field %q: %w", "b", errBad))
		case "c":
			returned = append(returned, sc.Errorf("no c"))
		}
	}
	if got, want := returned[0].Error(), `x.tsv:3: field "b": bad value`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !errors.Is(returned[0], errBad) {
		t.Error("%w lost the wrapped error")
	}
	err := sc.Err()
	if got, want := err.Error(), "x.tsv:3: field \"b\": bad value\nx.tsv:4: no c"; got != want {
		t.Errorf("Err: got %q, want %q", got, want)
	}
	if !errors.Is(err, errBad) {
		t.Error("Err lost the wrapped error")
	}
}

func TestErrNone(t *testing.T) {
	if _, err := scanAll(strings.NewReader("a\nb\n"), "x.tsv"); err != nil {
		t.Errorf("got %v, want nil", err)
	}
}

func TestReadErrors(t *testing.T) {
	t.Run("ErrTooLong", func(t *testing.T) {
		in := "a\nb\n" + strings.Repeat("x", MaxLine+1) + "\nc\n"
		got, err := scanAll(strings.NewReader(in), "x.tsv")
		if len(got) != 2 {
			t.Errorf("got %d entries before the long line, want 2", len(got))
		}
		if err == nil || !strings.HasPrefix(err.Error(), "x.tsv:3: ") {
			t.Errorf("got %v, want an error at x.tsv:3", err)
		}
	})
	t.Run("ErrReader", func(t *testing.T) {
		errRead := errors.New("disk gone")
		r := io.MultiReader(strings.NewReader("a\n"), iotest.ErrReader(errRead))
		got, err := scanAll(r, "x.tsv")
		if len(got) != 1 {
			t.Errorf("got %d entries, want 1", len(got))
		}
		if !errors.Is(err, errRead) || !strings.HasPrefix(err.Error(), "x.tsv:2: ") {
			t.Errorf("got %v, want %v at x.tsv:2", err, errRead)
		}
	})
}

func FuzzScan(f *testing.F) {
	f.Add("a\tb\n# c\n\n  \r\nd\r\n")
	f.Add("\xff\n#\n\t#\n")
	f.Fuzz(func(t *testing.T, in string) {
		sc := NewScanner(strings.NewReader(in), "fuzz")
		last := 0
		for sc.Scan() {
			s := sc.Text()
			if strings.TrimSpace(s) == "" || s[0] == '#' || strings.ContainsAny(s, "\n") || strings.HasSuffix(s, "\r") {
				t.Fatalf("line %d: entry %q is a comment or holds a line ending", sc.Line(), s)
			}
			if sc.Line() <= last {
				t.Fatalf("line %d after line %d", sc.Line(), last)
			}
			last = sc.Line()
		}
		if last > strings.Count(in, "\n")+1 {
			t.Fatalf("line %d of %d", last, strings.Count(in, "\n")+1)
		}
		if err := sc.Err(); err != nil && len(in) <= MaxLine {
			t.Fatalf("error on text without long lines: %v", err)
		}
	})
}

func TestLoad(t *testing.T) {
	parse := func(r io.Reader, name string) ([]entry, error) { return scanAll(r, name) }
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "x.tsv")
		if err := os.WriteFile(path, []byte("# c\na\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Load(path, "test file", parse)
		if err != nil || len(got) != 1 || got[0] != (entry{2, "a"}) {
			t.Errorf("got %+v, %v", got, err)
		}
	})
	t.Run("ErrNotExist", func(t *testing.T) {
		_, err := Load(filepath.Join(t.TempDir(), "none.tsv"), "test file", parse)
		if !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "load test file: ") {
			t.Errorf("got %v, want a wrapped fs.ErrNotExist", err)
		}
	})
}

// TestEachListLine checks that comments, blanks and spaces are cut, and
// that an error of fn names the file and line.
func TestEachListLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "list.txt")
	if err := os.WriteFile(path, []byte("# a list\n\n  Alpha   # first\nBeta\n#\nbad\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := EachListLine(path, func(line string) error {
		if line == "bad" {
			return errors.New("not a name")
		}
		got = append(got, line)
		return nil
	})
	if want := []string{"Alpha", "Beta"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if err == nil || !strings.Contains(err.Error(), path+":6: not a name") {
		t.Errorf("error %v, want one at %s:6", err, path)
	}
}
