package depparse

import (
	"fmt"
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
		cache.start(p.shapes, shape, st, shaped[:nc])
		p.model.Score(appendConfigFeatures(nil, st, ws, &parts), shaped)
		if !slices.Equal(full[:nc], shaped[:nc]) {
			t.Fatalf("shape %v: scores differ", shapeParts(shape))
		}
		checked++
	})
	t.Logf("%d configurations", checked)
}

// TestConfigFeatureHashes checks appendConfigFeatures, which extends the
// first hashing steps words keeps, against the features hashed whole from
// their templates and values, in every configuration of the walk.
func TestConfigFeatureHashes(t *testing.T) {
	f1, f2, f3 := perceptron.Feature1, perceptron.Feature2, perceptron.Feature3
	randomStates(t, 5, func(int) {}, func(s *state, ws *words) {
		// Word i's values are at i+1; -1, no word, at 0.
		at := func(i int) int { return i + 1 }
		get := func(a []int, i int) int {
			if i < 0 {
				return -1
			}
			return a[i]
		}
		s0, n0 := s.s0(), s.b
		if n0 >= s.n {
			n0 = -1
		}
		n1 := -1
		if s.b+1 < s.n {
			n1 = s.b + 1
		}
		s1 := -1
		if len(s.stack) > 1 {
			s1 = s.stack[len(s.stack)-2]
		}
		s0h := get(s.head, s0)
		s0h2 := get(s.head, s0h)
		s0l, s0l2, s0r, s0r2 := get(s.l1, s0), get(s.l2, s0), get(s.r1, s0), get(s.r2, s0)
		n0l, n0l2 := get(s.l1, n0), get(s.l2, n0)
		w := func(i int) uint64 { return ws.w[at(i)] }
		p := func(i int) uint64 { return ws.p[at(i)] }
		lab := func(i int) uint64 { return labelHash(get(s.label, i)) }
		d := uint64(0)
		if s0 >= 0 && n0 >= 0 {
			d = distBucket(n0 - s0)
		}
		var vl0, vr0, vlN uint64
		var sl0, sr0, slN [2]uint64
		if s0 >= 0 {
			vl0, vr0, sl0, sr0 = uint64(s.nl[s0]), uint64(s.nr[s0]), s.ls[s0], s.rs[s0]
		}
		if n0 >= 0 {
			vlN, slN = uint64(s.nl[n0]), s.ls[n0]
		}
		set := func(b [2]uint64) uint64 { return b[0]*0x9e3779b97f4a7c15 ^ b[1] }
		hasHead := uint64(0)
		if s0 >= 0 && s.head[s0] >= 0 {
			hasHead = 1
		}
		want := map[int]uint64{
			tS0wpN0p: f2(tS0wpN0p, ws.wp[at(s0)], p(n0)), tS0pN0wp: f2(tS0pN0wp, p(s0), ws.wp[at(n0)]),
			tS0pN0p: f2(tS0pN0p, p(s0), p(n0)), tS0pN0pN1p: f3(tS0pN0pN1p, p(s0), p(n0), p(n1)),
			tS0hpS0pN0p: f3(tS0hpS0pN0p, p(s0h), p(s0), p(n0)), tS0pS0lpN0p: f3(tS0pS0lpN0p, p(s0), p(s0l), p(n0)),
			tS0pS0rpN0p: f3(tS0pS0rpN0p, p(s0), p(s0r), p(n0)), tS0pN0pN0lp: f3(tS0pN0pN0lp, p(s0), p(n0), p(n0l)),
			tS0wd: f2(tS0wd, w(s0), d), tS0pd: f2(tS0pd, p(s0), d), tN0wd: f2(tN0wd, w(n0), d), tN0pd: f2(tN0pd, p(n0), d),
			tS0pN0pd: f3(tS0pN0pd, p(s0), p(n0), d),
			tS0pvr:   f2(tS0pvr, p(s0), vr0), tS0pvl: f2(tS0pvl, p(s0), vl0), tN0pvl: f2(tN0pvl, p(n0), vlN),
			tS0pS0lpS0l2p: f3(tS0pS0lpS0l2p, p(s0), p(s0l), p(s0l2)), tS0pS0rpS0r2p: f3(tS0pS0rpS0r2p, p(s0), p(s0r), p(s0r2)),
			tS0pS0hpS0h2p: f3(tS0pS0hpS0h2p, p(s0), p(s0h), p(s0h2)), tN0pN0lpN0l2p: f3(tN0pN0lpN0l2p, p(n0), p(n0l), p(n0l2)),
			tS0psr: f2(tS0psr, p(s0), set(sr0)), tS0psl: f2(tS0psl, p(s0), set(sl0)), tN0psl: f2(tN0psl, p(n0), set(slN)),
			tS1pS0pN0p:     f3(tS1pS0pN0p, p(s1), p(s0), p(n0)),
			tS0uN0u:        f2(tS0uN0u, ws.u[at(s0)], ws.u[at(n0)]),
			tS0pN0pHasHead: f3(tS0pN0pHasHead, p(s0), p(n0), hasHead),
			tN0sufS0p:      f2(tN0sufS0p, ws.suf[at(n0)], p(s0)),
			tBias:          f1(tBias, 0),
			tS0hw:          f1(tS0hw, w(s0h)), tS0hp: f1(tS0hp, p(s0h)), tS0h2w: f1(tS0h2w, w(s0h2)), tS0h2p: f1(tS0h2p, p(s0h2)),
			tS0hl: f1(tS0hl, lab(s0h)), tS0l: f1(tS0l, lab(s0)),
			tS0lw: f1(tS0lw, w(s0l)), tS0lp: f1(tS0lp, p(s0l)), tS0ll: f1(tS0ll, lab(s0l)),
			tS0l2w: f1(tS0l2w, w(s0l2)), tS0l2p: f1(tS0l2p, p(s0l2)), tS0l2l: f1(tS0l2l, lab(s0l2)),
			tS0rw: f1(tS0rw, w(s0r)), tS0rp: f1(tS0rp, p(s0r)), tS0rl: f1(tS0rl, lab(s0r)),
			tS0r2w: f1(tS0r2w, w(s0r2)), tS0r2p: f1(tS0r2p, p(s0r2)), tS0r2l: f1(tS0r2l, lab(s0r2)),
			tN0lw: f1(tN0lw, w(n0l)), tN0lp: f1(tN0lp, p(n0l)), tN0ll: f1(tN0ll, lab(n0l)),
			tN0l2w: f1(tN0l2w, w(n0l2)), tN0l2p: f1(tN0l2p, p(n0l2)), tN0l2l: f1(tN0l2l, lab(n0l2)),
			tS1p: f1(tS1p, p(s1)), tS1w: f1(tS1w, w(s1)),
		}
		feats := appendConfigFeatures(nil, s, ws, nil)
		config := featureOrder[numWordFeatures:]
		if len(feats) != len(config) {
			t.Fatalf("%d features, want %d", len(feats), len(config))
		}
		for i, tmpl := range config {
			h, ok := want[tmpl]
			if !ok {
				t.Fatalf("template %d: no reference", tmpl)
			}
			if feats[i] != h {
				t.Fatalf("template %d: hash %x, want %x", tmpl, feats[i], h)
			}
		}
	})
}

// TestTagMemo checks the first steps of tags over many sentences whose
// tags are always new: right for every word, in a memo that stays bounded.
func TestTagMemo(t *testing.T) {
	var ws words
	for k := range 200 {
		var s Sentence
		for i := range 20 {
			s.Forms = append(s.Forms, "w")
			s.XPOS = append(s.XPOS, fmt.Sprintf("T%d", (k*20+i)/2))
			s.UPOS = append(s.UPOS, "X")
		}
		ws.fill(s.Forms, nil, s.XPOS, s.UPOS)
		for i, f := range ws.firsts {
			for j, tmpl := range tagFirstTemplates {
				if want := perceptron.Feature1(tmpl, ws.p[i]); f.tag[j] != want {
					t.Fatalf("sentence %d word %d step %d: %x, want %x", k, i, j, f.tag[j], want)
				}
			}
		}
		if len(ws.tags.steps) > maxTagMemo || len(ws.tags.index) > maxTagMemo {
			t.Fatalf("sentence %d: %d tags memoised, the bound is %d", k, len(ws.tags.steps), maxTagMemo)
		}
	}
}
