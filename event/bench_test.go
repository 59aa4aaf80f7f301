package event_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/parleyproject/parley"
	"github.com/parleyproject/parley/actor"
	"github.com/parleyproject/parley/attr/place"
	"github.com/parleyproject/parley/dict/petrarch"
	"github.com/parleyproject/parley/event"
	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/ontology"
	"github.com/parleyproject/parley/text"
)

// readTexts reads the "text" field of a JSONL file, at most limit lines.
func readTexts(tb testing.TB, path string, limit int) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() && len(out) < limit {
		var r struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		out = append(out, r.Text)
	}
	return out
}

// parsedDocs parses and actor-resolves texts with the embedded models and
// dictionaries, ready for the coder.
func parsedDocs(tb testing.TB, texts []string) []*text.Document {
	tb.Helper()
	p, err := parley.New(parley.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	actors, err := actor.Default()
	if err != nil {
		tb.Fatal(err)
	}
	gaz, err := place.Default()
	if err != nil {
		tb.Fatal(err)
	}
	var docs []*text.Document
	for i, t := range texts {
		doc := &text.Document{ID: "d" + string(rune('a'+i%26)), Text: t}
		if err := p.Parse(context.Background(), doc); err != nil {
			tb.Fatal(err)
		}
		doc.Mentions = actors.Resolve(doc)
		// The places the pipeline resolves before coding (events in a
		// place are directed at its country).
		for _, pl := range gaz.Resolve(doc, place.Options{}) {
			doc.Places = append(doc.Places, text.Place{Span: pl.Span, Name: pl.Name, Country: pl.Country, Rule: pl.Rule})
		}
		docs = append(docs, doc)
	}
	return docs
}

func defaultCoder(tb testing.TB) *event.Coder { return coderWith(tb, nil) }

// coderWith returns a coder with the embedded patterns, and extra's added
// when extra is not nil.
func coderWith(tb testing.TB, extra *event.Dictionary) *event.Coder {
	tb.Helper()
	dict, err := event.LoadDictionary(event.DefaultPatterns())
	if err != nil {
		tb.Fatal(err)
	}
	if extra != nil {
		dict = dict.Merge(extra)
	}
	onto, err := ontology.Default()
	if err != nil {
		tb.Fatal(err)
	}
	lex, err := event.DefaultLexicon()
	if err != nil {
		tb.Fatal(err)
	}
	return event.New(dict, onto, lex, event.Options{})
}

// BenchmarkCode measures the coding stage alone (matching, frames,
// participants, events) on parsed, actor-resolved news text: the example
// articles and, when the shared data is present, 1,000 sentences of the
// development gold. Target: well under 50 µs per sentence on one core.
func BenchmarkCode(b *testing.B) {
	texts := readTexts(b, "../examples/articles.jsonl", 100)
	if dir, err := shareddata.Find(); err == nil {
		if _, err := os.Stat(dir + "/data/gold/events/dev_en_events.jsonl"); err == nil {
			texts = append(texts, readTexts(b, dir+"/data/gold/events/dev_en_events.jsonl", 1000)...)
		}
	}
	docs := parsedDocs(b, texts)
	c := defaultCoder(b)
	ctx := context.Background()
	sentences, events := 0, 0
	for _, d := range docs {
		sentences += len(d.Sentences)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if err := c.Code(ctx, d); err != nil {
				b.Fatal(err)
			}
			events += len(d.Events)
		}
	}
	// CPU time, unlike wall time, does not grow when other jobs share the
	// machine.
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/1e3/float64(b.N*sentences), "cpu-µs/sentence")
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
}

// BenchmarkCodeImported is BenchmarkCode with the PETRARCH-2 verb
// dictionary and discard list converted by dict/petrarch (about 4,700
// patterns in petrarch style) added to the embedded patterns.
func BenchmarkCodeImported(b *testing.B) {
	legacy := shareddata.Path(b, "data", "dictionaries", "petrarch2")
	out := b.TempDir()
	o := petrarch.Options{
		Verbs:    []string{filepath.Join(legacy, "CAMEO.2.0.txt")},
		Discards: []string{filepath.Join(legacy, "Phoenix.discards.txt")},
		Out:      out,
	}
	if _, err := petrarch.Convert(context.Background(), o); err != nil {
		b.Fatal(err)
	}
	imported, err := event.LoadDictionary(os.DirFS(filepath.Join(out, petrarch.PatternDir)))
	if err != nil {
		b.Fatal(err)
	}
	c := coderWith(b, imported)
	docs := parsedDocs(b, readTexts(b, "../examples/articles.jsonl", 100))
	ctx := context.Background()
	sentences := 0
	for _, d := range docs {
		sentences += len(d.Sentences)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if err := c.Code(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/1e3/float64(b.N*sentences), "cpu-µs/sentence")
}

// cpuTime returns the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
