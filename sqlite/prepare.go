package sqlite

import (
	"github.com/parleyproject/parley/text"
)

// encoded is the JSON a document's rows carry that depends on the document
// alone: its sentences and places (doc_annotations) and each event's
// detail (events.detail), one value after another in json.
type encoded struct {
	json              []byte
	sentences, places jsonRef
	details           []jsonRef // by event
}

// encode appends doc's JSON to e.json, which it resets first.
func (e *encoded) encode(doc *text.Document) {
	b := e.json[:0]
	start := len(b)
	b = appendSentences(b, doc)
	e.sentences = jsonRef{start, len(b)}
	start = len(b)
	b = appendPlaces(b, doc)
	e.places = jsonRef{start, len(b)}
	e.details = e.details[:0]
	for i := range doc.Events {
		ev := &doc.Events[i]
		start = len(b)
		b = appendEventDetail(b, doc, ev, sentenceSpan(doc, ev))
		e.details = append(e.details, jsonRef{start, len(b)})
	}
	e.json = b
}

// Prepare encodes what doc's rows hold of it as JSON, the part of storing it
// that needs no transaction, for PutDocuments and PutKeyedDocuments to take
// instead of encoding it themselves in their transaction. A caller that
// codes documents on several goroutines and stores them on one (ingest)
// thus spreads that work over the goroutines and shortens the writer's
// transactions. doc must not change until it is put; a document put
// without Prepare is encoded in the transaction.
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
