package parley

import (
	"sort"

	"github.com/parleyproject/parley/attr/quote"
	"github.com/parleyproject/parley/text"
)

// quotes attributes quotations and links events to the quotation they were
// coded from.
type quotes struct {
	ex *quote.Extractor
}

// loadQuotes builds the quotation finder on lex, or on the embedded cue
// lexicon when lex is nil.
func loadQuotes(lex *quote.Lexicon) (*quotes, error) {
	if lex == nil {
		var err error
		if lex, err = quote.DefaultLexicon(); err != nil {
			return nil, err
		}
	}
	return &quotes{ex: quote.New(lex)}, nil
}

// annotate sets doc.Quotes.
func (q *quotes) annotate(doc *text.Document) {
	doc.Quotes = q.ex.Extract(doc)
}

// link marks every event whose trigger lies in a quotation's content with
// that quotation's id; an event coded from quoted speech whose source is the
// first person ("we will ...") gets the speaker as its source.
func linkQuotes(doc *text.Document) {
	if len(doc.Quotes) == 0 {
		return
	}
	qs := make([]*text.Quote, len(doc.Quotes))
	for i := range doc.Quotes {
		qs[i] = &doc.Quotes[i]
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].Content.Span.Start < qs[j].Content.Span.Start })
	for i := range doc.Events {
		e := &doc.Events[i]
		q := quoteAt(qs, e.Evidence.Verb.Span)
		if q == nil {
			continue
		}
		e.Evidence.Quote = q.ID
		if e.Source != nil && firstPerson(e.Source.Text) && q.Speaker.Code != "" {
			src := *e.Source
			src.Actor = q.Speaker.Actor
			e.Source = &src
		}
	}
}

// quoteAt returns the innermost quotation whose content covers sp, or nil.
func quoteAt(qs []*text.Quote, sp text.Span) *text.Quote {
	var best *text.Quote
	for _, q := range qs {
		if q.Content.Span.Start > sp.Start {
			break
		}
		if q.Content.Span.Contains(sp) && (best == nil || q.Content.Span.Len() < best.Content.Span.Len()) {
			best = q
		}
	}
	return best
}

func firstPerson(s string) bool {
	switch s {
	case "I", "i", "we", "We", "WE", "us", "Us", "me", "Me", "our", "Our", "my", "My":
		return true
	}
	return false
}
