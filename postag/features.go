package postag

import (
	"github.com/parleyproject/parley/internal/perceptron"
)

// wordInfo holds the hashes of one word's attributes, computed once per
// sentence and shared by every feature that looks at the word.
type wordInfo struct {
	lower uint64 // lowercased form
	form  uint64 // form as written
	shape uint64 // Xxxx, dd.d, ...
	amb   uint64 // ambiguity class: the tags seen with the word in training
	pre   [3]uint64
	suf   [5]uint64
}

// Hash values standing for positions before and after the sentence.
var (
	hashBOS = perceptron.String("<s>")
	hashEOS = perceptron.String("</s>")
)

const (
	maxSuffix = 5
	maxPrefix = 3
)

// fillWordInfo sets every hash of wi but amb, which the caller finds from
// wi.lower.
func fillWordInfo(wi *wordInfo, form string) {
	wi.lower = perceptron.LowerPrefixes(form, wi.pre[:])
	wi.form = perceptron.String(form)
	wi.shape = shapeHash(form)
	for k := 1; k <= maxSuffix; k++ {
		wi.suf[k-1] = perceptron.Lower(form[max(0, len(form)-k):])
	}
}

func padInfo(wi *wordInfo, h uint64) {
	*wi = wordInfo{lower: h, form: h, shape: h, amb: h}
	for k := range wi.pre {
		wi.pre[k] = h
	}
	for k := range wi.suf {
		wi.suf[k] = h
	}
}

// shapeHash hashes the word shape: letters become X or x, digits d, other
// bytes stay; runs of one class longer than four are cut to four.
func shapeHash(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	var last byte
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c = 'X'
		case 'a' <= c && c <= 'z':
			c = 'x'
		case '0' <= c && c <= '9':
			c = 'd'
		case c >= 0x80:
			c = 'u'
		}
		if c == last {
			run++
			if run > 4 {
				continue
			}
		} else {
			last, run = c, 1
		}
		h ^= uint64(c)
		h *= prime
	}
	return h
}

// Feature templates. The numbers are part of the model format: append new
// ones, never renumber.
const (
	fBias = iota + 1
	fW0Lower
	fW0Form
	fW0Shape
	fW0Pre1
	fW0Pre2
	fW0Pre3
	fW0Suf1
	fW0Suf2
	fW0Suf3
	fW0Suf4
	fW0Suf5
	fWm1Lower
	fWm2Lower
	fWp1Lower
	fWp2Lower
	fWm1Suf3
	fWp1Suf3
	fWm1Shape
	fWp1Shape
	fTm1
	fTm2
	fTm1Tm2
	fTm1W0
	fWm1W0
	fW0Wp1
	fFirstShape
	fW0Amb
	fWp1Amb
	fWm1Amb
	fTm1Amb
	fW0Suf2Wp1Suf2
	fTm1Wp1
	fWp1Suf1
	fWm1W0Suf3
	// Second pass: tags predicted by the first pass to the right.
	fTp1
	fTp2
	fTm1Tp1
	fTp1W0
	fTp1Tp2
	fAmbTp1
)

// tagHash turns a tag class (or a padding marker) into a feature value.
func tagHash(c int) uint64 { return uint64(c) + 0x51ed2701 }

const (
	classBOS = -1
	classEOS = -2
)

// extract appends the features of word i to feats. prev holds the classes
// already chosen to the left; next, when not nil, the first pass's classes.
func extract(feats []uint64, words []wordInfo, i int, prev []int, next []int) []uint64 {
	// words is padded with two entries on each side: word i is words[i+2].
	w0 := &words[i+2]
	wm1, wm2 := &words[i+1], &words[i]
	wp1, wp2 := &words[i+3], &words[i+4]
	tm1, tm2 := classBOS, classBOS
	if i >= 1 {
		tm1 = prev[i-1]
	}
	if i >= 2 {
		tm2 = prev[i-2]
	}
	f1, f2, f3 := perceptron.Feature1, perceptron.Feature2, perceptron.Feature3
	feats = append(feats,
		f1(fBias, 0),
		f1(fW0Lower, w0.lower),
		f1(fW0Form, w0.form),
		f1(fW0Shape, w0.shape),
		f1(fW0Pre1, w0.pre[0]),
		f1(fW0Pre2, w0.pre[1]),
		f1(fW0Pre3, w0.pre[2]),
		f1(fW0Suf1, w0.suf[0]),
		f1(fW0Suf2, w0.suf[1]),
		f1(fW0Suf3, w0.suf[2]),
		f1(fW0Suf4, w0.suf[3]),
		f1(fW0Suf5, w0.suf[4]),
		f1(fWm1Lower, wm1.lower),
		f1(fWm2Lower, wm2.lower),
		f1(fWp1Lower, wp1.lower),
		f1(fWp2Lower, wp2.lower),
		f1(fWm1Suf3, wm1.suf[2]),
		f1(fWp1Suf3, wp1.suf[2]),
		f1(fWm1Shape, wm1.shape),
		f1(fWp1Shape, wp1.shape),
		f1(fTm1, tagHash(tm1)),
		f1(fTm2, tagHash(tm2)),
		f2(fTm1Tm2, tagHash(tm1), tagHash(tm2)),
		f2(fTm1W0, tagHash(tm1), w0.lower),
		f2(fWm1W0, wm1.lower, w0.lower),
		f2(fW0Wp1, w0.lower, wp1.lower),
		f2(fW0Amb, w0.amb, 0),
		f1(fWp1Amb, wp1.amb),
		f1(fWm1Amb, wm1.amb),
		f2(fTm1Amb, tagHash(tm1), w0.amb),
		f2(fW0Suf2Wp1Suf2, w0.suf[1], wp1.suf[1]),
		f2(fTm1Wp1, tagHash(tm1), wp1.lower),
		f1(fWp1Suf1, wp1.suf[0]),
		f3(fWm1W0Suf3, wm1.lower, w0.suf[2], 0),
	)
	if i == 0 {
		feats = append(feats, f1(fFirstShape, w0.shape))
	}
	if next != nil {
		tp1, tp2 := classEOS, classEOS
		if i+1 < len(next) {
			tp1 = next[i+1]
		}
		if i+2 < len(next) {
			tp2 = next[i+2]
		}
		feats = append(feats,
			f1(fTp1, tagHash(tp1)),
			f1(fTp2, tagHash(tp2)),
			f2(fTm1Tp1, tagHash(tm1), tagHash(tp1)),
			f2(fTp1W0, tagHash(tp1), w0.lower),
			f2(fTp1Tp2, tagHash(tp1), tagHash(tp2)),
			f2(fAmbTp1, w0.amb, tagHash(tp1)),
		)
	}
	return feats
}
