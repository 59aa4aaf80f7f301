package storetest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/parleyproject/parley/ontology"
	"github.com/parleyproject/parley/text"
)

// Coder is a deterministic stand-in for the coding pipeline: it splits a
// text into sentences at full stops, and codes the actor names, verb
// phrases, quotations and places that Article writes, so that the same text
// always yields the same events. It is safe for concurrent use.
type Coder struct {
	onto *ontology.Ontology
}

// NewCoder returns a Coder using the embedded CAMEO and PLOVER tables.
func NewCoder() (*Coder, error) {
	o, err := ontology.Default()
	if err != nil {
		return nil, fmt.Errorf("load ontology: %w", err)
	}
	return &Coder{onto: o}, nil
}

var (
	positiveWords = []string{"good", "useful", "progress", "peace", "constructive", "calm", "agreement", "frank", "praised", "aid"}
	negativeWords = []string{"crisis", "threats", "difficult", "divided", "attacked", "accused", "threatened", "criticized", "sanctions", "rebels"}
)

// Code fills doc's Sentences, Events, Quotes, Places, Tone and SentenceTone
// (replacing what was there). It fails only when ctx is done.
func (c *Coder) Code(ctx context.Context, doc *text.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Sentences, doc.Events, doc.Quotes, doc.Places, doc.SentenceTone = nil, nil, nil, nil, nil
	t := doc.Text
	start := -1
	var all text.Tone
	for i := 0; i <= len(t); i++ {
		if i < len(t) && start < 0 && t[i] != ' ' && t[i] != '\n' {
			start = i
		}
		end := i == len(t) || (t[i] == '.' && (i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n'))
		if !end || start < 0 {
			continue
		}
		stop := min(i+1, len(t))
		para := start == 0 || strings.HasSuffix(t[:start], "\n\n")
		doc.Sentences = append(doc.Sentences, text.Sentence{Span: text.Span{Start: start, End: stop}, ParagraphStart: para})
		tn := tone(t[start:stop])
		doc.SentenceTone = append(doc.SentenceTone, tn)
		all.WordCount += tn.WordCount
		all.Positive += tn.Positive * float64(tn.WordCount)
		all.Negative += tn.Negative * float64(tn.WordCount)
		c.codeSentence(doc, len(doc.Sentences)-1)
		start = -1
	}
	if all.WordCount > 0 {
		all.Positive /= float64(all.WordCount)
		all.Negative /= float64(all.WordCount)
	}
	all.Tone, all.Polarity = all.Positive-all.Negative, all.Positive+all.Negative
	doc.Tone = all
	return nil
}

func tone(s string) text.Tone {
	words := strings.Fields(strings.ToLower(s))
	var pos, neg int
	for _, w := range words {
		w = strings.Trim(w, ".,\"")
		for _, p := range positiveWords {
			if w == p {
				pos++
			}
		}
		for _, n := range negativeWords {
			if w == n {
				neg++
			}
		}
	}
	tn := text.Tone{WordCount: len(words)}
	if len(words) > 0 {
		tn.Positive = 100 * float64(pos) / float64(len(words))
		tn.Negative = 100 * float64(neg) / float64(len(words))
	}
	tn.Tone, tn.Polarity = tn.Positive-tn.Negative, tn.Positive+tn.Negative
	return tn
}

type found struct {
	span  text.Span
	actor text.Actor
}

func (c *Coder) codeSentence(doc *text.Document, si int) {
	s := doc.Sentences[si].Span
	st := doc.Text[s.Start:s.End]
	var actors []found
	for _, a := range fakeActors {
		for off := 0; ; {
			j := strings.Index(st[off:], a.name)
			if j < 0 {
				break
			}
			b := s.Start + off + j
			actors = append(actors, found{text.Span{Start: b, End: b + len(a.name)}, a.actor})
			off += j + len(a.name)
		}
	}
	if strings.HasPrefix(st, "\"") {
		c.codeQuote(doc, si, actors)
		return
	}
	vi, vlen, code := -1, 0, ""
	for _, v := range fakeVerbs {
		if j := strings.Index(st, " "+v.phrase+" "); j >= 0 && (vi < 0 || j+1 < vi) {
			vi, vlen, code = j+1, len(v.phrase), v.code
		}
	}
	if vi < 0 {
		return
	}
	verb := text.Span{Start: s.Start + vi, End: s.Start + vi + vlen}
	var src, tgt *found
	for i := range actors {
		a := &actors[i]
		if a.span.End <= verb.Start && (src == nil || a.span.Start > src.span.Start) {
			src = a
		}
		if a.span.Start >= verb.End && (tgt == nil || a.span.Start < tgt.span.Start) {
			tgt = a
		}
	}
	if src == nil {
		return
	}
	cc, ok := c.onto.CAMEO(code)
	if !ok {
		return
	}
	n := len(doc.Events)
	e := text.Event{
		ID:       fmt.Sprintf("%s:s%d:e%d", doc.ID, si, n),
		Group:    fmt.Sprintf("%s:s%d:g%d", doc.ID, si, n),
		DocID:    doc.ID,
		Sentence: si,
		Text:     st,
		CAMEO:    text.CAMEO{Code: cc.Code, Root: cc.Root, Name: cc.Name, Goldstein: cc.Goldstein, QuadClass: int(cc.QuadClass)},
		PLOVER:   text.PLOVER{Type: cc.PLOVER.Type, Mode: cc.PLOVER.Mode, Context: cc.PLOVER.Context},
		Source:   &text.Participant{Text: doc.Text[src.span.Start:src.span.End], Span: src.span, Actor: src.actor},
		Modality: text.Asserted,
		Evidence: text.Evidence{
			Verb: text.Participant{Text: doc.Text[verb.Start:verb.End], Span: verb},
			Rule: "storetest#" + code,
		},
		Tone: doc.SentenceTone[si],
	}
	if tgt != nil {
		e.Target = &text.Participant{Text: doc.Text[tgt.span.Start:tgt.span.End], Span: tgt.span, Actor: tgt.actor}
	}
	if strings.Contains(st, " did not ") {
		e.Modality = text.Negated
	}
	e.Evidence.Date = text.DateRef{Value: dayOf(doc.Date), Granularity: "day", Rule: "document"}
	for wd, name := range weekdays {
		if j := strings.Index(st, "on "+name); j >= 0 && !doc.Date.IsZero() {
			back := (int(doc.Date.Weekday()) - (wd + 1) + 7) % 7
			e.Evidence.Date = text.DateRef{Value: dayOf(doc.Date).AddDate(0, 0, -back), Granularity: "day",
				Text: "on " + name, Span: text.Span{Start: s.Start + j, End: s.Start + j + 3 + len(name)}, Rule: "weekday"}
		}
	}
	e.Date = e.Evidence.Date.Value
	for _, p := range fakePlaces {
		if j := strings.Index(st, " in "+p.Name); j >= 0 {
			pl := p
			pl.Span = text.Span{Start: s.Start + j + 4, End: s.Start + j + 4 + len(p.Name)}
			pl.Text, pl.Rule = p.Name, "storetest"
			doc.Places = append(doc.Places, pl)
			e.Place = &pl
			break
		}
	}
	doc.Events = append(doc.Events, e)
}

func (c *Coder) codeQuote(doc *text.Document, si int, actors []found) {
	s := doc.Sentences[si].Span
	st := doc.Text[s.Start:s.End]
	end := strings.Index(st, ",\" said ")
	if end < 0 {
		return
	}
	q := text.Quote{
		ID:      fmt.Sprintf("%s:q%d", doc.ID, len(doc.Quotes)),
		DocID:   doc.ID,
		Direct:  true,
		Content: text.Participant{Text: st[1 : end+1], Span: text.Span{Start: s.Start + 1, End: s.Start + end + 1}},
		Cue:     text.Participant{Text: "said", Span: text.Span{Start: s.Start + end + 3, End: s.Start + end + 7}},
	}
	for _, a := range actors {
		if a.span.Start > q.Cue.Span.End {
			q.Speaker = text.Participant{Text: doc.Text[a.span.Start:a.span.End], Span: a.span, Actor: a.actor}
			break
		}
	}
	doc.Quotes = append(doc.Quotes, q)
}

func dayOf(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
