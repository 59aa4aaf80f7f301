package postag

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/parleyproject/parley/internal/perceptron"
)

// Sentence is a training sentence: word forms with their gold tags.
type Sentence struct {
	Forms []string
	Tags  []Tag
}

// TrainOptions control training. Zero values take the defaults noted.
type TrainOptions struct {
	Epochs int    // passes over the data; default 12
	Seed   uint64 // shuffling seed
	// TwoPass trains a second model that sees the first pass's tags to the
	// right; its training input comes from Folds-fold jackknifing (default 5).
	TwoPass bool
	Folds   int
	// Known words: forms seen at least KnownMinCount times (default 20) with
	// one class in at least KnownMinShare of them (default 0.995) are tagged
	// by lookup.
	KnownMinCount int
	KnownMinShare float64
	// AmbMinCount is how often a word must be seen for its ambiguity class to
	// be a feature (default 3).
	AmbMinCount int
	// MinWeight drops averaged weights smaller than this (default 0.5).
	MinWeight float32
	// Dev, when set, is tagged after every epoch and its accuracy logged.
	Dev []Sentence
	Log io.Writer
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.Folds == 0 {
		o.Folds = 5
	}
	if o.KnownMinCount == 0 {
		o.KnownMinCount = 20
	}
	if o.KnownMinShare == 0 {
		o.KnownMinShare = 0.995
	}
	if o.AmbMinCount == 0 {
		o.AmbMinCount = 3
	}
	if o.MinWeight == 0 {
		o.MinWeight = 0.5
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// Train trains a tagger. It is deterministic for given data and options.
func Train(ctx context.Context, train []Sentence, opts TrainOptions) (*Tagger, error) {
	opts.defaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("train tagger: no sentences")
	}
	t := &Tagger{}
	index := t.buildClasses(train)
	t.buildLexicon(train, index, opts)
	gold := make([][]int, len(train))
	for i, s := range train {
		gold[i] = make([]int, len(s.Tags))
		for j, tg := range s.Tags {
			gold[i][j] = index[tg]
		}
	}
	var err error
	t.first, err = t.trainPass(ctx, train, gold, nil, opts, "pass 1")
	if err != nil {
		return nil, err
	}
	if !opts.TwoPass {
		t.rankFeatures(train)
		return t, nil
	}
	// The second pass must learn from first-pass tags as good as on unseen
	// text, so each fold is tagged by a first pass trained without it.
	next := make([][]int, len(train))
	for f := 0; f < opts.Folds; f++ {
		var in []Sentence
		var ing [][]int
		for i := range train {
			if i%opts.Folds != f {
				in = append(in, train[i])
				ing = append(ing, gold[i])
			}
		}
		fo := opts
		fo.Dev = nil
		m, err := t.trainPass(ctx, in, ing, nil, fo, fmt.Sprintf("fold %d", f+1))
		if err != nil {
			return nil, err
		}
		ft := &Tagger{classes: t.classes, known: t.known, amb: t.amb, first: m}
		for i := range train {
			if i%opts.Folds == f {
				next[i] = ft.tagClasses(train[i].Forms, false)
			}
		}
	}
	t.second, err = t.trainPass(ctx, train, gold, next, opts, "pass 2")
	if err != nil {
		return nil, err
	}
	t.confident = defaultConfident
	t.rankFeatures(train)
	return t, nil
}

// rankFeatures lays the models out by how often tagging the training
// sentences uses each feature (see perceptron.Model.Ranked).
func (t *Tagger) rankFeatures(train []Sentence) {
	probe := &Tagger{classes: t.classes, known: t.known, amb: t.amb, confident: t.confident, first: t.first.Counting()}
	if t.second != nil {
		probe.second = t.second.Counting()
	}
	for _, s := range train {
		probe.TagWords(s.Forms)
	}
	t.first = t.first.Ranked(probe.first.Uses)
	if t.second != nil {
		t.second = t.second.Ranked(probe.second.Uses)
	}
}

func (t *Tagger) buildClasses(train []Sentence) map[Tag]int {
	seen := map[Tag]bool{}
	for _, s := range train {
		for _, tg := range s.Tags {
			seen[tg] = true
		}
	}
	t.classes = t.classes[:0]
	for tg := range seen {
		t.classes = append(t.classes, tg)
	}
	slices.SortFunc(t.classes, func(a, b Tag) int {
		return cmp.Or(cmp.Compare(a.UPOS, b.UPOS), cmp.Compare(a.XPOS, b.XPOS))
	})
	index := make(map[Tag]int, len(t.classes))
	for i, c := range t.classes {
		index[c] = i
	}
	return index
}

func (t *Tagger) buildLexicon(train []Sentence, index map[Tag]int, opts TrainOptions) {
	exact := map[string]map[int]int{}
	lower := map[string]map[int]int{}
	for _, s := range train {
		for j, f := range s.Forms {
			c := index[s.Tags[j]]
			count(exact, f, c)
			count(lower, strings.ToLower(f), c)
		}
	}
	t.known = map[string]int{}
	for f, cs := range exact {
		total, best, bestN := 0, 0, -1
		for c, n := range cs {
			total += n
			if n > bestN || (n == bestN && c < best) {
				best, bestN = c, n
			}
		}
		if total >= opts.KnownMinCount && float64(bestN) >= opts.KnownMinShare*float64(total) {
			t.known[f] = best
		}
	}
	t.amb = map[uint64]uint64{}
	for f, cs := range lower {
		total := 0
		for _, n := range cs {
			total += n
		}
		if total < opts.AmbMinCount {
			continue
		}
		var set []int
		for c, n := range cs {
			if n*20 >= total { // classes under 5% are noise for this purpose
				set = append(set, c)
			}
		}
		t.amb[perceptron.Lower(f)] = ambiguityClass(set)
	}
}

// ambiguityClass returns the hash of a set of classes, in any order: the
// ambiguity class feature of the words seen with them.
func ambiguityClass(set []int) uint64 {
	set = slices.Clone(set)
	slices.Sort(set)
	h := uint64(0x0a3b)
	for _, c := range set {
		h = perceptron.Feature1(h, uint64(c))
	}
	return h
}

func count(m map[string]map[int]int, k string, c int) {
	cs := m[k]
	if cs == nil {
		cs = map[int]int{}
		m[k] = cs
	}
	cs[c]++
}

// trainPass trains one pass; next is nil for the first pass.
func (t *Tagger) trainPass(ctx context.Context, train []Sentence, gold [][]int, next [][]int, opts TrainOptions, name string) (*perceptron.Model, error) {
	tr := perceptron.NewTrainer(len(t.classes))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x7a66e7))
	scores := make([]float32, len(t.classes))
	var feats []uint64
	var words []wordInfo
	var out []int
	for ep := 1; ep <= opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			s := train[si]
			n := len(s.Forms)
			words = t.fillWords(words, s.Forms)
			out = slices.Grow(out[:0], n)[:n]
			var nx []int
			if next != nil {
				nx = next[si]
			}
			for i := 0; i < n; i++ {
				if c, ok := t.known[s.Forms[i]]; ok {
					out[i] = c
					continue
				}
				feats = extract(feats[:0], words, i, out, nx)
				clear(scores)
				tr.Score(feats, scores)
				guess := argmax(scores)
				g := gold[si][i]
				tr.Tick()
				tr.Update(feats, g, guess, 1)
				if guess == g {
					correct++
				}
				total++
				// Train on the model's own history, as it will run.
				out[i] = guess
			}
		}
		line := fmt.Sprintf("tagger %s epoch %d: train acc %.2f%% (%d features)", name, ep, 100*float64(correct)/float64(max(total, 1)), tr.Features())
		if len(opts.Dev) > 0 && (next == nil || ep == opts.Epochs) {
			m := tr.Freeze(opts.MinWeight)
			probe := &Tagger{classes: t.classes, known: t.known, amb: t.amb, first: m}
			if next != nil {
				probe.first, probe.second = t.first, m
			}
			line += fmt.Sprintf(", dev %s", probe.accuracy(opts.Dev))
		}
		fmt.Fprintln(opts.Log, line)
	}
	return tr.Freeze(opts.MinWeight), nil
}

func (t *Tagger) fillWords(words []wordInfo, forms []string) []wordInfo {
	n := len(forms)
	words = slices.Grow(words[:0], n+4)[:n+4]
	padInfo(&words[0], hashBOS)
	padInfo(&words[1], hashBOS)
	padInfo(&words[n+2], hashEOS)
	padInfo(&words[n+3], hashEOS)
	for i, f := range forms {
		w := &words[i+2]
		fillWordInfo(w, f)
		w.amb = t.amb[w.lower]
	}
	return words
}

// tagClasses tags forms and returns class indices; with full=false only the
// first pass runs.
func (t *Tagger) tagClasses(forms []string, full bool) []int {
	n := len(forms)
	s := t.getScratch(n)
	defer t.scratch.Put(s)
	t.prepare(s, n, func(i int) string { return forms[i] })
	var out []int
	if full {
		out = t.decode(s, n)
	} else {
		t.pass(s, t.first, n, s.pass1, nil)
		out = s.pass1
	}
	return slices.Clone(out)
}

// accuracy reports UPOS, XPOS and joint accuracy on gold sentences.
func (t *Tagger) accuracy(dev []Sentence) string {
	var n, u, x, both int
	for _, s := range dev {
		got := t.TagWords(s.Forms)
		for i, g := range s.Tags {
			n++
			if got[i].UPOS == g.UPOS {
				u++
			}
			if got[i].XPOS == g.XPOS {
				x++
			}
			if got[i] == g {
				both++
			}
		}
	}
	p := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	return fmt.Sprintf("UPOS %.2f XPOS %.2f joint %.2f", p(u), p(x), p(both))
}
