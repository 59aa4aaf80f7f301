// Package language is Parley's English language core as one stage: it splits
// a document into sentences and words and adds parts of speech, lemmas,
// morphological features and a labelled dependency parse.
package language

import (
	"context"
	"strings"
	"sync"

	"github.com/parleyproject/parley/models"
	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
)

// Core runs the language models. It is read-only and safe for concurrent
// use.
type Core struct {
	models *models.Set
	// memos holds a wordMemo for each goroutine annotating at a time.
	memos sync.Pool
}

// New returns a Core over a set of models.
func New(m *models.Set) *Core { return &Core{models: m} }

// wordMemo remembers the lemma and features of the words one goroutine
// has analysed, by form. Both depend only on the form and the tags, and news
// text repeats its words: most tokens are found here, which costs a small
// part of the lemmatizer's suffix lookups.
type wordMemo map[string][]wordAnalysis

type wordAnalysis struct{ upos, xpos, lemma, feats string }

// maxMemo bounds a memo's forms; a full one starts over.
const maxMemo = 1 << 16

func (c *Core) getMemo() wordMemo {
	if m, ok := c.memos.Get().(wordMemo); ok {
		return m
	}
	return make(wordMemo, 1024)
}

// Annotate analyses doc: sentences and words (unless the document already
// has tokens), then for every sentence its tags, lemmas, features and parse.
func (c *Core) Annotate(ctx context.Context, doc *text.Document) error {
	if len(doc.Tokens) == 0 {
		segment.Split(doc)
	}
	m := c.models
	for i, s := range doc.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		toks := doc.Tokens[s.Start:s.End]
		m.Tagger.TagTokens(toks)
		c.lemmatize(toks)
		m.Parser.ParseTokens(toks, s.Start)
		c.pastFromParse(toks, s.Start)
	}
	return nil
}

// pastFromParse makes a past participle that the parse gives an active
// subject and an object, and no auxiliary, a past tense: "Boeing
// lost/VBN the competition", "when a judge accused/VBN attorneys of
// misconduct". Only a finite verb has both without an auxiliary; the
// tagger reads such words as participles where a long subject or a time
// phrase stands before them, and what reads tags after the parse (tense,
// quotations) needs them right. offset is the index of toks[0] in its
// document.
func (c *Core) pastFromParse(toks []text.Token, offset int) {
	for j := range toks {
		t := &toks[j]
		if t.XPOS != "VBN" || t.UPOS != "VERB" {
			continue
		}
		subject, object, auxiliary := false, false, false
		for k := range toks {
			if toks[k].Head != j+offset {
				continue
			}
			switch toks[k].DepRel {
			case "nsubj":
				subject = true
			case "obj":
				object = true
			case "aux", "aux:pass", "cop":
				auxiliary = true
			}
		}
		if subject && object && !auxiliary {
			t.XPOS = "VBD"
			t.Feats = c.models.Feats.Feats(t.Form, t.XPOS)
		}
	}
}

func (c *Core) lemmatize(toks []text.Token) {
	memo := c.getMemo()
	defer c.memos.Put(memo)
	for j := range toks {
		t := &toks[j]
		t.Lemma, t.Feats = c.analyse(memo, t.Form, t.UPOS, t.XPOS)
	}
}

func (c *Core) analyse(memo wordMemo, form, upos, xpos string) (lemma, feats string) {
	seen := memo[form]
	for _, a := range seen {
		if a.upos == upos && a.xpos == xpos {
			return a.lemma, a.feats
		}
	}
	if seen == nil && len(memo) >= maxMemo {
		clear(memo)
	}
	// The memo outlives the document: it keeps a copy of the form, and
	// lemmas cut from the copy, not slices of the document's text.
	form = strings.Clone(form)
	a := wordAnalysis{
		upos:  upos,
		xpos:  xpos,
		lemma: c.lemma(form, upos, xpos),
		feats: c.models.Feats.Feats(form, xpos),
	}
	memo[form] = append(seen, a)
	return a.lemma, a.feats
}

// lemma returns the lemma of a word: a past or participle verb form the
// table of irregular verbs has is of its base, others are the model's.
func (c *Core) lemma(form, upos, xpos string) string {
	if ir := c.models.Irregular; ir != nil && upos == "VERB" && (xpos == "VBD" || xpos == "VBN") {
		if b, ok := ir.Base(strings.ToLower(form)); ok {
			return b
		}
	}
	return c.models.Lemmas.Lemma(form, upos, xpos)
}

// Stage names reported by AnnotateStages.
const (
	StageSegment = "segment"
	StageTag     = "tag"
	StageLemma   = "lemma"
	StageParse   = "parse"
)

// AnnotateStages is Annotate run stage by stage over the whole document,
// calling done after each stage (for timing). The result is the same.
func (c *Core) AnnotateStages(ctx context.Context, doc *text.Document, done func(stage string)) error {
	if len(doc.Tokens) == 0 {
		segment.Split(doc)
	}
	done(StageSegment)
	m := c.models
	for _, s := range doc.Sentences {
		m.Tagger.TagTokens(doc.Tokens[s.Start:s.End])
	}
	done(StageTag)
	for _, s := range doc.Sentences {
		c.lemmatize(doc.Tokens[s.Start:s.End])
	}
	done(StageLemma)
	for i, s := range doc.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		m.Parser.ParseTokens(doc.Tokens[s.Start:s.End], s.Start)
		c.pastFromParse(doc.Tokens[s.Start:s.End], s.Start)
	}
	done(StageParse)
	return nil
}
