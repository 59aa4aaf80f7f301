// Package storetest provides fixtures for testing stores, exporters and
// ingest: a hand-coded document, a generator of synthetic news articles, a
// deterministic stand-in for the coding pipeline, and a contract suite that
// every store.Store backend must pass.
package storetest

import (
	"time"

	"github.com/parleyproject/parley/text"
)

// KnownText is the text of KnownDocument.
const KnownText = "Blinken met Chinese President Xi Jinping in Beijing on Monday. " +
	"\"It's safe to say we made progress,\" Xi said.\n\n" +
	"Beijing did not threaten Taipei."

// KnownDocument returns a document coded by hand: one asserted consultation
// (CAMEO "040", with a place), one quotation, one place and one negated
// threat without a place. Every call returns a fresh copy.
func KnownDocument() *text.Document {
	date := time.Date(2023, 6, 19, 8, 30, 0, 0, time.UTC)
	usa := text.Actor{Code: "USAGOV", Country: "USA", Sectors: []string{"GOV"}, Name: "Antony Blinken", ID: "people#blinken", Kind: text.KindPerson}
	chn := text.Actor{Code: "CHNGOV", Country: "CHN", Sectors: []string{"GOV"}, Name: "Xi Jinping", ID: "people#xi", Kind: text.KindPerson}
	chnGov := text.Actor{Code: "CHNGOV", Country: "CHN", Sectors: []string{"GOV"}, Name: "China", Kind: text.KindCountry}
	twn := text.Actor{Code: "TWNGOV", Country: "TWN", Sectors: []string{"GOV"}, Name: "Taiwan", Kind: text.KindCountry}
	beijing := text.Place{Span: text.Span{Start: 44, End: 51}, Text: "Beijing", Name: "Beijing", Country: "CHN",
		Admin1: "22", Lat: 39.9075, Lon: 116.39723, GeoNamesID: 1816670, FeatureClass: "P", Rule: "gazetteer"}
	tone := text.Tone{Positive: 4.5, Negative: 2.3, Tone: 2.2, Polarity: 6.8, WordCount: 22}
	d := &text.Document{
		ID:     "doc-1",
		URL:    "https://news.example.com/2023/06/19/blinken-xi#top",
		Title:  "Blinken meets Xi in Beijing",
		Source: "example-news",
		Byline: "A. Reporter",
		Date:   date,
		Text:   KnownText,
		Sentences: []text.Sentence{
			{Start: 0, End: 11, Span: text.Span{Start: 0, End: 62}, ParagraphStart: true},
			{Start: 11, End: 24, Span: text.Span{Start: 63, End: 108}},
			{Start: 24, End: 30, Span: text.Span{Start: 110, End: 142}, ParagraphStart: true},
		},
		Places: []text.Place{beijing},
		Tone:   tone,
		SentenceTone: []text.Tone{
			{Positive: 0, Negative: 0, Tone: 0, Polarity: 0, WordCount: 11},
			{Positive: 12.5, Negative: 0, Tone: 12.5, Polarity: 12.5, WordCount: 8},
			{Positive: 0, Negative: 20, Tone: -20, Polarity: 20, WordCount: 5},
		},
	}
	d.Events = []text.Event{{
		ID: "doc-1:s0:e0", Group: "doc-1:s0:g0", DocID: "doc-1", Sentence: 0,
		Text:     d.Text[0:62],
		Date:     time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC),
		CAMEO:    text.CAMEO{Code: "040", Root: "04", Name: "Consult", Goldstein: 1.0, QuadClass: 1},
		PLOVER:   text.PLOVER{Type: "CONSULT", Mode: "visit", Context: []string{"diplomatic"}},
		Source:   &text.Participant{Text: "Blinken", Span: text.Span{Start: 0, End: 7}, Actor: usa},
		Target:   &text.Participant{Text: "Chinese President Xi Jinping", Span: text.Span{Start: 12, End: 40}, Actor: chn},
		Modality: text.Asserted,
		Evidence: text.Evidence{
			Verb: text.Participant{Text: "met", Span: text.Span{Start: 8, End: 11}},
			Rule: "verbs/consult.yaml#meet-with",
			Date: text.DateRef{Value: time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC), Granularity: "day",
				Text: "on Monday", Span: text.Span{Start: 52, End: 61}, Rule: "weekday"},
		},
		Place: &beijing,
		Tone:  d.SentenceTone[0],
	}, {
		ID: "doc-1:s2:e0", Group: "doc-1:s2:g0", DocID: "doc-1", Sentence: 2,
		Text:     d.Text[110:142],
		Date:     time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC),
		CAMEO:    text.CAMEO{Code: "130", Root: "13", Name: "Threaten", Goldstein: -4.4, QuadClass: 3},
		PLOVER:   text.PLOVER{Type: "THREATEN"},
		Source:   &text.Participant{Text: "Beijing", Span: text.Span{Start: 110, End: 117}, Actor: chnGov},
		Target:   &text.Participant{Text: "Taipei", Span: text.Span{Start: 135, End: 141}, Actor: twn},
		Modality: text.Negated,
		Evidence: text.Evidence{
			Verb: text.Participant{Text: "threaten", Span: text.Span{Start: 126, End: 134}},
			Rule: "verbs/threaten.yaml#threaten",
			Date: text.DateRef{Value: date, Granularity: "day", Rule: "document"},
		},
		Tone: d.SentenceTone[2],
	}}
	d.Quotes = []text.Quote{{
		ID: "doc-1:q0", DocID: "doc-1", Direct: true,
		Speaker: text.Participant{Text: "Xi", Span: text.Span{Start: 100, End: 102}, Actor: chn},
		Cue:     text.Participant{Text: "said", Span: text.Span{Start: 103, End: 107}},
		Content: text.Participant{Text: "It's safe to say we made progress,", Span: text.Span{Start: 64, End: 98}},
	}}
	return d
}
