// Package morph predicts Universal Dependencies morphological features
// (FEATS) from a word's form and its tags, with a lookup model learned from
// the treebanks.
//
// English features follow almost entirely from the Penn tag and the word:
// NNS is Number=Plur, VBD is Mood=Ind|Tense=Past|VerbForm=Fin, pronouns carry
// Case, Person and PronType. The model keeps, for every (XPOS, lowercased
// form) seen in training, its most frequent FEATS, and for every XPOS alone
// the FEATS most words with that tag take.
package morph

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/text"
)

// FormatName names the model's text format (see WriteTo).
const FormatName = "parley-feats 1"

// Model predicts FEATS. It is read-only and safe for concurrent use.
type Model struct {
	words map[string]string // XPOS + "\t" + lowercased form → FEATS
	tags  map[string]string // XPOS → FEATS
}

// Train learns the model from treebank sentences. Word entries that agree
// with their tag's default are not stored.
func Train(sents []*conllu.Sentence) (*Model, error) {
	words := map[string]map[string]int{}
	tags := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.XPOS == "" || w.XPOS == "_" || strings.ContainsAny(w.Form, "\t\n") {
				continue
			}
			feats := w.Feats
			if feats == "" {
				feats = "_"
			}
			add(words, w.XPOS+"\t"+strings.ToLower(w.Form), feats)
			add(tags, w.XPOS, feats)
		}
	}
	if len(tags) == 0 {
		return nil, fmt.Errorf("train feats: no tagged words")
	}
	m := &Model{words: map[string]string{}, tags: map[string]string{}}
	for t, c := range tags {
		m.tags[t] = best(c)
	}
	for k, c := range words {
		f := best(c)
		tag, _, _ := strings.Cut(k, "\t")
		if f != m.tags[tag] {
			m.words[k] = f
		}
	}
	return m, nil
}

func add(m map[string]map[string]int, k, v string) {
	c := m[k]
	if c == nil {
		c = map[string]int{}
		m[k] = c
	}
	c[v]++
}

// best returns the most frequent value, the smallest on ties.
func best(c map[string]int) string {
	out, n := "", -1
	for v, k := range c {
		if k > n || k == n && v < out {
			out, n = v, k
		}
	}
	return out
}

// Feats returns the predicted FEATS ("" when none).
func (m *Model) Feats(form, xpos string) string {
	f, ok := m.words[xpos+"\t"+lowerASCII(form)]
	if !ok {
		f = m.tags[xpos]
	}
	if f == "_" {
		return ""
	}
	return f
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// Annotate fills Feats of every token of doc from its form and XPOS.
func (m *Model) Annotate(doc *text.Document) {
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		t.Feats = m.Feats(t.Form, t.XPOS)
	}
}

// WriteTo writes the model as text: the line FormatName, then one line per
// entry, "tag<TAB>XPOS<TAB>FEATS" for tag defaults and
// "word<TAB>XPOS<TAB>form<TAB>FEATS" for words, sorted.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	write := func(s string) {
		k, _ := bw.WriteString(s)
		n += int64(k)
	}
	write(FormatName + "\n")
	for _, t := range sortedKeys(m.tags) {
		write("tag\t" + t + "\t" + m.tags[t] + "\n")
	}
	for _, k := range sortedKeys(m.words) {
		write("word\t" + k + "\t" + m.words[k] + "\n")
	}
	return n, bw.Flush()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare[string])
	return keys
}

// Read reads a model written by WriteTo; errors name the line.
func Read(r io.Reader) (*Model, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	m := &Model{words: map[string]string{}, tags: map[string]string{}}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			if s != FormatName {
				return nil, fmt.Errorf("read feats model: line 1: want %q", FormatName)
			}
			continue
		}
		f := strings.Split(s, "\t")
		switch {
		case len(f) == 3 && f[0] == "tag":
			m.tags[f[1]] = f[2]
		case len(f) == 4 && f[0] == "word":
			m.words[f[1]+"\t"+f[2]] = f[3]
		default:
			return nil, fmt.Errorf("read feats model: line %d: malformed entry", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read feats model: line %d: %w", line+1, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("read feats model: empty")
	}
	return m, nil
}
