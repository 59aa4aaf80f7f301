// Package lemma predicts the Universal Dependencies lemma of an English word
// from its form and part-of-speech tags, with a model trained on treebanks.
//
// A Model answers in steps. It first looks the word up among the training
// words whose lemma the rules would get wrong: irregular forms ("went" →
// "go", "children" → "child", "better" → "good") and the treebanks' own
// conventions ("n't" → "not", "'s" AUX → "be", "wo" → "will"). Otherwise it
// recases the word as training words of the same tag, shape and ending were
// recased ("The" → "the", "Italian" stays), normalizes typographic
// apostrophes and looks the result up again, also under the other tags of
// the same UPOS. Last, for words never seen in training, it applies
// the edit (strip an ending, append another) that training words of the tag
// ending in the longest shared suffix mostly take, preferring among the
// plausible edits one whose result is a lemma seen in training ("bombed" →
// "bomb", "blinkenized" → "blinkenize").
//
// Some tags never take an edit: unseen punctuation, symbols and singular
// proper nouns keep their form ("Xi", "ASEAN", "Talks" as NNP), and numbers
// are only recased and lose the commas that group their digits ("200,000" →
// "200000"), as in the treebanks.
package lemma

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/internal/lower"
	"github.com/parleyproject/parley/text"
)

// Model is a trained lemmatizer. It is read-only after Train or Read and safe
// for concurrent use.
type Model struct {
	tags []tagInfo
	// pairIndex maps "UPOS\tXPOS" to an index in tags; xposIndex and
	// uposIndex give the most frequent tag with that XPOS or UPOS, for tag
	// pairs never seen in training.
	pairIndex map[string]int
	xposIndex map[string]int
	uposIndex map[string]int

	// words maps tagKey(tag, form) to the lemma of the training words that
	// the rules would get wrong.
	words map[string]string
	// casings maps casingKey(tag, shape, lowercased ending) to the casing
	// operation that training words of that tag and shape with that ending
	// mostly take; the empty ending holds the default of the tag and shape.
	casings map[string]caseOp
	// edits maps tagKey(tag, lowercased ending) to the edit that training
	// words of that tag with that ending mostly take; the empty ending holds
	// the tag's default edit.
	//
	// Both tables leave out an ending whose decision is that of its longest
	// listed shorter ending, so a word's longest listed ending decides.
	edits map[string]edit
	// known holds the lowercased lemmas of the training words; among the
	// edits that fit an unseen word, one that makes a known lemma wins.
	known map[string]struct{}

	meta []metaEntry
}

type tagInfo struct {
	upos, xpos string
	policy     policy
	// siblings are other tags with the same UPOS, most frequent first: a
	// word stored under one of them is lemmatized the same way (an irregular
	// form stored under VBD is found when tagged VBN).
	siblings []int
	// frequent are the tag's most frequent edits, tried in order when no
	// edit of the word's endings makes a known lemma.
	frequent []edit
	// longestCasing and longestEdit are the longest listed endings, in
	// runes, of the tag's casings per shape and of its edits: lookups start
	// there.
	longestCasing [numShapes]int
	longestEdit   int
}

type metaEntry struct{ key, value string }

// edit turns a recased form into a lemma: drop strip bytes from its end and
// append add.
type edit struct {
	strip int
	add   string
}

// apply returns the lemma the edit makes of s, and false when s is too short
// or the edit would cut a character in two.
func (e edit) apply(s string) (string, bool) {
	if e.strip > len(s) {
		return "", false
	}
	cut := len(s) - e.strip
	if cut < len(s) && !utf8.RuneStart(s[cut]) {
		return "", false
	}
	if e.add == "" {
		return s[:cut], true
	}
	return s[:cut] + e.add, true
}

// policy says how a tag's words are lemmatized when they are not stored.
type policy uint8

const (
	policyRules  policy = iota // recase, then edit
	policyKeep                 // the form as written
	policyNumber               // recase, and drop digit-grouping commas (NUM)
)

func policyFor(upos, xpos string) policy {
	switch upos {
	case "PUNCT", "SYM":
		return policyKeep
	case "NUM":
		return policyNumber
	case "PROPN":
		// Names keep their spelling: news writes acronyms ("ASEAN") in
		// capitals, and a name's case says nothing about its lemma's.
		// Plural names (NNPS) lose the plural like common nouns.
		if xpos != "NNPS" {
			return policyKeep
		}
	}
	switch xpos {
	case "GW", "AFX":
		// Pieces of a word split by a typo or a hyphen: the treebank gives
		// the first piece the whole word's lemma, which its form cannot tell.
		return policyKeep
	}
	return policyRules
}

// shape classifies the letters of a form, for casing.
type shape uint8

const (
	shapeNone       shape = iota // no letters
	shapeLower                   // every letter lowercase
	shapeTitle                   // first letter uppercase, the others lowercase
	shapeUpperShort              // two to four letters, all uppercase
	shapeUpperLong               // five or more letters, all uppercase
	shapeMixed                   // any other mix of cases
	shapeCode                    // letters with digits or "@" ("EB3326", "01-Feb-02", "a@b.com")
	numShapes
)

var shapeNames = [numShapes]string{"none", "lower", "title", "upper-short", "upper-long", "mixed", "code"}

func shapeOf(s string) shape {
	letters, upper := 0, 0
	firstUpper, code := false, false
	for _, r := range s {
		if r >= '0' && r <= '9' || r == '@' {
			code = true
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		isUpper := unicode.IsUpper(r)
		if letters == 0 {
			firstUpper = isUpper
		}
		letters++
		if isUpper {
			upper++
		}
	}
	switch {
	case letters == 0:
		return shapeNone
	case code:
		return shapeCode
	case upper == 0:
		return shapeLower
	case firstUpper && upper == 1:
		return shapeTitle
	case upper == letters && letters <= 4:
		return shapeUpperShort
	case upper == letters:
		return shapeUpperLong
	}
	return shapeMixed
}

// caseOp recases a whole form before its edit.
type caseOp uint8

const (
	caseKeep  caseOp = iota // as written
	caseLower               // all lowercase
	caseTitle               // first letter uppercase, the rest lowercase
	numCaseOps
)

var caseNames = [numCaseOps]string{"keep", "lower", "title"}

func applyCase(op caseOp, s string) string {
	switch op {
	case caseLower:
		return strings.ToLower(s)
	case caseTitle:
		return titleCase(s)
	}
	return s
}

// titleCase uppercases the first letter of s and lowercases the others.
func titleCase(s string) string {
	if shapeOf(s) == shapeTitle {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	first := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if first {
				r = unicode.ToUpper(r)
				first = false
			} else {
				r = unicode.ToLower(r)
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// keyBuf is a stack buffer for map keys; longer keys spill to the heap.
type keyBuf [64]byte

// tagKey builds the key of a tag and a string: two bytes of tag index, then
// the string.
func tagKey(buf *keyBuf, tag int, s string) []byte {
	return append(append(buf[:0], byte(tag>>8), byte(tag)), s...)
}

// casingKey builds the key of a tag, a shape and an ending.
func casingKey(buf *keyBuf, tag int, sh shape, ending []byte) []byte {
	return append(append(buf[:0], byte(tag>>8), byte(tag), byte(sh)), ending...)
}

// index computes what the lookups derive from the tables: the longest
// listed endings of every tag.
func (m *Model) index() {
	for k := range m.casings {
		info := &m.tags[int(k[0])<<8|int(k[1])]
		info.longestCasing[k[2]] = max(info.longestCasing[k[2]], utf8.RuneCountInString(k[3:]))
	}
	for k := range m.edits {
		info := &m.tags[int(k[0])<<8|int(k[1])]
		info.longestEdit = max(info.longestEdit, utf8.RuneCountInString(k[2:]))
	}
}

// maxTags bounds the number of tag pairs of a model: keys hold the tag index
// in two bytes.
const maxTags = 1 << 16

// tagOf returns the index of the tag pair, falling back to the most frequent
// training tag with the same XPOS, then with the same UPOS; -1 when none.
func (m *Model) tagOf(upos, xpos string) int {
	var buf keyBuf
	k := append(append(append(buf[:0], upos...), '\t'), xpos...)
	if i, ok := m.pairIndex[string(k)]; ok {
		return i
	}
	if i, ok := m.xposIndex[xpos]; ok && xpos != "" {
		return i
	}
	if i, ok := m.uposIndex[upos]; ok {
		return i
	}
	return -1
}

// Lemma returns the lemma of a word with the given form, universal tag and
// Penn Treebank tag. Either tag may be empty; a word whose tags the model
// does not know keeps its form.
func (m *Model) Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	t := m.tagOf(upos, xpos)
	if t < 0 {
		return form
	}
	if l, ok := m.lookup(t, form); ok {
		return l
	}
	return m.guess(form, t)
}

// Lemmatize sets the Lemma of every token of doc from its Form, UPOS and XPOS.
func (m *Model) Lemmatize(doc *text.Document) {
	for i := range doc.Tokens {
		tok := &doc.Tokens[i]
		tok.Lemma = m.Lemma(tok.Form, tok.UPOS, tok.XPOS)
	}
}

func (m *Model) lookup(t int, form string) (string, bool) {
	var buf keyBuf
	l, ok := m.words[string(tagKey(&buf, t, form))]
	return l, ok
}

// guess lemmatizes a form that is not stored under its own tag.
func (m *Model) guess(form string, t int) string {
	info := &m.tags[t]
	if info.policy == policyKeep {
		return form
	}
	var lowBuf [64]byte
	low := appendLower(lowBuf[:0], form)
	g := normalizeApostrophes(applyCase(m.casing(t, shapeOf(form), low), form))
	if g != form {
		if l, ok := m.lookup(t, g); ok {
			return l
		}
	}
	if info.policy == policyRules {
		for _, s := range info.siblings {
			if m.tags[s].policy != policyRules {
				continue
			}
			if l, ok := m.lookup(s, form); ok {
				return l
			}
			if g != form {
				if l, ok := m.lookup(s, g); ok {
					return l
				}
			}
		}
	}
	if info.policy == policyNumber {
		return dropDigitCommas(g)
	}
	if g != form {
		low = appendLower(lowBuf[:0], g)
	}
	return m.edit(g, low, info, t)
}

// casing returns the casing operation of the longest listed ending of low,
// the lowercased form.
func (m *Model) casing(t int, sh shape, low []byte) caseOp {
	if sh == shapeNone {
		return caseKeep
	}
	var buf keyBuf
	for start := longestEnding(low, m.tags[t].longestCasing[sh]); ; {
		if op, ok := m.casings[string(casingKey(&buf, t, sh, low[start:]))]; ok {
			return op
		}
		if start == len(low) {
			return caseKeep
		}
		_, size := utf8.DecodeRune(low[start:])
		start += size
	}
}

// longestEnding returns where the ending of low of at most maxRunes runes
// starts.
func longestEnding(low []byte, maxRunes int) int {
	start, runes := len(low), 0
	for start > 0 && runes < maxRunes {
		_, size := utf8.DecodeLastRune(low[:start])
		start -= size
		runes++
	}
	return start
}

// minStem and minFrequentStem are the fewest bytes of a form that an edit of
// its endings and a tag's frequent edit must keep: an edit that leaves less
// is a coincidence of spelling, not evidence.
const (
	minStem         = 2
	minFrequentStem = 3
)

// edit tries the edits of the listed endings of g (low is g lowercased),
// longest first, then the tag's frequent edits, and returns the first result
// that is a known lemma; when none is, the result of the longest ending's
// edit, or g itself when every edit would leave too short a stem.
func (m *Model) edit(g string, low []byte, info *tagInfo, t int) string {
	first, found := edit{}, false
	var buf keyBuf
	for start := longestEnding(low, info.longestEdit); ; {
		k := append(append(buf[:0], byte(t>>8), byte(t)), low[start:]...)
		if e, ok := m.edits[string(k)]; ok && (e.strip == 0 || len(g)-e.strip >= minStem) && e.fits(g) {
			if m.knownResult(e, g, low) {
				l, _ := e.apply(g)
				return l
			}
			if !found {
				first, found = e, true
			}
		}
		if start == len(low) {
			break
		}
		_, size := utf8.DecodeRune(low[start:])
		start += size
	}
	for _, e := range info.frequent {
		if len(g)-e.strip >= minFrequentStem && e.fits(g) && m.knownResult(e, g, low) {
			l, _ := e.apply(g)
			return l
		}
	}
	if !found {
		return g
	}
	l, _ := first.apply(g)
	return l
}

// fits reports whether the edit applies to s.
func (e edit) fits(s string) bool {
	cut := len(s) - e.strip
	return cut >= 0 && (cut == len(s) || utf8.RuneStart(s[cut]))
}

// AddKnownLemmas adds lemmas (written in any case) to those seen in
// training, so that an edit of an unseen word that makes one of them wins:
// "eroded" becomes "erode", not "erod", once "erode" is known. It must be
// called before the model is used.
func (m *Model) AddKnownLemmas(lemmas []string) {
	if m.known == nil {
		m.known = make(map[string]struct{}, len(lemmas))
	}
	for _, l := range lemmas {
		m.known[strings.ToLower(l)] = struct{}{}
	}
}

// knownResult reports whether the edit makes a known lemma of g, whose
// lowercased spelling is low. For ASCII, the edit's result is lowercased
// without building it.
func (m *Model) knownResult(e edit, g string, low []byte) bool {
	var buf [64]byte
	if !lower.IsASCII(g) {
		l, ok := e.apply(g)
		if !ok {
			return false
		}
		_, ok = m.known[string(appendLower(buf[:0], l))]
		return ok
	}
	if e.strip > len(low) {
		return false
	}
	k := append(buf[:0], low[:len(low)-e.strip]...)
	k = appendLower(k, e.add)
	_, ok := m.known[string(k)]
	return ok
}

// appendLower appends s lowercased to buf, without allocating when s is ASCII
// and fits.
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// normalizeApostrophes writes the typographic apostrophe as the treebanks'
// lemmas do ("n’t" → "n't").
func normalizeApostrophes(s string) string {
	if !strings.Contains(s, "’") {
		return s
	}
	return strings.ReplaceAll(s, "’", "'")
}

// dropDigitCommas removes the commas that group digits in thousands
// ("1,200,000.5" → "1200000.5") and leaves any other form alone.
func dropDigitCommas(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	whole, frac, _ := strings.Cut(s, ".")
	if !allDigits(frac) {
		return s
	}
	groups := strings.Split(whole, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return s
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return s
		}
	}
	return strings.ReplaceAll(s, ",", "")
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
