package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley"
	"github.com/parleyproject/parley/eventeval"
	"github.com/parleyproject/parley/internal/pool"
	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/text"
)

func newEvalCommand(s streams) *cobra.Command {
	var pf pipelineFlags
	var goldPath, eventsPath, outPath string
	var asJSON bool
	var workers int
	cmd := &cobra.Command{
		Use:   "eval --gold FILE.jsonl [flags]",
		Short: "Score event coding against gold event records",
		Long: `Eval codes the text of every gold record as a document whose id is the
record's key ("<dataset>/<id>", or "<id>" when the record names no dataset)
and scores the events against the record's gold events, per dataset and
overall: type recall, precision and F1, dyad recall, code recall and the
false-positive rate on records without events. The figures are those of the
reference scorer, score_events.py, on the same events.

With --events it scores an existing file of coded events (the output of
parley code) instead of coding. With -o it also writes the coded events.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if goldPath == "" {
				return usageError{errors.New("--gold is required")}
			}
			gold, gerr := readGoldFile(goldPath)
			if gerr != nil {
				var rerr *eventeval.ReadError
				if !errors.As(gerr, &rerr) {
					return gerr
				}
				fmt.Fprintf(s.err, "parley: %v\n", gerr) // scored without the bad lines
			}
			var preds []eventeval.Prediction
			if eventsPath != "" {
				if outPath != "" {
					return usageError{errors.New("-o writes coded events; with --events nothing is coded")}
				}
				p, err := readPredictionsFile(eventsPath)
				if err != nil {
					var rerr *eventeval.ReadError
					if !errors.As(err, &rerr) {
						return err
					}
					fmt.Fprintf(s.err, "parley: %v\n", err)
				}
				preds = p
			} else {
				opts, err := pf.options()
				if err != nil {
					return usageError{err}
				}
				p, err := loadPipeline(opts)
				if err != nil {
					return err
				}
				preds, err = codeGold(cmd, p, gold, outPath, workers, s.err)
				if err != nil {
					return err
				}
			}
			res := eventeval.Score(gold, preds)
			out := bufio.NewWriter(s.out)
			if asJSON {
				out.Write(eventeval.JSON(res))
				out.WriteByte('\n')
			} else {
				out.WriteString(eventeval.Table(res))
			}
			if err := out.Flush(); err != nil {
				return err
			}
			return gerr
		},
	}
	pf.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&goldPath, "gold", "", "gold event records (JSONL)")
	fl.StringVar(&eventsPath, "events", "", "score this file of coded events instead of coding")
	fl.StringVarP(&outPath, "output", "o", "", "also write the coded events to this file (JSONL)")
	fl.BoolVar(&asJSON, "json", false, "print the figures as JSON")
	fl.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	return cmd
}

func readGoldFile(path string) ([]eventeval.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	return eventeval.ReadGold(f, path)
}

func readPredictionsFile(path string) ([]eventeval.Prediction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	defer f.Close()
	return eventeval.ReadPredictions(f, path)
}

// codeGold codes the text of every gold record, in parallel, and returns the
// events as predictions; with outPath it writes them as parley code does.
func codeGold(cmd *cobra.Command, p *parley.Pipeline, gold []eventeval.Gold, outPath string, workers int, errOut io.Writer) ([]eventeval.Prediction, error) {
	var w *bufio.Writer
	if outPath != "" {
		f, err := os.Create(outPath)
		if err != nil {
			return nil, fmt.Errorf("write events: %w", err)
		}
		defer f.Close()
		w = bufio.NewWriterSize(f, 1<<16)
	}
	ctx := cmd.Context()
	var preds []eventeval.Prediction
	wp := pool.New(ctx, workers, func(doc *text.Document) (*text.Document, error) {
		return doc, p.Code(ctx, doc)
	}, func(doc *text.Document) error {
		for i := range doc.Events {
			preds = append(preds, eventeval.PredictionOf(&doc.Events[i]))
		}
		if w != nil {
			return writeEventsJSONL(w, doc)
		}
		return nil
	})
	var err error
	for i := range gold {
		g := &gold[i]
		doc := &text.Document{ID: g.Key(), Text: g.Text}
		if d, derr := source.ParseDate(g.Date); derr != nil {
			// The record is still coded, without a date.
			fmt.Fprintf(errOut, "parley: gold record %s: %v; coded without a date\n", g.Key(), derr)
		} else {
			doc.Date = d
		}
		if err = wp.Submit(doc); err != nil {
			break
		}
	}
	if werr := wp.Close(); err == nil {
		err = werr
	}
	if err != nil {
		return nil, err
	}
	if w != nil {
		if err := w.Flush(); err != nil {
			return nil, fmt.Errorf("write events: %w", err)
		}
	}
	return preds, nil
}
