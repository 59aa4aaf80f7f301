package event

import (
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
