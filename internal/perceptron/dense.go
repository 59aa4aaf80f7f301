package perceptron

import (
	"cmp"
	"math"
	"slices"
)

// Dense rows: a feature with weights for many classes is added faster as a
// row of every class's weight, eight classes per vector instruction, than
// weight by weight at scattered classes (six instructions a weight). Scores
// are unchanged: a row holds the same fixed-point weights, which must fit in
// 16 bits, and zeros for the other classes.

// A feature gets a row when it has weights for at least a denseShare-th of
// the classes. The embedded parser then has 2,924 rows (0.6 MB), which carry
// most of the weights it adds, and coding runs 10 % fewer instructions
// (valgrind --tool=cachegrind). With an eighth of the classes, 13,166 rows
// (2.7 MB) save 0.5 % more: the rows of rarer features would cost more
// memory, and more cache misses, than their adds.
const denseShare = 4

// minRowStride is the shortest row: 14 vectors of eight classes, which
// the parser's 104 classes and the tagger's 107 fit, so that one routine
// adds the rows of both with their sums held in registers (addRows). Its
// classes beyond a model's have weight 0.
const minRowStride = 14 * 8

// minDenseCount is the fewest weights of a feature that gets a row; more
// than any feature has when rows are not used.
func (m *Model) minDenseCount() int {
	if !vectorRows {
		return maxCount + 1
	}
	return max(m.nClasses/denseShare, weightGroup+1)
}

// buildDense gives rows to the features of a read model that qualify among
// candidates, the slots of those with at least minDenseCount weights.
func (m *Model) buildDense(candidates []int) {
	if !vectorRows {
		return
	}
	m.stride = max((m.nClasses+7)&^7, minRowStride)
	var picked []int
	for _, i := range candidates {
		s := m.slots[i]
		start, c := uint32(s)>>countBits, uint32(s)&maxCount
		if fitsInt16(m.entries[start : start+c]) {
			picked = append(picked, i)
		}
	}
	// Rows in the order of the weights, which a ranked model lays out
	// most used first; at most twice the memory of the weights, whatever
	// a model file holds.
	slices.SortFunc(picked, func(a, b int) int {
		return cmp.Compare(uint32(m.slots[a])>>countBits, uint32(m.slots[b])>>countBits)
	})
	picked = picked[:min(len(picked), 4*len(m.entries)/m.stride)]
	m.dense = make([]int16, len(picked)*m.stride)
	m.denseAt = make([]uint32, len(picked))
	m.denseCount = make([]uint8, len(picked))
	for row, i := range picked {
		s := m.slots[i]
		start, c := uint32(s)>>countBits, uint32(s)&maxCount
		r := m.dense[row*m.stride:]
		for _, e := range m.entries[start : start+c] {
			r[e&classMask] += int16(int32(e) >> classBits)
		}
		m.denseAt[row], m.denseCount[row] = start, uint8(c)
		m.slots[i] = s&^(1<<32-1) | uint64(row)<<countBits
	}
}

// fitsInt16 reports whether the fixed-point weights of entries fit in 16
// bits.
func fitsInt16(entries []uint32) bool {
	for _, e := range entries {
		w := int32(e) >> classBits
		if w < math.MinInt16 || w > math.MaxInt16 {
			return false
		}
	}
	return true
}

// addRowGo adds row to scores, class by class.
func addRowGo(scores []int32, row []int16) {
	for k, w := range row[:len(scores)] {
		scores[k] += int32(w)
	}
}

// sumScoresGo sets dst to a, b and c added, class by class, as far as the
// shortest goes.
func sumScoresGo(dst, a, b, c []int32) {
	n := min(len(dst), len(a), len(b), len(c))
	a, b, c = a[:n], b[:n], c[:n]
	for k := range dst[:n] {
		dst[k] = a[k] + b[k] + c[k]
	}
}
