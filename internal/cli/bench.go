package cli

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley"
	"github.com/parleyproject/parley/internal/cputime"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/text"
)

func newBenchCommand(s streams) *cobra.Command {
	var pf pipelineFlags
	var date, db string
	var workers, batch int
	cmd := &cobra.Command{
		Use:   "bench [flags] FILE...",
		Short: "Measure the pipeline's speed and memory on a corpus",
		Long: `Bench codes the documents of FILE... (the inputs of 'parley code') on
--workers goroutines and reports documents/s, sentences/s (also per core, from
the CPU time used), events/s, peak memory and the share of time each stage
takes. With --db the documents are also stored, and storage is timed as a
stage of its own.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, d, err := pf.optionsAndDate(date)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			var docs []*text.Document
			if err := readDocuments(ctx, args, s.in, d, s.err, func(doc *text.Document) error {
				docs = append(docs, doc)
				return nil
			}); err != nil {
				return err
			}
			loadStart := time.Now()
			p, err := loadPipeline(opts)
			if err != nil {
				return err
			}
			startup := time.Since(loadStart)
			defer throughputGC()()
			r, err := runBench(ctx, p, docs, max(workers, 1), db, max(batch, 1))
			if err != nil {
				return err
			}
			r.startup = startup
			return r.write(s.out)
		},
	}
	pf.register(cmd)
	registerDateFlag(cmd, &date)
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	cmd.Flags().StringVar(&db, "db", "", "also store the documents in this SQLite file (timed as a stage)")
	cmd.Flags().IntVar(&batch, "batch", 64, "documents per storage transaction with --db")
	return cmd
}

type benchResult struct {
	docs, sentences, tokens, events int
	wall, cpu                       time.Duration
	startup                         time.Duration // loading the models and dictionaries
	maxRSS                          int64         // bytes
	timings                         parley.Timings
	storage                         time.Duration
	workers                         int
}

func runBench(ctx context.Context, p *parley.Pipeline, docs []*text.Document, workers int, dbPath string, batch int) (*benchResult, error) {
	r := &benchResult{docs: len(docs), workers: workers}
	var db *sqlite.DB
	if dbPath != "" {
		var err error
		if db, err = sqlite.Open(ctx, dbPath, ingestStoreOptions()); err != nil {
			return nil, err
		}
		defer db.Close()
	}
	cpu0 := cputime.Process()
	start := time.Now()
	jobs := make(chan *text.Document)
	done := make(chan *text.Document, workers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var t parley.Timings
			for doc := range jobs {
				if err := p.CodeTimed(ctx, doc, &t); err != nil {
					mu.Lock()
					firstErr = cmpErr(firstErr, err)
					mu.Unlock()
				}
				done <- doc
			}
			mu.Lock()
			r.timings.Add(&t)
			mu.Unlock()
		}()
	}
	go func() {
		for _, d := range docs {
			jobs <- d
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()
	var pending []*text.Document
	// Coded documents are let go once counted (and stored), as ingest
	// does, so that peak memory is the pipeline's, not the corpus'.
	flush := func() error {
		var err error
		if db != nil && len(pending) > 0 {
			t0 := time.Now()
			_, err = db.PutDocuments(ctx, pending)
			r.storage += time.Since(t0)
		}
		for _, d := range pending {
			d.Sentences, d.Events, d.Quotes, d.Places, d.SentenceTone = nil, nil, nil, nil, nil
		}
		pending = pending[:0]
		return err
	}
	for doc := range done {
		r.sentences += len(doc.Sentences)
		r.tokens += len(doc.Tokens)
		r.events += len(doc.Events)
		doc.Tokens, doc.Mentions = nil, nil
		pending = append(pending, doc)
		if len(pending) >= batch {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if firstErr != nil {
		return nil, firstErr
	}
	r.wall = time.Since(start)
	r.cpu = cputime.Process() - cpu0
	r.maxRSS = cputime.MaxRSS()
	return r, nil
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func (r *benchResult) write(w io.Writer) error {
	ew := &errWriter{w: w}
	per := func(n int, d time.Duration) float64 { return float64(n) / max(d.Seconds(), 1e-9) }
	ew.printf("documents  %8d   %10.1f/s\n", r.docs, per(r.docs, r.wall))
	ew.printf("sentences  %8d   %10.1f/s   %10.1f/s per core (CPU time)\n", r.sentences, per(r.sentences, r.wall), per(r.sentences, r.cpu))
	ew.printf("tokens     %8d   %10.1f/s   %10.1f/s per core (CPU time)\n", r.tokens, per(r.tokens, r.wall), per(r.tokens, r.cpu))
	ew.printf("events     %8d   %10.1f/s\n", r.events, per(r.events, r.wall))
	ew.printf("wall time  %s on %d workers; CPU time %s; peak RSS %.0f MB\n", r.wall.Round(time.Millisecond), r.workers, r.cpu.Round(time.Millisecond), float64(r.maxRSS)/(1<<20))
	if r.startup > 0 {
		ew.printf("start-up   %s to load the models and dictionaries (not in the figures above)\n", r.startup.Round(time.Millisecond))
	}
	var total time.Duration
	for _, st := range parley.StageNames() {
		total += r.timings.Duration(st)
	}
	total += r.storage
	ew.printf("time share per stage:\n")
	for _, st := range parley.StageNames() {
		d := r.timings.Duration(st)
		ew.printf("  %-11s %6.1f%%  %s\n", st, 100*d.Seconds()/max(total.Seconds(), 1e-9), d.Round(time.Millisecond))
	}
	if r.storage > 0 {
		ew.printf("  %-11s %6.1f%%  %s\n", "storage", 100*r.storage.Seconds()/max(total.Seconds(), 1e-9), r.storage.Round(time.Millisecond))
	}
	return ew.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
