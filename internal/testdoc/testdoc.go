// Package testdoc builds documents for the tests and benchmarks of stages
// that follow the language core.
package testdoc

import (
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
)

// New returns a document holding txt, tokenized and split into sentences by
// the default segmenter, with no tags or parse. date, when not empty, is the
// publication date written as 2006-01-02; a bad date fails the test.
func New(tb testing.TB, date, txt string) *text.Document {
	tb.Helper()
	doc := &text.Document{ID: "test", Text: txt}
	if date != "" {
		d, err := time.Parse(time.DateOnly, date)
		if err != nil {
			tb.Fatalf("bad test date %q: %v", date, err)
		}
		doc.Date = d
	}
	segment.Split(doc)
	return doc
}

// newsParagraph is written so that, as in real articles, most sentences
// carry no date and few words of tone.
const newsParagraph = `WASHINGTON (Reuters) - Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. ` +
	`The two sides agreed to stabilise relations, officials said. ` +
	`Fighting erupted earlier this month near the border, killing at least 20 people according to the ministry. ` +
	`The agreement signed on Sept. 11, 2001, was never ratified by parliament. ` +
	`Protesters gathered outside the embassy and demanded the release of political prisoners. ` +
	`Talks will resume next week in Geneva, a spokesman for the foreign ministry told reporters. ` +
	`The United Nations Security Council condemned the attack and called for restraint from all parties. ` +
	`Two days ago, troops fired on demonstrators in the capital. `

// News returns a news-like passage for benchmarks: a paragraph of eight
// sentences, four times over.
func News() string { return strings.Repeat(newsParagraph, 4) }

// PerSentence runs work in b's timing loop and reports its cost per sentence
// of doc as the metric "ns/sentence". A doc without sentences fails the
// benchmark.
func PerSentence(b *testing.B, doc *text.Document, work func()) {
	b.Helper()
	n := len(doc.Sentences)
	if n == 0 {
		b.Fatal("benchmark document has no sentences")
	}
	for b.Loop() {
		work()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/sentence")
}
