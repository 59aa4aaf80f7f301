package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley"
	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/internal/treebank"
	"github.com/parleyproject/parley/text"
)

func newParseCommand(s streams) *cobra.Command {
	var conlluIn bool
	var modelsDir, date string
	cmd := &cobra.Command{
		Use:   "parse [flags] FILE...",
		Short: "Write the language core's analysis as CoNLL-U",
		Long: `Parse splits text into sentences and words and writes lemmas, parts of
speech and a labelled dependency parse as CoNLL-U, with TokenRange=start:end
byte offsets in MISC. With --conllu-in the input is CoNLL-U: its sentences
and words are kept and LEMMA, UPOS, XPOS, HEAD and DEPREL are filled.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := loadPipeline(parley.Options{ModelsDir: modelsDir, LanguageOnly: true})
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(s.out, 1<<16)
			defer out.Flush()
			ctx := cmd.Context()
			if conlluIn {
				for _, path := range args {
					if err := parseCoNLLU(cmd, p, path, s.in, out); err != nil {
						return err
					}
				}
				return out.Flush()
			}
			d, err := parseDateFlag(date)
			if err != nil {
				return err
			}
			for _, path := range args {
				if isJSONLPath(path) {
					err = readDocuments(ctx, []string{path}, s.in, d, s.err, func(doc *text.Document) error {
						if err := p.Parse(ctx, doc); err != nil {
							return err
						}
						return writeCoNLLU(out, doc, 0, 0)
					})
				} else {
					err = parseText(ctx, p, path, s.in, out)
				}
				if err != nil {
					return err
				}
			}
			return out.Flush()
		},
	}
	cmd.Flags().BoolVar(&conlluIn, "conllu-in", false, "read CoNLL-U and keep its sentences and words")
	cmd.Flags().StringVar(&modelsDir, "models", "", "directory of models written by `parley train` (default: embedded)")
	registerDateFlag(cmd, &date)
	return cmd
}

func writeCoNLLU(w io.Writer, doc *text.Document, base, firstSent int) error {
	for _, s := range conllu.FromDocumentAt(doc, base, firstSent) {
		if err := conllu.Write(w, s); err != nil {
			return err
		}
	}
	return nil
}

// textChunk bounds how much of a plain-text file is analysed at once, so that
// memory stays bounded whatever the file's size.
const textChunk = 256 << 10

// parseText parses a plain-text file (or standard input) piece by piece; the
// byte offsets and sentence numbers are those of the whole text.
func parseText(ctx context.Context, p *parley.Pipeline, path string, stdin io.Reader, w io.Writer) error {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		defer f.Close()
		r = f
	}
	sentences := 0
	return chunkText(r, textChunk, func(piece string, base int) error {
		doc := &text.Document{ID: path, Text: piece}
		if err := p.Parse(ctx, doc); err != nil {
			return err
		}
		if err := writeCoNLLU(w, doc, base, sentences); err != nil {
			return err
		}
		sentences += len(doc.Sentences)
		return nil
	})
}

// parseCoNLLU annotates the sentences of a CoNLL-U file, keeping the given
// words, and writes them with the input's comments.
func parseCoNLLU(cmd *cobra.Command, p *parley.Pipeline, path string, stdin io.Reader, w io.Writer) error {
	var r io.Reader = stdin
	name := "<stdin>"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		defer f.Close()
		r, name = f, path
	}
	r, err := treebank.Decompress(r, name)
	if err != nil {
		return fmt.Errorf("parse %s: %w", name, err)
	}
	cr := conllu.NewReader(r, name)
	for {
		sent, err := cr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		doc := conllu.ToDocument("", []*conllu.Sentence{sent}, false)
		if err := p.Parse(cmd.Context(), doc); err != nil {
			return err
		}
		out := conllu.FromDocument(doc)[0]
		// Keep the input's comments, multiword tokens and the words' MISC;
		// add the analysis.
		out.Comments = sent.Comments
		out.MultiWords = sent.MultiWords
		for i := range out.Words {
			out.Words[i].Form = sent.Words[i].Form
			out.Words[i].Misc = sent.Words[i].Misc
		}
		if err := conllu.Write(w, out); err != nil {
			return err
		}
	}
}
