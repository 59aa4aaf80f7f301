package depparse

import "github.com/parleyproject/parley/internal/perceptron"

// Shapes: many features read a word that is often absent (the head of s0
// before it has one, s0's children, the second stack word, the words after
// b near the sentence's end), and then take one fixed value, the same in
// every sentence. Which of them are fixed depends only on the
// configuration's shape; the shapes are few, so the parser adds up the
// weights of each shape's fixed features once, at load, and a transition
// starts from its shape's sums and looks up only the features that vary.
// The scores are exactly those of looking up every feature.

// fixedFeature is a feature in extract's output that takes a fixed value
// when its word is absent: its index in that output and the value.
type fixedFeature struct {
	index int
	hash  uint64
}

func fixed(tmpl int, value uint64) fixedFeature {
	return fixedFeature{featureIndex(tmpl), perceptron.Feature1(uint64(tmpl), value)}
}

// The fixed features of each part of a shape, by the part's state; the
// indices follow extract's output order (TestShapeFeaturesFixed checks
// them).
var (
	// The head of s0: absent; present without a head of its own; else.
	shapeS0h = [3][]fixedFeature{
		{fixed(tS0hw, noneHash), fixed(tS0hp, noneHash), fixed(tS0h2w, noneHash), fixed(tS0h2p, noneHash), fixed(tS0hl, noLabel)},
		{fixed(tS0h2w, noneHash), fixed(tS0h2p, noneHash), fixed(tS0hl, noLabel)},
		nil,
	}
	// The label of s0: none yet; else.
	shapeS0label = [2][]fixedFeature{
		{fixed(tS0l, noLabel)},
		nil,
	}
	// Children of s0 and the left ones of b, by how many of the first two
	// exist: none; only the first; both.
	shapeS0left = [3][]fixedFeature{
		{fixed(tS0lw, noneHash), fixed(tS0lp, noneHash), fixed(tS0ll, noLabel), fixed(tS0l2w, noneHash), fixed(tS0l2p, noneHash), fixed(tS0l2l, noLabel)},
		{fixed(tS0l2w, noneHash), fixed(tS0l2p, noneHash), fixed(tS0l2l, noLabel)},
		nil,
	}
	shapeS0right = [3][]fixedFeature{
		{fixed(tS0rw, noneHash), fixed(tS0rp, noneHash), fixed(tS0rl, noLabel), fixed(tS0r2w, noneHash), fixed(tS0r2p, noneHash), fixed(tS0r2l, noLabel)},
		{fixed(tS0r2w, noneHash), fixed(tS0r2p, noneHash), fixed(tS0r2l, noLabel)},
		nil,
	}
	shapeN0left = [3][]fixedFeature{
		{fixed(tN0lw, noneHash), fixed(tN0lp, noneHash), fixed(tN0ll, noLabel), fixed(tN0l2w, noneHash), fixed(tN0l2p, noneHash), fixed(tN0l2l, noLabel)},
		{fixed(tN0l2w, noneHash), fixed(tN0l2p, noneHash), fixed(tN0l2l, noLabel)},
		nil,
	}
	// The second stack word: absent; present.
	shapeS1 = [2][]fixedFeature{
		{fixed(tS1p, noneHash), fixed(tS1w, noneHash)},
		nil,
	}
	// The two words after b: neither; only the first; both.
	shapeNext = [3][]fixedFeature{
		{fixed(tN1wp, noneHash), fixed(tN1w, noneHash), fixed(tN1p, noneHash), fixed(tN1lem, noneHash), fixed(tN2wp, noneHash), fixed(tN2w, noneHash), fixed(tN2p, noneHash)},
		{fixed(tN2wp, noneHash), fixed(tN2w, noneHash), fixed(tN2p, noneHash)},
		nil,
	}
	// The bias is fixed in every shape.
	shapeBias = fixed(tBias, 0)
)

// The parts of a shape, in the order of their indices in shapeParts and
// configParts (the least significant first in a shape's number).
const (
	partS0Head = iota
	partS0Label
	partS0Left
	partS0Right
	partN0Left
	partS1
	partNext
	numShapeParts
)

// partRadix is how many states each part has.
var partRadix = [numShapeParts]int{3, 2, 3, 3, 3, 2, 3}

// numShapes is the product of the parts' state counts.
const numShapes = 3 * 2 * 3 * 3 * 3 * 2 * 3

// shapeParts returns a shape's part states.
func shapeParts(shape int) [numShapeParts]int {
	var parts [numShapeParts]int
	for i, radix := range partRadix {
		parts[i] = shape % radix
		shape /= radix
	}
	return parts
}

// shapeNumber returns the shape whose parts are parts.
func shapeNumber(parts *[numShapeParts]int) int {
	shape := 0
	for i := numShapeParts - 1; i >= 0; i-- {
		shape = shape*partRadix[i] + parts[i]
	}
	return shape
}

// shapeFixed returns the fixed features of a shape.
func shapeFixed(shape int) []fixedFeature {
	p := shapeParts(shape)
	out := []fixedFeature{shapeBias}
	for _, fs := range [][]fixedFeature{shapeS0h[p[partS0Head]], shapeS0label[p[partS0Label]], shapeS0left[p[partS0Left]], shapeS0right[p[partS0Right]], shapeN0left[p[partN0Left]], shapeS1[p[partS1]], shapeNext[p[partNext]]} {
		out = append(out, fs...)
	}
	return out
}

// configParts returns the part states of a configuration with a non-empty
// stack.
func configParts(s *state) [numShapeParts]int {
	var parts [numShapeParts]int
	s0 := s.s0()
	switch h := s.head[s0]; {
	case h < 0:
		parts[partS0Head] = 0
	case s.head[h] < 0 && s.label[h] < 0:
		parts[partS0Head] = 1
	default:
		parts[partS0Head] = 2
	}
	if s.label[s0] >= 0 {
		parts[partS0Label] = 1
	}
	children := func(first, second []int, i int) int {
		switch {
		case i < 0 || first[i] < 0 && second[i] < 0:
			return 0
		case first[i] >= 0 && second[i] < 0:
			return 1
		}
		return 2
	}
	n0 := -1
	if s.b < s.n {
		n0 = s.b
	}
	parts[partS0Left] = children(s.l1, s.l2, s0)
	parts[partS0Right] = children(s.r1, s.r2, s0)
	parts[partN0Left] = children(s.l1, s.l2, n0)
	if len(s.stack) >= 2 {
		parts[partS1] = 1
	}
	parts[partNext] = nextPart(s.b, s.n)
	return parts
}

// nextPart returns the state of a shape's part for the words after b, at
// position b of n words: neither; only the first; both.
func nextPart(b, n int) int {
	switch {
	case b+1 >= n:
		return 0
	case b+2 >= n:
		return 1
	}
	return 2
}

// shapeOf returns the shape of a configuration with a non-empty stack.
func shapeOf(s *state) int {
	parts := configParts(s)
	return shapeNumber(&parts)
}

// Word features: some features read only b and the words after it, some
// only s0. Their scores are summed once per word of a sentence and reused in
// every configuration with that b or s0 (see wordCache). The indices follow
// extract's output order (TestWordFeaturesStatic checks them).
var (
	bufferFeatures = featureIndices(tN0wp, tN0w, tN0p, tN1wp, tN1w, tN1p, tN2wp, tN2w, tN2p, tN0pN1p, tN0pN1pN2p, tNm1pN0p, tN0uN1u, tN0suf, tN0lem, tN1lem)
	topFeatures    = featureIndices(tS0wp, tS0w, tS0p, tS0suf, tS0lem)
)

// featureIndices returns the indices of templates in extract's output.
func featureIndices(tmpls ...int) []uint8 {
	out := make([]uint8, len(tmpls))
	for i, t := range tmpls {
		out[i] = uint8(featureIndex(t))
	}
	return out
}

// shapeTable holds, per shape, the summed weights of its fixed features.
type shapeTable struct {
	nClasses int
	scores   []int32 // numShapes × nClasses
	// buffer holds, per state of the shape's part for the words after b,
	// the buffer word features that are not fixed.
	buffer [3][]uint8
}

func newShapeTable(m *perceptron.Model) *shapeTable {
	nc := m.Classes()
	t := &shapeTable{nClasses: nc, scores: make([]int32, numShapes*nc)}
	sc := new(perceptron.Scores)
	var feats []uint64
	for shape := range numShapes {
		feats = feats[:0]
		var fixedAt [numFeatures]bool
		for _, f := range shapeFixed(shape) {
			feats = append(feats, f.hash)
			fixedAt[f.index] = true
		}
		next := shapeParts(shape)[partNext]
		if t.buffer[next] == nil {
			t.buffer[next] = []uint8{}
			for _, i := range bufferFeatures {
				if !fixedAt[i] {
					t.buffer[next] = append(t.buffer[next], i)
				}
			}
		}
		clear(sc[:nc])
		m.Score(feats, sc)
		copy(t.scores[shape*nc:], sc[:nc])
	}
	return t
}

// pick appends to dst the features of feats at indices.
func pick(dst, feats []uint64, indices []uint8) []uint64 {
	for _, i := range indices {
		dst = append(dst, feats[i])
	}
	return dst
}

// wordCache holds a sentence's word feature scores: the buffer features'
// sums for each position of b, then the top features' sums for each word as
// s0.
type wordCache struct {
	n, nClasses int
	scores      []int32
	feats       []uint64
	ends        []int
	work        perceptron.Scratch
}

// fill sums at once, for a sentence of n words, the word features of every
// configuration a parse of it scores: b at each word but the first (the
// stack is empty when b is there) and s0 at each word but the last (the
// buffer is empty when it is pushed). Looked up together, their cache
// misses overlap; one word at a time, as the transitions first met them,
// each waited for its own.
func (c *wordCache) fill(m *perceptron.Model, t *shapeTable, ws *words, n, nClasses int) {
	c.n, c.nClasses = n, nClasses
	if size := (2*n + 1) * nClasses; cap(c.scores) < size {
		c.scores = make([]int32, size)
	}
	c.scores = c.scores[:(2*n+1)*nClasses]
	if n < 2 {
		return
	}
	// The groups: b at 1 … n-1, the empty buffer (no features: b never
	// gets there in a scored configuration), s0 at 0 … n-2; they fill the
	// slots from 1 to 2n-1.
	var word [numWordFeatures]uint64
	c.feats, c.ends = c.feats[:0], c.ends[:0]
	for b := 1; b < n; b++ {
		appendBufferFeatures(word[:0], b, n, ws)
		c.feats = pick(c.feats, word[:], t.buffer[nextPart(b, n)])
		c.ends = append(c.ends, len(c.feats))
	}
	c.ends = append(c.ends, len(c.feats))
	for s0 := 0; s0 < n-1; s0++ {
		appendTopFeatures(word[:numBufferFeatures], s0, ws)
		c.feats = pick(c.feats, word[:], topFeatures)
		c.ends = append(c.ends, len(c.feats))
	}
	m.ScoreGroups(c.feats, c.ends, c.scores[nClasses:2*n*nClasses], &c.work)
}

// start sets scores to the sums of the features of configuration st, one
// that a parse scores, that need no look-up: those its shape fixes (t's row
// of shape) and its word features (see fill).
func (c *wordCache) start(t *shapeTable, shape int, st *state, scores []int32) {
	nc := c.nClasses
	top := c.n + 1 + st.s0()
	perceptron.SumScores(scores, t.scores[shape*nc:(shape+1)*nc], c.scores[st.b*nc:(st.b+1)*nc], c.scores[top*nc:(top+1)*nc])
}
