package langeval_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/langeval"
)

// parse reads CoNLL-U written with " | " between columns for legibility.
func parse(t *testing.T, s string) []*conllu.Sentence {
	t.Helper()
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			line = strings.ReplaceAll(line, " | ", "\t")
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	sents, err := conllu.ReadAll(strings.NewReader(b.String()), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

const gold = `
# text = Blinken didn't meet Xi.
1 | Blinken | Blinken | PROPN | NNP | Number=Sing | 4 | nsubj | _ | _
2-3 | didn't | _ | _ | _ | _ | _ | _ | _ | _
2 | did | do | AUX | VBD | Mood=Ind|Tense=Past|VerbForm=Fin | 4 | aux | _ | _
3 | n't | not | PART | RB | Polarity=Neg | 4 | advmod | _ | _
4 | meet | meet | VERB | VB | VerbForm=Inf | 0 | root | _ | _
5 | Xi | Xi | PROPN | NNP | Number=Sing | 4 | obj | _ | SpaceAfter=No
6 | . | . | PUNCT | . | _ | 4 | punct | _ | _

# text = He was seen.
1 | He | he | PRON | PRP | Case=Nom|Number=Sing|Person=3 | 3 | nsubj:pass | _ | _
2 | was | be | AUX | VBD | Mood=Ind|Tense=Past|VerbForm=Fin | 3 | aux:pass | _ | _
3 | seen | see | VERB | VBN | Tense=Past|VerbForm=Part|Voice=Pass | 0 | root | _ | SpaceAfter=No
4 | . | . | PUNCT | . | _ | 3 | punct | _ | _
`

// evaluate scores the system sentences s against the gold ones g and fails
// the test on an error.
func evaluate(t *testing.T, g, s []*conllu.Sentence) langeval.Report {
	t.Helper()
	rep, err := langeval.Evaluate(g, s)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestIdentical(t *testing.T) {
	g := parse(t, gold)
	rep := evaluate(t, g, parse(t, gold))
	for _, m := range rep.Metrics() {
		if m.Score.F1() != 1 || m.Score.Precision() != 1 || m.Score.Recall() != 1 {
			t.Errorf("%s: P %.4f R %.4f F1 %.4f, want 1", m.Name, m.Score.Precision(), m.Score.Recall(), m.Score.F1())
		}
	}
	if rep.Words.Gold != 10 || rep.Tokens.Gold != 9 || rep.Sentences.Gold != 2 {
		t.Errorf("counts: %d words, %d tokens, %d sentences; want 10, 9, 2", rep.Words.Gold, rep.Tokens.Gold, rep.Sentences.Gold)
	}
	if rep.UPOS.AlignedAccuracy() != 1 {
		t.Errorf("UPOS aligned accuracy %.4f, want 1", rep.UPOS.AlignedAccuracy())
	}
}

// sys edits the gold file with old→new replacements, checking each applies.
func sys(t *testing.T, pairs ...string) []*conllu.Sentence {
	t.Helper()
	s := gold
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("edit %q does not apply", pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return parse(t, s)
}

func TestScores(t *testing.T) {
	type counts struct{ gold, system, correct int }
	tests := []struct {
		name   string
		system []string // edits of the gold file
		want   map[string]counts
	}{
		{
			name: "WrongHead",
			system: []string{"5 | Xi | Xi | PROPN | NNP | Number=Sing | 4 | obj",
				"5 | Xi | Xi | PROPN | NNP | Number=Sing | 1 | obj"},
			want: map[string]counts{"UAS": {10, 10, 9}, "LAS": {10, 10, 9}, "CLAS": {6, 6, 5}, "UPOS": {10, 10, 10}},
		},
		{
			name: "SubtypeIgnored",
			system: []string{"3 | nsubj:pass", "3 | nsubj",
				"aux:pass", "aux"},
			want: map[string]counts{"LAS": {10, 10, 10}, "MLAS": {6, 6, 6}},
		},
		{
			name:   "WrongLabel",
			system: []string{"4 | obj | _ | SpaceAfter=No", "4 | iobj | _ | SpaceAfter=No"},
			want:   map[string]counts{"UAS": {10, 10, 10}, "LAS": {10, 10, 9}, "CLAS": {6, 6, 5}},
		},
		{
			name:   "LanguageSpecificFeatureIgnored",
			system: []string{"Number=Sing | 4 | nsubj", "Number=Sing|NameType=Giv | 4 | nsubj"},
			want:   map[string]counts{"UFeats": {10, 10, 10}, "AllTags": {10, 10, 10}},
		},
		{
			name: "WrongFunctionWordForMLAS",
			system: []string{"2 | did | do | AUX | VBD | Mood=Ind|Tense=Past|VerbForm=Fin | 4 | aux",
				"2 | did | do | VERB | VBD | Mood=Ind|Tense=Past|VerbForm=Fin | 4 | aux"},
			want: map[string]counts{"MLAS": {6, 6, 5}, "LAS": {10, 10, 10}, "UPOS": {10, 10, 9}},
		},
		{
			name: "MergedMultiwordToken",
			system: []string{`2-3 | didn't | _ | _ | _ | _ | _ | _ | _ | _
2 | did | do | AUX | VBD | Mood=Ind|Tense=Past|VerbForm=Fin | 4 | aux | _ | _
3 | n't | not | PART | RB | Polarity=Neg | 4 | advmod | _ | _
4 | meet | meet | VERB | VB | VerbForm=Inf | 0 | root | _ | _
5 | Xi | Xi | PROPN | NNP | Number=Sing | 4 | obj | _ | SpaceAfter=No
6 | . | . | PUNCT | . | _ | 4 | punct | _ | _`, `2 | didn't | do | AUX | VBD | _ | 3 | aux | _ | _
3 | meet | meet | VERB | VB | VerbForm=Inf | 0 | root | _ | _
4 | Xi | Xi | PROPN | NNP | Number=Sing | 3 | obj | _ | SpaceAfter=No
5 | . | . | PUNCT | . | _ | 3 | punct | _ | _`, "1 | Blinken | Blinken | PROPN | NNP | Number=Sing | 4", "1 | Blinken | Blinken | PROPN | NNP | Number=Sing | 3"},
			want: map[string]counts{"Tokens": {9, 9, 9}, "Words": {10, 9, 8}, "UAS": {10, 9, 8}, "Sentences": {2, 2, 2}},
		},
		{
			name: "SentenceBoundary",
			system: []string{`6 | . | . | PUNCT | . | _ | 4 | punct | _ | _

# text = He was seen.
1 | He | he | PRON | PRP | Case=Nom|Number=Sing|Person=3 | 3 | nsubj:pass | _ | _
2 | was | be | AUX | VBD | Mood=Ind|Tense=Past|VerbForm=Fin | 3 | aux:pass | _ | _
3 | seen | see | VERB | VBN | Tense=Past|VerbForm=Part|Voice=Pass | 0 | root | _ | SpaceAfter=No
4 | . | . | PUNCT | . | _ | 3 | punct | _ | _`, `6 | . | . | PUNCT | . | _ | 4 | punct | _ | _
7 | He | he | PRON | PRP | Case=Nom|Number=Sing|Person=3 | 9 | nsubj:pass | _ | _
8 | was | be | AUX | VBD | Mood=Ind|Tense=Past|VerbForm=Fin | 9 | aux:pass | _ | _
9 | seen | see | VERB | VBN | Tense=Past|VerbForm=Part|Voice=Pass | 4 | parataxis | _ | SpaceAfter=No
10 | . | . | PUNCT | . | _ | 9 | punct | _ | _`},
			want: map[string]counts{"Sentences": {2, 1, 0}, "Tokens": {9, 9, 9}, "UAS": {10, 10, 9}, "LAS": {10, 10, 9}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := evaluate(t, parse(t, gold), sys(t, tc.system...))
			for _, m := range rep.Metrics() {
				w, ok := tc.want[m.Name]
				if !ok {
					continue
				}
				if got := (counts{m.Score.Gold, m.Score.System, m.Score.Correct}); got != w {
					t.Errorf("%s: gold/system/correct = %v, want %v", m.Name, got, w)
				}
			}
		})
	}
}

func TestSplitToken(t *testing.T) {
	g := parse(t, `
1 | 3.5 | 3.5 | NUM | CD | _ | 0 | root | _ | _
2 | percent | percent | NOUN | NN | _ | 1 | nmod | _ | _`)
	s := parse(t, `
1 | 3 | 3 | NUM | CD | _ | 0 | root | _ | SpaceAfter=No
2 | . | . | PUNCT | . | _ | 1 | punct | _ | SpaceAfter=No
3 | 5 | 5 | NUM | CD | _ | 1 | flat | _ | _
4 | percent | percent | NOUN | NN | _ | 1 | nmod | _ | _`)
	rep := evaluate(t, g, s)
	if rep.Tokens.Gold != 2 || rep.Tokens.System != 4 || rep.Tokens.Correct != 1 {
		t.Errorf("tokens %+v, want 2 gold, 4 system, 1 correct", rep.Tokens)
	}
	if f := rep.Tokens.F1(); f < 0.333 || f > 0.334 {
		t.Errorf("tokens F1 %.4f, want 1/3", f)
	}
	// "percent" is aligned, but its head "3" is aligned to no gold word.
	if rep.UAS.Correct != 0 || rep.UAS.Aligned != 1 || rep.UPOS.Correct != 1 {
		t.Errorf("UAS %+v, UPOS %+v; want UAS 0 of 1 aligned, UPOS 1", rep.UAS, rep.UPOS)
	}
}

func TestLemmaUnderscore(t *testing.T) {
	g := parse(t, "1 | Hi | _ | INTJ | UH | _ | 0 | root | _ | _")
	s := parse(t, "1 | Hi | hi | INTJ | UH | _ | 0 | root | _ | _")
	rep := evaluate(t, g, s)
	if rep.Lemmas.Correct != 1 {
		t.Errorf("a gold lemma of _ must match any system lemma: %+v", rep.Lemmas)
	}
}

func TestUnknownHeads(t *testing.T) {
	g := parse(t, "1 | Hi | hi | INTJ | UH | _ | 0 | root | _ | _")
	s := parse(t, "1 | Hi | _ | _ | _ | _ | _ | _ | _ | _")
	rep := evaluate(t, g, s)
	if rep.UAS.Correct != 0 || rep.Words.Correct != 1 {
		t.Errorf("HEAD _ must never be correct: UAS %+v, words %+v", rep.UAS, rep.Words)
	}
}

func TestTextMismatch(t *testing.T) {
	g := parse(t, "1 | Hi | hi | INTJ | UH | _ | 0 | root | _ | _")
	s := parse(t, "1 | Ho | ho | INTJ | UH | _ | 0 | root | _ | _")
	_, err := langeval.Evaluate(g, s)
	var e *langeval.Error
	if !errors.As(err, &e) || !strings.Contains(err.Error(), `"i"`) || !strings.Contains(err.Error(), `"o"`) {
		t.Errorf("Evaluate: error %v, want an *Error showing the differing text", err)
	}
}

func TestSpacesInForms(t *testing.T) {
	g := parse(t, "1 | 10\u00a0000 | 10000 | NUM | CD | _ | 0 | root | _ | _")
	s := parse(t, "1 | 10 | 10 | NUM | CD | _ | 0 | root | _ | SpaceAfter=No\n2 | 000 | 000 | NUM | CD | _ | 1 | flat | _ | _")
	rep, err := langeval.Evaluate(g, s)
	if err != nil {
		t.Fatalf("forms with spaces must align: %v", err)
	}
	if rep.Tokens.Correct != 0 || rep.Tokens.System != 2 {
		t.Errorf("tokens %+v", rep.Tokens)
	}
}

func TestEmpty(t *testing.T) {
	rep := evaluate(t, nil, nil)
	if rep.LAS.F1() != 0 {
		t.Errorf("empty input F1 %.2f, want 0", rep.LAS.F1())
	}
}

func TestWriteTable(t *testing.T) {
	rep := evaluate(t, parse(t, gold), sys(t, "5 | Xi | Xi | PROPN | NNP | Number=Sing | 4 | obj",
		"5 | Xi | Xi | PROPN | NNP | Number=Sing | 1 | obj"))
	table := rep.String()
	for _, want := range []string{
		"Metric     | Precision |    Recall |  F1 Score | AligndAcc\n",
		"Tokens     |    100.00 |    100.00 |    100.00 |\n",
		"UAS        |     90.00 |     90.00 |     90.00 |     90.00\n",
		"CLAS       |     83.33 |     83.33 |     83.33 |     83.33\n",
	} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if n := strings.Count(table, "\n"); n != 15 {
		t.Errorf("table has %d lines, want 15", n)
	}
	var b strings.Builder
	if err := rep.WriteTable(&b, "Tokens", "UAS"); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "\n"); n != 4 || !strings.Contains(b.String(), "UAS") {
		t.Errorf("table of two metrics:\n%s", b.String())
	}
}

func TestRawText(t *testing.T) {
	g := parse(t, `
# newdoc id = d1
# newpar id = p1
1 | Hello | hello | INTJ | UH | _ | 0 | root | _ | SpaceAfter=No
2 | . | . | PUNCT | . | _ | 1 | punct | _ | _

1 | Bye | bye | INTJ | UH | _ | 0 | root | _ | _

# newpar id = p2
1-2 | don't | _ | _ | _ | _ | _ | _ | _ | SpaceAfter=No
1 | do | do | AUX | VBP | _ | 3 | aux | _ | _
2 | n't | not | PART | RB | _ | 3 | advmod | _ | _
3 | ! | ! | PUNCT | . | _ | 0 | root | _ | _

# newdoc id = d2
1 | Next | next | ADJ | JJ | _ | 0 | root | _ | _`)
	want := "Hello. Bye\n\ndon't!\n\nNext"
	if got := langeval.RawText(g); got != want {
		t.Errorf("RawText = %q, want %q", got, want)
	}
}

// words builds one sentence from tokens written as "form" or, for a
// multiword token, "form word word...".
func words(t *testing.T, toks ...string) []*conllu.Sentence {
	t.Helper()
	var b strings.Builder
	n := 0
	for _, tok := range toks {
		parts := strings.Split(tok, " ")
		if len(parts) == 1 {
			n++
			fmt.Fprintf(&b, "%d\t%s\t_\t_\t_\t_\t%d\t_\t_\t_\n", n, tok, min(n-1, 1))
			continue
		}
		fmt.Fprintf(&b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", n+1, n+len(parts)-1, parts[0])
		for _, w := range parts[1:] {
			n++
			fmt.Fprintf(&b, "%d\t%s\t_\t_\t_\t_\t%d\t_\t_\t_\n", n, w, min(n-1, 1))
		}
	}
	sents, err := conllu.ReadAll(strings.NewReader(b.String()), "words")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// TestAlignment checks word alignment on the cases the CoNLL 2018 script
// tests itself with.
func TestAlignment(t *testing.T) {
	tests := []struct {
		gold, system []string
		correct      int
	}{
		{[]string{"a"}, []string{"a"}, 1},
		{[]string{"a", "b", "c"}, []string{"a", "b", "c"}, 3},
		{[]string{"abc a b c"}, []string{"a", "b", "c"}, 3},
		{[]string{"a", "bc b c", "d"}, []string{"a", "b", "c", "d"}, 4},
		{[]string{"abcd a b c d"}, []string{"ab a b", "cd c d"}, 4},
		{[]string{"abc a b c", "de d e"}, []string{"a", "bcd b c d", "e"}, 5},
		{[]string{"abcd"}, []string{"a", "b", "c", "d"}, 0},
		{[]string{"abc", "d"}, []string{"a", "b", "c", "d"}, 1},
		{[]string{"a", "bc", "d"}, []string{"a", "b", "c", "d"}, 2},
		{[]string{"a", "bc b c", "d"}, []string{"a", "b", "cd"}, 2},
		{[]string{"abc a BX c", "def d EX f"}, []string{"ab a b", "cd c d", "ef e f"}, 4},
		{[]string{"ab a b", "cd bc d"}, []string{"a", "bc", "d"}, 2},
		{[]string{"a", "bc b c", "d"}, []string{"ab AX BX", "cd CX a"}, 1},
	}
	count := func(toks []string) int {
		n := 0
		for _, tok := range toks {
			n += max(1, strings.Count(tok, " "))
		}
		return n
	}
	for _, tc := range tests {
		rep, err := langeval.Evaluate(words(t, tc.gold...), words(t, tc.system...))
		if err != nil {
			t.Fatalf("%q vs %q: %v", tc.gold, tc.system, err)
		}
		want := langeval.Score{Gold: count(tc.gold), System: count(tc.system), Correct: tc.correct, Aligned: -1}
		if rep.Words != want {
			t.Errorf("%q vs %q: words %+v, want %+v", tc.gold, tc.system, rep.Words, want)
		}
	}
	if _, err := langeval.Evaluate(words(t, "a"), words(t, "b")); err == nil {
		t.Error("different texts: no error")
	}
}
