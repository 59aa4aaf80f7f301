package sqlite

import (
	"slices"
	"strings"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// encoded is what a document's rows hold that depends on the document
// alone: the JSON of its sentences and places (doc_annotations) and of
// each event's detail, one value after another in json; its events' and
// quotes' rows, whose ids, actors and detail the transaction fills in
// (eventRows, quoteRows: the columns of eventColumns and quoteColumns, one
// row after another); and the keys of their actors.
type encoded struct {
	json              []byte
	sentences, places jsonRef
	details           []jsonRef // by event
	eventRows         []any
	days              []int64 // the events' days, for the summaries
	// src and tgt are the keys of the events' participants' actors (zero
	// where an event has none), speakers those of the quotes' speakers.
	src, tgt  []actorKey
	quoteRows []any
	speakers  []actorKey
}

// The columns of an event's row that the transaction fills in.
var (
	eventDocCol    = slices.Index(eventColumns, "doc_id")
	eventSrcCol    = slices.Index(eventColumns, "src_actor")
	eventTgtCol    = slices.Index(eventColumns, "tgt_actor")
	eventDetailCol = slices.Index(eventColumns, "detail")
)

// The columns of a quote's row that the transaction fills in.
var (
	quoteIDCol      = slices.Index(quoteColumns, "id")
	quoteDocCol     = slices.Index(quoteColumns, "doc_id")
	quoteSpeakerCol = slices.Index(quoteColumns, "speaker_actor")
)

// keyOfActor returns the key of actor a in the actors table.
func keyOfActor(a text.Actor) actorKey {
	return actorKey{a.Code, a.Name, a.Country, string(a.Kind), strings.Join(a.Sectors, " "), a.ID}
}

// encode fills e for doc, reusing e's storage.
func (e *encoded) encode(doc *text.Document) {
	b := e.json[:0]
	start := len(b)
	b = appendSentences(b, doc)
	e.sentences = jsonRef{start, len(b)}
	start = len(b)
	b = appendPlaces(b, doc)
	e.places = jsonRef{start, len(b)}
	e.json = b
	e.encodeEvents(doc)
	e.quoteRows, e.speakers = e.quoteRows[:0], e.speakers[:0]
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		e.speakers = append(e.speakers, keyOfActor(q.Speaker.Actor))
		e.quoteRows = append(e.quoteRows, nil, nil, int64(i), q.ID, q.Direct, nil, q.Speaker.Code, q.Speaker.Name,
			q.Speaker.Text, int64(q.Speaker.Span.Start), int64(q.Speaker.Span.End),
			q.Cue.Text, int64(q.Cue.Span.Start), int64(q.Cue.Span.End),
			q.Content.Text, int64(q.Content.Span.Start), int64(q.Content.Span.End))
	}
}

// encodeEvents appends the details of doc's events to e.json and gathers
// their rows and their actors' keys.
func (e *encoded) encodeEvents(doc *text.Document) {
	e.details, e.eventRows, e.days = e.details[:0], e.eventRows[:0], e.days[:0]
	e.src, e.tgt = e.src[:0], e.tgt[:0]
	// The lead paragraph ends where the second paragraph starts.
	lead := -1
	for i := 1; i < len(doc.Sentences); i++ {
		if doc.Sentences[i].ParagraphStart {
			lead = i
			break
		}
	}
	for i := range doc.Events {
		ev := &doc.Events[i]
		sent := sentenceSpan(doc, ev)
		start := len(e.json)
		e.json = appendEventDetail(e.json, doc, ev, sent)
		e.details = append(e.details, jsonRef{start, len(e.json)})
		var sentText any
		if doc.Text[sent.Start:sent.End] != ev.Text {
			sentText = ev.Text
		}
		day := int64(dayInt(store.EventDay(ev, doc.Date)))
		e.days = append(e.days, day)
		e.eventRows = append(e.eventRows, nil, int64(i), int64(ev.Sentence), int64(sent.Start), int64(sent.End),
			lead < 0 || ev.Sentence < lead, sentText,
			day, ev.CAMEO.Code, ev.CAMEO.Root, int64(ev.CAMEO.QuadClass), ev.CAMEO.Goldstein,
			string(modalityOf(ev)))
		e.eventRows = appendParticipant(e.eventRows, ev.Source)
		e.eventRows = appendParticipant(e.eventRows, ev.Target)
		if p := ev.Place; p != nil {
			e.eventRows = append(e.eventRows, p.Name, p.Country, p.Lat, p.Lon)
		} else {
			e.eventRows = append(e.eventRows, nil, nil, nil, nil)
		}
		e.eventRows = append(e.eventRows, doc.Tone.Tone, nil, nil) // cluster_id is set by flush
		var src, tgt actorKey
		if ev.Source != nil {
			src = keyOfActor(ev.Source.Actor)
		}
		if ev.Target != nil {
			tgt = keyOfActor(ev.Target.Actor)
		}
		e.src, e.tgt = append(e.src, src), append(e.tgt, tgt)
	}
}

// modalityOf returns e's modality, asserted when it has none.
func modalityOf(e *text.Event) text.Modality {
	if e.Modality == "" {
		return text.Asserted
	}
	return e.Modality
}

// Prepare encodes what doc's rows hold of it alone (its JSON, its events'
// and quotes' rows but for their ids and actors), the part of storing it
// that needs no transaction, for PutDocuments and PutKeyedDocuments to
// take instead of encoding it themselves in their transaction. A caller
// that codes documents on several goroutines and stores them on one
// (ingest) thus spreads that work over the goroutines and shortens the
// writer's transactions. doc must not change until it is put; a document
// put without Prepare is encoded in the transaction.
func (db *DB) Prepare(doc *text.Document) {
	e := new(encoded)
	e.encode(doc)
	db.prepared.Store(doc, e)
}

// takePrepared returns what Prepare encoded of doc, which it forgets, or
// nil.
func (db *DB) takePrepared(doc *text.Document) *encoded {
	if e, ok := db.prepared.LoadAndDelete(doc); ok {
		return e.(*encoded)
	}
	return nil
}
