//go:build !amd64

package perceptron

// vectorRows reports whether rows are added a vector at a time, which
// dense rows need to pay (see buildDense).
const vectorRows = false

// addRows adds to scores the rows of dense, stride long, that start at
// offs. Only a model built where vectorRows holds has rows.
func addRows(scores *Scores, dense []int16, offs []uint32, stride int) {
	for _, o := range offs {
		addRowGo(scores[:stride], dense[o:o+uint32(stride)])
	}
}

// SumScores sets dst to a, b and c added class by class, as far as the
// shortest goes.
func SumScores(dst, a, b, c []int32) { sumScoresGo(dst, a, b, c) }
