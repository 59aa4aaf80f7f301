// Package quote finds attributions in parsed documents: who said (or wrote,
// or thinks) what, from quotation marks, the dependency parse and a lexicon
// of cues (lexicon.tsv, format in FORMAT.md).
//
// Direct quotations are the top-level pairs of quotation marks (Regions:
// straight, curly, single, guillemets, running over paragraphs as news
// writes them); each is attached to a cue and a speaker: a verb of saying in
// its sentence ("“…,” she said", "“…,” said X, “…”"), "according to X", a
// reporting clause that ends in a colon ("He added: “…”"), any verb where a
// reporting clause stands ("“Go back,” Trump barked"), or the speaker of the
// quotation it continues (a sentence or paragraph that opens with a
// quotation mark soon after). Quotation marks around a title or a name
// (CNN's “State of the Union”, the “Never Trump” movement) quote no one.
// Indirect attributions come from the parse, helped by the words where the
// parse fails: a cue of the lexicon with its content (a clausal complement,
// a to-infinitive, an object, a prepositional phrase, as the entry says; "…,
// a spokesman said" puts it before the cue) and its subject or passive agent
// as the speaker, climbing from participles, infinitives and conjuncts to
// the clause they belong to ("…, adding that …") and from relative clauses
// to the noun they modify. Reported content ends before a clause that
// reports someone else ("24 percent said A, while 9 percent found B"), which
// is then an attribution of its own. "According to X" attributes the clause
// it modifies; nouns attribute their complement ("her criticism of the
// plan", "Trump raised questions about …"); adjectives of stance theirs
// ("critical of the plan", "willing to talk"); "X: …" at the start of a
// sentence is a headline or, at the start of a paragraph, a transcript turn.
// Speakers are resolved through the document's actor mentions, so a pronoun,
// a title or a relative pronoun gets the actor it refers to.
//
// Partial quotations inside reported speech ("said the plan was “a
// disaster”") are reported as direct quotations of the same speaker as well.
// Attributions whose cue lies inside another attribution's content ("he said
// they claimed …", a verb inside a quotation) are not reported: the outer one
// carries them.
package quote

import (
	"sort"
	"strconv"

	"github.com/parleyproject/parley/text"
)

// Extractor finds attributions. It is read-only and safe for concurrent use.
type Extractor struct {
	lex *Lexicon
}

// New returns an Extractor that uses lex; a nil lex finds only quotations
// and "according to" is not recognised.
func New(lex *Lexicon) *Extractor {
	return &Extractor{lex: lex}
}

// Extract returns the attributions of doc, a document that the language core
// has parsed and whose actor mentions are resolved, in the order of their
// content in the text. IDs are "DOCID:qN". Extract never fails: a document
// without tokens yields nothing, and a bad parse yields fewer attributions.
func (x *Extractor) Extract(doc *text.Document) []text.Quote {
	if len(doc.Tokens) == 0 || len(doc.Sentences) == 0 {
		return nil
	}
	w := newWork(doc, x.lex)
	w.findCues()
	w.attachRegions()
	return w.quotes()
}

// attribution is a quotation or reported content found in a document before
// it becomes a text.Quote.
type attribution struct {
	direct bool
	// cue is the cue's head token (-1 for none); cueEnd the token after the
	// cue phrase's last word when the phrase is longer than one word.
	cue, cueEnd int
	// speaker is the head token of the speaker phrase, or -1.
	speaker int
	content text.Span
	// sent is the sentence of the cue (or of the quotation's start).
	sent int
	// region is the index of the quotation, or -1.
	region int
	// nested marks an attribution whose cue lies inside another's content.
	nested bool
	// byPhrase marks an attribution by a phrase naming the speaker
	// ("according to").
	byPhrase bool
	// headline marks "Speaker: content" (headlines, transcripts).
	headline bool
	// speakerStop is the token the speaker phrase ends before, or 0:
	// "Clinton to Planned Parenthood:" speaks as Clinton.
	speakerStop int
}

// quotes turns the attributions into text.Quotes in text order.
func (w *work) quotes() []text.Quote {
	atts := w.atts[:0:0]
	for _, a := range w.atts {
		if !a.nested && !a.content.Empty() {
			atts = append(atts, a)
		}
	}
	sort.SliceStable(atts, func(i, j int) bool {
		if atts[i].content.Start != atts[j].content.Start {
			return atts[i].content.Start < atts[j].content.Start
		}
		return atts[i].content.End > atts[j].content.End
	})
	out := make([]text.Quote, 0, len(atts))
	for i, a := range atts {
		q := text.Quote{
			ID:      w.doc.ID + ":q" + strconv.Itoa(i),
			DocID:   w.doc.ID,
			Direct:  a.direct,
			Content: text.Participant{Text: w.doc.SpanText(a.content), Span: a.content},
		}
		if a.cue >= 0 {
			end := a.cue + 1
			if a.cueEnd > end {
				end = a.cueEnd
			}
			sp := text.Span{Start: w.toks[a.cue].Span.Start, End: w.toks[end-1].Span.End}
			q.Cue = text.Participant{Text: w.doc.SpanText(sp), Span: sp}
		}
		if a.speaker >= 0 {
			q.Speaker = w.speakerParticipant(a.speaker)
			if k := a.speakerStop; k > a.speaker && q.Speaker.Span.End > w.toks[k].Span.Start {
				q.Speaker.Span.End = w.toks[k-1].Span.End
				q.Speaker.Text = w.doc.SpanText(q.Speaker.Span)
			}
		}
		out = append(out, q)
	}
	return out
}
