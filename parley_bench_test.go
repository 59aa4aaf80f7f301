package parley

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/parleyproject/parley/text"
)

// exampleDocs reads the bundled example articles.
func exampleDocs(tb testing.TB) []text.Document {
	tb.Helper()
	f, err := os.Open("examples/articles.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []text.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, text.Document{ID: r.ID, Text: r.Text})
	}
	return docs
}

func newTestPipeline(tb testing.TB, opts Options) *Pipeline {
	tb.Helper()
	p, err := New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// BenchmarkParse measures the language core (segment, tokenize, tag,
// lemmatize, parse) on the example articles; run it with -cpu 1 for the
// per-core figure.
func BenchmarkParse(b *testing.B) {
	p := newTestPipeline(b, Options{LanguageOnly: true})
	docs := exampleDocs(b)
	ctx := context.Background()
	tokens := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			doc := &text.Document{ID: d.ID, Text: d.Text}
			if err := p.Parse(ctx, doc); err != nil {
				b.Fatal(err)
			}
			tokens += len(doc.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkCode measures the whole pipeline from text to events.
func BenchmarkCode(b *testing.B) {
	p := newTestPipeline(b, Options{})
	docs := exampleDocs(b)
	ctx := context.Background()
	sents := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			doc := &text.Document{ID: d.ID, Text: d.Text}
			if err := p.Code(ctx, doc); err != nil {
				b.Fatal(err)
			}
			sents += len(doc.Sentences)
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}
