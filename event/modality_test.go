package event

import (
	"errors"
	"strings"
	"testing"
)

// requiredLines is a lexicon with one word in every required class.
func requiredLines() string {
	var b strings.Builder
	for i, c := range requiredClasses {
		b.WriteString(lexClassNames[c] + "\tword" + string(rune('a'+i)) + "\n")
	}
	return b.String()
}

func TestParseLexicon(t *testing.T) {
	base := requiredLines()
	baseLines := strings.Count(base, "\n")
	lex, err := ParseLexicon(strings.NewReader(base+
		"# comment\n"+
		"animate\tAuthor, body , author\n"+
		"animate\tbody\n"+
		"quarrel-as\t110\n"+
		"violence-code\t18, 19\n"+
		"weapon-noun\tbody\n"), "m.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		class lexClass
		word  string
		want  bool
	}{
		{classAnimate, "author", true},
		{classAnimate, "Author", false}, // words are stored lowercased
		{classAnimate, "body", true},
		{classWeaponNoun, "body", true},
		{classWeaponNoun, "author", false},
		{classNegator, "worda", true},
		{classFutureAux, "worda", false},
		{classAnimate, "", false},
	} {
		if got := lex.has(tc.class, tc.word); got != tc.want {
			t.Errorf("has(%s, %q) = %v, want %v", lexClassNames[tc.class], tc.word, got, tc.want)
		}
	}
	if got := lex.members[classAnimate]; strings.Join(got, ",") != "author,body" {
		t.Errorf("animate members %q, want each word once in file order", got)
	}
	if w, ok := lex.sole(classQuarrelAs); !ok || w != "110" {
		t.Errorf("sole(quarrel-as) = %q, %v", w, ok)
	}
	if _, ok := lex.sole(classAnimate); ok {
		t.Error("sole of a class of two words")
	}
	for _, tc := range []struct {
		code string
		want bool
	}{{"18", true}, {"183", true}, {"1831", true}, {"190", true}, {"20", false}, {"1", false}, {"", false}} {
		if got := lex.hasCode(classViolence, tc.code); got != tc.want {
			t.Errorf("hasCode(violence-code, %q) = %v, want %v", tc.code, got, tc.want)
		}
	}

	_, err = ParseLexicon(strings.NewReader(base+"animate\tauthor\nanimals\tcat\n"), "m.tsv")
	var le *LoadError
	if !errors.As(err, &le) || len(le.Problems) != 1 || le.Problems[0].Line != baseLines+2 ||
		!strings.Contains(le.Problems[0].String(), `m.tsv:`) || !strings.Contains(le.Problems[0].Msg, `unknown class "animals"`) {
		t.Errorf("unknown class: error %v, want it reported with its file and line %d", err, baseLines+2)
	}
	_, err = ParseLexicon(strings.NewReader(strings.Replace(base, "negator\t", "animate\t", 1)), "m.tsv")
	if err == nil || !strings.Contains(err.Error(), "class negator is missing") {
		t.Errorf("missing class: error %v", err)
	}
}

// TestDefaultLexiconClasses checks that the embedded lexicon fills every
// class the coder consults.
func TestDefaultLexiconClasses(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for c, name := range lexClassNames {
		if name == "" {
			t.Errorf("class %d has no name", c)
		}
		if len(lex.members[c]) == 0 {
			t.Errorf("class %s is empty in the embedded lexicon", name)
		}
	}
}
