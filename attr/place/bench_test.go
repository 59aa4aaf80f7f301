package place

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/internal/testdoc"
)

// benchText is news-like, with more place names than most articles.
var benchText = strings.Repeat(`WASHINGTON (Reuters) - Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. `+
	`The two sides agreed to stabilise relations, officials said. `+
	`Fighting erupted earlier this month near the border with Georgia, killing at least 20 people according to the ministry in Tbilisi. `+
	`Russian forces shelled Kharkiv and the Donetsk region overnight, the Ukrainian military said. `+
	`Protesters gathered outside the embassy and demanded the release of political prisoners. `+
	`Talks will resume next week in Geneva, a spokesman for the Foreign Ministry told reporters. `+
	`The United Nations Security Council condemned the attack in Aleppo, Syria, and called for restraint. `+
	`Two days ago, troops fired on demonstrators in the capital. `, 4)

// BenchmarkResolve reports the cost of finding and resolving places per
// sentence.
func BenchmarkResolve(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := testdoc.New(b, "2023-06-19", benchText)
	testdoc.PerSentence(b, doc, func() { g.Resolve(doc, Options{}) })
}

// BenchmarkLoad reports the cost of loading the built-in gazetteer as
// Default does.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := parse(strings.NewReader(builtinGazetteer), "gazetteer.tsv", strings.NewReader(builtinRules), "rules.tsv",
			strings.Count(builtinGazetteer, "\n")); err != nil {
			b.Fatal(err)
		}
	}
}
