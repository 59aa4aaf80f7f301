package segment

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
	"github.com/parleyproject/parley/tokenize"
)

// Name identifies this segmenter and its rules in model metadata.
const Name = "parley.segment.english.v1"

// DefaultMaxWords is the default cap on sentence length, in tokens.
const DefaultMaxWords = 200

// Options configure a Segmenter.
type Options struct {
	// MaxWords caps the number of tokens in a sentence; 0 means
	// DefaultMaxWords. Values below 2 are raised to 2.
	MaxWords int
}

// Segmenter finds sentence boundaries. It is read-only and safe for
// concurrent use.
type Segmenter struct {
	tok      *tokenize.Tokenizer
	lex      *tokenize.Lexicon
	rules    *Rules
	maxWords int
}

// New returns a segmenter that tokenizes with tok (whose lexicon also gives
// the abbreviation classes) and applies rules.
func New(tok *tokenize.Tokenizer, rules *Rules, opts Options) *Segmenter {
	m := opts.MaxWords
	if m == 0 {
		m = DefaultMaxWords
	}
	return &Segmenter{tok: tok, lex: tok.Lexicon(), rules: rules, maxWords: max(m, 2)}
}

var defaultSegmenter = sync.OnceValue(func() *Segmenter {
	return New(tokenize.Default(), EnglishRules(), Options{})
})

// Default returns the segmenter built on the embedded English lexicon and
// rules. It is built once and shared by every caller; a Segmenter is
// read-only.
func Default() *Segmenter { return defaultSegmenter() }

// Segment splits toks with the default segmenter; see Segmenter.Segment.
func Segment(src string, toks []text.Token) []text.Sentence { return Default().Segment(src, toks) }

// Split fills doc.Tokens and doc.Sentences from doc.Text with the default
// tokenizer and segmenter.
func Split(doc *text.Document) { Default().Split(doc) }

// Split fills doc.Tokens and doc.Sentences from doc.Text, replacing what
// they held.
func (sg *Segmenter) Split(doc *text.Document) {
	if cap(doc.Tokens) == 0 {
		// News text runs at about one token per five or six bytes; room
		// for that spares the tokens' repeated copying as the slice grows.
		doc.Tokens = make([]text.Token, 0, len(doc.Text)/5+16)
	}
	doc.Tokens = sg.tok.Append(doc.Tokens[:0], doc.Text)
	doc.Sentences = sg.Segment(doc.Text, doc.Tokens)
}

// Segment partitions toks, the tokens of src in order, into sentences. The
// sentences cover every token once, in order, never split a multiword token,
// and the first starts a paragraph. It runs in time linear in len(src) +
// len(toks).
func (sg *Segmenter) Segment(src string, toks []text.Token) []text.Sentence {
	n := len(toks)
	if n == 0 {
		return nil
	}
	st := &state{sg: sg, src: src, toks: toks}
	st.detectLayout()
	out := make([]text.Sentence, 0, n/12+1)
	start, para := 0, true
	dateline := st.dateline(0)
	if dateline < 0 {
		dateline = st.heading(0)
	}
	for i := 0; i < n-1; i++ {
		brk, newPara := false, false
		if i == dateline {
			brk = true
		} else {
			brk, newPara = st.boundary(i, start)
			if !brk && st.creditLine(i+1) {
				brk = true
			}
		}
		if !brk && i+1-start >= sg.maxWords {
			if j := st.bestBreak(start, i); j >= start {
				out = append(out, st.sentence(start, j+1, para))
				start, para = j+1, false
				continue
			}
		}
		if brk {
			out = append(out, st.sentence(start, i+1, para))
			start, para = i+1, newPara
			if newPara {
				dateline = st.dateline(start)
			}
			if start > dateline {
				// A sub-heading may open any sentence: news text often
				// comes with its paragraphs run together.
				dateline = st.heading(start)
			}
		}
	}
	return append(out, st.sentence(start, n, para))
}

type state struct {
	sg   *Segmenter
	src  string
	toks []text.Token
	// wrapped: single line breaks are spaces; lines: each line is a paragraph.
	wrapped, lines bool
}

func (st *state) sentence(a, b int, para bool) text.Sentence {
	return text.Sentence{
		Start: a, End: b,
		Span:           text.Span{Start: st.toks[a].Span.Start, End: st.toks[b-1].Span.End},
		ParagraphStart: para,
	}
}

// newlines counts the line breaks between token i and token i+1, up to 2.
func (st *state) newlines(i int) int {
	a, b := st.toks[i].Span.End, st.toks[i+1].Span.Start
	if a < 0 || b > len(st.src) || b <= a {
		return 0 // also tokens whose spans do not fit the text
	}
	if b-a == 1 && st.src[a] == ' ' {
		return 0
	}
	n := 0
	for k := a; k < b && k < len(st.src); k++ {
		switch c := st.src[k]; c {
		case '\n':
			n++
		case '\r':
			if k+1 >= b || st.src[k+1] != '\n' {
				n++
			}
		case 0xe2: // U+2028 line separator, U+2029 paragraph separator
			if k+2 < b && st.src[k+1] == 0x80 {
				switch st.src[k+2] {
				case 0xa8:
					n++
				case 0xa9:
					n += 2
				}
			}
		}
		if n >= 2 {
			return 2
		}
	}
	return n
}

// Hard-wrapped text: lines that a single line break ends are mostly near
// their common width, and that width is at most maxWrapWidth bytes.
const (
	maxWrapWidth = 120
	minWrapLines = 3
)

// detectLayout decides how single line breaks are read. Text is hard-wrapped
// when at least minWrapLines lines end in a single line break, 90% of them
// are at most maxWrapWidth bytes long, and at least half reach 60% of that
// 90th-percentile width. Text without blank lines that is not hard-wrapped
// has one paragraph per line.
func (st *state) detectLayout() {
	var hist [maxWrapWidth + 2]int // line lengths, the last bucket for longer lines
	blank, candidates := false, 0
	src := st.src
	prevLen, prevBlank := -1, true // -1: no previous line
	for pos := 0; pos <= len(src); {
		end := strings.IndexByte(src[pos:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += pos
		}
		line := strings.TrimRight(src[pos:end], " \t\r")
		isBlank := strings.TrimLeft(line, " \t") == ""
		if !isBlank && prevLen >= 0 && !prevBlank {
			candidates++
			hist[min(prevLen, maxWrapWidth+1)]++
		}
		if isBlank && prevLen >= 0 && !prevBlank && end < len(src) {
			blank = true
		}
		prevLen, prevBlank = len(line), isBlank
		pos = end + 1
	}
	if candidates >= minWrapLines {
		// 90th percentile of the lengths, then the share of lines near it.
		p90, seen := 0, 0
		for l, c := range hist {
			seen += c
			if seen*10 >= candidates*9 {
				p90 = l
				break
			}
		}
		if p90 <= maxWrapWidth {
			full := 0
			for l := p90 * 6 / 10; l < len(hist); l++ {
				full += hist[l]
			}
			st.wrapped = full*2 >= candidates
		}
	}
	st.lines = !blank && !st.wrapped
}

func (st *state) form(i int) string { return st.toks[i].Form }

// inGroup reports whether tokens i and i+1 are words of one surface token.
func (st *state) inGroup(i int) bool {
	mw := st.toks[i].MultiWord
	return mw >= 0 && st.toks[i+1].MultiWord == mw
}

// closer reports whether token i closes a quotation or bracket.
func (st *state) closer(i int) bool {
	t := st.toks[i]
	if t.MultiWord >= 0 {
		return false // the apostrophe of "parents'"
	}
	switch t.Form {
	case ")", "]", "}", "”", "’", "»", "›", "''", "’’":
		return true
	case "\"", "'":
		return i > 0 && !st.toks[i-1].SpaceAfter
	}
	return false
}

// boundary decides whether a sentence ends after token i; start is the
// first token of the current sentence.
func (st *state) boundary(i, start int) (brk, newPara bool) {
	nl := st.newlines(i)
	if nl >= 2 {
		return true, true
	}
	if st.inGroup(i) {
		return false, false
	}
	if nl == 0 && !st.toks[i].SpaceAfter && st.closer(i+1) {
		return false, false // the closing quote or bracket decides
	}
	k := st.skipClosers(i, start)
	f := st.form(k)
	switch {
	case terminal(f):
		return st.afterTerminal(k, i, start, nl), nl == 1 && st.lines
	case abbreviation(f):
		return st.afterAbbreviation(k, i, nl), nl == 1 && st.lines
	}
	if nl == 1 {
		next := st.form(i + 1)
		switch {
		case st.wrapped:
			return bullet(next), false
		case st.lines:
			// Each line is a paragraph unless it plainly runs on.
			return !(continues(st.form(i)) && lowerStart(next)), true
		default:
			// A headline or list item inside a paragraph.
			return !continues(st.form(i)) && !lowerStart(next), false
		}
	}
	return false, false
}

// skipClosers returns the last token at or before i that is not a closing
// quote or bracket or a citation mark ("[12]") after a sentence end.
func (st *state) skipClosers(i, start int) int {
	k := i
	for k > start && (st.closer(k) || st.sg.lex.Emoticon(st.form(k))) {
		if st.form(k) == "]" && k-2 > start && st.form(k-2) == "[" && digitStart(st.form(k-1)) {
			k -= 3
			continue
		}
		k--
	}
	return k
}

// afterTerminal decides a boundary after sentence punctuation at k followed
// by the closers k+1..i.
func (st *state) afterTerminal(k, i, start, nl int) bool {
	next := st.form(i + 1)
	r, _ := utf8.DecodeRuneInString(next)
	closers := i - k
	switch {
	case nl == 1:
		return true
	case unicode.IsLower(r) && !url(next):
		return closers == 0 && !ellipsis(st.form(k))
	case ellipsis(next) && st.toks[i].SpaceAfter:
		return true // "... in 1890. ... Now the leader"
	case continuesAfterTerminal(r):
		return false
	}
	if k == start+1 && st.form(k) == "." && listMarker(st.form(start)) {
		return false
	}
	if closers > 0 && unicode.IsUpper(r) && !st.sg.lex.Starter(next) && hasQuestionOrBang(st.form(k)) {
		// '"Why?" Smith asked.', '"No!" shouted Jones.'
		n := len(st.toks)
		if i+2 < n && st.sg.rules.speech[st.form(i+2)] {
			return false
		}
		if i+3 < n && st.sg.rules.speech[st.form(i+3)] && upperStart(st.form(i+2)) {
			return false
		}
		if st.sg.rules.speech[next] {
			return false
		}
	}
	return true
}

// afterAbbreviation decides a boundary after an abbreviation at k that keeps
// its period, followed by the closers k+1..i.
func (st *state) afterAbbreviation(k, i, nl int) bool {
	f := st.form(k)
	class := st.sg.lex.Abbreviation(f)
	if class == tokenize.NotAbbrev {
		if initial(f) {
			class = tokenize.AbbrevTitle
		} else {
			class = tokenize.AbbrevOther
		}
	}
	if class == tokenize.AbbrevTitle || class == tokenize.AbbrevNumber {
		return false
	}
	next := st.form(i + 1)
	switch {
	case nl == 1:
		return !lowerStart(next)
	case st.sg.lex.Starter(next):
		return true
	case (next == "“" || (next == "\"" && st.toks[i].SpaceAfter)) && i+2 < len(st.toks):
		return upperStart(st.form(i + 2))
	}
	return false
}

// heading returns the last token of a sub-heading in capitals that opens a
// sentence and runs into it ("IMF SUPPORT Thorning-Schmidt
// said ...", "TAXES VS SPENDING Republicans had pressed ..."): two or more
// words in capitals, one of five letters or more, then a capitalised word
// that is not. -1 when there is none.
func (st *state) heading(a int) int {
	n := len(st.toks)
	k, words, long := a, 0, false
	for k < n && k-a < 8 && (allCaps(st.form(k)) || st.form(k) == "&" || st.form(k) == "-" && words > 0) {
		if allCaps(st.form(k)) {
			words++
			long = long || utf8.RuneCountInString(st.form(k)) >= 5
		}
		k++
	}
	// A long word tells a heading from acronyms before a name ("UK PM
	// Theresa May").
	if words < 2 || !long || k >= n || k == a {
		return -1
	}
	f := st.form(k)
	if !upperStart(f) || allCaps(f) || !unicode.IsLetter([]rune(f)[0]) {
		return -1
	}
	return k - 1
}

// creditLine reports whether token i opens an agency's credit line, "(Reporting
// by …; Editing by …)", which is a sentence of its own: glued to the last
// sentence of a story, its names would be read as that sentence's actors.
func (st *state) creditLine(i int) bool {
	if i+2 >= len(st.toks) || st.form(i) != "(" {
		return false
	}
	k := i + 1
	if !upperStart(st.form(k)) {
		return false // "Iran (reporting by itself) said"
	}
	if strings.EqualFold(st.form(k), "additional") {
		k++
	}
	if k+1 >= len(st.toks) || st.form(k+1) != "by" {
		return false
	}
	switch strings.ToLower(st.form(k)) {
	case "reporting", "writing", "editing", "compiled", "reported", "written", "edited":
		return true
	}
	return false
}

// dateline returns the index of the dash that ends a dateline starting at
// token a, or -1.
func (st *state) dateline(a int) int {
	n := len(st.toks)
	lim := min(n-1, a+30)
	k := a
	if k < lim && st.form(k) == "By" {
		k++
		for k < lim && (st.form(k) == "-" || (upperStart(st.form(k)) && !allCaps(st.form(k)))) {
			k++
		}
	}
	// Places of several bureaus are joined by slashes ("LONDON/DUBAI",
	// "ONCUPINAR, Turkey/LONDON"); each is a place in capitals with its
	// commas.
	place, strongPlace, commas := 0, false, 0
	for places := 0; ; places++ {
		if places > 0 {
			if k >= lim || st.form(k) != "/" || !allCaps(st.form(k+1)) {
				break
			}
			k++
		}
		for k < lim && allCaps(st.form(k)) {
			f := st.form(k)
			place++
			if utf8.RuneCountInString(f) >= 3 && f[len(f)-1] != '.' {
				strongPlace = true
			}
			k++
		}
		for k < lim && st.form(k) == "," && commas < 3 {
			k++
			m := 0
			for k < lim && m < 4 && (upperStart(st.form(k)) || digitStart(st.form(k))) {
				k++
				m++
			}
			if m == 0 {
				return -1
			}
			commas++
		}
	}
	agency := false
	if k < lim && st.form(k) == "(" {
		e := k + 1
		for e < lim && e < k+6 && st.form(e) != ")" {
			e++
		}
		if e >= lim || st.form(e) != ")" || e == k+1 {
			return -1
		}
		agency, k = true, e+1
	}
	if k >= lim || !dash(st.form(k)) && !(st.form(k) == ":" && place > 0 && !agency) {
		return -1
	}
	if !agency && !(place > 0 && (strongPlace || commas > 0)) {
		return -1
	}
	return k
}

// bestBreak picks where to split a sentence [start, i] that reached the
// length cap: after the last strongest break in its second half. It returns
// -1 when the only place is inside a multiword token that began the
// sentence.
func (st *state) bestBreak(start, i int) int {
	best, bestRank := i, 0
	for j := i; j >= start+(i-start)/2 && j > start; j-- {
		if st.inGroup(j) {
			continue
		}
		rank := 0
		switch f := st.form(j); {
		case terminal(f):
			rank = 5
		case f == ";":
			rank = 4
		case f == ":":
			rank = 3
		case dash(f):
			rank = 2
		case f == ",":
			rank = 1
		}
		if rank > bestRank {
			best, bestRank = j, rank
		}
	}
	for best >= start && st.inGroup(best) {
		best--
	}
	return best
}

// terminal reports whether f is sentence punctuation: . ! ? … or a run of
// them.
func terminal(f string) bool {
	if f == "" {
		return false
	}
	for _, r := range f {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return false
		}
	}
	return true
}

func ellipsis(f string) bool {
	return f == "…" || (len(f) >= 2 && f[0] == '.' && f[1] == '.') || (len(f) > 3 && f[:3] == "…")
}

func hasQuestionOrBang(f string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] == '?' || f[i] == '!' {
			return true
		}
	}
	return false
}

// abbreviation reports whether f is a word that keeps a final period.
func abbreviation(f string) bool {
	if len(f) < 2 || f[len(f)-1] != '.' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(f[:len(f)-1])
	return unicode.IsLetter(r)
}

// initial reports whether f is an upper-case letter and a period ("W."),
// except "I.".
func initial(f string) bool {
	r, n := utf8.DecodeRuneInString(f)
	return n+1 == len(f) && f[n] == '.' && unicode.IsUpper(r) && r != 'I'
}

// listMarker reports whether f numbers a list item: up to three digits or a
// single letter.
func listMarker(f string) bool {
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	if r, n := utf8.DecodeRuneInString(f); n == len(f) && unicode.IsLetter(r) {
		return true
	}
	for i := 0; i < len(f); i++ {
		if f[i] < '0' || f[i] > '9' {
			return false
		}
	}
	return true
}

// continuesAfterTerminal reports whether a token starting with r continues
// the sentence after its final punctuation.
func continuesAfterTerminal(r rune) bool {
	switch r {
	case ',', ';', ':', ')', ']', '}', '.', '!', '?', '…', '[', '”', '’', '»':
		return true
	}
	return false
}

// continues reports whether a line ending in f continues on the next line.
func continues(f string) bool {
	switch f {
	case ",", ";", "-", "–", "—", "(", "&", "/", "[", "“":
		return true
	}
	return len(f) > 1 && f[len(f)-1] == '-'
}

// url reports whether f looks like a web address.
func url(f string) bool {
	return strings.Contains(f, "://") || strings.HasPrefix(f, "www.")
}

// bullet reports whether a line starting with f is a list item.
func bullet(f string) bool {
	switch f {
	case "-", "*", "•", "·", "–", "—", "o":
		return true
	}
	return false
}

func dash(f string) bool {
	switch f {
	case "-", "--", "---", "—", "–", "―":
		return true
	}
	return false
}

func lowerStart(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsLower(r)
}

func upperStart(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r)
}

func digitStart(f string) bool { return f != "" && f[0] >= '0' && f[0] <= '9' }

// allCaps reports whether f has at least two letters and no lower-case
// letter, and nothing but letters, periods, apostrophes and hyphens.
func allCaps(f string) bool {
	letters := 0
	for _, r := range f {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '\'' || r == '-' || r == '’':
		default:
			return false
		}
	}
	return letters >= 2
}
