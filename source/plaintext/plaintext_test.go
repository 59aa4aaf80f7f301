package plaintext

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/source"
)

func TestMarkdownFile(t *testing.T) {
	b, err := os.ReadFile("testdata/article.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(b, true)
	if err != nil {
		t.Fatal(err)
	}
	want := `Ceasefire talks resume in Geneva

The foreign ministers of both countries met in Geneva
on Tuesday, officials said.

"We are cautiously optimistic," one diplomat said.

Prisoner exchanges were discussed.
Aid convoys: see https://aid.example.org.
A working group will meet in March.

Map of the border Fighting has stopped slowed along the snake_case_border.

Setext heading

Final paragraph with an escaped *star* and a tag.`
	if doc.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", doc.Text, want)
	}
	if doc.Title != "Ceasefire talks resume" || doc.Byline != "Jane Doe" ||
		!doc.Date.Equal(time.Date(2024, 2, 11, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("title %q byline %q date %v", doc.Title, doc.Byline, doc.Date)
	}
}

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name, in, want, title string
	}{
		{"ATXTitle", "## Second *level* ##\nBody.", "Second level\n\nBody.", "Second level"},
		{"SetextTitle", "Big Title\n=========\n\nBody text.", "Big Title\n\nBody text.", "Big Title"},
		{"Link", "See [the report][1] and [this](http://x.y/z).", "See the report and this.", ""},
		{"Emphasis", "*a* **b** _c_ __d__ ~~e~~ 2*3*4 file_name_here", "a b c d e 2*3*4 file_name_here", ""},
		{"TildeFence", "~~~\ncode\n~~~\nprose", "prose", ""},
		{"UnclosedFence", "text\n```\nall code", "text", ""},
		{"Comment", "<!-- a\nb -->\nvisible", "visible", ""},
		{"NestedQuote", "> > deep", "deep", ""},
		{"Rule", "one\n\n***\n\ntwo", "one\n\ntwo", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var title string
			got := Markdown(tt.in, &title)
			if got != tt.want || title != tt.title {
				t.Errorf("Markdown(%q) = %q, title %q; want %q, %q", tt.in, got, title, tt.want, tt.title)
			}
		})
	}
}

func TestPlainFiles(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"testdata/article.txt", "Plain text title line\n\nThe minister said on Monday that talks would resume.\nSecond line."},
		{"testdata/latin1.txt", "Café owners protested on Monday."},
	}
	for _, tt := range tests {
		f, err := os.Open(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := NewReader(tt.file, f, Options{}).Next(context.Background())
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if doc.ID != tt.file || doc.Text != tt.want || doc.Title != "" {
			t.Errorf("%s: %+v, want text %q", tt.file, doc, tt.want)
		}
	}
}

func TestReaderErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		opts    Options
		wantErr error
		want    string
	}{
		{"ErrBinary", "\x7fELF\x02\x01\x01\x00\x00\x00", Options{}, source.ErrNotText, "bin: not text: content is binary"},
		{"ErrTooLarge", strings.Repeat("word ", 100), Options{MaxBytes: 100}, source.ErrTooLarge, "bin: too large: file is over the limit of 100 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewReader("bin", strings.NewReader(tt.in), tt.opts).Next(context.Background())
			var re *source.RecordError
			if !errors.As(err, &re) || !errors.Is(err, tt.wantErr) || err.Error() != tt.want {
				t.Errorf("error = %v, want RecordError %q", err, tt.want)
			}
		})
	}
}

func FuzzPlainText(f *testing.F) {
	for _, file := range []string{"testdata/article.md", "testdata/article.txt", "testdata/latin1.txt"} {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, true)
	}
	f.Add([]byte("---\ntitle: x\n---"), true)
	f.Add([]byte("[a](b)[c][d]![e](f)**g**_h_"), true)
	f.Fuzz(func(t *testing.T, in []byte, markdown bool) {
		doc, err := Parse(in, markdown)
		if err != nil {
			if !errors.Is(err, source.ErrNotText) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if len(doc.Text) > 2*len(in)+16 {
			t.Fatalf("text grew from %d to %d bytes", len(in), len(doc.Text))
		}
	})
}
