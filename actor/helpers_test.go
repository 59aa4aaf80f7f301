package actor

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/text"
)

// tokenRx cuts test text into UD-like tokens: abbreviations with dots
// (U.S.), words with inner hyphens and apostrophes, a split-off possessive
// 's, and single punctuation marks.
var tokenRx = regexp.MustCompile(`\p{L}(?:\.\p{L})+\.?|(?:\p{L}|\p{N})+(?:[-'’.](?:\p{L}|\p{N})+)*|\S`)

// testDoc builds a document from sentences, tokenized by tokenRx, without
// tags or parse. date is YYYY-MM-DD or "".
func testDoc(tb testing.TB, date string, sentences ...string) *text.Document {
	tb.Helper()
	doc := &text.Document{ID: "test", Text: strings.Join(sentences, " ")}
	if date != "" {
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			tb.Fatal(err)
		}
		doc.Date = t
	}
	off := 0
	for _, s := range sentences {
		first := len(doc.Tokens)
		for _, loc := range tokenRx.FindAllStringIndex(s, -1) {
			start, end := off+loc[0], off+loc[1]
			form := doc.Text[start:end]
			if n := len(form); n > 2 && (strings.HasSuffix(form, "'s") || strings.HasSuffix(form, "’s")) {
				cut := n - 2
				if strings.HasSuffix(form, "’s") {
					cut = n - 4
				}
				doc.Tokens = append(doc.Tokens, tok(doc.Text, start, start+cut), tok(doc.Text, start+cut, end))
				continue
			}
			doc.Tokens = append(doc.Tokens, tok(doc.Text, start, end))
		}
		doc.Sentences = append(doc.Sentences, text.Sentence{
			Start: first, End: len(doc.Tokens),
			Span: text.Span{Start: off, End: off + len(s)},
		})
		off += len(s) + 1
	}
	return doc
}

func tok(txt string, start, end int) text.Token {
	return text.Token{Span: text.Span{Start: start, End: end}, Form: txt[start:end], Head: -1, MultiWord: -1}
}

// testDict loads the embedded dictionary, failing the test on error.
func testDict(tb testing.TB) *Dictionary {
	tb.Helper()
	d, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// describe renders mentions as "text=CODE|CODE" for messages.
func describe(doc *text.Document, ms []text.Mention) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(doc.SpanText(m.Span))
		b.WriteByte('=')
		for j, a := range m.Actors {
			if j > 0 {
				b.WriteByte('|')
			}
			b.WriteString(a.Code)
		}
	}
	return b.String()
}

// testDocDate parses YYYY-MM-DD, or returns the zero time.
func testDocDate(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func writeFile(p, data string) error { return os.WriteFile(p, []byte(data), 0o644) }
