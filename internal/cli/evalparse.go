package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/internal/treebank"
	"github.com/parleyproject/parley/langeval"
	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
)

func newEvalParseCommand(s streams) *cobra.Command {
	var printText, segmentRaw bool
	cmd := &cobra.Command{
		Use:   "eval-parse GOLD [SYSTEM]",
		Short: "Score CoNLL-U against a gold treebank with the CoNLL 2018 metrics",
		Long: `eval-parse compares SYSTEM with GOLD (CoNLL-U files, gzipped or not; "-" is
standard input) and prints precision, recall, F1 and aligned accuracy for
tokens, sentences, words, UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS,
CLAS, MLAS and BLEX, as the CoNLL 2018 shared task script does.

--print-text prints the raw text of GOLD instead: sentences joined by a
space, paragraphs and documents by a blank line. --segment scores Parley's
own tokenizer and sentence segmenter on that raw text (tokens, sentences and
words only).`,
		Example: `  parley eval-parse en_ewt-ud-dev.conllu.gz parsed.conllu
  parley eval-parse --print-text en_ewt-ud-dev.conllu.gz > dev.txt
  parley eval-parse --segment en_ewt-ud-dev.conllu.gz`,
		RunE: func(cmd *cobra.Command, args []string) error {
			want := 2
			if printText || segmentRaw {
				want = 1
			}
			if printText && segmentRaw {
				return usageError{errors.New("--print-text and --segment exclude each other")}
			}
			if len(args) != want {
				return usageError{fmt.Errorf("eval-parse wants %d file argument(s), got %d", want, len(args))}
			}
			gold, err := readCoNLLU(args[0], s.in)
			if err != nil {
				return err
			}
			if printText {
				_, err := io.WriteString(s.out, langeval.RawText(gold)+"\n")
				return err
			}
			var system []*conllu.Sentence
			var only []string
			if segmentRaw {
				doc := &text.Document{ID: "raw", Text: langeval.RawText(gold)}
				segment.Split(doc)
				system = conllu.FromDocument(doc)
				only = []string{"Tokens", "Sentences", "Words"} // nothing else is predicted
			} else if system, err = readCoNLLU(args[1], s.in); err != nil {
				return err
			}
			rep, err := langeval.Evaluate(gold, system)
			if err != nil {
				return fmt.Errorf("eval-parse: %w", err)
			}
			return rep.WriteTable(s.out, only...)
		},
	}
	cmd.Flags().BoolVar(&printText, "print-text", false, "print the raw text of GOLD and exit")
	cmd.Flags().BoolVar(&segmentRaw, "segment", false, "score Parley's tokenizer and segmenter on the raw text of GOLD")
	return cmd
}

// readCoNLLU reads a CoNLL-U file, gzipped or not; "-" reads in.
func readCoNLLU(path string, in io.Reader) ([]*conllu.Sentence, error) {
	r := in
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read CoNLL-U: %w", err)
		}
		defer f.Close()
		r = f
	}
	dr, err := treebank.Decompress(r, path)
	if err != nil {
		return nil, fmt.Errorf("read CoNLL-U %s: %w", path, err)
	}
	sents, err := conllu.ReadAll(dr, path)
	if err != nil {
		return nil, fmt.Errorf("read CoNLL-U: %w", err)
	}
	return sents, nil
}
