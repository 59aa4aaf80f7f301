package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/parleyproject/parley/internal/lower"
	"github.com/parleyproject/parley/text"
)

// sentence is a read-only view of one parsed sentence with the indexes the
// matcher needs. Token indices are relative to the sentence.
type sentence struct {
	doc   *text.Document
	index int // in doc.Sentences
	start int // first token in doc.Tokens
	n     int
	lemma []string // lowercased lemma (form when the lemma is empty)
	lower []string // lowercased form
	// joined is the hyphenated word a token ends ("cease - fire" →
	// "cease-fire" on "fire"), or "".
	joined []string
	upos   []string
	rel    []string // full relation ("nsubj:pass")
	urel   []string // universal part ("nsubj")
	head   []int    // -1 for the root
	kids   [][]int  // children in text order
	// mention[i] is the index in doc.Mentions of the mention covering token
	// i, or -1.
	mention []int
	// place[i] is the index in doc.Places of the place covering token i, or
	// -1.
	place []int
	// repaired says the view corrected the parse (for --explain).
	repaired string
	// present has a bit for every pattern word (Dictionary.wordIDs) the
	// sentence holds as a lemma, form or hyphenated word.
	present []uint64
	// vocab[i] is what the dictionary's word indexes hold of token i's
	// lemma, form and hyphenated word, in that order (nil for none).
	vocab [][3]*vocabWord
	// dict serves starts, the set members that begin at each token
	// (filled on first use).
	dict        *Dictionary
	lex         *Lexicon // modality classes: who controls an infinitive
	starts      [][]setHit
	setsPresent []uint64 // a bit for every set (wordSet.id) with a member here
	// scratch holds the tokens of a pattern being matched; single is the
	// match of a one-word anchor.
	scratch []int
	single  [1]int
	// phrasal is a verb with the adjective it takes as complement ("make
	// clear" on "made" in "made it clear that"), or "": lexicon classes may
	// list such phrases.
	phrasal []string
	// phraseWords are the words of the anchor phrase after the anchor
	// ("over" of "hand over") while a pattern is matched.
	phraseWords []int
}

// setHit is a member of a set found at a token: the set and the number of
// tokens the member spans.
type setHit struct {
	ws *wordSet
	n  int
}

// grow returns s resized to n, reusing its storage.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// load fills the view for sentence si of doc, reusing the storage of a
// previous sentence; dict (may be nil) serves the set index.
func (v *sentence) load(doc *text.Document, si int, mentionsBySentence [][]int, dict *Dictionary) {
	s := doc.Sentences[si]
	n := s.End - s.Start
	v.doc, v.index, v.start, v.n, v.dict, v.repaired = doc, si, s.Start, n, dict, ""
	v.lemma, v.lower, v.joined, v.upos = grow(v.lemma, n), grow(v.lower, n), grow(v.joined, n), grow(v.upos, n)
	v.rel, v.urel, v.head, v.mention = grow(v.rel, n), grow(v.urel, n), grow(v.head, n), grow(v.mention, n)
	v.place = grow(v.place, n)
	v.kids = grow(v.kids, n)
	v.starts = v.starts[:0]
	for i := 0; i < n; i++ {
		t := &doc.Tokens[s.Start+i]
		v.lower[i] = lowerForm(t.Form, t.Lemma)
		if t.Lemma == t.Form {
			v.lemma[i] = v.lower[i]
		} else {
			v.lemma[i] = lowerASCII(t.Lemma)
		}
		if v.lemma[i] == "" || v.lemma[i] == "_" {
			v.lemma[i] = v.lower[i]
		}
		v.upos[i] = t.UPOS
		v.rel[i] = t.DepRel
		v.urel[i], _, _ = strings.Cut(t.DepRel, ":")
		v.head[i] = -1
		if t.Head >= s.Start && t.Head < s.End && t.Head != s.Start+i {
			v.head[i] = t.Head - s.Start
		}
		v.mention[i] = -1
		v.place[i] = -1
		v.joined[i] = ""
		if i >= 2 && v.lower[i-1] == "-" && v.joinsNeighbours(i-1) {
			v.joined[i] = v.lower[i-2] + "-" + v.lower[i]
		}
		v.kids[i] = v.kids[i][:0]
	}
	// A malformed parse (a cycle) must not send any walk around forever.
	for i := 0; i < n; i++ {
		if v.cyclic(i) {
			v.head[i] = -1
		}
	}
	if dict != nil {
		v.present = grow(v.present, (len(dict.wordIDs)+63)/64)
		clear(v.present)
		v.vocab = grow(v.vocab, n)
		for i := 0; i < n; i++ {
			ws := &v.vocab[i]
			*ws = [3]*vocabWord{}
			for k, w := range [3]string{v.lemma[i], v.lower[i], v.joined[i]} {
				switch {
				case w == "":
				case k > 0 && w == v.lemma[i]:
					ws[k] = ws[0]
				case k == 2 && w == v.lower[i]:
					ws[k] = ws[1]
				default:
					ws[k] = dict.vocab[w]
				}
				if ws[k] != nil && ws[k].id >= 0 {
					v.present[ws[k].id/64] |= 1 << (ws[k].id % 64)
				}
			}
		}
	}
	v.repairNominalRoot()
	v.phrasal = grow(v.phrasal, n)
	for i := 0; i < n; i++ {
		v.phrasal[i] = ""
		if h := v.head[i]; h >= 0 {
			v.kids[h] = append(v.kids[h], i)
		}
	}
	for i := 0; i < n; i++ {
		if h := v.head[i]; h >= 0 && h < i && v.urel[i] == "xcomp" && v.upos[h] == "VERB" && (v.upos[i] == "ADJ" || v.smallClauseVerb(h, i)) {
			v.phrasal[h] = v.lemma[h] + " " + v.lemma[i]
		}
	}
	if len(doc.Places) > 0 {
		v.loadPlaces()
	}
	if mentionsBySentence != nil && si < len(mentionsBySentence) {
		for _, mi := range mentionsBySentence[si] {
			m := doc.Mentions[mi]
			for t := max(m.Start, s.Start); t < min(m.End, s.End); t++ {
				if v.mention[t-s.Start] < 0 {
					v.mention[t-s.Start] = mi
				}
			}
		}
	}
}

// loadPlaces marks the tokens of the sentence that the document's places
// cover.
func (v *sentence) loadPlaces() {
	ps := v.doc.Places
	lo := v.tok(0).Span.Start
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Span.End > lo })
	for t := 0; t < v.n && i < len(ps); t++ {
		sp := v.tok(t).Span
		for i < len(ps) && ps[i].Span.End <= sp.Start {
			i++ // places are in text order
		}
		if i < len(ps) && sp.Start >= ps[i].Span.Start && sp.End <= ps[i].Span.End {
			v.place[t] = i
		}
	}
}

// repairNominalRoot fixes a frequent parser error on news sentences: the
// subject taken for the root and the main verb for a reduced relative
// clause ("Rebels [acl: pulled] out of the town"). A past-tense verb, or a
// participle with an object, a particle or a with-phrase (which passives do
// not take), becomes the root with the noun as its subject.
func (v *sentence) repairNominalRoot() {
	r := -1
	for i := 0; i < v.n; i++ {
		if v.head[i] < 0 && v.rel[i] == "root" {
			r = i
			break
		}
	}
	if r < 0 || (v.upos[r] != "NOUN" && v.upos[r] != "PROPN") {
		return
	}
	k := -1
	for i := r + 1; i < v.n; i++ {
		if v.head[i] == r && v.rel[i] == "acl" && v.upos[i] == "VERB" {
			k = i
			break
		}
	}
	if k < 0 {
		return
	}
	for i := 0; i < v.n; i++ {
		if v.head[i] == r && (v.urel[i] == "cop" || v.urel[i] == "nsubj") {
			return // a copular clause or a parse with a subject already
		}
	}
	ok := false
	switch v.tok(k).XPOS {
	case "VBD", "VBZ", "VBP":
		ok = true
	case "VBN":
		for i := 0; i < v.n; i++ {
			if v.head[i] != k {
				continue
			}
			switch {
			case v.urel[i] == "mark" || v.urel[i] == "aux" || v.rel[i] == "nsubj:pass":
				return
			case v.urel[i] == "obj" || v.rel[i] == "compound:prt":
				ok = true
			case v.urel[i] == "obl":
				for j := 0; j < v.n; j++ {
					if v.head[j] == i && v.urel[j] == "case" {
						switch v.lower[j] {
						case "with", "against", "into", "out", "toward", "towards", "on", "at":
							ok = true
						}
					}
				}
			}
		}
	}
	if !ok {
		return
	}
	v.head[k], v.rel[k], v.urel[k] = -1, "root", "root"
	v.head[r], v.rel[r], v.urel[r] = k, "nsubj", "nsubj"
	// The noun's right dependents after the verb belong to the verb.
	for i := k + 1; i < v.n; i++ {
		if v.head[i] == r {
			v.head[i] = k
		}
	}
	v.repaired = "took " + v.lower[k] + " for the main verb of " + v.lower[r]
}

func (v *sentence) cyclic(i int) bool {
	for steps, h := 0, v.head[i]; h >= 0; h = v.head[h] {
		if h == i || steps > v.n {
			return true
		}
		steps++
	}
	return false
}

// lowerForm is lowerASCII(form), which is often the lemma ("The", "the"):
// then the lemma is returned instead of a new string.
func lowerForm(form, lemma string) string {
	switch {
	case !hasUpperASCII(form):
		return form
	case lower.Is(form, lemma):
		return lemma
	}
	return strings.ToLower(form)
}

// lowerASCII lowercases s when it holds an ASCII capital letter, and
// returns it as it is otherwise.
func lowerASCII(s string) string {
	if hasUpperASCII(s) {
		return strings.ToLower(s)
	}
	return s
}

// hasUpperASCII reports whether s holds an ASCII capital letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// tok returns the document token of sentence token i.
func (v *sentence) tok(i int) *text.Token { return &v.doc.Tokens[v.start+i] }

// joinsNeighbours reports whether token h touches the tokens on both sides
// of it, with no space between: the "-" of "life-support" or "China-US".
func (v *sentence) joinsNeighbours(h int) bool {
	return h > 0 && h+1 < v.n && v.tok(h-1).Span.End == v.tok(h).Span.Start && v.tok(h).Span.End == v.tok(h+1).Span.Start
}

// mentionStarting returns the mention covering the token that starts at
// byte offset off, or -1.
func (v *sentence) mentionStarting(off int) int {
	for i := 0; i < v.n; i++ {
		if v.tok(i).Span.Start == off {
			return v.mention[i]
		}
	}
	return -1
}

// bareBase reports whether verb h is in its base form with no subject,
// auxiliary or subordinator of its own ("release", not "to release", "will
// release", "that he release").
func (v *sentence) bareBase(h int) bool {
	return v.tok(h).XPOS == "VB" && v.childUniversal(h, "nsubj", "csubj", "expl", "aux", "mark") < 0
}

// imperative reports whether clause h is in the imperative: a main or
// quoted clause whose verb is a bare base form ("Release them", "Visit our
// website"). A conjunct shares the subject and auxiliaries of the first
// ("will attend and tell") and is never one.
func (v *sentence) imperative(h int) bool {
	switch v.urel[h] {
	case "root", "parataxis", "ccomp":
		return v.upos[h] == "VERB" && v.bareBase(h)
	}
	return false
}

// sharedAuxHost returns the first conjunct whose auxiliaries the verb
// conjunct h shares, or -1: h is in its base form with no subject or
// auxiliary of its own ("will attend and tell", "did not attend or vote"),
// and the first conjunct has an auxiliary. "did not attend and left" shares
// nothing: "left" is finite.
func (v *sentence) sharedAuxHost(h int) int {
	if v.urel[h] != "conj" || !v.bareBase(h) {
		return -1
	}
	first := v.head[h]
	if first < 0 || v.childUniversal(first, "aux") < 0 {
		return -1
	}
	return first
}

// childExact returns the first child of h whose full relation is one of
// rels, or -1.
func (v *sentence) childExact(h int, rels ...string) int {
	for _, k := range v.kids[h] {
		for _, r := range rels {
			if v.rel[k] == r {
				return k
			}
		}
	}
	return -1
}

// childUniversal returns the first child of h whose universal relation is
// one of rels, or -1.
func (v *sentence) childUniversal(h int, rels ...string) int {
	for _, k := range v.kids[h] {
		for _, r := range rels {
			if v.urel[k] == r {
				return k
			}
		}
	}
	return -1
}

// inClass reports whether token t's lemma, lowercased form or verb phrase
// ("make clear") is a word of the lexicon's class.
func (v *sentence) inClass(lex *Lexicon, class lexClass, t int) bool {
	return v.inAnyClass(lex, classesOf(class), t)
}

// inAnyClass reports whether token t's lemma, lowercased form or verb
// phrase is a word of one of classes.
func (v *sentence) inAnyClass(lex *Lexicon, classes classSet, t int) bool {
	return lex.words[v.lemma[t]].meets(classes) || lex.words[v.lower[t]].meets(classes) ||
		v.phrasal[t] != "" && lex.words[v.phrasal[t]].meets(classes)
}

// smallClauseVerb reports whether the base-form verb i, the xcomp of h,
// follows h's object: an adjective of a small clause the tagger took for
// a verb ("made it clear", "made it plain").
func (v *sentence) smallClauseVerb(h, i int) bool {
	if v.upos[i] != "VERB" || v.tok(i).XPOS != "VB" {
		return false
	}
	o := v.childUniversal(h, "obj")
	return o > h && o < i
}

// phraseGovernor returns the verb whose phrase g completes as the predicate
// of its small clause ("made it clear it would not": "clear" completes
// "make clear"), or g: the parse hangs the phrase's complement on the
// predicate.
func (v *sentence) phraseGovernor(g int) int {
	if p := v.head[g]; p >= 0 && v.urel[g] == "xcomp" && v.phrasal[p] != "" && v.phrasal[p] == v.lemma[p]+" "+v.lemma[g] {
		return p
	}
	return g
}

// isVerbal reports whether token i heads a clause.
func (v *sentence) isVerbal(i int) bool {
	switch v.upos[i] {
	case "VERB", "AUX":
		return true
	}
	// A copular clause is headed by its predicate.
	return v.childUniversal(i, "cop") >= 0 && v.childUniversal(i, "nsubj") >= 0
}

// clauseBoundary reports whether the arc into token k starts a new clause
// that patterns must not look into.
func (v *sentence) clauseBoundary(k int) bool {
	switch v.urel[k] {
	case "ccomp", "advcl", "parataxis", "csubj", "list", "discourse", "vocative", "reparandum", "dislocated":
		return true
	case "acl":
		// A relative clause, or a content clause with its own subject
		// ("the fact that costs are high"); not an infinitive ("a plan to
		// visit", "an agreement with X to finance" read with X as subject).
		// A present participle without a preposition is a reduced relative
		// clause ("a resolution criticizing Nicaragua on human rights"),
		// unlike a gerund ("accused Iran of arming militias").
		return v.rel[k] == "acl:relcl" || v.hasOwnSubject(k) && !v.hasMark(k, "to") ||
			v.tok(k).XPOS == "VBG" && v.upos[k] == "VERB" && v.childUniversal(k, "mark", "case") < 0
	case "conj":
		return v.isVerbal(k)
	}
	return false
}

// phrase returns the span of the noun phrase headed by i: its subtree
// without clauses, appositions and trailing punctuation.
func (v *sentence) phrase(i int) (lo, hi int) {
	lo, hi = i, i
	var walk func(int, int)
	walk = func(t, depth int) {
		if depth > v.n {
			return
		}
		lo, hi = min(lo, t), max(hi, t)
		for _, k := range v.kids[t] {
			switch v.urel[k] {
			case "acl", "appos", "conj", "cc", "punct", "parataxis", "advcl", "ccomp", "dep":
				continue
			}
			if v.rel[k] == "nmod" && k > i && t == i && v.hasCase(k, "including") {
				continue
			}
			if t == i && k < i && (v.urel[k] == "case" || v.urel[k] == "mark") {
				continue // "from Moscow": the phrase is "Moscow"
			}
			walk(k, depth+1)
		}
	}
	walk(i, 0)
	return lo, hi
}

func (v *sentence) hasCase(i int, words ...string) bool {
	for _, k := range v.kids[i] {
		if v.urel[k] != "case" && v.urel[k] != "mark" {
			continue
		}
		for _, w := range words {
			if v.lemma[k] == w || v.lower[k] == w {
				return true
			}
		}
	}
	return false
}

// questionPut reports whether clause or noun t is a question that
// governor g, a question-gov word, puts: "asked whether ...", "asked how
// ...", "asked about ...".
func (v *sentence) questionPut(g, t int) bool {
	if !v.inClass(v.lex, classQuestionGov, g) {
		return false
	}
	if v.hasCase(t, "whether", "if", "about") {
		return true
	}
	for _, k := range v.kids[t] {
		if k < t && strings.HasPrefix(v.tok(k).XPOS, "W") {
			return true
		}
	}
	return false
}

// hasMark reports whether clause i is introduced by one of words.
func (v *sentence) hasMark(i int, words ...string) bool {
	for _, k := range v.kids[i] {
		if v.urel[k] != "mark" {
			continue
		}
		for _, w := range words {
			if v.lower[k] == w {
				return true
			}
		}
	}
	return false
}

// conditionMark returns the subordinator that makes clause i a condition
// ("if"), or "".
func (v *sentence) conditionMark(i int, lex *Lexicon) string {
	for _, k := range v.kids[i] {
		if v.urel[k] == "mark" && lex.has(classCondition, v.lemma[k]) {
			return v.lower[k]
		}
	}
	return ""
}

// reportChild returns a reporting verb attached to clause t as a
// parenthetical ("X will free them, the minister said"), or -1.
func (v *sentence) reportChild(t int, lex *Lexicon) int {
	for _, k := range v.kids[t] {
		switch v.urel[k] {
		case "parataxis", "ccomp", "advcl":
		default:
			continue
		}
		if v.inClass(lex, classReport, k) && v.childUniversal(k, "nsubj") >= 0 &&
			v.childUniversal(k, "ccomp", "xcomp", "obj") < 0 {
			return k
		}
	}
	return -1
}

// addressee returns whom an appeal or demand made with word g is addressed
// to: its object ("urged Iran to"), an on- or to-phrase ("called on Iran
// to", "appealed to Iran"), or the subject of the asked-for clause ("called
// for Iran to"); -1 when none.
func (v *sentence) addressee(g, clause int) int {
	if k := v.childExact(g, "nsubj:pass"); k >= 0 {
		return k // "Obama was pressed by Congress to"
	}
	for _, k := range v.kids[g] {
		if k == clause {
			continue
		}
		switch v.urel[k] {
		case "obj", "iobj":
			if v.upos[k] != "PRON" || v.mention[k] >= 0 {
				return k
			}
		case "obl", "nmod":
			if v.hasCase(k, "on", "upon", "to") {
				return k
			}
		}
	}
	if clause >= 0 {
		if s := v.childUniversal(clause, "nsubj"); s >= 0 {
			return s
		}
		// "called for the prime minister to resign": the for-phrase
		// before an infinitive is its subject, whom the appeal addresses.
		for _, k := range v.kids[g] {
			if k < clause && v.urel[k] == "obl" && v.hasCase(k, "for") && v.mentionFor(k) >= 0 && v.childUniversal(clause, "mark") >= 0 {
				return k
			}
		}
	}
	return -1
}

// span returns the byte span of tokens lo..hi.
func (v *sentence) span(lo, hi int) text.Span {
	return text.Span{Start: v.tok(lo).Span.Start, End: v.tok(hi).Span.End}
}

// conjuncts returns i and the tokens coordinated with it ("X and Y").
func (v *sentence) conjuncts(i int) []int {
	out := []int{i}
	for depth := 0; depth < len(out) && depth < v.n; depth++ {
		for _, k := range v.kids[out[depth]] {
			if v.urel[k] == "conj" && !v.isVerbal(k) && !v.apposedToPhrase(out[depth], k) {
				out = append(out, k)
			}
		}
	}
	if len(out) < 3 {
		return out
	}
	// "Venezuela and Italian oil company Eni" parsed as three conjuncts: a
	// common noun right before a name among them is the name's description.
	kept := out[:0:0]
	for _, k := range out {
		if v.upos[k] == "NOUN" && k+1 < v.n && v.upos[k+1] == "PROPN" && slices.Contains(out, k+1) {
			continue
		}
		kept = append(kept, k)
	}
	return kept
}

// apposedToPhrase reports whether conjunct k of h, in a coordination
// without coordinator, follows a comma that ends a prepositional phrase of
// h: "met Lagarde in Davos, Switzerland" parsed with Switzerland a
// conjunct of Lagarde names where Davos is, not someone else met.
func (v *sentence) apposedToPhrase(h, k int) bool {
	if k < 2 || v.tok(k-1).Form != "," {
		return false
	}
	// A list has a coordinator: "in Bahrain, Qatar and Saudi Arabia",
	// "the states of Lithuania, Latvia and Estonia".
	queue := []int{h}
	for i := 0; i < len(queue) && i < v.n; i++ {
		for _, c := range v.kids[queue[i]] {
			if v.urel[c] != "conj" {
				continue
			}
			if v.childUniversal(c, "cc") >= 0 {
				return false
			}
			queue = append(queue, c)
		}
	}
	for t, steps := k-2, 0; t >= 0 && t != h && steps < v.n; t, steps = v.head[t], steps+1 {
		if (v.urel[t] == "nmod" || v.urel[t] == "obl") && v.childUniversal(t, "case") >= 0 {
			return true
		}
	}
	return false
}

// callPurpose reports whether verb h is one whose to-clause says why it
// was done when it has a direct object and no on-, upon- or for-phrase
// (purpose-gov: "called Erdogan on Tuesday to apologize", not "called on
// Erdogan to apologize").
func (v *sentence) callPurpose(h int) bool {
	if v.lex == nil || !v.inClass(v.lex, classPurposeGov, h) || v.childUniversal(h, "obj") < 0 {
		return false
	}
	for _, k := range v.kids[h] {
		if k > h && (v.urel[k] == "obl" || v.urel[k] == "nmod") && v.hasCase(k, "on", "upon", "for") && !v.inClass(v.lex, classTimeWord, k) {
			// "called on Iran to", "called for"; not "On Nov. 18, he called".
			return false
		}
	}
	return true
}

// calledSomeone reports whether the object of verb h is someone: an actor
// or a personal pronoun ("called Zelensky", "called us"), not a thing
// ("called a vote").
func (v *sentence) calledSomeone(h int) bool {
	o := v.childUniversal(h, "obj")
	return o >= 0 && (v.upos[o] == "PRON" || v.mention[o] >= 0)
}

// predicateAdjective returns the adjective said of subject a, with a
// copula ("the attack is likely") or as a verb's complement ("looks
// likely", "seems unlikely"), or -1. An adjective with a clause of its own
// says that of the clause ("the request is likely to be opposed"), and a
// compared one of something else ("was more likely about business").
func (v *sentence) predicateAdjective(a int) int {
	h := v.head[a]
	if h < 0 || v.urel[a] != "nsubj" {
		return -1
	}
	p := -1
	if v.upos[h] == "ADJ" && v.childUniversal(h, "cop") >= 0 {
		p = h
	} else if v.upos[h] == "VERB" {
		for _, k := range v.kids[h] {
			if v.urel[k] == "xcomp" && (v.upos[k] == "ADJ" || v.upos[k] == "ADV") {
				p = k
			}
		}
	}
	if p < 0 || v.childUniversal(p, "xcomp", "ccomp") >= 0 {
		return -1
	}
	for _, k := range v.kids[p] {
		if v.urel[k] == "advmod" && (v.lemma[k] == "more" || v.lemma[k] == "most" || v.lemma[k] == "less") {
			return -1
		}
	}
	return p
}

// predicateNominal returns the noun or adjective that verb h predicates of
// its object ("called Putin a genius": genius; "calls them rogue states"),
// or -1.
func (v *sentence) predicateNominal(h int) int {
	for _, k := range v.kids[h] {
		if v.urel[k] == "xcomp" {
			switch v.upos[k] {
			case "NOUN", "PROPN", "ADJ":
				return k
			}
		}
	}
	return -1
}
