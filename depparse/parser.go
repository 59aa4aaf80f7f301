// Package depparse is a transition-based labelled dependency parser (arc-eager
// with a dynamic oracle, averaged perceptron) producing Universal Dependencies
// v2 trees.
package depparse

import (
	"fmt"
	"io"
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
	labels  []string
	model   *perceptron.Model
	rootRel int // index of "root" in labels, or -1
	punct   int
	parat   int
	scratch sync.Pool
}

type scratch struct {
	st     state
	ws     words
	feats  []uint64
	scores []float32
	forms  []string
	xpos   []string
	upos   []string
}

func (p *Parser) getScratch() *scratch {
	s, _ := p.scratch.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: make([]float32, 2+2*len(p.labels))}
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
	s.forms, s.xpos, s.upos = s.forms[:0], s.xpos[:0], s.upos[:0]
	for _, t := range toks {
		s.forms = append(s.forms, t.Form)
		s.xpos = append(s.xpos, t.XPOS)
		s.upos = append(s.upos, t.UPOS)
	}
	p.run(s, s.forms, s.xpos, s.upos)
	for i := range toks {
		h := s.st.head[i]
		if h >= 0 {
			toks[i].Head = h + offset
		} else {
			toks[i].Head = -1
		}
		toks[i].DepRel = p.labels[s.st.label[i]]
	}
}

// ParseWords parses a sentence given as forms with their XPOS and UPOS tags
// and returns heads (-1 for the root) and relations.
func (p *Parser) ParseWords(forms, xpos, upos []string) ([]int, []string) {
	heads := make([]int, len(forms))
	rels := make([]string, len(forms))
	if len(forms) == 0 {
		return heads, rels
	}
	s := p.getScratch()
	defer p.scratch.Put(s)
	p.run(s, forms, xpos, upos)
	for i := range forms {
		heads[i] = s.st.head[i]
		rels[i] = p.labels[s.st.label[i]]
	}
	return heads, rels
}

// run parses greedily and leaves a single-rooted tree in s.st.
func (p *Parser) run(s *scratch, forms, xpos, upos []string) {
	n := len(forms)
	s.ws.fill(forms, xpos, upos)
	st := &s.st
	st.reset(n)
	for !st.terminal() {
		s.feats = extract(s.feats[:0], st, &s.ws)
		clear(s.scores)
		p.model.Score(s.feats, s.scores)
		st.apply(moveOf(bestValid(st, s.scores)))
	}
	p.finish(st, upos)
}

// bestValid returns the highest-scoring transition allowed in st.
func bestValid(st *state, scores []float32) int {
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
	for i, l := range p.labels {
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

const magic = "PRLYDEP1"

// WriteTo writes the parser model.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	bw := binfmt.NewWriter(w, magic)
	bw.Strings(p.labels)
	if _, err := p.model.WriteTo(bw); err != nil {
		return 0, fmt.Errorf("write parser model: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("write parser model: %w", err)
	}
	return 0, nil
}

// Read reads a parser model written by WriteTo.
func Read(r io.Reader) (*Parser, error) {
	br, err := binfmt.NewReader(r, magic)
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
	if p.model.Classes() != 2+2*len(p.labels) {
		return nil, fmt.Errorf("read parser model: %w: %d classes for %d labels", binfmt.ErrFormat, p.model.Classes(), len(p.labels))
	}
	p.indexLabels()
	return p, nil
}

// Prune returns a copy of the parser without weights smaller than
// minWeight, trading a little accuracy for size and speed.
func (p *Parser) Prune(minWeight float32) *Parser {
	q := &Parser{labels: p.labels, model: p.model.Prune(minWeight)}
	q.indexLabels()
	return q
}
