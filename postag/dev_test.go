package postag

import (
	"os"
	"sort"
	"testing"

	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/internal/treebank"
)

func TestDevConfusion(t *testing.T) {
	dir := os.Getenv("PARLEY_MODELS")
	if dir == "" {
		t.Skip("PARLEY_MODELS not set")
	}
	f, _ := os.Open(dir + "/tagger.bin")
	tg, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	sents, _ := treebank.Load(shareddata.Path(t, "data", "ud", "en_ewt-ud-"+envOr("SPLIT", "dev")+".conllu.gz"))
	conf := map[string]int{}
	n, bad := 0, 0
	for _, s := range sents {
		var forms []string
		for _, w := range s.Words {
			forms = append(forms, w.Form)
		}
		got := tg.TagWords(forms)
		for i, w := range s.Words {
			n++
			if got[i].UPOS != w.UPOS {
				bad++
				conf[w.UPOS+"->"+got[i].UPOS]++
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range conf {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	t.Logf("%d/%d errors", bad, n)
	for _, e := range kvs[:25] {
		t.Logf("%s %d", e.k, e.v)
	}
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func TestPruneTaggerDev(t *testing.T) {
	dir := os.Getenv("PARLEY_MODELS")
	if dir == "" {
		t.Skip("PARLEY_MODELS not set")
	}
	f, _ := os.Open(dir + "/tagger.bin")
	tg, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	sents, _ := treebank.Load(shareddata.Path(t, "data", "ud", "en_ewt-ud-dev.conllu.gz"))
	var dev []Sentence
	for _, s := range sents {
		var ds Sentence
		for _, w := range s.Words {
			ds.Forms = append(ds.Forms, w.Form)
			ds.Tags = append(ds.Tags, Tag{w.UPOS, w.XPOS})
		}
		dev = append(dev, ds)
	}
	for _, th := range []float32{0, 0.5, 1, 2, 3} {
		p := &Tagger{classes: tg.classes, known: tg.known, amb: tg.amb, first: tg.first.Prune(th), second: tg.second.Prune(th)}
		t.Logf("min %.1f: %d+%d features, %d bytes: %s", th, p.first.Features(), p.second.Features(), p.first.Bytes()+p.second.Bytes(), p.accuracy(dev))
	}
}

func TestConfidentDev(t *testing.T) {
	dir := os.Getenv("PARLEY_MODELS")
	if dir == "" {
		t.Skip("PARLEY_MODELS not set")
	}
	f, _ := os.Open(dir + "/tagger.bin")
	tg, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	sents, _ := treebank.Load(shareddata.Path(t, "data", "ud", "en_ewt-ud-dev.conllu.gz"))
	var dev []Sentence
	for _, s := range sents {
		var ds Sentence
		for _, w := range s.Words {
			ds.Forms = append(ds.Forms, w.Form)
			ds.Tags = append(ds.Tags, Tag{w.UPOS, w.XPOS})
		}
		dev = append(dev, ds)
	}
	for _, c := range []float32{0, 20000, 10000, 5000, 2500, 1500, 1000} {
		tg.confident = c
		t.Logf("confident %.0f: %s", c, tg.accuracy(dev))
	}
}
