package date

import (
	"time"

	"github.com/parleyproject/parley/internal/english"
	"github.com/parleyproject/parley/text"
)

// scanner matches date patterns over the tokens of one sentence.
type scanner struct {
	lex    *Lexicon
	doc    *text.Document
	toks   []text.Token
	base   int // index of toks[0] in doc.Tokens
	future bool
	ref    time.Time // the document date at midnight UTC
	hasRef bool
}

// match is a pattern that matched tokens [start, end) of the sentence.
type match struct {
	end   int
	value time.Time
	gran  Granularity
	rule  string
}

func (sc *scanner) scan() []Expression {
	var out []Expression
	for j := 0; j < len(sc.toks); {
		if !sc.mayStart(j) {
			j++
			continue
		}
		m, ok := sc.match(j)
		if !ok || m.end <= j {
			j++
			continue
		}
		first, last := sc.toks[j], sc.toks[m.end-1]
		out = append(out, Expression{
			Span:        text.Span{Start: first.Span.Start, End: last.Span.End},
			Start:       sc.base + j,
			End:         sc.base + m.end,
			Value:       m.value,
			Granularity: m.gran,
			Rule:        m.rule,
		})
		j = m.end
	}
	return out
}

// mayStart is a cheap test that token j can begin an expression: a lexicon
// word, a "mid-" compound, a digit or "the".
func (sc *scanner) mayStart(j int) bool {
	f := sc.toks[j].Form
	if f == "" {
		return false
	}
	if c := f[0]; c >= '0' && c <= '9' {
		return true
	}
	if _, ok := sc.lex.words[f]; ok {
		return true
	}
	return f == "the" || f == "The" || hasMidPrefix(f)
}

func (sc *scanner) word(j int) word {
	if j < 0 || j >= len(sc.toks) {
		return word{}
	}
	return sc.lex.words[sc.toks[j].Form]
}

func (sc *scanner) kind(j int) wordKind { return sc.word(j).kind }

func (sc *scanner) form(j int) string {
	if j < 0 || j >= len(sc.toks) {
		return ""
	}
	return sc.toks[j].Form
}

func (sc *scanner) is(j int, lower ...string) bool {
	f := sc.form(j)
	for _, l := range lower {
		if equalFold(f, l) {
			return true
		}
	}
	return false
}

// capitalised reports whether token j starts with an upper-case letter.
func (sc *scanner) capitalised(j int) bool { return english.StartsUpper(sc.form(j)) }

// number parses token j as a number: digits, optionally followed by an
// ordinal suffix ("5th") or a range ("5-7", whose first number counts).
func (sc *scanner) number(j int) (n, digits int, ok bool) {
	f := sc.form(j)
	i := 0
	for i < len(f) && f[i] >= '0' && f[i] <= '9' && i < 6 {
		n = n*10 + int(f[i]-'0')
		i++
	}
	if i == 0 {
		return 0, 0, false
	}
	rest := f[i:]
	switch {
	case rest == "":
	case equalFold(rest, "st") || equalFold(rest, "nd") || equalFold(rest, "rd") || equalFold(rest, "th"):
	case rest[0] == '-' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' && i <= 2:
	default:
		return 0, 0, false
	}
	return n, i, true
}

// count parses token j as a small count: digits or a number word.
func (sc *scanner) count(j int) (int, bool) {
	if n, d, ok := sc.number(j); ok && d <= 3 {
		return n, true
	}
	if w := sc.word(j); w.kind == kindNumber {
		return w.val, true
	}
	return 0, false
}

// year parses token j as a four-digit year in [lo, hi].
func (sc *scanner) year(j, lo, hi int) (int, bool) {
	f := sc.form(j)
	if len(f) != 4 {
		return 0, false
	}
	n, d, ok := sc.number(j)
	if !ok || d != 4 || n < lo || n > hi {
		return 0, false
	}
	return n, true
}

// dayOfMonth parses token j as a day of the month, 1-31.
func (sc *scanner) dayOfMonth(j int) (int, bool) {
	n, d, ok := sc.number(j)
	if !ok || d > 2 || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// match tries every pattern at token j, a leading preposition first.
func (sc *scanner) match(j int) (match, bool) {
	if sc.kind(j) == kindPrep {
		if m, ok := sc.core(j+1, sc.toks[j].Form); ok {
			return m, true
		}
		return match{}, false
	}
	return sc.core(j, "")
}

// core tries the patterns at token j; prep is the preposition before it, or "".
func (sc *scanner) core(j int, prep string) (match, bool) {
	if j >= len(sc.toks) {
		return match{}, false
	}
	if m, ok := sc.isoDate(j); ok {
		return m, true
	}
	w := sc.word(j)
	switch w.kind {
	case kindEdge:
		return sc.edge(j + 1)
	case kindShift:
		return sc.shift(j, w.val)
	case kindMonth:
		return sc.monthFirst(j, prep, 0)
	case kindWeekday:
		return sc.weekday(j)
	case kindRelDay:
		return sc.relDay(j)
	case kindDeictic:
		return sc.deictic(j, w.val)
	case kindNumber:
		return sc.ago(j, prep)
	}
	if hasMidPrefix(sc.form(j)) {
		return sc.midCompound(j)
	}
	if sc.is(j, "the") {
		return sc.the(j, prep)
	}
	if _, _, ok := sc.number(j); ok {
		if m, ok := sc.dayFirst(j); ok {
			return m, true
		}
		if m, ok := sc.ago(j, prep); ok {
			return m, true
		}
		if prep != "" && isYearPrep(prep) {
			if y, ok := sc.year(j, 1900, 2100); ok {
				return match{end: j + 1, value: ymd(y, 1, 1), gran: Year, rule: "year"}, true
			}
		}
	}
	return match{}, false
}

func isYearPrep(p string) bool {
	switch {
	case equalFold(p, "on"), equalFold(p, "at"), equalFold(p, "over"), equalFold(p, "within"):
		return false
	}
	return true
}

// isoDate matches "2023-06-19".
func (sc *scanner) isoDate(j int) (match, bool) {
	f := sc.form(j)
	if len(f) != 10 || f[4] != '-' || f[7] != '-' {
		return match{}, false
	}
	y, ok1 := atoi(f[0:4])
	m, ok2 := atoi(f[5:7])
	d, ok3 := atoi(f[8:10])
	if !ok1 || !ok2 || !ok3 || !validDate(y, m, d) {
		return match{}, false
	}
	return match{end: j + 1, value: ymd(y, m, d), gran: Day, rule: "iso-date"}, true
}

// monthFirst matches "Jan. 5", "January 5, 2023", "June 2022", "June of
// 2022" and, after a preposition or modifier, a bare "March". edged is true
// after "early"/"mid"/"late".
func (sc *scanner) monthFirst(j int, prep string, edged int) (match, bool) {
	mon := sc.word(j).val
	k := j + 1
	if sc.form(k) == "." && len(sc.form(j)) <= 4 {
		if _, ok := sc.dayOfMonth(k + 1); ok {
			k++
		}
	}
	if d, ok := sc.dayOfMonth(k); ok {
		// "May 5" but not "May 2023" (a year is four digits).
		k++
		if f := sc.form(k); f == "-" || f == "–" {
			if _, ok := sc.dayOfMonth(k + 1); ok { // "June 7-8" split by the tokenizer
				k += 2
			}
		}
		end := k
		y, hasYear := 0, false
		if sc.form(k) == "," {
			if yy, ok := sc.year(k+1, 1000, 2999); ok {
				y, hasYear, end = yy, true, k+2
			}
		} else if yy, ok := sc.year(k, 1000, 2999); ok {
			y, hasYear, end = yy, true, k+1
		}
		if hasYear {
			if !validDate(y, mon, d) {
				return match{}, false
			}
			return match{end: end, value: ymd(y, mon, d), gran: Day, rule: "month-day-year"}, true
		}
		return sc.monthDay(end, mon, d, "month-day")
	}
	if y, ok := sc.year(k, 1000, 2999); ok {
		return match{end: k + 1, value: ymd(y, mon, 1), gran: Month, rule: "month-year"}, true
	}
	if sc.is(k, "of") {
		if y, ok := sc.year(k+1, 1000, 2999); ok {
			return match{end: k + 2, value: ymd(y, mon, 1), gran: Month, rule: "month-year"}, true
		}
	}
	// A bare month needs a preposition or modifier before it and a capital:
	// "in March", "since May", "late June"; never the verb "may" or "march".
	if (prep == "" && edged == 0) || !sc.capitalised(j) {
		return match{}, false
	}
	if equalFold(sc.form(j), "may") && sc.looksVerbal(j+1) {
		return match{}, false
	}
	return sc.bareMonth(j+1, mon, 0, "month")
}

// looksVerbal reports whether token j is a verb, which makes a preceding
// "May" a name or a modal rather than a month.
func (sc *scanner) looksVerbal(j int) bool {
	if j >= len(sc.toks) {
		return false
	}
	switch sc.toks[j].UPOS {
	case "VERB", "AUX":
		return true
	}
	return sc.is(j, "said", "says", "told", "has", "have", "was", "is", "will", "would")
}

// bareMonth resolves a month named without a year. dir is -1 for "last
// March", +1 for "next March", 0 to follow the tense.
func (sc *scanner) bareMonth(end, mon, dir int, rule string) (match, bool) {
	if !sc.hasRef {
		return match{}, false
	}
	ry, rm, _ := sc.ref.Date()
	y := ry
	switch {
	case dir < 0:
		if mon >= int(rm) {
			y--
		}
	case dir > 0:
		if mon <= int(rm) {
			y++
		}
	case sc.future:
		if mon < int(rm) {
			y++
		}
		rule += ":future"
	default:
		if mon > int(rm) {
			y--
		}
	}
	return match{end: end, value: ymd(y, mon, 1), gran: Month, rule: rule}, true
}

// monthDay resolves a month and day without a year: the latest such date on
// or before the document date (a day's leeway for time zones), or with the
// future hint the first on or after it.
func (sc *scanner) monthDay(end, mon, d int, rule string) (match, bool) {
	if !sc.hasRef || d > daysIn(2024, mon) {
		return match{}, false
	}
	ry := sc.ref.Year()
	var best time.Time
	found := false
	for y := ry - 1; y <= ry+1; y++ {
		if !validDate(y, mon, d) {
			continue
		}
		t := ymd(y, mon, d)
		if sc.future {
			if !t.Before(sc.ref.AddDate(0, 0, -1)) && (!found || t.Before(best)) {
				best, found = t, true
			}
		} else if !t.After(sc.ref.AddDate(0, 0, 1)) && (!found || t.After(best)) {
			best, found = t, true
		}
	}
	if !found {
		return match{}, false
	}
	if sc.future {
		rule += ":future"
	}
	return match{end: end, value: best, gran: Day, rule: rule}, true
}

// dayFirst matches "5 January", "5 January 2023" and "5th of January".
func (sc *scanner) dayFirst(j int) (match, bool) {
	d, ok := sc.dayOfMonth(j)
	if !ok {
		return match{}, false
	}
	k := j + 1
	if sc.is(k, "of") && sc.kind(k+1) == kindMonth {
		k++
	}
	if sc.kind(k) != kindMonth || !sc.capitalised(k) {
		return match{}, false
	}
	mon := sc.word(k).val
	k++
	y, end, hasYear := 0, k, false
	if sc.form(k) == "," {
		if yy, ok := sc.year(k+1, 1000, 2999); ok {
			y, end, hasYear = yy, k+2, true
		}
	} else if yy, ok := sc.year(k, 1000, 2999); ok {
		y, end, hasYear = yy, k+1, true
	}
	if hasYear {
		if !validDate(y, mon, d) {
			return match{}, false
		}
		return match{end: end, value: ymd(y, mon, d), gran: Day, rule: "day-month-year"}, true
	}
	return sc.monthDay(k, mon, d, "day-month")
}

// the matches "the 5th of January", "the weekend" (after "over", "during",
// "at") and "the day before yesterday".
func (sc *scanner) the(j int, prep string) (match, bool) {
	if _, ok := sc.dayOfMonth(j + 1); ok {
		return sc.dayFirst(j + 1)
	}
	if w := sc.word(j + 1); w.kind == kindUnit && w.val == unitWeekend && prep != "" {
		return sc.weekend(j+2, 0, "weekend")
	}
	if sc.is(j+1, "day") && sc.kind(j+3) == kindRelDay {
		rel := sc.word(j + 3).val
		switch {
		case sc.is(j+2, "before") && rel < 0:
			return sc.days(j+4, rel-1, "relative-day")
		case sc.is(j+2, "after") && rel > 0:
			return sc.days(j+4, rel+1, "relative-day")
		}
	}
	return match{}, false
}

// edge matches what follows "early", "mid" or "late": a month, a year, a
// weekday or a deictic phrase ("late last year").
func (sc *scanner) edge(j int) (match, bool) {
	switch sc.kind(j) {
	case kindMonth:
		return sc.monthFirst(j, "", 1)
	case kindWeekday:
		return sc.weekday(j)
	case kindRelDay:
		return sc.relDay(j)
	case kindDeictic:
		return sc.deictic(j, sc.word(j).val)
	}
	if y, ok := sc.year(j, 1900, 2100); ok {
		return match{end: j + 1, value: ymd(y, 1, 1), gran: Year, rule: "year"}, true
	}
	return match{}, false
}

func hasMidPrefix(f string) bool {
	return len(f) > 4 && equalFold(f[:4], "mid-")
}

// midCompound matches "mid-March" and "mid-2019" written as one token.
func (sc *scanner) midCompound(j int) (match, bool) {
	rest := sc.form(j)[4:]
	if w, ok := sc.lex.words[rest]; ok && w.kind == kindMonth {
		if y, ok := sc.year(j+1, 1000, 2999); ok {
			return match{end: j + 2, value: ymd(y, w.val, 1), gran: Month, rule: "month-year"}, true
		}
		return sc.bareMonth(j+1, w.val, 0, "month")
	}
	if y, ok := atoi(rest); ok && len(rest) == 4 && y >= 1900 && y <= 2100 {
		return match{end: j + 1, value: ymd(y, 1, 1), gran: Year, rule: "year"}, true
	}
	return match{}, false
}

// shift matches "earlier this month", "later this week", "earlier today",
// "earlier Monday" and "earlier in the year".
func (sc *scanner) shift(j, dir int) (match, bool) {
	k := j + 1
	name := "earlier-"
	if dir > 0 {
		name = "later-"
	}
	switch sc.kind(k) {
	case kindDeictic:
		if sc.word(k).val == 0 {
			if m, ok := sc.deictic(k, 0); ok {
				m.rule = name + m.rule
				return m, true
			}
		}
		return match{}, false
	case kindRelDay:
		return sc.relDay(k)
	case kindWeekday:
		return sc.weekday(k)
	}
	if sc.is(k, "in") && sc.is(k+1, "the") {
		if w := sc.word(k + 2); w.kind == kindUnit && w.val != unitDay && w.val != unitWeekend {
			m, ok := sc.period(k+3, w.val, 0)
			if ok {
				m.rule = name + "this-" + unitName(w.val)
			}
			return m, ok
		}
	}
	return match{}, false
}

// weekday matches "Monday", "Monday night" and "Monday, Jan. 5".
func (sc *scanner) weekday(j int) (match, bool) {
	if !sc.capitalised(j) {
		return match{}, false
	}
	wd := sc.word(j).val
	k := j + 1
	if sc.form(k) == "." && len(sc.form(j)) <= 4 {
		k++
	}
	if sc.kind(k) == kindPartOfDay {
		k++
	}
	// An explicit date beside the weekday wins: "Monday, Jan. 5".
	c := k
	if sc.form(c) == "," {
		c++
	}
	if sc.kind(c) == kindMonth {
		if m, ok := sc.monthFirst(c, "", 0); ok && m.gran == Day {
			m.rule = "weekday-" + m.rule
			return m, true
		}
	}
	if _, ok := sc.dayOfMonth(c); ok && sc.kind(c+1) == kindMonth {
		if m, ok := sc.dayFirst(c); ok {
			m.rule = "weekday-" + m.rule
			return m, true
		}
	}
	return sc.weekdayAt(k, wd, 0, "weekday")
}

// weekdayAt resolves a weekday. dir is -1 for "last Monday" (strictly
// before the document date), +1 for "next Monday" (strictly after), 0 for the
// tense: the latest on or before the document date, or with the future hint
// the first on or after it.
func (sc *scanner) weekdayAt(end, wd, dir int, rule string) (match, bool) {
	if !sc.hasRef {
		return match{}, false
	}
	cur := int(sc.ref.Weekday())
	var off int
	switch {
	case dir < 0:
		off = -((cur-wd+6)%7 + 1)
	case dir > 0:
		off = (wd-cur+6)%7 + 1
	case sc.future:
		off = (wd - cur + 7) % 7
		rule += ":future"
	default:
		off = -((cur - wd + 7) % 7)
	}
	return match{end: end, value: sc.ref.AddDate(0, 0, off), gran: Day, rule: rule}, true
}

// relDay matches "yesterday", "today", "tomorrow", "tonight", with an
// optional part of the day ("yesterday morning").
func (sc *scanner) relDay(j int) (match, bool) {
	k := j + 1
	if sc.kind(k) == kindPartOfDay && !equalFold(sc.form(j), "tonight") {
		k++
	}
	return sc.days(k, sc.word(j).val, "relative-day")
}

// days returns the day off days after the document date.
func (sc *scanner) days(end, off int, rule string) (match, bool) {
	if !sc.hasRef {
		return match{}, false
	}
	return match{end: end, value: sc.ref.AddDate(0, 0, off), gran: Day, rule: rule}, true
}

// deictic matches "last week", "this month", "next year", "last Monday",
// "last night", "this morning", "last March", "this weekend".
func (sc *scanner) deictic(j, dir int) (match, bool) {
	k := j + 1
	name := deicticName(dir)
	past := equalFold(sc.form(j), "past") || equalFold(sc.form(j), "previous")
	switch w := sc.word(k); w.kind {
	case kindWeekday:
		if !sc.capitalised(k) {
			return match{}, false
		}
		end := k + 1
		if sc.kind(end) == kindPartOfDay {
			end++
		}
		return sc.weekdayAt(end, w.val, dir, name+"-weekday")
	case kindPartOfDay:
		switch {
		case dir < 0 && !past && (equalFold(w.lower, "night") || equalFold(w.lower, "evening")):
			return sc.days(k+1, -1, "last-night")
		case dir == 0:
			return sc.days(k+1, 0, "this-part-of-day")
		}
	case kindMonth:
		if !sc.capitalised(k) || past {
			return match{}, false
		}
		return sc.bareMonth(k+1, w.val, dir, name+"-month-name")
	case kindUnit:
		if w.val == unitWeekend {
			return sc.weekend(k+1, dir, name+"-weekend")
		}
		if past || w.val == unitDay {
			// "the past week" is a duration, not a date.
			return match{}, false
		}
		m, ok := sc.period(k+1, w.val, dir)
		if ok {
			m.rule = name + "-" + unitName(w.val)
		}
		return m, ok
	}
	return match{}, false
}

func deicticName(dir int) string {
	switch {
	case dir < 0:
		return "last"
	case dir > 0:
		return "next"
	}
	return "this"
}

func unitName(u int) string {
	switch u {
	case unitDay:
		return "day"
	case unitWeek:
		return "week"
	case unitMonth:
		return "month"
	case unitYear:
		return "year"
	case unitDecade:
		return "decade"
	}
	return "weekend"
}

// period returns the week, month or year dir steps from the document date's.
func (sc *scanner) period(end, unit, dir int) (match, bool) {
	if !sc.hasRef {
		return match{}, false
	}
	y, m, _ := sc.ref.Date()
	switch unit {
	case unitWeek:
		return match{end: end, value: weekStart(sc.ref).AddDate(0, 0, 7*dir), gran: Week}, true
	case unitMonth:
		return match{end: end, value: time.Date(y, m+time.Month(dir), 1, 0, 0, 0, 0, time.UTC), gran: Month}, true
	case unitYear:
		return match{end: end, value: ymd(y+dir, 1, 1), gran: Year}, true
	}
	return match{}, false
}

// weekend resolves a weekend to its Saturday: the last one on or before the
// document date, the next one with the future hint; dir forces a direction.
func (sc *scanner) weekend(end, dir int, rule string) (match, bool) {
	if dir == 0 && sc.hasRef && sc.ref.Weekday() == time.Sunday {
		return sc.days(end, -1, rule)
	}
	return sc.weekdayAt(end, int(time.Saturday), dir, rule)
}

// ago matches "two days ago", "a week ago", "3 years ago" and, after "in" or
// "within" with the future hint, "in two days".
func (sc *scanner) ago(j int, prep string) (match, bool) {
	k := j
	if sc.is(j, "a", "an") && sc.kind(j+1) == kindNumber { // "a couple of days ago"
		k++
	}
	n, ok := sc.count(k)
	if !ok {
		return match{}, false
	}
	k++
	if sc.is(k, "of") { // "a couple of days ago"
		k++
	}
	w := sc.word(k)
	if w.kind != kindUnit || w.val == unitWeekend {
		return match{}, false
	}
	unit := w.val
	switch {
	case sc.kind(k+1) == kindAgo:
		return sc.shifted(k+2, unit, -n, unitName(unit)+"s-ago")
	case sc.future && (equalFold(prep, "in") || equalFold(prep, "within")):
		return sc.shifted(k+1, unit, n, "in-"+unitName(unit)+"s")
	}
	return match{}, false
}

// shifted returns the document date moved by n units, at that unit's
// granularity.
func (sc *scanner) shifted(end, unit, n int, rule string) (match, bool) {
	if !sc.hasRef || n > 1000 || n < -1000 {
		return match{}, false
	}
	y, m, _ := sc.ref.Date()
	switch unit {
	case unitDay:
		return match{end: end, value: sc.ref.AddDate(0, 0, n), gran: Day, rule: rule}, true
	case unitWeek:
		return match{end: end, value: weekStart(sc.ref.AddDate(0, 0, 7*n)), gran: Week, rule: rule}, true
	case unitMonth:
		return match{end: end, value: time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC), gran: Month, rule: rule}, true
	case unitYear:
		return match{end: end, value: ymd(y+n, 1, 1), gran: Year, rule: rule}, true
	case unitDecade:
		return match{end: end, value: ymd(y+10*n, 1, 1), gran: Year, rule: rule}, true
	}
	return match{}, false
}

func weekStart(t time.Time) time.Time {
	off := (int(t.Weekday()) + 6) % 7 // days since Monday
	return t.AddDate(0, 0, -off)
}

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() }

func validDate(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// equalFold compares an ASCII word case-insensitively without allocating.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
