package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley/ingest"
	"github.com/parleyproject/parley/sqlite"
)

// ingestCommand is `parley ingest`: its streams and how it builds the coding
// function, which tests replace.
type ingestCommand struct {
	streams
	// newCoder builds the pipeline from the pipeline flags.
	newCoder func(pf *pipelineFlags) (ingest.CodeFunc, error)
}

func newIngestCommand(s streams) *cobra.Command {
	return ingestCommand{streams: s, newCoder: pipelineCoder}.command()
}

// pipelineCoder loads Parley's pipeline.
func pipelineCoder(pf *pipelineFlags) (ingest.CodeFunc, error) {
	opts, err := pf.options()
	if err != nil {
		return nil, usageError{err}
	}
	p, err := loadPipeline(opts)
	if err != nil {
		return nil, err
	}
	return p.Code, nil
}

func (c ingestCommand) command() *cobra.Command {
	var pf pipelineFlags
	var dbPath, date string
	var opts ingest.Options
	var quiet, noSummary bool
	cmd := &cobra.Command{
		Use:   "ingest SOURCE...",
		Short: "Code documents into a database",
		Long: `Ingest reads documents from files, directories, standard input ("-") or
http(s) URLs of feeds and pages, codes them on all cores and stores them, with
their events, quotes and places, in an SQLite database.

A document already in the database (same URL or same text) is not coded again,
so ingest can be run again on the same sources, or after being interrupted at
any moment, and the database ends as after one uninterrupted run. Event
mentions are grouped into de-duplicated events (clusters) as they are stored.

Ingest exits with status 0 when every source was read, even if some records
were skipped or failed (the summary says which and why), and 1 when a source
could not be read.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := parseDateFlag(date)
			if err != nil {
				return usageError{err}
			}
			if opts.Workers < 1 {
				return usageError{fmt.Errorf("--workers %d: want at least 1", opts.Workers)}
			}
			code, err := c.newCoder(&pf)
			if err != nil {
				return err
			}
			defer throughputGC()()
			ctx := cmd.Context()
			db, err := sqlite.Open(ctx, dbPath, ingestStoreOptions())
			if err != nil {
				return err
			}
			opts.Sources, opts.Store, opts.Code, opts.StoreInProcess = args, db, code, true
			opts.Open.DefaultDate = d
			if !quiet && isTerminal(c.err) {
				opts.Progress = c.err
				opts.Total = ingest.EstimateTotal(args)
			}
			sum, runErr := ingest.Run(ctx, opts)
			fmt.Fprint(c.out, sum)
			var sumErr error
			if runErr == nil && !noSummary {
				sumErr = writeStoreSummary(ctx, c.out, db)
			}
			return errors.Join(runErr, sumErr, db.Close())
		},
	}
	pf.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&dbPath, "db", "parley.db", "database file")
	fl.IntVar(&opts.Workers, "workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	fl.IntVar(&opts.BatchSize, "batch", ingest.DefaultBatchSize, "documents stored per transaction")
	fl.BoolVar(&opts.Open.AllowPrivate, "allow-private", false, "let URLs reach private and loopback addresses")
	fl.BoolVar(&opts.Open.NoFollow, "no-follow", false, "code feed items' own text instead of fetching the articles")
	fl.BoolVar(&opts.Open.AllLanguages, "all-languages", false, "keep documents that are not in English")
	registerDateFlag(cmd, &date)
	fl.BoolVar(&quiet, "quiet", false, "no progress bar")
	fl.BoolVar(&noSummary, "no-summary", false, "do not summarise the store's events (quad classes, top dyads) at the end")
	return cmd
}

// isTerminal reports whether w is a terminal, where progress bars belong.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// ingestStoreOptions returns the options that open the database for
// ingest (and `parley bench --db`). Ingest reads only to look documents up:
// small read caches keep its memory bounded however large the database
// grows. A write cache of 16 MiB holds a transaction's pages as well as
// 64 MiB does: measured on 22,000 articles, the store's CPU time is the
// same and the peak RSS 100 MB lower (a cache takes about twice its size).
func ingestStoreOptions() sqlite.Options {
	return sqlite.Options{Readers: 2, ReadCacheMiB: 8, CacheMiB: 16}
}
