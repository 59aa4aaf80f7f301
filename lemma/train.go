package lemma

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/conllu"
)

// TrainOptions tune Train. The zero value selects the defaults.
type TrainOptions struct {
	// MaxSuffix is the longest word ending, in characters, that casing and
	// edits look at (default 8).
	MaxSuffix int
	// MinSuffixWords is how many distinct training words must share an
	// ending before it gets an edit of its own (default 2).
	MinSuffixWords int
	// MinCasingWords is how many distinct training words of a tag and shape
	// must share an ending before it gets a casing of its own (default 10).
	MinCasingWords int
	// MaxRuleWordCount keeps words seen more often than this out of the
	// casing and edit statistics, which are meant for rare and unseen words.
	// Zero means no limit.
	MaxRuleWordCount int
	// FrequentEdits is how many of a tag's most frequent edits are tried when
	// the edits of a word's endings make no known lemma (default 8).
	FrequentEdits int
	// MinFrequentShare is the share of a tag's training words that an edit
	// must make to count among its frequent edits (default 0.1).
	MinFrequentShare float64
	// Lexicon lists words to learn besides the training words: each is
	// stored when the rules get it wrong, and its lemma counts as known, but
	// it stays out of the endings' statistics, so that adding "embargoes" →
	// "embargo" does not teach "-oes" → "-o" to "shoes". A word whose tags
	// no training word has is ignored.
	Lexicon []LexiconWord
}

// LexiconWord is a word of TrainOptions.Lexicon.
type LexiconWord struct{ Form, UPOS, XPOS, Lemma string }

func (o TrainOptions) withDefaults() TrainOptions {
	if o.MaxSuffix <= 0 {
		o.MaxSuffix = 8
	}
	if o.MinSuffixWords <= 0 {
		o.MinSuffixWords = 2
	}
	if o.MinCasingWords <= 0 {
		o.MinCasingWords = 10
	}
	if o.FrequentEdits <= 0 {
		o.FrequentEdits = 8
	}
	if o.MinFrequentShare <= 0 {
		o.MinFrequentShare = 0.1
	}
	return o
}

// ErrNoTrainingData is returned by Train when the sentences hold no word with
// a lemma.
var ErrNoTrainingData = errors.New("lemma: no training words with lemmas")

// trainType is one distinct (tag, form) of the training data.
type trainType struct {
	tag    int
	form   string
	lemma  string // the most frequent lemma
	tokens int
}

// Train learns a model from treebank sentences: their FORM, LEMMA, UPOS and
// XPOS columns. Words whose lemma is "_" or empty are skipped, and so are the
// (malformed) words with tabs, line breaks or invalid UTF-8. Training is
// deterministic: the same sentences and options give the same model.
func Train(sents []*conllu.Sentence, opts TrainOptions) (*Model, error) {
	opts = opts.withDefaults()
	tagCounts := map[[2]string]int{}
	lemmaCounts := map[[3]string]map[string]int{} // (UPOS, XPOS, form) → lemma → count
	words := 0
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" || w.Form == "" {
				continue
			}
			upos, xpos := blank(w.UPOS), blank(w.XPOS)
			if !storable(w.Form) || !storable(w.Lemma) || !storable(upos) || !storable(xpos) {
				continue // the model file could not hold it
			}
			tagCounts[[2]string{upos, xpos}]++
			k := [3]string{upos, xpos, w.Form}
			c := lemmaCounts[k]
			if c == nil {
				c = map[string]int{}
				lemmaCounts[k] = c
			}
			c[w.Lemma]++
			words++
		}
	}
	if words == 0 {
		return nil, ErrNoTrainingData
	}
	if len(tagCounts) > maxTags {
		return nil, fmt.Errorf("lemma: %d tag pairs, at most %d supported", len(tagCounts), maxTags)
	}

	// Tags go most frequent first, so that the first tag of an XPOS or UPOS
	// is the fallback for unseen pairs.
	pairs := make([][2]string, 0, len(tagCounts))
	for p := range tagCounts {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(tagCounts[b], tagCounts[a]), cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	m := newModel()
	for _, p := range pairs {
		m.addTag(p[0], p[1])
	}

	types := make([]trainType, 0, len(lemmaCounts))
	for k, c := range lemmaCounts {
		tt := trainType{tag: m.pairIndex[k[0]+"\t"+k[1]], form: k[2]}
		for l, n := range c {
			tt.tokens += n
			if best := c[tt.lemma]; n > best || n == best && (tt.lemma == "" || l < tt.lemma) {
				tt.lemma = l
			}
		}
		types = append(types, tt)
	}
	slices.SortFunc(types, func(a, b trainType) int {
		return cmp.Or(cmp.Compare(a.tag, b.tag), strings.Compare(a.form, b.form))
	})

	m.learnKnown(types)
	m.learnCasings(types, opts)
	m.learnEdits(types, opts)
	m.index()
	for _, w := range opts.Lexicon {
		t, ok := m.pairIndex[w.UPOS+"\t"+w.XPOS]
		if !ok || !storable(w.Form) || !storable(w.Lemma) || w.Form == "" || w.Lemma == "" {
			continue
		}
		types = append(types, trainType{tag: t, form: w.Form, lemma: w.Lemma, tokens: 1})
		m.known[strings.ToLower(w.Lemma)] = struct{}{}
	}
	m.learnWords(types)
	m.meta = []metaEntry{
		{"sentences", strconv.Itoa(len(sents))},
		{"words", strconv.Itoa(words)},
		{"max-suffix", strconv.Itoa(opts.MaxSuffix)},
		{"min-suffix-words", strconv.Itoa(opts.MinSuffixWords)},
		{"min-casing-words", strconv.Itoa(opts.MinCasingWords)},
		{"max-rule-word-count", strconv.Itoa(opts.MaxRuleWordCount)},
		{"frequent-edits", strconv.Itoa(opts.FrequentEdits)},
		{"min-frequent-share", strconv.FormatFloat(opts.MinFrequentShare, 'g', -1, 64)},
	}
	return m, nil
}

// storable reports whether s can be a field of the model file.
func storable(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsAny(s, "\t\n\r")
}

func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func newModel() *Model {
	return &Model{
		pairIndex: map[string]int{},
		xposIndex: map[string]int{},
		uposIndex: map[string]int{},
		words:     map[string]string{},
		casings:   map[string]caseOp{},
		edits:     map[string]edit{},
		known:     map[string]struct{}{},
	}
}

// maxSiblings bounds the sibling tags a word is looked up under.
const maxSiblings = 8

// addTag appends a tag pair and returns its index.
func (m *Model) addTag(upos, xpos string) int {
	i := len(m.tags)
	m.tags = append(m.tags, tagInfo{upos: upos, xpos: xpos, policy: policyFor(upos, xpos)})
	for j := range i {
		if m.tags[j].upos != upos {
			continue
		}
		if len(m.tags[i].siblings) < maxSiblings {
			m.tags[i].siblings = append(m.tags[i].siblings, j)
		}
		if len(m.tags[j].siblings) < maxSiblings {
			m.tags[j].siblings = append(m.tags[j].siblings, i)
		}
	}
	m.pairIndex[upos+"\t"+xpos] = i
	if _, ok := m.xposIndex[xpos]; !ok && xpos != "" {
		m.xposIndex[xpos] = i
	}
	if _, ok := m.uposIndex[upos]; !ok {
		m.uposIndex[upos] = i
	}
	return i
}

// trueCase returns the casing operation that brings form closest to lemma.
func trueCase(form, lemma string) caseOp {
	if !hasUpper(lemma) {
		if hasUpper(form) {
			return caseLower
		}
		return caseKeep
	}
	if commonPrefix(titleCase(form), lemma) > commonPrefix(form, lemma) {
		return caseTitle
	}
	return caseKeep
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// commonPrefix returns the length in bytes of the longest common prefix of a
// and b that ends on a character boundary.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return n
}

// editOf returns the edit that turns g into lemma.
func editOf(g, lemma string) edit {
	p := commonPrefix(g, lemma)
	return edit{strip: len(g) - p, add: lemma[p:]}
}

// learnKnown collects the lemmas that edits are checked against.
func (m *Model) learnKnown(types []trainType) {
	for _, tt := range types {
		if m.tags[tt.tag].policy == policyRules {
			m.known[strings.ToLower(tt.lemma)] = struct{}{}
		}
	}
}

// forRules reports whether a training word informs the casing and edit
// statistics.
func forRules(tt trainType, opts TrainOptions) bool {
	return opts.MaxRuleWordCount == 0 || tt.tokens <= opts.MaxRuleWordCount
}

// learnCasings learns, per tag, shape and ending, the casing operation most
// distinct training words take.
func (m *Model) learnCasings(types []trainType, opts TrainOptions) {
	stats := endingStats[caseOp]{}
	for _, tt := range types {
		sh := shapeOf(tt.form)
		if m.tags[tt.tag].policy == policyKeep || sh == shapeNone || !forRules(tt, opts) {
			continue
		}
		var buf keyBuf
		prefix := string(casingKey(&buf, tt.tag, sh, nil))
		stats.add(prefix, strings.ToLower(tt.form), trueCase(tt.form, tt.lemma), opts.MaxSuffix)
	}
	kept := stats.prune(3, opts.MinCasingWords, func(a, b caseOp) bool { return a < b })
	for k, s := range kept {
		m.casings[k] = s.op
	}
	// A tag without training words of some shape takes the casing most
	// words of that shape take: proper nouns apart, all other tags together.
	pool := func(t int) int {
		if m.tags[t].upos == "PROPN" {
			return 1
		}
		return 0
	}
	var pooled [2][numShapes][numCaseOps]int
	for _, tt := range types {
		if m.tags[tt.tag].policy != policyKeep && forRules(tt, opts) {
			pooled[pool(tt.tag)][shapeOf(tt.form)][trueCase(tt.form, tt.lemma)]++
		}
	}
	for t, info := range m.tags {
		if info.policy == policyKeep {
			continue
		}
		for sh := shapeLower; sh < numShapes; sh++ {
			var buf keyBuf
			k := string(casingKey(&buf, t, sh, nil))
			if _, ok := m.casings[k]; ok {
				continue
			}
			counts := pooled[pool(t)][sh]
			best := caseKeep
			for op := range numCaseOps {
				if counts[op] > counts[best] {
					best = op
				}
			}
			m.casings[k] = best
		}
	}
}

// learnEdits learns, per tag and ending, the edit most distinct training
// words take, and each tag's frequent edits.
func (m *Model) learnEdits(types []trainType, opts TrainOptions) {
	stats := endingStats[edit]{}
	for _, tt := range types {
		if m.tags[tt.tag].policy != policyRules || !forRules(tt, opts) {
			continue
		}
		g := normalizeApostrophes(applyCase(trueCase(tt.form, tt.lemma), tt.form))
		var buf keyBuf
		stats.add(string(tagKey(&buf, tt.tag, "")), strings.ToLower(g), editOf(g, tt.lemma), opts.MaxSuffix)
	}
	kept := stats.prune(2, opts.MinSuffixWords, lessEdit)
	for k, s := range kept {
		m.edits[k] = s.op
		if len(k) == 2 {
			m.tags[int(k[0])<<8|int(k[1])].frequent = s.top(opts.FrequentEdits, opts.MinFrequentShare, lessEdit)
		}
	}
}

func lessEdit(a, b edit) bool {
	if a.strip != b.strip {
		return a.strip < b.strip
	}
	return a.add < b.add
}

// endingStats counts, per key prefix and word ending, what the training
// words with that ending do.
type endingStats[T comparable] map[string]*endingCount[T]

type endingCount[T comparable] struct {
	words  int
	counts map[T]int
	op     T // the decision kept for the ending
}

// add counts op for every ending of low up to maxSuffix runes, from the
// empty ending on.
func (st endingStats[T]) add(prefix, low string, op T, maxSuffix int) {
	start, runes := len(low), 0
	for {
		k := prefix + low[start:]
		c := st[k]
		if c == nil {
			c = &endingCount[T]{counts: map[T]int{}}
			st[k] = c
		}
		c.words++
		c.counts[op]++
		if start == 0 || runes == maxSuffix {
			return
		}
		_, size := utf8.DecodeLastRuneInString(low[:start])
		start -= size
		runes++
	}
}

func (c *endingCount[T]) best(less func(a, b T) bool) T {
	var best T
	n := -1
	for op, k := range c.counts {
		if k > n || k == n && less(op, best) {
			best, n = op, k
		}
	}
	return best
}

// top returns at most n of the most frequent decisions, most frequent
// first, that at least share of the words take.
func (c *endingCount[T]) top(n int, share float64, less func(a, b T) bool) []T {
	out := make([]T, 0, len(c.counts))
	for op, k := range c.counts {
		if float64(k) >= share*float64(c.words) {
			out = append(out, op)
		}
	}
	slices.SortFunc(out, func(a, b T) int {
		if d := cmp.Compare(c.counts[b], c.counts[a]); d != 0 {
			return d
		}
		if less(a, b) {
			return -1
		}
		return 1
	})
	return out[:min(n, len(out))]
}

// prune keeps every empty ending and each ending that minWords distinct
// words share and whose most frequent decision differs from that of its
// longest kept ending. Keys are a prefix of prefixLen bytes, then the ending.
func (st endingStats[T]) prune(prefixLen, minWords int, less func(a, b T) bool) map[string]*endingCount[T] {
	keys := make([]string, 0, len(st))
	for k := range st {
		keys = append(keys, k)
	}
	// Shorter endings first, so that an ending's own endings are decided
	// before it is.
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(utf8.RuneCountInString(a[prefixLen:]), utf8.RuneCountInString(b[prefixLen:])), strings.Compare(a, b))
	})
	kept := map[string]*endingCount[T]{}
	for _, k := range keys {
		c := st[k]
		c.op = c.best(less)
		prefix, ending := k[:prefixLen], k[prefixLen:]
		if ending != "" {
			if c.words < minWords {
				continue
			}
			if parent := longestKept(kept, prefix, ending); parent != nil && parent.op == c.op {
				continue
			}
		}
		kept[k] = c
	}
	return kept
}

// longestKept returns the count of the longest kept proper ending of ending.
func longestKept[T comparable](kept map[string]*endingCount[T], prefix, ending string) *endingCount[T] {
	for ending != "" {
		_, size := utf8.DecodeRuneInString(ending)
		ending = ending[size:]
		if c, ok := kept[prefix+ending]; ok {
			return c
		}
	}
	return nil
}

// learnWords stores the training words whose lemma the rules get wrong.
// Storing a word can change how others are guessed (a recased form or a
// sibling tag finds it), so it repeats until every training word comes out
// right.
func (m *Model) learnWords(types []trainType) {
	for {
		added := false
		for _, tt := range types {
			if _, ok := m.lookup(tt.tag, tt.form); ok {
				continue
			}
			if m.guess(tt.form, tt.tag) != tt.lemma {
				var buf keyBuf
				m.words[string(tagKey(&buf, tt.tag, tt.form))] = tt.lemma
				added = true
			}
		}
		if !added {
			return
		}
	}
}
