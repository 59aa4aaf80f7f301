package depparse

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/internal/treebank"
	"github.com/parleyproject/parley/lemma"
	"github.com/parleyproject/parley/postag"
)

// Development probes of trained models, run by hand:
//
//	PARLEY_MODELS=dir[,dir...] go test ./depparse -run Dev -v
//
// The tagger and lemmatizer come from the first directory (or models/).

func devSet(t testing.TB, dir string) []Sentence {
	t.Helper()
	devPath := shareddata.Path(t, "data", "ud", "en_ewt-ud-"+envOr("SPLIT", "dev")+".conllu.gz")
	g, err := os.Open(dir + "/tagger.bin")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := postag.Read(g)
	if err != nil {
		t.Fatal(err)
	}
	l, err := os.Open("../models/lemma.txt")
	if err != nil {
		t.Fatal(err)
	}
	lm, err := lemma.Read(l)
	if err != nil {
		t.Fatal(err)
	}
	sents, _ := treebank.Load(devPath)
	return toSents(sents, tg, lm)
}

// devParser returns the dev set and the parser of the first directory in
// PARLEY_MODELS, or skips the test when it is not set.
func devParser(t testing.TB) ([]Sentence, *Parser) {
	t.Helper()
	dirs := os.Getenv("PARLEY_MODELS")
	if dirs == "" {
		t.Skip("PARLEY_MODELS not set")
	}
	dir := strings.Split(dirs, ",")[0]
	return devSet(t, dir), readParser(t, dir)
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func readParser(t testing.TB, dir string) *Parser {
	t.Helper()
	f, err := os.Open(dir + "/parser.bin")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestDevScores scores the parsers of the given directories on dev.
func TestDevScores(t *testing.T) {
	dirs := os.Getenv("PARLEY_MODELS")
	if dirs == "" {
		t.Skip("PARLEY_MODELS not set")
	}
	list := strings.Split(dirs, ",")
	dev := devSet(t, list[0])
	for _, d := range list {
		t.Logf("%s: %s", d, readParser(t, d).Score(dev))
	}
}

func toSents(sents []*conllu.Sentence, tg *postag.Tagger, lm *lemma.Model) []Sentence {
	var out []Sentence
	for _, s := range sents {
		n := len(s.Words)
		ps := Sentence{Forms: make([]string, n), Lemmas: make([]string, n), XPOS: make([]string, n), UPOS: make([]string, n), Heads: make([]int, n), Rels: make([]string, n)}
		for i, w := range s.Words {
			ps.Forms[i] = w.Form
			ps.Heads[i] = w.Head - 1
			ps.Rels[i] = w.DepRel
		}
		for i, x := range tg.TagWords(ps.Forms) {
			ps.UPOS[i], ps.XPOS[i] = x.UPOS, x.XPOS
			ps.Lemmas[i] = lm.Lemma(ps.Forms[i], x.UPOS, x.XPOS)
		}
		out = append(out, ps)
	}
	return out
}

func TestDevErrors(t *testing.T) {
	dev, p := devParser(t)
	t.Logf("all: %s", p.Score(dev))
	total, wrong := map[string]int{}, map[string]int{}
	multiRoot := 0
	for _, s := range dev {
		heads, _ := p.ParseWords(s)
		for i := range heads {
			r := universal(s.Rels[i])
			total[r]++
			if heads[i] != s.Heads[i] {
				wrong[r]++
			}
		}
		roots := 0
		for _, h := range heads {
			if h < 0 {
				roots++
			}
		}
		if roots > 1 {
			multiRoot++
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range wrong {
		kvs = append(kvs, kv{k, v})
	}
	slices.SortFunc(kvs, func(a, b kv) int { return b.v - a.v })
	for _, e := range kvs[:min(20, len(kvs))] {
		t.Logf("%-12s %5d wrong of %5d (%.1f%%)", e.k, e.v, total[e.k], 100*float64(e.v)/float64(total[e.k]))
	}
	t.Logf("sentences with several roots: %d", multiRoot)
}
