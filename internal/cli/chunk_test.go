package cli

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestChunkText(t *testing.T) {
	tests := []struct {
		name string
		text string
		max  int
	}{
		{"OK_paragraphs", strings.Repeat("One sentence here. Another one.\n\n", 50), 100},
		{"OK_lines", strings.Repeat("a line of text\n", 100), 64},
		{"OK_no_breaks", strings.Repeat("x", 1000), 64},
		{"OK_multibyte", strings.Repeat("é世", 300), 64},
		{"OK_short", "short", 64},
		{"OK_empty", "", 64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			err := chunkText(strings.NewReader(tt.text), tt.max, func(p string, base int) error {
				if base != b.Len() {
					t.Fatalf("base %d, want %d", base, b.Len())
				}
				if len(p) > tt.max {
					t.Fatalf("piece of %d bytes exceeds %d", len(p), tt.max)
				}
				if utf8.ValidString(tt.text) && !utf8.ValidString(p) {
					t.Fatalf("piece cuts a character: %q", p)
				}
				b.WriteString(p)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.text {
				t.Fatal("pieces do not rebuild the text")
			}
		})
	}
}
