package event

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/parleyproject/parley/ontology"
	"github.com/parleyproject/parley/text"
)

const petrarchPatterns = `@style petrarch
@set petr-neg = did n't, will not
@set petr-ties = military, economic
verb leave, left => 032:033 L1
verb abandon => 345 L2
verb abandon
    * new_&petr-ties_relations => 903 L3
verb clash => 121 L4
verb clash
    &petr-neg * => 904 L5
verb host => ---:042 L6
@discard world cup
`

func styleCoder(t *testing.T) *Coder {
	t.Helper()
	d, err := ParseDictionary(strings.NewReader(petrarchPatterns), "petr.txt")
	if err != nil {
		t.Fatal(err)
	}
	onto, err := ontology.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return New(d, onto, lex, Options{})
}

type styleWant struct {
	code, root, source, target string
}

func TestPetrarchStyle(t *testing.T) {
	c := styleCoder(t)
	tests := []struct {
		name   string
		rows   string
		actors map[string]string
		want   []styleWant
	}{
		{"OK_form_before_lemma_and_return_event", `
Dagolath Dagolath PROPN NNP 2 nsubj
left leave VERB VBD 0 root
for for ADP IN 4 case
Gondor Gondor PROPN NNP 2 obl`, map[string]string{"Dagolath": "DAG", "Gondor": "GON"},
			[]styleWant{{"032", "03", "DAG", "GON"}, {"033", "03", "GON", "DAG"}}},
		{"OK_sequence_with_set_and_future_is_asserted", `
Arnor Arnor PROPN NNP 3 nsubj
will will AUX MD 3 aux
abandon abandon VERB VB 0 root
new new ADJ JJ 6 amod
military military ADJ JJ 6 amod
relations relation NOUN NNS 3 obj
with with ADP IN 8 case
Gondor Gondor PROPN NNP 6 nmod`, map[string]string{"Arnor": "ARN", "Gondor": "GON"},
			[]styleWant{{"903", "90", "ARN", "GON"}}},
		{"OK_sequence_must_be_in_a_row", `
Arnor Arnor PROPN NNP 3 nsubj
will will AUX MD 3 aux
abandon abandon VERB VB 0 root
new new ADJ JJ 7 amod
global global ADJ JJ 7 amod
military military ADJ JJ 7 amod
relations relation NOUN NNS 3 obj
with with ADP IN 9 case
Gondor Gondor PROPN NNP 7 nmod`, map[string]string{"Arnor": "ARN", "Gondor": "GON"},
			[]styleWant{{"345", "34", "ARN", "GON"}}},
		{"OK_set_of_auxiliaries_negation_is_asserted", `
Bree Bree PROPN NNP 4 nsubj
did do AUX VBD 4 aux
n't not PART RB 4 advmod
clash clash VERB VB 0 root
with with ADP IN 6 case
Eriador Eriador PROPN NNP 4 obl`, map[string]string{"Bree": "BRE", "Eriador": "ERI"},
			[]styleWant{{"904", "90", "BRE", "ERI"}}},
		{"OK_dyad_required", `
Arnor Arnor PROPN NNP 2 nsubj
abandoned abandon VERB VBD 0 root
talks talk NOUN NNS 2 obj`, map[string]string{"Arnor": "ARN"},
			nil},
		{"OK_only_the_return_event", `
Gondor Gondor PROPN NNP 2 nsubj
hosted host VERB VBD 0 root
Arnor Arnor PROPN NNP 2 obj`, map[string]string{"Arnor": "ARN", "Gondor": "GON"},
			[]styleWant{{"042", "04", "ARN", "GON"}}},
		{"OK_discarded_sentence", `
Arnor Arnor PROPN NNP 2 nsubj
left leave VERB VBD 0 root
Gondor Gondor PROPN NNP 2 obj
at at ADP IN 7 case
the the DET DT 7 det
world world NOUN NN 7 compound
cup cup NOUN NN 2 obl`, map[string]string{"Arnor": "ARN", "Gondor": "GON"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parsed(t, tt.rows, tt.actors)
			if err := c.Code(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var got []styleWant
			for _, e := range doc.Events {
				if e.Modality != text.Asserted {
					t.Errorf("event %s is %s, want asserted", e.CAMEO.Code, e.Modality)
				}
				got = append(got, styleWant{e.CAMEO.Code, e.CAMEO.Root, e.Source.Code, e.Target.Code})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("event %d: got %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestExplainDiscard(t *testing.T) {
	c := styleCoder(t)
	doc := parsed(t, `
the the DET DT 3 det
world world NOUN NN 3 compound
cup cup NOUN NN 0 root`, nil)
	var buf bytes.Buffer
	if err := c.Explain(context.Background(), doc, &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `discarded: the sentence or its document holds "world cup"`) {
		t.Errorf("explain does not name the discard phrase:\n%s", buf.String())
	}
}

func TestDictionaryExtensionsErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ErrFreeCodeWithoutStyle", "verb x => 174K\n", "x.txt:1: bad CAMEO code \"174K\""},
		{"ErrStyleAfterGroup", "verb x => 040\n@style petrarch\n", "x.txt:2: @style must come before the file's sets and groups"},
		{"ErrUnknownStyle", "@style tabari\n", "x.txt:1: unknown style \"tabari\" (want @style petrarch)"},
		{"ErrReverseNull", "verb x => 040:---\n", "x.txt:1: bad CAMEO code \"040:---\""},
		{"ErrEmptyDiscard", "@discard\n", "x.txt:1: @discard without a phrase"},
		{"ErrUnknownSetInSequence", "verb x\n    * a_&nope => 040\n", "x.txt:2: unknown set &nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDictionary(strings.NewReader(tt.in), "x.txt")
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %v, want %s", err, tt.want)
			}
		})
	}
}

// TestPlaceIsTarget: an event in a place that names no actor is directed at
// the place's country (doc.Places, resolved by the pipeline before coding).
func TestPlaceIsTarget(t *testing.T) {
	c := testCoder(t)
	doc := parsed(t, `
Students student NOUN NNS 2 nsubj
rallied rally VERB VBD 0 root
in in ADP IN 4 case
Zurich Zurich PROPN NNP 2 obl`, map[string]string{"Students": "---EDU"})
	z := doc.Tokens[3]
	doc.Places = []text.Place{{Span: z.Span, Text: "Zurich", Name: "Zurich", Country: "CHE", Rule: "test"}}
	if err := c.Code(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Target == nil || doc.Events[0].Target.Code != "CHE" || doc.Events[0].Target.Span != z.Span {
		t.Fatalf("got %+v, want one event with target CHE at %v", doc.Events, z.Span)
	}
}

// TestPassiveViolenceSource: a violent event in the passive with no agent
// is attributed to the country it happens in; a "by" phrase naming an
// actor that the parser hung on a phrase of the verb, not on the verb, is
// still its agent, and the place is not.
func TestPassiveViolenceSource(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		name, conllu string
		actors       map[string]string
		place        int // token of Aleppo
		source       string
	}{
		{"place", `
Soldiers soldier NOUN NNS 3 nsubj:pass
were be AUX VBD 3 aux:pass
attacked attack VERB VBN 0 root
in in ADP IN 5 case
Aleppo Aleppo PROPN NNP 3 obl`, map[string]string{"Soldiers": "RUSMIL"}, 4, "SYR"},
		{"stray agent", `
Soldiers soldier NOUN NNS 3 nsubj:pass
were be AUX VBD 3 aux:pass
attacked attack VERB VBN 0 root
at at ADP IN 5 case
bases base NOUN NNS 3 obl
in in ADP IN 7 case
Aleppo Aleppo PROPN NNP 5 nmod
by by ADP IN 9 case
rebels rebel NOUN NNS 5 nmod`, map[string]string{"Soldiers": "RUSMIL", "rebels": "SYRREB"}, 6, "SYRREB"},
	} {
		doc := parsed(t, tc.conllu, tc.actors)
		a := doc.Tokens[tc.place]
		doc.Places = []text.Place{{Span: a.Span, Text: "Aleppo", Name: "Aleppo", Country: "SYR", Rule: "test"}}
		if err := c.Code(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 1 || doc.Events[0].Source == nil || doc.Events[0].Source.Code != tc.source ||
			doc.Events[0].Target == nil || doc.Events[0].Target.Code != "RUSMIL" {
			t.Errorf("%s: got %+v, want %s → RUSMIL", tc.name, doc.Events, tc.source)
		}
	}
}
