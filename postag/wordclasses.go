package postag

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parleyproject/parley/internal/datafile"
	"github.com/parleyproject/parley/internal/perceptron"
)

//go:embed wordclasses.txt
var wordClassesText []byte

// WordClasses lists the tags English words can take, for words the
// treebanks show too seldom for the tagger to have learnt their ambiguity
// class: news words such as "unrest", "stimulus" or "amid", which the
// suffix features alone read as adjectives or verbs. It is read-only.
type WordClasses struct {
	tags map[string][]Tag
}

// EmbeddedWordClasses reads the embedded list (wordclasses.txt).
func EmbeddedWordClasses() (*WordClasses, error) {
	return ReadWordClasses(bytes.NewReader(wordClassesText), "wordclasses.txt")
}

// ReadWordClasses reads a list of word classes: lines of a lowercase word
// and one or more tags written UPOS/XPOS, separated by spaces or tabs.
// Blank lines and lines starting with "#" are comments; a word may be
// listed once. name is used in errors. A bad line is reported by name and
// line and skipped; the good ones are kept.
func ReadWordClasses(r io.Reader, name string) (*WordClasses, error) {
	wc := &WordClasses{tags: map[string][]Tag{}}
	sc := datafile.NewScanner(r, name)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			sc.Errorf("want a word and at least one tag")
			continue
		}
		word := fields[0]
		if strings.ToLower(word) != word {
			sc.Errorf("word %q is not lowercase", word)
			continue
		}
		if _, dup := wc.tags[word]; dup {
			sc.Errorf("word %q is listed twice", word)
			continue
		}
		tags := make([]Tag, 0, len(fields)-1)
		for _, f := range fields[1:] {
			upos, xpos, ok := strings.Cut(f, "/")
			if !ok || upos == "" || xpos == "" {
				sc.Errorf("tag %q is not UPOS/XPOS", f)
				tags = nil
				break
			}
			tags = append(tags, Tag{UPOS: upos, XPOS: xpos})
		}
		if tags != nil {
			wc.tags[word] = tags
		}
	}
	return wc, sc.Err()
}

// Words returns the listed words, sorted.
func (wc *WordClasses) Words() []string {
	words := make([]string, 0, len(wc.tags))
	for w := range wc.tags {
		words = append(words, w)
	}
	slices.Sort(words)
	return words
}

// BaseForms returns the listed words that are a lemma by one of their tags
// (a base verb, a singular noun, an adjective's positive), sorted.
func (wc *WordClasses) BaseForms() []string {
	var out []string
	for _, w := range wc.Words() {
		for _, t := range wc.tags[w] {
			if t.XPOS == "VB" || t.XPOS == "NN" || t.XPOS == "JJ" {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// Tags returns the tags listed for word.
func (wc *WordClasses) Tags(word string) []Tag { return slices.Clone(wc.tags[word]) }

// AddWordClasses gives the words of wc that the model has no ambiguity
// class for the class of their listed tags, so that the weights the model
// learnt for that class from other words apply to them. Only lowercase
// forms take it, and a sentence's first word when the next is lowercase: a
// capitalised one may be part of a name ("Junior Doctors Association"),
// which the list does not know. Words the model knows keep their own
// class. A tag the model lacks is an error. It must be called before the
// tagger is used.
func (t *Tagger) AddWordClasses(wc *WordClasses) error {
	if t.listed == nil {
		t.listed = make(map[uint64]uint64, len(wc.tags))
	}
	for _, w := range wc.Words() {
		key := perceptron.Lower(w)
		if _, ok := t.amb[key]; ok {
			continue
		}
		set := make([]int, 0, len(wc.tags[w]))
		for _, tag := range wc.tags[w] {
			c := slices.Index(t.classes, tag)
			if c < 0 {
				return fmt.Errorf("postag: word class of %q: the model has no tag %s/%s", w, tag.UPOS, tag.XPOS)
			}
			set = append(set, c)
		}
		t.listed[key] = ambiguityClass(set)
	}
	return nil
}

// wordClass returns the ambiguity class of form, whose lowercase hash
// (perceptron.Lower) is key: the model's, or for a lowercase form, the
// listed one (see AddWordClasses); 0 for none. A sentence's first word,
// capitalised by position, counts as lowercase (see sentenceStart).
func (t *Tagger) wordClass(form string, key uint64, first bool) uint64 {
	if c, ok := t.amb[key]; ok {
		return c
	}
	if t.listed == nil || !first && !noUpperASCII(form) {
		return 0
	}
	return t.listed[key]
}

// sentenceStart returns the index of a sentence's first word when it is
// capitalised only by its position: a title-case word after nothing but
// punctuation, followed by a lowercase word ("Amid growing unrest"; not
// "Junior Doctors Association"). It returns -1 otherwise.
func sentenceStart(n int, form func(int) string) int {
	i := 0
	for i < n && !hasLetter(form(i)) {
		i++
	}
	if i+1 >= n {
		return -1
	}
	f, next := form(i), form(i+1)
	if f[0] < 'A' || f[0] > 'Z' || !noUpperASCII(f[1:]) || next == "" || next[0] < 'a' || next[0] > 'z' {
		return -1
	}
	return i
}

// hasLetter reports whether s holds an ASCII letter.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// noUpperASCII reports whether s holds no ASCII capital: a lowercase
// word, with hyphens or digits if any ("two-thirds").
func noUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return false
		}
	}
	return true
}

// HasWordClass reports whether the tagger has an ambiguity class for word
// as written.
func (t *Tagger) HasWordClass(word string) bool {
	return t.wordClass(word, perceptron.Lower(word), false) != 0
}

// KnownClass reports whether the tags form an ambiguity class of the model:
// one some word of the treebanks had, whose weights the model learnt.
func (t *Tagger) KnownClass(tags []Tag) bool {
	set := make([]int, 0, len(tags))
	for _, tag := range tags {
		c := slices.Index(t.classes, tag)
		if c < 0 {
			return false
		}
		set = append(set, c)
	}
	h := ambiguityClass(set)
	for _, v := range t.amb {
		if v == h {
			return true
		}
	}
	return false
}
