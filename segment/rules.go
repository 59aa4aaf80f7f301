package segment

import (
	_ "embed"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parleyproject/parley/internal/datafile"
)

// RulesFormat names the version of the rules file format.
const RulesFormat = "parley.segment.rules.v1"

// Rules holds the word lists that steer segmentation. It is read-only once
// built and safe for concurrent use.
//
// A rules file is UTF-8 text, one entry per line; blank lines and lines
// starting with '#' are ignored. Each entry is a kind and a word, matched as
// written:
//
//	speech WORD    a verb of saying; after a quotation that ends in '!' or '?'
//	               a name and one of these ('"Why?" Smith asked.') continue
//	               the sentence
//
// The words that start sentences (used after abbreviations) come from the
// tokenizer's lexicon; see tokenize.Lexicon.
type Rules struct {
	speech map[string]bool
}

// ParseRules reads a rules file; name appears in error messages, which give
// the line of the first bad entry.
func ParseRules(r io.Reader, name string) (*Rules, error) {
	rules := &Rules{speech: map[string]bool{}}
	sc := datafile.NewScanner(r, name)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case strings.HasPrefix(f[0], "#"):
			// Fields may be indented, and so may comments.
			continue
		case !utf8.ValidString(sc.Text()):
			return nil, sc.Errorf("entry is not valid UTF-8")
		case len(f) != 2:
			return nil, sc.Errorf("want KIND WORD, got %d field(s)", len(f))
		}
		switch f[0] {
		case "speech":
			rules.speech[f[1]] = true
		default:
			return nil, sc.Errorf("unknown entry kind %q (want speech)", f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return rules, nil
}

// LoadRules reads a rules file from disk.
func LoadRules(path string) (*Rules, error) {
	return datafile.Load(path, "segmentation rules", ParseRules)
}

//go:embed data/english.seg
var englishRules string

// EnglishRules returns a fresh copy of the built-in English rules
// (data/english.seg).
func EnglishRules() *Rules {
	r, err := ParseRules(strings.NewReader(englishRules), "data/english.seg")
	if err != nil {
		// The embedded file is checked by the tests.
		panic("segment: built-in rules: " + err.Error())
	}
	return r
}
