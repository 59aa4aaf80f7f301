package perceptron

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// vectorRows reports whether rows are added a vector at a time, which
// dense rows need to pay (see buildDense); fixed at start-up.
var vectorRows = cpu.X86.HasAVX2

// addRow16AVX2 adds the n int16 weights of src to the n int32 scores of dst,
// n a multiple of 8 (dense_amd64.s).
//
//go:noescape
func addRow16AVX2(dst *int32, src *int16, n int)

// addRow adds row, of the model's stride as length, to scores. Only a
// model built where vectorRows holds has rows.
func addRow(scores *Scores, row []int16) {
	addRow16AVX2(&scores[0], unsafe.SliceData(row), len(row))
}

// addInt32AVX2 adds the n int32 of src to those of dst, n a multiple of 8
// (dense_amd64.s).
//
//go:noescape
func addInt32AVX2(dst, src *int32, n int)

// AddScores adds src to dst, class by class, as far as the shorter goes.
func AddScores(dst, src []int32) {
	n := min(len(dst), len(src))
	if vectorRows && n >= 8 {
		v := n &^ 7
		addInt32AVX2(unsafe.SliceData(dst), unsafe.SliceData(src), v)
		dst, src = dst[v:n], src[v:n]
	}
	addScoresGo(dst, src)
}
