package date

import (
	"testing"

	"github.com/parleyproject/parley/internal/testdoc"
)

// BenchmarkFind reports the cost of finding and resolving dates per sentence.
func BenchmarkFind(b *testing.B) {
	r, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := testdoc.New(b, "2023-06-19", testdoc.News())
	testdoc.PerSentence(b, doc, func() {
		for i := range doc.Sentences {
			r.Find(doc, i, false)
		}
	})
}
