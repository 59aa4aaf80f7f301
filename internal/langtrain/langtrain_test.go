package langtrain

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/lemma"
)

func TestLemmaTraining(t *testing.T) {
	sent := &conllu.Sentence{Words: []conllu.Word{
		{ID: 1, Form: "Freed", Lemma: "fre", UPOS: "VERB", XPOS: "VBN"},
		{ID: 2, Form: "freed", Lemma: "fre", UPOS: "ADJ", XPOS: "JJ"}, // other tags: kept
		{ID: 3, Form: "fled", Lemma: "flee", UPOS: "VERB", XPOS: "VBD"},
	}}
	fixes := "# comment\n\nfreed\tVERB\tVBN\tfree\nfled\tVERB\tVBD\tflee\nembargoes\tNOUN\tNNS\tembargo\n"
	out, lexicon, err := lemmaTraining([]*conllu.Sentence{sent}, []byte(fixes))
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 {
		t.Fatalf("%d sentences, want 1", len(out))
	}
	var got []string
	for _, w := range out[0].Words {
		got = append(got, w.Lemma)
	}
	if strings.Join(got, " ") != "free fre flee" {
		t.Errorf("lemmas %q, want \"free fre flee\"", got)
	}
	if sent.Words[0].Lemma != "fre" {
		t.Errorf("the input sentence was changed: %q", sent.Words[0].Lemma)
	}
	want := []lemma.LexiconWord{{Form: "embargoes", UPOS: "NOUN", XPOS: "NNS", Lemma: "embargo"}}
	if len(lexicon) != 1 || lexicon[0] != want[0] {
		t.Errorf("lexicon %v, want %v", lexicon, want)
	}
}

func TestLemmaTrainingErrors(t *testing.T) {
	for _, c := range []struct{ fixes, want string }{
		{"freed\tVERB\tfree\n", "lemma-fixes.tsv:1: want FORM, UPOS, XPOS and LEMMA"},
		{"# c\nfreed\tVERB\tVBN\t\n", "lemma-fixes.tsv:2: want FORM"},
		{"freed\tVERB\tVBN\tfree\nFreed\tVERB\tVBN\tfree\n", "lemma-fixes.tsv:2: Freed VERB VBN listed twice"},
	} {
		_, _, err := lemmaTraining(nil, []byte(c.fixes))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.fixes, err, c.want)
		}
	}
}

// TestEmbeddedLemmaFixes checks that the embedded file parses.
func TestEmbeddedLemmaFixes(t *testing.T) {
	if _, _, err := lemmaTraining(nil, lemmaFixes); err != nil {
		t.Fatal(err)
	}
}
