package segment

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
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
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Fields(t)
		if !utf8.ValidString(t) {
			return nil, fmt.Errorf("%s:%d: entry is not valid UTF-8", name, line)
		}
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want KIND WORD, got %d field(s)", name, line, len(f))
		}
		switch f[0] {
		case "speech":
			rules.speech[f[1]] = true
		default:
			return nil, fmt.Errorf("%s:%d: unknown entry kind %q (want speech)", name, line, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return rules, nil
}

// LoadRules reads a rules file from disk.
func LoadRules(path string) (*Rules, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load segmentation rules: %w", err)
	}
	defer f.Close()
	return ParseRules(f, path)
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
