package date

import (
	"time"

	"github.com/parleyproject/parley/internal/english"
	"github.com/parleyproject/parley/text"
)

// maxDatelinePlace is how many words and commas of a place a dateline may
// open with before its date ("BULAWAYO, Zimbabwe, Jun 23 2022 (IPS) -").
const maxDatelinePlace = 8

// DatelineDate returns the date of a dateline that opens the document: a
// full date (day, month and written year) after at most a place's
// capitalised words and commas, and followed by the dateline's end, a dash
// or a colon, with an agency in parentheses before it or not ("KIGALI, Jun
// 15 2022 (IPS) - …", "New York (November 25, 2021): …"). A date anywhere
// else says when something happened, not when the story was written.
func (r *Resolver) DatelineDate(doc *text.Document) (time.Time, bool) {
	if doc == nil || len(doc.Sentences) == 0 {
		return time.Time{}, false
	}
	s := doc.Sentences[0]
	if s.Start < 0 || s.End > len(doc.Tokens) || s.Start >= s.End {
		return time.Time{}, false
	}
	sc := scanner{lex: r.lex, doc: doc, toks: doc.Tokens[s.Start:s.End], base: s.Start}
	exprs := sc.scan()
	if len(exprs) == 0 {
		return time.Time{}, false
	}
	e := exprs[0]
	if e.Granularity != Day || !writtenYear(e) || e.Start-s.Start > maxDatelinePlace {
		return time.Time{}, false
	}
	open := false
	for k := s.Start; k < e.Start; k++ {
		switch f := doc.Tokens[k].Form; {
		case f == ",":
		case f == "(" && k == e.Start-1:
			open = true
		case !english.StartsUpper(f):
			return time.Time{}, false
		}
	}
	k := e.End
	if open {
		if k >= s.End || doc.Tokens[k].Form != ")" {
			return time.Time{}, false
		}
		k++
	} else if k < s.End && doc.Tokens[k].Form == "(" {
		// The agency: "(IPS)", "(Reuters)".
		j := k + 1
		for j < s.End && j <= k+4 && doc.Tokens[j].Form != ")" {
			j++
		}
		if j >= s.End || doc.Tokens[j].Form != ")" {
			return time.Time{}, false
		}
		k = j + 1
	}
	if k >= s.End || !datelineEnd(doc.Tokens[k].Form) {
		return time.Time{}, false
	}
	return e.Value, true
}

// datelineEnd reports whether a token ends a dateline: a dash or a colon.
func datelineEnd(f string) bool {
	switch f {
	case "-", "--", "—", "–", ":":
		return true
	}
	return false
}
