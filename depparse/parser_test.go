package depparse

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// toyTrees: determiner → noun → verb ← noun, and punctuation on the verb.
func toyTrees() []Sentence {
	s := Sentence{
		Forms: []string{"the", "dog", "saw", "cats", "."},
		XPOS:  []string{"DT", "NN", "VBD", "NNS", "."},
		UPOS:  []string{"DET", "NOUN", "VERB", "NOUN", "PUNCT"},
		Heads: []int{1, 2, -1, 2, 2},
		Rels:  []string{"det", "nsubj", "root", "obj", "punct"},
	}
	np := Sentence{ // non-projective: "A hearing is scheduled on the issue today"
		Forms: []string{"a", "hearing", "is", "scheduled", "on", "issue", "today"},
		XPOS:  []string{"DT", "NN", "VBZ", "VBN", "IN", "NN", "NN"},
		UPOS:  []string{"DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "NOUN"},
		Heads: []int{1, 3, 3, -1, 5, 1, 3},
		Rels:  []string{"det", "nsubj:pass", "aux:pass", "root", "case", "nmod", "obl:tmod"},
	}
	var out []Sentence
	for i := 0; i < 20; i++ {
		out = append(out, s, np)
	}
	return out
}

func TestTrainToy(t *testing.T) {
	groupings := []map[string]string{
		nil, // one model over labelled transitions
		{"det": "mod", "nsubj": "arg", "obj": "arg", "nsubj:pass": "arg", "case": "mod", "nmod": "mod"},
	}
	for _, groups := range groupings {
		testTrainToy(t, groups)
	}
}

func testTrainToy(t *testing.T, groups map[string]string) {
	p, err := Train(context.Background(), toyTrees(), TrainOptions{Epochs: 8, MinWeight: 1e-6, Groups: groups})
	if err != nil {
		t.Fatal(err)
	}
	s := toyTrees()[0]
	heads, rels := p.ParseWords(s)
	for i := range heads {
		if heads[i] != s.Heads[i] || rels[i] != s.Rels[i] {
			t.Errorf("word %d: %d %s, want %d %s", i, heads[i], rels[i], s.Heads[i], s.Rels[i])
		}
	}
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := back.ParseWords(s)
	for i := range h2 {
		if h2[i] != heads[i] {
			t.Fatalf("read model parses differently")
		}
	}
}

func TestProjectivize(t *testing.T) {
	// 4 → 2 spans word 3, which hangs from 1: not projective.
	heads := []int{-1, 0, 1, 2, 1}
	got := projectivize([]int{-1, 0, 4, 1, 0})
	if shortestNonProjective(got) >= 0 {
		t.Fatalf("still non-projective: %v", got)
	}
	if shortestNonProjective(heads) >= 0 {
		t.Fatalf("projective tree reported non-projective")
	}
}

// TestSingleRoot checks that whatever the transitions leave, the result is one
// tree: one root, no cycles.
func TestSingleRoot(t *testing.T) {
	p, err := Train(context.Background(), toyTrees(), TrainOptions{Epochs: 1})
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"cats", "cats", ".", "the", "the", "saw", "saw", "dog"}
	in := Sentence{Forms: words, XPOS: make([]string, len(words)), UPOS: make([]string, len(words))}
	heads, _ := p.ParseWords(in)
	roots := 0
	for i, h := range heads {
		if h < 0 {
			roots++
		}
		for steps, k := 0, i; k >= 0; k = heads[k] {
			if steps++; steps > len(heads) {
				t.Fatalf("cycle through word %d: %v", i, heads)
			}
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots: %v", roots, heads)
	}
}

func FuzzRead(f *testing.F) {
	p, err := Train(context.Background(), toyTrees(), TrainOptions{Epochs: 1})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	p.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("PRLYDEP5\x01\x04root"))
	f.Add([]byte("PRLYDEP4\x01\x04root"))
	f.Add([]byte("PRLYDEP3\x01\x04root"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.ParseWords(Sentence{Forms: []string{"a"}, XPOS: []string{"DT"}, UPOS: []string{"DET"}})
	})
}

// TestReadRetired checks that a model of an earlier feature set is refused
// with a message that says so, whatever follows its magic.
func TestReadRetired(t *testing.T) {
	p, err := Train(context.Background(), toyTrees(), TrainOptions{Epochs: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	for _, old := range retiredMagics {
		data := append([]byte(old), buf.Bytes()[len(magic):]...)
		_, err := Read(bytes.NewReader(data))
		if err == nil || !strings.Contains(err.Error(), "earlier feature set") {
			t.Errorf("%s: err %v, want a refusal naming the earlier feature set", old, err)
		}
	}
	if _, err := Read(bytes.NewReader(buf.Bytes())); err != nil {
		t.Errorf("current model: %v", err)
	}
}
