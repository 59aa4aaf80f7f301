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

// defaultExtractor returns the extractor on the built-in lexicon.
func defaultExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	lex, err := DefaultLexicon()
	if err != nil {
		tb.Fatal(err)
	}
	return New(lex)
}

// handWant is an expected attribution in a hand-parsed document: the texts
// of its parts and the speaker's actor code and name.
type handWant struct {
	direct                bool
	speaker, cue, content string
	code, name            string
}

// TestExtractHandParsed checks the extractor on parses written by hand, so
// that it does not depend on the trained models.
func TestExtractHandParsed(t *testing.T) {
	blinken := text.Actor{Code: "USAGOV", Country: "USA", Name: "Antony Blinken", Kind: text.KindPerson}
	tests := []struct {
		name  string
		x     *Extractor
		words []handToken
		// actor, when set, is the actor the first word mentions.
		actor *text.Actor
		want  []handWant
	}{
		{
			name: "OK/Direct", x: defaultExtractor(t), actor: &blinken,
			words: []handToken{
				{"Blinken", "Blinken", "PROPN", "NNP", 2, "nsubj"},
				{"said", "say", "VERB", "VBD", 0, "root"},
				{",", ",", "PUNCT", ",", 2, "punct"},
				{"“", "\"", "PUNCT", "``", 7, "punct"},
				{"We", "we", "PRON", "PRP", 6, "nsubj"},
				{"had", "have", "VERB", "VBD", 2, "ccomp"},
				{"talks", "talk", "NOUN", "NNS", 6, "obj"},
				{".", ".", "PUNCT", ".", 6, "punct"},
				{"”", "\"", "PUNCT", "''", 2, "punct"},
			},
			want: []handWant{{true, "Blinken", "said", "We had talks.", "USAGOV", "Antony Blinken"}},
		},
		{
			// "Blinken, who warned that talks failed": the pronoun in the
			// text, the antecedent's actor.
			name: "OK/RelativePronoun", x: defaultExtractor(t), actor: &blinken,
			words: []handToken{
				{"Blinken", "Blinken", "PROPN", "NNP", 0, "root"},
				{",", ",", "PUNCT", ",", 4, "punct"},
				{"who", "who", "PRON", "WP", 4, "nsubj"},
				{"warned", "warn", "VERB", "VBD", 1, "acl:relcl"},
				{"that", "that", "SCONJ", "IN", 7, "mark"},
				{"talks", "talk", "NOUN", "NNS", 7, "nsubj"},
				{"failed", "fail", "VERB", "VBD", 4, "ccomp"},
			},
			want: []handWant{{false, "who", "warned", "talks failed", "USAGOV", "Antony Blinken"}},
		},
		{
			name: "OK/NilLexicon", x: New(nil),
			words: []handToken{
				{"He", "he", "PRON", "PRP", 2, "nsubj"},
				{"said", "say", "VERB", "VBD", 0, "root"},
				{"“", "\"", "PUNCT", "``", 4, "punct"},
				{"no", "no", "INTJ", "UH", 2, "ccomp"},
				{"”", "\"", "PUNCT", "''", 4, "punct"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := handDocument(tt.words)
			if tt.actor != nil {
				doc.Mentions = []text.Mention{{Start: 0, End: 1, Head: 0, Span: doc.Tokens[0].Span, Actors: []text.Actor{*tt.actor}}}
			}
			got := tt.x.Extract(doc)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				q := got[i]
				if q.Direct != w.direct || q.Speaker.Code != w.code || q.Speaker.Name != w.name {
					t.Errorf("quote %d: direct %v speaker %q/%q, want %v %q/%q", i, q.Direct, q.Speaker.Code, q.Speaker.Name, w.direct, w.code, w.name)
				}
				// The words of a hand-parsed sentence are unique, so the
				// text pins the offsets.
				for _, part := range []struct {
					name string
					got  text.Participant
					want string
				}{{"speaker", q.Speaker, w.speaker}, {"cue", q.Cue, w.cue}, {"content", q.Content, w.content}} {
					at := strings.Index(doc.Text, part.want)
					if part.got.Text != part.want || part.got.Span != (text.Span{Start: at, End: at + len(part.want)}) {
						t.Errorf("quote %d: %s %q %v, want %q at %d", i, part.name, part.got.Text, part.got.Span, part.want, at)
					}
				}
			}
		})
	}
}

// TestExtractBadParse feeds parses that break every rule: cycles, heads
// out of range, mentions and sentences out of range.
func TestExtractBadParse(t *testing.T) {
	x := defaultExtractor(t)
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
	x := defaultExtractor(f)
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
