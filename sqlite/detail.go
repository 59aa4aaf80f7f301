package sqlite

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// This file encodes the JSON columns of schema version 2 (see
// migrations/0002_lean.sql for their layout): events.detail and
// doc_annotations.sentences and .places. They are written by hand, into
// one buffer per transaction, because encoding/json costs several times
// more on the write path; they are read with encoding/json.

// appendEventDetail appends the detail object of event e of doc. sent is the
// span of the event's sentence: texts equal to the document's text at
// their span inside it are left out, and read back from the sentence.
func appendEventDetail(b []byte, doc *text.Document, e *text.Event, sent text.Span) []byte {
	o := jsonObject{b: append(b, '{')}
	if k, ok := strings.CutPrefix(e.ID, doc.ID); ok && doc.ID != "" {
		o.str("ks", k)
	} else {
		o.str("k", e.ID)
	}
	if g, ok := strings.CutPrefix(e.Group, doc.ID); ok && doc.ID != "" {
		o.str("gs", g)
	} else {
		o.str("g", e.Group)
	}
	// The event time is left out when it is the midnight of its day, the
	// date reference's value when it is the event time.
	switch day := store.EventDay(e, doc.Date); {
	case e.Date.IsZero() && !day.IsZero():
		o.key("t")
		o.b = append(o.b, `""`...)
	case !e.Date.Equal(day):
		o.str("t", fmtTime(e.Date))
	}
	o.str("n", e.CAMEO.Name)
	o.str("pt", e.PLOVER.Type)
	o.str("pm", e.PLOVER.Mode)
	if len(e.PLOVER.Context) > 0 {
		o.key("pc")
		o.b = append(o.b, '[')
		for i, c := range e.PLOVER.Context {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.b = appendJSONString(o.b, c)
		}
		o.b = append(o.b, ']')
	}
	if p := e.Source; p != nil {
		o.spanText("ss", "sx", doc, sent, p.Span, p.Text)
	}
	if p := e.Target; p != nil {
		o.spanText("ts", "tx", doc, sent, p.Span, p.Text)
	}
	ev := &e.Evidence
	o.spanText("vs", "vx", doc, sent, ev.Verb.Span, ev.Verb.Text)
	o.str("r", ev.Rule)
	o.str("q", ev.Quote)
	if !ev.Date.Value.Equal(e.Date) {
		o.key("dv")
		o.b = appendJSONString(o.b, fmtTime(ev.Date.Value))
	}
	o.str("dg", ev.Date.Granularity)
	o.spanText("ds", "dx", doc, sent, ev.Date.Span, ev.Date.Text)
	o.str("dr", ev.Date.Rule)
	if p := e.Place; p != nil {
		o.spanText("ps", "px", doc, sent, p.Span, p.Text)
		o.str("pa", p.Admin1)
		if p.GeoNamesID != 0 {
			o.key("pi")
			o.b = strconv.AppendInt(o.b, int64(p.GeoNamesID), 10)
		}
		o.str("pf", p.FeatureClass)
		o.str("pr", p.Rule)
	}
	if t := e.Tone; t != (text.Tone{}) {
		o.key("tn")
		o.b = appendTone(append(o.b, '['), t)
		o.b = append(o.b, ']')
	}
	return append(o.b, '}')
}

// jsonObject appends the members of a JSON object.
type jsonObject struct {
	b     []byte
	comma bool
}

func (o *jsonObject) key(k string) {
	if o.comma {
		o.b = append(o.b, ',')
	}
	o.comma = true
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

// str appends a string member unless v is empty.
func (o *jsonObject) str(k, v string) {
	if v == "" {
		return
	}
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

// spanText appends a span member unless the span is [0, 0], and a text
// member unless the text is what the document has at the span, inside the
// sentence sent.
func (o *jsonObject) spanText(spanKey, textKey string, doc *text.Document, sent, sp text.Span, s string) {
	if sp != (text.Span{}) {
		o.key(spanKey)
		o.b = append(o.b, '[')
		o.b = strconv.AppendInt(o.b, int64(sp.Start), 10)
		o.b = append(o.b, ',')
		o.b = strconv.AppendInt(o.b, int64(sp.End), 10)
		o.b = append(o.b, ']')
	}
	if !inSentence(doc, sent, sp, s) {
		o.key(textKey)
		o.b = appendJSONString(o.b, s)
	}
}

// inSentence reports whether s is the text of doc at sp, inside sent.
func inSentence(doc *text.Document, sent, sp text.Span, s string) bool {
	return sent.Start >= 0 && sent.Start <= sp.Start && sp.Start <= sp.End && sp.End <= sent.End &&
		sent.End <= len(doc.Text) && doc.Text[sp.Start:sp.End] == s
}

// textAt is the reader's side of inSentence: the text at sp of the
// sentence sentText that starts at byte sentStart of the document.
func textAt(sentText string, sentStart int, sp text.Span) string {
	lo, hi := sp.Start-sentStart, sp.End-sentStart
	if lo < 0 || hi < lo || hi > len(sentText) {
		return ""
	}
	return sentText[lo:hi]
}

func appendTone(b []byte, t text.Tone) []byte {
	b = appendJSONFloat(b, t.Tone)
	b = appendJSONFloat(append(b, ','), t.Positive)
	b = appendJSONFloat(append(b, ','), t.Negative)
	b = appendJSONFloat(append(b, ','), t.Polarity)
	return strconv.AppendInt(append(b, ','), int64(t.WordCount), 10)
}

// appendJSONFloat appends f in the shortest form that reads back the same;
// JSON has no NaN or infinities, which are written as null (read as 0).
func appendJSONFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes
// U+FFFD, as encoding/json writes it.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// eventDetail is events.detail as read.
type eventDetail struct {
	K  string          `json:"k"`
	KS *string         `json:"ks"`
	G  string          `json:"g"`
	GS *string         `json:"gs"`
	T  *string         `json:"t"`
	N  string          `json:"n"`
	PT string          `json:"pt"`
	PM string          `json:"pm"`
	PC json.RawMessage `json:"pc"`
	SS [2]int          `json:"ss"`
	SX *string         `json:"sx"`
	TS [2]int          `json:"ts"`
	TX *string         `json:"tx"`
	VS [2]int          `json:"vs"`
	VX *string         `json:"vx"`
	R  string          `json:"r"`
	Q  string          `json:"q"`
	DV *string         `json:"dv"`
	DG string          `json:"dg"`
	DS [2]int          `json:"ds"`
	DX *string         `json:"dx"`
	DR string          `json:"dr"`
	PS [2]int          `json:"ps"`
	PX *string         `json:"px"`
	PA string          `json:"pa"`
	PI int             `json:"pi"`
	PF string          `json:"pf"`
	PR string          `json:"pr"`
	TN [5]float64      `json:"tn"`
}

func parseEventDetail(b []byte, d *eventDetail) error {
	*d = eventDetail{}
	if err := json.Unmarshal(b, d); err != nil {
		return fmt.Errorf("event detail: %w", err)
	}
	return nil
}

func span(a [2]int) text.Span { return text.Span{Start: a[0], End: a[1]} }

// contexts returns the PLOVER contexts: an array, or a space-separated
// string in rows migrated from version 1.
func (d *eventDetail) contexts() ([]string, error) {
	if len(d.PC) == 0 || string(d.PC) == "null" {
		return nil, nil
	}
	if d.PC[0] == '"' {
		var s string
		if err := json.Unmarshal(d.PC, &s); err != nil {
			return nil, fmt.Errorf("event detail contexts: %w", err)
		}
		return splitList(s), nil
	}
	var l []string
	if err := json.Unmarshal(d.PC, &l); err != nil {
		return nil, fmt.Errorf("event detail contexts: %w", err)
	}
	if len(l) == 0 {
		return nil, nil
	}
	return l, nil
}

// or returns *p, or def when p is nil.
func or(p *string, def string) string {
	if p != nil {
		return *p
	}
	return def
}

// appendSentences appends doc_annotations.sentences for doc.
func appendSentences(b []byte, doc *text.Document) []byte {
	b = append(b, '[')
	for i, s := range doc.Sentences {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = strconv.AppendInt(append(b, ','), int64(s.End), 10)
		b = strconv.AppendInt(append(b, ','), int64(s.Span.Start), 10)
		b = strconv.AppendInt(append(b, ','), int64(s.Span.End), 10)
		if s.ParagraphStart {
			b = append(b, ",1"...)
		} else {
			b = append(b, ",0"...)
		}
		if i < len(doc.SentenceTone) {
			b = appendTone(append(b, ','), doc.SentenceTone[i])
		}
		b = append(b, ']')
	}
	return append(b, ']')
}

// parseSentences fills doc's Sentences and, when any sentence has a tone,
// SentenceTone from doc_annotations.sentences.
func parseSentences(b []byte, doc *text.Document) error {
	var rows [][]float64
	if err := json.Unmarshal(b, &rows); err != nil {
		return fmt.Errorf("sentences: %w", err)
	}
	var tones []text.Tone
	anyTone := false
	for i, r := range rows {
		if len(r) != 5 && len(r) != 10 {
			return fmt.Errorf("sentence %d: %d values, want 5 or 10", i, len(r))
		}
		doc.Sentences = append(doc.Sentences, text.Sentence{Start: int(r[0]), End: int(r[1]),
			Span: text.Span{Start: int(r[2]), End: int(r[3])}, ParagraphStart: r[4] != 0})
		var t text.Tone
		if len(r) == 10 {
			anyTone = true
			t = text.Tone{Tone: r[5], Positive: r[6], Negative: r[7], Polarity: r[8], WordCount: int(r[9])}
		}
		tones = append(tones, t)
	}
	if anyTone {
		doc.SentenceTone = tones
	}
	return nil
}

// appendPlaces appends doc_annotations.places for doc.
func appendPlaces(b []byte, doc *text.Document) []byte {
	b = append(b, '[')
	for i := range doc.Places {
		p := &doc.Places[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(p.Span.Start), 10)
		b = strconv.AppendInt(append(b, ','), int64(p.Span.End), 10)
		b = appendJSONString(append(b, ','), p.Text)
		b = appendJSONString(append(b, ','), p.Name)
		b = appendJSONString(append(b, ','), p.Country)
		b = appendJSONString(append(b, ','), p.Admin1)
		b = appendJSONFloat(append(b, ','), p.Lat)
		b = appendJSONFloat(append(b, ','), p.Lon)
		b = strconv.AppendInt(append(b, ','), int64(p.GeoNamesID), 10)
		b = appendJSONString(append(b, ','), p.FeatureClass)
		b = appendJSONString(append(b, ','), p.Rule)
		b = append(b, ']')
	}
	return append(b, ']')
}

// parsePlaces fills doc's Places from doc_annotations.places.
func parsePlaces(b []byte, doc *text.Document) error {
	var rows [][]json.RawMessage
	if err := json.Unmarshal(b, &rows); err != nil {
		return fmt.Errorf("places: %w", err)
	}
	for i, r := range rows {
		if len(r) != 11 {
			return fmt.Errorf("place %d: %d values, want 11", i, len(r))
		}
		var p text.Place
		dest := []any{&p.Span.Start, &p.Span.End, &p.Text, &p.Name, &p.Country, &p.Admin1, &p.Lat, &p.Lon,
			&p.GeoNamesID, &p.FeatureClass, &p.Rule}
		for j, v := range r {
			if err := json.Unmarshal(v, dest[j]); err != nil {
				return fmt.Errorf("place %d: %w", i, err)
			}
		}
		doc.Places = append(doc.Places, p)
	}
	return nil
}
