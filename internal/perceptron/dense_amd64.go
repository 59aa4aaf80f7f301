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

// addRows14 adds to dst the n rows of 14 vectors of eight int16 weights
// that start at base[offs[k]], keeping the sums in registers between rows
// (dense_amd64.s); n > 0.
//
//go:noescape
func addRows14(dst *int32, base *int16, offs *uint32, n int)

// addRows adds to scores the rows of dense, stride long, that start at
// offs. Only a model built where vectorRows holds has rows. Rows of
// minRowStride keep their sums in registers; longer ones are added row by
// row.
func addRows(scores *Scores, dense []int16, offs []uint32, stride int) {
	switch {
	case len(offs) == 0:
	case stride == minRowStride:
		addRows14(&scores[0], unsafe.SliceData(dense), &offs[0], len(offs))
	default:
		for _, o := range offs {
			addRow16AVX2(&scores[0], &dense[o], stride)
		}
	}
}

// sum3AVX2 sets the n int32 of dst to those of a, b and c added, n a
// multiple of 8 (dense_amd64.s).
//
//go:noescape
func sum3AVX2(dst, a, b, c *int32, n int)

// SumScores sets dst to a, b and c added class by class, as far as the
// shortest goes, in one pass: a configuration's scores start so.
func SumScores(dst, a, b, c []int32) {
	n := min(len(dst), len(a), len(b), len(c))
	if vectorRows && n >= 8 {
		v := n &^ 7
		sum3AVX2(unsafe.SliceData(dst), unsafe.SliceData(a), unsafe.SliceData(b), unsafe.SliceData(c), v)
		dst, a, b, c = dst[v:n], a[v:n], b[v:n], c[v:n]
	}
	sumScoresGo(dst, a, b, c)
}
