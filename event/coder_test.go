package event

import (
	"context"
	"strings"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/ontology"
	"github.com/parleyproject/parley/text"
)

const testPatterns = `
@set sanction = sanction, embargo
@set release = release, free

verb meet => 040 meet
    * with + => 040 meet-with
verb visit => 042 visit
verb say => 010 say
verb attack => 190 attack
verb arrest => 173 arrest
verb call
    * on + to lift &sanction => 0254 call-lift-sanctions
    * on + to &release => 0253 call-release
    * for + => 020 call-for
verb impose
    * &sanction on + => 163 impose-sanctions
noun visit, trip => 042 trip
    $ * to + => 042 trip-to
verb fire => ---
    * missile at + => 195 fire-missile
`

func testCoder(t *testing.T) *Coder {
	t.Helper()
	d, err := ParseDictionary(strings.NewReader(testPatterns), "test.txt")
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

// parsed builds a document from CoNLL-U rows "FORM LEMMA UPOS XPOS HEAD
// DEPREL" (one sentence) and marks actor mentions given as "Form=CODE"
// (single tokens) in actors.
func parsed(t *testing.T, rows string, actors map[string]string) *text.Document {
	t.Helper()
	var b strings.Builder
	i := 0
	for _, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 {
			t.Fatalf("bad row %q", line)
		}
		i++
		b.WriteString(strings.Join([]string{itoa(i), f[0], f[1], f[2], f[3], "_", f[4], f[5], "_", "_"}, "\t"))
		b.WriteByte('\n')
	}
	sents, err := conllu.ReadAll(strings.NewReader(b.String()), "test")
	if err != nil {
		t.Fatal(err)
	}
	doc := conllu.ToDocument("d", sents, true)
	for ti, tok := range doc.Tokens {
		if code, ok := actors[tok.Form]; ok {
			doc.Mentions = append(doc.Mentions, text.Mention{
				Sentence: 0, Start: ti, End: ti + 1, Head: ti, Span: tok.Span,
				Actors: []text.Actor{{Code: code, Country: code[:3], Name: tok.Form}},
				Rule:   "test",
			})
		}
	}
	return doc
}

func itoa(i int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+i/10)) + string(rune('0'+i%10)))
}

type want struct {
	code, source, target string
	modality             text.Modality
}

func TestCodeSentences(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name   string
		rows   string
		actors map[string]string
		want   []want
	}{
		{"OK_meet_with", `
Blinken Blinken PROPN NNP 2 nsubj
met meet VERB VBD 0 root
with with ADP IN 4 case
Xi Xi PROPN NNP 2 obl
. . PUNCT . 2 punct`, map[string]string{"Blinken": "USAGOV", "Xi": "CHNGOV"},
			[]want{{"040", "USAGOV", "CHNGOV", text.Asserted}}},
		{"OK_passive_agent", `
Protesters protester NOUN NNS 3 nsubj:pass
were be AUX VBD 3 aux:pass
arrested arrest VERB VBN 0 root
by by ADP IN 5 case
police police NOUN NNS 3 obl:agent`, map[string]string{"Protesters": "---OPP", "police": "---COP"},
			[]want{{"173", "---COP", "---OPP", text.Asserted}}},
		{"OK_reported_attack_only", `
Iran Iran PROPN NNP 2 nsubj
said say VERB VBD 0 root
Israel Israel PROPN NNP 4 nsubj
attacked attack VERB VBD 2 ccomp
Syria Syria PROPN NNP 4 obj`, map[string]string{"Iran": "IRN", "Israel": "ISR", "Syria": "SYR"},
			[]want{{"190", "ISR", "SYR", text.Asserted}}},
		{"OK_bare_statement", `
Iran Iran PROPN NNP 2 nsubj
said say VERB VBD 0 root
nothing nothing PRON NN 2 obj`, map[string]string{"Iran": "IRN"},
			[]want{{"010", "IRN", "", text.Asserted}}},
		{"OK_call_to_lift_sanctions", `
France France PROPN NNP 2 nsubj
called call VERB VBD 0 root
on on ADP IN 4 case
Russia Russia PROPN NNP 2 obl
to to PART TO 6 mark
lift lift VERB VB 2 xcomp
sanctions sanction NOUN NNS 6 obj`, map[string]string{"France": "FRA", "Russia": "RUS"},
			[]want{{"0254", "FRA", "RUS", text.Asserted}}},
		{"OK_negated", `
Russia Russia PROPN NNP 4 nsubj
did do AUX VBD 4 aux
not not PART RB 4 advmod
attack attack VERB VB 0 root
Ukraine Ukraine PROPN NNP 4 obj`, map[string]string{"Russia": "RUS", "Ukraine": "UKR"},
			[]want{{"190", "RUS", "UKR", text.Negated}}},
		{"OK_future", `
Blinken Blinken PROPN NNP 3 nsubj
will will AUX MD 3 aux
visit visit VERB VB 0 root
China China PROPN NNP 3 obj`, map[string]string{"Blinken": "USAGOV", "China": "CHN"},
			[]want{{"042", "USAGOV", "CHN", text.Future}}},
		{"OK_planned_is_future", `
Blinken Blinken PROPN NNP 2 nsubj
plans plan VERB VBZ 0 root
to to PART TO 4 mark
visit visit VERB VB 2 xcomp
China China PROPN NNP 4 obj`, map[string]string{"Blinken": "USAGOV", "China": "CHN"},
			[]want{{"042", "USAGOV", "CHN", text.Future}}},
		{"OK_reciprocal", `
China China PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Russia Russia PROPN NNP 1 conj
met meet VERB VBD 0 root`, map[string]string{"China": "CHN", "Russia": "RUS"},
			[]want{{"040", "CHN", "RUS", text.Asserted}, {"040", "RUS", "CHN", text.Asserted}}},
		{"OK_noun_event", `
Blinken Blinken PROPN NNP 3 nmod:poss
's 's PART POS 1 case
trip trip NOUN NN 6 nsubj:pass
to to ADP IN 5 case
China China PROPN NNP 3 nmod
ended end VERB VBD 0 root`, map[string]string{"Blinken": "USAGOV", "China": "CHN"},
			[]want{{"042", "USAGOV", "CHN", text.Asserted}}},
		{"OK_discard_default", `
Troops troop NOUN NNS 2 nsubj
fired fire VERB VBD 0 root
workers worker NOUN NNS 2 obj`, map[string]string{"Troops": "---MIL"},
			nil},
		{"OK_discard_overridden", `
Troops troop NOUN NNS 2 nsubj
fired fire VERB VBD 0 root
missiles missile NOUN NNS 2 obj
at at ADP IN 5 case
Gaza Gaza PROPN NNP 2 obl`, map[string]string{"Troops": "ISRMIL", "Gaza": "PSE"},
			[]want{{"195", "ISRMIL", "PSE", text.Asserted}}},
		{"OK_unresolved_source_kept", `
a a DET DT 3 det
car car NOUN NN 3 compound
bomb bomb NOUN NN 4 nsubj
attacked attack VERB VBD 0 root
Kabul Kabul PROPN NNP 4 obj`, map[string]string{"Kabul": "AFG"},
			[]want{{"190", "", "AFG", text.Asserted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parsed(t, tt.rows, tt.actors)
			if err := c.Code(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, e := range doc.Events {
				w := want{code: e.CAMEO.Code, modality: e.Modality}
				if e.Source != nil {
					w.source = e.Source.Code
				}
				if e.Target != nil {
					w.target = e.Target.Code
				}
				got = append(got, w)
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
