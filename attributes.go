package parley

import (
	"fmt"
	"sort"

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

// places resolves the document's places and sets doc.Places; the event
// coder reads them (an event in a place without a recipient is directed at
// the place's country) before annotate dates and locates the events.
func (a *attributes) places(doc *text.Document) []place.Place {
	// A capital can be an actor and a place at once ("strikes on Kyiv"), so
	// actor mentions are not excluded; the resolver itself drops names used
	// as subjects of speech and similar verbs ("Washington said").
	places := a.gaz.Resolve(doc, place.Options{})
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
	for i := range doc.Events {
		e := &doc.Events[i]
		verb := tokenAt(doc, e.Evidence.Verb.Span.Start)
		if verb < 0 {
			continue
		}
		if d, ok := a.dates.EventDate(doc, e.Sentence, verb, e.Modality == text.Future); ok {
			e.Date = d.Value
			e.Evidence.Date = text.DateRef{
				Value: d.Value, Granularity: d.Granularity.String(), Span: d.Span,
				Text: doc.SpanText(d.Span), Rule: d.Rule,
			}
		}
		if p, how, ok := place.EventLocation(places, e.Sentence, verb); ok {
			ep := convertPlace(doc, p, how+"/"+p.Rule)
			e.Place = &ep
		}
		if e.Sentence < len(doc.SentenceTone) {
			e.Tone = doc.SentenceTone[e.Sentence]
		}
	}
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
