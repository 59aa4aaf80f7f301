// Package text holds Parley's domain types: a document and the layers that each
// pipeline stage adds to it.
//
// A Document owns its text and a flat slice of tokens; sentences, mentions,
// events and quotes refer to tokens by index and to text by byte Span, so the
// original text can always be rebuilt exactly and nothing is copied.
package text

import (
	"time"
)

// Span is a half-open byte range [Start, End) into a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlap returns the number of bytes s and o share.
func (s Span) Overlap(o Span) int {
	lo, hi := max(s.Start, o.Start), min(s.End, o.End)
	if hi <= lo {
		return 0
	}
	return hi - lo
}

// MarshalJSON writes a span as the two-element array [start, end] used by the
// output contracts.
func (s Span) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, '[')
	b = appendInt(b, s.Start)
	b = append(b, ',')
	b = appendInt(b, s.End)
	b = append(b, ']')
	return b, nil
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

// Document is one news article (or any text) and every annotation layer that
// the pipeline has added to it.
type Document struct {
	ID     string
	URL    string
	Title  string
	Source string
	// Byline names the author(s) as the source gives them; empty when unknown.
	Byline string
	// Date is the publication date; zero when unknown (coding then takes
	// the date of a dateline that opens the text, if any).
	Date time.Time
	Text string

	// Tokens holds every syntactic word of the document in text order
	// (language core).
	Tokens []Token
	// Sentences partitions Tokens (language core).
	Sentences []Sentence

	// Mentions are the actor mentions found (actors).
	Mentions []Mention
	// Events are the coded events (events).
	Events []Event
	// Quotes are the attributions found (attributes).
	Quotes []Quote
	// Places are the place mentions resolved (attributes).
	Places []Place
	// Tone is the tone of the whole text; SentenceTone that of each sentence
	// (attributes).
	Tone         Tone
	SentenceTone []Tone
}

// Token is one syntactic word in Universal Dependencies terms. A surface token
// that UD splits into several words ("don't" → "do" "n't") is several Tokens
// sharing a MultiWord group.
type Token struct {
	// Span locates the word in Document.Text; Form is Text[Span], kept for
	// convenience without copying.
	Span Span
	Form string

	Lemma string
	UPOS  string // universal part of speech (NOUN, VERB, ...)
	XPOS  string // Penn Treebank tag (NN, VBD, ...)
	Feats string // UD morphological features, "_" or "" when none

	// Head is the index in Document.Tokens of the syntactic head, or -1 for the
	// root of the sentence (and before parsing).
	Head int
	// DepRel is the UD v2 relation to the head, with subtype ("nsubj:pass").
	DepRel string

	// MultiWord is the index of the first word of the surface token this word
	// belongs to, or -1 when the word is a surface token of its own.
	MultiWord int
	// SpaceAfter reports whether whitespace follows the word in the text.
	SpaceAfter bool
}

// Sentence is a run of tokens [Start, End) in Document.Tokens.
type Sentence struct {
	Start, End int
	// Span covers the sentence's text, from its first token to its last.
	Span Span
	// ParagraphStart reports whether the sentence begins a paragraph.
	ParagraphStart bool
}

// Len returns the number of tokens in the sentence.
func (s Sentence) Len() int { return s.End - s.Start }

// SentenceText returns the text of sentence i.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Span.Start:s.Span.End]
}

// SpanText returns the text a span covers, clamped to the document.
func (d *Document) SpanText(s Span) string {
	lo, hi := max(0, s.Start), min(len(d.Text), s.End)
	if hi <= lo {
		return ""
	}
	return d.Text[lo:hi]
}

// Children returns the indices of the dependents of token i in sentence s, in
// text order.
func (d *Document) Children(s Sentence, i int) []int {
	var out []int
	for j := s.Start; j < s.End; j++ {
		if d.Tokens[j].Head == i {
			out = append(out, j)
		}
	}
	return out
}
