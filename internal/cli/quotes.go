package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley/attr/quote"
	"github.com/parleyproject/parley/internal/pool"
	"github.com/parleyproject/parley/text"
)

// The attribution form of contract 3 (DESIGN.md).
type jsonQuote struct {
	ID      string        `json:"id"`
	DocID   string        `json:"doc_id"`
	Direct  bool          `json:"direct"`
	Speaker *jsonSpeaker  `json:"speaker"`
	Cue     *jsonSpanText `json:"cue"`
	Content jsonSpanText  `json:"content"`
}

type jsonSpeaker struct {
	Text string    `json:"text"`
	Span text.Span `json:"span"`
	Code *string   `json:"code"`
	Name *string   `json:"name"`
}

func newQuotesCommand(s streams) *cobra.Command {
	var pf pipelineFlags
	var date string
	var lexicons []string
	var replaceLexicon bool
	var workers int
	cmd := &cobra.Command{
		Use:   "quotes [flags] FILE...",
		Short: "Find who said what: direct and indirect quotations",
		Long: `Quotes reads documents and writes their attributions, one JSON object per
line: the speaker (the phrase in the text, with the actor code and name it
resolves to, or null), the cue ("said", "according to") and the content, with
byte spans into the document text. Direct quotations are those inside
quotation marks. Input is read as by "parley code".

--lexicon adds cue lexicon files (format: attr/quote/FORMAT.md) to the
built-in one; with --replace-lexicon they are used alone.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, d, err := pf.optionsAndDate(date)
			if err != nil {
				return err
			}
			if opts.QuoteLexicon, err = loadQuoteLexicon(lexicons, replaceLexicon); err != nil {
				return err
			}
			p, err := loadPipeline(opts)
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(s.out, 1<<16)
			defer out.Flush()
			ctx := cmd.Context()
			// Documents are coded in parallel (which finds their
			// quotations) and written in input order.
			wp := pool.New(ctx, workers, func(doc *text.Document) (*text.Document, error) {
				return doc, p.Code(ctx, doc)
			}, func(doc *text.Document) error {
				return writeQuotesJSONL(out, doc)
			})
			err = readDocuments(ctx, args, s.in, d, s.err, wp.Submit)
			if werr := wp.Close(); err == nil {
				err = werr
			}
			if err != nil {
				return err
			}
			return out.Flush()
		},
	}
	pf.register(cmd)
	registerDateFlag(cmd, &date)
	cmd.Flags().StringArrayVar(&lexicons, "lexicon", nil, "cue lexicon file to add (repeatable)")
	cmd.Flags().BoolVar(&replaceLexicon, "replace-lexicon", false, "use only the --lexicon files, not the built-in lexicon")
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "documents read in parallel")
	return cmd
}

// loadQuoteLexicon returns the built-in cue lexicon with the files laid over
// it, or the files alone.
func loadQuoteLexicon(paths []string, replace bool) (*quote.Lexicon, error) {
	if replace && len(paths) == 0 {
		return nil, usageError{fmt.Errorf("--replace-lexicon needs at least one --lexicon")}
	}
	var lex *quote.Lexicon
	if !replace {
		l, err := quote.DefaultLexicon()
		if err != nil {
			return nil, err
		}
		lex = l
	}
	for _, p := range paths {
		l, err := quote.LoadLexicon(p)
		if err != nil {
			return nil, fmt.Errorf("--lexicon: %w", err)
		}
		if lex == nil {
			lex = l
		} else {
			lex = lex.Merge(l)
		}
	}
	return lex, nil
}

func writeQuotesJSONL(w io.Writer, doc *text.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		jq := jsonQuote{
			ID: q.ID, DocID: q.DocID, Direct: q.Direct,
			Content: jsonSpanText{Text: q.Content.Text, Span: q.Content.Span},
		}
		if q.Speaker.Text != "" {
			jq.Speaker = &jsonSpeaker{
				Text: q.Speaker.Text, Span: q.Speaker.Span,
				Code: strOrNull(q.Speaker.Code), Name: strOrNull(q.Speaker.Name),
			}
		}
		if q.Cue.Text != "" {
			jq.Cue = &jsonSpanText{Text: q.Cue.Text, Span: q.Cue.Span}
		}
		if err := enc.Encode(&jq); err != nil {
			return err
		}
	}
	return nil
}
