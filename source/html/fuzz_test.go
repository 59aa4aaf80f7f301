package html

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func FuzzHTML(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<html><head><meta property=\"article:published_time\" content=\"9999-99-99\"></head></html>"))
	f.Add([]byte("<script type=\"application/ld+json\">{\"datePublished\": [1,2]}</script><p>x</p>"))
	f.Add([]byte("<math><mi>x</mi></math><table><tr><td>a<td>b</table>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, err := Extract(context.Background(), page, "http://example.com/a", "", Options{MaxBytes: 1 << 20, MaxElements: 5000})
		if err != nil {
			return
		}
		if !utf8.ValidString(doc.Text) && utf8.Valid(page) {
			t.Errorf("text is not valid UTF-8")
		}
		_ = Text(string(page))
	})
}
