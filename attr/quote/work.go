package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/parleyproject/parley/text"
)

// work holds what Extract computes about one document.
type work struct {
	doc  *text.Document
	lex  *Lexicon
	toks []text.Token
	// kidStart/kids list each token's dependents in text order (kids of
	// token i are kids[kidStart[i]:kidStart[i+1]]).
	kidStart, kids []int32
	// lo and hi delimit each token's subtree (token indices, inclusive).
	lo, hi []int32
	// sentOf is each token's sentence.
	sentOf []int32
	// mentionAt is the index in doc.Mentions of the mention that covers each
	// token, or -1.
	mentionAt []int32
	// regions are the quotations; regionAt is the quotation whose content
	// holds each token, or -1; regionToks the token range of each content.
	regions    []Region
	regionAt   []int32
	regionToks [][2]int
	// nextCue is the first token at or after each token, in its sentence and
	// outside quotations, that is a verb of saying or thinking (a lexicon
	// verb with a clause or quote frame); past the sentence's end when none.
	nextCue []int32
	// verbMatch remembers match for each token as a verb: matchUnknown,
	// matchNone or an index in matches.
	verbMatch []int32
	matches   []tokenMatch
	atts      []attribution
}

// tokenMatch is a lexicon entry matched at a token, with its particle.
type tokenMatch struct {
	e    Entry
	part int
}

// States of work.verbMatch besides an index.
const (
	matchUnknown int32 = -2
	matchNone    int32 = -1
)

func newWork(doc *text.Document, lex *Lexicon) *work {
	n := len(doc.Tokens)
	w := &work{doc: doc, lex: lex, toks: doc.Tokens}
	ints := make([]int32, 7*n+1)
	w.kidStart, ints = ints[:n+1], ints[n+1:]
	w.kids, ints = ints[:n], ints[n:]
	w.lo, ints = ints[:n], ints[n:]
	w.hi, ints = ints[:n], ints[n:]
	w.sentOf, ints = ints[:n], ints[n:]
	w.verbMatch, ints = ints[:n], ints[n:]
	w.mentionAt = ints[:n]
	for i := range w.verbMatch {
		w.verbMatch[i] = matchUnknown
	}
	w.buildTree()
	for i := range w.sentOf {
		w.sentOf[i] = -1
	}
	for si, s := range doc.Sentences {
		for i := max(s.Start, 0); i < min(s.End, n); i++ {
			w.sentOf[i] = int32(si)
		}
	}
	for i := range w.mentionAt {
		w.mentionAt[i] = -1
	}
	for mi, m := range doc.Mentions {
		for i := max(m.Start, 0); i < min(m.End, n); i++ {
			if w.mentionAt[i] < 0 {
				w.mentionAt[i] = int32(mi)
			}
		}
	}
	w.findRegions()
	w.findNextCues()
	return w
}

// findNextCues fills nextCue from right to left, sentence by sentence.
func (w *work) findNextCues() {
	w.nextCue = make([]int32, len(w.toks))
	for _, s := range w.doc.Sentences {
		a, b := max(s.Start, 0), min(s.End, len(w.toks))
		next := int32(b)
		for i := b - 1; i >= a; i-- {
			if w.regionAt[i] < 0 && w.verbLike(i) {
				if e, _, ok := w.match(i, POSVerb); ok && e.Frames&(FrameQuote|FrameClause) != 0 {
					next = int32(i)
				}
			}
			w.nextCue[i] = next
		}
	}
}

// head returns token i's head, or -1 when it has none or the parse is bad.
func (w *work) head(i int) int {
	h := w.toks[i].Head
	if h < 0 || h >= len(w.toks) || h == i {
		return -1
	}
	return h
}

// children returns the dependents of token i in text order.
func (w *work) children(i int) []int32 {
	return w.kids[w.kidStart[i]:w.kidStart[i+1]]
}

// buildTree fills the dependent lists and subtree extents in linear time.
// Tokens that cannot be reached from a root (a cycle in a bad parse) are
// their own subtree.
func (w *work) buildTree() {
	n := len(w.toks)
	for i := 0; i < n; i++ {
		if h := w.head(i); h >= 0 {
			w.kidStart[h+1]++
		}
	}
	for i := 1; i <= n; i++ {
		w.kidStart[i] += w.kidStart[i-1]
	}
	fill := make([]int32, n)
	for i := 0; i < n; i++ {
		if h := w.head(i); h >= 0 {
			w.kids[w.kidStart[h]+fill[h]] = int32(i)
			fill[h]++
		}
	}
	// Preorder from the roots; reversed, every dependent comes before its
	// head.
	order := fill[:0]
	var stack []int32
	for i := 0; i < n; i++ {
		w.lo[i], w.hi[i] = int32(i), int32(i)
		if w.head(i) >= 0 {
			continue
		}
		stack = append(stack[:0], int32(i))
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			order = append(order, v)
			stack = append(stack, w.children(int(v))...)
		}
	}
	for k := len(order) - 1; k >= 0; k-- {
		v := order[k]
		if h := w.head(int(v)); h >= 0 {
			w.lo[h] = min(w.lo[h], w.lo[v])
			w.hi[h] = max(w.hi[h], w.hi[v])
		}
	}
}

// findRegions pairs the quotation marks and maps each quotation to tokens.
func (w *work) findRegions() {
	var paras []int
	for _, s := range w.doc.Sentences {
		if s.ParagraphStart && s.Span.Start > 0 {
			paras = append(paras, s.Span.Start)
		}
	}
	w.regions = Regions(nil, w.doc.Text, paras)
	w.regionAt = make([]int32, len(w.toks))
	for i := range w.regionAt {
		w.regionAt[i] = -1
	}
	w.regionToks = make([][2]int, len(w.regions))
	for ri, r := range w.regions {
		a := w.tokenAt(r.Content.Start)
		b := a
		for b < len(w.toks) && w.toks[b].Span.Start < r.Content.End {
			w.regionAt[b] = int32(ri)
			b++
		}
		w.regionToks[ri] = [2]int{a, b}
	}
}

// tokenAt returns the first token that ends after byte offset off.
func (w *work) tokenAt(off int) int {
	return sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Span.End > off })
}

// rel returns the dependency relation of token i without its subtype.
func (w *work) rel(i int) string {
	r := w.toks[i].DepRel
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// child returns the first dependent of i whose relation (subtype ignored
// unless given) is rel, or -1.
func (w *work) child(i int, rel string) int {
	full := strings.IndexByte(rel, ':') >= 0
	for _, c := range w.children(i) {
		r := w.toks[c].DepRel
		if !full {
			r = w.rel(int(c))
		}
		if r == rel {
			return int(c)
		}
	}
	return -1
}

// lemma returns token i's lemma in lower case (its form when it has none).
func (w *work) lemma(i int) string {
	l := w.toks[i].Lemma
	if l == "" {
		l = w.toks[i].Form
	}
	for k := 0; k < len(l); k++ {
		if c := l[k]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(l)
		}
	}
	return l
}

// isPunct reports a token that is only punctuation. A percent sign is
// not: it belongs to the number before it ("the turnout was 27.54%").
func (w *work) isPunct(i int) bool {
	t := &w.toks[i]
	if t.UPOS == "PUNCT" {
		return true
	}
	if t.Form == "%" {
		return false
	}
	for _, r := range t.Form {
		if !unicode.IsPunct(r) {
			return false
		}
	}
	return t.Form != ""
}

// tokenSpan returns the text span of tokens [a, b], inclusive, trimmed of
// punctuation at both edges; ok is false when nothing is left.
func (w *work) tokenSpan(a, b int) (text.Span, bool) {
	for a <= b && w.isPunct(a) {
		a++
	}
	for b >= a && w.isPunct(b) {
		b--
	}
	if a > b {
		return text.Span{}, false
	}
	return text.Span{Start: w.toks[a].Span.Start, End: w.toks[b].Span.End}, true
}
