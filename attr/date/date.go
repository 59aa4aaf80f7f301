// Package date finds date expressions in sentences and resolves them against
// the document date.
//
// Rules (Expression.Rule): iso-date ("2023-06-19"), month-day-year ("Sept.
// 11, 2001"), day-month-year ("5 January 2023"), month-day and day-month
// (year inferred), month-year ("June 2022"), month ("in March"), year ("in
// 2019", "mid-2019"), weekday ("on Monday"), weekday-month-day ("Monday, June
// 12"), last-weekday / next-weekday / this-weekday, relative-day
// ("yesterday", "the day before yesterday"), last-night, this-part-of-day
// ("this morning"), last-/this-/next-week, -month, -year and -weekend,
// earlier-this-month and the like, last-month-name ("last December"),
// days-ago, weeks-ago, months-ago, years-ago, decades-ago, in-days ("in two
// days", future only), and document-date for the fallback of EventDate. A
// ":future" suffix marks a value inferred forward because of the future hint.
//
// Year inference: a month and day without a year is the latest such date on
// or before the document date (one day's leeway), or with the future hint
// the first on or after it; a bare month likewise; a bare weekday is the
// latest such day on or before the document date (the same day included, as
// in wire style), or with the future hint the first on or after it; "last
// Monday" is strictly before, "next Monday" strictly after. Weeks start on
// Monday. EventDate gives the future hint only to dates of the event's own
// clause, not to one of a past-tense clause above it ("said on Sunday that
// OPEC would meet"). The words the patterns use are data: lexicon.tsv.
package date

import (
	"strings"
	"time"

	"github.com/parleyproject/parley/text"
)

// Granularity is the size of the period an expression names.
type Granularity uint8

// Granularities, from finest to coarsest.
const (
	Day Granularity = iota + 1
	Week
	Month
	Year
)

// String returns "day", "week", "month" or "year".
func (g Granularity) String() string {
	switch g {
	case Day:
		return "day"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return "unknown"
}

// MarshalText writes the granularity's name.
func (g Granularity) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// Expression is a date expression found in a sentence and resolved to a
// period.
type Expression struct {
	// Span covers the expression in Document.Text, including a leading
	// preposition ("on Monday") when there is one.
	Span text.Span
	// Start and End delimit the expression in Document.Tokens.
	Start, End int
	// Value is the first day of the period (midnight UTC): the day itself,
	// the Monday of a week, the first of a month or January 1 of a year.
	Value       time.Time
	Granularity Granularity
	// Rule names the pattern that matched ("weekday", "month-day",
	// "days-ago", ...), or "document-date" for the fallback of EventDate.
	Rule string
}

// RuleDocumentDate is the rule of the expression EventDate returns when the
// sentence names no date.
const RuleDocumentDate = "document-date"

// Resolver finds and resolves date expressions with one lexicon. It is
// read-only and safe for concurrent use.
type Resolver struct {
	lex *Lexicon
}

// NewResolver returns a resolver over lex.
func NewResolver(lex *Lexicon) *Resolver { return &Resolver{lex: lex} }

// Find returns the date expressions of sentence i of doc in text order,
// resolved against doc.Date. future says the sentence speaks of a coming
// event: a bare weekday or a month without a year then resolves forward from
// the document date instead of backward. Expressions that need the document
// date are left out when doc.Date is zero. An out-of-range sentence yields
// nothing.
func (r *Resolver) Find(doc *text.Document, i int, future bool) []Expression {
	if doc == nil || i < 0 || i >= len(doc.Sentences) {
		return nil
	}
	s := doc.Sentences[i]
	if s.Start < 0 || s.End > len(doc.Tokens) || s.Start >= s.End {
		return nil
	}
	sc := scanner{lex: r.lex, doc: doc, toks: doc.Tokens[s.Start:s.End], base: s.Start, future: future}
	if !doc.Date.IsZero() {
		y, m, d := doc.Date.Date()
		sc.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		sc.hasRef = true
	}
	return sc.scan()
}

// EventDate returns the date of an event whose verb is token verb (an index
// in doc.Tokens) of sentence i: the sentence's date expression attached to the
// verb's clause in the dependency parse when the parse is there, else the
// expression nearest the verb that is not cut off from it by another verb.
// When the sentence names no date it returns the document date with rule
// RuleDocumentDate and an empty span. ok is false only when no date is known
// at all.
func (r *Resolver) EventDate(doc *text.Document, i, verb int, future bool) (e Expression, ok bool) {
	exprs := r.Find(doc, i, false)
	if len(exprs) > 0 {
		s := doc.Sentences[i]
		heading := headingOf(doc, s, exprs)
		if heading >= 0 {
			exprs[heading] = r.timelineYear(doc, i, exprs[heading])
		}
		if k := r.chooseForVerb(doc, s, exprs, verb); k >= 0 {
			// The future hint does not reach a date of a clause told in the
			// past: in "said on Sunday that OPEC would meet", Sunday is past.
			if future && !pastClauseDate(doc, s, exprs[k], verb) {
				if fut := r.Find(doc, i, true); len(fut) == len(exprs) {
					if k == heading {
						return r.timelineYear(doc, i, fut[k]), true
					}
					return fut[k], true
				}
			}
			return exprs[k], true
		}
		if heading >= 0 && datesItem(doc, exprs[heading], verb) {
			return exprs[heading], true
		}
	}
	if doc == nil || doc.Date.IsZero() {
		return Expression{}, false
	}
	y, m, d := doc.Date.Date()
	at := 0
	if i >= 0 && i < len(doc.Sentences) {
		at = doc.Sentences[i].Span.Start
	}
	return Expression{
		Span:        text.Span{Start: at, End: at},
		Start:       -1,
		End:         -1,
		Value:       time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
		Granularity: Day,
		Rule:        RuleDocumentDate,
	}, true
}

// Find resolves the date expressions of sentence i with the built-in lexicon;
// see Resolver.Find.
func Find(doc *text.Document, i int, future bool) []Expression {
	r, err := Default()
	if err != nil {
		return nil
	}
	return r.Find(doc, i, future)
}

// EventDate returns an event's date with the built-in lexicon; see
// Resolver.EventDate.
func EventDate(doc *text.Document, i, verb int, future bool) (Expression, bool) {
	r, err := Default()
	if err != nil {
		return Expression{}, false
	}
	return r.EventDate(doc, i, verb, future)
}

// chooseForVerb picks the expression that dates the event of verb, or -1
// when, in a parsed sentence, every expression dates another clause: one
// below the verb's ("told Blinken about the deal he reached last year") or
// beside it. An expression of a clause that contains the verb's ("On
// Monday, officials said troops attacked") still dates it.
func (r *Resolver) chooseForVerb(doc *text.Document, s text.Sentence, exprs []Expression, verb int) int {
	if verb < s.Start || verb >= s.End {
		return 0
	}
	parsed := hasParse(doc, s)
	best, bestScore := -1, int(^uint(0)>>1)
	for k, e := range exprs {
		if r.isBaseline(doc, s, e) || r.isDeadline(doc, s, e) {
			continue
		}
		score := tokenDistance(e, verb)
		if parsed {
			switch h := clauseHead(doc, s, e); {
			case h == verb:
			case h >= 0 && dominates(doc, s, h, verb):
				score += 1000
			default:
				continue
			}
		} else {
			score += 20 * verbsBetween(doc, e, verb)
		}
		if score < bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

// isDeadline reports whether the expression is a time limit still ahead
// of the document's date ("a deal to cut emissions by 2050", "will stay
// until Friday"), which dates no event. A past one ("had seized the town by
// Monday") bounds the event and dates it.
func (r *Resolver) isDeadline(doc *text.Document, s text.Sentence, e Expression) bool {
	j := e.Start
	return j >= s.Start && j < s.End && r.lex.deadline(doc.Tokens[j].Form) &&
		!doc.Date.IsZero() && e.Value.After(doc.Date)
}

// isBaseline reports whether the expression is the baseline of a
// comparison ("fell a quarter from a year ago", "higher than last year",
// "compared with 2019"), which dates no event.
func (r *Resolver) isBaseline(doc *text.Document, s text.Sentence, e Expression) bool {
	word := func(j int) string {
		if j < s.Start || j >= s.End {
			return ""
		}
		return strings.ToLower(doc.Tokens[j].Form)
	}
	for _, j := range []int{e.Start, e.Start - 1} {
		w := word(j)
		switch r.lex.comparison(w) {
		case compareDirect:
			return true
		case compareViaPrep:
			continue // "compared 2019 ..." is no baseline; "compared with" is
		}
		switch w {
		case "from":
			// "from a year ago", "from last year"; but "from Monday (to
			// Friday)" starts a period.
			for k := e.Start; k < e.End; k++ {
				if r.lex.pointsBack(doc.Tokens[k].Form) {
					return true
				}
			}
			return false
		case "with", "to":
			return r.lex.comparison(word(j-1)) == compareViaPrep
		}
	}
	return false
}

func tokenDistance(e Expression, verb int) int {
	switch {
	case verb < e.Start:
		return e.Start - verb
	case verb >= e.End:
		return verb - e.End + 1
	}
	return 0
}

// dominates reports whether token a is an ancestor of token b in sentence s.
func dominates(doc *text.Document, s text.Sentence, a, b int) bool {
	cur := doc.Tokens[b].Head
	for steps := 0; cur >= s.Start && cur < s.End && steps < s.Len(); steps++ {
		if cur == a {
			return true
		}
		cur = doc.Tokens[cur].Head
	}
	return false
}

// hasParse reports whether the sentence carries a dependency parse: some
// token has a head.
func hasParse(doc *text.Document, s text.Sentence) bool {
	for j := s.Start; j < s.End; j++ {
		if h := doc.Tokens[j].Head; h >= s.Start && h < s.End {
			return true
		}
	}
	return false
}

// clauseHead climbs from the expression's head to the first verb (or the
// root) above it and returns that token's index, or -1.
func clauseHead(doc *text.Document, s text.Sentence, e Expression) int {
	head := -1
	for j := e.Start; j < e.End; j++ {
		h := doc.Tokens[j].Head
		if h < e.Start || h >= e.End {
			head = j
			break
		}
	}
	if head < 0 {
		return -1
	}
	return clauseOf(doc, s, doc.Tokens[head].Head)
}

// pastClauseDate reports whether expression e dates another clause than the
// verb's, one in the past tense ("said on Sunday", "had agreed in May",
// "Fairfax in January said"); not a noun of that clause ("set a Sept 28
// vote").
func pastClauseDate(doc *text.Document, s text.Sentence, e Expression, verb int) bool {
	if !hasParse(doc, s) || e.Start < 0 {
		return false
	}
	h := clauseHead(doc, s, e)
	if h < 0 || h == clauseOf(doc, s, verb) {
		return false
	}
	attached := false
	for j := e.Start; j < e.End; j++ {
		g := doc.Tokens[j].Head
		if g == h || g >= s.Start && g < s.End && doc.Tokens[g].Head == h && strings.HasPrefix(doc.Tokens[g].DepRel, "nsubj") {
			attached = true
		}
	}
	if !attached {
		return false
	}
	switch doc.Tokens[h].XPOS {
	case "VBD":
		return true
	case "VBN":
		for j := s.Start; j < s.End; j++ {
			if t := &doc.Tokens[j]; t.Head == h && t.DepRel == "aux" && t.Lemma == "have" {
				return true
			}
		}
	}
	return false
}

// clauseOf returns the clause token cur belongs to: cur itself when it is a
// verb or heads a clause, else the first such token above it; -1 when none.
func clauseOf(doc *text.Document, s text.Sentence, cur int) int {
	for steps := 0; cur >= s.Start && cur < s.End && steps < s.Len(); steps++ {
		t := &doc.Tokens[cur]
		if t.UPOS == "VERB" || isClauseRel(t.DepRel) {
			return cur
		}
		cur = t.Head
	}
	return -1
}

func isClauseRel(rel string) bool {
	switch rel {
	case "root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj":
		return true
	}
	return false
}

// verbsBetween counts verbs (by part of speech) between the expression and the
// verb, a stand-in for clause boundaries when there is no parse.
func verbsBetween(doc *text.Document, e Expression, verb int) int {
	lo, hi := e.End, verb
	if verb < e.Start {
		lo, hi = verb+1, e.Start
	}
	n := 0
	for j := lo; j < hi; j++ {
		if doc.Tokens[j].UPOS == "VERB" {
			n++
		}
	}
	return n
}

// Timelines: chronologies and factboxes list events an item a sentence,
// each headed by its date and a dash or colon ("July 21 - Karadzic is
// arrested in Belgrade", "Aug 31, 2010: Regulators reject the bid"), and
// write the year on a year's first item only. A heading dates the events of
// its item that no date of their own clause dates, and a heading without a
// year is in the year of the nearest heading before it that has one.

// maxTimelineGap is how many sentences back a heading's year is looked for.
const maxTimelineGap = 40

// headingOf returns the index in exprs of the date heading sentence s, or
// -1: the sentence's first expression, with nothing but bullets before it
// and a dash or colon after it.
func headingOf(doc *text.Document, s text.Sentence, exprs []Expression) int {
	if len(exprs) == 0 {
		return -1
	}
	e := exprs[0]
	if e.Granularity != Day && e.Granularity != Month || e.End >= s.End {
		return -1
	}
	for j := s.Start; j < e.Start; j++ {
		switch doc.Tokens[j].Form {
		case "*", "-", "•", "·", "–", "—":
		default:
			return -1
		}
	}
	switch doc.Tokens[e.End].Form {
	case "-", "–", "—", "--", ":":
		return 0
	}
	return -1
}

// datesItem reports whether a heading dates the event of verb, which no
// date of its own clause dates: a heading with a year (written or from the
// timeline) always; one without only the event of a verb in the present or
// past tense, since a calendar of coming events ("June 26-27 - Meeting of
// G20 leaders", "SEPT 23 - Possible meeting") lists them as nouns and the
// year of those is not known.
func datesItem(doc *text.Document, heading Expression, verb int) bool {
	if writtenYear(heading) || strings.HasSuffix(heading.Rule, ":timeline") {
		return true
	}
	if verb < 0 || verb >= len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[verb].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// writtenYear reports whether an expression writes its year.
func writtenYear(e Expression) bool {
	switch strings.TrimPrefix(e.Rule, "weekday-") {
	case "iso-date", "month-day-year", "day-month-year", "month-year", "year":
		return true
	}
	return false
}

// timelineYear puts a heading without a year of sentence i in the year of
// the nearest earlier heading that has one.
func (r *Resolver) timelineYear(doc *text.Document, i int, e Expression) Expression {
	if rule := strings.TrimSuffix(e.Rule, ":future"); rule != "month-day" && rule != "day-month" {
		return e
	}
	for j := i - 1; j >= 0 && j >= i-maxTimelineGap; j-- {
		prev := r.Find(doc, j, false)
		h := headingOf(doc, doc.Sentences[j], prev)
		if h < 0 || !writtenYear(prev[h]) {
			continue
		}
		_, m, d := e.Value.Date()
		y := prev[h].Value.Year()
		if v := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); v.Month() == m {
			e.Value = v
			e.Rule = strings.TrimSuffix(e.Rule, ":future") + ":timeline"
		}
		return e
	}
	return e
}
