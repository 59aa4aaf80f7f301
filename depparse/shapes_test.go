package depparse

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/parleyproject/parley/internal/perceptron"
)

// randomStates walks random valid transitions over sentences of every
// length up to 12, calling start at each sentence and visit on each
// configuration with a non-empty stack.
func randomStates(t *testing.T, nLabels int, start func(n int), visit func(st *state, ws *words)) {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 11))
	tags := []string{"DT", "NN", "VBD", "IN", "JJ", ",", "PRP"}
	upos := []string{"DET", "NOUN", "VERB", "ADP", "ADJ", "PUNCT", "PRON"}
	for n := 1; n <= 12; n++ {
		for range 40 {
			var s Sentence
			for i := 0; i < n; i++ {
				k := rng.IntN(len(tags))
				s.Forms = append(s.Forms, []string{"the", "talks", "met", "in", "new", ",", "he"}[k])
				s.XPOS = append(s.XPOS, tags[k])
				s.UPOS = append(s.UPOS, upos[k])
			}
			var ws words
			ws.fill(s.Forms, nil, s.XPOS, s.UPOS)
			start(n)
			var st state
			st.reset(n)
			for steps := 0; !st.terminal() && steps < 4*n; steps++ {
				if len(st.stack) > 0 {
					visit(&st, &ws)
				}
				var ops []int
				for op := range 4 {
					if st.valid(op) {
						ops = append(ops, op)
					}
				}
				if len(ops) == 0 {
					break
				}
				st.apply(move{op: ops[rng.IntN(len(ops))], label: rng.IntN(nLabels)})
			}
		}
	}
}

// TestShapeFeaturesFixed checks that every feature a shape calls fixed sits
// at its index in extract's output with its fixed value, in every shape the
// walk reaches.
func TestShapeFeaturesFixed(t *testing.T) {
	seen := map[int]bool{}
	randomStates(t, 5, func(int) {}, func(st *state, ws *words) {
		feats := extract(nil, st, ws)
		if len(feats) != numFeatures {
			t.Fatalf("extract gives %d features, numFeatures is %d", len(feats), numFeatures)
		}
		shape := shapeOf(st)
		seen[shape] = true
		for _, f := range shapeFixed(shape) {
			if feats[f.index] != f.hash {
				t.Fatalf("shape %v: feature %d is not fixed", shapeParts(shape), f.index)
			}
		}
	})
	if len(seen) < 100 {
		t.Errorf("the walk reached only %d shapes", len(seen))
	}
}

// TestShapedFeaturesVary checks that, given the parts of its
// configuration's shape, appendConfigFeatures gives exactly the features
// of extract's output that are neither word features nor fixed by the
// shape, and that the parts number the shape as shapeOf does.
func TestShapedFeaturesVary(t *testing.T) {
	randomStates(t, 5, func(int) {}, func(st *state, ws *words) {
		feats := extract(nil, st, ws)
		parts := configParts(st)
		shape := shapeNumber(&parts)
		if shape != shapeOf(st) || shapeParts(shape) != parts {
			t.Fatalf("parts %v number shape %d, shapeOf says %d", parts, shape, shapeOf(st))
		}
		var fixed [numFeatures]bool
		for _, f := range shapeFixed(shape) {
			fixed[f.index] = true
		}
		var want []uint64
		for i := numWordFeatures; i < numFeatures; i++ {
			if !fixed[i] {
				want = append(want, feats[i])
			}
		}
		got := appendConfigFeatures(nil, st, ws, &parts)
		if !slices.Equal(got, want) {
			t.Fatalf("shape %v: %d features vary, want %d:\n%x\n%x", parts, len(got), len(want), got, want)
		}
	})
}

// TestWordFeaturesStatic checks that the buffer word features depend on b
// alone and the top word features on s0 alone.
func TestWordFeaturesStatic(t *testing.T) {
	byB, byS0 := map[int][]uint64{}, map[int][]uint64{}
	randomStates(t, 5, func(int) { clear(byB); clear(byS0) }, func(st *state, ws *words) {
		feats := extract(nil, st, ws)
		for _, c := range []struct {
			seen    map[int][]uint64
			key     int
			indices []uint8
		}{{byB, st.b, bufferFeatures}, {byS0, st.s0(), topFeatures}} {
			var vals []uint64
			for _, i := range c.indices {
				vals = append(vals, feats[i])
			}
			if old, ok := c.seen[c.key]; ok && !slices.Equal(old, vals) {
				t.Fatalf("word features %v differ for the same word %d", c.indices, c.key)
			}
			c.seen[c.key] = vals
		}
	})
}

// TestShapeScoresExact checks, with the embedded parser model, that starting
// from a shape's sums, adding the word feature sums filled at the
// sentence's start and looking up the rest scores exactly as looking up
// every feature, and that every configuration scored has its b and s0
// among the words fill sums.
func TestShapeScoresExact(t *testing.T) {
	p := readParser(t, "../models")
	nc := p.model.Classes()
	full, shaped := new(perceptron.Scores), new(perceptron.Scores)
	var cache wordCache
	filled := false
	checked := 0
	randomStates(t, len(p.labels), func(int) { filled = false }, func(st *state, ws *words) {
		if !filled {
			cache.fill(p.model, p.shapes, ws, st.n, nc)
			filled = true
		}
		if st.b < 1 || st.b > st.n-1 || st.s0() > st.n-2 {
			t.Fatalf("%d words, b %d, s0 %d: outside the sums fill makes", st.n, st.b, st.s0())
		}
		feats := extract(nil, st, ws)
		clear(full[:nc])
		p.model.Score(feats, full)
		parts := configParts(st)
		shape := shapeNumber(&parts)
		p.shapes.start(shape, shaped[:nc])
		cache.add(st, shaped[:nc])
		p.model.Score(appendConfigFeatures(nil, st, ws, &parts), shaped)
		if !slices.Equal(full[:nc], shaped[:nc]) {
			t.Fatalf("shape %v: scores differ", shapeParts(shape))
		}
		checked++
	})
	t.Logf("%d configurations", checked)
}
