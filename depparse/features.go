package depparse

import "github.com/parleyproject/parley/internal/perceptron"

// Feature templates (after Zhang and Nivre 2011, with a few additions). The
// numbers are part of the model format: append, never renumber.
//
// Retired, no longer extracted: tS0wpN0w and tS0wN0wp (the word-tag pairs
// cover them), tS0wN0wd, the word-valency and
// word-label-set templates (tS0wvr, tS0wvl, tN0wvl, tS0wsr, tS0wsl, tN0wsl),
// tS0lemN0p and tS0pN0lem: eleven word-pair features, the rarest and the
// costliest in cache misses. Without them the parser scores EWT and GUM as
// well as before and parses a fifth faster, but leaves more words to hang
// from the final full stop, which finish repairs (see unhangFromPunct).
// Retired after them: the pairs of s0's and b's words, tS0wpN0wp, tS0wN0w
// and tS0lemN0lem. Fewer than a third of their lookups find a feature, each
// lookup costs a cache miss, and the word-tag pairs carry what they knew:
// without them the parser scores EWT and GUM within a tenth of a point and
// codes a tenth faster.
const (
	tS0wp = iota + 1
	tS0w
	tS0p
	tN0wp
	tN0w
	tN0p
	tN1wp
	tN1w
	tN1p
	tN2wp
	tN2w
	tN2p
	tS0wpN0wp
	tS0wpN0w
	tS0wN0wp
	tS0wpN0p
	tS0pN0wp
	tS0wN0w
	tS0pN0p
	tN0pN1p
	tN0pN1pN2p
	tS0pN0pN1p
	tS0hpS0pN0p
	tS0pS0lpN0p
	tS0pS0rpN0p
	tS0pN0pN0lp
	tS0wd
	tS0pd
	tN0wd
	tN0pd
	tS0wN0wd
	tS0pN0pd
	tS0wvr
	tS0pvr
	tS0wvl
	tS0pvl
	tN0wvl
	tN0pvl
	tS0hw
	tS0hp
	tS0l
	tS0lw
	tS0lp
	tS0ll
	tS0rw
	tS0rp
	tS0rl
	tN0lw
	tN0lp
	tN0ll
	tS0h2w
	tS0h2p
	tS0hl
	tS0l2w
	tS0l2p
	tS0l2l
	tS0r2w
	tS0r2p
	tS0r2l
	tN0l2w
	tN0l2p
	tN0l2l
	tS0pS0lpS0l2p
	tS0pS0rpS0r2p
	tS0pS0hpS0h2p
	tN0pN0lpN0l2p
	tS0wsr
	tS0psr
	tS0wsl
	tS0psl
	tN0wsl
	tN0psl
	// Additions: the second stack word, the word before b, and UPOS.
	tS1p
	tS1w
	tS1pS0pN0p
	tNm1pN0p
	tS0uN0u
	tN0uN1u
	tS0pN0pHasHead
	tBias
	tS0suf
	tN0suf
	tN0sufS0p
	tS0lem
	tN0lem
	tN1lem
	tS0lemN0lem
	tS0lemN0p
	tS0pN0lem
)

// featureOrder lists the templates in the order of extract's output, which
// the shape and word feature tables index (see shapes.go): first the
// features of b and the words after it, then those of s0's word, which the
// parser sums once per word, then the rest.
var featureOrder = [...]int{
	tN0wp, tN0w, tN0p,
	tN1wp, tN1w, tN1p,
	tN2wp, tN2w, tN2p,
	tN0pN1p, tN0pN1pN2p, tNm1pN0p, tN0uN1u,
	tN0suf, tN0lem, tN1lem,

	tS0wp, tS0w, tS0p, tS0suf, tS0lem,

	tS0wpN0p, tS0pN0wp,
	tS0pN0p,
	tS0pN0pN1p,
	tS0hpS0pN0p, tS0pS0lpN0p,
	tS0pS0rpN0p, tS0pN0pN0lp,
	tS0wd, tS0pd, tN0wd, tN0pd,
	tS0pN0pd,
	tS0pvr, tS0pvl, tN0pvl,
	tS0pS0lpS0l2p, tS0pS0rpS0r2p,
	tS0pS0hpS0h2p, tN0pN0lpN0l2p,
	tS0psr, tS0psl, tN0psl,
	tS1pS0pN0p,
	tS0uN0u,
	tS0pN0pHasHead,
	tN0sufS0p,

	tBias,
	tS0hw, tS0hp, tS0h2w, tS0h2p, tS0hl,
	tS0l,
	tS0lw, tS0lp, tS0ll, tS0l2w, tS0l2p, tS0l2l,
	tS0rw, tS0rp, tS0rl, tS0r2w, tS0r2p, tS0r2l,
	tN0lw, tN0lp, tN0ll, tN0l2w, tN0l2p, tN0l2l,
	tS1p, tS1w,
}

// numBufferFeatures and numTopFeatures count the features of b and the words
// after it, and of s0's word, at the start of extract's output.
const (
	numBufferFeatures = 16
	numTopFeatures    = 5
	numWordFeatures   = numBufferFeatures + numTopFeatures
)

// numFeatures is the number of features extract gives.
const numFeatures = len(featureOrder)

// featureIndex returns the index of template tmpl in extract's output.
func featureIndex(tmpl int) int {
	for i, t := range featureOrder {
		if t == tmpl {
			return i
		}
	}
	panic("depparse: template not extracted") // a programming error, caught by the tests
}

// words holds the per-word hashes features read; index i+1 is word i and index
// 0 stands for "no word".
type words struct {
	w, p, u, wp, suf, lem []uint64
	// firsts holds each word's first hashing steps (see wordFirsts): the
	// word-valued ones, and a copy of its tag's from tags.
	firsts []wordFirsts
	tags   tagMemo
}

var (
	noneHash = perceptron.String("<none>")
	noLabel  = perceptron.String("<nolabel>")
)

// The first steps of the features of appendConfigFeatures that begin with
// a value of one word: Feature1(template, value), which depends on that
// word alone. words keeps them per word, so that a configuration's features
// take one or two hashing steps each instead of two or three, and its
// single features of tree neighbours none.
const (
	// Values of s0's word.
	fS0wpN0p = iota
	fS0wd
	fS0uN0u
	// Values of b's word.
	fN0wd
	fN0sufS0p
	numWordFirsts
)

// The first steps of templates that begin with a word's tag (XPOS).
const (
	fS0pN0wp = iota
	fS0pN0p
	fS0pN0pN1p
	fS0pS0lpN0p
	fS0pS0rpN0p
	fS0pN0pN0lp
	fS0pd
	fS0pN0pd
	fS0pvr
	fS0pvl
	fS0pS0lpS0l2p
	fS0pS0rpS0r2p
	fS0pS0hpS0h2p
	fS0psr
	fS0psl
	fS0pN0pHasHead
	fN0pd
	fN0pvl
	fN0pN0lpN0l2p
	fN0psl
	fS0hpS0pN0p
	fS1pS0pN0p
	// Single features of s0's head, s1 and the children of s0 and b: whole
	// features, not first steps.
	fS0hp
	fS0h2p
	fS0lp
	fS0l2p
	fS0rp
	fS0r2p
	fN0lp
	fN0l2p
	fS1p
	numTagFirsts
)

// tagFirstTemplates gives the template of each tag's first step.
var tagFirstTemplates = [numTagFirsts]uint64{
	fS0pN0wp: tS0pN0wp, fS0pN0p: tS0pN0p, fS0pN0pN1p: tS0pN0pN1p,
	fS0pS0lpN0p: tS0pS0lpN0p, fS0pS0rpN0p: tS0pS0rpN0p, fS0pN0pN0lp: tS0pN0pN0lp,
	fS0pd: tS0pd, fS0pN0pd: tS0pN0pd, fS0pvr: tS0pvr, fS0pvl: tS0pvl,
	fS0pS0lpS0l2p: tS0pS0lpS0l2p, fS0pS0rpS0r2p: tS0pS0rpS0r2p, fS0pS0hpS0h2p: tS0pS0hpS0h2p,
	fS0psr: tS0psr, fS0psl: tS0psl, fS0pN0pHasHead: tS0pN0pHasHead,
	fN0pd: tN0pd, fN0pvl: tN0pvl, fN0pN0lpN0l2p: tN0pN0lpN0l2p, fN0psl: tN0psl,
	fS0hpS0pN0p: tS0hpS0pN0p, fS1pS0pN0p: tS1pS0pN0p,
	fS0hp: tS0hp, fS0h2p: tS0h2p, fS0lp: tS0lp, fS0l2p: tS0l2p, fS0rp: tS0rp, fS0r2p: tS0r2p,
	fN0lp: tN0lp, fN0l2p: tN0l2p, fS1p: tS1p,
}

// wordFirsts holds a word's first steps: those of its word values and
// those of its tag.
type wordFirsts struct {
	word [numWordFirsts]uint64
	tag  tagFirsts
}

type tagFirsts [numTagFirsts]uint64

// tagMemo holds the first steps of the tags met, which a tag's words share;
// index maps a tag's hash to its place in steps, and recent caches index
// by the hash's low bits, which spares most words a map look-up. Its
// entries hold no pointers, for the collector to follow.
type tagMemo struct {
	steps  []tagFirsts
	index  map[uint64]uint32
	recent [256]struct {
		p uint64
		i uint32
	}
}

// maxTagMemo bounds a tagMemo: the tagger's tag set is a twentieth of it;
// parsed CoNLL-U may bring any.
const maxTagMemo = 1024

// of returns the index of the first steps of the tag whose hash is p,
// taking them when the tag is new.
func (m *tagMemo) of(p uint64) uint32 {
	r := &m.recent[p%uint64(len(m.recent))]
	if r.p == p && len(m.steps) > 0 {
		return r.i
	}
	i, ok := m.index[p]
	if !ok {
		if m.index == nil {
			m.index = make(map[uint64]uint32)
		}
		var tf tagFirsts
		for k, t := range tagFirstTemplates {
			tf[k] = perceptron.Feature1(t, p)
		}
		i = uint32(len(m.steps))
		m.steps = append(m.steps, tf)
		m.index[p] = i
	}
	r.p, r.i = p, i
	return i
}

// fill hashes a sentence's words; lemmas may be nil (the lowercased form
// stands in).
func (ws *words) fill(forms, lemmas, xpos, upos []string) {
	n := len(forms)
	grow := func(a []uint64) []uint64 {
		if cap(a) < n+1 {
			return make([]uint64, n+1)
		}
		return a[:n+1]
	}
	ws.w, ws.p, ws.u, ws.wp, ws.suf, ws.lem = grow(ws.w), grow(ws.p), grow(ws.u), grow(ws.wp), grow(ws.suf), grow(ws.lem)
	ws.w[0], ws.p[0], ws.u[0], ws.wp[0], ws.suf[0], ws.lem[0] = noneHash, noneHash, noneHash, noneHash, noneHash, noneHash
	for i := 0; i < n; i++ {
		ws.w[i+1] = perceptron.Lower(forms[i])
		ws.p[i+1] = perceptron.String(xpos[i])
		ws.u[i+1] = perceptron.String(upos[i])
		ws.wp[i+1] = perceptron.Feature2(7, ws.w[i+1], ws.p[i+1])
		f := forms[i]
		ws.suf[i+1] = perceptron.Lower(f[max(0, len(f)-3):])
		ws.lem[i+1] = ws.w[i+1]
		if lemmas != nil && lemmas[i] != "" {
			ws.lem[i+1] = perceptron.Lower(lemmas[i])
		}
	}
	ws.fillFirsts(n)
}

// fillFirsts takes the first steps of the n words and of "no word".
func (ws *words) fillFirsts(n int) {
	if cap(ws.firsts) < n+1 {
		ws.firsts = make([]wordFirsts, n+1)
	}
	ws.firsts = ws.firsts[:n+1]
	if len(ws.tags.steps) >= maxTagMemo-n-1 {
		ws.tags = tagMemo{}
	}
	f1 := perceptron.Feature1
	for i := range ws.firsts {
		f := &ws.firsts[i]
		f.word = [numWordFirsts]uint64{
			fS0wpN0p:  f1(tS0wpN0p, ws.wp[i]),
			fS0wd:     f1(tS0wd, ws.w[i]),
			fS0uN0u:   f1(tS0uN0u, ws.u[i]),
			fN0wd:     f1(tN0wd, ws.w[i]),
			fN0sufS0p: f1(tN0sufS0p, ws.suf[i]),
		}
		f.tag = ws.tags.steps[ws.tags.of(ws.p[i])]
	}
}

// labelAt returns the hash of word i's label in s, noLabel when it has none
// or i is -1.
func labelAt(s *state, i int) uint64 {
	if i < 0 {
		return noLabel
	}
	return labelHash(s.label[i])
}

func labelHash(l int) uint64 {
	if l < 0 {
		return noLabel
	}
	return uint64(l) + 0x3c6ef372
}

func distBucket(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 10:
		return 6
	case d <= 15:
		return 7
	}
	return 8
}

// extract appends the features of configuration s to feats.
func extract(feats []uint64, s *state, ws *words) []uint64 {
	feats = appendBufferFeatures(feats, s.b, s.n, ws)
	feats = appendTopFeatures(feats, s.s0(), ws)
	return appendConfigFeatures(feats, s, ws, nil)
}

// bufferWords returns b and the two words after it, and the word before
// b; -1 for each that is absent.
func bufferWords(s *state) (n0, n1, n2, nm1 int) { return bufferWordsAt(s.b, s.n) }

// bufferWordsAt is bufferWords with b at position b of n words.
func bufferWordsAt(b, n int) (n0, n1, n2, nm1 int) {
	n0, n1, n2, nm1 = -1, -1, -1, -1
	if b < n {
		n0 = b
	}
	if b+1 < n {
		n1 = b + 1
	}
	if b+2 < n {
		n2 = b + 2
	}
	if n0 > 0 {
		nm1 = n0 - 1
	}
	return n0, n1, n2, nm1
}

// appendBufferFeatures appends the features that read only b, at position
// b of n words, and the words around it: the first numBufferFeatures of
// extract's output.
func appendBufferFeatures(feats []uint64, b, n int, ws *words) []uint64 {
	n0, n1, n2, nm1 := bufferWordsAt(b, n)
	// Positions are word indices or -1; ws holds word i at i+1.
	N0, N1, N2 := n0+1, n1+1, n2+1
	w, p, u, wp := ws.w, ws.p, ws.u, ws.wp
	f1, f2, f3 := perceptron.Feature1, perceptron.Feature2, perceptron.Feature3
	return append(feats,
		f1(tN0wp, wp[N0]), f1(tN0w, w[N0]), f1(tN0p, p[N0]),
		f1(tN1wp, wp[N1]), f1(tN1w, w[N1]), f1(tN1p, p[N1]),
		f1(tN2wp, wp[N2]), f1(tN2w, w[N2]), f1(tN2p, p[N2]),
		f2(tN0pN1p, p[N0], p[N1]), f3(tN0pN1pN2p, p[N0], p[N1], p[N2]),
		f2(tNm1pN0p, p[nm1+1], p[N0]), f2(tN0uN1u, u[N0], u[N1]),
		f1(tN0suf, ws.suf[N0]), f1(tN0lem, ws.lem[N0]), f1(tN1lem, ws.lem[N1]),
	)
}

// appendTopFeatures appends the features that read only s0's word, word
// s0: the numTopFeatures after the buffer's in extract's output.
func appendTopFeatures(feats []uint64, s0 int, ws *words) []uint64 {
	S0 := s0 + 1
	f1 := perceptron.Feature1
	return append(feats,
		f1(tS0wp, ws.wp[S0]), f1(tS0w, ws.w[S0]), f1(tS0p, ws.p[S0]),
		f1(tS0suf, ws.suf[S0]), f1(tS0lem, ws.lem[S0]),
	)
}

// appendConfigFeatures appends the rest of extract's output, the features
// that read more of the configuration than one word. With parts nil it
// appends them all; with the parts of the configuration's shape
// (configParts) it leaves out the bias and the features the shape fixes,
// whose sums the shape table holds: a third of them, on news, which need
// neither hashing nor a lookup. The features that every shape leaves
// varying come first, then the bias, then one group per part of the shape,
// in featureOrder's order.
func appendConfigFeatures(feats []uint64, s *state, ws *words, parts *[numShapeParts]int) []uint64 {
	// Positions are word indices or -1; at(i) maps them into ws.
	at := func(i int) int { return i + 1 }
	s0 := s.s0()
	s1 := -1
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	n0, n1, _, _ := bufferWords(s)
	get := func(a []int, i int) int {
		if i < 0 {
			return -1
		}
		return a[i]
	}
	s0h := get(s.head, s0)
	s0h2 := get(s.head, s0h)
	s0l, s0l2 := get(s.l1, s0), get(s.l2, s0)
	s0r, s0r2 := get(s.r1, s0), get(s.r2, s0)
	n0l, n0l2 := get(s.l1, n0), get(s.l2, n0)
	// The first steps of the features that begin with a word's value.
	S0, N0 := &ws.firsts[at(s0)], &ws.firsts[at(n0)]
	tag := func(i int) *tagFirsts { return &ws.firsts[at(i)].tag }
	S0t, N0t := &S0.tag, &N0.tag

	w, p, u := ws.w, ws.p, ws.u
	N0p, N0wp := p[at(n0)], ws.wp[at(n0)]
	N1p := p[at(n1)]
	S0p := p[at(s0)]
	S0hp, S0h2p := p[at(s0h)], p[at(s0h2)]
	S0lp, S0rp, N0lp := p[at(s0l)], p[at(s0r)], p[at(n0l)]
	S0l2p, S0r2p, N0l2p := p[at(s0l2)], p[at(s0r2)], p[at(n0l2)]

	d := uint64(0)
	if s0 >= 0 && n0 >= 0 {
		d = distBucket(n0 - s0)
	}
	vl0, vr0, vlN := uint64(0), uint64(0), uint64(0)
	var sl0, sr0, slN [2]uint64
	if s0 >= 0 {
		vl0, vr0 = uint64(s.nl[s0]), uint64(s.nr[s0])
		sl0, sr0 = s.ls[s0], s.rs[s0]
	}
	if n0 >= 0 {
		vlN = uint64(s.nl[n0])
		slN = s.ls[n0]
	}
	set := func(b [2]uint64) uint64 { return b[0]*0x9e3779b97f4a7c15 ^ b[1] }
	hasHead := uint64(0)
	if s0 >= 0 && s.head[s0] >= 0 {
		hasHead = 1
	}

	// ext(f, v) is f's hash extended by v: the template's Feature2 or
	// Feature3 of the values so far (perceptron.Extend).
	f1, ext := perceptron.Feature1, perceptron.Extend
	feats = append(feats,
		ext(S0.word[fS0wpN0p], N0p), ext(S0t[fS0pN0wp], N0wp),
		ext(S0t[fS0pN0p], N0p),
		ext(ext(S0t[fS0pN0pN1p], N0p), N1p),
		ext(ext(tag(s0h)[fS0hpS0pN0p], S0p), N0p), ext(ext(S0t[fS0pS0lpN0p], S0lp), N0p),
		ext(ext(S0t[fS0pS0rpN0p], S0rp), N0p), ext(ext(S0t[fS0pN0pN0lp], N0p), N0lp),
		ext(S0.word[fS0wd], d), ext(S0t[fS0pd], d), ext(N0.word[fN0wd], d), ext(N0t[fN0pd], d),
		ext(ext(S0t[fS0pN0pd], N0p), d),
		ext(S0t[fS0pvr], vr0), ext(S0t[fS0pvl], vl0), ext(N0t[fN0pvl], vlN),
		ext(ext(S0t[fS0pS0lpS0l2p], S0lp), S0l2p), ext(ext(S0t[fS0pS0rpS0r2p], S0rp), S0r2p),
		ext(ext(S0t[fS0pS0hpS0h2p], S0hp), S0h2p), ext(ext(N0t[fN0pN0lpN0l2p], N0lp), N0l2p),
		ext(S0t[fS0psr], set(sr0)), ext(S0t[fS0psl], set(sl0)), ext(N0t[fN0psl], set(slN)),
		ext(ext(tag(s1)[fS1pS0pN0p], S0p), N0p),
		ext(S0.word[fS0uN0u], u[at(n0)]),
		ext(ext(S0t[fS0pN0pHasHead], N0p), hasHead),
		ext(N0.word[fN0sufS0p], S0p),
	)
	if parts == nil {
		// The parts of a shape that fixes nothing: every part in its
		// last state, all its words present.
		var all [numShapeParts]int
		for i, radix := range partRadix {
			all[i] = radix - 1
		}
		parts = &all
		feats = append(feats, f1(tBias, 0))
	}
	switch parts[partS0Head] {
	case 2:
		feats = append(feats, f1(tS0hw, w[at(s0h)]), tag(s0h)[fS0hp],
			f1(tS0h2w, w[at(s0h2)]), tag(s0h2)[fS0h2p], f1(tS0hl, labelAt(s, s0h)))
	case 1:
		feats = append(feats, f1(tS0hw, w[at(s0h)]), tag(s0h)[fS0hp])
	}
	if parts[partS0Label] == 1 {
		feats = append(feats, f1(tS0l, labelAt(s, s0)))
	}
	feats = appendChildren(feats, parts[partS0Left], s0l, s0l2, s, ws, tS0lw, tS0ll, tS0l2w, tS0l2l, fS0lp, fS0l2p)
	feats = appendChildren(feats, parts[partS0Right], s0r, s0r2, s, ws, tS0rw, tS0rl, tS0r2w, tS0r2l, fS0rp, fS0r2p)
	feats = appendChildren(feats, parts[partN0Left], n0l, n0l2, s, ws, tN0lw, tN0ll, tN0l2w, tN0l2l, fN0lp, fN0l2p)
	if parts[partS1] == 1 {
		feats = append(feats, tag(s1)[fS1p], f1(tS1w, w[at(s1)]))
	}
	return feats
}

// appendChildren appends the features of a word's first and second child on
// one side, part telling how many it has: their words (templates tw and
// tw2), tags (first steps fp and fp2, whole features) and labels (tl, tl2).
func appendChildren(feats []uint64, part, first, second int, s *state, ws *words, tw, tl, tw2, tl2 uint64, fp, fp2 int) []uint64 {
	f1 := perceptron.Feature1
	if part >= 1 {
		feats = append(feats, f1(tw, ws.w[first+1]), ws.firsts[first+1].tag[fp], f1(tl, labelAt(s, first)))
	}
	if part == 2 {
		feats = append(feats, f1(tw2, ws.w[second+1]), ws.firsts[second+1].tag[fp2], f1(tl2, labelAt(s, second)))
	}
	return feats
}
