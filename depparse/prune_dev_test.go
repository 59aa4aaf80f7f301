package depparse

import (
	"os"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/internal/treebank"
	"github.com/parleyproject/parley/postag"
)

func TestPruneDev(t *testing.T) {
	dir := os.Getenv("PARLEY_MODELS")
	if dir == "" {
		t.Skip("PARLEY_MODELS not set")
	}
	devPath := shareddata.Path(t, "data", "ud", "en_ewt-ud-dev.conllu.gz")
	f, _ := os.Open(dir + "/parser.bin")
	p, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := os.Open(dir + "/tagger.bin")
	tg, err := postag.Read(g)
	if err != nil {
		t.Fatal(err)
	}
	sents, _ := treebank.Load(devPath)
	dev := toSents(sents, tg)
	for _, th := range []float32{0, 1, 1.5} {
		q := &Parser{labels: p.labels, model: p.model.Prune(th)}
		q.indexLabels()
		t.Logf("min %.2f: %d features %d weights: %s", th, q.model.Features(), q.model.Weights(), q.Score(dev))
	}
}

func toSents(sents []*conllu.Sentence, tg *postag.Tagger) []Sentence {
	var out []Sentence
	for _, s := range sents {
		n := len(s.Words)
		ps := Sentence{Forms: make([]string, n), XPOS: make([]string, n), UPOS: make([]string, n), Heads: make([]int, n), Rels: make([]string, n)}
		for i, w := range s.Words {
			ps.Forms[i] = w.Form
			ps.Heads[i] = w.Head - 1
			ps.Rels[i] = w.DepRel
		}
		for i, x := range tg.TagWords(ps.Forms) {
			ps.UPOS[i], ps.XPOS[i] = x.UPOS, x.XPOS
		}
		out = append(out, ps)
	}
	return out
}

func BenchmarkParseDev(b *testing.B) {
	dir := os.Getenv("PARLEY_MODELS")
	if dir == "" {
		b.Skip("PARLEY_MODELS not set")
	}
	devPath := shareddata.Path(b, "data", "ud", "en_ewt-ud-dev.conllu.gz")
	f, _ := os.Open(dir + "/parser.bin")
	p, _ := Read(f)
	p = &Parser{labels: p.labels, model: p.model.Prune(1)}
	p.indexLabels()
	g, _ := os.Open(dir + "/tagger.bin")
	tg, _ := postag.Read(g)
	sents, _ := treebank.Load(devPath)
	dev := toSents(sents, tg)
	words := 0
	for _, s := range dev {
		words += len(s.Forms)
	}
	b.Run("parse", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, s := range dev {
				p.ParseWords(s.Forms, s.XPOS, s.UPOS)
			}
		}
		b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	})
	b.Run("tag", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, s := range dev {
				tg.TagWords(s.Forms)
			}
		}
		b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	})
}
