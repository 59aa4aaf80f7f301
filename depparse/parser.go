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
	"github.com/parleyproject/parley/internal/perceptron"
	"github.com/parleyproject/parley/text"
)

// Name identifies the parser and its model format.
const Name = "parley.depparse.v1"

// Parser parses tagged sentences. It is read-only after loading and safe for
// concurrent use.
type Parser struct {
	labels []string
	// model scores transitions. In a joint model its classes are labelled
	// transitions (see moveOf); with a labeler they are the four operations,
	// and labeler names each arc once it is made.
	model   *perceptron.Model
	labeler *perceptron.Model
	rootRel int // index of "root" in labels, or -1
	// universal is set when the labels have no subtypes: the parser then
	// restores them by rule (see restoreSubtypes).
	universal bool
	punct   int
	parat   int
	// noPunctFix turns off the punctuation repair (for comparisons).
	noPunctFix  bool
	punctAlways bool
	scratch     sync.Pool
}

type scratch struct {
	st     state
	ws     words
	feats  []uint64
	lfeats []uint64
	scores *perceptron.Scores
	sent   Sentence
	rels   []string
}

func (p *Parser) getScratch() *scratch {
	s, _ := p.scratch.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: new(perceptron.Scores)}
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
	for !st.terminal() {
		if len(st.stack) == 0 {
			// Only a shift is possible: nothing to score.
			st.apply(move{op: opShift})
			continue
		}
		s.feats = extract(s.feats[:0], st, &s.ws)
		if p.labeler == nil {
			sc := s.scores[:2+2*len(p.labels)]
			clear(sc)
			p.model.Score(s.feats, s.scores)
			st.apply(moveOf(bestValid(st, sc)))
			continue
		}
		sc := s.scores[:4]
		clear(sc)
		p.model.Score(s.feats, s.scores)
		m := move{op: bestValidOp(st, sc)}
		if m.op == opLeft || m.op == opRight {
			m.label = p.label(s, st, m.op)
		}
		st.apply(m)
	}
	p.finish(st, in.UPOS)
}

// label names the arc that op is about to make.
func (p *Parser) label(s *scratch, st *state, op int) int {
	h, d := st.b, st.s0()
	if op == opRight {
		h, d = d, h
	}
	s.lfeats = extractLabel(s.lfeats[:0], st, &s.ws, h, d)
	sc := s.scores[:len(p.labels)]
	clear(sc)
	p.labeler.Score(s.lfeats, s.scores)
	return argmaxLabel(sc)
}

func argmaxLabel[T int32 | float32](scores []T) int {
	best := 0
	for i, v := range scores {
		if v > scores[best] {
			best = i
		}
	}
	return best
}

// bestValidOp returns the highest-scoring operation allowed in st; scores
// are indexed by operation.
func bestValidOp[T int32 | float32](st *state, scores []T) int {
	best := -1
	for op, v := range scores {
		if st.valid(op) && (best < 0 || v > scores[best]) {
			best = op
		}
	}
	return best
}

// bestValid returns the highest-scoring transition allowed in st.
func bestValid[T int32 | float32](st *state, scores []T) int {
	best := -1
	var okOp [4]bool
	for op := range okOp {
		okOp[op] = st.valid(op)
	}
	for c, v := range scores {
		op := opShift
		switch {
		case c == 1:
			op = opReduce
		case c >= 2 && c%2 == 0:
			op = opLeft
		case c >= 2:
			op = opRight
		}
		if okOp[op] && (best < 0 || v > scores[best]) {
			best = c
		}
	}
	return best
}

// finish turns the forest left by the transitions into one tree: the largest
// headless subtree becomes the root, other headless words attach to it.
func (p *Parser) finish(st *state, upos []string) {
	n := st.n
	size := make([]int, n)
	for i := 0; i < n; i++ {
		for h := i; h >= 0; h = st.head[h] {
			size[h]++
			if size[h] > n { // defensive: never loop on a malformed state
				break
			}
		}
	}
	root := -1
	for i := 0; i < n; i++ {
		if st.head[i] < 0 && (root < 0 || size[i] > size[root]) {
			root = i
		}
	}
	for i := 0; i < n; i++ {
		if st.head[i] >= 0 || i == root {
			continue
		}
		st.head[i] = root
		if upos[i] == "PUNCT" && p.punct >= 0 {
			st.label[i] = p.punct
		} else {
			st.label[i] = max(p.parat, 0)
		}
	}
	if root >= 0 {
		st.label[root] = max(p.rootRel, 0)
	}
}

func (p *Parser) indexLabels() {
	p.rootRel, p.punct, p.parat = -1, -1, -1
	p.universal = true
	for i, l := range p.labels {
		if strings.Contains(l, ":") {
			p.universal = false
		}
		switch l {
		case "root":
			p.rootRel = i
		case "punct":
			p.punct = i
		case "parataxis":
			p.parat = i
		}
	}
}

// Model file magics: a joint model, or a transition model with a labeler.
const (
	magic      = "PRLYDEP1"
	magicSplit = "PRLYDEP2"
)

// WriteTo writes the parser model.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	m := magic
	if p.labeler != nil {
		m = magicSplit
	}
	bw := binfmt.NewWriter(w, m)
	bw.Strings(p.labels)
	if _, err := p.model.WriteTo(bw); err != nil {
		return 0, fmt.Errorf("write parser model: %w", err)
	}
	if p.labeler != nil {
		if _, err := p.labeler.WriteTo(bw); err != nil {
			return 0, fmt.Errorf("write parser model: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("write parser model: %w", err)
	}
	return 0, nil
}

// Read reads a parser model written by WriteTo.
func Read(r io.Reader) (*Parser, error) {
	bufr := bufio.NewReaderSize(r, 1<<16)
	head, _ := bufr.Peek(len(magic))
	split := string(head) == magicSplit
	m := magic
	if split {
		m = magicSplit
	}
	br, err := binfmt.NewReader(bufr, m)
	if err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	p := &Parser{labels: br.Strings()}
	if err := br.Err(); err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	if len(p.labels) == 0 || len(p.labels) > 1000 {
		return nil, fmt.Errorf("read parser model: %w: %d labels", binfmt.ErrFormat, len(p.labels))
	}
	p.model, err = perceptron.ReadModel(br.Underlying())
	if err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	want := 2 + 2*len(p.labels)
	if split {
		want = 4
		if p.labeler, err = perceptron.ReadModel(br.Underlying()); err != nil {
			return nil, fmt.Errorf("read parser labeler: %w", err)
		}
		if p.labeler.Classes() != len(p.labels) {
			return nil, fmt.Errorf("read parser model: %w: labeler has %d classes for %d labels", binfmt.ErrFormat, p.labeler.Classes(), len(p.labels))
		}
	}
	if p.model.Classes() != want {
		return nil, fmt.Errorf("read parser model: %w: %d classes for %d labels", binfmt.ErrFormat, p.model.Classes(), len(p.labels))
	}
	p.indexLabels()
	return p, nil
}

// Prune returns a copy of the parser without weights smaller than
// minWeight, trading a little accuracy for size and speed.
func (p *Parser) Prune(minWeight float32) *Parser {
	q := &Parser{labels: p.labels, model: p.model.Prune(minWeight)}
	if p.labeler != nil {
		q.labeler = p.labeler.Prune(minWeight)
	}
	q.indexLabels()
	return q
}

// Average returns a parser whose weights are the mean of the given parsers'
// (see perceptron.Average). The parsers must know the same labels.
func Average(ps ...*Parser) (*Parser, error) {
	if len(ps) == 0 {
		return nil, fmt.Errorf("average parsers: none given")
	}
	ms := make([]*perceptron.Model, len(ps))
	for i, p := range ps {
		if !slices.Equal(p.labels, ps[0].labels) {
			return nil, fmt.Errorf("average parsers: parser %d has other labels", i+1)
		}
		ms[i] = p.model
	}
	m, err := perceptron.Average(ms...)
	if err != nil {
		return nil, fmt.Errorf("average parsers: %w", err)
	}
	q := &Parser{labels: ps[0].labels, model: m}
	q.indexLabels()
	return q, nil
}
