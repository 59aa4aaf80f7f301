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
verb tell => 010 tell
    * + => 010 tell-obj
    * about + => 010 tell-about
verb speak
    * to + => 040 speak-to
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
verb urge => 020 urge
verb refuse => 120 refuse
verb claim => 010 claim
verb free => 084 free
verb release => 084 release
    * &release => 0841 release-persons
@set release = prisoner, sailor, mayor, hostage
verb hold
    * on => --- hold-on
    * + => 173 hold-obj
    * talk with + => 040 hold-talks-with
verb call
    * +! => 041 phone
noun phone call => 041 phone-call
noun crime
    war * => --- war-crimes
noun cease-fire => 0871 ceasefire
verb pull out => 0874 pull-out
    * of + => 0874 pull-out-of
verb rally => 140 rally
verb send
    * troop to + => 154 send-troops
verb help => 070 help
verb ban => 172 ban
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
// DEPREL [MISC]" (one sentence) and marks actor mentions given as "Form=CODE"
// (single tokens) in actors.
func parsed(t *testing.T, rows string, actors map[string]string) *text.Document {
	t.Helper()
	var b strings.Builder
	i := 0
	for _, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 && len(f) != 7 {
			t.Fatalf("bad row %q", line)
		}
		misc := "_"
		if len(f) == 7 {
			misc = f[6]
		}
		i++
		b.WriteString(strings.Join([]string{itoa(i), f[0], f[1], f[2], f[3], "_", f[4], f[5], "_", misc}, "\t"))
		b.WriteByte('\n')
	}
	sents, err := conllu.ReadAll(strings.NewReader(b.String()), "test")
	if err != nil {
		t.Fatal(err)
	}
	doc := conllu.ToDocument("d", sents, true)
	for ti, tok := range doc.Tokens {
		if code, ok := actors[tok.Form]; ok {
			kind := text.KindSector
			if len(code) == 3 && code[0] != '-' {
				kind = text.KindCountry
			}
			country := code[:3]
			if country == "---" {
				country = ""
			}
			var sectors []string
			for k := 3; k+3 <= len(code); k += 3 {
				sectors = append(sectors, code[k:k+3])
			}
			doc.Mentions = append(doc.Mentions, text.Mention{
				Sentence: 0, Start: ti, End: ti + 1, Head: ti, Span: tok.Span,
				Actors: []text.Actor{{Code: code, Country: country, Sectors: sectors, Name: tok.Form, Kind: kind}},
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
			[]want{{"040", "USAGOV", "CHNGOV", text.Asserted}, {"040", "CHNGOV", "USAGOV", text.Asserted}}},
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
		{"OK_press_told_is_channel", `
minister minister NOUN NN 2 nsubj
told tell VERB VBD 0 root
Reuters Reuters PROPN NNP 2 obj
. . PUNCT . 2 punct`, map[string]string{"minister": "IRNGOV", "Reuters": "GBRJRN"},
			[]want{{"010", "IRNGOV", "", text.Asserted}}},
		{"OK_press_spoken_to_alone_is_an_interview", `
minister minister NOUN NN 2 nsubj
spoke speak VERB VBD 0 root
to to ADP IN 4 case
reporters reporter NOUN NNS 2 obl`, map[string]string{"minister": "IRNGOV", "reporters": "---JRN"},
			nil},
		{"OK_press_as_topic_stays", `
Iran Iran PROPN NNP 2 nsubj
told tell VERB VBD 0 root
Turkey Turkey PROPN NNP 2 iobj
about about ADP IN 5 case
journalists journalist NOUN NNS 2 obl`, map[string]string{"Iran": "IRN", "Turkey": "TUR", "journalists": "---JRN"},
			[]want{{"010", "IRN", "---JRN", text.Asserted}}},
		{"OK_press_arrested_stays", `
police police NOUN NNS 2 nsubj
arrested arrest VERB VBD 0 root
reporters reporter NOUN NNS 2 obj`, map[string]string{"police": "---COP", "reporters": "---JRN"},
			[]want{{"173", "---COP", "---JRN", text.Asserted}}},
		{"OK_adjunct_noun_not_governed", `
Blinken Blinken PROPN NNP 2 nsubj
urged urge VERB VBD 0 root
calm calm NOUN NN 2 obj
during during ADP IN 6 case
the the DET DT 6 det
visit visit NOUN NN 2 obl
to to ADP IN 8 case
China China PROPN NNP 6 nmod`, map[string]string{"Blinken": "USAGOV", "China": "CHN"},
			[]want{{"020", "USAGOV", "", text.Asserted}}},
		{"OK_conjunct_shares_auxiliary", `
Russia Russia PROPN NNP 3 nsubj
will will AUX MD 3 aux
free free VERB VB 0 root
sailors sailor NOUN NNS 3 obj
and and CCONJ CC 6 cc
attack attack VERB VB 3 conj
Ukraine Ukraine PROPN NNP 6 obj`, map[string]string{"Russia": "RUS", "Ukraine": "UKR"},
			[]want{{"0353", "RUS", "", text.Asserted}, {"1384", "RUS", "UKR", text.Asserted}}},
		{"OK_finite_conjunct_does_not_share", `
Russia Russia PROPN NNP 4 nsubj
did do AUX VBD 4 aux
not not PART RB 4 advmod
free free VERB VB 0 root
sailors sailor NOUN NNS 4 obj
and and CCONJ CC 7 cc
attacked attack VERB VBD 4 conj
Ukraine Ukraine PROPN NNP 7 obj`, map[string]string{"Russia": "RUS", "Ukraine": "UKR"},
			[]want{{"084", "RUS", "", text.Negated}, {"190", "RUS", "UKR", text.Asserted}}},
		{"OK_imperative_not_asserted", `
Attack attack VERB VB 0 root
China China PROPN NNP 1 obj
. . PUNCT . 1 punct`, map[string]string{"China": "CHN"},
			[]want{{"190", "", "CHN", text.Hypothetical}}},
		{"OK_quoted_imperative_is_appeal", `
Release release VERB VB 4 ccomp
prisoners prisoner NOUN NNS 1 obj
, , PUNCT , 1 punct
said say VERB VBD 0 root
Iran Iran PROPN NNP 4 nsubj`, map[string]string{"Iran": "IRN"},
			[]want{{"0253", "IRN", "", text.Asserted}}},
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
			[]want{{"036", "USAGOV", "CHN", text.Asserted}}},
		{"OK_planned_is_intent", `
Blinken Blinken PROPN NNP 2 nsubj
plans plan VERB VBZ 0 root
to to PART TO 4 mark
visit visit VERB VB 2 xcomp
China China PROPN NNP 4 obj`, map[string]string{"Blinken": "USAGOV", "China": "CHN"},
			[]want{{"036", "USAGOV", "CHN", text.Asserted}}},
		{"OK_reciprocal", `
China China PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Russia Russia PROPN NNP 1 conj
met meet VERB VBD 0 root`, map[string]string{"China": "CHN", "Russia": "RUS"},
			[]want{{"040", "CHN", "RUS", text.Asserted}, {"040", "RUS", "CHN", text.Asserted}}},
		{"OK_allies_not_reciprocal", `
China China PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Russia Russia PROPN NNP 1 conj
refused refuse VERB VBD 0 root`, map[string]string{"China": "CHN", "Russia": "RUS"},
			[]want{{"120", "CHN", "", text.Asserted}, {"120", "RUS", "", text.Asserted}}},
		{"OK_symmetric_sides_not_paired", `
China China PROPN NNP 3 compound
's 's PART POS 1 case
minister minister NOUN NN 6 nsubj
and and CCONJ CC 5 cc
Russia Russia PROPN NNP 3 conj
met meet VERB VBD 0 root
with with ADP IN 8 case
Iran Iran PROPN NNP 6 obl`, map[string]string{"China": "CHN", "Russia": "RUS", "Iran": "IRN"},
			[]want{{"040", "CHN", "IRN", text.Asserted}, {"040", "RUS", "IRN", text.Asserted}, {"040", "IRN", "CHN", text.Asserted}, {"040", "IRN", "RUS", text.Asserted}}},
		{"OK_time_is_no_target", `
Iran Iran PROPN NNP 2 nsubj
imposed impose VERB VBD 0 root
sanctions sanction NOUN NNS 2 obj
on on ADP IN 5 case
Monday Monday PROPN NNP 2 obl`, map[string]string{"Iran": "IRN"},
			nil},
		{"OK_apposition_over_possessor", `
Iran Iran PROPN NNP 3 nmod:poss
's 's PART POS 1 case
customers customer NOUN NNS 6 nsubj
, , PUNCT , 5 punct
China China PROPN NNP 3 appos
refused refuse VERB VBD 0 root`, map[string]string{"Iran": "IRN", "China": "CHN"},
			[]want{{"120", "CHN", "", text.Asserted}}},
		{"OK_noun_event", `
Blinken Blinken PROPN NNP 3 nmod:poss
's 's PART POS 1 case
trip trip NOUN NN 6 nsubj
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
		{"OK_appeal_form", `
France France PROPN NNP 2 nsubj
urged urge VERB VBD 0 root
Russia Russia PROPN NNP 2 obj
to to PART TO 5 mark
release release VERB VB 2 xcomp
the the DET DT 7 det
sailors sailor NOUN NNS 5 obj`, map[string]string{"France": "FRA", "Russia": "RUS"},
			[]want{{"0253", "FRA", "RUS", text.Asserted}}},
		{"OK_refusal_form", `
Russia Russia PROPN NNP 2 nsubj
refused refuse VERB VBD 0 root
to to PART TO 4 mark
free free VERB VB 2 xcomp
prisoners prisoner NOUN NNS 4 obj`, map[string]string{"Russia": "RUS"},
			[]want{{"1243", "RUS", "", text.Asserted}}},
		{"OK_intent_in_statement_pronoun_is_speaker", `
Israel Israel PROPN NNP 2 nsubj
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
would would AUX MD 5 aux
free free VERB VB 2 ccomp
prisoners prisoner NOUN NNS 5 obj`, map[string]string{"Israel": "ISR"},
			[]want{{"0353", "ISR", "", text.Asserted}}},
		{"OK_allegation_form", `
US US PROPN NNP 2 nsubj
claimed claim VERB VBD 0 root
that that SCONJ IN 5 mark
ISIL ISIL PROPN NNP 5 nsubj
attacked attack VERB VBD 2 ccomp
Iraq Iraq PROPN NNP 5 obj`, map[string]string{"US": "USA", "ISIL": "IMGREBISI", "Iraq": "IRQ"},
			[]want{{"1123", "USA", "IMGREBISI", text.Asserted}}},
		{"OK_claim_of_own_act", `
US US PROPN NNP 2 nsubj
claimed claim VERB VBD 0 root
that that SCONJ IN 6 mark
they they PRON PRP 6 nsubj
had have AUX VBD 6 aux
attacked attack VERB VBN 2 ccomp
Iraq Iraq PROPN NNP 6 obj`, map[string]string{"US": "USA", "Iraq": "IRQ"},
			[]want{{"015", "USA", "IRQ", text.Asserted}}},
		{"OK_passive_subject_stands_for_object", `
Sanctions sanction NOUN NNS 3 nsubj:pass
were be AUX VBD 3 aux:pass
imposed impose VERB VBN 0 root
on on ADP IN 5 case
Iran Iran PROPN NNP 3 obl
by by ADP IN 7 case
EU EU PROPN NNP 3 obl:agent`, map[string]string{"Iran": "IRN", "EU": "IGOEU"},
			[]want{{"163", "IGOEU", "IRN", text.Asserted}}},
		{"OK_particle_pattern_needs_particle", `
Police police NOUN NNS 2 nsubj
held hold VERB VBD 0 root
two two NUM CD 4 nummod
men man NOUN NNS 2 obj
on on ADP IN 6 case
Monday Monday PROPN NNP 2 obl`, map[string]string{"Police": "---COP"},
			[]want{{"173", "---COP", "", text.Asserted}}},
		{"OK_actor_slot", `
Obama Obama PROPN NNP 2 nsubj
called call VERB VBD 0 root
Putin Putin PROPN NNP 2 obj`, map[string]string{"Obama": "USAGOV", "Putin": "RUSGOV"},
			[]want{{"041", "USAGOV", "RUSGOV", text.Asserted}}},
		{"OK_actor_slot_refuses_other_nouns", `
Obama Obama PROPN NNP 2 nsubj
called call VERB VBD 0 root
the the DET DT 4 det
move move NOUN NN 2 obj`, map[string]string{"Obama": "USAGOV"},
			nil},
		{"OK_symmetric_with_partner", `
Kerry Kerry PROPN NNP 2 nsubj
held hold VERB VBD 0 root
talks talk NOUN NNS 2 obj
with with ADP IN 5 case
Lavrov Lavrov PROPN NNP 3 nmod`, map[string]string{"Kerry": "USAGOV", "Lavrov": "RUSGOV"},
			[]want{{"040", "USAGOV", "RUSGOV", text.Asserted}, {"040", "RUSGOV", "USAGOV", text.Asserted}}},
		{"OK_noun_phrase_anchor", `
Obama Obama PROPN NNP 4 nmod:poss
's 's PART POS 1 case
phone phone NOUN NN 4 compound
call call NOUN NN 7 nsubj
with with ADP IN 6 case
Putin Putin PROPN NNP 4 nmod
lasted last VERB VBD 0 root`, map[string]string{"Obama": "USAGOV", "Putin": "RUSGOV"},
			[]want{{"041", "USAGOV", "RUSGOV", text.Asserted}}},
		{"OK_noun_modifier_codes_no_default", `
Russia Russia PROPN NNP 2 nsubj
denied deny VERB VBD 0 root
war war NOUN NN 4 compound
crimes crime NOUN NNS 2 obj`, map[string]string{"Russia": "RUS"},
			nil},
		{"OK_statement_gives_way", `
Russia Russia PROPN NNP 2 nsubj
attacked attack VERB VBD 0 root
Ukraine Ukraine PROPN NNP 2 obj
, , PUNCT , 6 punct
Kyiv Kyiv PROPN NNP 6 nsubj
said say VERB VBD 2 parataxis`, map[string]string{"Russia": "RUS", "Ukraine": "UKR", "Kyiv": "UKRGOV"},
			[]want{{"190", "RUS", "UKR", text.Asserted}}},
		{"OK_relative_clause_is_background", `
Israel Israel PROPN NNP 2 nsubj
freed free VERB VBD 0 root
a a DET DT 4 det
mayor mayor NOUN NN 2 obj
who who PRON WP 8 nsubj:pass
had have AUX VBD 8 aux
been be AUX VBN 8 aux:pass
arrested arrest VERB VBN 4 acl:relcl`, map[string]string{"Israel": "ISR"},
			[]want{{"084", "ISR", "", text.Asserted}}},
		{"OK_root_repair", `
Rebels rebel NOUN NNS 0 root
pulled pull VERB VBD 1 acl
out out ADP RP 2 compound:prt
of of ADP IN 5 case
Aleppo Aleppo PROPN NNP 2 obl`, map[string]string{"Rebels": "---REB", "Aleppo": "SYR"},
			[]want{{"0874", "---REB", "SYR", text.Asserted}}},
		{"OK_hyphenated_anchor", `
Sudan Sudan PROPN NNP 2 nsubj
announced announce VERB VBD 0 root
a a DET DT 6 det
cease cease NOUN NN 6 compound SpaceAfter=No
- - PUNCT HYPH 4 punct SpaceAfter=No
fire fire NOUN NN 2 obj`, map[string]string{"Sudan": "SDN"},
			[]want{{"0871", "SDN", "", text.Asserted}}},
		{"OK_lemmatizer_miss", `
Israel Israel PROPN NNP 2 nsubj
freed fre VERB VBD 0 root
prisoners prisoner NOUN NNS 2 obj`, map[string]string{"Israel": "ISR"},
			[]want{{"084", "ISR", "", text.Asserted}}},
		{"OK_purpose_is_hypothetical", `
Britain Britain PROPN NNP 2 nsubj
sent send VERB VBD 0 root
troops troop NOUN NNS 2 obj
to to ADP IN 5 case
Lebanon Lebanon PROPN NNP 2 obl
to to PART TO 7 mark
attack attack VERB VB 2 advcl
Hezbollah Hezbollah PROPN NNP 7 obj`, map[string]string{"Britain": "GBR", "troops": "---MIL", "Lebanon": "LBN", "Hezbollah": "LBNREBHZB"},
			[]want{{"154", "GBR", "LBN", text.Asserted}, {"190", "GBR", "LBNREBHZB", text.Hypothetical}}},
		{"OK_force_sent_to_help_protects", `
Britain Britain PROPN NNP 2 nsubj
sent send VERB VBD 0 root
troops troop NOUN NNS 2 obj
to to ADP IN 5 case
Lebanon Lebanon PROPN NNP 2 obl
to to PART TO 7 mark
help help VERB VB 2 advcl
it it PRON PRP 7 obj`, map[string]string{"Britain": "GBR", "troops": "---MIL", "Lebanon": "LBN"},
			[]want{{"074", "GBR", "LBN", text.Asserted}}},
		{"OK_place_is_target", `
Students student NOUN NNS 2 nsubj
rallied rally VERB VBD 0 root
in in ADP IN 4 case
Kenya Kenya PROPN NNP 2 obl`, map[string]string{"Students": "---EDU", "Kenya": "KEN"},
			[]want{{"140", "---EDU", "KEN", text.Asserted}}},
		{"OK_negated_noun", `
Iran Iran PROPN NNP 2 nsubj
imposed impose VERB VBD 0 root
no no DET DT 4 det
sanctions sanction NOUN NNS 2 obj
on on ADP IN 6 case
Iraq Iraq PROPN NNP 4 nmod`, map[string]string{"Iran": "IRN", "Iraq": "IRQ"},
			[]want{{"163", "IRN", "IRQ", text.Negated}}},
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
