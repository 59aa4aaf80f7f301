package tone

import (
	"testing"

	"github.com/parleyproject/parley/internal/testdoc"
)

// BenchmarkScores reports the cost of scoring per sentence.
func BenchmarkScores(b *testing.B) {
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := testdoc.New(b, "2023-06-19", testdoc.News())
	testdoc.PerSentence(b, doc, func() { l.Scores(doc) })
}
