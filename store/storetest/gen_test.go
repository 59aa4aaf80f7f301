package storetest

import (
	"strings"
	"testing"
)

// The generated articles look like the benchmark's target load: about 600
// words with about ten events, five quotations and five places.
func TestArticleLoad(t *testing.T) {
	const n = 200
	var words, events, quotes, places, negated int
	for _, d := range Coded(t, 1, 0, n) {
		words += len(strings.Fields(d.Text))
		events += len(d.Events)
		quotes += len(d.Quotes)
		places += len(d.Places)
		for _, e := range d.Events {
			if e.Modality != "asserted" {
				negated++
			}
			if d.Text[e.Source.Span.Start:e.Source.Span.End] != e.Source.Text || !strings.Contains(d.Text, e.Text) {
				t.Fatalf("event %s: spans do not match the text", e.ID)
			}
		}
	}
	t.Logf("per article: %d words, %.1f events (%.1f not asserted), %.1f quotes, %.1f places",
		words/n, float64(events)/n, float64(negated)/n, float64(quotes)/n, float64(places)/n)
	if words/n < 580 || words/n > 700 || events < 8*n || quotes != 5*n || places < 3*n {
		t.Errorf("load off target")
	}
	a, b := Article(1, 5), Article(1, 5)
	if a.Text != b.Text || Article(2, 5).Text == a.Text {
		t.Error("articles are not a function of seed and index")
	}
}
