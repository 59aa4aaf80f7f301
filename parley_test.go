package parley

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
)

// TestParseBadInput runs the language core over hostile text: it must not
// panic, every token must lie inside the text, and sentences stay short
// enough (segment caps them) for the parser to stay linear.
func TestParseBadInput(t *testing.T) {
	p := newTestPipeline(t, Options{Patterns: []fs.FS{fstest.MapFS{}}, ReplacePatterns: true})
	long := strings.Repeat("word ", 100_000) // 500 KB without punctuation
	tests := []struct {
		name, text string
	}{
		{"OK_empty", ""},
		{"OK_spaces", " \n\t \r\n "},
		{"OK_invalid_utf8", "Blinken \xff\xfe met \xc3\x28 Xi \xe2\x82 in Beijing."},
		{"OK_nul_bytes", "Blinken\x00 met\x00\x00 Xi.\x00"},
		{"OK_control_chars", "Talks\x01\x02\x03 resumed\x1b[31m in Geneva\x7f."},
		{"OK_emoji", "Leaders 🤝 met 🇺🇸🇨🇳 in Beijing 😀😀😀."},
		{"OK_rtl", "قال الرئيس إن المحادثات كانت مثمرة. שלום עולם."},
		{"OK_long_paragraph", long},
		{"OK_quotes_only", strings.Repeat("\"", 10_000)},
		{"OK_dots", strings.Repeat(". ", 10_000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &text.Document{ID: "bad", Text: tt.text}
			if err := p.Code(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			for i, tok := range doc.Tokens {
				if tok.Span.Start < 0 || tok.Span.End > len(tt.text) || tok.Span.Start >= tok.Span.End {
					t.Fatalf("token %d span %v outside text of %d bytes", i, tok.Span, len(tt.text))
				}
				if tok.Head >= len(doc.Tokens) {
					t.Fatalf("token %d head %d out of range", i, tok.Head)
				}
			}
			for _, s := range doc.Sentences {
				if s.Len() > segment.DefaultMaxWords {
					t.Fatalf("sentence of %d words exceeds the cap %d", s.Len(), segment.DefaultMaxWords)
				}
			}
			if utf8.ValidString(tt.text) {
				for _, e := range doc.Events {
					if !utf8.ValidString(e.Text) {
						t.Fatalf("event sentence is not valid UTF-8")
					}
				}
			}
		})
	}
}

// TestSplitFiveMegabytes checks that segmentation of a 5 MB paragraph without
// punctuation caps its sentences.
func TestSplitFiveMegabytes(t *testing.T) {
	doc := &text.Document{Text: strings.Repeat("abc ", 5<<20/4)}
	segment.Split(doc)
	if len(doc.Tokens) != 5<<20/4 {
		t.Fatalf("got %d tokens", len(doc.Tokens))
	}
	for _, s := range doc.Sentences {
		if s.Len() > segment.DefaultMaxWords {
			t.Fatalf("sentence of %d words", s.Len())
		}
	}
}

// TestEventDatesAhead checks that an intention stated with "will", coded as
// such (036), is dated forward like a future event, while a date of the
// past-tense saying that governs it stays in the past.
func TestEventDatesAhead(t *testing.T) {
	p := newTestPipeline(t, Options{})
	tests := []struct {
		text, code, want string
	}{
		// 2009-09-20 is a Sunday.
		{"The French minister will visit China on Friday.", "036", "2009-09-25"},
		{"Iraq said on Friday that the French minister would visit China.", "036", "2009-09-18"},
	}
	for _, tt := range tests {
		doc := &text.Document{ID: "d", Text: tt.text, Date: time.Date(2009, 9, 20, 0, 0, 0, 0, time.UTC)}
		if err := p.Code(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Events {
			if e.CAMEO.Code == tt.code {
				found = true
				if got := e.Date.Format("2006-01-02"); got != tt.want {
					t.Errorf("%q: %s dated %s (%s), want %s", tt.text, tt.code, got, e.Evidence.Date.Rule, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event in %v", tt.text, tt.code, doc.Events)
		}
	}
}

// TestCiviliansOfPlace checks that civilians of no known country take the
// country of the place a locative of their event's clause names, and that
// other sectors, and places of other clauses, do not give theirs.
func TestCiviliansOfPlace(t *testing.T) {
	p := newTestPipeline(t, Options{})
	tests := []struct {
		text, code, source, target string
	}{
		{"Israeli troops killed five civilians in Gaza.", "190", "ISRMIL", "PSECVL"},
		{"Thousands of people marched through Athens on Saturday.", "141", "GRCCVL", "GRC"},
		{"Ten soldiers were killed on Sunday by a roadside bomb in Kabul.", "190", "AFG", "---MIL"},
		{"Gunmen killed five civilians who had fled to Turkey.", "190", "---UAF", "---CVL"},
	}
	for _, tt := range tests {
		doc := &text.Document{ID: "d", Text: tt.text, Date: time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)}
		if err := p.Code(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Events {
			if !strings.HasPrefix(e.CAMEO.Code, tt.code[:2]) {
				continue
			}
			found = true
			var source, target string
			if e.Source != nil {
				source = e.Source.Code
			}
			if e.Target != nil {
				target = e.Target.Code
			}
			if source != tt.source || target != tt.target {
				t.Errorf("%q: %s %s -> %s, want %s -> %s", tt.text, e.CAMEO.Code, source, target, tt.source, tt.target)
			}
		}
		if !found {
			t.Errorf("%q: no %s event in %v", tt.text, tt.code, doc.Events)
		}
	}
}

// TestDatelineDate checks that a document of no publication date takes the
// date of its dateline, and its events with it, while a dated document keeps
// its own.
func TestDatelineDate(t *testing.T) {
	p := newTestPipeline(t, Options{})
	text1 := "KIGALI, Jun 15 2022 (IPS) - Rwanda accused Uganda of backing rebels."
	doc := &text.Document{ID: "d", Text: text1}
	if err := p.Code(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Date.Format("2006-01-02"); got != "2022-06-15" {
		t.Errorf("document date %s, want 2022-06-15", got)
	}
	if len(doc.Events) == 0 || doc.Events[0].Date.Format("2006-01-02") != "2022-06-15" {
		t.Errorf("events %v, want one dated 2022-06-15", doc.Events)
	}
	dated := &text.Document{ID: "e", Text: text1, Date: time.Date(2022, 6, 17, 0, 0, 0, 0, time.UTC)}
	if err := p.Code(context.Background(), dated); err != nil {
		t.Fatal(err)
	}
	if got := dated.Date.Format("2006-01-02"); got != "2022-06-17" {
		t.Errorf("dated document's date became %s", got)
	}
}
