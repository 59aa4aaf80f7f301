// Package tone scores sentences and documents with the shares of positive and
// negative words, in the manner of GDELT's tone.
package tone

import (
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
)

// Tone is the tone of a stretch of text. Shares are percentages of its words,
// as in GDELT's V2Tone: Tone = Positive − Negative, Polarity = Positive +
// Negative.
type Tone struct {
	Tone     float64 `json:"tone"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	Polarity float64 `json:"polarity"`
	// WordCount counts the words (tokens with a letter or digit).
	WordCount int `json:"word_count"`
	// PositiveWords and NegativeWords count the matches behind the shares.
	PositiveWords int `json:"positive_words"`
	NegativeWords int `json:"negative_words"`
}

// counts accumulates matches before they are turned into shares.
type counts struct{ words, pos, neg int }

func (c *counts) add(o counts) {
	c.words += o.words
	c.pos += o.pos
	c.neg += o.neg
}

func (c counts) tone() Tone {
	t := Tone{WordCount: c.words, PositiveWords: c.pos, NegativeWords: c.neg}
	if c.words > 0 {
		t.Positive = 100 * float64(c.pos) / float64(c.words)
		t.Negative = 100 * float64(c.neg) / float64(c.words)
		t.Tone = t.Positive - t.Negative
		t.Polarity = t.Positive + t.Negative
	}
	return t
}

// negationReach is how many words after a negator it still applies to.
const negationReach = 3

// Sentence returns the tone of sentence i of doc; the zero Tone when i is out
// of range.
func (l *Lexicon) Sentence(doc *text.Document, i int) Tone {
	if doc == nil || i < 0 || i >= len(doc.Sentences) {
		return Tone{}
	}
	s := doc.Sentences[i]
	return l.count(doc.Tokens, s.Start, s.End).tone()
}

// Document returns the tone of the whole document: its sentences together, or
// all its tokens when it has no sentences.
func (l *Lexicon) Document(doc *text.Document) Tone {
	if doc == nil {
		return Tone{}
	}
	if len(doc.Sentences) == 0 {
		return l.count(doc.Tokens, 0, len(doc.Tokens)).tone()
	}
	var total counts
	for _, s := range doc.Sentences {
		total.add(l.count(doc.Tokens, s.Start, s.End))
	}
	return total.tone()
}

// Scores returns the tone of the document and of each of its sentences in one
// pass.
func (l *Lexicon) Scores(doc *text.Document) (document Tone, sentences []Tone) {
	if doc == nil {
		return Tone{}, nil
	}
	sentences = make([]Tone, len(doc.Sentences))
	var total counts
	for i, s := range doc.Sentences {
		c := l.count(doc.Tokens, s.Start, s.End)
		sentences[i] = c.tone()
		total.add(c)
	}
	if len(doc.Sentences) == 0 {
		total = l.count(doc.Tokens, 0, len(doc.Tokens))
	}
	return total.tone(), sentences
}

// count matches tokens [start, end).
func (l *Lexicon) count(toks []text.Token, start, end int) counts {
	start, end = max(start, 0), min(end, len(toks))
	var c counts
	negated := 0 // words left in the reach of the last negator
	var buf [64]byte
	for j := start; j < end; j++ {
		t := &toks[j]
		if !isWord(t.Form) {
			if breaksNegation(t.Form) {
				negated = 0
			}
			continue
		}
		c.words++
		class := l.lookup(t, buf[:0])
		switch class {
		case classNegator:
			negated = negationReach
			continue
		case classPositive:
			if negated > 0 {
				c.neg++
			} else {
				c.pos++
			}
		case classNegative:
			if negated == 0 {
				c.neg++
			}
		}
		if negated > 0 {
			negated--
		}
	}
	return c
}

// lookup finds the class of a token by its lower-cased form, then its lemma.
func (l *Lexicon) lookup(t *text.Token, buf []byte) class {
	if c, ok := l.find(t.Form, buf); ok {
		return c
	}
	if t.Lemma != "" && t.Lemma != "_" && t.Lemma != t.Form {
		if c, ok := l.find(t.Lemma, buf); ok {
			return c
		}
	}
	return classNone
}

// find looks a word up case-insensitively, lower-casing ASCII into buf so
// that the lookup does not allocate.
func (l *Lexicon) find(w string, buf []byte) (class, bool) {
	upper, ascii := false, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	switch {
	case !upper && ascii:
		c, ok := l.terms[w]
		return c, ok
	case ascii && len(w) <= cap(buf):
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		c, ok := l.terms[string(buf)]
		return c, ok
	}
	c, ok := l.terms[normalise(w)]
	return c, ok
}

func isWord(f string) bool {
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// breaksNegation reports whether a punctuation token ends a negator's reach.
func breaksNegation(f string) bool {
	switch f {
	case ",", ";", ":", ".", "!", "?", "--", "—", "–", "(", ")":
		return true
	}
	return false
}

// Score returns the tone of sentence i of doc with the built-in lexicon.
func Score(doc *text.Document, i int) Tone {
	l, err := Default()
	if err != nil {
		return Tone{}
	}
	return l.Sentence(doc, i)
}

// DocumentScore returns the tone of doc with the built-in lexicon.
func DocumentScore(doc *text.Document) Tone {
	l, err := Default()
	if err != nil {
		return Tone{}
	}
	return l.Document(doc)
}
