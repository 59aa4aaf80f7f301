package tone

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/parleyproject/parley/internal/datafile"
)

// LexiconFormat names the version of the lexicon file format (see lexicon.tsv).
const LexiconFormat = "parley.tone-lexicon.v1"

//go:embed lexicon.tsv
var builtinLexicon string

// class is what a lexicon term is.
type class int8

const (
	classNone class = iota
	classPositive
	classNegative
	classNeutral
	classNegator
)

// Lexicon maps words to their tone class. It is read-only after loading and
// safe for concurrent use.
type Lexicon struct {
	terms map[string]class
	// entries counts the terms written in the file (before derived forms).
	entries int
}

// Entries returns the number of terms the lexicon file lists.
func (l *Lexicon) Entries() int { return l.entries }

// Forms returns the number of word forms matched, derived forms included.
func (l *Lexicon) Forms() int { return len(l.terms) }

// ParseLexicon reads a lexicon in the format of lexicon.tsv; name is used in
// error messages. Bad lines are reported together with their line numbers
// and skipped; the good lines are kept, so the lexicon is usable even when
// the error is not nil.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	l := &Lexicon{terms: make(map[string]class)}
	type entry struct {
		term string
		c    class
	}
	var entries []entry
	seen := make(map[string]int) // term → line
	sc := datafile.NewScanner(r, name)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 2 {
			sc.Errorf("want TERM<TAB>CLASS, got %d fields", len(f))
			continue
		}
		term := f[0]
		if term == "" || strings.ContainsAny(term, " \t") || strings.ToLower(term) != term {
			sc.Errorf("term %q must be one lower-case word", term)
			continue
		}
		var c class
		switch f[1] {
		case "+":
			c = classPositive
		case "-":
			c = classNegative
		case "0":
			c = classNeutral
		case "!":
			c = classNegator
		default:
			sc.Errorf("class %q is not one of \"+\", \"-\", \"0\", \"!\"", f[1])
			continue
		}
		term = normalise(term)
		if prev, ok := seen[term]; ok {
			sc.Errorf("%q already listed on line %d", term, prev)
			continue
		}
		seen[term] = sc.Line()
		entries = append(entries, entry{term, c})
		l.terms[term] = c
	}
	l.entries = len(entries)
	// Derived forms never replace a term written out, nor an earlier derived
	// form, so the result does not depend on map order.
	for _, e := range entries {
		if e.c != classPositive && e.c != classNegative {
			continue
		}
		for _, f := range inflections(e.term) {
			if _, ok := l.terms[f]; !ok {
				l.terms[f] = e.c
			}
		}
	}
	return l, sc.Err()
}

// LoadLexicon reads a lexicon file; see ParseLexicon.
func LoadLexicon(path string) (*Lexicon, error) {
	return datafile.Load(path, "tone lexicon", ParseLexicon)
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	l, err := ParseLexicon(strings.NewReader(builtinLexicon), "lexicon.tsv")
	if err != nil {
		return nil, fmt.Errorf("built-in tone lexicon: %w", err)
	}
	return l, nil
})

// Default returns the embedded lexicon. It is parsed once and shared by
// every caller; a Lexicon is read-only.
func Default() (*Lexicon, error) { return defaultLexicon() }

// normalise lower-cases a word and writes typographic apostrophes as ASCII
// ones, so that "n’t" and "n't" are one term.
func normalise(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "’ʼ") {
		w = strings.NewReplacer("’", "'", "ʼ", "'").Replace(w)
	}
	return w
}

// inflections returns the regular inflected forms of an English word: -s,
// -ed, -ing and -ly, with the usual spelling changes. It over-generates
// harmlessly: a form that is no word never occurs in text.
func inflections(w string) []string {
	n := len(w)
	if n < 3 || !isLowerASCII(w[n-1]) {
		return nil
	}
	last := w[n-1]
	out := make([]string, 0, 8)
	consY := last == 'y' && !isVowel(w[n-2])
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es")
	case consY:
		out = append(out, w[:n-1]+"ies")
	default:
		out = append(out, w+"s")
	}
	switch {
	case last == 'e':
		out = append(out, w+"d")
	case consY:
		out = append(out, w[:n-1]+"ied")
	default:
		out = append(out, w+"ed")
	}
	switch {
	case strings.HasSuffix(w, "ie"):
		out = append(out, w[:n-2]+"ying")
	case last == 'e' && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe"):
		out = append(out, w[:n-1]+"ing")
	default:
		out = append(out, w+"ing")
	}
	if doublesFinal(w) {
		out = append(out, w+string(last)+"ed", w+string(last)+"ing")
	}
	switch {
	case last == 'y':
		out = append(out, w[:n-1]+"ily")
	case strings.HasSuffix(w, "le"):
		out = append(out, w[:n-1]+"y")
	case strings.HasSuffix(w, "ic"):
		out = append(out, w+"ally")
	case strings.HasSuffix(w, "ly"):
	default:
		out = append(out, w+"ly")
	}
	return out
}

// doublesFinal reports whether a word ends consonant-vowel-consonant, where
// English doubles the consonant before -ed and -ing ("ban" → "banned").
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	a, b, c := w[n-3], w[n-2], w[n-1]
	return isLowerASCII(a) && !isVowel(a) && isVowel(b) && isLowerASCII(c) && !isVowel(c) &&
		c != 'w' && c != 'x' && c != 'y' && c != 'c'
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
