package date

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
)

// testAbbrevs keep their final period when the test tokenizer splits text.
var testAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "gov": true, "sen": true,
	"rep": true, "st": true, "lt": true, "col": true, "capt": true, "sgt": true, "ill": true,
	"calif": true, "fla": true, "ga": true, "mass": true, "pa": true, "va": true, "wash": true,
	"tenn": true, "ky": true, "ala": true, "ariz": true, "md": true, "mich": true, "minn": true,
	"mo": true, "n.y": true, "no": false, "vs": true, "inc": true, "co": true, "corp": true,
}

// testDocument builds a document by hand with a whitespace-and-punctuation
// tokenizer, good enough for tests of stages that follow the language core:
// punctuation is split off, abbreviations keep their period, "'s" is split,
// and sentences end at ".", "!" and "?".
func testDocument(tb testing.TB, date, txt string) *text.Document {
	tb.Helper()
	doc := &text.Document{ID: "test", Text: txt}
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			tb.Fatalf("bad test date %q: %v", date, err)
		}
		doc.Date = d
	}
	add := func(s, e int) {
		if s < e {
			doc.Tokens = append(doc.Tokens, text.Token{Span: text.Span{Start: s, End: e}, Form: txt[s:e], Head: -1, MultiWord: -1})
		}
	}
	i := 0
	for i < len(txt) {
		r, size := utf8.DecodeRuneInString(txt[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(txt) {
			r, sz := utf8.DecodeRuneInString(txt[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += sz
		}
		chunkTokens(txt, i, j, add)
		i = j
	}
	for k := range doc.Tokens {
		if k+1 < len(doc.Tokens) {
			doc.Tokens[k].SpaceAfter = doc.Tokens[k].Span.End < doc.Tokens[k+1].Span.Start
		}
	}
	start := 0
	for k, t := range doc.Tokens {
		if t.Form == "." || t.Form == "!" || t.Form == "?" || k == len(doc.Tokens)-1 {
			doc.Sentences = append(doc.Sentences, text.Sentence{
				Start: start, End: k + 1,
				Span: text.Span{Start: doc.Tokens[start].Span.Start, End: t.Span.End},
			})
			start = k + 1
		}
	}
	return doc
}

func chunkTokens(txt string, s, e int, add func(int, int)) {
	const lead = "\"'“‘([«"
	const trail = "\"'”’)],;:!?»"
	for s < e {
		r, sz := utf8.DecodeRuneInString(txt[s:e])
		if !strings.ContainsRune(lead, r) {
			break
		}
		add(s, s+sz)
		s += sz
	}
	var tail [][2]int
	for e > s {
		r, sz := utf8.DecodeLastRuneInString(txt[s:e])
		if strings.ContainsRune(trail, r) {
			tail = append(tail, [2]int{e - sz, e})
			e -= sz
			continue
		}
		if r == '.' {
			word := txt[s : e-1]
			if strings.Contains(word, ".") || testAbbrevs[strings.ToLower(word)] || (utf8.RuneCountInString(word) == 1 && unicode.IsLetter(rune(word[0]))) {
				break
			}
			tail = append(tail, [2]int{e - 1, e})
			e--
			continue
		}
		break
	}
	for _, suf := range []string{"'s", "’s"} {
		if e-s > len(suf) && strings.HasSuffix(txt[s:e], suf) {
			tail = append(tail, [2]int{e - len(suf), e})
			e -= len(suf)
			break
		}
	}
	add(s, e)
	for k := len(tail) - 1; k >= 0; k-- {
		add(tail[k][0], tail[k][1])
	}
}

func parseDay(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }
