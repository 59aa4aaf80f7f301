package depparse

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/parleyproject/parley/internal/perceptron"
)

// Sentence is a sentence to parse or to train on: words with tags (and
// lemmas), and for training the gold tree.
type Sentence struct {
	Forms, XPOS, UPOS []string
	Lemmas            []string // may be nil
	Heads             []int    // -1 for the root
	Rels              []string
}

// TrainOptions control training. Zero values take the defaults noted.
type TrainOptions struct {
	Epochs int    // default 15
	Seed   uint64 // shuffling and exploration seed
	// ExploreProb is the probability of following the model's own (possibly
	// wrong) transition after the first epoch (default 0.9).
	ExploreProb float64
	MinWeight   float32 // drop smaller averaged weights (default 1)
	// Groups maps relations to label groups (see Parser); relations not
	// named form a group of their own. Nil trains one model over labelled
	// transitions.
	Groups map[string]string
	Dev    []Sentence
	Log    io.Writer
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 15
	}
	if o.ExploreProb == 0 {
		o.ExploreProb = 0.9
	}
	if o.MinWeight == 0 {
		o.MinWeight = 1
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// Train trains a parser with Goldberg and Nivre's dynamic oracle. It is
// deterministic for given data and options.
func Train(ctx context.Context, train []Sentence, opts TrainOptions) (*Parser, error) {
	opts.defaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("train parser: no sentences")
	}
	p := &Parser{labels: collectLabels(train)}
	p.setGroups(opts.Groups)
	p.indexLabels()
	index := map[string]int{}
	for i, l := range p.labels {
		index[l] = i
	}
	type goldTree struct {
		heads, rels []int
	}
	gold := make([]goldTree, len(train))
	for i, s := range train {
		g := goldTree{heads: projectivize(s.Heads), rels: make([]int, len(s.Rels))}
		for j, r := range s.Rels {
			g.rels[j] = index[r]
		}
		gold[i] = g
	}
	nClasses := 2 + 2*len(p.groups)
	tr := perceptron.NewTrainer(nClasses)
	var lt *perceptron.Trainer
	for _, m := range p.members {
		if len(m) > 1 {
			lt = perceptron.NewTrainer(len(p.labels))
			break
		}
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0xd3a9))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var (
		st     state
		ws     words
		feats  []uint64
		lfeats []uint64
		scores = make([]float32, nClasses)
		lsc    = make([]float32, len(p.labels))
		cost   [4]int
	)
	for ep := 1; ep <= opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var moves, errs, arcs, labelErrs int
		for _, si := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			s, g := train[si], gold[si]
			ws.fill(s.Forms, s.Lemmas, s.XPOS, s.UPOS)
			st.reset(len(s.Forms))
			for !st.terminal() {
				if len(st.stack) == 0 {
					// Only a shift is possible: nothing to learn, but the
					// step counts in the weights' averages.
					tr.Tick()
					moves++
					st.apply(move{op: opShift})
					continue
				}
				feats = extract(feats[:0], &st, &ws)
				clear(scores)
				tr.Score(feats, scores)
				leftGold, rightGold := st.costs(g.heads, &cost)
				// The gold group of the arc Left or Right would make, when
				// that arc is in the gold tree; -1 otherwise.
				goldGroup := [4]int{-1, -1, -1, -1}
				if leftGold {
					goldGroup[opLeft] = p.groupOf[g.rels[st.s0()]]
				}
				if rightGold {
					goldGroup[opRight] = p.groupOf[g.rels[st.b]]
				}
				pred := bestValid(&st, scores, perceptron.FirstMaxFloat)
				minCost := minValidCost(&st, cost)
				isZero := func(c int) bool {
					m := moveOf(c)
					if !st.valid(m.op) || cost[m.op] != minCost {
						return false
					}
					return goldGroup[m.op] < 0 || m.label == goldGroup[m.op]
				}
				zero := -1
				for c, v := range scores {
					if isZero(c) && (zero < 0 || v > scores[zero]) {
						zero = c
					}
				}
				tr.Tick()
				moves++
				predOK := isZero(pred)
				if !predOK {
					errs++
					tr.Update(feats, zero, pred, 1)
				}
				// The generator is drawn only on errors, which keeps the
				// trained model (and so the embedded one) reproducible.
				explore := !predOK && ep > 1 && rng.Float64() < opts.ExploreProb
				next := zero
				if predOK || explore {
					next = pred
				}
				m := moveOf(next)
				if m.op == opLeft || m.op == opRight {
					grp := m.label
					rels := p.members[grp]
					m.label = rels[0]
					if len(rels) > 1 {
						h, d := arcEnds(&st, m.op)
						lfeats = extractLabel(lfeats[:0], &st, &ws, h, d)
						clear(lsc)
						lt.Score(lfeats, lsc)
						m.label = bestOf(lsc, rels)
						if goldGroup[m.op] == grp {
							arcs++
							lt.Tick()
							if want := g.rels[d]; m.label != want {
								labelErrs++
								lt.Update(lfeats, want, m.label, 1)
								if !explore {
									m.label = want
								}
							}
						}
					}
				}
				st.apply(m)
			}
		}
		line := fmt.Sprintf("parser epoch %d: %.2f%% transitions wrong (%d features)", ep, 100*float64(errs)/float64(max(moves, 1)), tr.Features())
		if lt != nil {
			line += fmt.Sprintf(", %.2f%% labels wrong (%d features)", 100*float64(labelErrs)/float64(max(arcs, 1)), lt.Features())
		}
		if len(opts.Dev) > 0 {
			probe := &Parser{labels: p.labels, groups: p.groups, groupOf: p.groupOf, model: tr.Freeze(opts.MinWeight)}
			if lt != nil {
				probe.labeler = lt.Freeze(opts.MinWeight)
			}
			probe.indexLabels()
			line += ", dev " + probe.Score(opts.Dev).String()
		}
		fmt.Fprintln(opts.Log, line)
	}
	p.model = tr.Freeze(opts.MinWeight)
	if lt != nil {
		p.labeler = lt.Freeze(opts.MinWeight)
	}
	p.rankFeatures(train)
	p.shapes = newShapeTable(p.model)
	return p, nil
}

// rankFeatures lays the models out by how often parsing the training
// sentences uses each feature (see perceptron.Model.Ranked).
func (p *Parser) rankFeatures(train []Sentence) {
	// The probe looks up what parsing looks up: the features its shape
	// leaves varying.
	probe := &Parser{labels: p.labels, groups: p.groups, groupOf: p.groupOf, model: p.model.Counting(), shapes: newShapeTable(p.model)}
	if p.labeler != nil {
		probe.labeler = p.labeler.Counting()
	}
	probe.indexLabels()
	for _, s := range train {
		probe.ParseWords(s)
	}
	p.model = p.model.Ranked(probe.model.Uses)
	if p.labeler != nil {
		p.labeler = p.labeler.Ranked(probe.labeler.Uses)
	}
}

// setGroups builds the label groups from a relation → group map.
func (p *Parser) setGroups(groups map[string]string) {
	if groups == nil {
		return
	}
	index := map[string]int{}
	p.groups, p.groupOf = nil, make([]int, len(p.labels))
	names := make([]string, 0, len(p.labels))
	for _, l := range p.labels {
		name, ok := groups[l]
		if !ok {
			name = l
		}
		names = append(names, name)
	}
	sorted := slices.Clone(names)
	slices.Sort(sorted)
	for _, n := range slices.Compact(sorted) {
		index[n] = len(p.groups)
		p.groups = append(p.groups, n)
	}
	for i, n := range names {
		p.groupOf[i] = index[n]
	}
}

func minValidCost(st *state, cost [4]int) int {
	minCost := 1 << 30
	for op := range cost {
		if st.valid(op) && cost[op] < minCost {
			minCost = cost[op]
		}
	}
	return minCost
}

func collectLabels(train []Sentence) []string {
	seen := map[string]bool{"root": true, "punct": true, "parataxis": true}
	for _, s := range train {
		for _, r := range s.Rels {
			seen[r] = true
		}
	}
	var out []string
	for l := range seen {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

// projectivize lifts non-projective arcs (attaching the dependent to its
// grandparent) until the tree is projective, so the oracle can reach it.
func projectivize(heads []int) []int {
	h := slices.Clone(heads)
	for iter := 0; iter < len(h)*len(h); iter++ {
		d := shortestNonProjective(h)
		if d < 0 {
			break
		}
		h[d] = h[h[d]]
	}
	return h
}

// shortestNonProjective returns the dependent of the shortest non-projective
// arc, or -1.
func shortestNonProjective(h []int) int {
	best, bestLen := -1, 0
	for d, hd := range h {
		if hd < 0 {
			continue
		}
		lo, hi := min(d, hd), max(d, hd)
		for k := lo + 1; k < hi; k++ {
			if !dominates(h, hd, k) {
				if best < 0 || hi-lo < bestLen {
					best, bestLen = d, hi-lo
				}
				break
			}
		}
	}
	return best
}

func dominates(h []int, a, k int) bool {
	for steps := 0; k >= 0 && steps <= len(h); steps++ {
		if k == a {
			return true
		}
		k = h[k]
	}
	return false
}

// Scores are attachment scores over words, punctuation included.
type Scores struct {
	Words, Heads, Labeled int
}

func (s Scores) String() string {
	d := float64(max(s.Words, 1))
	return fmt.Sprintf("UAS %.2f LAS %.2f", 100*float64(s.Heads)/d, 100*float64(s.Labeled)/d)
}

// Score parses gold sentences (with their tags) and counts correct heads and
// labels; labels are compared on their universal part.
func (p *Parser) Score(sents []Sentence) Scores {
	var sc Scores
	for _, s := range sents {
		heads, rels := p.ParseWords(s)
		for i := range heads {
			sc.Words++
			if heads[i] == s.Heads[i] {
				sc.Heads++
				if universal(rels[i]) == universal(s.Rels[i]) {
					sc.Labeled++
				}
			}
		}
	}
	return sc
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}
