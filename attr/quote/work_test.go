package quote

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/text"
)

// handToken describes a hand-parsed word: form, lemma, UPOS, XPOS, head
// (1-based within the sentence, 0 for the root) and relation, as CoNLL-U
// writes them.
type handToken struct {
	form, lemma, upos, xpos string
	head                    int
	rel                     string
}

// handDocument builds a one-sentence document from hand-parsed words
// separated by single spaces, except that no space precedes punctuation
// after a word and none follows an opening quotation mark.
func handDocument(words []handToken) *text.Document {
	var b strings.Builder
	doc := &text.Document{ID: "hand"}
	for i, w := range words {
		if i > 0 && !(strings.ContainsAny(w.form, ",.”:") && len(w.form) <= 3) && words[i-1].form != "“" {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w.form)
		doc.Tokens = append(doc.Tokens, text.Token{
			Span: text.Span{Start: start, End: b.Len()}, Form: w.form, Lemma: w.lemma,
			UPOS: w.upos, XPOS: w.xpos, Head: w.head - 1, DepRel: w.rel, MultiWord: -1,
		})
	}
	doc.Text = b.String()
	n := len(doc.Tokens)
	doc.Sentences = []text.Sentence{{Start: 0, End: n, Span: text.Span{Start: 0, End: len(doc.Text)}, ParagraphStart: true}}
	return doc
}

// TestExtractHandParsed checks the extractor on parses written by hand, so
// that it does not depend on the trained models.
func TestExtractHandParsed(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	x := New(lex)
	blinken := text.Actor{Code: "USAGOV", Country: "USA", Name: "Antony Blinken", Kind: text.KindPerson}

	t.Run("OK/Direct", func(t *testing.T) {
		doc := handDocument([]handToken{
			{"Blinken", "Blinken", "PROPN", "NNP", 2, "nsubj"},
			{"said", "say", "VERB", "VBD", 0, "root"},
			{",", ",", "PUNCT", ",", 2, "punct"},
			{"“", "\"", "PUNCT", "``", 7, "punct"},
			{"We", "we", "PRON", "PRP", 6, "nsubj"},
			{"had", "have", "VERB", "VBD", 2, "ccomp"},
			{"talks", "talk", "NOUN", "NNS", 6, "obj"},
			{".", ".", "PUNCT", ".", 6, "punct"},
			{"”", "\"", "PUNCT", "''", 2, "punct"},
		})
		doc.Mentions = []text.Mention{{Start: 0, End: 1, Head: 0, Span: doc.Tokens[0].Span, Actors: []text.Actor{blinken}}}
		got := x.Extract(doc)
		if len(got) != 1 {
			t.Fatalf("got %d quotes: %+v", len(got), got)
		}
		q := got[0]
		if !q.Direct || q.Content.Text != "We had talks." || q.Speaker.Text != "Blinken" || q.Speaker.Name != "Antony Blinken" || q.Cue.Text != "said" {
			t.Errorf("got %+v", q)
		}
		if q.Content.Span != (text.Span{Start: strings.Index(doc.Text, "We"), End: strings.Index(doc.Text, "”")}) {
			t.Errorf("content span %v in %q", q.Content.Span, doc.Text)
		}
	})
	t.Run("OK/RelativePronoun", func(t *testing.T) {
		// "Blinken, who warned that talks failed": the pronoun in the
		// text, the antecedent's actor.
		doc := handDocument([]handToken{
			{"Blinken", "Blinken", "PROPN", "NNP", 0, "root"},
			{",", ",", "PUNCT", ",", 4, "punct"},
			{"who", "who", "PRON", "WP", 4, "nsubj"},
			{"warned", "warn", "VERB", "VBD", 1, "acl:relcl"},
			{"that", "that", "SCONJ", "IN", 7, "mark"},
			{"talks", "talk", "NOUN", "NNS", 7, "nsubj"},
			{"failed", "fail", "VERB", "VBD", 4, "ccomp"},
		})
		doc.Mentions = []text.Mention{{Start: 0, End: 1, Head: 0, Span: doc.Tokens[0].Span, Actors: []text.Actor{blinken}}}
		got := x.Extract(doc)
		if len(got) != 1 {
			t.Fatalf("got %d quotes: %+v", len(got), got)
		}
		q := got[0]
		if q.Direct || q.Content.Text != "talks failed" || q.Speaker.Text != "who" || q.Speaker.Code != "USAGOV" || q.Cue.Text != "warned" {
			t.Errorf("got %+v", q)
		}
	})
	t.Run("OK/NilLexicon", func(t *testing.T) {
		doc := handDocument([]handToken{
			{"He", "he", "PRON", "PRP", 2, "nsubj"},
			{"said", "say", "VERB", "VBD", 0, "root"},
			{"“", "\"", "PUNCT", "``", 4, "punct"},
			{"no", "no", "INTJ", "UH", 2, "ccomp"},
			{"”", "\"", "PUNCT", "''", 4, "punct"},
		})
		if got := New(nil).Extract(doc); len(got) != 0 {
			t.Errorf("without a lexicon, got %+v", got)
		}
	})
}

// TestExtractBadParse feeds parses that break every rule: cycles, heads
// out of range, mentions and sentences out of range.
func TestExtractBadParse(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	x := New(lex)
	words := []handToken{
		{"“", "\"", "PUNCT", "``", 3, "punct"},
		{"They", "they", "PRON", "PRP", 3, "nsubj"},
		{"said", "say", "VERB", "VBD", 4, "ccomp"},
		{"that", "that", "SCONJ", "IN", 5, "mark"},
		{"according", "accord", "VERB", "VBG", 3, "case"},
		{"to", "to", "ADP", "IN", 99, "fixed"},
		{"he", "he", "PRON", "PRP", -7, "nsubj"},
		{"told", "tell", "VERB", "VBD", 8, "parataxis"},
		{"”", "\"", "PUNCT", "''", 2, "punct"},
	}
	for _, mutate := range []func(*text.Document){
		func(*text.Document) {},
		func(d *text.Document) { d.Mentions = []text.Mention{{Start: -3, End: 40, Head: 99}} },
		func(d *text.Document) { d.Sentences[0].End = 50 },
		func(d *text.Document) { d.Sentences = append(d.Sentences, text.Sentence{Start: 7, End: 3}) },
		func(d *text.Document) {
			for i := range d.Tokens {
				d.Tokens[i].Head = (i + 1) % len(d.Tokens) // one big cycle
			}
		},
		func(d *text.Document) { d.Tokens[3].Span = text.Span{Start: 500, End: 400} },
	} {
		doc := handDocument(words)
		mutate(doc)
		for _, q := range x.Extract(doc) {
			for _, p := range []text.Participant{q.Speaker, q.Cue, q.Content} {
				if p.Text != doc.SpanText(p.Span) {
					t.Errorf("text %q is not the text at %v", p.Text, p.Span)
				}
			}
		}
	}
}

// FuzzExtractTokens runs the extractor over documents whose words, tags and
// heads come from the fuzzer.
func FuzzExtractTokens(f *testing.F) {
	f.Add("Blinken said , “ We had talks . ”", []byte{2, 0, 2, 7, 6, 2, 6, 6, 2})
	f.Add("according to officials the talks failed", []byte{3, 1, 6, 5, 6, 0})
	f.Add("“ a ” said he ; “ b", []byte{255, 0, 1, 2, 3, 4, 5, 6})
	upos := []string{"VERB", "NOUN", "PROPN", "PRON", "PUNCT", "SCONJ", "ADP", "ADV", "AUX", "DET"}
	xpos := []string{"VBD", "NN", "NNP", "PRP", ",", "IN", "IN", "RB", "MD", "DT"}
	rels := []string{"nsubj", "ccomp", "obj", "parataxis", "punct", "mark", "case", "xcomp", "acl:relcl", "conj", "obl", "compound:prt", "advcl", "aux:pass"}
	lex, err := DefaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	x := New(lex)
	f.Fuzz(func(t *testing.T, s string, tags []byte) {
		words := strings.Fields(s)
		if len(words) > 300 {
			words = words[:300]
		}
		var hw []handToken
		for i, w := range words {
			var b byte
			if i < len(tags) {
				b = tags[i]
			}
			lemma := strings.ToLower(w)
			hw = append(hw, handToken{w, lemma, upos[int(b)%len(upos)], xpos[int(b)%len(xpos)], int(b) % (len(words) + 2), rels[int(b)%len(rels)]})
		}
		if len(hw) == 0 {
			return
		}
		doc := handDocument(hw)
		if len(tags) > 0 && tags[0]%3 == 0 {
			doc.Mentions = []text.Mention{{Start: int(tags[0]) % len(hw), End: len(hw), Actors: []text.Actor{{Code: "X"}}}}
		}
		for _, q := range x.Extract(doc) {
			for _, p := range []text.Participant{q.Speaker, q.Cue, q.Content} {
				if p.Text != doc.SpanText(p.Span) {
					t.Fatalf("text %q is not the text at %v", p.Text, p.Span)
				}
			}
		}
	})
}
