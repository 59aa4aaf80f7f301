// Package langid tells English text from other languages, cheaply, so that
// readers can skip documents the English-only pipeline cannot code.
//
// The check has two steps. First the script: when fewer than half of the
// letters are Latin, the text is not English (Cyrillic, Arabic, Han, ...).
// Then function words: the share of words that are English function words
// must reach MinRatio and no other listed language may have more function
// words in the text. English prose runs at 35–50%; French, German, Spanish
// and the others listed score a few percent on the English list and more on
// their own. Texts with fewer than MinWords words are accepted: too short to
// judge. Only the first MaxBytes of a text are looked at.
//
// The function words come from a data file (stopwords.txt, embedded) in this
// format: '#' starts a comment line; every other non-blank line is a language
// code, a tab, and words separated by spaces, lower case. A language may have
// several lines and a word may belong to several languages. Load reads a file
// of the same format.
package langid

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/internal/lower"
)

// Defaults of a Detector.
const (
	MinWords = 12
	MinRatio = 0.15
	MaxBytes = 16 << 10
)

//go:embed stopwords.txt
var builtin string

// Detector judges the language of texts. It is safe for concurrent use.
type Detector struct {
	langs []string          // language codes; index = bit in words
	words map[string]uint64 // word → set of languages (bit i = langs[i])
	en    int               // index of "en" in langs

	MinWords int     // texts with fewer words are accepted as English
	MinRatio float64 // least share of English function words
	MaxBytes int     // only this much of a text is examined
}

// Load reads function-word lists in the stopwords.txt format. The lists must
// include English ("en").
func Load(r io.Reader) (*Detector, error) {
	d := &Detector{words: make(map[string]uint64), en: -1, MinWords: MinWords, MinRatio: MinRatio, MaxBytes: MaxBytes}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		lang, list, ok := strings.Cut(s, "\t")
		lang = strings.TrimSpace(lang)
		if !ok || lang == "" || strings.ContainsAny(lang, " ") {
			return nil, fmt.Errorf("function words line %d: want language, tab, words", line)
		}
		i := d.langIndex(lang)
		if i < 0 {
			return nil, fmt.Errorf("function words line %d: more than 64 languages", line)
		}
		for _, w := range strings.Fields(list) {
			d.words[strings.ToLower(w)] |= 1 << i
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read function words: %w", err)
	}
	if d.en < 0 {
		return nil, fmt.Errorf("function words: no English (en) list")
	}
	return d, nil
}

func (d *Detector) langIndex(lang string) int {
	for i, l := range d.langs {
		if l == lang {
			return i
		}
	}
	if len(d.langs) == 64 {
		return -1
	}
	d.langs = append(d.langs, lang)
	if lang == "en" {
		d.en = len(d.langs) - 1
	}
	return len(d.langs) - 1
}

var defaultDetector = sync.OnceValue(func() *Detector {
	d, err := Load(strings.NewReader(builtin))
	if err != nil {
		panic("langid: built-in function words: " + err.Error()) // a build defect, caught by tests
	}
	return d
})

// Default returns a detector built from the embedded function-word lists,
// with the default settings. Each call returns a new Detector, so changing
// its settings changes no other caller's; the word lists, parsed once, are
// shared and never written.
func Default() *Detector {
	d := *defaultDetector()
	return &d
}

// Result is the verdict on one text.
type Result struct {
	// English is the verdict; true also when the text is too short to judge.
	English bool
	// Lang is the best guess: "en", another listed language, a script name
	// ("Cyrillic", "Han", ...) when the text is not in Latin script, or "und"
	// when undetermined.
	Lang string
	// Words is the number of words examined; Ratio the share of them that are
	// English function words; Latin the share of letters in Latin script.
	Words int
	Ratio float64
	Latin float64
}

// Detect judges the language of text.
func (d *Detector) Detect(text string) Result {
	if d.MaxBytes > 0 && len(text) > d.MaxBytes {
		cut := d.MaxBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var letters, latin int
	scripts := map[string]int{}
	for _, r := range text {
		if r < utf8.RuneSelf {
			// ASCII, most of the text: only its letters count, all Latin.
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				letters++
				latin++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Latin, r) {
			latin++
		} else if name := scriptOf(r); name != "" {
			scripts[name]++
		}
	}
	res := Result{Lang: "und", English: true}
	if letters == 0 {
		return res
	}
	res.Latin = float64(latin) / float64(letters)
	if res.Latin < 0.5 {
		res.English = false
		best := 0
		for name, n := range scripts {
			if n > best || n == best && name < res.Lang {
				res.Lang, best = name, n
			}
		}
		return res
	}

	hits := make([]int, len(d.langs))
	var buf [32]byte
	for w := range words(text) {
		res.Words++
		var set uint64
		if b, ok := lower.ASCII(buf[:], w); ok {
			set = d.words[string(b)]
		} else {
			set = d.words[strings.ToLower(w)]
		}
		if set == 0 {
			continue
		}
		for i := range d.langs {
			if set&(1<<i) != 0 {
				hits[i]++
			}
		}
	}
	if res.Words < d.MinWords {
		return res
	}
	res.Ratio = float64(hits[d.en]) / float64(res.Words)
	bestOther, other := 0, -1
	for i, n := range hits {
		if i != d.en && n > bestOther {
			bestOther, other = n, i
		}
	}
	res.English = res.Ratio >= d.MinRatio && hits[d.en] >= bestOther
	switch {
	case res.English:
		res.Lang = "en"
	case other >= 0 && bestOther > hits[d.en]:
		res.Lang = d.langs[other]
	}
	return res
}

// English reports whether text is English (or too short to judge).
func (d *Detector) English(text string) bool { return d.Detect(text).English }

// words yields the words of s, as written: runs of letters, with inner
// apostrophes cut off ("don't" gives "don").
func words(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if isLetter(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// isLetter is unicode.IsLetter, with ASCII decided at once.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

var scriptTables = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Cyrillic", unicode.Cyrillic}, {"Arabic", unicode.Arabic}, {"Han", unicode.Han},
	{"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul},
	{"Greek", unicode.Greek}, {"Hebrew", unicode.Hebrew}, {"Devanagari", unicode.Devanagari},
	{"Bengali", unicode.Bengali}, {"Thai", unicode.Thai}, {"Armenian", unicode.Armenian},
	{"Georgian", unicode.Georgian}, {"Ethiopic", unicode.Ethiopic}, {"Tamil", unicode.Tamil},
}

func scriptOf(r rune) string {
	for _, s := range scriptTables {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return "Other"
}
