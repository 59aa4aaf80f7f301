package event

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/ontology"
)

// TestDefaultDictionary loads the embedded dictionary and checks that every
// code it can emit, and every speech-act form, exists in the ontology.
func TestDefaultDictionary(t *testing.T) {
	d, err := LoadDictionary(DefaultPatterns())
	if err != nil {
		t.Fatal(err)
	}
	onto, err := ontology.Default()
	if err != nil {
		t.Fatal(err)
	}
	verbs, nouns := d.Anchors()
	t.Logf("%d verb anchors, %d noun anchors, %d groups, %d patterns", verbs, nouns, d.Groups(), d.Rules())
	if verbs < 300 || nouns < 150 || d.Rules() < 2000 {
		t.Errorf("dictionary too small: %d verbs, %d nouns, %d patterns", verbs, nouns, d.Rules())
	}
	for code, rule := range d.Codes() {
		if _, ok := onto.CAMEO(code); !ok {
			t.Errorf("%s: code %s is not in the ontology", rule, code)
		}
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for prefix, row := range lex.forms {
		for _, code := range row {
			if code == "" {
				continue
			}
			if _, ok := onto.CAMEO(code); !ok {
				t.Errorf("transform.tsv %s: code %s is not in the ontology", prefix, code)
			}
		}
	}
}

// TestNoShadowedPatterns checks that no pattern of a group is shadowed by
// an earlier one with the same elements and another code: ties go to the
// first (but for a noun's kind blocker), so the later one never applies,
// and the verb or noun it was meant for takes the other's code ("welcomed
// the talks" was hosting them). A
// pattern meant for some words of a group belongs in a group of its own
// before it.
func TestNoShadowedPatterns(t *testing.T) {
	d, err := LoadDictionary(DefaultPatterns())
	if err != nil {
		t.Fatal(err)
	}
	for g := range d.groups() {
		first := map[string]*pattern{}
		for _, p := range g.patterns {
			parts := make([]string, len(p.elems))
			for i, e := range p.elems {
				parts[i] = describe(e)
				if i == p.anchor {
					parts[i] = "*"
				}
			}
			sig := strings.Join(parts, " ")
			if q, ok := first[sig]; !ok {
				first[sig] = p
			} else if q.code != p.code && !(p.kind == nounGroup && p.code == "---" && p.anchor > 0 && p.anchor == len(p.elems)-1) {
				// (A noun pattern coding nothing for the kind its
				// modifiers name wins ties: see kindBlocker.)
				t.Errorf("%s:%d (%s, %s) never applies: %s:%d (%s) has the same elements and comes first", p.file, p.line, p.rule, p.code, q.file, q.line, q.code)
			}
		}
	}
}

// TestVocab checks that a dictionary's vocab holds exactly what its word
// indexes hold, for the embedded dictionary and for a merge.
func TestVocab(t *testing.T) {
	d, err := LoadDictionary(DefaultPatterns())
	if err != nil {
		t.Fatal(err)
	}
	for name, dict := range map[string]*Dictionary{"embedded": d, "merged": d.Merge(d)} {
		keys := map[string]bool{}
		for w := range dict.wordIDs {
			keys[w] = true
		}
		for _, m := range []map[string]string{dict.verbForms, dict.nounForms} {
			for w := range m {
				keys[w] = true
			}
		}
		for _, m := range []map[string][]*group{dict.verbs, dict.nouns} {
			for w := range m {
				keys[w] = true
			}
		}
		for w := range dict.setStarts {
			keys[w] = true
		}
		if len(dict.vocab) != len(keys) {
			t.Errorf("%s: vocab has %d words, the indexes %d", name, len(dict.vocab), len(keys))
		}
		for w := range keys {
			v := dict.vocab[w]
			if v == nil {
				t.Errorf("%s: %q missing from vocab", name, w)
				continue
			}
			id, ok := dict.wordIDs[w]
			if !ok {
				id = -1
			}
			vf, _ := v.form(false)
			nf, _ := v.form(true)
			if v.id != id || len(v.starts) != len(dict.setStarts[w]) || len(v.groups(false)) != len(dict.verbs[w]) ||
				len(v.groups(true)) != len(dict.nouns[w]) || vf != dict.verbForms[w] || nf != dict.nounForms[w] {
				t.Errorf("%s: vocab of %q differs from the indexes", name, w)
			}
		}
	}
	var none *vocabWord
	if none.groups(true) != nil {
		t.Error("a word the dictionary lacks has groups")
	}
	if _, ok := none.form(false); ok {
		t.Error("a word the dictionary lacks has a form")
	}
}
