// Package ingest streams documents from sources through the coding
// pipeline into a store: reading in order, coding on several goroutines,
// writing in input order from one goroutine, with bounded memory.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/parleyproject/parley/internal/cputime"
	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/open"
	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// CodeFunc codes one document in place (fills its sentences, events,
// quotes, places and tone). It must be safe for concurrent use.
type CodeFunc func(ctx context.Context, doc *text.Document) error

// Options configure Run.
type Options struct {
	// Sources are locations as open.Open takes them, read one after
	// another.
	Sources []string
	// Open configures how sources are read.
	Open open.Options
	// Store receives the coded documents.
	Store store.Store
	// Code is the pipeline.
	Code CodeFunc
	// Workers is the number of goroutines coding documents (default
	// runtime.GOMAXPROCS(0)).
	Workers int
	// BatchSize is the most documents written in one transaction (default
	// 256); BatchDelay the longest a coded document waits to be written
	// (default 1s). A transaction costs the store about the same however
	// many documents it holds, and each index page it changes is written
	// once per transaction, so bigger batches cost less per document.
	BatchSize  int
	BatchDelay time.Duration
	// StoreInProcess says that the store does its work in this process,
	// on the cores that code (an embedded database): the writer then takes
	// a coder's turn while it writes (see run.coding). Leave it false for a
	// store that mostly waits for a server, lest a core idle meanwhile.
	StoreInProcess bool
	// Progress, when not nil, receives a progress bar; pass it only when
	// it is a terminal.
	Progress io.Writer
	// Total is the expected number of documents for the progress bar's
	// ETA; 0 or less when unknown (see EstimateTotal).
	Total int
	// MaxExamples bounds Summary.Examples (default 10).
	MaxExamples int
}

// Defaults of Options.
const (
	DefaultBatchSize  = 256
	DefaultBatchDelay = time.Second
)

// Summary says what Run did.
type Summary struct {
	// Read counts the documents read from the sources.
	Read int
	// Stored counts the documents written.
	Stored int
	// Skipped counts, by reason, documents and records deliberately not
	// stored: already stored, duplicates within the input, not English, no
	// text.
	Skipped map[string]int
	// Failed counts, by reason, records that could not be read and
	// documents that could not be coded.
	Failed map[string]int
	// Events counts the event mentions stored, Clustered those that joined
	// a cluster; Clusters is the number of clusters in the store at the
	// end.
	Events, Clustered, Clusters int
	// Examples holds the first failures, for the user to see.
	Examples []string
	// Elapsed is the time of the whole run, StoreTime the time spent
	// writing to the store.
	Elapsed, StoreTime time.Duration
	// CPU is the processor time the process used during the run and
	// StoreCPU the part of it spent writing to the store; both are 0 where
	// the system does not tell. StoreTime also counts the time the writer
	// waits for the disk or, rarely, for a core; StoreCPU does not.
	CPU, StoreCPU time.Duration
}

// Skip and failure reasons that Run adds to those of package source.
const (
	ReasonStoredURL   = "already stored (same URL)"
	ReasonStoredText  = "already stored (same text)"
	ReasonDuplicate   = "duplicate in input"
	ReasonCodeFailed  = "coding failed"
	ReasonSourceError = "source failed"
)

// SkippedTotal returns the number of documents skipped.
func (s Summary) SkippedTotal() int { return total(s.Skipped) }

// FailedTotal returns the number of records and documents that failed.
func (s Summary) FailedTotal() int { return total(s.Failed) }

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// String summarises the run in a few lines.
func (s Summary) String() string {
	var b strings.Builder
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Read) / s.Elapsed.Seconds()
	}
	fmt.Fprintf(&b, "read %d documents in %s (%.0f/s): %d stored, %d skipped, %d failed\n",
		s.Read, s.Elapsed.Round(time.Millisecond), rate, s.Stored, s.SkippedTotal(), s.FailedTotal())
	writeReasons(&b, "skipped", s.Skipped)
	writeReasons(&b, "failed", s.Failed)
	fmt.Fprintf(&b, "events: %d stored, %d clustered; %d clusters in the store\n", s.Events, s.Clustered, s.Clusters)
	if s.Elapsed > 0 && s.Stored > 0 {
		fmt.Fprintf(&b, "storage: %s in transactions (%.0f%% of the time)", s.StoreTime.Round(time.Millisecond),
			100*s.StoreTime.Seconds()/s.Elapsed.Seconds())
		if s.CPU > 0 && s.StoreCPU > 0 {
			fmt.Fprintf(&b, ", %s of CPU (%.0f%% of the run's %s)", s.StoreCPU.Round(time.Millisecond),
				100*s.StoreCPU.Seconds()/s.CPU.Seconds(), s.CPU.Round(time.Millisecond))
		}
		b.WriteString("\n")
	}
	for _, e := range s.Examples {
		fmt.Fprintf(&b, "  error: %s\n", e)
	}
	return b.String()
}

func writeReasons(b *strings.Builder, what string, m map[string]int) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Fprintf(b, "  %s: %s %d\n", what, k, m[k])
	}
}

// item is one document on its way through the pipeline.
type item struct {
	seq  int
	doc  *text.Document
	keys store.Keys
	skip string // reason it is not coded, or ""
	fail string // reason it failed, or ""
	err  error
}

// Run reads every source, codes the documents not yet stored and stores
// them. Documents are written in input order, so a run interrupted at any
// moment and run again leaves the store as one uninterrupted run would.
//
// Run returns an error when a source cannot be opened or read to its end
// (after going on with the other sources), when the store fails, or when
// ctx is done; the Summary counts what was done until then.
func Run(ctx context.Context, opts Options) (Summary, error) {
	if opts.Store == nil || opts.Code == nil {
		return Summary{}, errors.New("ingest: Store and Code are required")
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.BatchDelay <= 0 {
		opts.BatchDelay = DefaultBatchDelay
	}
	if opts.MaxExamples <= 0 {
		opts.MaxExamples = 10
	}
	start, cpu0 := time.Now(), cputime.Process()
	r := &run{opts: opts, sum: Summary{Skipped: map[string]int{}, Failed: map[string]int{}}}
	r.prog = newProgress(opts.Progress, opts.Total)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	// Every document holds a slot from reading until it is written or
	// dropped, which bounds memory whatever the input size.
	inFlight := 4*opts.Workers + 2*opts.BatchSize
	r.slots = make(chan struct{}, inFlight)
	if opts.StoreInProcess {
		r.coding = make(chan struct{}, max(opts.Workers, runtime.GOMAXPROCS(0)))
	}
	jobs := make(chan *item, 2*opts.Workers)
	done := make(chan *item, inFlight)

	preparer, _ := opts.Store.(store.Preparer)
	var workers sync.WaitGroup
	for range opts.Workers {
		workers.Go(func() {
			// spare is the token slice of the worker's last document, which
			// the next one's tokens fill (segment.Split keeps a slice it is
			// given): a quarter of the bytes coding allocates, each
			// allocation a new one for the collector to scan.
			var spare []text.Token
			for it := range jobs {
				if it.skip == "" && it.fail == "" {
					if len(it.doc.Tokens) == 0 {
						it.doc.Tokens = spare[:0]
					}
					r.takeTurn()
					err := opts.Code(ctx, it.doc)
					if err == nil && preparer != nil {
						preparer.Prepare(it.doc)
					}
					r.giveTurn()
					if err != nil {
						if ctx.Err() != nil {
							it.err = ctx.Err()
						} else {
							it.fail, it.err = ReasonCodeFailed, fmt.Errorf("code %s: %w", it.doc.ID, err)
						}
					}
					// The store keeps neither tokens nor actor mentions,
					// which are most of a coded document's memory.
					spare = it.doc.Tokens
					it.doc.Tokens, it.doc.Mentions = nil, nil
				}
				done <- it
			}
		})
	}
	// A store empty at the start holds none of the documents; copies
	// within the input are caught by recentKeys or, for older ones, when
	// written.
	if st, err := opts.Store.Stats(ctx); err == nil && st.Documents == 0 {
		r.emptyAtStart = true
	}
	var readErr error
	readAll := make(chan struct{})
	go func() {
		readErr = r.read(ctx, jobs)
		close(jobs)
		close(readAll)
		workers.Wait()
		close(done)
	}()
	writeErr := r.write(ctx, done, readAll)
	if writeErr != nil {
		cancel(writeErr)
		for range done { // let the reader and workers finish
			<-r.slots
		}
	}
	r.prog.finish()
	if st, err := opts.Store.Stats(context.WithoutCancel(ctx)); err == nil {
		r.sum.Clusters = st.Clusters
	}
	r.sum.Elapsed = time.Since(start)
	if cpu := cputime.Process(); cpu0 > 0 {
		r.sum.CPU = cpu - cpu0
	}
	err := errors.Join(writeErr, readErr)
	if err == nil {
		err = context.Cause(ctx)
	}
	return r.sum, err
}

type run struct {
	opts  Options
	slots chan struct{}
	// coding, kept when the store works in process, holds a turn for
	// every document being coded, as many as there are cores (or workers,
	// if more). The writer takes one for the length of a transaction, so
	// that while it writes it has a core of its own instead of sharing the
	// cores with every coder: the same work is done, but transactions take
	// little more than their processor time.
	coding chan struct{}
	prog   *progress
	// emptyAtStart spares the store's look-ups of documents read.
	emptyAtStart bool

	mu  sync.Mutex // guards sum while the reader and writer both run
	sum Summary
}

// takeTurn waits for a turn to work on a core, when turns are kept;
// giveTurn gives it back.
func (r *run) takeTurn() {
	if r.coding != nil {
		r.coding <- struct{}{}
	}
}

func (r *run) giveTurn() {
	if r.coding != nil {
		<-r.coding
	}
}

func (r *run) count(m map[string]int, reason string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	m[reason]++
	if err != nil && len(r.sum.Examples) < r.opts.MaxExamples {
		r.sum.Examples = append(r.sum.Examples, err.Error())
	}
}

// read opens the sources one after another and sends their documents on,
// marked as skipped when the store or the recent past already has them.
func (r *run) read(ctx context.Context, jobs chan<- *item) error {
	var errs []error
	seq := 0
	recent := newRecentKeys(1 << 16)
	for _, loc := range r.opts.Sources {
		src, err := open.Open(ctx, loc, r.opts.Open)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			r.count(r.sum.Failed, ReasonSourceError, err)
			errs = append(errs, err)
			continue
		}
		err = r.readSource(ctx, src, jobs, &seq, recent)
		st := src.Stats()
		src.Close()
		r.mu.Lock()
		r.sum.Read += st.Read
		for k, v := range st.Skipped {
			r.sum.Skipped[k] += v
		}
		for k, v := range st.Failed {
			r.sum.Failed[k] += v
		}
		r.mu.Unlock()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			r.count(r.sum.Failed, ReasonSourceError, err)
			errs = append(errs, fmt.Errorf("read %s: %w", loc, err))
		}
	}
	return errors.Join(errs...)
}

func (r *run) readSource(ctx context.Context, src *open.Reader, jobs chan<- *item, seq *int, recent *recentKeys) error {
	for {
		select {
		case r.slots <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		doc, err := src.Next(ctx)
		if err != nil {
			<-r.slots
			if errors.Is(err, io.EOF) {
				return nil
			}
			var re *source.RecordError
			if errors.As(err, &re) {
				// Counted in the source's Stats; keep an example.
				r.mu.Lock()
				if len(r.sum.Examples) < r.opts.MaxExamples {
					r.sum.Examples = append(r.sum.Examples, err.Error())
				}
				r.mu.Unlock()
				continue
			}
			return err
		}
		keys := store.KeysOf(doc)
		it := &item{seq: *seq, doc: doc, keys: keys}
		*seq++
		dup, err := store.NotDuplicate, error(nil)
		if !r.emptyAtStart {
			dup, err = r.opts.Store.HasDocument(ctx, keys)
		}
		switch {
		case err != nil:
			<-r.slots
			return fmt.Errorf("look up %s: %w", doc.ID, err)
		case dup == store.DuplicateURL:
			it.skip = ReasonStoredURL
		case dup == store.DuplicateText:
			it.skip = ReasonStoredText
		case !recent.add(keys):
			it.skip = ReasonDuplicate
		}
		select {
		case jobs <- it:
		case <-ctx.Done():
			<-r.slots
			return nil
		}
	}
}

// write receives coded documents, puts them back in input order and stores
// them in batches: of BatchSize documents, or those of the last BatchDelay,
// and, once the reader is done, those ready whenever no more are.
func (r *run) write(ctx context.Context, done <-chan *item, readAll <-chan struct{}) error {
	pending := map[int]*item{}
	next := 0
	var batch []*item
	tail := false
	timer := time.NewTimer(r.opts.BatchDelay)
	defer timer.Stop()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		docs := make([]*text.Document, len(batch))
		keys := make([]store.Keys, len(batch))
		for i, it := range batch {
			docs[i], keys[i] = it.doc, it.keys
		}
		r.takeTurn()
		// Held on one thread while it writes, the writer's processor time
		// is the thread's. Only then: a goroutine locked to a thread for
		// good wakes for every coded document through a thread switch.
		runtime.LockOSThread()
		start := time.Now()
		cpu0, cpuOK := cputime.Thread()
		var res []store.PutResult
		var err error
		if kw, ok := r.opts.Store.(store.KeyedWriter); ok {
			res, err = kw.PutKeyedDocuments(context.WithoutCancel(ctx), docs, keys)
		} else {
			res, err = r.opts.Store.PutDocuments(context.WithoutCancel(ctx), docs)
		}
		cpu, _ := cputime.Thread()
		elapsed := time.Since(start)
		runtime.UnlockOSThread()
		r.giveTurn()
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		r.mu.Lock()
		r.sum.StoreTime += elapsed
		if cpuOK {
			r.sum.StoreCPU += cpu - cpu0
		}
		for _, p := range res {
			switch p.Duplicate {
			case store.NotDuplicate:
				r.sum.Stored++
				r.sum.Events += p.Events
				r.sum.Clustered += p.Clustered
			default:
				r.sum.Skipped[ReasonDuplicate]++
			}
		}
		r.mu.Unlock()
		r.prog.add(len(batch), eventsOf(res))
		for range batch {
			<-r.slots
		}
		batch = batch[:0]
		return nil
	}
	for {
		select {
		case it, ok := <-done:
			if !ok {
				return flush()
			}
			pending[it.seq] = it
			for {
				it, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				switch {
				case it.err != nil && it.fail == "":
					// Cancelled while coding: not stored, not counted.
					<-r.slots
				case it.fail != "":
					r.count(r.sum.Failed, it.fail, it.err)
					r.prog.add(1, 0)
					<-r.slots
				case it.skip != "":
					r.count(r.sum.Skipped, it.skip, nil)
					r.prog.add(1, 0)
					<-r.slots
				default:
					batch = append(batch, it)
					if len(batch) >= r.opts.BatchSize {
						if err := flush(); err != nil {
							return err
						}
					}
				}
			}
		case <-timer.C:
			if err := flush(); err != nil {
				return err
			}
			timer.Reset(r.opts.BatchDelay)
		case <-readAll:
			readAll, tail = nil, true
		}
		// Once the input is all read, only the documents of the workers
		// and their queue are left to code: what is coded is written
		// whenever no more waits, while they are coded, not after them
		// with all cores idle but one.
		if tail && len(done) == 0 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
}

func eventsOf(res []store.PutResult) int {
	n := 0
	for _, p := range res {
		n += p.Events
	}
	return n
}

// recentKeys remembers the keys of the last n documents read, to skip
// copies of a document that is still being coded. It forgets the oldest
// keys so that memory stays bounded; older copies are caught when written.
type recentKeys struct {
	set   map[string]struct{}
	ring  []string
	limit int // the most keys ring holds
	next  int
}

// newRecentKeys remembers up to n documents' keys. Its set and ring grow
// as keys come: sized for n at once, they took 8 MB that a run of a few
// documents never used, yet whose pages the map's set-up touched.
func newRecentKeys(n int) *recentKeys {
	return &recentKeys{set: map[string]struct{}{}, limit: 2 * n}
}

// add records k and reports whether neither key was seen recently.
func (r *recentKeys) add(k store.Keys) bool {
	keys := []string{"t" + k.TextHash}
	if k.URL != "" {
		keys = append(keys, "u"+k.URL)
	}
	for _, key := range keys {
		if _, ok := r.set[key]; ok {
			return false
		}
	}
	for _, key := range keys {
		if len(r.ring) < r.limit {
			r.ring = append(r.ring, key)
		} else {
			delete(r.set, r.ring[r.next])
			r.ring[r.next] = key
			r.next = (r.next + 1) % len(r.ring)
		}
		r.set[key] = struct{}{}
	}
	return true
}
