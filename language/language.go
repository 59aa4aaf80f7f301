// Package language is Parley's English language core as one stage: it splits
// a document into sentences and words and adds parts of speech, lemmas,
// morphological features and a labelled dependency parse.
package language

import (
	"context"

	"github.com/parleyproject/parley/models"
	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
)

// Core runs the language models. It is read-only and safe for concurrent
// use.
type Core struct {
	models *models.Set
}

// New returns a Core over a set of models.
func New(m *models.Set) *Core { return &Core{models: m} }

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
	}
	return nil
}

func (c *Core) lemmatize(toks []text.Token) {
	for j := range toks {
		t := &toks[j]
		t.Lemma = c.models.Lemmas.Lemma(t.Form, t.UPOS, t.XPOS)
		t.Feats = c.models.Feats.Feats(t.Form, t.XPOS)
	}
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
	}
	done(StageParse)
	return nil
}
