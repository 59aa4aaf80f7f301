//go:build !amd64

package perceptron

// vectorRows reports whether rows are added a vector at a time, which
// dense rows need to pay (see buildDense).
const vectorRows = false

// addRow adds row, of the model's stride as length, to scores. Only a
// model built where vectorRows holds has rows.
func addRow(scores *Scores, row []int16) { addRowGo(scores[:len(row)], row) }

// AddScores adds src to dst, class by class, as far as the shorter goes.
func AddScores(dst, src []int32) { addScoresGo(dst, src) }
