// Package parley is Parley's pipeline as a library: from a document's text to
// sentences, tokens and parses, actor mentions, coded events and their
// attributes.
//
//	p, err := parley.New(parley.Options{})
//	doc := &text.Document{ID: "doc-1", Text: "...", Date: date}
//	err = p.Code(ctx, doc) // doc.Events now holds the events
//
// A Pipeline is safe for concurrent use: its models and dictionaries are
// loaded once and read-only.
package parley

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/parleyproject/parley/actor"
	"github.com/parleyproject/parley/attr/quote"
	"github.com/parleyproject/parley/event"
	"github.com/parleyproject/parley/language"
	"github.com/parleyproject/parley/models"
	"github.com/parleyproject/parley/ontology"
	"github.com/parleyproject/parley/text"
)

// Options configure a Pipeline. The zero value uses everything embedded in
// the binary.
type Options struct {
	// ModelsDir, when set, loads the language models from a directory
	// written by `parley train` instead of the embedded ones.
	ModelsDir string
	// Actors adds actor dictionary files to the embedded ones; with
	// ReplaceActors they are used alone.
	Actors        []fs.FS
	ReplaceActors bool
	// Patterns adds event pattern files to the embedded ones; with
	// ReplacePatterns they are used alone.
	Patterns        []fs.FS
	ReplacePatterns bool
	// Coder changes what the event coder emits.
	Coder event.Options
	// QuoteLexicon, when set, replaces the embedded cue lexicon of the
	// quotation finder.
	QuoteLexicon *quote.Lexicon
	// LanguageOnly loads only the language core (for Parse); Code and
	// Explain then fail.
	LanguageOnly bool
}

var errLanguageOnly = errors.New("parley: pipeline loaded with LanguageOnly cannot code events")

// Pipeline runs Parley's stages over documents.
type Pipeline struct {
	core   *language.Core
	actors *actor.Dictionary
	coder  *event.Coder
	attrs  *attributes
	quotes *quotes
}

// New loads the models and dictionaries.
func New(opts Options) (*Pipeline, error) {
	// The models, the actor dictionaries and the rest are independent:
	// they load at once, which halves the start-up of a run on two cores.
	var (
		p                               Pipeline
		set                             *models.Set
		modelsErr, actorsErr, codingErr error
		loading                         sync.WaitGroup
	)
	loading.Go(func() {
		if opts.ModelsDir != "" {
			set, modelsErr = models.LoadDir(opts.ModelsDir)
		} else {
			set, modelsErr = models.Load()
		}
	})
	if !opts.LanguageOnly {
		loading.Go(func() { p.actors, actorsErr = loadActors(opts) })
		codingErr = p.loadCoding(opts)
	}
	loading.Wait()
	if err := cmp.Or(modelsErr, actorsErr, codingErr); err != nil {
		return nil, err
	}
	p.core = language.New(set)
	return &p, nil
}

// loadCoding loads the event coder, the attribute lexicons and the quote
// lexicon.
func (p *Pipeline) loadCoding(opts Options) error {
	onto, err := ontology.Default()
	if err != nil {
		return fmt.Errorf("load ontology: %w", err)
	}
	lex, err := event.DefaultLexicon()
	if err != nil {
		return err
	}
	dict, err := loadPatterns(opts)
	if err != nil {
		return err
	}
	p.coder = event.New(dict, onto, lex, opts.Coder)
	if p.attrs, err = loadAttributes(); err != nil {
		return err
	}
	if p.quotes, err = loadQuotes(opts.QuoteLexicon); err != nil {
		return err
	}
	return nil
}

func loadActors(opts Options) (*actor.Dictionary, error) {
	if len(opts.Actors) == 0 {
		return actor.Default()
	}
	var all []fs.FS
	if !opts.ReplaceActors {
		all = append(all, actor.Embedded())
	}
	all = append(all, opts.Actors...)
	d, err := actor.Load(all[0], all[1:]...)
	if err != nil {
		return nil, fmt.Errorf("load actors: %w", err)
	}
	return d, nil
}

func loadPatterns(opts Options) (*event.Dictionary, error) {
	var all []fs.FS
	if !opts.ReplacePatterns || len(opts.Patterns) == 0 {
		all = append(all, event.DefaultPatterns())
	}
	all = append(all, opts.Patterns...)
	var dict *event.Dictionary
	for _, fsys := range all {
		d, err := event.LoadDictionary(fsys)
		if err != nil {
			return nil, err
		}
		if dict == nil {
			dict = d
		} else {
			dict = dict.Merge(d)
		}
	}
	return dict, nil
}

// Parse runs the language core: sentences and tokens (unless the document
// already has them), tags, lemmas, morphological features and the
// dependency parse.
func (p *Pipeline) Parse(ctx context.Context, doc *text.Document) error {
	return p.core.Annotate(ctx, doc)
}

// Code runs the whole pipeline: Parse, actor resolution, event coding, and
// the events' dates, places and tone. doc.Mentions, doc.Events, doc.Places
// and the tone are replaced; a zero doc.Date takes the date of a dateline
// that opens the text ("KIGALI, Jun 15 2022 (IPS) - …"), if there is one.
func (p *Pipeline) Code(ctx context.Context, doc *text.Document) error {
	return p.CodeTimed(ctx, doc, nil)
}

// CodeTimed is Code that adds the time each stage takes to t (which may be
// nil).
func (p *Pipeline) CodeTimed(ctx context.Context, doc *text.Document, t *Timings) error {
	if p.coder == nil {
		return errLanguageOnly
	}
	c := t.start()
	if err := p.parseTimed(ctx, doc, &c); err != nil {
		return err
	}
	p.attrs.datelineDate(doc)
	doc.Mentions = p.actors.Resolve(doc)
	c.lap(StageActors)
	p.quotes.annotate(doc)
	c.lap(StageQuotes)
	places := p.attrs.places(doc) // the coder reads doc.Places
	c.lap(StageAttributes)
	if err := p.coder.Code(ctx, doc); err != nil {
		return err
	}
	c.lap(StageEvents)
	p.attrs.annotate(doc, places)
	linkQuotes(doc)
	c.lap(StageAttributes)
	return nil
}

func (p *Pipeline) parseTimed(ctx context.Context, doc *text.Document, c *clock) error {
	if c.t == nil {
		return p.core.Annotate(ctx, doc)
	}
	return p.core.AnnotateStages(ctx, doc, func(stage string) { c.lap(stage) })
}

// Explain codes doc like Code and writes how every sentence was coded.
func (p *Pipeline) Explain(ctx context.Context, doc *text.Document, w io.Writer) error {
	if p.coder == nil {
		return errLanguageOnly
	}
	if err := p.Parse(ctx, doc); err != nil {
		return err
	}
	p.attrs.datelineDate(doc)
	doc.Mentions = p.actors.Resolve(doc)
	p.attrs.places(doc)
	return p.coder.Explain(ctx, doc, w)
}
