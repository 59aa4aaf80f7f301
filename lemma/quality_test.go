package lemma

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/internal/treebank"
)

var showErrors = flag.Int("lemma.errors", 0, "log the `n` most frequent lemma errors of each evaluation set")

// readTreebank reads a gzipped CoNLL-U file of the shared UD data, skipping
// the test when the shared data is absent.
func readTreebank(tb testing.TB, name string) []*conllu.Sentence {
	tb.Helper()
	sents, err := treebank.Load(shareddata.Path(tb, "data", "ud", name))
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

var (
	treebankModelOnce sync.Once
	treebankModel     *Model
	treebankModelErr  error
)

// trainedModel trains once per test binary on the EWT and GUM training sets.
func trainedModel(tb testing.TB) *Model {
	tb.Helper()
	ewt := readTreebank(tb, "en_ewt-ud-train.conllu.gz")
	gum := readTreebank(tb, "en_gum-open-train.conllu.gz")
	treebankModelOnce.Do(func() {
		treebankModel, treebankModelErr = Train(append(ewt, gum...), TrainOptions{})
	})
	if treebankModelErr != nil {
		tb.Fatal(treebankModelErr)
	}
	return treebankModel
}

type lemmaError struct{ form, upos, xpos, gold, got string }

// accuracy scores the model on every word with a gold lemma, using the gold
// tags.
func accuracy(m *Model, sents []*conllu.Sentence) (float64, map[lemmaError]int) {
	right, total := 0, 0
	errs := map[lemmaError]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" {
				continue
			}
			total++
			got := m.Lemma(w.Form, blank(w.UPOS), blank(w.XPOS))
			if got == w.Lemma {
				right++
			} else {
				errs[lemmaError{w.Form, w.UPOS, w.XPOS, w.Lemma, got}]++
			}
		}
	}
	return 100 * float64(right) / float64(max(total, 1)), errs
}

func logErrors(t *testing.T, errs map[lemmaError]int, n int) {
	keys := make([]lemmaError, 0, len(errs))
	for k := range errs {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b lemmaError) int {
		return cmp.Or(cmp.Compare(errs[b], errs[a]), strings.Compare(a.form, b.form))
	})
	var b strings.Builder
	for i, k := range keys {
		if i == n {
			break
		}
		fmt.Fprintf(&b, "%4d %s %s/%s gold %q got %q\n", errs[k], k.form, k.upos, k.xpos, k.gold, k.got)
	}
	t.Logf("most frequent errors:\n%s", b.String())
}

// TestTreebankAccuracy reports lemma accuracy with gold tags on the EWT and
// GUM development and test sets.
func TestTreebankAccuracy(t *testing.T) {
	m := trainedModel(t)
	for _, c := range []struct {
		file string
		min  float64
	}{
		{"en_ewt-ud-dev.conllu.gz", 97.5},
		{"en_ewt-ud-test.conllu.gz", 97.5},
		{"en_gum-open-dev.conllu.gz", 96.5},
		{"en_gum-open-test.conllu.gz", 96.5},
	} {
		acc, errs := accuracy(m, readTreebank(t, c.file))
		t.Logf("%s: lemma accuracy %.2f%% (gold UPOS/XPOS)", c.file, acc)
		if acc < c.min {
			t.Errorf("%s: lemma accuracy %.2f%%, want at least %.1f%%", c.file, acc, c.min)
		}
		if *showErrors > 0 {
			logErrors(t, errs, *showErrors)
		}
	}
}

// TestTreebankRoundTrip checks that a written and re-read model answers
// exactly as the trained one and that writing is deterministic.
func TestTreebankRoundTrip(t *testing.T) {
	m := trainedModel(t)
	data := encode(t, m)
	n := len(data)
	t.Logf("model size %d bytes, %d tags, %d edits, %d words", n, len(m.tags), len(m.edits), len(m.words))
	if n > 3<<20 {
		t.Errorf("model is %d bytes, want at most 3 MB", n)
	}
	m2, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, encode(t, m2)) {
		t.Error("re-read model writes different bytes")
	}
	dev := readTreebank(t, "en_ewt-ud-dev.conllu.gz")
	for _, s := range dev {
		for _, w := range s.Words {
			if a, b := m.Lemma(w.Form, w.UPOS, w.XPOS), m2.Lemma(w.Form, w.UPOS, w.XPOS); a != b {
				t.Fatalf("%s %s/%s: trained model says %q, re-read model %q", w.Form, w.UPOS, w.XPOS, a, b)
			}
		}
	}
}
