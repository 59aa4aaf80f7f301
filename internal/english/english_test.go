package english

import (
	"slices"
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
		class, words, ok := strings.Cut(line, "\t")
		if !ok || class == "" || strings.TrimSpace(words) == "" {
			t.Errorf("lexicon.tsv:%d: %q is no class and words", i+1, line)
		}
		if !slices.Contains(classNames[:], class) {
			t.Errorf("lexicon.tsv:%d: class %q is not one the package names", i+1, class)
		}
	}
	for c := range numClasses {
		if len(members(c)) == 0 {
			t.Errorf("lexicon.tsv has no words of class %s", classNames[c])
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

func TestInAnyCase(t *testing.T) {
	for _, tt := range []struct {
		class Class
		word  string
		want  bool
	}{
		{TimeNoun, "week", true}, {TimeNoun, "WEEK", true}, {TimeNoun, "Week", true},
		{TimeNoun, strings.Repeat("W", 40), false}, {TimeNoun, "wéek", false},
		{ReportForm, "Said", true}, {TimeNoun, "said", false},
	} {
		if got := In(tt.class, tt.word); got != tt.want {
			t.Errorf("In(%s, %q) = %v, want %v", classNames[tt.class], tt.word, got, tt.want)
		}
	}
}
