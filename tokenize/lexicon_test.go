package tokenize_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyproject/parley/tokenize"
)

func TestEnglishLexicon(t *testing.T) {
	lex := tokenize.EnglishLexicon()
	tests := []struct {
		form string
		want tokenize.AbbrevClass
	}{
		{"Mr.", tokenize.AbbrevTitle},
		{"Sept.", tokenize.AbbrevDate},
		{"No.", tokenize.AbbrevNumber},
		{"Inc.", tokenize.AbbrevOther},
		{"Calif.", tokenize.AbbrevOther},
		{"Mr", tokenize.NotAbbrev},
		{"the.", tokenize.NotAbbrev},
	}
	for _, tc := range tests {
		if got := lex.Abbreviation(tc.form); got != tc.want {
			t.Errorf("Abbreviation(%q) = %v, want %v", tc.form, got, tc.want)
		}
	}
	if !lex.Starter("The") || lex.Starter("the") || !lex.Emoticon(":-)") {
		t.Error("starter or emoticon lookup failed")
	}
}

func TestParseLexicon(t *testing.T) {
	tests := []struct {
		name, in, err string
	}{
		{"OK", "# comment\n\nabbrev Gov. title\nprefix anti\nsuffix wise\nword w/o\nsplit gonna gon na\nclitic 's\nclitic n't\nunit km\nemoticon :)\nstarter The\n", ""},
		{"ErrKind", "abbrev Gov. title\nverb said\n", `lex:2: unknown entry kind "verb"`},
		{"ErrFields", "prefix anti war\n", "lex:1: prefix entry wants 1 field(s), got 2"},
		{"ErrAbbrevPeriod", "abbrev Gov title\n", `lex:1: abbreviation "Gov" does not end in a period`},
		{"ErrAbbrevClass", "abbrev Gov. boss\n", `lex:1: unknown abbreviation class "boss" (want title, date, number or other)`},
		{"ErrSplitSpelling", "split gonna go na\n", `lex:1: split parts "go na" do not spell "gonna"`},
		{"ErrSplitParts", "split gonna\n", "lex:1: split entry wants a form and at least two parts"},
		{"ErrClitic", "clitic s\n", `lex:1: clitic "s" must start with an apostrophe or be n't`},
		{"ErrUTF8", "word \xff\n", "lex:1: entry is not valid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lex, err := tokenize.ParseLexicon(strings.NewReader(tc.in), "lex")
			switch {
			case tc.err == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tc.err != "" && (err == nil || err.Error() != tc.err):
				t.Fatalf("error %v, want %q", err, tc.err)
			case tc.err == "" && lex == nil:
				t.Fatal("nil lexicon")
			}
		})
	}
}

func TestUserLexicon(t *testing.T) {
	path := filepath.Join(t.TempDir(), "my.lex")
	if err := os.WriteFile(path, []byte("abbrev Gov. title\nclitic 's\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := tokenize.LoadLexicon(path)
	if err != nil {
		t.Fatal(err)
	}
	got := render(tokenize.New(lex).Tokenize("Gov. Lee's won't"))
	// Without n't in this lexicon, "won't" stays whole.
	if want := "Gov./0 Lee/5 +'s/8 won't/11"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if _, err := tokenize.LoadLexicon(filepath.Join(t.TempDir(), "missing.lex")); err == nil || !strings.HasPrefix(err.Error(), "load lexicon: ") {
		t.Errorf("missing file: error %v", err)
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("abbrev Gov. title\nsplit gonna gon na\nclitic n't\n")
	f.Add("emoticon :)\nunit km\nstarter The\n")
	f.Add("split a\xffb a \xffb\n")
	f.Fuzz(func(t *testing.T, in string) {
		lex, err := tokenize.ParseLexicon(strings.NewReader(in), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("error %q does not name the file and line", err)
			}
			return
		}
		src := "gonna Gov. Lee's :) 5km don't " + in
		if err := checkTokens(src, tokenize.New(lex).Tokenize(src)); err != nil {
			t.Fatal(err)
		}
	})
}
