package segment_test

import (
	_ "embed"
	"strings"
	"testing"

	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
	"github.com/parleyproject/parley/tokenize"
)

//go:embed testdata/news.txt
var newsText string

// benchText is about 110 KB of news-like text.
var benchText = strings.Repeat(newsText+"\n", 50)

// BenchmarkSplit measures tokenization plus segmentation; the target is at
// least 1,000,000 tokens per second on one core (at most 1,000 ns/token).
func BenchmarkSplit(b *testing.B) {
	ntok := len(tokenize.Tokenize(benchText))
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	doc := &text.Document{Text: benchText}
	for b.Loop() {
		segment.Split(doc)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(ntok), "ns/token")
	b.ReportMetric(0, "ns/op")
}

func BenchmarkTokenize(b *testing.B) {
	ntok := len(tokenize.Tokenize(benchText))
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	var toks []text.Token
	for b.Loop() {
		toks = tokenize.Default().Append(toks[:0], benchText)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(ntok), "ns/token")
}
