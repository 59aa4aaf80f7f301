package petrarch

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
)

// Actor is an entry of a legacy actor dictionary: a name, its synonyms
// ("+NAME" lines) and its codes, possibly restricted to dates.
type Actor struct {
	Names [][]string // uppercase words; the first is the primary name
	Codes []DatedCode
	Line  int
}

// DatedCode is a code block: "[CODE]", "[CODE >YYMMDD]", "[CODE <YYMMDD]" or
// "[CODE YYMMDD-YYMMDD]".
type DatedCode struct {
	// Codes holds one code, or several for a TABARI "A/B" block (the actor
	// stands for both).
	Codes []string
	// From and To bound the period the code holds (inclusive); a zero
	// time is open.
	From, To time.Time
	Line     int
}

// Dated reports whether the code holds only over a period.
func (c DatedCode) Dated() bool { return !c.From.IsZero() || !c.To.IsZero() }

// ReadActors reads a legacy actor dictionary. It returns the entries it
// could read and a Problem for every entry or code block it skipped (an
// entry none of whose codes could be read is skipped as a whole).
func ReadActors(r io.Reader, file string) ([]Actor, []Problem) {
	lines, probs := readLines(r, file, commentStyle{semicolon: true})
	ar := actorReader{file: file, probs: probs}
	for _, ln := range lines {
		s := strings.TrimSpace(ln.text)
		switch {
		case strings.HasPrefix(s, "["):
			if ar.cur == nil {
				ar.problem(ln.n, "code outside an entry", truncate(s))
				continue
			}
			ar.codes(ln.n, s)
		case strings.HasPrefix(s, "+"):
			if ar.cur == nil {
				ar.problem(ln.n, "synonym outside an entry", truncate(s))
				continue
			}
			ar.name(ln.n, s[1:], false)
		default:
			ar.flush()
			ar.name(ln.n, s, true)
		}
	}
	ar.flush()
	return ar.out, ar.probs
}

type actorReader struct {
	file  string
	probs []Problem
	out   []Actor
	cur   *Actor
	bad   bool // the current entry had a code block that could not be read
}

func (ar *actorReader) problem(n int, reason, detail string) {
	ar.probs = append(ar.probs, Problem{ar.file, n, reason, detail})
}

// name reads a primary name (first set) or a synonym with optional codes.
func (ar *actorReader) name(n int, s string, first bool) {
	text, blocks, ok := cutCodes(s)
	if !ok {
		ar.problem(n, "bad code block", truncate(s))
		if first {
			ar.cur, ar.bad = &Actor{Line: n}, true // its synonyms and codes go with it
		}
		return
	}
	words := splitName(text)
	if len(words) > 0 && !validName(words) {
		ar.problem(n, "bad word in a name", truncate(s))
		words = nil
	}
	if first {
		ar.cur, ar.bad = &Actor{Line: n}, false
	}
	if len(words) == 0 {
		if first {
			ar.bad = true
			if text == "" {
				ar.problem(n, "entry without a name", truncate(s))
			}
		}
		return
	}
	ar.cur.Names = append(ar.cur.Names, words)
	for _, b := range blocks {
		ar.block(n, b)
	}
}

// codes reads a line of code blocks.
func (ar *actorReader) codes(n int, s string) {
	text, blocks, ok := cutCodes(s)
	if !ok || text != "" {
		ar.problem(n, "bad code block", truncate(s))
		ar.bad = true
		return
	}
	for _, b := range blocks {
		ar.block(n, b)
	}
}

// block reads the inside of one [...] block.
func (ar *actorReader) block(n int, b string) {
	dc, why := parseDatedCode(b)
	if why != "" {
		ar.problem(n, why, "["+truncate(b)+"]")
		ar.bad = true
		return
	}
	dc.Line = n
	ar.cur.Codes = append(ar.cur.Codes, dc)
}

// flush ends the current entry.
func (ar *actorReader) flush() {
	a := ar.cur
	ar.cur = nil
	if a == nil || len(a.Names) == 0 {
		return
	}
	if len(a.Codes) == 0 {
		if !ar.bad {
			ar.problem(a.Line, "entry without a code", strings.Join(a.Names[0], "_"))
		}
		return
	}
	ar.out = append(ar.out, *a)
}

// parseDatedCode reads "CODE", "CODE >DATE", "CODE <DATE", "CODE DATE-DATE"
// (blanks allowed around the marks); it returns why it cannot.
func parseDatedCode(s string) (DatedCode, string) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}, "empty code block"
	}
	var dc DatedCode
	for _, c := range strings.Split(f[0], "/") {
		c = strings.ToUpper(c)
		if !validActorCode(c) {
			return DatedCode{}, "bad actor code"
		}
		dc.Codes = append(dc.Codes, c)
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return dc, ""
	}
	var err error
	switch {
	case rest[0] == '<':
		var d time.Time
		if d, err = parseLegacyDate(rest[1:]); err == nil {
			dc.To = d.AddDate(0, 0, -1)
		}
	case rest[0] == '>':
		var d time.Time
		if d, err = parseLegacyDate(rest[1:]); err == nil {
			dc.From = d.AddDate(0, 0, 1)
		}
	default:
		from, to, ok := strings.Cut(rest, "-")
		if !ok {
			return DatedCode{}, "bad date restriction"
		}
		if dc.From, err = parseLegacyDate(from); err == nil {
			dc.To, err = parseLegacyDate(to)
		}
		if err == nil && dc.To.Before(dc.From) {
			return DatedCode{}, "date range ends before it starts"
		}
	}
	if err != nil {
		return DatedCode{}, err.Error()
	}
	return dc, ""
}

// validActorCode accepts CAMEO-style codes: capital letters in chunks of
// three, "---" for no country.
func validActorCode(c string) bool {
	if len(c) < 3 || len(c)%3 != 0 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if (c[i] < 'A' || c[i] > 'Z') && !(i < 3 && c[:3] == "---") {
			return false
		}
	}
	return true
}

var errBadDate = errors.New("bad date (want YYMMDD or YYYYMMDD)")

// parseLegacyDate reads YYMMDD (years 00–30 are 20YY, others 19YY, as in
// KEDS, TABARI and PETRARCH) or YYYYMMDD.
func parseLegacyDate(s string) (time.Time, error) {
	var y, m, d int
	var err error
	switch len(s) {
	case 6:
		if y, err = strconv.Atoi(s[:2]); err != nil {
			break
		}
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		m, err = strconv.Atoi(s[2:4])
		if err == nil {
			d, err = strconv.Atoi(s[4:6])
		}
	case 8:
		if y, err = strconv.Atoi(s[:4]); err != nil {
			break
		}
		m, err = strconv.Atoi(s[4:6])
		if err == nil {
			d, err = strconv.Atoi(s[6:8])
		}
	default:
		return time.Time{}, errBadDate
	}
	if err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, errBadDate
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, errBadDate
	}
	return t, nil
}
