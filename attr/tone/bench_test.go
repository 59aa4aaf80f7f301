package tone

import (
	"strings"
	"testing"
)

// benchText is a news-like passage: most sentences carry no date, as in real
// articles.
var benchText = strings.Repeat(`WASHINGTON (Reuters) - Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. `+
	`The two sides agreed to stabilise relations, officials said. `+
	`Fighting erupted earlier this month near the border, killing at least 20 people according to the ministry. `+
	`The agreement signed on Sept. 11, 2001, was never ratified by parliament. `+
	`Protesters gathered outside the embassy and demanded the release of political prisoners. `+
	`Talks will resume next week in Geneva, a spokesman for the foreign ministry told reporters. `+
	`The United Nations Security Council condemned the attack and called for restraint from all parties. `+
	`Two days ago, troops fired on demonstrators in the capital. `, 4)

// BenchmarkScores reports the cost of scoring per sentence.
func BenchmarkScores(b *testing.B) {
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := testDocument(b, "2023-06-19", benchText)
	n := len(doc.Sentences)
	b.ResetTimer()
	for b.Loop() {
		l.Scores(doc)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/sentence")
}
