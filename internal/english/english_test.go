package english

import (
	"strings"
	"testing"
)

func TestAuxiliary(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"is", true}, {"had", true}, {"might", true}, {"does", true},
		{"desantis", false}, {"said", false}, {"Is", false}, {"", false},
	} {
		if got := Auxiliary(tt.word); got != tt.want {
			t.Errorf("Auxiliary(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestLexicon checks that every line of lexicon.tsv that is not a comment is
// a class and its words, and that each class the package names has words.
func TestLexicon(t *testing.T) {
	for i, line := range strings.Split(lexiconFile, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if class, words, ok := strings.Cut(line, "\t"); !ok || class == "" || strings.TrimSpace(words) == "" {
			t.Errorf("lexicon.tsv:%d: %q is no class and words", i+1, line)
		}
	}
	for _, class := range []string{TimeOpener, TimeNoun, AdjectivalParticiple, NamingParticiple, ReportForm, ThingObject, ObjectControl, InfinitiveNoun, GerundComplement, PrepositionParticiple, phrasalVerb, adjectiveVerb} {
		if len(lexicon()[class]) == 0 {
			t.Errorf("lexicon.tsv has no words of class %s", class)
		}
	}
	if !In(NamingParticiple, "Dubbed") || In(ReportForm, "announced") {
		t.Error("In does not read lexicon.tsv")
	}
	if !PhrasalVerb("hand", "over") || !PhrasalVerb("Hand", "OVER") || PhrasalVerb("take", "over") {
		t.Error("PhrasalVerb does not read lexicon.tsv")
	}
	if !AdjectiveVerb("Free") || AdjectiveVerb("green") || len(AdjectiveVerbs()) != 7 {
		t.Error("AdjectiveVerb does not read lexicon.tsv")
	}
}
