package petrarch

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

const testVerbs = `<!-- a comment
   over two lines -->
&CURRENCY
+DOLLARS
+SWISS FRANCS
&TIES_
+MILITARY
+&CURRENCY

--- LEAVE  [032:033]  ---
LEAVE {LEFT LEAVES}  # a comment
DEPART [036]
+PULL_OUT {+PULLED_OUT}
WIRE_+TAP
- * NEW_&TIES_RELATIONS [903]  # glued
- + * FROM $  [066]
- SAID * (TO {PEACE PLAN}) [037]
- * (WITH)  [:075]
- % * ^ TALKS [030]
- NO CODE HERE
- * &UNDEFINED [010]
~ a (a b ATTACK) SAY = a b 015
`

func TestReadVerbs(t *testing.T) {
	d, probs := ReadVerbs(strings.NewReader(testVerbs), "v.txt")
	wantSets := []Synset{
		{Name: "CURRENCY", Members: [][]string{{"DOLLARS"}, {"SWISS", "FRANCS"}}, Line: 3},
		{Name: "TIES", Members: [][]string{{"MILITARY"}, {"&CURRENCY"}}, Line: 6},
	}
	if !reflect.DeepEqual(d.Sets, wantSets) {
		t.Errorf("sets: got %+v, want %+v", d.Sets, wantSets)
	}
	if len(d.Blocks) != 1 {
		t.Fatalf("got %d blocks, want 1", len(d.Blocks))
	}
	b := d.Blocks[0]
	if b.Name != "LEAVE" || b.Code != (Code{"032", "033"}) || b.Line != 10 {
		t.Errorf("block: got %q %v line %d", b.Name, b.Code, b.Line)
	}
	wantVerbs := []Verb{
		{Words: []string{"LEAVE"}, Forms: [][]string{{"LEFT"}, {"LEAVES"}}, Line: 11},
		{Words: []string{"DEPART"}, Code: &Code{Event: "036"}, Line: 12},
		{Words: []string{"PULL", "OUT"}, Forms: [][]string{{"PULLED", "OUT"}}, Line: 13},
		{Words: []string{"WIRE", "TAP"}, Head: 1, Line: 14},
	}
	if !reflect.DeepEqual(b.Verbs, wantVerbs) {
		t.Errorf("verbs:\n got %+v\nwant %+v", b.Verbs, wantVerbs)
	}
	var bodies []string
	for _, p := range b.Patterns {
		body, _ := patternBody(p)
		bodies = append(bodies, body+" => "+p.Code.String())
	}
	wantBodies := []string{
		"* new_&petr-ties_relations => 903",
		"+ * from $ => 066",
		"said * to peace plan => 037",
		"* with + => ---:075",
		"* talks => 030",
	}
	if !reflect.DeepEqual(bodies, wantBodies) {
		t.Errorf("patterns:\n got %q\nwant %q", bodies, wantBodies)
	}
	wantProbs := []string{
		"v.txt:20: pattern without a [code]: - NO CODE HERE",
		"v.txt:22: verb transformation not imported: speech-act transformations are Parley's own (transform.tsv)",
		"v.txt:21: undefined synonym set: &UNDEFINED",
	}
	if got := problemStrings(probs); !reflect.DeepEqual(got, wantProbs) {
		t.Errorf("problems:\n got %q\nwant %q", got, wantProbs)
	}
}

func TestReadVerbsTABARI(t *testing.T) {
	in := "ABANDON  [345] ;a comment\n- * EFFORT  [987]\nACT_ [100]\n{ ACTING_ ACTED_ }\n" +
		"- INCHING { CLOSER | NEARER } *  [083]\nSOCCER [###]\n- * BALL [010]\n"
	d, probs := ReadVerbs(strings.NewReader(in), "t.txt")
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Name+" "+b.Code.String())
		for _, v := range b.Verbs {
			got = append(got, "  "+strings.Join(v.Words, "_")+" forms "+strings.Join(flatten(v.Forms), ","))
		}
		for _, p := range b.Patterns {
			body, _ := patternBody(p)
			got = append(got, "  - "+body+" => "+p.Code.String())
		}
	}
	want := []string{
		"ABANDON 345", "  ABANDON forms ", "  - * effort => 987",
		"ACT 100", "  ACT forms ACTING,ACTED", "  - inching closer * => 083", "  - inching nearer * => 083",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantProbs := []string{`t.txt:6: bad event code: "###"`, "t.txt:7: pattern outside a block: - * BALL [010]"}
	if g := problemStrings(probs); !reflect.DeepEqual(g, wantProbs) {
		t.Errorf("problems: got %q, want %q", g, wantProbs)
	}
}

func flatten(forms [][]string) []string {
	var out []string
	for _, f := range forms {
		out = append(out, strings.Join(f, "_"))
	}
	return out
}

func problemStrings(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestReadActors(t *testing.T) {
	in := `# comment
GONDOR [GON]
+MINAS_TIRITH
GOLLUM  ; pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB >990816]
LORIEN  [ELR/GAL]
ALBRIGHT  [USAGOV 991201-010114] [---]
ITHILEN_TV  [ITHTV]
NOCODE_
ELROND [ELF >991301]
ARWEN [ELF 991201]
`
	as, probs := ReadActors(strings.NewReader(in), "a.txt")
	want := []Actor{
		{Names: [][]string{{"GONDOR"}, {"MINAS", "TIRITH"}}, Codes: []DatedCode{{Codes: []string{"GON"}, Line: 2}}, Line: 2},
		{Names: [][]string{{"GOLLUM"}, {"SMEAGOL"}}, Line: 4, Codes: []DatedCode{
			{Codes: []string{"HOB"}, To: day(1995, 5, 31), Line: 6},
			{Codes: []string{"HOBGOV"}, From: day(1995, 6, 1), To: day(1999, 8, 15), Line: 7},
			{Codes: []string{"HOBREB"}, From: day(1999, 8, 17), Line: 8},
		}},
		{Names: [][]string{{"LORIEN"}}, Codes: []DatedCode{{Codes: []string{"ELR", "GAL"}, Line: 9}}, Line: 9},
		{Names: [][]string{{"ALBRIGHT"}}, Line: 10, Codes: []DatedCode{
			{Codes: []string{"USAGOV"}, From: day(1999, 12, 1), To: day(2001, 1, 14), Line: 10},
			{Codes: []string{"---"}, Line: 10},
		}},
	}
	if !reflect.DeepEqual(as, want) {
		t.Errorf("got\n%+v\nwant\n%+v", as, want)
	}
	wantProbs := []string{
		"a.txt:11: bad actor code: [ITHTV]",
		"a.txt:12: entry without a code: NOCODE",
		"a.txt:13: bad date (want YYMMDD or YYYYMMDD): [ELF >991301]",
		"a.txt:14: bad date restriction: [ELF 991201]",
	}
	if g := problemStrings(probs); !reflect.DeepEqual(g, wantProbs) {
		t.Errorf("problems:\n got %q\nwant %q", g, wantProbs)
	}
}

func TestParseLegacyDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"950601", day(1995, 6, 1), true},
		{"300101", day(2030, 1, 1), true},
		{"310101", day(1931, 1, 1), true},
		{"20140607", day(2014, 6, 7), true},
		{"20140230", time.Time{}, false},
		{"2004017", time.Time{}, false},
		{"9506xx", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := parseLegacyDate(tt.in)
		if (err == nil) != tt.ok || !got.Equal(tt.want) {
			t.Errorf("parseLegacyDate(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestReadAgents(t *testing.T) {
	in := `!PERSON! = MAN, WOMAN
PRESIDENT [~GOV]
POLICE {} [ ~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
ACADEMY [EDU]
!MINIST!_OF_FUN [~GOV]
`
	as, probs := ReadAgents(strings.NewReader(in), "g.txt")
	want := []Agent{
		{Words: []string{"PRESIDENT"}, Plurals: [][]string{{"PRESIDENTS"}}, Suffix: "GOV", Line: 2},
		{Words: []string{"POLICE"}, Suffix: "COP", Line: 3},
		{Words: []string{"ATTORNEY", "GENERAL"}, Plurals: [][]string{{"ATTORNEYS", "GENERAL"}}, Suffix: "GOV", Line: 4},
		{Words: []string{"CONGRESSMAN"}, Suffix: "LEG", Line: 5},
		{Words: []string{"CONGRESSWOMAN"}, Suffix: "LEG", Line: 5},
		{Words: []string{"HUMAN", "RIGHTS", "BODY"}, Plurals: [][]string{{"HUMAN", "RIGHTS", "BODIES"}}, Prefix: "NGO", Line: 6},
	}
	if !reflect.DeepEqual(as, want) {
		t.Errorf("got\n%+v\nwant\n%+v", as, want)
	}
	wantProbs := []string{
		"g.txt:7: agent code needs one ~ before or after it: [EDU]",
		"g.txt:8: undefined substitution marker !MINIST!: !MINIST!_OF_FUN [~GOV]",
	}
	if g := problemStrings(probs); !reflect.DeepEqual(g, wantProbs) {
		t.Errorf("problems:\n got %q\nwant %q", g, wantProbs)
	}
}

func TestReadDiscards(t *testing.T) {
	in := "# Story-level discards start with +\nMONTHS LATER\n+World Golf Championships   # pas\nAFRICAN_NATIONS_CUP\n+\n"
	ds, probs := ReadDiscards(strings.NewReader(in), "d.txt")
	want := []Discard{
		{Words: []string{"MONTHS", "LATER"}, Line: 2},
		{Words: []string{"WORLD", "GOLF", "CHAMPIONSHIPS"}, Document: true, Line: 3},
		{Words: []string{"AFRICAN", "NATIONS", "CUP"}, Line: 4},
	}
	if !reflect.DeepEqual(ds, want) {
		t.Errorf("got %+v, want %+v", ds, want)
	}
	if g := problemStrings(probs); !reflect.DeepEqual(g, []string{"d.txt:5: bad discard phrase: +"}) {
		t.Errorf("problems: %q", g)
	}
}

func TestReadLinesComments(t *testing.T) {
	in := "A # comment\n<! -- broken comment -->\nB [###] # c\n<!-- x --> C <!-- y\nz --> D\n#all\nE ; tabari\n"
	lines, _ := readLines(strings.NewReader(in), "f", commentStyle{semicolon: true})
	var got []string
	for _, l := range lines {
		got = append(got, strings.TrimSpace(l.text))
	}
	want := []string{"A", "B [###]", "C", "D", "E"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
