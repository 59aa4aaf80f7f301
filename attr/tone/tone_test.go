package tone

import (
	"math"
	"strings"
	"testing"

	"github.com/parleyproject/parley/internal/testdoc"
	"github.com/parleyproject/parley/text"
)

func TestSentence(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		text     string
		words    int
		pos, neg int
	}{
		{"Negative", "Gunmen killed 20 people in a brutal attack on Monday.", 10, 0, 4},
		{"Positive", "The two leaders welcomed the peace agreement.", 7, 3, 0},
		{"Mixed", "Leaders condemned the bombing but praised the ceasefire.", 8, 2, 2},
		{"NegatedPositive", "The talks were not constructive.", 5, 0, 1},
		{"NegatedNegative", "There was no violence at the rally.", 7, 0, 0},
		{"NegationEndsAtComma", "Officials did not comment, but condemned the attack.", 8, 0, 2},
		{"NegationReach", "He did not say whether the peace talks would go on.", 11, 1, 0},
		{"CaseAndInflection", "KILLINGS and Bombings Devastated the region.", 6, 0, 3},
		{"Contraction", "They didn't welcome the deal.", 6, 0, 2},
		{"According", "According to officials, the army advanced.", 6, 0, 0},
		{"Empty", "...", 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := testdoc.New(t, "", tc.text)
			// The test tokenizer leaves "didn't" whole; split it as UD does.
			doc = splitNegation(doc)
			got := l.Sentence(doc, 0)
			if got.WordCount != tc.words || got.PositiveWords != tc.pos || got.NegativeWords != tc.neg {
				t.Fatalf("got words=%d pos=%d neg=%d, want %d %d %d", got.WordCount, got.PositiveWords, got.NegativeWords, tc.words, tc.pos, tc.neg)
			}
			if tc.words > 0 {
				wantPos := 100 * float64(tc.pos) / float64(tc.words)
				wantNeg := 100 * float64(tc.neg) / float64(tc.words)
				if !near(got.Positive, wantPos) || !near(got.Negative, wantNeg) ||
					!near(got.Tone, wantPos-wantNeg) || !near(got.Polarity, wantPos+wantNeg) {
					t.Errorf("shares %+v, want positive %.3f negative %.3f", got, wantPos, wantNeg)
				}
			}
		})
	}
}

// splitNegation splits "didn't" into "did" and "n't" as the UD tokenizer does.
func splitNegation(doc *text.Document) *text.Document {
	var toks []text.Token
	for _, tok := range doc.Tokens {
		if i := strings.Index(tok.Form, "n't"); i > 0 && i == len(tok.Form)-3 {
			a, b := tok, tok
			a.Span.End = tok.Span.Start + i
			a.Form = tok.Form[:i]
			b.Span.Start = a.Span.End
			b.Form = "n't"
			toks = append(toks, a, b)
			continue
		}
		toks = append(toks, tok)
	}
	doc.Tokens = toks
	doc.Sentences = []text.Sentence{{Start: 0, End: len(toks), Span: text.Span{Start: 0, End: len(doc.Text)}}}
	return doc
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestLemmaLookup(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := testdoc.New(t, "", "Troops fought rebels.")
	doc.Tokens[1].Form = "foughtt" // a form the lexicon lacks ...
	doc.Tokens[1].Lemma = "fight"  // ... whose lemma it has
	got := l.Sentence(doc, 0)
	if got.NegativeWords != 2 { // "foughtt" via its lemma, "rebels" via "rebel"
		t.Errorf("got %+v, want 2 negative words", got)
	}
}

func TestDocumentAndScores(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := testdoc.New(t, "", "Rebels attacked the town. The government welcomed the truce and praised the mediators.")
	whole, sents := l.Scores(doc)
	if len(sents) != 2 {
		t.Fatalf("got %d sentence scores", len(sents))
	}
	if sents[0].NegativeWords != 2 || sents[1].PositiveWords != 4 { // welcomed, truce, praised, mediators
		t.Errorf("sentences %+v", sents)
	}
	if whole != l.Document(doc) || whole.WordCount != sents[0].WordCount+sents[1].WordCount ||
		whole.PositiveWords != 4 || whole.NegativeWords != 2 {
		t.Errorf("document %+v", whole)
	}
	if Score(doc, 1) != sents[1] || DocumentScore(doc) != whole {
		t.Error("package-level functions disagree with the lexicon's methods")
	}
	if (l.Sentence(doc, 7) != Tone{}) || (l.Sentence(nil, 0) != Tone{}) {
		t.Error("out of range sentence scored")
	}
}

func TestInflections(t *testing.T) {
	tests := map[string][]string{
		"attack":   {"attacks", "attacked", "attacking", "attackly"},
		"ban":      {"bans", "baned", "baning", "banned", "banning", "banly"},
		"agree":    {"agrees", "agreed", "agreeing", "agreely"},
		"bully":    {"bullies", "bullied", "bullying", "bullily"},
		"die":      {"dies", "died", "dying", "diely"},
		"terrible": {"terribles", "terribled", "terribling", "terribly"},
		"tragic":   {"tragics", "tragiced", "tragicing", "tragically"},
	}
	for w, want := range tests {
		got := inflections(w)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("inflections(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestParseLexicon(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		l, err := ParseLexicon(strings.NewReader("# x\npeace\t+\nwar\t-\naccording\t0\nnot\t!\n"), "x.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if l.Entries() != 4 || l.terms["wars"] != classNegative || l.terms["peaceful"] != classNone {
			t.Errorf("entries %d, terms %v", l.Entries(), l.terms)
		}
	})
	t.Run("ErrBadLines", func(t *testing.T) {
		in := "peace\t+\nWar\t-\nwar\t-\tx\ncalm\t?\npeace\t-\nhope\t+\n"
		l, err := ParseLexicon(strings.NewReader(in), "x.tsv")
		if err == nil {
			t.Fatal("no error")
		}
		for _, want := range []string{"x.tsv:2:", "x.tsv:3:", "x.tsv:4:", "x.tsv:5: \"peace\" already listed on line 1"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q lacks %q", err, want)
			}
		}
		if l.Entries() != 2 || l.terms["hope"] != classPositive {
			t.Errorf("good lines lost: %v", l.terms)
		}
	})
	t.Run("Builtin", func(t *testing.T) {
		l, err := Default()
		if err != nil {
			t.Fatal(err)
		}
		if l.Entries() < 2000 {
			t.Errorf("built-in lexicon has %d entries", l.Entries())
		}
		t.Logf("built-in lexicon: %d entries, %d forms", l.Entries(), l.Forms())
	})
}

func FuzzParseLexicon(f *testing.F) {
	f.Add(builtinLexicon[:2000])
	f.Add("a\t+\nb\t-\nc\t!\nd\t0\n\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		l, _ := ParseLexicon(strings.NewReader(in), "fuzz.tsv")
		if l == nil {
			t.Fatal("nil lexicon")
		}
	})
}

func FuzzScore(f *testing.F) {
	f.Add("They didn't welcome the deal, not at all.")
	f.Add("ÉCLATANT Ünrest’s n’t ...")
	l, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		doc := testdoc.New(t, "", in)
		whole, sents := l.Scores(doc)
		sum := 0
		for _, s := range sents {
			sum += s.WordCount
			if s.PositiveWords+s.NegativeWords > s.WordCount || s.Polarity < 0 || s.Polarity > 100 {
				t.Fatalf("bad tone %+v", s)
			}
		}
		if len(sents) > 0 && sum != whole.WordCount {
			t.Fatalf("document words %d, sentences %d", whole.WordCount, sum)
		}
	})
}
