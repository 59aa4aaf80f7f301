package conllu

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/parleyproject/parley/text"
)

// ToDocument builds a document from CoNLL-U sentences, keeping their words:
// the text is the surface tokens joined as their SpaceAfter marks say, with
// sentences separated by a space and paragraphs (newpar, newdoc) by a blank
// line. Gold annotations (LEMMA to DEPREL) are copied when keepAnnotation is
// true; otherwise the tokens carry only their forms and spans.
func ToDocument(id string, sents []*Sentence, keepAnnotation bool) *text.Document {
	var b strings.Builder
	doc := &text.Document{ID: id}
	for si, s := range sents {
		_, newPar := s.Comment("newpar")
		if _, ok := s.Comment("newpar id"); ok {
			newPar = true // EWT writes "# newpar id = ..."
		}
		_, newDoc := s.Comment("newdoc id")
		if _, ok := s.Comment("newdoc"); ok {
			newDoc = true
		}
		if si > 0 {
			if newPar || newDoc {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		first := len(doc.Tokens)
		sentStart := b.Len()
		mw := 0
		for wi := 0; wi < len(s.Words); {
			w := s.Words[wi]
			if mw < len(s.MultiWords) && s.MultiWords[mw].First == w.ID {
				m := s.MultiWords[mw]
				mw++
				start := b.Len()
				b.WriteString(m.Form)
				space := SpaceAfter(m.Misc)
				pos := start
				group := len(doc.Tokens)
				for k := m.First; k <= m.Last; k++ {
					word := s.Words[k-1]
					sp := text.Span{Start: start, End: start + len(m.Form)}
					// Words that spell out the token share its bytes in order.
					if strings.HasPrefix(m.Form[pos-start:], word.Form) {
						sp = text.Span{Start: pos, End: pos + len(word.Form)}
						pos += len(word.Form)
					}
					doc.Tokens = append(doc.Tokens, newToken(word, sp, group, space && k == m.Last, first, keepAnnotation))
				}
				wi = m.Last
				if space && wi < len(s.Words) {
					b.WriteByte(' ')
				}
				continue
			}
			start := b.Len()
			b.WriteString(w.Form)
			space := SpaceAfter(w.Misc)
			doc.Tokens = append(doc.Tokens, newToken(w, text.Span{Start: start, End: start + len(w.Form)}, -1, space, first, keepAnnotation))
			wi++
			if space && wi < len(s.Words) {
				b.WriteByte(' ')
			}
		}
		doc.Sentences = append(doc.Sentences, text.Sentence{
			Start: first, End: len(doc.Tokens),
			Span:           text.Span{Start: sentStart, End: b.Len()},
			ParagraphStart: si == 0 || newPar || newDoc,
		})
	}
	doc.Text = b.String()
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		t.Form = doc.Text[t.Span.Start:t.Span.End]
	}
	return doc
}

func newToken(w Word, sp text.Span, group int, spaceAfter bool, sentFirst int, keep bool) text.Token {
	t := text.Token{Span: sp, Head: -1, MultiWord: group, SpaceAfter: spaceAfter}
	if keep {
		t.Lemma, t.UPOS, t.XPOS, t.Feats, t.DepRel = blank(w.Lemma), blank(w.UPOS), blank(w.XPOS), blank(w.Feats), blank(w.DepRel)
		if w.Head > 0 {
			t.Head = sentFirst + w.Head - 1
		}
	}
	return t
}

func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// FromDocument converts an annotated document to CoNLL-U sentences, with
// sent_id and text comments and TokenRange=start:end byte offsets in MISC.
func FromDocument(doc *text.Document) []*Sentence { return FromDocumentAt(doc, 0, 0) }

// FromDocumentAt is FromDocument for a document that is one part of a longer
// text: base is added to every byte offset and firstSent to every sentence
// number.
func FromDocumentAt(doc *text.Document, base, firstSent int) []*Sentence {
	out := make([]*Sentence, 0, len(doc.Sentences))
	for si, sent := range doc.Sentences {
		s := &Sentence{Comments: []string{
			fmt.Sprintf("sent_id = %s", sentID(doc.ID, firstSent+si)),
			"text = " + strings.Join(strings.Fields(doc.Text[sent.Span.Start:sent.Span.End]), " "),
		}}
		if sent.ParagraphStart && firstSent+si > 0 {
			s.Comments = append([]string{"newpar"}, s.Comments...)
		}
		for i := sent.Start; i < sent.End; i++ {
			t := doc.Tokens[i]
			head := 0
			if t.Head >= 0 {
				head = t.Head - sent.Start + 1
			}
			if t.MultiWord == i {
				last := i
				for last+1 < sent.End && doc.Tokens[last+1].MultiWord == i {
					last++
				}
				if last > i {
					lt := doc.Tokens[last]
					misc := "TokenRange=" + strconv.Itoa(base+t.Span.Start) + ":" + strconv.Itoa(base+lt.Span.End)
					if !lt.SpaceAfter {
						misc = "SpaceAfter=No|" + misc
					}
					s.MultiWords = append(s.MultiWords, MultiWord{
						First: i - sent.Start + 1, Last: last - sent.Start + 1,
						Form: doc.Text[t.Span.Start:lt.Span.End], Misc: misc,
					})
				}
			}
			var misc []string
			if !t.SpaceAfter && t.MultiWord < 0 {
				misc = append(misc, "SpaceAfter=No")
			}
			misc = append(misc, "TokenRange="+strconv.Itoa(base+t.Span.Start)+":"+strconv.Itoa(base+t.Span.End))
			s.Words = append(s.Words, Word{
				ID: i - sent.Start + 1, Form: cleanForm(t.Form), Lemma: cleanForm(t.Lemma), UPOS: t.UPOS, XPOS: t.XPOS,
				Feats: t.Feats, Head: head, DepRel: t.DepRel, Misc: strings.Join(misc, "|"),
			})
		}
		out = append(out, s)
	}
	return out
}

func sentID(docID string, i int) string {
	if docID == "" {
		return strconv.Itoa(i + 1)
	}
	return strings.Join(strings.Fields(docID), "_") + "-" + strconv.Itoa(i+1)
}

// cleanForm keeps a CoNLL-U column free of tabs and line breaks.
func cleanForm(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
