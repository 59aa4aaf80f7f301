package cli

import (
	"encoding/json"
	"io"

	"github.com/parleyproject/parley/text"
)

// The event form of contract 1 (DESIGN.md).
type jsonEvent struct {
	ID            string           `json:"id"`
	Group         string           `json:"group"`
	DocID         string           `json:"doc_id"`
	SentenceIndex int              `json:"sentence_index"`
	Sentence      string           `json:"sentence"`
	Date          *string          `json:"date"`
	CAMEO         jsonCAMEO        `json:"cameo"`
	PLOVER        jsonPLOVER       `json:"plover"`
	Source        *jsonParticipant `json:"source"`
	Target        *jsonParticipant `json:"target"`
	Modality      string           `json:"modality"`
	Evidence      jsonEvidence     `json:"evidence"`
	Place         *jsonPlace       `json:"place"`
	Tone          jsonTone         `json:"tone"`
}

type jsonPlace struct {
	Text         string    `json:"text"`
	Span         text.Span `json:"span"`
	Name         string    `json:"name"`
	Country      string    `json:"country"`
	Admin1       string    `json:"admin1,omitempty"`
	Lat          float64   `json:"lat"`
	Lon          float64   `json:"lon"`
	GeoNamesID   int       `json:"geonames_id"`
	FeatureClass string    `json:"feature_class"`
	Rule         string    `json:"rule"`
}

type jsonTone struct {
	Tone      float64 `json:"tone"`
	Positive  float64 `json:"positive"`
	Negative  float64 `json:"negative"`
	Polarity  float64 `json:"polarity"`
	WordCount int     `json:"word_count"`
}

type jsonDate struct {
	Text        string     `json:"text"`
	Span        *text.Span `json:"span"`
	Value       string     `json:"value"`
	Granularity string     `json:"granularity"`
	Rule        string     `json:"rule"`
}

type jsonCAMEO struct {
	Code      string  `json:"code"`
	Root      string  `json:"root"`
	Name      string  `json:"name"`
	Goldstein float64 `json:"goldstein"`
	QuadClass int     `json:"quad_class"`
}

type jsonPLOVER struct {
	Type    string   `json:"type"`
	Mode    string   `json:"mode"`
	Context []string `json:"context"`
}

type jsonParticipant struct {
	Text    string    `json:"text"`
	Code    *string   `json:"code"`
	Country *string   `json:"country"`
	Sectors []string  `json:"sectors"`
	Name    *string   `json:"name"`
	Span    text.Span `json:"span"`
}

type jsonEvidence struct {
	Verb  jsonSpanText `json:"verb"`
	Rule  string       `json:"rule"`
	Date  *jsonDate    `json:"date,omitempty"`
	Quote string       `json:"quote,omitempty"`
}

type jsonSpanText struct {
	Text string    `json:"text"`
	Span text.Span `json:"span"`
}

func strOrNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func participantJSON(p *text.Participant) *jsonParticipant {
	if p == nil {
		return nil
	}
	sectors := p.Sectors
	if sectors == nil {
		sectors = []string{}
	}
	return &jsonParticipant{
		Text: p.Text, Code: strOrNull(p.Code), Country: strOrNull(p.Country),
		Sectors: sectors, Name: strOrNull(p.Name), Span: p.Span,
	}
}

func writeEventsJSONL(w io.Writer, doc *text.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range doc.Events {
		e := &doc.Events[i]
		var date *string
		if !e.Date.IsZero() {
			d := e.Date.Format("2006-01-02")
			date = &d
		}
		ctx := e.PLOVER.Context
		if ctx == nil {
			ctx = []string{}
		}
		je := jsonEvent{
			ID: e.ID, Group: e.Group, DocID: e.DocID, SentenceIndex: e.Sentence, Sentence: e.Text, Date: date,
			CAMEO:    jsonCAMEO{e.CAMEO.Code, e.CAMEO.Root, e.CAMEO.Name, e.CAMEO.Goldstein, e.CAMEO.QuadClass},
			PLOVER:   jsonPLOVER{e.PLOVER.Type, e.PLOVER.Mode, ctx},
			Source:   participantJSON(e.Source),
			Target:   participantJSON(e.Target),
			Modality: string(e.Modality),
			Evidence: jsonEvidence{Verb: jsonSpanText{e.Evidence.Verb.Text, e.Evidence.Verb.Span}, Rule: e.Evidence.Rule, Quote: e.Evidence.Quote},
			Tone:     jsonTone{e.Tone.Tone, e.Tone.Positive, e.Tone.Negative, e.Tone.Polarity, e.Tone.WordCount},
		}
		if d := e.Evidence.Date; d.Rule != "" {
			jd := &jsonDate{Text: d.Text, Value: d.Value.Format("2006-01-02"), Granularity: d.Granularity, Rule: d.Rule}
			if !d.Span.Empty() {
				sp := d.Span
				jd.Span = &sp
			}
			je.Evidence.Date = jd
		}
		if p := e.Place; p != nil {
			je.Place = &jsonPlace{p.Text, p.Span, p.Name, p.Country, p.Admin1, p.Lat, p.Lon, p.GeoNamesID, p.FeatureClass, p.Rule}
		}
		if err := enc.Encode(&je); err != nil {
			return err
		}
	}
	return nil
}
