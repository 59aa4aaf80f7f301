package postag

import (
	"context"
	"strings"
	"testing"
)

func TestReadWordClassesErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"unrest", "w.txt:1: want a word and at least one tag"},
		{"# comment\n\nUnrest NOUN/NN", `w.txt:3: word "Unrest" is not lowercase`},
		{"unrest NOUN", `w.txt:1: tag "NOUN" is not UPOS/XPOS`},
		{"unrest NOUN/", `w.txt:1: tag "NOUN/" is not UPOS/XPOS`},
		{"unrest NOUN/NN\nunrest ADJ/JJ", `w.txt:2: word "unrest" is listed twice`},
	}
	for _, tt := range tests {
		_, err := ReadWordClasses(strings.NewReader(tt.in), "w.txt")
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: error %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestReadWordClassesKeepsGoodLines(t *testing.T) {
	wc, err := ReadWordClasses(strings.NewReader("unrest NOUN/NN\nbad\namid ADP/IN\n"), "w.txt")
	if err == nil || err.Error() != "w.txt:2: want a word and at least one tag" {
		t.Errorf("error %v, want line 2 reported", err)
	}
	if got := wc.Words(); len(got) != 2 {
		t.Errorf("kept %v, want amid and unrest", got)
	}
}

func TestEmbeddedWordClasses(t *testing.T) {
	wc, err := EmbeddedWordClasses()
	if err != nil {
		t.Fatal(err)
	}
	if got := wc.Tags("amid"); len(got) != 1 || got[0] != (Tag{UPOS: "ADP", XPOS: "IN"}) {
		t.Errorf("amid: %v, want ADP/IN", got)
	}
	if got := wc.Tags("wins"); len(got) != 2 {
		t.Errorf("wins: %v, want a noun and a verb tag", got)
	}
}

func FuzzReadWordClasses(f *testing.F) {
	f.Add(string(wordClassesText))
	f.Add("amid ADP/IN\n# c\nfears NOUN/NNS VERB/VBZ\n")
	f.Fuzz(func(t *testing.T, in string) {
		wc, _ := ReadWordClasses(strings.NewReader(in), "fuzz")
		for _, w := range wc.Words() {
			if len(wc.Tags(w)) == 0 {
				t.Fatalf("word %q has no tags", w)
			}
		}
	})
}

func TestAddWordClasses(t *testing.T) {
	tg, err := Train(context.Background(), toyCorpus(), TrainOptions{Epochs: 5, Folds: 3, MinWeight: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	wc, err := ReadWordClasses(strings.NewReader("zzyzx ADV/RB\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	if err := tg.AddWordClasses(wc); err == nil {
		t.Error("AddWordClasses accepted a tag the model lacks")
	}
	wc, err = ReadWordClasses(strings.NewReader("zzyzx NOUN/NN\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	if tg.HasWordClass("zzyzx") {
		t.Fatal("the toy model knows zzyzx")
	}
	if err := tg.AddWordClasses(wc); err != nil {
		t.Fatal(err)
	}
	if !tg.HasWordClass("zzyzx") {
		t.Error("zzyzx has no class after AddWordClasses")
	}
	if tg.HasWordClass("Zzyzx") {
		t.Error("capitalised Zzyzx took the listed class; it may be a name")
	}
}
