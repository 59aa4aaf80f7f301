package language

import (
	"context"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parleyproject/parley/models"
	"github.com/parleyproject/parley/text"
)

func newCore(tb testing.TB) *Core {
	tb.Helper()
	m, err := models.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return New(m)
}

func TestAnnotate(t *testing.T) {
	c := newCore(t)
	doc := &text.Document{Text: "Blinken met Xi in Beijing on Monday. He said talks went well."}
	if err := c.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(doc.Sentences))
	}
	want := map[string]struct{ upos, lemma, rel string }{
		"met":  {"VERB", "meet", "root"},
		"Xi":   {"PROPN", "Xi", "obj"},
		"said": {"VERB", "say", "root"},
		"He":   {"PRON", "he", "nsubj"},
	}
	for _, tok := range doc.Tokens {
		w, ok := want[tok.Form]
		if !ok {
			continue
		}
		if tok.UPOS != w.upos || tok.Lemma != w.lemma || tok.DepRel != w.rel {
			t.Errorf("%s: %s %s %s, want %s %s %s", tok.Form, tok.UPOS, tok.Lemma, tok.DepRel, w.upos, w.lemma, w.rel)
		}
	}
}

// TestFiniteVerb checks that a wire-copy sentence whose verb the tagger
// reads as a modifier ("on Tuesday freed activist pastor") gets it back as
// its predicate, and that a participle in a sentence with a verb stays.
func TestFiniteVerb(t *testing.T) {
	c := newCore(t)
	tests := []struct {
		sentence, word, xpos, rel string
	}{
		{"A Zimbabwean court on Tuesday freed activist pastor Evan Mawarire.", "freed", "VBD", "root"},
		{"U.S. officials and presidential candidates called for an end to the violence.", "called", "VBD", "root"},
		{"The court said the freed activist pastor would leave.", "freed", "VBN", "amod"},
		{"Armed men kidnap two oil workers on the road to Port Harcourt.", "kidnap", "VBP", "root"},
		{"The 13 OPEC members pump about 40 percent of the oil.", "pump", "VBP", "root"},
		{"Please, let me know when the offices open.", "know", "VB", "xcomp"},
		// After a modal a verb stands, even one known as an adjective,
		// but not in a question.
		{"Israel announced it would free over 150 Palestinian prisoners.", "free", "VB", "ccomp"},
		{"The deal would total about $5 billion.", "total", "VB", "root"},
		{"The bank could next year raise rates.", "next", "JJ", "amod"},
		{"But will diplomacy work?", "diplomacy", "NN", "nsubj"},
		// "A" or "an" cannot go with a plural noun: the plural modifies
		// the noun after it.
		{"India signed an arms deal with Russia on Monday.", "deal", "NN", "obj"},
		// Auxiliaries are a closed class: a name that ends like one is a
		// name, but not in title case.
		{"\"Let the dollars follow the family,\" DeSantis said about Title I.", "DeSantis", "NNP", "nsubj"},
		{"Catastrophe Will Be Averted, Officials Say", "Will", "MD", "aux"},
		{"Boeing cheered the decision.", "Boeing", "NNP", "nsubj"},
		{"Will the talks resume?", "Will", "MD", "aux"},
		// A finite verb in a relative clause leaves the main clause none.
		{"Police used pepper gas and batons to subdue protesters who smashed store windows.", "used", "VBD", "root"},
		// The finite verbs of a quotation are its own, and a quotation
		// mark may follow the full stop.
		{"Hillary Clinton's right-hand woman rallied supporters, saying: \"We have to be ready to stop him.\"", "rallied", "VBD", "root"},
		{"\"We have to be ready to stop him,\" the aide said.", "have", "VBP", "ccomp"},
		// A code of letters and digits is a name, not a number.
		{"British Prime Minister Tony Blair has backed G8 expansion.", "G8", "NNP", "compound"},
		{"G20 finance ministers and central bank governors meet annually.", "G20", "NNP", "compound"},
		// A word of a name the model reads as an adjective may be the
		// subject before the verb.
		{"The deal with battery maker China Strategic sparked protests in Taiwan.", "sparked", "VBD", "root"},
		// A subject may be set off from its verb by a phrase between
		// commas.
		{"Britain's Brown, on a visit to Gulf states, called on Saudi Arabia to help.", "called", "VBD", "root"},
		{"Saudi Arabia, for example, promised $67 billion to build homes.", "promised", "VBD", "root"},
		// An infinitive is no imperative that would make the sentence need no
		// finite verb; a singular noun set off from its verb by an
		// apposition is a subject too.
		{"Trump's running mate, Indiana Gov. Mike Pence, plans to release his own returns soon.", "plans", "VBZ", "root"},
		{"At that time, Annan demanded steps be taken to end the violence.", "be", "VB", "aux:pass"},
		// Names joined by "and" are a plural subject; common nouns may be
		// a fragment.
		{"EU and UN hand over urgently needed medical supplies to the Nigerian Government.", "hand", "VBP", "root"},
		{"Excellent service and quality work.", "work", "NN", "conj"},
		// A function word in capitals is a name after "the" or alone in
		// parentheses, and a word in capitals elsewhere keeps its tag.
		{"The WHO warned China on Monday.", "WHO", "NNP", "nsubj"},
		{"Trump sent a letter to the World Health Organization (WHO) threatening to pull funding.", "WHO", "NNP", "appos"},
		{"We will NOT accept this deal.", "NOT", "RB", "advmod"},
		// Guillemets are punctuation; a curly apostrophe keeps its tag.
		{"«We hope for peace,» he emphasized.", "»", "''", "punct"},
		{"Morales’ supporters denounced his ousting.", "’", "POS", "case"},
		// A participle set off by a comma that the parser hung from the
		// full stop modifies the clause.
		{"Germany has been the second-largest donor, contributing $46 million to Iraq.", "contributing", "VBG", "advcl"},
		// A subordinator the transitions made a preposition of the clause's
		// subject marks the clause.
		{"The debt's value fell as investors also worried the rulings would limit it.", "investors", "NNS", "nsubj"},
		// Also when the noun hangs from a noun of the clause, unless a
		// coordinator makes it a conjunct.
		{"Venezuela has ordered U.S. airlines to reduce flights after the United States questioned the country's airport security, a local newspaper reported on Friday.", "States", "NNPS", "nsubj"},
		{"Stocks rose on Tuesday but were far off session highs after top Republicans voiced support for the president's call for military strikes.", "Republicans", "NNPS", "nsubj"},
		// A noun with modifiers of its own, and a time phrase hung from
		// the verb before, between it and its verb.
		{"Shell has sought to limit the damage since the pipeline blast on May 3 killed four workers and the well began leaking oil.", "blast", "NN", "nsubj"},
		// A reporting verb tensed by its auxiliary is no subject of the
		// clause it reports.
		{"Obama has declared the Iraq war will end for the United States by the end of 2011.", "war", "NN", "nsubj"},
		// A capitalised word after "to" is a name, not an infinitive, but
		// not in title case.
		{"The agency is dispatching a team to Detroit to investigate a collision.", "Detroit", "NNP", "obl"},
		// An irregular past tense that is also a participle is the verb
		// of a sentence that has none.
		{"Militants set off a car bomb in Baghdad.", "set", "VBD", "root"},
		// A capitalised verb form before a name inside a sentence starts
		// the name; after "to", a name of an organisation keeps its verb.
		{"However, later on Thursday evening, Bar Lev released a statement.", "Bar", "NNP", "nsubj"},
		{"Officials said Committee to Protect Journalists staff were detained.", "Protect", "VB", "xcomp"},
		// A word of letters is no punctuation ("say" was read as a comma
		// after a month).
		{"Democrats trying to regain control of the Senate in November say they have a new weapon.", "say", "VBP", "root"},
		{"How to Make Money", "Make", "VB", "root"},
		// A participle the parse gives an active subject and an object,
		// with no auxiliary, is a past tense; a passive one is not.
		{"Obering expressed surprise at the reaction and said the missile would work.", "expressed", "VBD", "root"},
		{"Chavez also repeated threats to cut oil sales to the United States.", "repeated", "VBD", "root"},
		{"The threats were repeated by Chavez.", "repeated", "VBN", "root"},
		// A participle set off by commas after the subject modifies it.
		{"Hu, branded a turncoat on the Chinese internet, was seen as a spy.", "branded", "VBN", "acl"},
		{"Hu, branded a turncoat on the Chinese internet, was seen as a spy.", "Hu", "NNP", "nsubj:pass"},
	}
	for _, tt := range tests {
		doc := &text.Document{Text: tt.sentence}
		if err := c.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, tok := range doc.Tokens {
			if tok.Form != tt.word {
				continue
			}
			found = true
			if tok.XPOS != tt.xpos || tok.DepRel != tt.rel {
				t.Errorf("%q: %s is %s %s, want %s %s", tt.sentence, tt.word, tok.XPOS, tok.DepRel, tt.xpos, tt.rel)
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.sentence, tt.word)
		}
	}
}

// TestIrregularVerbs checks that past forms of irregular verbs the
// treebanks seldom show are past-tense verbs of their base.
func TestIrregularVerbs(t *testing.T) {
	c := newCore(t)
	tests := []struct{ sentence, word, lemma string }{
		{"Problems arose quickly after the vote.", "arose", "arise"},
		{"The army overthrew the king in 1958.", "overthrew", "overthrow"},
		{"UN chief withdrew peacekeepers from Rwanda.", "withdrew", "withdraw"},
	}
	for _, tt := range tests {
		doc := &text.Document{Text: tt.sentence}
		if err := c.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(doc.Tokens, func(tok text.Token) bool { return tok.Form == tt.word })
		if i < 0 {
			t.Fatalf("%q: no token %q", tt.sentence, tt.word)
		}
		if tok := doc.Tokens[i]; tok.XPOS != "VBD" || tok.Lemma != tt.lemma {
			t.Errorf("%q: %s is %s with lemma %q, want VBD %q", tt.sentence, tt.word, tok.XPOS, tok.Lemma, tt.lemma)
		}
	}
}

// newsText returns the bundled example articles' text.
func newsText(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile("../examples/articles.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.Index(line, `"text": "`); i >= 0 {
			t := line[i+len(`"text": "`):]
			t = strings.TrimSuffix(t, `"}`)
			b.WriteString(strings.NewReplacer(`\n`, "\n", `\"`, `"`).Replace(t))
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkAnnotate measures segment + tokenize + tag + lemmatize + parse on
// news text; run with -cpu 1 for the per-core figure.
func BenchmarkAnnotate(b *testing.B) {
	c := newCore(b)
	src := newsText(b)
	ctx := context.Background()
	tokens := 0
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc := &text.Document{Text: src}
		if err := c.Annotate(ctx, doc); err != nil {
			b.Fatal(err)
		}
		tokens += len(doc.Tokens)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time also counts other processes; CPU time
	// counts only ours.
	b.ReportMetric(float64(tokens)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
}

// cpuTime returns the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLemmatize measures lemmas and features of tagged news text, once
// the goroutine's memo has seen its words.
func BenchmarkLemmatize(b *testing.B) {
	c := newCore(b)
	doc := &text.Document{Text: newsText(b)}
	if err := c.Annotate(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range doc.Sentences {
			c.lemmatize(doc.Tokens[s.Start:s.End])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(doc.Tokens)), "ns/token")
}
