package event

import (
	"strings"

	"github.com/parleyproject/parley/text"
)

// sentence is a read-only view of one parsed sentence with the indexes the
// matcher needs. Token indices are relative to the sentence.
type sentence struct {
	doc   *text.Document
	index int // in doc.Sentences
	start int // first token in doc.Tokens
	n     int
	lemma []string // lowercased lemma (form when the lemma is empty)
	lower []string // lowercased form
	upos  []string
	rel   []string // full relation ("nsubj:pass")
	urel  []string // universal part ("nsubj")
	head  []int    // -1 for the root
	kids  [][]int  // children in text order
	// mention[i] is the index in doc.Mentions of the mention covering token
	// i, or -1.
	mention []int
}

func newSentence(doc *text.Document, si int, mentionsBySentence [][]int) *sentence {
	s := doc.Sentences[si]
	n := s.End - s.Start
	v := &sentence{
		doc: doc, index: si, start: s.Start, n: n,
		lemma: make([]string, n), lower: make([]string, n), upos: make([]string, n),
		rel: make([]string, n), urel: make([]string, n), head: make([]int, n),
		kids: make([][]int, n), mention: make([]int, n),
	}
	for i := 0; i < n; i++ {
		t := &doc.Tokens[s.Start+i]
		v.lower[i] = lowerASCII(t.Form)
		v.lemma[i] = lowerASCII(t.Lemma)
		if v.lemma[i] == "" {
			v.lemma[i] = v.lower[i]
		}
		v.upos[i] = t.UPOS
		v.rel[i] = t.DepRel
		v.urel[i], _, _ = strings.Cut(t.DepRel, ":")
		v.head[i] = -1
		if t.Head >= s.Start && t.Head < s.End && t.Head != s.Start+i {
			v.head[i] = t.Head - s.Start
		}
		v.mention[i] = -1
	}
	// A malformed parse (a cycle) must not send any walk around forever.
	for i := 0; i < n; i++ {
		if v.cyclic(i) {
			v.head[i] = -1
		}
	}
	for i := 0; i < n; i++ {
		if h := v.head[i]; h >= 0 {
			v.kids[h] = append(v.kids[h], i)
		}
	}
	if mentionsBySentence != nil && si < len(mentionsBySentence) {
		for _, mi := range mentionsBySentence[si] {
			m := doc.Mentions[mi]
			for t := max(m.Start, s.Start); t < min(m.End, s.End); t++ {
				if v.mention[t-s.Start] < 0 {
					v.mention[t-s.Start] = mi
				}
			}
		}
	}
	return v
}

func (v *sentence) cyclic(i int) bool {
	for steps, h := 0, v.head[i]; h >= 0; h = v.head[h] {
		if h == i || steps > v.n {
			return true
		}
		steps++
	}
	return false
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// doc returns the document index of sentence token i.
func (v *sentence) tok(i int) *text.Token { return &v.doc.Tokens[v.start+i] }

// childExact returns the first child of h whose full relation is one of
// rels, or -1.
func (v *sentence) childExact(h int, rels ...string) int {
	for _, k := range v.kids[h] {
		for _, r := range rels {
			if v.rel[k] == r {
				return k
			}
		}
	}
	return -1
}

// childUniversal returns the first child of h whose universal relation is
// one of rels, or -1.
func (v *sentence) childUniversal(h int, rels ...string) int {
	for _, k := range v.kids[h] {
		for _, r := range rels {
			if v.urel[k] == r {
				return k
			}
		}
	}
	return -1
}

// isVerbal reports whether token i heads a clause.
func (v *sentence) isVerbal(i int) bool {
	switch v.upos[i] {
	case "VERB", "AUX":
		return true
	}
	// A copular clause is headed by its predicate.
	return v.childUniversal(i, "cop") >= 0 && v.childUniversal(i, "nsubj") >= 0
}

// clauseBoundary reports whether the arc into token k starts a new clause
// that patterns must not look into.
func (v *sentence) clauseBoundary(k int) bool {
	switch v.urel[k] {
	case "ccomp", "advcl", "parataxis", "csubj", "list", "discourse", "vocative", "reparandum", "dislocated":
		return true
	case "acl":
		return v.rel[k] == "acl:relcl"
	case "conj":
		return v.isVerbal(k)
	}
	return false
}

// phrase returns the span of the noun phrase headed by i: its subtree
// without clauses, appositions and trailing punctuation.
func (v *sentence) phrase(i int) (lo, hi int) {
	lo, hi = i, i
	var walk func(int, int)
	walk = func(t, depth int) {
		if depth > v.n {
			return
		}
		lo, hi = min(lo, t), max(hi, t)
		for _, k := range v.kids[t] {
			switch v.urel[k] {
			case "acl", "appos", "conj", "cc", "punct", "parataxis", "advcl", "ccomp", "dep":
				continue
			}
			if v.rel[k] == "nmod" && k > i && t == i && v.hasCase(k, "including") {
				continue
			}
			walk(k, depth+1)
		}
	}
	walk(i, 0)
	return lo, hi
}

func (v *sentence) hasCase(i int, words ...string) bool {
	for _, k := range v.kids[i] {
		if v.urel[k] != "case" && v.urel[k] != "mark" {
			continue
		}
		for _, w := range words {
			if v.lemma[k] == w || v.lower[k] == w {
				return true
			}
		}
	}
	return false
}

// span returns the byte span of tokens lo..hi.
func (v *sentence) span(lo, hi int) text.Span {
	return text.Span{Start: v.tok(lo).Span.Start, End: v.tok(hi).Span.End}
}

// conjuncts returns i and the tokens coordinated with it ("X and Y").
func (v *sentence) conjuncts(i int) []int {
	out := []int{i}
	for _, k := range v.kids[i] {
		if v.urel[k] == "conj" && !v.isVerbal(k) {
			out = append(out, v.conjuncts(k)...)
		}
	}
	return out
}
