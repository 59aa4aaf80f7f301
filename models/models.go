// Package models holds the language core's trained models, embedded in the
// binary: the tagger, the lemmatizer, the morphological features and the
// dependency parser. `parley
// train` reproduces them from the Universal Dependencies treebanks.
package models

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/parleyproject/parley/depparse"
	"github.com/parleyproject/parley/internal/english"
	"github.com/parleyproject/parley/lemma"
	"github.com/parleyproject/parley/morph"
	"github.com/parleyproject/parley/postag"
)

// The model files, as `parley train` names them.
const (
	TaggerFile = "tagger.bin"
	LemmaFile  = "lemma.txt"
	FeatsFile  = "feats.txt"
	ParserFile = "parser.bin"
)

//go:embed tagger.bin lemma.txt feats.txt parser.bin
var embedded embed.FS

// Set is the three models of the language core. They are read-only and safe
// for concurrent use.
type Set struct {
	Tagger *postag.Tagger
	Lemmas *lemma.Model
	Feats  *morph.Model
	Parser *depparse.Parser
	// Irregular is the table of irregular verbs the pipeline's tagging
	// and lemmas consult beside the models (see lemma.Irregular).
	Irregular *lemma.Irregular
}

// Embedded returns the embedded model files.
func Embedded() fs.FS { return embedded }

// Load reads the models from the embedded files. Each call decodes them
// again, so callers load once and share the Set.
func Load() (*Set, error) { return LoadFS(embedded) }

// LoadDir reads the models from a directory written by `parley train`.
func LoadDir(dir string) (*Set, error) {
	if _, err := os.Stat(filepath.Join(dir, TaggerFile)); err != nil {
		return nil, fmt.Errorf("load models: %w", err)
	}
	return LoadFS(os.DirFS(dir))
}

// LoadFS reads the models from fsys.
func LoadFS(fsys fs.FS) (*Set, error) {
	var s Set
	var err error
	if s.Tagger, err = read(fsys, TaggerFile, postag.Read); err != nil {
		return nil, err
	}
	if s.Lemmas, err = read(fsys, LemmaFile, lemma.Read); err != nil {
		return nil, err
	}
	if s.Feats, err = read(fsys, FeatsFile, morph.Read); err != nil {
		return nil, err
	}
	if s.Parser, err = read(fsys, ParserFile, depparse.Read); err != nil {
		return nil, err
	}
	if s.Irregular, err = lemma.IrregularVerbs(); err != nil {
		return nil, fmt.Errorf("load irregular verbs: %w", err)
	}
	s.Tagger.LeaveToModel(english.AdjectiveVerbs())
	if err := s.Tagger.FixForms(s.Irregular.PastOnly(), postag.Tag{UPOS: "VERB", XPOS: "VBD"}); err != nil {
		return nil, fmt.Errorf("load models: %w", err)
	}
	classes, err := postag.EmbeddedWordClasses()
	if err != nil {
		return nil, fmt.Errorf("load word classes: %w", err)
	}
	if err := s.Tagger.AddWordClasses(classes); err != nil {
		return nil, fmt.Errorf("load models: %w", err)
	}
	s.Lemmas.AddKnownLemmas(classes.BaseForms())
	return &s, nil
}

func read[T any](fsys fs.FS, name string, decode func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := fsys.Open(name)
	if err != nil {
		return zero, fmt.Errorf("load model %s: %w", name, err)
	}
	defer f.Close()
	m, err := decode(f)
	if err != nil {
		return zero, fmt.Errorf("load model %s: %w", name, err)
	}
	return m, nil
}
