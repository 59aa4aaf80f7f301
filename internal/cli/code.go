package cli

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley"
	"github.com/parleyproject/parley/actor"
	"github.com/parleyproject/parley/export"
	"github.com/parleyproject/parley/internal/fsutil"
	"github.com/parleyproject/parley/internal/pool"
	"github.com/parleyproject/parley/text"
)

// pipelineFlags are the flags shared by the commands that code events.
type pipelineFlags struct {
	modelsDir       string
	actors          []string
	replaceActors   bool
	patterns        []string
	replacePatterns bool
	requireSource   bool
	requireTarget   bool
}

func (f *pipelineFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.modelsDir, "models", "", "directory of models written by `parley train` (default: embedded)")
	fl.StringArrayVar(&f.actors, "actors", nil, "actor dictionary file or directory to add (repeatable)")
	fl.BoolVar(&f.replaceActors, "replace-actors", false, "use only the --actors dictionaries, not the embedded ones")
	fl.StringArrayVar(&f.patterns, "patterns", nil, "event pattern file or directory to add (repeatable)")
	fl.BoolVar(&f.replacePatterns, "replace-patterns", false, "use only the --patterns files, not the embedded ones")
	fl.BoolVar(&f.requireSource, "require-source", false, "drop events whose source is not a known actor")
	fl.BoolVar(&f.requireTarget, "require-target", false, "drop events whose target is not a known actor")
}

// optionsAndDate returns the pipeline's options and the parsed --date
// value, any error a usage error.
func (f *pipelineFlags) optionsAndDate(date string) (parley.Options, time.Time, error) {
	opts, err := f.options()
	if err != nil {
		return opts, time.Time{}, usageError{err}
	}
	d, err := parseDateFlag(date)
	return opts, d, err
}

func (f *pipelineFlags) options() (parley.Options, error) {
	opts := parley.Options{
		ModelsDir:       f.modelsDir,
		ReplaceActors:   f.replaceActors,
		ReplacePatterns: f.replacePatterns,
	}
	opts.Coder.RequireSource = f.requireSource
	opts.Coder.RequireTarget = f.requireTarget
	for _, p := range f.actors {
		fsys, err := actor.Files(p)
		if err != nil {
			return opts, fmt.Errorf("--actors: %w", err)
		}
		opts.Actors = append(opts.Actors, fsys)
	}
	for _, p := range f.patterns {
		fsys, err := patternFiles(p)
		if err != nil {
			return opts, fmt.Errorf("--patterns: %w", err)
		}
		opts.Patterns = append(opts.Patterns, fsys)
	}
	return opts, nil
}

func newCodeCommand(s streams) *cobra.Command {
	var pf pipelineFlags
	var format, date string
	var explain bool
	var workers int
	cmd := &cobra.Command{
		Use:   "code [flags] FILE...",
		Short: "Code the events of documents (CAMEO and PLOVER)",
		Long: `Code reads documents and writes their events, one per line. A file ending in
.jsonl holds one document per line ({"id", "text", "date", ...}); any other
file is one document whose id is its path; "-" is standard input.

With --explain it writes instead, sentence by sentence, the parse, the actors
found, the patterns tried and why each event was or was not coded.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, d, err := pf.optionsAndDate(date)
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(s.out, 1<<16)
			defer out.Flush()
			enc, err := newEventEncoder(format, out)
			if err != nil {
				return usageError{err}
			}
			p, err := loadPipeline(opts)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if explain {
				return readDocuments(ctx, args, s.in, d, s.err, func(doc *text.Document) error {
					return p.Explain(ctx, doc, out)
				})
			}
			// Documents are coded in parallel and written in input order.
			wp := pool.New(ctx, workers, func(doc *text.Document) (*text.Document, error) {
				return doc, p.Code(ctx, doc)
			}, enc.encode)
			err = readDocuments(ctx, args, s.in, d, s.err, wp.Submit)
			if werr := wp.Close(); err == nil {
				err = werr
			}
			if err != nil {
				return err
			}
			if err := enc.finish(); err != nil {
				return err
			}
			return out.Flush()
		},
	}
	pf.register(cmd)
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl, gdelt, mentions, polecat, plover, icews, csv or parquet")
	registerDateFlag(cmd, &date)
	cmd.Flags().BoolVar(&explain, "explain", false, "explain how each sentence was coded")
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "documents coded in parallel")
	return cmd
}

// docEncoder writes the events of coded documents in one output format.
type docEncoder struct {
	enc export.Encoder
}

func newEventEncoder(format string, w io.Writer) (*docEncoder, error) {
	enc, err := export.New(format, w, export.Options{})
	if err != nil {
		return nil, err
	}
	return &docEncoder{enc: enc}, nil
}

func (d *docEncoder) encode(doc *text.Document) error {
	recs := export.RecordsOf(doc)
	for i := range recs {
		if err := d.enc.Event(&recs[i]); err != nil {
			return err
		}
	}
	return nil
}

func (d *docEncoder) finish() error { return d.enc.Close() }

// patternFiles opens a pattern file or directory as a file system.
func patternFiles(path string) (fs.FS, error) {
	return fsutil.Files(path)
}

// loadPipeline loads Parley's models and dictionaries with the garbage
// collector paused. Loading builds about 150 MB of tables that all stay
// live: every collection during it would scan what is built so far and
// find nothing to free (measured: 0.1 s of CPU of a 0.65 s start-up). The
// collector resumes at its previous setting once the pipeline is built.
func loadPipeline(opts parley.Options) (*parley.Pipeline, error) {
	// The setting is the process's: loads that overlapped (tests run
	// commands in parallel) could restore each other's pause for good.
	gcPause.Lock()
	defer gcPause.Unlock()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	return parley.New(opts)
}

// gcPause serialises the changes loadPipeline and throughputGC make to the
// garbage collector's settings.
var gcPause sync.Mutex

// Settings of the garbage collector for the long runs of ingest and bench
// (see throughputGC).
const (
	throughputGCPercent = 200
	throughputMemLimit  = 300 << 20
)

// throughputGC lets the heap grow to three times what is live before a
// collection (GOGC=200) instead of twice, for the long runs of ingest and
// bench. A collection marks the pipeline's 70 MB of live tables whatever
// the garbage: on 1,254 articles, ingest makes 5 collections instead of 9,
// which take 164 ms of CPU instead of 294 (about 1 % of the run), for
// 60 MB more memory (peak RSS 330-370 MB instead of 270-285 MB). A soft
// limit of 300 MiB on the Go heap keeps a larger live heap from growing
// threefold. GOGC and GOMEMLIMIT set in the environment win. It returns
// what restores the previous settings.
func throughputGC() (restore func()) {
	gcPause.Lock()
	defer gcPause.Unlock()
	var undo []func()
	if os.Getenv("GOGC") == "" {
		prev := debug.SetGCPercent(throughputGCPercent)
		undo = append(undo, func() { debug.SetGCPercent(prev) })
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		prev := debug.SetMemoryLimit(throughputMemLimit)
		undo = append(undo, func() { debug.SetMemoryLimit(prev) })
	}
	return func() {
		gcPause.Lock()
		defer gcPause.Unlock()
		for _, f := range undo {
			f()
		}
	}
}
