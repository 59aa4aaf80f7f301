package parley

import (
	"fmt"
	"sort"
	"strings"

	"github.com/parleyproject/parley/attr/date"
	"github.com/parleyproject/parley/attr/place"
	"github.com/parleyproject/parley/attr/tone"
	"github.com/parleyproject/parley/text"
)

// attributes are the stages that describe events once they are coded: their
// dates, places and tone.
type attributes struct {
	dates *date.Resolver
	gaz   *place.Gazetteer
	tone  *tone.Lexicon
}

func loadAttributes() (*attributes, error) {
	var a attributes
	var err error
	if a.dates, err = date.Default(); err != nil {
		return nil, fmt.Errorf("load date lexicon: %w", err)
	}
	if a.gaz, err = place.Default(); err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	if a.tone, err = tone.Default(); err != nil {
		return nil, fmt.Errorf("load tone lexicon: %w", err)
	}
	return &a, nil
}

// datelineDate gives a document of no publication date the date of its
// dateline ("KIGALI, Jun 15 2022 (IPS) - …"), which offices held, the year
// of dates written without one and the events' dates then go by.
func (a *attributes) datelineDate(doc *text.Document) {
	if !doc.Date.IsZero() {
		return
	}
	if d, ok := a.dates.DatelineDate(doc); ok {
		doc.Date = d
	}
}

// places resolves the document's places and sets doc.Places; the event
// coder reads them (an event in a place without a recipient is directed at
// the place's country) before annotate dates and locates the events.
func (a *attributes) places(doc *text.Document) []place.Place {
	// A capital can be an actor and a place at once ("strikes on Kyiv"), so
	// actor mentions are not excluded; the resolver itself drops names used
	// as subjects of speech and similar verbs ("Washington said").
	places := a.gaz.Resolve(doc, place.Options{IsActor: actorUse})
	doc.Places = doc.Places[:0]
	for _, p := range places {
		doc.Places = append(doc.Places, convertPlace(doc, p, p.Rule))
	}
	return places
}

// annotate sets the document's tone, and every event's date, place and
// tone; places are those places returned.
func (a *attributes) annotate(doc *text.Document, places []place.Place) {
	docTone, sentTones := a.tone.Scores(doc)
	doc.Tone = convertTone(docTone)
	doc.SentenceTone = doc.SentenceTone[:0]
	for _, t := range sentTones {
		doc.SentenceTone = append(doc.SentenceTone, convertTone(t))
	}
	// The places each event may take, in one buffer: EventLocation keeps
	// none of them.
	var eventPlaces []place.Place
	for i := range doc.Events {
		e := &doc.Events[i]
		verb := tokenAt(doc, e.Evidence.Verb.Span.Start)
		if verb < 0 {
			continue
		}
		if d, ok := a.dates.EventDate(doc, e.Sentence, verb, e.Prospective); ok {
			e.Date = d.Value
			e.Evidence.Date = text.DateRef{
				Value: d.Value, Granularity: d.Granularity.String(), Span: d.Span,
				Text: doc.SpanText(d.Span), Rule: d.Rule,
			}
		}
		eventPlaces = placesFor(eventPlaces[:0], doc, places, e.Sentence, verb)
		if p, how, ok := place.EventLocation(eventPlaces, e.Sentence, verb); ok {
			ep := convertPlace(doc, p, how+"/"+p.Rule)
			e.Place = &ep
			if how == place.FromSentenceLocative && clauseOf(doc, p.Start, p.End) == verb {
				civiliansOfPlace(e.Source, p.Country)
				civiliansOfPlace(e.Target, p.Country)
			}
		}
		if e.Sentence < len(doc.SentenceTone) {
			e.Tone = doc.SentenceTone[e.Sentence]
		}
	}
}

// civiliansOfPlace gives civilians of no known country (---CVL: "four
// children", "residents") the country of the place a locative of their
// event's own clause puts it in ("thousands marched through Athens"):
// people of the place. Other sectors keep theirs: soldiers killed in a
// country are often another's. The coder gives the targets of violence and
// coercion of every local sector their place's country already (see
// event's localVictims); this covers the other events and the sources, by
// the places the gazetteer resolved.
func civiliansOfPlace(p *text.Participant, country string) {
	if p == nil || country == "" || p.Country != "" || !strings.HasPrefix(p.Code, "---") || len(p.Sectors) != 1 || p.Sectors[0] != "CVL" {
		return
	}
	p.PlaceIn(country)
}

// tokenAt returns the index of the token starting at byte offset off, or -1.
func tokenAt(doc *text.Document, off int) int {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Span.Start >= off })
	if i < len(doc.Tokens) && doc.Tokens[i].Span.Start == off {
		return i
	}
	return -1
}

func convertTone(t tone.Tone) text.Tone {
	return text.Tone{Positive: t.Positive, Negative: t.Negative, Tone: t.Tone, Polarity: t.Polarity, WordCount: t.WordCount}
}

func convertPlace(doc *text.Document, p place.Place, rule string) text.Place {
	return text.Place{
		Span: p.Span, Text: doc.SpanText(p.Span), Name: p.Name, Country: p.Country, Admin1: p.Admin1,
		Lat: p.Lat, Lon: p.Lon, GeoNamesID: int(p.GeoNameID), FeatureClass: p.Class, Rule: rule,
	}
}

// actorUse tells whether a place name is used as an actor rather than as a
// place, from its role in the parse: the subject or object of a verb
// ("Washington said", "accused Washington"), a possessor or an agent is an
// actor; a phrase marked by a preposition of place ("in Kyiv", "strikes on
// Kyiv") or a modifier ("the Washington area") is a place. Without a parse
// the resolver's own rule applies.
func actorUse(doc *text.Document, span text.Span) bool {
	head := tokenAt(doc, span.Start)
	if head < 0 {
		return false
	}
	// The head of the name is its last token that hangs outside it.
	for t := head; t < len(doc.Tokens) && doc.Tokens[t].Span.End <= span.End; t++ {
		if h := doc.Tokens[t].Head; h < head || h >= t+1 && doc.Tokens[h].Span.Start >= span.End {
			head = t
		}
	}
	tok := doc.Tokens[head]
	rel, _, _ := strings.Cut(tok.DepRel, ":")
	switch tok.DepRel {
	case "nmod:poss", "obl:agent":
		return true
	}
	switch rel {
	case "nsubj", "csubj", "obj", "iobj", "appos":
		return true
	}
	return false
}

// placesFor appends to out the places but those of sentence si that belong
// to another clause than the event's verb ("Xi told Blinken about the deal
// reached in Bali": Bali does not locate the telling); a place in a clause
// that contains the verb's still counts. Places of other sentences stay,
// for the dateline and the article's focus.
func placesFor(out []place.Place, doc *text.Document, places []place.Place, si, verb int) []place.Place {
	for _, p := range places {
		if p.Sentence == si && p.Start >= 0 && p.Start < len(doc.Tokens) {
			if h := clauseOf(doc, p.Start, p.End); h >= 0 && h != verb && !dominates(doc, h, verb) {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// clauseOf climbs from the phrase [start, end) to the first verb or clause
// head above it and returns that token, or -1.
func clauseOf(doc *text.Document, start, end int) int {
	head := -1
	for t := start; t < end && t < len(doc.Tokens); t++ {
		if h := doc.Tokens[t].Head; h < start || h >= end {
			head = t
			break
		}
	}
	if head < 0 {
		return -1
	}
	cur := doc.Tokens[head].Head
	for steps := 0; cur >= 0 && steps < len(doc.Tokens); steps++ {
		t := &doc.Tokens[cur]
		if t.UPOS == "VERB" || t.Head < 0 {
			return cur
		}
		switch r, _, _ := strings.Cut(t.DepRel, ":"); r {
		case "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj":
			return cur
		}
		cur = t.Head
	}
	return -1
}

// dominates reports whether token a is an ancestor of token b.
func dominates(doc *text.Document, a, b int) bool {
	cur := doc.Tokens[b].Head
	for steps := 0; cur >= 0 && steps < len(doc.Tokens); steps++ {
		if cur == a {
			return true
		}
		cur = doc.Tokens[cur].Head
	}
	return false
}
