// Package depparse is a transition-based labelled dependency parser (arc-eager
// with a dynamic oracle, averaged perceptron) producing Universal Dependencies
// v2 trees.
package depparse

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/parleyproject/parley/internal/binfmt"
	"github.com/parleyproject/parley/internal/english"
	"github.com/parleyproject/parley/internal/lower"
	"github.com/parleyproject/parley/internal/perceptron"
	"github.com/parleyproject/parley/text"
)

// Name identifies the parser and its model format.
const Name = "parley.depparse.v1"

// Parser parses tagged sentences. It is read-only after loading and safe for
// concurrent use.
//
// Transitions carry a label group rather than a relation: the transition
// model scores SHIFT, REDUCE, and LEFT and RIGHT with each group; when the
// chosen group holds several relations, the labeler picks one. With one
// relation per group this is the classic model over labelled transitions;
// coarser groups make every decision cheaper.
type Parser struct {
	labels  []string // relations
	groups  []string // names of the label groups
	groupOf []int    // relation → group
	members [][]int  // group → relations, sorted
	// model scores transitions, 2 + 2*len(groups) classes (see moveOf).
	model *perceptron.Model
	// labeler scores relations for an arc; nil when every group has one.
	labeler *perceptron.Model
	rootRel int // index of "root" in labels, or -1
	// universal is set when the labels have no subtypes: the parser then
	// restores them by rule (see restoreSubtypes).
	universal bool
	// shapes holds the weights of features fixed by a configuration's
	// shape; nil while training, when every feature is looked up.
	shapes *shapeTable
	punct  int
	parat  int
	rels   relIndex
	// clausalSubject and nominalSubject mark the labels of each kind of
	// subject (csubj, nsubj and their subtypes).
	clausalSubject, nominalSubject []bool
	oblique                        []bool // obl and its subtypes
	scratch                        sync.Pool
}

// relIndex holds the label indices of the relations finish's repairs use;
// -1 when the model lacks one.
type relIndex struct {
	nmod, caseMark, obj, obl, ccomp, compound, det, nsubj, acl, conj int
	nsubjPass, auxPass, mark, amod, advcl                            int
	advmod, fixed, aux, cc, cop, xcomp, flat, nummod, poss, appos    int
	particle                                                         int // compound:prt
}

type scratch struct {
	st    state
	ws    words
	feats []uint64
	// varying holds the features of a configuration that its shape does
	// not fix, word features aside, whose sums wordSums keeps; feats holds
	// all of them when the parser has no shape table.
	varying  []uint64
	wordSums wordCache
	lfeats   []uint64
	scores   *perceptron.Scores
	work     perceptron.Scratch
	sent     Sentence
	rels     []string
	upos     []uposTag // the sentence's tags as numbers, for finish
}

func (p *Parser) getScratch() *scratch {
	s, _ := p.scratch.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: new(perceptron.Scores), feats: make([]uint64, 0, numFeatures)}
	}
	return s
}

// Labels returns the dependency relations the model knows.
func (p *Parser) Labels() []string { return p.labels }

// Parse fills Head and DepRel of every token of doc from its forms and tags.
func (p *Parser) Parse(doc *text.Document) {
	for _, sent := range doc.Sentences {
		p.ParseTokens(doc.Tokens[sent.Start:sent.End], sent.Start)
	}
}

// ParseTokens parses one sentence's tokens in place; offset is the index of
// the first token in its document, since heads are document indices.
func (p *Parser) ParseTokens(toks []text.Token, offset int) {
	n := len(toks)
	if n == 0 {
		return
	}
	s := p.getScratch()
	defer p.scratch.Put(s)
	in := &s.sent
	in.Forms, in.Lemmas, in.XPOS, in.UPOS = in.Forms[:0], in.Lemmas[:0], in.XPOS[:0], in.UPOS[:0]
	for _, t := range toks {
		in.Forms = append(in.Forms, t.Form)
		in.Lemmas = append(in.Lemmas, t.Lemma)
		in.XPOS = append(in.XPOS, t.XPOS)
		in.UPOS = append(in.UPOS, t.UPOS)
	}
	p.run(s, in)
	rels := s.rels[:0]
	for i := range toks {
		rels = append(rels, p.labels[s.st.label[i]])
	}
	s.rels = rels
	if p.universal {
		restoreSubtypes(in, s.st.head, rels)
	}
	for i := range toks {
		h := s.st.head[i]
		if h >= 0 {
			toks[i].Head = h + offset
		} else {
			toks[i].Head = -1
		}
		toks[i].DepRel = rels[i]
	}
}

// ParseWords parses a sentence given as words with their tags (and lemmas,
// which may be nil); Heads and Rels of in are ignored. It returns heads (-1
// for the root) and relations.
func (p *Parser) ParseWords(in Sentence) ([]int, []string) {
	heads := make([]int, len(in.Forms))
	rels := make([]string, len(in.Forms))
	if len(in.Forms) == 0 {
		return heads, rels
	}
	s := p.getScratch()
	defer p.scratch.Put(s)
	p.run(s, &in)
	for i := range in.Forms {
		heads[i] = s.st.head[i]
		rels[i] = p.labels[s.st.label[i]]
	}
	if p.universal {
		restoreSubtypes(&in, heads, rels)
	}
	return heads, rels
}

// run parses greedily and leaves a single-rooted tree in s.st.
func (p *Parser) run(s *scratch, in *Sentence) {
	n := len(in.Forms)
	s.ws.fill(in.Forms, in.Lemmas, in.XPOS, in.UPOS)
	st := &s.st
	st.reset(n)
	nc := 2 + 2*len(p.groups)
	if p.shapes != nil {
		s.wordSums.fill(p.model, p.shapes, &s.ws, n, nc)
	}
	for !st.terminal() {
		if len(st.stack) == 0 {
			// Only a shift is possible: nothing to score.
			st.apply(move{op: opShift})
			continue
		}
		sc := s.scores[:nc]
		if p.shapes != nil {
			// The shape's fixed features and the word features' sums
			// are cached (see shapeTable and wordCache).
			parts := configParts(st)
			shape := shapeNumber(&parts)
			s.wordSums.start(p.shapes, shape, st, sc)
			s.varying = appendConfigFeatures(s.varying[:0], st, &s.ws, &parts)
			p.model.ScoreWith(s.varying, s.scores, &s.work)
		} else {
			s.feats = extract(s.feats[:0], st, &s.ws)
			clear(sc)
			p.model.ScoreWith(s.feats, s.scores, &s.work)
		}
		m := moveOf(bestValid(st, sc, perceptron.FirstMax))
		if m.op == opLeft || m.op == opRight {
			m.label = p.label(s, st, m.op, m.label)
		}
		st.apply(m)
	}
	st.forms, st.lemmas = in.Forms, in.Lemmas
	s.upos = appendUPOSTags(s.upos[:0], in.UPOS)
	p.finish(st, s.upos, in.XPOS)
	st.forms, st.lemmas = nil, nil
}

// label names the arc that op is about to make, among the relations of
// group g.
func (p *Parser) label(s *scratch, st *state, op, g int) int {
	rels := p.members[g]
	if len(rels) == 1 {
		return rels[0]
	}
	h, d := arcEnds(st, op)
	s.lfeats = extractLabel(s.lfeats[:0], st, &s.ws, h, d)
	sc := s.scores[:len(p.labels)]
	clear(sc)
	p.labeler.ScoreWith(s.lfeats, s.scores, &s.work)
	return bestOf(sc, rels)
}

// arcEnds returns the head and dependent of the arc op would make.
func arcEnds(st *state, op int) (h, d int) {
	if op == opRight {
		return st.s0(), st.b
	}
	return st.b, st.s0()
}

// bestOf returns the candidate with the highest score.
func bestOf[T int32 | float32](scores []T, candidates []int) int {
	best := candidates[0]
	for _, c := range candidates[1:] {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

// bestValid returns the highest-scoring transition allowed in st (the
// first of equals); firstMax is perceptron.FirstMax for its type.
func bestValid[T int32 | float32](st *state, scores []T, firstMax func([]T, int) int) int {
	best := -1
	var top T // the score of best, kept out of scores for speed
	if st.valid(opShift) {
		best, top = 0, scores[0]
	}
	if st.valid(opReduce) && (best < 0 || scores[1] > top) {
		best, top = 1, scores[1]
	}
	left, right := st.valid(opLeft), st.valid(opRight)
	from, step := 2, 2 // classes 2+2g are Left, 3+2g Right
	switch {
	case left && right:
		step = 1
	case right:
		from = 3
	case !left:
		return best
	}
	if best < 0 {
		best, top = from, scores[from]
	}
	if c := from + firstMax(scores[from:], step); scores[c] > top {
		best = c
	}
	return best
}

// finish turns the forest left by the transitions into one tree: the largest
// headless subtree becomes the root, other headless words attach to it.
func (p *Parser) finish(st *state, upos []uposTag, xpos []string) {
	p.unhangFromPunct(st, upos, xpos)
	p.secondSubjects(st)
	p.joinSubjects(st, upos)
	p.subjectOfOblique(st, upos)
	p.partitiveOf(st, upos)
	p.recipientAfterAmount(st, upos)
	p.compoundBeforePreposition(st, upos)
	p.caseOnCompound(st, upos)
	p.prepositionalSubjects(st, upos, xpos)
	root := p.joinRoots(st, upos)
	if root >= 0 {
		st.label[root] = max(p.rootRel, 0)
		p.verbForNominalRoot(st, upos, xpos, root)
		p.predicateAfterParenthesis(st, upos, xpos, root)
		p.objectAsRoot(st, upos, root)
		p.serialSubject(st, upos, xpos)
	}
	p.predicateTakenForModifier(st, upos, xpos)
	p.gerundTakenForCompound(st, upos, xpos)
	p.subjectAfterFrontedPhrase(st, upos, xpos)
	p.subjectAfterFrontedNumber(st, upos, xpos)
	p.conjunctSubject(st, upos, xpos)
	p.objectAsClauseSubject(st, upos, xpos)
	p.subjectAfterCoordinator(st, upos, xpos)
	p.verbBeforeItsClause(st, upos, xpos)
	p.reportMadeAdverbial(st, upos, xpos)
	p.infinitiveAfterObject(st, upos, xpos)
	p.purposeAfterOblique(st, upos, xpos)
	p.participleBeforeSubject(st, upos, xpos)
	p.upToNumber(st, upos)
	p.conjoinedSubordinate(st, upos)
	p.subordinatorAsPreposition(st, upos, xpos)
	p.objectTakenForClauseSubject(st, upos)
	p.perfectParticiple(st, upos, xpos)
	p.adjectiveWithClause(st, upos)
	p.participleBeforeObject(st, upos, xpos)
	p.conjunctInName(st, upos)
	p.speakerAfterQuote(st, upos)
	p.relativeInReport(st, upos, xpos)
	p.subjectOfTrailingClause(st, upos, xpos)
	p.thatClauseComplement(st, upos)
	p.conjunctWithoutCoordinator(st, upos)
	p.clauseAfterPreposition(st, upos, xpos)
	p.objectTakenForLateSubject(st, upos)
	p.askedClause(st, upos, xpos)
	p.participleOfSubject(st, upos, xpos)
	p.adjectiveAsSubject(st, upos, xpos)
	p.particleTakenForPreposition(st, upos)
	p.strandedParticle(st, upos)
	p.includingAsPreposition(st, upos)
	p.relativeAfterName(st, upos)
	p.ofMarkingClause(st, upos, xpos)
	p.flatToFirst(st)
	p.reportedClauseOfFirstSubject(st, upos, xpos)
	p.verbTakenForPreposition(st, upos)
	p.invertedReport(st, upos, xpos)
	p.oneTree(st, upos)
}

// oneTree makes sure the repairs leave one tree: a repair that misreads a
// garbled sentence may leave a second root or a cycle, which every reader of
// a parse assumes away. The root is the headless word with the most words
// below it; another headless word, and a word of a cycle, hang from it.
func (p *Parser) oneTree(st *state, upos []uposTag) {
	if isTree(st) {
		return
	}
	n := st.n
	root := p.joinRoots(st, upos)
	if root < 0 {
		root = 0 // all in cycles: the first word becomes the root
		st.head[0], st.label[0] = -1, max(p.rootRel, 0)
	}
	for i := 0; i < n; i++ {
		if descends(st, i, root) {
			continue
		}
		// i leads into a cycle: n steps up from it are inside the cycle.
		k := i
		for range n {
			k = st.head[k]
		}
		p.hangFrom(st, upos, k, root)
	}
}

// joinRoots makes the headless word with the most words below it the root,
// hangs the other headless words from it and returns it (-1 when every
// word has a head).
func (p *Parser) joinRoots(st *state, upos []uposTag) int {
	n := st.n
	// Most parses have one headless word: it is the root, and nothing
	// needs hanging or sizing.
	root, roots := -1, 0
	for i := 0; i < n; i++ {
		if st.head[i] < 0 {
			root = i
			roots++
		}
	}
	if roots <= 1 {
		return root
	}
	size := make([]int, n)
	for i := 0; i < n; i++ {
		for h := i; h >= 0; h = st.head[h] {
			size[h]++
			if size[h] > n { // defensive: never loop on a malformed state
				break
			}
		}
	}
	root = -1
	for i := 0; i < n; i++ {
		if st.head[i] < 0 && (root < 0 || size[i] > size[root]) {
			root = i
		}
	}
	for i := 0; i < n; i++ {
		if st.head[i] < 0 && i != root {
			p.hangFrom(st, upos, i, root)
		}
	}
	return root
}

// hangFrom hangs word i from root as punctuation or a parataxis.
func (p *Parser) hangFrom(st *state, upos []uposTag, i, root int) {
	st.head[i], st.label[i] = root, max(p.parat, 0)
	if upos[i] == uposPunct && p.punct >= 0 {
		st.label[i] = p.punct
	}
}

// takeOver gives to word to what hung from word from before to, and the
// sentence's last punctuation: to takes from's place in the clause.
func takeOver(st *state, upos []uposTag, from, to int) {
	for k := 0; k < to; k++ {
		if st.head[k] == from {
			st.head[k] = to
		}
	}
	lastPunctTo(st, upos, from, to)
}

// lastPunctTo hangs the sentence's last word from to when it is
// punctuation that hangs from from.
func lastPunctTo(st *state, upos []uposTag, from, to int) {
	if last := st.n - 1; last >= 0 && upos[last] == uposPunct && st.head[last] == from {
		st.head[last] = to
	}
}

// isTree reports whether st's heads form one tree, in time linear in the
// sentence's length.
func isTree(st *state) bool {
	const (
		unseen = iota
		onPath
		rooted
	)
	mark := make([]uint8, st.n)
	roots := 0
	for i := 0; i < st.n; i++ {
		k := i
		for k >= 0 && mark[k] == unseen {
			mark[k] = onPath
			if st.head[k] < 0 {
				roots++
			}
			k = st.head[k]
		}
		if k >= 0 && mark[k] == onPath {
			return false // a cycle
		}
		for k = i; k >= 0 && mark[k] == onPath; k = st.head[k] {
			mark[k] = rooted
		}
	}
	return roots == 1
}

// invertedReport rebuilds a reporting clause set off by commas with its
// speaker after the verb, which the transitions read as the sentence's
// verb with the speaker opening its complement: in "The talks, said one
// official, were tense" the clause "were tense" heads the sentence, with
// "The talks" its subject, and "said" is its parataxis, with "one official"
// the subject of "said".
func (p *Parser) invertedReport(st *state, upos []uposTag, xpos []string) {
	if p.rels.nsubj < 0 || p.rels.ccomp < 0 || p.rels.obj < 0 || p.parat < 0 || p.punct < 0 || st.forms == nil || len(xpos) < st.n {
		return
	}
	for v := 2; v+3 < st.n; v++ {
		if st.forms[v-1] != "," || xpos[v] != "VBD" || !english.In(english.InvertedReport, st.forms[v]) {
			continue
		}
		// The speaker: determiners, numbers, adjectives and nouns up to a
		// comma, its head the last noun.
		k, speaker := v+1, -1
		for k < st.n && (upos[k] == uposDet || upos[k] == uposNum || upos[k] == uposAdj || nominal(upos[k])) {
			if nominal(upos[k]) {
				speaker = k
			}
			k++
		}
		if speaker < 0 || k+1 >= st.n || st.forms[k] != "," {
			continue
		}
		main := -1
		for c := k + 1; c < st.n; c++ {
			if st.head[c] == v && (st.label[c] == p.rels.ccomp || st.label[c] == p.parat) {
				main = c
				break
			}
		}
		// Only a noun phrase before the first comma: "The report, which
		// did not cite sources, said Japan, the chair, will …" reports
		// after its verb.
		subject, verbBefore := -1, false
		for c := 0; c < v-1; c++ {
			verbBefore = verbBefore || upos[c] == uposVerb || upos[c] == uposAux
			if st.head[c] == v && labelIn(p.nominalSubject, st.label[c]) {
				subject = c
			}
		}
		if verbBefore {
			continue
		}
		// The speaker was read as the subject of the clause after it, or
		// as the verb's object ("Hloba, said the statement, was …").
		spoke := st.head[speaker] == main && labelIn(p.nominalSubject, st.label[speaker]) ||
			st.head[speaker] == v && st.label[speaker] == p.rels.obj
		if main < 0 || subject < 0 || !spoke {
			continue
		}
		st.head[main], st.label[main] = st.head[v], st.label[v]
		st.head[v], st.label[v] = main, p.parat
		st.head[subject] = main
		st.head[speaker], st.label[speaker] = v, p.rels.nsubj
		for c := 0; c < st.n; c++ {
			if st.head[c] == v && c > k && c != speaker && upos[c] == uposPunct {
				st.head[c] = main // the full stop
			}
		}
		st.head[v-1], st.label[v-1] = v, p.punct
		st.head[k], st.label[k] = v, p.punct
	}
}

// particleTakenForPreposition attaches to a phrasal verb
// (english.PhrasalVerb) its particle, which the transitions made the
// preposition of the noun after it ("handed over the documents": "over" the
// case of "documents"). The noun, an oblique of the verb, becomes its
// object, unless it has a preposition of its own ("handed over to police")
// or the verb has an object already.
func (p *Parser) particleTakenForPreposition(st *state, upos []uposTag) {
	if p.rels.particle < 0 || p.rels.obj < 0 || st.forms == nil {
		return
	}
	for v := 0; v+2 < st.n; v++ {
		prt := v + 1
		if upos[v] != uposVerb || st.label[prt] != p.rels.caseMark || !english.PhrasalVerb(st.lemmaOf(v), st.forms[prt]) {
			continue
		}
		noun := st.head[prt]
		if noun <= prt || st.head[noun] != v || !labelIn(p.oblique, st.label[noun]) {
			continue
		}
		st.head[prt], st.label[prt] = v, p.rels.particle
		ownCase, hasObject := false, false
		for k := 0; k < st.n; k++ {
			ownCase = ownCase || st.head[k] == noun && st.label[k] == p.rels.caseMark
			hasObject = hasObject || st.head[k] == v && st.label[k] == p.rels.obj
		}
		if !ownCase && !hasObject {
			st.label[noun] = p.rels.obj
		}
	}
}

// strandedParticle makes a preposition that ends a verb's phrase with no
// noun of its own the verb's particle: in "pushed the aid package through"
// the transitions made "through" an adverb of pushed.
func (p *Parser) strandedParticle(st *state, upos []uposTag) {
	if p.rels.particle < 0 || p.rels.advmod < 0 {
		return
	}
	for d := 1; d < st.n; d++ {
		v := st.head[d]
		if v < 0 || v > d || upos[d] != uposAdp || upos[v] != uposVerb || st.label[d] != p.rels.advmod || d+1 < st.n && upos[d+1] != uposPunct {
			continue
		}
		st.label[d] = p.rels.particle
	}
}

// includingAsPreposition makes a participle that is a preposition before a
// noun (lexicon.tsv's preposition-participle: "including") the noun's
// preposition, as the treebanks do, where the transitions made it a
// participle clause with the noun its object ("countries including Iran").
func (p *Parser) includingAsPreposition(st *state, upos []uposTag) {
	if st.forms == nil || p.rels.caseMark < 0 || p.rels.nmod < 0 || p.rels.obl < 0 || p.rels.obj < 0 {
		return
	}
	for i := 1; i+1 < st.n; i++ {
		h := st.head[i]
		if h < 0 || h > i || st.label[i] != p.rels.acl && st.label[i] != p.rels.advcl || !english.In(english.PrepositionParticiple, st.forms[i]) {
			continue
		}
		o, others := -1, false
		for k := 0; k < st.n; k++ {
			if st.head[k] != i {
				continue
			}
			if k > i && o < 0 && st.label[k] == p.rels.obj && nominal(upos[k]) {
				o = k
			} else {
				others = true
			}
		}
		if o < 0 || others {
			continue
		}
		st.head[o], st.label[o] = h, p.rels.nmod
		if upos[h] == uposVerb {
			st.label[o] = p.rels.obl
		}
		st.head[i], st.label[i] = o, p.rels.caseMark
	}
}

// relativeAfterName hangs a relative clause set off by a comma right after
// a name from that name, where the transitions hung it from a noun before:
// in "discourages Western companies from investing in Iran, which it
// accuses of trying" the clause is about Iran, not the companies.
func (p *Parser) relativeAfterName(st *state, upos []uposTag) {
	if st.forms == nil || p.punct < 0 {
		return
	}
	for c := 1; c+2 < st.n; c++ {
		r := st.head[c]
		n := c - 1
		if st.forms[c] != "," || r <= c || upos[n] != uposPropn || st.head[r] < 0 || st.head[r] >= n || st.label[r] < 0 || !strings.HasSuffix(p.labels[st.label[r]], "relcl") {
			continue
		}
		switch strings.ToLower(st.forms[c+1]) {
		case "which", "who", "whom", "whose":
		default:
			continue
		}
		if st.head[c+1] != r && (c+2 >= st.n || st.head[c+2] != r) {
			continue
		}
		// The name's head: its first word when its words are flat.
		for steps := 0; steps < st.n && st.head[n] >= 0 && st.label[n] == p.rels.flat; steps++ {
			n = st.head[n]
		}
		if n < c && n != st.head[r] && !descends(st, n, r) {
			st.head[r] = n
		}
	}
}

// ofMarkingClause mends a subject cut at its "of" that the transitions read
// as a clause marked by "of": in "A group of northern European nations
// urged the EU" group was the root and "of nations urged" its clause, with
// nations the subject of urged. "of" marks no tensed clause; the noun after
// it is the first noun's, and the first noun the verb's subject.
func (p *Parser) ofMarkingClause(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || st.forms == nil || p.rels.mark < 0 || p.rels.caseMark < 0 || p.rels.nmod < 0 || p.rels.nsubj < 0 {
		return
	}
	for m := 1; m+2 < st.n; m++ {
		v := st.head[m]
		if !strings.EqualFold(st.forms[m], "of") || st.label[m] != p.rels.mark || v <= m || upos[v] != uposVerb {
			continue
		}
		g := st.head[v]
		subj := p.subjectIndex(st, v)
		if _, tensed := verbStart(st, upos, xpos, v, 0, true); !tensed || subj < m || g < 0 || g >= m || !nominal(upos[g]) || !phraseReaches(st, g, m) {
			continue
		}
		st.head[m], st.label[m] = subj, p.rels.caseMark
		st.head[subj], st.label[subj] = g, p.rels.nmod
		if st.head[g] < 0 {
			p.rootWithSubject(st, upos, g, v)
		} else {
			st.head[v], st.label[v] = st.head[g], st.label[g]
			st.head[g], st.label[g] = v, p.rels.nsubj
		}
	}
}

// reportedClauseOfFirstSubject mends a clause that the transitions read as
// a subject with a reduced relative clause, giving the verb after it two
// subjects: in "The army called for calm, officials said" army and
// officials were both subjects of said, and called a clause of army. A verb
// has one subject; the clause before the comma, with the first noun its
// subject, is what the verb reports. Before a subordinator ("Relations
// improved after Sannikov was released") the first clause is the
// sentence's and the second its adverbial.
func (p *Parser) reportedClauseOfFirstSubject(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || st.forms == nil || p.rels.acl < 0 || p.rels.ccomp < 0 || p.rels.nsubj < 0 {
		return
	}
	for s1 := 0; s1 < st.n; s1++ {
		v := st.head[s1]
		if v <= s1 || !labelIn(p.nominalSubject, st.label[s1]) {
			continue
		}
		s2 := -1
		for k := s1 + 1; k < v; k++ {
			if st.head[k] == v && labelIn(p.nominalSubject, st.label[k]) {
				s2 = k
			}
		}
		if s2 < 0 {
			continue
		}
		a := -1
		for k := s1 + 1; k < s2; k++ {
			if st.head[k] == s1 && st.label[k] == p.rels.acl && upos[k] == uposVerb && (finite(xpos[k]) || pastForm(st, xpos, k)) {
				a = k
				break
			}
		}
		if a < 0 {
			continue
		}
		// The comma right before the second subject's phrase.
		c := s2
		for c > a && descends(st, c, s2) {
			c--
		}
		switch {
		case st.forms[c] == ",":
			st.head[a], st.label[a] = v, p.rels.ccomp
			st.head[s1], st.label[s1] = a, p.rels.nsubj
			st.head[c] = v
		case st.head[c] == v && st.label[c] == p.rels.mark && p.rels.advcl >= 0 && p.subjectIndex(st, a) < 0:
			// "Relations improved after jailed opposition leader
			// Andrei Sannikov was released": the clause before the
			// subordinator is the sentence's, the one after it its
			// adverbial.
			st.head[a], st.label[a] = st.head[v], st.label[v]
			st.head[v], st.label[v] = a, p.rels.advcl
			st.head[s1], st.label[s1] = a, p.rels.nsubj
			lastPunctTo(st, upos, v, a)
		}
	}
}

// verbTakenForPreposition mends a verb with a subject or an auxiliary of
// its own that the transitions made the preposition of the noun after it:
// in "Khaled Drareni was given a suspended sentence" given was the case of
// sentence, the root. The verb takes the noun's place, the noun becomes its
// object, and the punctuation and words before the verb hang from it.
func (p *Parser) verbTakenForPreposition(st *state, upos []uposTag) {
	if p.rels.caseMark < 0 || p.rels.obj < 0 {
		return
	}
	for w := 1; w+1 < st.n; w++ {
		h := st.head[w]
		if h <= w || upos[w] != uposVerb || st.label[w] != p.rels.caseMark {
			continue
		}
		own := false
		for k := 0; k < w; k++ {
			own = own || st.head[k] == w && (labelIn(p.nominalSubject, st.label[k]) || st.label[k] == p.rels.aux || st.label[k] == p.rels.auxPass)
		}
		if !own {
			continue
		}
		st.head[w], st.label[w] = st.head[h], st.label[h]
		st.head[h], st.label[h] = w, p.rels.obj
		takeOver(st, upos, h, w)
	}
}

// flatToFirst hangs every word of a flat name from its first word, as the
// treebanks do, where the transitions chained them ("Representative Dave
// Camp" with Camp hung from Dave).
func (p *Parser) flatToFirst(st *state) {
	if p.rels.flat < 0 {
		return
	}
	for d := 2; d < st.n; d++ {
		h := st.head[d]
		if h >= 0 && h < d && st.label[d] == p.rels.flat && st.label[h] == p.rels.flat && st.head[h] >= 0 && st.head[h] < h {
			st.head[d] = st.head[h]
		}
	}
}

// adjectiveAsSubject makes an adjective with a determiner right before a
// verb without a subject that verb's subject: in "the 43-year-old asked",
// "the injured were taken" the transitions hung the determiner and the
// adjective on the verb. An adjective with "the" before it and a verb after
// it stands for a noun; "a bigger say in" is a noun phrase, "say" no verb
// there.
func (p *Parser) adjectiveAsSubject(st *state, upos []uposTag, xpos []string) {
	if p.rels.nsubj < 0 || p.rels.amod < 0 || p.rels.det < 0 || st.forms == nil || len(xpos) < st.n {
		return
	}
	for v := 2; v < st.n; v++ {
		a := v - 1
		if upos[v] != uposVerb || xpos[v] == "VB" || xpos[v] == "VBG" || upos[a] != uposAdj || st.head[a] != v || st.label[a] != p.rels.amod || p.hasSubject(st, v) {
			continue
		}
		d := -1
		for k := a - 1; k >= 0; k-- {
			if st.head[k] == v && st.label[k] == p.rels.det {
				if strings.EqualFold(st.forms[k], "the") {
					d = k
				}
				break
			}
			if !descends(st, k, a) && upos[k] != uposPunct {
				break
			}
		}
		if d < 0 {
			continue
		}
		st.head[d] = a
		st.label[a] = p.subjectOf(st, v)
	}
}

// participleOfSubject mends a participle set off by commas after the
// sentence's subject that the transitions gave the subject: in "Hu,
// branded a turncoat on the internet, was seen as ..." Hu became the
// subject of branded, and was seen had none. The noun is the subject of
// the verb after the closing comma, and the participle modifies it.
func (p *Parser) participleOfSubject(st *state, upos []uposTag, xpos []string) {
	if st.forms == nil || len(xpos) < st.n || p.rels.nsubj < 0 || p.rels.acl < 0 {
		return
	}
	for v := 2; v < st.n; v++ {
		k := v - 2
		if xpos[v] != "VBN" || st.forms[v-1] != "," || st.head[k] != v || !labelIn(p.nominalSubject, st.label[k]) || !nominal(upos[k]) {
			continue
		}
		m := st.head[v]
		if m <= v || upos[m] != uposVerb && upos[m] != uposAux && upos[m] != uposAdj || p.hasSubject(st, m) || hasDependent(st, v, p.rels.aux) || hasDependent(st, v, p.rels.auxPass) {
			continue
		}
		last := lastOf(st, v)
		closing := st.forms[last] == ","
		for j := last + 1; j < m; j++ {
			if st.forms[j] == "," {
				closing = true
			} else if upos[j] != uposAux && upos[j] != uposAdv && upos[j] != uposPart {
				closing = false
				break
			}
		}
		if !closing {
			continue
		}
		st.head[k], st.label[k] = m, p.subjectOf(st, m)
		st.head[v], st.label[v] = k, p.rels.acl
	}
}

// askedClause mends a sentence that opens with a question put to its
// subject: "Asked which county was his favorite, he demurred", "When asked
// whether he would run, Smith said ...". The transitions made "asked" the
// root or a clause of the question, and the main clause its parataxis.
// The participle modifies the main clause's verb, and the question is its
// complement.
func (p *Parser) askedClause(st *state, upos []uposTag, xpos []string) {
	if st.forms == nil || p.rels.advcl < 0 || p.rels.ccomp < 0 || p.rootRel < 0 {
		return
	}
	a := 0
	if a < st.n && (strings.EqualFold(st.forms[a], "when") || strings.EqualFold(st.forms[a], "if") || strings.EqualFold(st.forms[a], "once")) {
		a++
	}
	if a+3 >= st.n || !strings.EqualFold(st.forms[a], "asked") || !questionWord(st.forms[a+1]) {
		return
	}
	comma := -1
	for k := a + 2; k < st.n; k++ {
		if st.forms[k] == "," {
			comma = k
			break
		}
	}
	if comma < 0 || comma+2 >= st.n {
		return
	}
	// The heads of the question and of the main clause: the words of
	// each span whose head lies outside it.
	top := func(from, to int) (int, bool) {
		h := -1
		for k := from; k < to; k++ {
			if upos[k] == uposPunct || st.head[k] >= from && st.head[k] < to {
				continue
			}
			if h >= 0 {
				return -1, false
			}
			h = k
		}
		return h, h >= 0
	}
	q, ok := top(a+1, comma)
	if !ok {
		return
	}
	end := st.n
	for end > comma+1 && upos[end-1] == uposPunct {
		end--
	}
	m, ok := top(comma+1, end)
	if !ok || upos[m] != uposVerb && upos[m] != uposAux && upos[m] != uposAdj {
		return
	}
	st.head[m], st.label[m] = -1, p.rootRel
	st.head[a], st.label[a] = m, p.rels.advcl
	st.head[q], st.label[q] = a, p.rels.ccomp
	if a == 1 && p.rels.advmod >= 0 {
		st.head[0], st.label[0] = a, p.rels.advmod
	}
	st.head[comma] = m
	for k := end; k < st.n; k++ {
		st.head[k] = m // the full stop
	}
}

// questionWord reports a word that opens a question put to someone.
func questionWord(form string) bool {
	switch strings.ToLower(form) {
	case "whether", "if", "about", "what", "which", "who", "whom", "why", "how", "when", "where":
		return true
	}
	return false
}

// objectTakenForLateSubject gives a verb without an object the noun right
// after it that the transitions made the subject of a verb further back:
// in "which it considers its territory, and threatens sanctions on
// companies" sanctions became a second subject of considers. A subject
// follows its verb only in an inversion ("said the minister"), never with
// another verb between.
func (p *Parser) objectTakenForLateSubject(st *state, upos []uposTag) {
	if p.rels.nsubj < 0 || p.rels.obj < 0 {
		return
	}
	for k := 1; k < st.n; k++ {
		h := st.head[k]
		if st.label[k] != p.rels.nsubj || h < 0 || h >= k || !nominal(upos[k]) {
			continue
		}
		first := k
		for j := k - 1; j > h && descends(st, j, k); j-- {
			first = j
		}
		v := first - 1
		if v <= h || upos[v] != uposVerb || hasDependent(st, v, p.rels.obj) || hasDependent(st, v, p.rels.ccomp) || descends(st, v, k) {
			continue
		}
		st.head[k], st.label[k] = v, p.rels.obj
	}
}

// clauseAfterPreposition mends a clause opened by a word that is both a
// preposition and a subordinator, which the transitions read as the
// preposition of the clause's subject: in "would recover by Tuesday, after
// a bomb attack in the area cut exports" the attack was an oblique of
// recover and cut hung from the full stop with no subject. When a finite
// verb without a subject follows right after the phrase of such a
// preposition's noun, the noun is the verb's subject, the word its marker,
// and the verb an adverbial clause of what the noun modified.
func (p *Parser) clauseAfterPreposition(st *state, upos []uposTag, xpos []string) {
	if st.forms == nil || len(xpos) < st.n || p.rels.nsubj < 0 || p.rels.mark < 0 || p.rels.advcl < 0 || p.rels.caseMark < 0 {
		return
	}
	for a := 0; a+2 < st.n; a++ {
		if st.label[a] != p.rels.caseMark || !clauseOpeningPreposition(st.forms[a]) {
			continue
		}
		n := st.head[a]
		if n <= a || !nominal(upos[n]) || upos[n] == uposPropn && n == a+1 && lastOf(st, n) == n {
			continue
		}
		if st.label[n] == p.rels.nmod && p.rels.conj >= 0 && hasDependent(st, n, p.rels.conj) {
			// A phrase on a noun that a conjunct ends is no clause:
			// "its worst crisis since the Great Depression and
			// officials urge".
			continue
		}
		h := st.head[n]
		v := lastOf(st, n) + 1
		if h < 0 || v >= st.n || !finite(xpos[v]) || upos[v] != uposVerb || p.hasSubject(st, v) || descends(st, h, v) {
			continue
		}
		if clauseWithin(xpos, a+1, v) {
			continue // "until recently by Washington of being ... and failing to uphold ..., Lukashenko offered"
		}
		for k := 0; k < a; k++ {
			if st.head[k] == n && upos[k] == uposPunct {
				st.head[k] = v // the comma before the clause
			}
		}
		st.head[n], st.label[n] = v, p.rels.nsubj
		st.head[a], st.label[a] = v, p.rels.mark
		st.head[v], st.label[v] = h, p.rels.advcl
	}
}

// clauseWithin reports a verb other than a participle among words [from,
// to): a clause of its own.
func clauseWithin(xpos []string, from, to int) bool {
	for k := from; k < to; k++ {
		switch xpos[k] {
		case "VB", "VBG", "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// clauseOpeningPreposition reports a word that opens a phrase or a clause:
// "after the attack", "after the attack cut exports".
func clauseOpeningPreposition(form string) bool {
	switch strings.ToLower(form) {
	case "after", "before", "since", "until", "till":
		return true
	}
	return false
}

// conjunctWithoutCoordinator makes a verb with its own subject that the
// transitions made a conjunct of a verb before it, with neither a
// coordinator nor a punctuation mark between the two, that verb's
// complement: in "The office said about half of the adjustment reflected
// revenue losses" nothing coordinates said and reflected, and a clause
// that follows a verb unmarked is its object.
func (p *Parser) conjunctWithoutCoordinator(st *state, upos []uposTag) {
	if p.rels.conj < 0 || p.rels.ccomp < 0 {
		return
	}
	for v := 1; v < st.n; v++ {
		h := st.head[v]
		if st.label[v] != p.rels.conj || h < 0 || h+1 >= v || upos[h] != uposVerb || upos[v] != uposVerb {
			continue
		}
		// The subject's phrase must start right after the verb: "asked
		// firms to submit bids in hopes deals could be struck" has words
		// of its own between.
		subject := false
		for k := h + 1; k < v; k++ {
			if upos[k] == uposCconj || upos[k] == uposPunct || upos[k] == uposSconj {
				subject = false
				break
			}
			if st.head[k] == v && labelIn(p.nominalSubject, st.label[k]) && descends(st, h+1, k) {
				subject = true
			}
		}
		if subject {
			st.label[v] = p.rels.ccomp
		}
	}
}

// argumentBetween reports whether verb h has an object or a clausal
// complement between it and word v: "pledged to take up the job, that
// attempt would …" has one, and "that" is a determiner.
func (p *Parser) argumentBetween(st *state, h, v int) bool {
	for k := h + 1; k < v; k++ {
		if st.head[k] == h && (st.label[k] == p.rels.obj || st.label[k] == p.rels.ccomp || st.label[k] == p.rels.xcomp) {
			return true
		}
	}
	return false
}

// thatClauseComplement makes a clause with a subject opened by "that"
// alone, which the transitions hung on a verb as an adverbial clause, that
// verb's complement: in "Clinton says at a campaign stop in Toledo, Ohio,
// that it means …" the comma set the clause off. Treebanks make such a
// clause of a verb its complement; adverbial clauses take other
// subordinators ("so that" has its own).
func (p *Parser) thatClauseComplement(st *state, upos []uposTag) {
	if st.forms == nil || p.rels.advcl < 0 || p.rels.ccomp < 0 || p.rels.mark < 0 {
		return
	}
	for v := 1; v < st.n; v++ {
		h := st.head[v]
		if st.label[v] != p.rels.advcl || h < 0 || h > v || upos[h] != uposVerb || upos[v] != uposVerb && upos[v] != uposAux && upos[v] != uposAdj {
			continue
		}
		marks, that := 0, false
		for k := 0; k < v; k++ {
			if st.head[k] == v && st.label[k] == p.rels.mark {
				marks++
				that = strings.EqualFold(st.forms[k], "that")
			}
		}
		if marks == 1 && that && p.hasSubject(st, v) && !p.argumentBetween(st, h, v) {
			st.label[v] = p.rels.ccomp
		}
	}
}

// subjectOfTrailingClause mends the subject of a verb set off after a
// comma that the transitions joined to a noun before the comma as its
// conjuncts: in "slapping sanctions on imports of Iranian oil, diplomats
// and traders say, as …" diplomats and traders were conjuncts of imports
// and say had no subject. When the words between a comma and a finite verb
// without a subject (and no conjunct, which shares one) are nominal phrases
// only, whose first head is a conjunct of a word before the comma, that
// head is the verb's subject and the other conjuncts among them its own.
func (p *Parser) subjectOfTrailingClause(st *state, upos []uposTag, xpos []string) {
	if p.rels.nsubj < 0 || p.rels.conj < 0 || st.forms == nil || len(xpos) < st.n {
		return
	}
	for v := 2; v < st.n; v++ {
		if upos[v] != uposVerb || !finite(xpos[v]) || st.head[v] < 0 || st.label[v] == p.rels.conj || p.hasSubject(st, v) || p.hasClausalSubject(st, v) {
			continue
		}
		// The comma before the phrase: nominal words only between.
		c := v - 1
		for c > 0 && (nominal(upos[c]) || upos[c] == uposDet || upos[c] == uposAdj || upos[c] == uposCconj || upos[c] == uposNum) {
			c--
		}
		if c == v-1 || st.forms[c] != "," {
			continue
		}
		n := c + 1
		for n < v && !nominal(upos[n]) {
			n++
		}
		h := n
		for steps := 0; steps < st.n && h < v && st.head[h] > c && st.head[h] < v; steps++ {
			h = st.head[h] // the phrase's head, when the first noun modifies it
		}
		if h >= v || st.label[h] != p.rels.conj || st.head[h] < 0 || st.head[h] >= c {
			continue
		}
		old := st.head[h]
		if descends(st, v, h) {
			// The verb hangs in the noun's own phrase ("…, a top
			// company official told Reuters" with told a clause of
			// official): the clause is the sentence's parataxis.
			top := old
			for steps := 0; steps < st.n && st.head[top] >= 0; steps++ {
				top = st.head[top]
			}
			if p.parat < 0 || st.head[top] >= 0 {
				continue
			}
			st.head[v], st.label[v] = top, p.parat
		}
		for k := c + 1; k < v; k++ {
			if k != h && st.head[k] == old && st.label[k] == p.rels.conj {
				st.head[k] = h
			}
		}
		st.head[h], st.label[h] = v, p.rels.nsubj
		if st.head[c] == h {
			st.head[c] = v
		}
	}
}

// relativeInReport mends a relative pronoun that the transitions made a
// second subject of the reporting verb between it and the clause it
// belongs to: in "Longview, which experts said was one of the most
// efficient" which and experts were both subjects of said, so that
// Longview said it. A relative pronoun before another subject of the same
// verb is the subject of the verb's clausal complement after it, when
// that clause has none.
func (p *Parser) relativeInReport(st *state, upos []uposTag, xpos []string) {
	if p.rels.ccomp < 0 || len(xpos) < st.n {
		return
	}
	// Only a relative pronoun that is a subject can be mended, and this
	// pass changes no label: most sentences have none, and a verb with
	// none of them among its subjects needs no look at its words.
	relatives := make([]int, 0, 8)
	for k := 0; k < st.n; k++ {
		if (xpos[k] == "WDT" || xpos[k] == "WP") && labelIn(p.nominalSubject, st.label[k]) {
			relatives = append(relatives, k)
		}
	}
	if len(relatives) == 0 {
		return
	}
	for v := 2; v < st.n; v++ {
		subject := false
		for _, k := range relatives {
			subject = subject || k < v && st.head[k] == v
		}
		if !subject {
			continue
		}
		rel, other := -1, -1
		for k := 0; k < v; k++ {
			if st.head[k] != v || !labelIn(p.nominalSubject, st.label[k]) {
				continue
			}
			switch {
			case rel < 0 && other < 0 && (xpos[k] == "WDT" || xpos[k] == "WP"):
				rel = k
			case rel >= 0 && other < 0 && (upos[k] != uposPron || xpos[k] == "PRP"):
				other = k
			default:
				rel = -1
			}
		}
		if rel < 0 || other < 0 {
			continue
		}
		for c := v + 1; c < st.n; c++ {
			if st.head[c] == v && st.label[c] == p.rels.ccomp {
				if !p.hasSubject(st, c) && !p.hasClausalSubject(st, c) {
					st.head[rel] = c
				}
				break
			}
		}
	}
}

// speakerAfterQuote mends the subject of a verb that follows a quotation
// and the phrase naming its speaker, which the transitions took from
// inside the quotation: in "“… isn't with Congress,” Revenue Minister R
// Ashoka, the BJP's Vokkaliga face, said" Congress was the subject of said
// and the minister hung from it. When a closing quotation mark after a
// comma (or "?", "!") is followed by nominal phrases only, then the verb,
// whose subject lies inside the quotation, the first of those phrases is
// the verb's subject, the rest hang from it, and the old subject heads the
// verb's quoted complement.
func (p *Parser) speakerAfterQuote(st *state, upos []uposTag) {
	if p.rels.ccomp < 0 || st.forms == nil {
		return
	}
	for q := 1; q+2 < st.n; q++ {
		if !english.ClosingQuote(st.forms[q]) || !strings.Contains(",?!", st.forms[q-1]) {
			continue
		}
		v := q + 1
		for v < st.n && (nominal(upos[v]) || upos[v] == uposPunct || upos[v] == uposDet || upos[v] == uposAdj || upos[v] == uposPart || upos[v] == uposNum) {
			v++
		}
		if v >= st.n || v == q+1 || upos[v] != uposVerb || !nominal(upos[q+1]) && upos[q+1] != uposDet {
			continue
		}
		subj := -1
		for k := 0; k < st.n; k++ {
			if st.head[k] == v && labelIn(p.nominalSubject, st.label[k]) {
				if subj >= 0 || k > q {
					subj = -2 // two subjects, or one after the quotation: nothing to mend
					break
				}
				subj = k
			}
		}
		if subj < 0 {
			continue
		}
		// The speaker: the first word between the mark and the verb whose
		// head lies outside them.
		n := -1
		for k := q + 1; k < v; k++ {
			if h := st.head[k]; upos[k] != uposPunct && (h <= q || h > v) {
				n = k
				break
			}
		}
		if n < 0 || !nominal(upos[n]) {
			continue
		}
		for k := q + 1; k < v; k++ {
			if h := st.head[k]; k != n && (h <= q || h > v) {
				if upos[k] == uposPunct {
					st.head[k] = v
				} else {
					st.head[k] = n
				}
			}
		}
		st.head[n], st.label[n] = v, st.label[subj]
		st.label[subj] = p.rels.ccomp
	}
}

// conjunctInName mends the last word of a name's coordination that the
// transitions joined to a noun further left: in "authorities of the
// Ministry of Industry and Commerce" Commerce was a conjunct of
// authorities, so a second party to the talks. A capitalised noun inside
// a sentence, with no dependent but its coordinator, right after a
// coordinator that follows a proper noun, the nominal modifier of another
// proper noun, and that ends the name, is that noun's conjunct.
func (p *Parser) conjunctInName(st *state, upos []uposTag) {
	if p.rels.conj < 0 || p.rels.cc < 0 || st.forms == nil {
		return
	}
	for k := 3; k < st.n; k++ {
		j := k - 2
		if st.label[k] != p.rels.conj || st.head[k] < 0 || !nominal(upos[k]) || !english.StartsUpper(st.forms[k]) ||
			st.head[k-1] != k || st.label[k-1] != p.rels.cc || upos[j] != uposPropn || !english.StartsUpper(st.forms[j]) {
			continue
		}
		if k+1 < st.n && nominal(upos[k+1]) && english.StartsUpper(st.forms[k+1]) {
			continue // the name goes on: "the University of California and Columbia University"
		}
		// The noun before the coordinator may end a name of several words
		// ("al-Qaeda and Iraq"): the conjunct joins the name's head.
		for steps := 0; steps < st.n && st.head[j] >= 0 && upos[st.head[j]] == uposPropn &&
			(st.label[j] == p.rels.flat || st.label[j] == p.rels.compound); steps++ {
			j = st.head[j]
		}
		if h := st.head[j]; h < 0 || upos[h] != uposPropn || st.label[j] != p.rels.nmod || st.head[k] >= j {
			continue
		}
		alone := true
		for d := 0; d < st.n; d++ {
			if st.head[d] == k && d != k-1 {
				alone = false
				break
			}
		}
		if alone {
			st.head[k] = j
		}
	}
}

// participleBeforeObject mends a participle that describes the object of
// the verb before it, which the transitions read as a clause taking that
// object: "delivered urgently needed medical supplies" parsed as delivered
// → needed (ccomp) → supplies (obj). A past participle that follows a verb
// with an adverb between ("urgently needed", "newly built"), has no
// subject, auxiliary, marker or conjunct, and whose object's phrase starts
// right after it, modifies that object, which is the verb's own. Without
// the adverb the participle may be a finite verb ("say killed 11
// children"); after "have", "be" and the like it is their complement.
func (p *Parser) participleBeforeObject(st *state, upos []uposTag, xpos []string) {
	if p.rels.amod < 0 || p.rels.obj < 0 || st.forms == nil {
		return
	}
	for v := 1; v+1 < st.n; v++ {
		h := st.head[v]
		if xpos[v] != "VBN" || h < 0 || h >= v || upos[h] != uposVerb || st.label[v] != p.rels.ccomp && st.label[v] != p.rels.xcomp {
			continue
		}
		switch strings.ToLower(st.lemmaOf(h)) {
		case "have", "be", "get", "become", "seem", "remain", "feel", "look", "leave", "keep", "make", "consider":
			continue
		}
		k := h + 1
		for k < v && upos[k] == uposAdv && st.head[k] == v {
			k++
		}
		if k != v || k == h+1 || hasDependent(st, h, p.rels.obj) || hasDependent(st, v, p.rels.conj) {
			continue
		}
		o, ok := -1, true
		for k := 0; k < st.n && ok; k++ {
			if st.head[k] != v || k == v {
				continue
			}
			switch {
			case k < v && upos[k] == uposAdv:
			case st.label[k] == p.rels.obj && o < 0 && upos[k] == uposNoun:
				o = k
			case labelIn(p.nominalSubject, st.label[k]) || st.label[k] == p.rels.aux || st.label[k] == p.rels.auxPass || st.label[k] == p.rels.mark || st.label[k] == p.rels.cop:
				ok = false
			case k < v:
				ok = false
			}
		}
		if !ok || o < 0 {
			continue
		}
		for k := v + 1; k < o; k++ {
			if st.head[k] != o {
				ok = false // the object's phrase starts right after the participle
			}
		}
		if !ok {
			continue
		}
		for k := o + 1; k < st.n; k++ {
			if st.head[k] == v {
				st.head[k] = h // what follows the object is the verb's
			}
		}
		st.head[o], st.label[o] = h, p.rels.obj
		st.head[v], st.label[v] = o, p.rels.amod
	}
}

// adjectiveWithClause mends an adjective of stance that takes a clause
// without "that", which the transitions read as a modifier of the clause's
// subject: "he was confident prices would rise" parsed as rise → he
// (nsubj), was (cop), prices (nsubj) ← confident (amod). A verb with two
// subjects and a copula between them is the sign: the adjective after the
// copula heads the first subject's clause, and the verb with the second
// subject is its complement.
func (p *Parser) adjectiveWithClause(st *state, upos []uposTag) {
	if p.rels.cop < 0 || p.rels.ccomp < 0 || p.rels.amod < 0 {
		return
	}
	// Rare as the error is, it is looked for from each copula, which
	// spares every sentence without one any work.
	for c := 0; c < st.n; c++ {
		v := st.head[c]
		if st.label[c] != p.rels.cop || v <= c {
			continue
		}
		first, second, cop := -1, -1, -1
		for k := 0; k < v; k++ {
			if st.head[k] != v {
				continue
			}
			switch {
			case labelIn(p.nominalSubject, st.label[k]) && first < 0:
				first = k
			case labelIn(p.nominalSubject, st.label[k]):
				second = k
			case st.label[k] == p.rels.cop:
				cop = k
			}
		}
		if cop != c || first < 0 || second < 0 || cop < first || cop > second {
			continue // the verb's last copula decides
		}
		a := cop + 1
		for a < second && upos[a] == uposAdv {
			a++
		}
		if a >= second || upos[a] != uposAdj || st.label[a] != p.rels.amod || st.head[a] <= a || st.head[a] > second {
			continue
		}
		st.head[a], st.label[a] = st.head[v], st.label[v]
		st.head[v], st.label[v] = a, p.rels.ccomp
		for k := 0; k < a; k++ {
			if st.head[k] == v {
				st.head[k] = a // the first subject, the copula, auxiliaries, adverbs
			}
		}
		if last := st.n - 1; st.head[last] == v && upos[last] == uposPunct {
			st.head[last] = a // the full stop closes the clause the adjective now heads
		}
	}
}

// perfectParticiple mends a perfect the transitions read as "have" taking
// an object that a participle describes: "has fiercely rejected
// accusations" parsed as has → accusations → rejected (amod). With an
// adverb between "have" and the participle, which no adjective of a noun
// takes there, the participle heads the clause, "have" is its auxiliary
// and the noun its object ("has limited resources" stays as it is).
func (p *Parser) perfectParticiple(st *state, upos []uposTag, xpos []string) {
	forms := st.forms
	if forms == nil || p.rels.aux < 0 || p.rels.amod < 0 || p.rels.obj < 0 {
		return
	}
	for h := 0; h+2 < st.n; h++ {
		// "has" or "had": "I still have surgically induced hair loss"
		if !lower.Is(forms[h], "has") && !lower.Is(forms[h], "had") {
			continue
		}
		if upos[h] != uposVerb && upos[h] != uposAux || upos[h+1] != uposAdv {
			continue
		}
		v := h + 1
		for v < st.n && upos[v] == uposAdv {
			v++
		}
		if v >= st.n || xpos[v] != "VBN" || st.label[v] != p.rels.amod {
			continue
		}
		o := st.head[v]
		if o <= v || st.head[o] != h || st.label[o] != p.rels.obj {
			continue
		}
		for k := 0; k < st.n; k++ {
			if st.head[k] == h && k != v {
				st.head[k] = v
			}
		}
		st.head[v], st.label[v] = st.head[h], st.label[h]
		st.head[h], st.label[h] = v, p.rels.aux
	}
}

// conjoinedSubordinate mends a second subordinate clause that the
// transitions conjoined to the main verb: in "alleged that France was aware
// of it, and that the French military helped" the clause after "and that"
// is a conjunct of the first that-clause, not of "alleged". A verb
// conjunct introduced by the same subordinator as an earlier clausal
// complement or adverbial clause of its head joins that clause.
func (p *Parser) conjoinedSubordinate(st *state, upos []uposTag) {
	forms := st.forms
	if forms == nil || p.rels.conj < 0 || p.rels.mark < 0 || p.rels.ccomp < 0 || p.rels.advcl < 0 {
		return
	}
	markOf := func(v int) int {
		for k := 0; k < v; k++ {
			if st.head[k] == v && st.label[k] == p.rels.mark {
				return k
			}
		}
		return -1
	}
	for k := 0; k < st.n; k++ {
		h := st.head[k]
		if h < 0 || st.label[k] != p.rels.conj || upos[k] != uposVerb && upos[k] != uposAdj && upos[k] != uposAux {
			continue
		}
		mk := markOf(k)
		if mk < 0 || mk <= h {
			continue
		}
		for c := h + 1; c < mk; c++ {
			if st.head[c] != h || st.label[c] != p.rels.ccomp && st.label[c] != p.rels.advcl {
				continue
			}
			if mc := markOf(c); mc >= 0 && strings.EqualFold(forms[mc], forms[mk]) && !descends(st, c, k) {
				st.head[k] = c
				for j := c + 1; j < mk; j++ {
					if st.head[j] == h && (upos[j] == uposCconj || upos[j] == uposPunct) {
						st.head[j] = k
					}
				}
				break
			}
		}
	}
}

// upToNumber mends "up to" before a number, which the transitions read as
// a particle of the verb and the preposition of its object ("send up to
// 30,000 troops": "send up", "to troops"): "up" modifies the number, "to" is
// fixed to it, and the counted noun is the verb's object again.
func (p *Parser) upToNumber(st *state, upos []uposTag) {
	forms := st.forms
	if forms == nil || p.rels.advmod < 0 || p.rels.fixed < 0 || p.rels.obj < 0 {
		return
	}
	for i := 0; i+2 < st.n; i++ {
		if len(forms[i]) != 2 || !strings.EqualFold(forms[i], "up") || !strings.EqualFold(forms[i+1], "to") {
			continue
		}
		num := i + 2
		if forms[num] == "$" && num+1 < st.n {
			num++
		}
		if upos[num] != uposNum || descends(st, num, i) {
			continue
		}
		noun := st.head[num]
		verb := st.head[i]
		st.head[i], st.label[i] = num, p.rels.advmod
		st.head[i+1], st.label[i+1] = i, p.rels.fixed
		if noun >= 0 && noun > num && verb >= 0 && st.head[noun] == verb && labelIn(p.oblique, st.label[noun]) && !p.hasCase(st, noun, i+1) {
			st.label[noun] = p.rels.obj
		}
	}
}

// hasCase reports whether noun n has a preposition of its own other than
// word skip.
func (p *Parser) hasCase(st *state, n, skip int) bool {
	for k := 0; k < n; k++ {
		if k != skip && st.head[k] == n && st.label[k] == p.rels.caseMark {
			return true
		}
	}
	return false
}

// participleBeforeSubject mends a sentence that opens with a participle
// modifying the subject, which the transitions read as a clause with the
// subject for its object: in "Visiting German Foreign Minister Steinmeier
// held talks" or "Rising concern about inflation has prompted criticism"
// the main verb was left without a subject. When the opening -ing verb's
// object phrase runs right up to a finite verb that has no subject, the
// object is that verb's subject and the participle its modifier. A comma
// after the phrase ("Visiting New York, Wen rejected") keeps the clause,
// and so does a gerund: a modal on the verb ("Attacking Iran would worsen")
// or a determiner on the object ("Lifting the ban has helped").
func (p *Parser) participleBeforeSubject(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.nsubj < 0 || p.rels.obj < 0 || p.rels.amod < 0 {
		return
	}
	v := 0
	for v < st.n && upos[v] == uposPunct {
		v++
	}
	if v >= st.n || upos[v] != uposVerb || xpos[v] != "VBG" || st.label[v] != p.rels.advcl || p.rels.advcl < 0 {
		return
	}
	h := st.head[v]
	if h <= v || upos[h] != uposVerb && upos[h] != uposAux || p.hasSubject(st, h) {
		return
	}
	// A modal is not counted: "Attacking Iran would worsen" is a gerund,
	// the act as subject.
	first, tensed := verbStart(st, upos, xpos, h, v+1, false)
	o := p.lastObject(st, v, v+1, first)
	if !tensed || o < 0 || !nominal(upos[o]) || hasDependent(st, o, p.rels.det) {
		return // "Lifting the travel ban has ...": a gerund's object
	}
	for k := v + 1; k < first; k++ {
		if k != o && !descends(st, k, o) {
			return
		}
	}
	st.head[o], st.label[o] = h, p.rels.nsubj
	st.head[v], st.label[v] = o, p.rels.amod
}

// descends reports whether word k lies in the phrase headed by n.
func descends(st *state, k, n int) bool {
	for steps := 0; k >= 0 && steps <= st.n; steps++ {
		if k == n {
			return true
		}
		k = st.head[k]
	}
	return false
}

// verbBeforeItsClause mends a clause the transitions made the predicate of
// the verb that reports it: in "Tehran maintains its nuclear activities are
// peaceful" or "he cautioned the arms package was expected to be worth" the
// reporting verb, with its own subject, became the subject of the clause's
// predicate, and the clause's subject its object. A finite verb with a
// subject of its own and no marker is no subject: it heads the sentence (or
// the predicate's place), the predicate becomes its clausal complement, and
// the object whose phrase runs up to the predicate's first word the
// predicate's subject.
func (p *Parser) verbBeforeItsClause(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.nsubj < 0 || p.rels.ccomp < 0 || p.rels.obj < 0 {
		return
	}
	for v := 0; v < st.n; v++ {
		h := st.head[v]
		if h <= v || upos[v] != uposVerb || !labelIn(p.nominalSubject, st.label[v]) && !labelIn(p.clausalSubject, st.label[v]) {
			continue
		}
		// Tensed itself or by its auxiliaries ("Obama has declared the
		// war will end").
		if _, tensed := verbStart(st, upos, xpos, v, 0, true); !tensed || !p.hasSubject(st, v) || hasDependent(st, v, p.rels.mark) {
			continue
		}
		// The predicate's first word: its auxiliaries, copula and adverbs.
		first, _ := verbStart(st, upos, xpos, h, v+1, false)
		o := p.lastObject(st, v, v+1, first)
		if o < 0 || !nominal(upos[o]) && upos[o] != uposPron && upos[o] != uposDet || !phraseReaches(st, o, first) || clauseBetween(st, upos, o, first) {
			continue
		}
		st.head[v], st.label[v] = st.head[h], st.label[h]
		st.head[h], st.label[h] = v, p.rels.ccomp
		st.head[o], st.label[o] = h, p.subjectOf(st, h)
		// What hung from the predicate before the verb, or is the
		// sentence's last punctuation, belongs to the verb now.
		takeOver(st, upos, h, v)
	}
}

// reportMadeAdverbial mends a reporting clause the transitions hung as an
// adverbial from the clause it reports: in "France has made it clear it will
// not lift the embargo" made was an adverbial clause of lift. A tensed
// clause that opens with its subject and has no marker is no adverbial
// ("Had he known" puts its auxiliary first, "When I tried" its adverb);
// when the next clause, with a subject of its own, follows with no
// punctuation between, the first is the sentence's and the second its
// complement.
func (p *Parser) reportMadeAdverbial(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.advcl < 0 || p.rels.ccomp < 0 || p.rels.mark < 0 {
		return
	}
	for v := 0; v < st.n; v++ {
		h := st.head[v]
		if h <= v || st.label[v] != p.rels.advcl || upos[v] != uposVerb || upos[h] != uposVerb || hasDependent(st, v, p.rels.mark) {
			continue
		}
		first, tensed := verbStart(st, upos, xpos, v, 0, true)
		subj := p.subjectIndex(st, v)
		if !tensed || subj < 0 || subj > first || p.subjectIndex(st, h) <= v {
			continue
		}
		// Nothing of the clause before its subject ("When I tried to
		// return it they refused": when opens an adverbial), and no
		// punctuation between the clauses.
		opened := false
		for k := 0; k < subj; k++ {
			opened = opened || st.head[k] == v
		}
		for k := v + 1; k < h; k++ {
			opened = opened || upos[k] == uposPunct
		}
		if opened {
			continue
		}
		st.head[v], st.label[v] = st.head[h], st.label[h]
		st.head[h], st.label[h] = v, p.rels.ccomp
		takeOver(st, upos, h, v)
	}
}

// infinitiveAfterObject mends an infinitive right after a verb's object that
// the transitions made a purpose clause of the verb: in "repeated Beijing's
// threat to impose sanctions" or "rejected Iran's offer to hold talks" it
// completes the noun (acl), and in "pressed the agencies to develop
// guidelines" the verb, whose object is to do it (xcomp). The word classes
// infinitive-noun and object-control of internal/english/lexicon.tsv say
// which; other infinitives stay purpose clauses ("sent troops to help").
func (p *Parser) infinitiveAfterObject(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || st.forms == nil || p.rels.advcl < 0 || p.rels.acl < 0 || p.rels.xcomp < 0 || p.rels.obj < 0 {
		return
	}
	for t := 2; t < st.n; t++ {
		v := st.head[t]
		if v < 0 || v > t || st.label[t] != p.rels.advcl || xpos[t] != "VB" || st.head[t-1] != t || !strings.EqualFold(st.forms[t-1], "to") || p.subjectIndex(st, t) >= 0 {
			continue
		}
		o := p.lastObject(st, v, v+1, t)
		if o < 0 || !phraseReaches(st, o, t-1) {
			continue
		}
		switch {
		case upos[o] == uposNoun && english.In(english.InfinitiveNoun, st.lemmaOf(o)):
			st.head[t], st.label[t] = o, p.rels.acl
		case english.In(english.ObjectControl, st.lemmaOf(v)):
			st.label[t] = p.rels.xcomp
		}
	}
}

// subjectAfterFrontedNumber splits a fronted number from the subject after
// it that the transitions read as one prepositional phrase: in "In 2012
// Assad's forces attacked Homs" forces was an oblique of attacked, with In
// its preposition and 2012 its number, and attacked had no subject. When a
// tensed verb has no subject and the phrase right before it runs from a
// preposition and a number to the verb, the preposition marks the number,
// and the rest is the subject.
func (p *Parser) subjectAfterFrontedNumber(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.nsubj < 0 || p.rels.caseMark < 0 || p.rels.obl < 0 || p.rels.nummod < 0 {
		return
	}
	for v := 3; v < st.n; v++ {
		if upos[v] != uposVerb {
			continue
		}
		first, tensed := verbStart(st, upos, xpos, v, 0, true)
		o := first - 1
		if !tensed || o < 2 || st.head[o] != v || !labelIn(p.oblique, st.label[o]) || !nominal(upos[o]) || p.subjectIndex(st, v) >= 0 {
			continue
		}
		c := -1
		for k := 0; k < o; k++ {
			if st.head[k] == o && st.label[k] == p.rels.caseMark {
				c = k
				break
			}
		}
		if c < 0 || c+2 > o || upos[c+1] != uposNum || st.head[c+1] != o || st.label[c+1] != p.rels.nummod || !phraseFrom(st, c+2, o) {
			continue
		}
		st.head[c+1], st.label[c+1] = v, p.rels.obl
		st.head[c] = c + 1
		st.label[o] = p.subjectOf(st, v)
	}
}

// purposeAfterOblique makes an infinitive that follows a verb's object and
// a prepositional phrase (a time, a place) a purpose clause (advcl),
// where the transitions made it the verb's complement (xcomp): in
// "Netanyahu called Morrison on Wednesday to congratulate him" or "met the
// envoy in Paris to discuss the plan" the object is not asked to act. A
// verb whose object does act (object-control of lexicon.tsv: "urged Iran on
// Monday to stop") keeps its complement.
func (p *Parser) purposeAfterOblique(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || st.forms == nil || p.rels.advcl < 0 || p.rels.xcomp < 0 || p.rels.obj < 0 {
		return
	}
	for t := 3; t < st.n; t++ {
		v := st.head[t]
		if v < 0 || v > t || st.label[t] != p.rels.xcomp || xpos[t] != "VB" || st.head[t-1] != t || !strings.EqualFold(st.forms[t-1], "to") || p.subjectIndex(st, t) >= 0 {
			continue
		}
		o := p.lastObject(st, v, v+1, t)
		if o < 0 || english.In(english.ObjectControl, st.lemmaOf(v)) {
			continue
		}
		// A prepositional phrase between the object and "to", of the verb
		// or (the transitions' reading of "on Wednesday") of the object.
		marked := false
		for k := o + 1; k < t-1; k++ {
			marked = marked || st.label[k] == p.rels.caseMark
		}
		if marked && phraseReachesVia(st, o, v, t-1) {
			st.label[t] = p.rels.advcl
		}
	}
}

// phraseReachesVia reports whether every word after n and before end
// belongs to n's phrase or to a phrase of v.
func phraseReachesVia(st *state, n, v, end int) bool {
	for k := n + 1; k < end; k++ {
		if !descends(st, k, n) && !(descends(st, k, v) && !descends(st, k, end)) {
			return false
		}
	}
	return true
}

// predicateTakenForModifier mends a tensed verb that the transitions read
// as an adjective of its object, leaving the clause without a predicate:
// in "Armenian police detained dozens of demonstrators" dozens was the root
// and detained its modifier, in "The administration has lifted sanctions"
// has was the root with sanctions its object, in "Chavez also repeated
// threats" and "Russian police on Saturday detained dozens" the noun before
// the verb was the root with the object its object or conjunct, and in
// "Egypt has released journalist Mahmoud Hussein after four years, a source
// said" released, with its own subject and auxiliary, modified journalist,
// and Hussein was a second subject of said. A verb's form before a noun is its modifier
// only when no verb governs the noun's phrase and nothing makes the verb a
// predicate: a subject or an auxiliary of its own, "has" before it, or a
// noun before it that is not the object's.
func (p *Parser) predicateTakenForModifier(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || st.forms == nil || p.rels.amod < 0 || p.rels.obj < 0 || p.rels.nsubj < 0 || p.rels.aux < 0 || p.rootRel < 0 {
		return
	}
	for v := 1; v+1 < st.n; v++ {
		n := st.head[v]
		if n <= v || st.label[v] != p.rels.amod || upos[v] != uposVerb || !nominal(upos[n]) || !(finite(xpos[v]) || xpos[v] == "VBN") {
			continue
		}
		// The top of the object's phrase: nouns up to a word that is none.
		top := n
		for steps := 0; steps < st.n && st.head[top] > top && nominal(upos[st.head[top]]); steps++ {
			top = st.head[top]
		}
		w := st.head[top] // what governs the phrase: nothing, "has" or a report
		before := v - 1
		for before > 0 && upos[before] == uposAdv {
			before--
		}
		own := p.subjectIndex(st, v) >= 0 || hasDependent(st, v, p.rels.aux)
		have := upos[before] == uposAux && strings.EqualFold(st.lemmaOf(before), "have")
		var place func()
		rootSubject := false
		switch {
		case w < 0:
			place = func() { st.head[v], st.label[v] = -1, p.rootRel }
		case upos[w] == uposAux && w == before && st.head[w] < 0 && st.label[top] == p.rels.obj:
			place = func() {
				st.head[v], st.label[v] = -1, p.rootRel
				st.head[w], st.label[w] = v, p.rels.aux
				for k := 0; k < st.n; k++ {
					if st.head[k] == w && k != v {
						st.head[k] = v
						if k < v && nominal(upos[k]) || st.label[k] == p.parat && k < w {
							st.label[k] = p.rels.nsubj
						}
					}
				}
			}
		case w >= 0 && w < v && st.head[w] < 0 && nominal(upos[w]) && !own && nominal(upos[before]) && !hasDependent(st, w, p.rels.cop) && phraseReaches(st, w, v):
			// "Russian police on Saturday detained dozens": the root
			// noun whose phrase ends right before the verb, the object
			// its conjunct, is the verb's subject (a root with a copula
			// has its predicate: "It's this sort of enlightened self
			// interest").
			rootSubject = true
			place = func() {
				st.head[v], st.label[v] = -1, p.rootRel
				for k := v + 1; k < st.n; k++ {
					if st.head[k] == w && st.label[k] == p.rels.advcl {
						st.head[k] = v
					}
				}
				lastPunctTo(st, upos, w, v)
				st.head[w], st.label[w] = v, p.rels.nsubj
			}
		case w > n && st.head[w] < 0 && !own && p.rels.acl >= 0 && p.subjectIndex(st, n) >= 0 && p.subjectIndex(st, n) < v && !hasDependent(st, n, p.rels.cop):
			// "Macron on Friday rejected accusations his government had
			// taken an illiberal turn": a noun without a copula has no
			// subject; the verb before it is the predicate, and the
			// clause the noun hangs in, the root, completes the noun.
			s := p.subjectIndex(st, n)
			rootSubject = true
			place = func() {
				st.head[v], st.label[v] = -1, p.rootRel
				st.head[w], st.label[w] = top, p.rels.acl
				lastPunctTo(st, upos, w, v)
				st.head[s], st.label[s] = v, p.rels.nsubj
				// "on Friday", which the transitions may have hung from
				// the noun word by word, is the verb's.
				for k := s + 1; k+1 < v && p.rels.obl >= 0; k++ {
					if st.head[k] == n && st.label[k] == p.rels.caseMark && st.head[k+1] == n && nominal(upos[k+1]) {
						st.head[k] = k + 1
						st.head[k+1], st.label[k+1] = v, p.rels.obl
					}
				}
			}
		case w > top && labelIn(p.nominalSubject, st.label[top]) && own && p.rels.ccomp >= 0:
			second := false
			for k := top + 1; k < w; k++ {
				second = second || st.head[k] == w && labelIn(p.nominalSubject, st.label[k])
			}
			if !second {
				continue
			}
			place = func() { st.head[v], st.label[v] = w, p.rels.ccomp }
		default:
			continue
		}
		// Something must make the verb a predicate.
		subj := -1
		if before >= 0 && before < v && nominal(upos[before]) && !own && !rootSubject {
			subj = before
			for steps := 0; steps < st.n && st.head[subj] > subj && st.head[subj] < v && nominal(upos[st.head[subj]]); steps++ {
				subj = st.head[subj]
			}
		}
		if !own && !have && subj < 0 && !rootSubject {
			continue
		}
		place()
		for k := 0; k < v; k++ {
			if st.head[k] == top || st.head[k] == n {
				st.head[k] = v
			}
		}
		if w < 0 {
			lastPunctTo(st, upos, top, v)
			lastPunctTo(st, upos, n, v)
		}
		st.head[top], st.label[top] = v, p.rels.obj
		if subj >= 0 {
			st.head[subj], st.label[subj] = v, p.rels.nsubj
		}
	}
}

// gerundTakenForCompound mends a gerund right after a verb that the
// transitions made a compound or an adjective of the verb's object: in "is
// considering sending aid" sending was a compound of aid, the object of
// considering, and in "considering giving food vouchers" giving an
// adjective of vouchers. Right after a verb, the gerund is the verb's
// complement and the noun its object: always for a compound, and for an
// adjective after the verbs of lexicon.tsv's gerund-complement ("replace
// retiring jurists" keeps its adjective).
func (p *Parser) gerundTakenForCompound(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.compound < 0 || p.rels.xcomp < 0 || p.rels.obj < 0 {
		return
	}
	for g := 1; g+1 < st.n; g++ {
		n := st.head[g]
		if n <= g || st.label[g] != p.rels.compound && st.label[g] != p.rels.amod || upos[g] != uposVerb || xpos[g] != "VBG" {
			continue
		}
		v := st.head[n]
		if v != g-1 || upos[v] != uposVerb || st.label[n] != p.rels.obj || st.label[g] == p.rels.amod && !english.In(english.GerundComplement, st.lemmaOf(v)) {
			continue
		}
		st.head[g], st.label[g] = v, p.rels.xcomp
		st.head[n] = g
		for k := n + 1; k < st.n; k++ {
			if st.head[k] == v && st.label[k] != p.punct {
				st.head[k] = g // what follows the object is the gerund's
			}
		}
	}
}

// subjectIndex returns the nominal subject of word v, or -1.
func (p *Parser) subjectIndex(st *state, v int) int {
	for k := 0; k < st.n; k++ {
		if st.head[k] == v && labelIn(p.nominalSubject, st.label[k]) {
			return k
		}
	}
	return -1
}

// objectAsClauseSubject gives a finite clause without a subject the noun
// that the transitions made the object of the verb it complements, when the
// noun's phrase runs right up to the clause's verb: in "Pluspetrol has said
// some of its workers were being held" or "Analysts say investments … would
// cut the number" the noun is what the clause is about, not what was said.
// A word between the phrase and the verb that is neither in the phrase nor
// the verb's auxiliary or adverb ("dismissed fears that revenue would
// prevent") leaves the tree as it is.
func (p *Parser) objectAsClauseSubject(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.nsubj < 0 || p.rels.ccomp < 0 || p.rels.obj < 0 {
		return
	}
	for v := 0; v < st.n; v++ {
		h := st.head[v]
		if h < 0 || h > v || upos[v] != uposVerb {
			continue
		}
		// A conjunct with no coordinator is such a clause too: "The G20
		// agreed the head of the IMF should be selected" had selected a
		// conjunct of agreed and the head its object.
		bare := st.forms != nil && st.label[v] == p.rels.conj && p.rels.cc >= 0 && !hasDependent(st, v, p.rels.cc)
		if st.label[v] != p.rels.ccomp && !bare {
			continue
		}
		// The verb's first word: auxiliaries and adverbs before it.
		first, tensed := verbStart(st, upos, xpos, v, 0, true)
		if !tensed || p.hasSubject(st, v) || p.hasClausalSubject(st, v) {
			continue
		}
		o := p.lastObject(st, h, h+1, first)
		if o < 0 {
			// The object of a verb of h's own complement ("says that it
			// means Trump never contributed"): the clause completes that
			// verb.
			if o = p.nestedObject(st, upos, h, first); o >= 0 {
				h = st.head[o]
			}
		}
		if o < 0 || !nominal(upos[o]) && upos[o] != uposPron && upos[o] != uposDet || !phraseReaches(st, o, first) {
			continue
		}
		if clauseBetween(st, upos, o, first) {
			continue // "an appeal against the ruling that forced … until requirements are met"
		}
		if bare && (p.bareNounAfter(st, upos, o, first) || subordinatorBetween(st, upos, o, first)) {
			continue // "I like the way Otto Jespersen aptly summarised": a relative clause
		}
		st.head[o], st.label[o] = v, p.subjectOf(st, v)
		st.head[v], st.label[v] = h, p.rels.ccomp
	}
}

// nestedObject returns the object right before word end of a verb that
// hangs below h, in h's complement clause, or -1.
func (p *Parser) nestedObject(st *state, upos []uposTag, h, end int) int {
	for k := end - 1; k > h; k-- {
		if st.label[k] != p.rels.obj {
			continue
		}
		g := st.head[k]
		if g > h && g < k && upos[g] == uposVerb && st.label[g] == p.rels.ccomp && st.head[g] == h {
			return k
		}
		return -1
	}
	return -1
}

// subordinatorBetween reports whether a word that may open or join a
// clause (a subordinator like "after" or a coordinator) lies between words
// o and end: "imposed a curfew in parts of the city after deadly clashes
// continued" and "hurled petrol bombs at the Finance Ministry and police
// fired" join two clauses.
func subordinatorBetween(st *state, upos []uposTag, o, end int) bool {
	for k := o + 1; k < end; k++ {
		if subordinator(st.forms[k]) || upos[k] == uposCconj {
			return true
		}
	}
	return false
}

// bareNounAfter reports whether the phrase of o up to word end holds a
// subject, or a noun hanging from o with no preposition: the subject of a
// relative clause without a pronoun ("the way Otto Jespersen summarised
// it").
func (p *Parser) bareNounAfter(st *state, upos []uposTag, o, end int) bool {
	for k := o + 1; k < end; k++ {
		if st.head[k] == o && nominal(upos[k]) && !hasDependent(st, k, p.rels.caseMark) && st.label[k] != p.rels.conj ||
			labelIn(p.nominalSubject, st.label[k]) && descends(st, k, o) {
			return true
		}
	}
	return false
}

// conjunctSubject repairs the subject of a second clause that the
// transitions made a conjunct of the first clause's verb: in "The crowd
// dispersed, but police in riot gear fired tear gas" both "police" and
// "fired" hung from "dispersed", and "fired" took "crowd" for its subject
// through the coordination. A nominal conjunct of a verb that has a
// subject, whose phrase runs right up to a later finite conjunct verb
// without a subject, is that verb's subject; the conjunction and comma
// before it go to the verb.
func (p *Parser) conjunctSubject(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.nsubj < 0 || p.rels.conj < 0 {
		return
	}
	for v := 0; v < st.n; v++ {
		h := st.head[v]
		if h < 0 || st.label[v] != p.rels.conj || upos[v] != uposVerb || !finite(xpos[v]) || upos[h] != uposVerb {
			continue
		}
		if p.hasSubject(st, v) || !p.hasSubject(st, h) {
			continue
		}
		n := -1
		for k := h + 1; k < v; k++ {
			if st.head[k] == h && st.label[k] == p.rels.conj {
				n = k
			}
		}
		if n < 0 || upos[n] != uposNoun && upos[n] != uposPropn && upos[n] != uposPron || !phraseReaches(st, n, v) {
			continue
		}
		if hasMarker(st, upos, h+1, n) {
			continue // "and in March said": a phrase with a preposition
		}
		st.head[n], st.label[n] = v, p.rels.nsubj
		for k := h + 1; k < n; k++ {
			if st.head[k] == n && (upos[k] == uposCconj || upos[k] == uposPunct) {
				st.head[k] = v
			}
		}
	}
}

// subjectAfterCoordinator mends a second clause whose subject the
// transitions joined to a noun of the first clause as its conjunct: in
// "Exxon welcomed our participation and the Iraqi government also supports
// us" government was a conjunct of participation and supports had no
// subject. A tensed verb without a subject preceded, after its auxiliaries
// and adverbs, by a nominal phrase that a coordinator opens, whose head is
// a conjunct of the object of an earlier verb with a subject, takes that
// head for its subject and becomes a conjunct of that verb.
func (p *Parser) subjectAfterCoordinator(st *state, upos []uposTag, xpos []string) {
	if p.rels.nsubj < 0 || p.rels.conj < 0 || p.rels.cc < 0 || len(xpos) < st.n {
		return
	}
	for v := 2; v < st.n; v++ {
		if upos[v] != uposVerb || st.head[v] < 0 {
			continue
		}
		first, tensed := verbStart(st, upos, xpos, v, 0, true)
		if !tensed || p.hasSubject(st, v) || p.hasClausalSubject(st, v) {
			continue
		}
		c := first - 1
		for c > 0 && (nominal(upos[c]) || upos[c] == uposDet || upos[c] == uposAdj || upos[c] == uposNum || xpos[c] == "PRP$" || xpos[c] == "POS") {
			c--
		}
		if c < 1 || c == first-1 || upos[c] != uposCconj {
			continue
		}
		n := -1
		for k := c + 1; k < first; k++ {
			if h := st.head[k]; h <= c || h >= first {
				if n >= 0 {
					n = -1
					break
				}
				n = k
			}
		}
		if n < 0 || !nominal(upos[n]) || st.label[n] != p.rels.conj || st.head[n] >= c {
			continue
		}
		if descends(st, v, n) {
			continue // the verb is in the noun's own phrase: a reduced relative
		}
		// The first conjunct is the earlier verb's object.
		m := st.head[n]
		g := st.head[m]
		if st.label[m] != p.rels.obj || g < 0 || upos[g] != uposVerb || descends(st, g, v) || !p.hasSubject(st, g) || !phraseReaches(st, m, c) {
			continue
		}
		if xpos[v] == "VBP" && first == v && xpos[g] != "VBP" && xpos[g] != "VBZ" {
			continue // "helped Denmark and Sweden construct": a bare infinitive
		}
		if xpos[v] == "VBD" && first == v && v+1 < st.n && upos[v+1] == uposAdp && p.lastObject(st, v, v+1, st.n) < 0 {
			continue // "release Parvez and others arrested in …": a participle
		}
		st.head[v], st.label[v] = g, p.rels.conj
		st.head[n], st.label[n] = v, p.rels.nsubj
		if st.head[c] == n {
			st.head[c] = v
		}
	}
}

// hasMarker reports whether a word of from..n-1 that depends on n is a
// preposition.
func hasMarker(st *state, upos []uposTag, from, n int) bool {
	for k := from; k < n; k++ {
		if st.head[k] == n && upos[k] == uposAdp {
			return true
		}
	}
	return false
}

// phraseFrom reports whether every word from start to before n belongs to
// n's phrase: n's phrase starts at start or before.
func phraseFrom(st *state, start, n int) bool {
	for k := start; k < n; k++ {
		if !descends(st, k, n) {
			return false
		}
	}
	return true
}

// phraseReaches reports whether every word after n and before v belongs to
// n's phrase: n's phrase ends right before v.
func phraseReaches(st *state, n, v int) bool {
	for k := n + 1; k < v; k++ {
		if !descends(st, k, n) {
			return false
		}
	}
	return true
}

// subjectAfterFrontedPhrase gives a finite verb without a subject the noun
// that the transitions hung on the prepositional phrase fronted before it:
// in "In recent months Syria and Israel have fired across the line" or "In
// Geneva the Federation urged the government" the noun became an object or
// modifier of "months" or "Geneva". A noun with a preposition of its own is
// part of the phrase ("since the crisis in Berlin") and stays.
func (p *Parser) subjectAfterFrontedPhrase(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.nsubj < 0 || p.rels.caseMark < 0 {
		return
	}
	for v := 0; v < st.n; v++ {
		if upos[v] != uposVerb {
			continue
		}
		// The verb's first word: auxiliaries and adverbs before it.
		j := v - 1
		hasAux := false
		for j >= 0 && st.head[j] == v && (upos[j] == uposAux || upos[j] == uposAdv || upos[j] == uposPart) {
			hasAux = hasAux || upos[j] == uposAux
			j--
		}
		if j >= 1 && (finite(xpos[v]) || hasAux) && st.head[j] == v && labelIn(p.nominalSubject, st.label[j]) && nominal(upos[j]) && p.rels.obl >= 0 {
			// A subject with a preposition ("Tehran on Monday began"
			// read with "on Monday" for subject) is an oblique when a
			// noun that can be the subject comes before it.
			if m := p.markedPhraseStart(st, upos, j); m > 1 && p.looseNounAfterComma(st, upos, xpos, m-1) {
				st.label[j] = p.rels.obl
			}
		}
		if j < 1 || !finite(xpos[v]) && !hasAux || p.hasSubject(st, v) {
			continue
		}
		// A time or place phrase between subject and verb ("Tehran on
		// Monday began") is passed over, and the subject sought before it.
		var skipped []int
		j0 := j
		for len(skipped) < 2 && j >= 2 && nominal(upos[j]) {
			m := p.markedPhraseStart(st, upos, j)
			if m <= 1 {
				break
			}
			skipped = append(skipped, j)
			j = m - 1
		}
		if len(skipped) > 0 {
			// "In a sign of concern about strikes by Israel, Tehran on
			// Monday began": the noun after the comma, which the
			// transitions hung on a noun before or after it; the phrase
			// passed over must not be the noun's own ("director of
			// Southeast Asia studies", with "studies" taken for a verb).
			if p.looseNounAfterComma(st, upos, xpos, j) && st.head[skipped[len(skipped)-1]] != j {
				st.head[j], st.label[j] = v, p.rels.nsubj
				st.head[j-1] = v
				for _, k := range skipped {
					if !descends(st, v, k) && !descends(st, st.head[k], j) && p.rels.obl >= 0 {
						st.head[k], st.label[k] = v, p.rels.obl
					}
				}
				continue
			}
			j = j0
		}
		// The word of j's phrase that hangs on an oblique of the verb.
		t := j
		for steps := 0; t >= 0 && steps <= st.n; steps++ {
			h := st.head[t]
			if h < 0 || h == v {
				t = -1
				break
			}
			if st.head[h] == v && labelIn(p.oblique, st.label[h]) {
				break
			}
			t = h
		}
		if t < 0 || t < st.head[t] || !nominal(upos[t]) && upos[t] != uposPron || hasDependent(st, t, p.rels.caseMark) {
			continue
		}
		st.head[t], st.label[t] = v, p.rels.nsubj
	}
}

// looseNounAfterComma reports whether j is a noun right after a comma that
// the transitions hung on another noun with no coordinator or preposition
// of its own: the subject of a clause after a fronted phrase, when the
// clause's verb has none.
func (p *Parser) looseNounAfterComma(st *state, upos []uposTag, xpos []string, j int) bool {
	c := st.head[j]
	return j >= 1 && nominal(upos[j]) && c >= 0 && nominal(upos[c]) && xpos[j-1] == "," &&
		!hasCoordinator(st, upos, c, j) && !hasDependent(st, j, p.rels.caseMark) && !labelIn(p.nominalSubject, st.label[j])
}

// markedPhraseStart returns where the prepositional phrase of noun n
// starts, its preposition right before it ("on Monday", "in Cairo"), or -1
// when n has none there.
func (p *Parser) markedPhraseStart(st *state, upos []uposTag, n int) int {
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if st.head[k] != n {
			return -1
		}
		if upos[k] == uposAdp && st.label[k] == p.rels.caseMark {
			return k
		}
	}
	return -1
}

// hasCoordinator reports whether a coordinator between c and n depends on
// n: "Israel and Tehran" is a coordination, "Israel, Tehran" may not be.
func hasCoordinator(st *state, upos []uposTag, c, n int) bool {
	for k := c + 1; k < n; k++ {
		if st.head[k] == n && upos[k] == uposCconj {
			return true
		}
	}
	return false
}

// verbForNominalRoot makes a finite verb the root when the transitions
// made a noun the root and hung the verb after it as a clause modifying it,
// with no subject of its own: in "U.S. officials and presidential
// candidates called for an end to the violence" the verb is the predicate
// and the noun its subject. A relative clause (acl:relcl) may be finite and
// stays.
func (p *Parser) verbForNominalRoot(st *state, upos []uposTag, xpos []string, root int) {
	if xpos == nil || p.rels.nsubj < 0 || p.rels.acl < 0 || p.rootRel < 0 {
		return
	}
	switch upos[root] {
	case uposNoun, uposPropn, uposPron:
	default:
		return
	}
	for v := root + 1; v < st.n; v++ {
		if upos[v] != uposVerb || st.label[v] != p.rels.acl || p.hasSubject(st, v) {
			continue
		}
		// A past participle right after the noun's phrase is its past
		// tense when the sentence has no other finite verb of its own
		// ("Several hundred demonstrators clashed/VBN with riot police").
		if !finite(xpos[v]) && !p.pastAfterSubject(st, upos, xpos, root, v) {
			continue
		}
		h := st.head[v]
		if h != root && (h < 0 || st.head[h] != root || st.label[h] != p.rels.conj && !(p.ofPhrase(st, h) && !p.hasAux(st, root))) {
			continue
		}
		p.rootWithSubject(st, upos, root, v)
		return
	}
}

// predicateAfterParenthesis makes a noun root's predicate the tensed verb
// without a subject that follows, after a comma, the apposition or relative
// clause set off after the noun, which the transitions hung the verb from:
// in "President-elect Rafael Correa, a leftist economist who will take
// office on January 15, has said he wants" said was an adverbial clause of
// take. Every word between the noun and the comma is the noun's.
func (p *Parser) predicateAfterParenthesis(st *state, upos []uposTag, xpos []string, root int) {
	if xpos == nil || st.forms == nil || p.rels.nsubj < 0 || p.rootRel < 0 || !nominal(upos[root]) {
		return
	}
	for v := root + 3; v < st.n; v++ {
		if upos[v] != uposVerb || !descends(st, v, root) {
			continue
		}
		first, tensed := verbStart(st, upos, xpos, v, 0, true)
		c := first - 1
		if !tensed || c <= root+1 || st.forms[c] != "," || p.subjectIndex(st, v) >= 0 || p.hasClausalSubject(st, v) {
			continue
		}
		inside := true
		for k := root + 1; k < c && inside; k++ {
			inside = descends(st, k, root) && !descends(st, k, v)
		}
		if inside {
			p.rootWithSubject(st, upos, root, v)
		}
		return
	}
}

// pastForm reports whether v, tagged a past participle, has the form of a
// past tense too ("repeated", not "given").
func pastForm(st *state, xpos []string, v int) bool {
	return xpos[v] == "VBN" && st.forms != nil && strings.HasSuffix(strings.ToLower(st.forms[v]), "ed")
}

// objectAsRoot mends a root the transitions made of a verb's object, with
// the clause before it hung from it: in "Frattini says he recently met
// rebel leader Mahmoud Jibril, and expects him to visit" leader was the
// root and says a parataxis of it. When a noun root's phrase starts right
// after a verb with no object, which a verb hung before the noun as its
// parataxis governs (or is), the noun is that verb's object, the parataxis
// verb the root, and the noun's conjunct verbs the object's verb's.
func (p *Parser) objectAsRoot(st *state, upos []uposTag, root int) {
	if p.rels.obj < 0 || p.parat < 0 || p.rootRel < 0 || !nominal(upos[root]) {
		return
	}
	start := root // the first word of the noun's phrase
	for start > 0 && st.head[start-1] == root {
		start--
	}
	v := start - 1
	if v < 0 || upos[v] != uposVerb || hasDependent(st, v, p.rels.obj) {
		return
	}
	top := v
	for steps := 0; steps < st.n && st.head[top] >= 0 && st.head[top] != root; steps++ {
		top = st.head[top]
	}
	if st.head[top] != root || st.label[top] != p.parat || upos[top] != uposVerb || top > v {
		return
	}
	for k := 0; k < st.n; k++ {
		if st.head[k] != root || k == top || k < root {
			continue
		}
		switch {
		case upos[k] == uposVerb && st.label[k] == p.rels.conj:
			st.head[k] = v
		case upos[k] == uposPunct && k == st.n-1:
			st.head[k] = top
		}
	}
	st.head[top], st.label[top] = -1, p.rootRel
	st.head[root], st.label[root] = v, p.rels.obj
}

// hasAux reports whether word h has an auxiliary or a copula: a noun with
// one is already a clause's predicate ("The following is a list of key
// events planned").
func (p *Parser) hasAux(st *state, h int) bool {
	for k := 0; k < st.n; k++ {
		if st.head[k] != h || st.label[k] < 0 || st.label[k] >= len(p.labels) {
			continue
		}
		if l := p.labels[st.label[k]]; l == "cop" || strings.HasPrefix(l, "aux") {
			return true
		}
	}
	return false
}

// ofPhrase reports whether word h is the noun of an of-phrase ("dozens of
// peacekeepers"): a verb hung on it describes the phrase's head, the root.
func (p *Parser) ofPhrase(st *state, h int) bool {
	if st.forms == nil || st.label[h] != p.rels.nmod {
		return false
	}
	for k := 0; k < h; k++ {
		if st.head[k] == h && st.label[k] == p.rels.caseMark && strings.EqualFold(st.forms[k], "of") {
			return true
		}
	}
	return false
}

// pastAfterSubject reports whether participle v, right after the phrase
// of noun root, is the sentence's past tense: a regular form in -ed (the
// same as the past), with a phrase of its own after it and no by-phrase
// (not "operation done by the military", "Bike ride followed by coffee"),
// no comma before it ("Virginia, highlighted in red."), in a sentence that
// ends with a full stop and has no other finite clause.
func (p *Parser) pastAfterSubject(st *state, upos []uposTag, xpos []string, root, v int) bool {
	forms := st.forms
	if xpos[v] != "VBN" || forms == nil || !strings.HasSuffix(strings.ToLower(forms[v]), "ed") ||
		forms[st.n-1] != "." || forms[v-1] == "," || !phraseReaches(st, root, v) || p.hasFiniteClause(st, xpos, v) {
		return false
	}
	after := false
	for k := v + 1; k < st.n; k++ {
		if st.head[k] != v || upos[k] == uposPunct {
			continue
		}
		if forms[k] == "by" || k+1 < st.n && st.head[k+1] == k && strings.EqualFold(forms[k+1], "by") {
			return false
		}
		for j := k - 1; j > v; j-- {
			if st.head[j] == k && strings.EqualFold(forms[j], "by") {
				return false // "followed by coffee"
			}
		}
		after = true
	}
	return after
}

// hasFiniteClause reports whether a finite verb or auxiliary comes before
// v ("were among seven people arrested") or a finite verb other than v
// heads a clause that no other word governs: the main clause has a
// predicate of its own.
func (p *Parser) hasFiniteClause(st *state, xpos []string, v int) bool {
	for k := 0; k < st.n; k++ {
		if k != v && (xpos[k] == "MD" || finite(xpos[k])) && (k < v || st.head[k] < 0 || st.label[k] == p.parat) {
			return true
		}
	}
	return false
}

// rootWithSubject makes verb v the root and the old root its subject; the
// punctuation after v that hung from the old root goes to v.
func (p *Parser) rootWithSubject(st *state, upos []uposTag, root, v int) {
	st.head[v], st.label[v] = -1, p.rootRel
	st.head[root], st.label[root] = v, p.rels.nsubj
	for k := v + 1; k < st.n; k++ {
		switch {
		case st.head[k] == root && upos[k] == uposPunct:
			st.head[k] = v
		case st.head[k] == root && st.label[k] == p.rels.conj && upos[k] == uposVerb:
			// "railed against Greece and demanded": a verb conjoined to
			// the subject is the predicate's conjunct, with its
			// coordinator.
			st.head[k] = v
			for j := v + 1; j < k; j++ {
				if st.head[j] == k && upos[j] == uposCconj {
					break
				}
				if st.head[j] == root && upos[j] == uposCconj {
					st.head[j] = k
				}
			}
		}
	}
}

// serialSubject repairs a list of subjects with a comma before its last
// "and" that the transitions read as a new clause: in "The US, Russia, and
// Switzerland met" the root became "US" and "met" its conjunct, with
// "Switzerland" alone for subject. The last noun joins the list, and the
// verb, its subject the list, becomes the root.
func (p *Parser) serialSubject(st *state, upos []uposTag, xpos []string) {
	if xpos == nil || p.rels.nsubj < 0 || p.rels.conj < 0 || p.rootRel < 0 {
		return
	}
	root := -1
	for i := 0; i < st.n; i++ {
		if st.head[i] < 0 {
			root = i
			break
		}
	}
	if root < 0 || upos[root] != uposPropn && upos[root] != uposNoun {
		return
	}
	// A list: the root has a nominal conjunct before the verb and is no
	// predicate of its own ("X is a source of pride, and Muscat hopes").
	list := false
	for k := 0; k < st.n; k++ {
		if st.head[k] != root {
			continue
		}
		switch {
		case st.label[k] == p.rels.conj && (upos[k] == uposPropn || upos[k] == uposNoun):
			list = true
		case st.label[k] == p.rels.nsubj || upos[k] == uposAux:
			return
		}
	}
	if !list {
		return
	}
	for v := root + 1; v < st.n; v++ {
		if st.head[v] != root || st.label[v] != p.rels.conj || upos[v] != uposVerb || !finite(xpos[v]) {
			continue
		}
		// The verb's subject must follow ", and" right after the list.
		subj := -1
		for k := root + 1; k < v; k++ {
			if st.head[k] == v && st.label[k] == p.rels.nsubj {
				subj = k
			}
		}
		if subj < 3 || upos[subj] != uposPropn && upos[subj] != uposNoun {
			return
		}
		and, comma := subj-1, subj-2
		for and > root && upos[and] == uposDet {
			and, comma = and-1, comma-1
		}
		if upos[and] != uposCconj || st.head[and] != v || upos[comma] != uposPunct || st.head[comma] != v {
			return
		}
		st.head[and], st.head[comma] = subj, subj
		st.head[subj], st.label[subj] = root, p.rels.conj
		p.rootWithSubject(st, upos, root, v)
		return
	}
}

// participleSetOff reports whether verb i, hung from punctuation h, is a
// present participle that a comma before it sets off and that the
// punctuation's head can take as a clause modifier.
func (p *Parser) participleSetOff(st *state, upos []uposTag, i, h int) bool {
	g := st.head[h]
	return p.rels.advcl >= 0 && g >= 0 && g < i && i > 0 && upos[i-1] == uposPunct && st.forms != nil && st.forms[i-1] == "," &&
		strings.HasSuffix(strings.ToLower(st.forms[i]), "ing")
}

// clauseLabel returns the relation of the clause of verb v to the clause it
// hangs from, read from its own words, or -1: ccomp after "that" or
// "whether", advcl after another marker or a subordinating adverb, or for a
// participle without a subject, parataxis for a clause with a subject of
// its own; a relative clause (its subject a relative pronoun) and a tensed
// verb whose subject later repairs may find get none.
func (p *Parser) clauseLabel(st *state, xpos []string, v int) int {
	if st.forms == nil || xpos == nil || p.rels.ccomp < 0 || p.rels.advcl < 0 || p.parat < 0 {
		return -1
	}
	subject := false
	for k := 0; k < v; k++ {
		if st.head[k] != v {
			continue
		}
		switch w := strings.ToLower(st.forms[k]); {
		case st.label[k] == p.rels.mark && (w == "that" || w == "whether"):
			return p.rels.ccomp
		case st.label[k] == p.rels.mark:
			return p.rels.advcl
		case subordinator(w) || w == "when" || w == "where" || w == "because":
			return p.rels.advcl
		case labelIn(p.nominalSubject, st.label[k]):
			if w == "who" || w == "which" || w == "that" || w == "whom" {
				return -1
			}
			subject = true
		}
	}
	switch {
	case subject:
		return p.parat
	case finite(xpos[v]):
		return -1 // its subject is still to be found (subordinatorAsPreposition)
	}
	return p.rels.advcl
}

// unhangFromPunct moves the nominals the transitions hung from punctuation
// to the punctuation's head, and the verbs with the relation their clause
// shows (see clauseLabel). Punctuation heads nothing in Universal
// Dependencies (2 words of EWT's 25,000 test words), so such an arc is an
// error; the parser makes it at a sentence's end, when a word still without
// a head meets the full stop ("Putin received Palestinian President Mahmoud
// Abbas in Moscow": Mahmoud hung from the stop). The stop's head is mostly
// the clause the word belongs to. A nominal modifier that lands on a verb is
// no nmod there: with a case marker it is an oblique; a phrase that starts
// right after a verb with no object is its object. Function words stay
// where they hang: moved, an auxiliary would change the verb's mood.
func (p *Parser) unhangFromPunct(st *state, upos []uposTag, xpos []string) {
	for i := 0; i < st.n; i++ {
		h := st.head[i]
		if h < 0 || upos[h] != uposPunct {
			continue
		}
		if upos[i] == uposVerb && p.participleSetOff(st, upos, i, h) {
			// "…the second-largest donor, contributing $46 million.": a
			// participle set off by a comma modifies the clause.
			st.head[i], st.label[i] = st.head[h], p.rels.advcl
			continue
		}
		if upos[i] == uposVerb {
			if l := p.clauseLabel(st, xpos, i); l >= 0 && st.head[h] >= 0 && st.head[h] != i {
				st.head[i], st.label[i] = st.head[h], l
			}
			continue
		}
		switch upos[i] {
		case uposNoun, uposPropn, uposNum:
		default:
			continue // a relative "that" or an auxiliary hung there stays
		}
		g := st.head[h]
		st.head[i] = g
		if g < 0 || upos[g] != uposVerb || st.label[i] != p.rels.nmod {
			continue
		}
		hasCase, hasObj := false, false
		for k := 0; k < st.n; k++ {
			switch {
			case st.head[k] == i && st.label[k] == p.rels.caseMark:
				hasCase = true
			case st.head[k] == g && st.label[k] == p.rels.obj:
				hasObj = true
			}
		}
		switch {
		case hasCase && p.rels.obl >= 0:
			st.label[i] = p.rels.obl
		case !hasCase && !hasObj && g+1 < st.n && st.within(g+1, i) && p.rels.obj >= 0:
			st.label[i] = p.rels.obj
		}
	}
}

// secondSubjects relabels a clausal subject after its head when the head
// already has a nominal subject: a clause has one subject, and a that-clause
// after "lawmakers have charged" is what they charged (ccomp).
func (p *Parser) secondSubjects(st *state) {
	if p.rels.ccomp < 0 {
		return
	}
	for i := 0; i < st.n; i++ {
		h := st.head[i]
		if h < 0 || i < h || !labelIn(p.clausalSubject, st.label[i]) {
			continue
		}
		if p.hasSubject(st, h) {
			st.label[i] = p.rels.ccomp
		}
	}
}

// joinSubjects makes one phrase of a noun and the subject phrase right
// after it that the transitions made subjects of one verb: a clause has one
// subject, and in "EU foreign policy chief Javier Solana said", "security
// company Kroll has", "Software giant Microsoft said", "U.S. oil prices led"
// or "The China-US trade war escalated" the first noun is a compound of the
// second subject, and a hyphen between them, hung from the verb, is the
// subject's punctuation; with "'s" after it ("Saudi Arabia's Crown Prince
// Mohammed has met") the first noun is the second's possessor.
func (p *Parser) joinSubjects(st *state, upos []uposTag) {
	if p.rels.compound < 0 {
		return
	}
	for k := 0; k+1 < st.n; k++ {
		h := st.head[k]
		if h < 0 || k+1 >= h || !nominal(upos[k]) || !labelIn(p.nominalSubject, st.label[k]) {
			continue
		}
		next := k + 1
		hyphen := -1
		rel := p.rels.compound
		switch {
		case st.forms != nil && st.forms[next] == "-" && st.head[next] == h:
			hyphen, next = next, next+1
		case st.forms != nil && (st.forms[next] == "'s" || st.forms[next] == "'" || st.forms[next] == "’s") && st.head[next] == k && p.rels.poss >= 0:
			// "Saudi Arabia's Crown Prince Mohammed bin Salman has met":
			// a possessor.
			next, rel = next+1, p.rels.poss
		}
		// m, the second subject, heads every word from next to itself.
		m := -1
		for j := next; j < h; j++ {
			if st.head[j] == h && labelIn(p.nominalSubject, st.label[j]) {
				m = j
				break
			}
		}
		if m < 0 || (m == k+1 && upos[m] != uposPropn) || !nominal(upos[m]) || !phraseFrom(st, next, m) {
			continue
		}
		st.head[k], st.label[k] = m, rel
		if hyphen >= 0 {
			st.head[hyphen] = m
		}
	}
}

// subjectOfOblique gives back to a verb the object the transitions made the
// subject (or a dislocated word) of the prepositional or time phrase after
// it: in "Protesters shut down the U.S. embassy in Cairo" embassy was the
// subject of Cairo, in "Putin received President Mahmoud Abbas in Moscow on
// Monday" Abbas that of Monday, and in "met IMF chief Christine Lagarde in
// Davos, Switzerland, last month" Lagarde was dislocated from month. A noun
// with a preposition and no copula has no subject; the noun before it is the
// object of the verb the phrase hangs from, when the verb has none.
func (p *Parser) subjectOfOblique(st *state, upos []uposTag) {
	if p.rels.obj < 0 || p.rels.caseMark < 0 {
		return
	}
	dislocated := slices.Index(p.labels, "dislocated")
	for d := 0; d < st.n; d++ {
		h := st.head[d]
		if h <= d || !labelIn(p.nominalSubject, st.label[d]) && (st.label[d] != dislocated || dislocated < 0) || !nominal(upos[h]) {
			continue
		}
		if !labelIn(p.oblique, st.label[h]) && st.label[h] != p.rels.nmod {
			continue
		}
		v := st.head[h]
		if v < 0 || v >= d || upos[v] != uposVerb || hasDependent(st, h, p.rels.cop) {
			continue
		}
		if o := p.lastObject(st, v, v+1, d); o >= 0 {
			// "threatened to shell Bagram, the military airfield 15
			// miles north of Kabul": after the object and a comma, the
			// noun describes the object.
			start := d
			for start-1 > o && descends(st, start-1, d) {
				start--
			}
			if p.rels.appos >= 0 && st.forms != nil && (st.forms[start] == "," || start-1 > o && st.forms[start-1] == ",") {
				st.head[d], st.label[d] = o, p.rels.appos
			}
			continue
		}
		// A prepositional phrase, or a time phrase without a
		// preposition ("last month").
		if marked := hasDependent(st, h, p.rels.caseMark); !marked && (st.label[h] == p.rels.nmod || st.label[h] == p.rels.obl) {
			continue
		}
		st.head[d], st.label[d] = v, p.rels.obj
	}
}

// partitiveOf hangs an of-phrase right after a number from the number, not
// from the verb: in "Germany has ordered 272 of the Boxer" or "killed 20 of
// the soldiers" the phrase says what the number counts.
func (p *Parser) partitiveOf(st *state, upos []uposTag) {
	if p.rels.nmod < 0 || st.forms == nil {
		return
	}
	for c := 0; c+2 < st.n; c++ {
		v := st.head[c]
		if upos[c] != uposNum || v < 0 || !strings.EqualFold(st.forms[c+1], "of") {
			continue
		}
		h := st.head[c+1]
		if h > c+1 && st.head[h] == v && labelIn(p.oblique, st.label[h]) {
			st.head[h], st.label[h] = c, p.rels.nmod
		}
	}
}

// recipientAfterAmount hangs a to-phrase after a sum from the verb the sum
// hangs from: in "willing to contribute up to $50 billion to the IMF" or
// "gave $5 million to the Red Cross" the phrase names whom the sum goes to.
// A phrase that is a sum itself ("from $5 to $10") stays.
func (p *Parser) recipientAfterAmount(st *state, upos []uposTag) {
	if p.rels.obl < 0 || p.rels.nmod < 0 || p.rels.caseMark < 0 || st.forms == nil {
		return
	}
	amount := func(h int) bool {
		return st.forms[h] == "$" || hasDependent(st, h, p.rels.nummod)
	}
	for t := 1; t+1 < st.n; t++ {
		k := st.head[t]
		if !strings.EqualFold(st.forms[t], "to") || st.label[t] != p.rels.caseMark || k <= t || st.label[k] != p.rels.nmod || amount(k) {
			continue
		}
		h := st.head[k]
		if h < 0 || h > t || !amount(h) {
			continue
		}
		v := st.head[h]
		if v < 0 || v > h || upos[v] != uposVerb || hasCaseWord(st, h, "from") {
			continue
		}
		st.head[k], st.label[k] = v, p.rels.obl
	}
}

// compoundBeforePreposition gives back to a verb the object the transitions
// made a compound of the noun of the prepositional phrase after it: in "A
// U.S. court froze $12 billion in Venezuelan oil assets" $ was a compound of
// assets. A compound comes after its noun's preposition, never before; the
// word is the object of the verb the phrase hangs from, when the verb has
// none.
func (p *Parser) compoundBeforePreposition(st *state, upos []uposTag) {
	if p.rels.compound < 0 || p.rels.obj < 0 || p.rels.caseMark < 0 {
		return
	}
	for d := 0; d < st.n; d++ {
		h := st.head[d]
		if h <= d || st.label[d] != p.rels.compound {
			continue
		}
		marked := false
		for c := d + 1; c < h; c++ {
			marked = marked || st.head[c] == h && st.label[c] == p.rels.caseMark
		}
		v := st.head[h]
		if !marked || v < 0 || v >= d || upos[v] != uposVerb || hasDependent(st, v, p.rels.obj) {
			continue
		}
		st.head[d], st.label[d] = v, p.rels.obj
	}
}

// caseOnCompound hangs a preposition that the transitions hung from a
// compound right before a verb's object from the object, which the
// preposition makes an oblique: in "called on social media followers" on
// was the case of media, and followers the object of called.
func (p *Parser) caseOnCompound(st *state, upos []uposTag) {
	if p.rels.caseMark < 0 || p.rels.compound < 0 {
		return
	}
	for c := 0; c+2 < st.n; c++ {
		h := st.head[c]
		if h <= c || st.label[c] != p.rels.caseMark || st.label[h] != p.rels.compound {
			continue
		}
		n, v := st.head[h], -1
		if n == h+1 {
			v = st.head[n]
		}
		if v < 0 || v > c || upos[v] != uposVerb || st.label[n] != p.rels.obj || !nominal(upos[n]) || hasDependent(st, n, p.rels.caseMark) || p.rels.obl < 0 {
			continue
		}
		hyphen := false // "in-house lawyers": the preposition is the word's own
		for k := c + 1; k < n; k++ {
			hyphen = hyphen || st.forms != nil && st.forms[k] == "-"
		}
		if hyphen {
			continue
		}
		st.head[c] = n
		st.label[n] = p.rels.obl
	}
}

// hasCaseWord reports whether a phrase hung from h is marked by the
// preposition word.
func hasCaseWord(st *state, h int, word string) bool {
	for k := 0; k < st.n; k++ {
		if m := st.head[k]; m >= 0 && st.head[m] == h && strings.EqualFold(st.forms[k], word) {
			return true
		}
	}
	return false
}

// objectTakenForClauseSubject mends a verb's object that the transitions
// made the subject of the subordinate clause after it, reading the clause's
// subordinator as a preposition of the object: in "have launched an
// investigation after a manatee was discovered" investigation was the
// subject of discovered, a complement of launched, and "after a manatee" its
// modifier. The object goes back to the verb, the noun after the
// subordinator is the clause's subject, and the clause an adverbial.
func (p *Parser) objectTakenForClauseSubject(st *state, upos []uposTag) {
	if st.forms == nil || p.rels.mark < 0 || p.rels.advcl < 0 || p.rels.obj < 0 || p.rels.nmod < 0 || p.rels.caseMark < 0 {
		return
	}
	for s := 1; s+3 < st.n; s++ {
		v := st.head[s]
		if v <= s || !labelIn(p.nominalSubject, st.label[s]) || upos[v] != uposVerb {
			continue
		}
		g := st.head[v]
		if g < 0 || g >= s || upos[g] != uposVerb || st.label[v] != p.rels.ccomp && st.label[v] != p.rels.conj || hasDependent(st, g, p.rels.obj) {
			continue
		}
		// The noun after the subordinator, hung from the subject.
		n := -1
		for k := s + 1; k < v; k++ {
			if st.head[k] == s && st.label[k] == p.rels.nmod {
				n = k
				break
			}
		}
		if n < 0 || !nominal(upos[n]) {
			continue
		}
		m := -1
		for k := s + 1; k < n; k++ {
			if st.head[k] == n && st.label[k] == p.rels.caseMark && subordinator(st.forms[k]) {
				m = k
			}
		}
		if m < 0 || !phraseReaches(st, n, v) && !auxiliariesBetween(st, upos, n, v) {
			continue
		}
		st.head[s], st.label[s], st.label[n] = g, p.rels.obj, st.label[s]
		st.head[n] = v
		st.head[m], st.label[m] = v, p.rels.mark
		st.label[v] = p.rels.advcl
	}
}

// auxiliariesBetween reports whether the words after noun n's phrase and
// before verb v are v's auxiliaries and adverbs.
func auxiliariesBetween(st *state, upos []uposTag, n, v int) bool {
	for k := n + 1; k < v; k++ {
		if !descends(st, k, n) && !(st.head[k] == v && (upos[k] == uposAux || upos[k] == uposAdv || upos[k] == uposPart)) {
			return false
		}
	}
	return true
}

// subordinatorAsPreposition mends a clause whose subordinator the
// transitions made a preposition of its subject: in "the debt's value fell
// as investors also worried the rulings would limit it", "as" marked
// "investors", an oblique of "fell", and "worried" had no subject. When a
// preposition's noun, attached to a verb or to a word below it, is followed
// (its phrase, adverbs and a short prepositional phrase hung elsewhere
// aside) by a finite verb with no subject of its own whose clause hangs
// from that verb, the noun is that clause's subject and the preposition its
// marker. The clause may also have been made a conjunct of the verb
// without a conjunction.
func (p *Parser) subordinatorAsPreposition(st *state, upos []uposTag, xpos []string) {
	if p.rels.mark < 0 || p.rels.nsubj < 0 || p.rels.advcl < 0 || p.rels.caseMark < 0 || p.rels.obl < 0 {
		return
	}
	for m := 0; m+2 < st.n; m++ {
		if upos[m] != uposAdp || st.label[m] != p.rels.caseMark || st.forms == nil || !subordinator(st.forms[m]) {
			continue
		}
		n := st.head[m]
		if n <= m || !nominal(upos[n]) || st.label[n] != p.rels.obl && st.label[n] != p.rels.nmod {
			continue
		}
		inside := true // the words between are the noun's own ("as the investors")
		for k := m + 1; k < n; k++ {
			inside = inside && descends(st, k, n)
		}
		// The verb follows the noun's phrase ("as thousands of striking
		// workers marched"), adverbs aside.
		v := n + 1
		for v < st.n && descends(st, v, n) {
			// Not past a comma ("an issue for Obama, whose rhetoric …
			// took") nor a coordinator of anything but the noun ("as a
			// representative of News Corp and among a flurry of
			// statements also gave" is a conjunct).
			if st.forms[v] == "," || upos[v] == uposCconj && !p.nounConjunct(st, st.head[v], n) {
				inside = false
			}
			v++
		}
		// A prepositional phrase the transitions hung elsewhere may come
		// between ("since the oil rig explosion on April 20 killed").
		pp := p.phraseAt(st, upos, v)
		if pp >= 0 {
			v = lastOf(st, pp) + 1
		}
		for v < st.n && upos[v] == uposAdv {
			v++
		}
		if !inside || v >= st.n || !finite(xpos[v]) || p.hasSubject(st, v) {
			continue
		}
		// The noun hangs from the verb or from a word of its clause,
		// with no coordinator in its phrase ("reduce flights after the
		// United States questioned": an nmod of "flights"; not "its worst
		// crisis since the Great Depression and officials urge").
		if st.head[v] != st.head[n] && (st.head[v] < 0 || !descends(st, n, st.head[v]) || coordinated(upos, m, v)) {
			continue
		}
		// The clause may have been made a conjunct of the verb, one
		// without a conjunction ("came as Israel announced it would ...").
		if st.label[v] != p.rels.advcl && (st.label[v] != p.rels.conj || p.rels.cc < 0 || hasDependent(st, v, p.rels.cc)) {
			continue
		}
		st.label[v] = p.rels.advcl
		st.head[n], st.label[n] = v, p.rels.nsubj
		st.head[m], st.label[m] = v, p.rels.mark
		if pp >= 0 {
			st.head[pp], st.label[pp] = v, p.rels.obl
		}
	}
}

// phraseAt returns the head of a short prepositional phrase that starts at
// word k: an oblique or nominal modifier attached outside the phrase,
// whose words are all its own, with no punctuation or coordinator; else -1.
func (p *Parser) phraseAt(st *state, upos []uposTag, k int) int {
	if k >= st.n || upos[k] != uposAdp || st.label[k] != p.rels.caseMark {
		return -1
	}
	h := st.head[k]
	if h <= k || h-k > 4 || st.label[h] != p.rels.obl && st.label[h] != p.rels.nmod {
		return -1
	}
	last := lastOf(st, h)
	if st.head[h] > k && st.head[h] <= last {
		return -1
	}
	for j := k; j <= last; j++ {
		if !descends(st, j, h) || upos[j] == uposPunct || upos[j] == uposCconj {
			return -1
		}
	}
	return h
}

// lastOf returns the last word of h's phrase: h or its rightmost
// descendant.
func lastOf(st *state, h int) int {
	last := h
	for j := h + 1; j < st.n; j++ {
		if descends(st, j, h) {
			last = j
		}
	}
	return last
}

// coordinated reports whether a coordinator lies between words from and to.
func coordinated(upos []uposTag, from, to int) bool {
	return slices.Contains(upos[from+1:to], uposCconj)
}

// nounConjunct reports whether word c is a conjunct of noun n with no
// preposition of its own ("Fico and other senior party officials", not "a
// representative of News Corp and among a flurry of statements").
func (p *Parser) nounConjunct(st *state, c, n int) bool {
	return c >= 0 && st.head[c] == n && st.label[c] == p.rels.conj && !hasDependent(st, c, p.rels.caseMark)
}

// subordinator reports a word that opens a clause as well as a phrase.
func subordinator(form string) bool {
	switch strings.ToLower(form) {
	case "as", "after", "before", "since", "until", "till", "while":
		return true
	}
	return false
}

// prepositionalSubjects mends a subject cut in two at its preposition: in
// "a spokesman for the interior ministry said" or "a group of northern
// European nations urged" the transitions can make the nouns on both sides
// of the preposition subjects of the verb, and the preposition a marker of
// it. A clause has one subject: the phrase after a preposition attached to
// the verb is that preposition's object and modifies the subject before it;
// nouns the transitions made subjects inside that phrase are compounds of
// its head. Not when a verb stands between the two subjects, nor when the
// first is a bare noun ("days after the department dropped the case",
// "three years after the authorities released him"): then the preposition
// introduces the clause, and the noun is a time that the transitions took
// for a subject.
func (p *Parser) prepositionalSubjects(st *state, upos []uposTag, xpos []string) {
	if p.rels.nmod < 0 || p.rels.caseMark < 0 || p.rels.compound < 0 {
		return
	}
	for h := 0; h < st.n; h++ {
		subject := func(k int) bool {
			return k >= 0 && k < h && st.head[k] == h && labelIn(p.nominalSubject, st.label[k])
		}
		// attached returns the word of k's phrase that is attached to h,
		// or -1.
		attached := func(k int) int {
			for steps := 0; k >= 0 && st.head[k] != h; steps++ {
				if k = st.head[k]; steps > st.n {
					return -1
				}
			}
			return k
		}
		// b: the last nominal subject before the verb.
		b := h - 1
		for b >= 0 && !(subject(b) && nominal(upos[b])) {
			b--
		}
		if b < 0 {
			continue
		}
		// m: the word before b's phrase and the subject pieces inside it.
		var pieces, modifiers []int
		m := b - 1
		for ; m >= 0; m-- {
			t := attached(m)
			if t == b {
				continue
			}
			if t >= m && t < b && subject(t) && nominal(upos[t]) {
				if !slices.Contains(pieces, t) {
					pieces = append(pieces, t)
				}
				continue
			}
			// A participle of b's phrase hung from the verb ("of
			// war-ravaged South Sudan declared").
			if t >= m && t < b && upos[t] == uposVerb && st.label[t] == p.rels.advcl && (xpos == nil || xpos[t] == "VBN") && p.rels.amod >= 0 {
				if !slices.Contains(modifiers, t) {
					modifiers = append(modifiers, t)
				}
				continue
			}
			break
		}
		if m < 1 || upos[m] != uposAdp || st.head[m] != h {
			continue
		}
		a := attached(m - 1)
		if !subject(a) || !p.namesSomeone(st, upos, a) {
			continue
		}
		verbBetween := false
		for k := a + 1; k < m; k++ {
			verbBetween = verbBetween || upos[k] == uposVerb || upos[k] == uposAux
		}
		if verbBetween {
			continue
		}
		for _, k := range pieces {
			st.head[k], st.label[k] = b, p.rels.compound
		}
		for _, k := range modifiers {
			st.head[k], st.label[k] = b, p.rels.amod
		}
		st.head[m], st.label[m] = b, p.rels.caseMark
		st.head[b], st.label[b] = a, p.rels.nmod
	}
}

// namesSomeone reports whether noun phrase k can be a subject that a
// prepositional phrase modifies: a name or pronoun, or a noun with a
// determiner or a compound ("a spokesman", "Austerity opponents"), not a
// bare or counted noun ("days", "three years").
func (p *Parser) namesSomeone(st *state, upos []uposTag, k int) bool {
	switch upos[k] {
	case uposPropn, uposPron:
		return true
	case uposNoun:
	default:
		return false
	}
	return hasDependent(st, k, p.rels.det) || hasDependent(st, k, p.rels.compound)
}

// hasSubject reports whether word v has a nominal subject.
func (p *Parser) hasSubject(st *state, v int) bool { return p.subjectIndex(st, v) >= 0 }

// verbStart returns the first word of verb v with the auxiliaries, adverbs
// and particles that hang from it right before it, not before word lo, and
// whether v or one of its auxiliaries is finite (a modal counts when modal
// is set).
func verbStart(st *state, upos []uposTag, xpos []string, v, lo int, modal bool) (first int, tensed bool) {
	first, tensed = v, finite(xpos[v])
	for first > lo && st.head[first-1] == v && (upos[first-1] == uposAux || upos[first-1] == uposAdv || upos[first-1] == uposPart) {
		first--
		tensed = tensed || upos[first] == uposAux && (finite(xpos[first]) || modal && xpos[first] == "MD")
	}
	return first, tensed
}

// lastObject returns the last object of word h among words from..to-1, or
// -1.
func (p *Parser) lastObject(st *state, h, from, to int) int {
	o := -1
	for k := from; k < to; k++ {
		if st.head[k] == h && st.label[k] == p.rels.obj {
			o = k
		}
	}
	return o
}

// clauseBetween reports whether the words of n's phrase that lead from n to
// the last word before v (punctuation aside) pass through a verb: the phrase
// then ends in a clause of its own, which the word at v more likely
// continues.
func clauseBetween(st *state, upos []uposTag, n, v int) bool {
	last := v - 1
	for last > n && upos[last] == uposPunct {
		last--
	}
	for j, steps := last, 0; j >= 0 && j != n && steps < st.n; j, steps = st.head[j], steps+1 {
		if upos[j] == uposVerb || upos[j] == uposAux {
			return true
		}
	}
	return false
}

// hasClausalSubject reports whether word v has a clausal subject.
func (p *Parser) hasClausalSubject(st *state, v int) bool {
	for k := 0; k < st.n; k++ {
		if st.head[k] == v && labelIn(p.clausalSubject, st.label[k]) {
			return true
		}
	}
	return false
}

// subjectOf returns the label of a nominal subject of verb v: nsubj:pass
// when v has a passive auxiliary and the model knows the label, else nsubj.
func (p *Parser) subjectOf(st *state, v int) int {
	if p.rels.nsubjPass >= 0 && hasDependent(st, v, p.rels.auxPass) {
		return p.rels.nsubjPass
	}
	return p.rels.nsubj
}

// hasDependent reports whether word h has a dependent labelled label (-1
// for a relation the model lacks: none).
func hasDependent(st *state, h, label int) bool {
	for k := 0; k < st.n; k++ {
		if st.head[k] == h && st.label[k] == label && label >= 0 {
			return true
		}
	}
	return false
}

// nominal reports whether a UPOS is a noun or a proper noun.
func nominal(t uposTag) bool { return t == uposNoun || t == uposPropn }

// finite reports whether an XPOS is a finite verb form of its own.
func finite(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// labelIn reports whether label l (-1 for none) is marked in set.
func labelIn(set []bool, l int) bool { return l >= 0 && set[l] }

func (p *Parser) indexLabels() {
	if p.groups == nil {
		// A model over labelled transitions: every relation its own group.
		p.groups = p.labels
		p.groupOf = make([]int, len(p.labels))
		for i := range p.labels {
			p.groupOf[i] = i
		}
	}
	p.members = make([][]int, len(p.groups))
	for l, g := range p.groupOf {
		p.members[g] = append(p.members[g], l)
	}
	label := func(name string) int { return slices.Index(p.labels, name) }
	p.rootRel, p.punct, p.parat = label("root"), label("punct"), label("parataxis")
	p.rels = relIndex{
		nmod: label("nmod"), caseMark: label("case"), obj: label("obj"), obl: label("obl"),
		ccomp: label("ccomp"), compound: label("compound"), det: label("det"),
		nsubj: label("nsubj"), acl: label("acl"), conj: label("conj"),
		nsubjPass: label("nsubj:pass"), auxPass: label("aux:pass"), mark: label("mark"), amod: label("amod"), advcl: label("advcl"),
		advmod: label("advmod"), fixed: label("fixed"), aux: label("aux"), cc: label("cc"), cop: label("cop"), xcomp: label("xcomp"), flat: label("flat"),
		nummod: label("nummod"), poss: label("nmod:poss"), appos: label("appos"), particle: label("compound:prt"),
	}
	p.clausalSubject, p.nominalSubject = make([]bool, len(p.labels)), make([]bool, len(p.labels))
	p.oblique = make([]bool, len(p.labels))
	p.universal = true
	for i, l := range p.labels {
		if strings.Contains(l, ":") {
			p.universal = false
		}
		base, _, _ := strings.Cut(l, ":")
		p.clausalSubject[i] = base == "csubj"
		p.nominalSubject[i] = base == "nsubj"
		p.oblique[i] = base == "obl"
	}
}

// magic starts a model file: labels, label groups, each label's group, the
// transition model, and a labeler when a group holds several labels.
// Version 5 is the feature set without the retired templates (see
// features.go); files of versions 1 to 4 hold weights for features extract
// no longer gives, and are refused rather than parse worse unnoticed.
const magic = "PRLYDEP5"

var retiredMagics = []string{"PRLYDEP1", "PRLYDEP2", "PRLYDEP3", "PRLYDEP4"}

// WriteTo writes the parser model.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	bw := binfmt.NewWriter(cw, magic)
	bw.Strings(p.labels)
	bw.Strings(p.groups)
	for _, g := range p.groupOf {
		bw.Uint(uint64(g))
	}
	if _, err := p.model.WriteTo(bw); err != nil {
		return cw.n, fmt.Errorf("write parser model: %w", err)
	}
	if p.labeler != nil {
		bw.Uint(1)
		if _, err := p.labeler.WriteTo(bw); err != nil {
			return cw.n, fmt.Errorf("write parser model: %w", err)
		}
	} else {
		bw.Uint(0)
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("write parser model: %w", err)
	}
	return cw.n, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// Read reads a parser model written by WriteTo.
func Read(r io.Reader) (*Parser, error) {
	bufr := bufio.NewReaderSize(r, 1<<16)
	if head, _ := bufr.Peek(len(magic)); slices.Contains(retiredMagics, string(head)) {
		return nil, fmt.Errorf("read parser model: %w: %s is a model of an earlier feature set; train it again with parley train", binfmt.ErrFormat, head)
	}
	br, err := binfmt.NewReader(bufr, magic)
	if err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	p := &Parser{labels: br.Strings()}
	p.groups = br.Strings()
	for range p.labels {
		g := br.Len(len(p.groups) - 1)
		p.groupOf = append(p.groupOf, g)
	}
	if err := br.Err(); err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	if len(p.labels) == 0 || len(p.labels) > 1000 || len(p.groups) == 0 || len(p.groups) > len(p.labels) {
		return nil, fmt.Errorf("read parser model: %w: %d labels, %d groups", binfmt.ErrFormat, len(p.labels), len(p.groups))
	}
	if p.model, err = perceptron.ReadModel(br.Underlying()); err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	if br.Len(1) == 1 {
		if p.labeler, err = perceptron.ReadModel(br.Underlying()); err != nil {
			return nil, fmt.Errorf("read parser labeler: %w", err)
		}
		if p.labeler.Classes() != len(p.labels) {
			return nil, fmt.Errorf("read parser model: %w: labeler has %d classes for %d labels", binfmt.ErrFormat, p.labeler.Classes(), len(p.labels))
		}
	}
	if err := br.Err(); err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	p.indexLabels()
	p.shapes = newShapeTable(p.model)
	if p.model.Classes() != 2+2*len(p.groups) {
		return nil, fmt.Errorf("read parser model: %w: %d classes for %d label groups", binfmt.ErrFormat, p.model.Classes(), len(p.groups))
	}
	for g, rels := range p.members {
		if len(rels) == 0 {
			return nil, fmt.Errorf("read parser model: %w: label group %d is empty", binfmt.ErrFormat, g)
		}
		if len(rels) > 1 && p.labeler == nil {
			return nil, fmt.Errorf("read parser model: %w: no labeler for label group %d", binfmt.ErrFormat, g)
		}
	}
	return p, nil
}

// Prune returns a copy of the parser without weights smaller than
// minWeight, trading a little accuracy for size and speed.
func (p *Parser) Prune(minWeight float32) *Parser {
	q := &Parser{labels: p.labels, groups: p.groups, groupOf: p.groupOf, model: p.model.Prune(minWeight)}
	if p.labeler != nil {
		q.labeler = p.labeler.Prune(minWeight)
	}
	q.indexLabels()
	q.shapes = newShapeTable(q.model)
	return q
}
