package event_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleyproject/parley"
	"github.com/parleyproject/parley/text"
)

// FuzzCode runs random and adversarial text through the whole pipeline
// (parse, actors, events): it must never panic, every sentence's parse must
// be one tree, and every event must point into the document.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Blinken met Chinese President Xi Jinping in Beijing on Monday.",
		"Russia said it would not attack Ukraine, but Kyiv accused Moscow of shelling the plant.",
		"The US, Russia, and Switzerland met yesterday. Talks between Iran and the EU collapsed.",
		"France called on Russia to withdraw its troops from the cease-fire line.",
		"", ".", "\x00\xff", strings.Repeat("attack ", 300), "Obama's phone call with Putin's envoy to the U.N.-backed government",
		"\"We will free them,\" he said. 'They must leave!' -- X; Y: (Z) [W] {V}",
		"no no no not never if unless would could will should must",
		// A clause the parser hung from its own subject, which a repair
		// once made a cycle of.
		"U.S. defense company Raytheon Co. ( RTN.N ) is targeting Europe, the Middle East and Asia to capture a bigger share of growing worldwide demand for missile defense and homeland defense, a top company official told Reuters on Wednesday.",
	} {
		f.Add(s)
	}
	p, err := parley.New(parley.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 4000 {
			in = in[:4000]
		}
		doc := &text.Document{ID: "fuzz", Text: in}
		if err := p.Code(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for _, sent := range doc.Sentences {
			checkTree(t, doc.Tokens, sent.Start, sent.End)
		}
		for _, e := range doc.Events {
			if e.Evidence.Verb.Span.End > len(in) || e.Evidence.Verb.Span.Start < 0 {
				t.Fatalf("evidence span %v outside the text", e.Evidence.Verb.Span)
			}
			for _, part := range []*text.Participant{e.Source, e.Target} {
				if part != nil && (part.Span.Start < 0 || part.Span.End > len(in) || part.Span.Start > part.Span.End) {
					t.Fatalf("participant span %v outside the text", part.Span)
				}
			}
			if e.CAMEO.Code == "" || !utf8.ValidString(e.CAMEO.Name) {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}

// checkTree fails t unless tokens start..end-1 form one tree: one root, and
// every head within the sentence, reached without a cycle.
func checkTree(t *testing.T, toks []text.Token, start, end int) {
	t.Helper()
	roots := 0
	for i := start; i < end; i++ {
		if toks[i].Head < 0 {
			roots++
		}
		k := i
		for steps := 0; toks[k].Head >= 0; steps++ {
			if k = toks[k].Head; k < start || k >= end || steps > end-start {
				t.Fatalf("word %d of sentence %d-%d: head outside the sentence or a cycle", i, start, end)
			}
		}
	}
	if end > start && roots != 1 {
		t.Fatalf("sentence %d-%d has %d roots", start, end, roots)
	}
}
