package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/source/open"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// corpus writes n generated articles as JSON lines, then a copy of the
// first under another id and URL, then a malformed line.
func corpus(t *testing.T, n int) string {
	t.Helper()
	var b bytes.Buffer
	if err := storetest.WriteJSONL(&b, 9, 0, n); err != nil {
		t.Fatal(err)
	}
	first := storetest.Article(9, 0)
	fmt.Fprintf(&b, `{"id":"copy","url":"https://elsewhere.example/copy","date":"2023-05-01","text":%q}`+"\n", first.Text)
	b.WriteString("{not json\n")
	p := filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func openDB(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func dump(t *testing.T, db *sqlite.DB) string {
	t.Helper()
	var b bytes.Buffer
	if err := db.Dump(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// slowCoder codes with storetest.Coder after a random pause, so that
// documents finish out of order.
func slowCoder(t *testing.T, seed uint64) CodeFunc {
	c, err := storetest.NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	return func(ctx context.Context, doc *text.Document) error {
		r := rand.New(rand.NewPCG(seed, uint64(len(doc.Text))))
		time.Sleep(time.Duration(r.IntN(2000)) * time.Microsecond)
		return c.Code(ctx, doc)
	}
}

func TestRun(t *testing.T) {
	src := corpus(t, 120)
	ctx := context.Background()
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "a.db"))
	opts := Options{Sources: []string{src}, Store: db, Code: slowCoder(t, 1), Workers: 3, BatchSize: 7,
		Open: open.Options{AllLanguages: true}}
	sum, err := Run(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	// The copy is caught before coding or when written, depending on how
	// far the first one went.
	if sum.Read != 121 || sum.Stored != 120 || sum.Skipped[ReasonDuplicate]+sum.Skipped[ReasonStoredText] != 1 ||
		sum.Failed["malformed"] != 1 || sum.Events == 0 || sum.Clustered == 0 || sum.Clusters == 0 || len(sum.Examples) != 1 {
		t.Errorf("summary:\n%s", sum)
	}
	if !strings.Contains(sum.String(), "failed: malformed 1") {
		t.Errorf("summary text:\n%s", sum)
	}

	// The same documents stored directly, in order, give the same database.
	direct := openDB(t, filepath.Join(dir, "b.db"))
	docs := storetest.Coded(t, 9, 0, 120)
	for _, d := range docs {
		d.Date = d.Date.Truncate(time.Second)
	}
	storetest.Put(t, direct, docs...)
	if a, b := storetest.Dump(t, db), storetest.Dump(t, direct); strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("ingest and direct stores differ: %d and %d lines", len(a), len(b))
	}

	// Idempotent: a second run stores nothing and changes nothing.
	before := dump(t, db)
	opts.Code = slowCoder(t, 2)
	again, err := Run(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if again.Stored != 0 || again.Skipped[ReasonStoredURL] != 120 || again.Skipped[ReasonStoredText] != 1 {
		t.Errorf("second run:\n%s", again)
	}
	if dump(t, db) != before {
		t.Error("second run changed the database")
	}
}

// hookedStore calls before and after (each may be nil) around every
// PutKeyedDocuments, the call Run makes of a store that has it, as the
// embedded DB has; after gets the number of documents of a call that
// succeeded.
type hookedStore struct {
	*sqlite.DB
	before func()
	after  func(stored int)
}

func (h hookedStore) PutKeyedDocuments(ctx context.Context, docs []*text.Document, keys []store.Keys) ([]store.PutResult, error) {
	if h.before != nil {
		h.before()
	}
	res, err := h.DB.PutKeyedDocuments(ctx, docs, keys)
	if err == nil && h.after != nil {
		h.after(len(docs))
	}
	return res, err
}

// An in-process store writes while all but one core code: the writer takes
// a coder's turn.
func TestRunWriterTakesTurn(t *testing.T) {
	workers := runtime.GOMAXPROCS(0)
	var coding, most, calls atomic.Int32
	code := slowCoder(t, 3)
	// The store records how many documents were being coded, at most,
	// while a transaction ran.
	st := hookedStore{DB: openDB(t, filepath.Join(t.TempDir(), "a.db")), before: func() {
		time.Sleep(2 * time.Millisecond) // let the coders that could run do so
		if n := coding.Load(); n > most.Load() {
			most.Store(n)
		}
		calls.Add(1)
	}}
	sum, err := Run(context.Background(), Options{Sources: []string{corpus(t, 60)}, Store: st,
		Code: func(ctx context.Context, doc *text.Document) error {
			coding.Add(1)
			defer coding.Add(-1)
			return code(ctx, doc)
		},
		Workers: workers, BatchSize: 4, StoreInProcess: true, Open: open.Options{AllLanguages: true}})
	if err != nil || sum.Stored != 60 {
		t.Fatalf("run: %v\n%s", err, sum)
	}
	if calls.Load() == 0 {
		t.Fatal("the store was not watched")
	}
	if got := int(most.Load()); got > workers-1 {
		t.Errorf("%d documents coded during a transaction with %d workers, want at most %d", got, workers, workers-1)
	}
}

// Once the input is all read, what is coded is written while the last
// documents are coded, not after them: here the last document's coding
// waits until the others are stored, which a batch as large as the input
// and a delay of an hour would otherwise keep until the end.
func TestRunWritesTailWhileCoding(t *testing.T) {
	const n = 20
	var stored atomic.Int32
	code := slowCoder(t, 7)
	last := storetest.Article(9, n-1).ID
	sum, err := Run(context.Background(), Options{Sources: []string{corpus(t, n)},
		Store: hookedStore{DB: openDB(t, filepath.Join(t.TempDir(), "a.db")), after: func(n int) { stored.Add(int32(n)) }},
		Code: func(ctx context.Context, doc *text.Document) error {
			if doc.ID == last {
				deadline := time.Now().Add(10 * time.Second)
				for stored.Load() < n-1 {
					if time.Now().After(deadline) {
						t.Errorf("the %d documents before the last were not stored while it was coded (%d were)", n-1, stored.Load())
						break
					}
					time.Sleep(time.Millisecond)
				}
			}
			return code(ctx, doc)
		},
		Workers: 2, BatchSize: 1000, BatchDelay: time.Hour, Open: open.Options{AllLanguages: true}})
	if err != nil || sum.Stored != n {
		t.Fatalf("run: %v\n%s", err, sum)
	}
}

// TestRunReusesTokens checks that a worker's documents are segmented into
// the token slice of its previous one, and that their tokens are those a
// new slice gets.
func TestRunReusesTokens(t *testing.T) {
	code := slowCoder(t, 5)
	var reused atomic.Int32
	sum, err := Run(context.Background(), Options{Sources: []string{corpus(t, 30)}, Store: openDB(t, filepath.Join(t.TempDir(), "a.db")),
		Code: func(ctx context.Context, doc *text.Document) error {
			if len(doc.Tokens) != 0 {
				t.Errorf("document %s arrives with %d tokens", doc.ID, len(doc.Tokens))
			}
			if cap(doc.Tokens) > 0 {
				reused.Add(1)
			}
			segment.Split(doc)
			fresh := &text.Document{Text: doc.Text}
			segment.Split(fresh)
			if !slices.Equal(doc.Tokens, fresh.Tokens) || !slices.Equal(doc.Sentences, fresh.Sentences) {
				t.Errorf("document %s: tokens in a reused slice differ from a new one's", doc.ID)
			}
			return code(ctx, doc)
		},
		Workers: 2, Open: open.Options{AllLanguages: true}})
	if err != nil || sum.Stored != 30 {
		t.Fatalf("run: %v\n%s", err, sum)
	}
	if reused.Load() < 28 {
		t.Errorf("%d of 30 documents reused a token slice, want all but the first of each worker", reused.Load())
	}
}

// Documents finish coding out of order, but are written in input order: the
// database is the same whatever the number of workers and batch size.
func TestRunDeterministic(t *testing.T) {
	src := corpus(t, 80)
	dir := t.TempDir()
	var dumps []string
	for i, c := range []struct{ workers, batch int }{{1, 64}, {4, 1}, {3, 5}} {
		db := openDB(t, filepath.Join(dir, fmt.Sprintf("%d.db", i)))
		_, err := Run(context.Background(), Options{Sources: []string{src}, Store: db, Code: slowCoder(t, uint64(i)),
			Workers: c.workers, BatchSize: c.batch, Open: open.Options{AllLanguages: true}})
		if err != nil {
			t.Fatal(err)
		}
		dumps = append(dumps, dump(t, db))
	}
	for i := 1; i < len(dumps); i++ {
		if dumps[i] != dumps[0] {
			t.Errorf("run %d differs from run 0", i)
		}
	}
}

func TestRunFailures(t *testing.T) {
	src := corpus(t, 10)
	db := openDB(t, filepath.Join(t.TempDir(), "f.db"))
	c, err := storetest.NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	failing := func(ctx context.Context, doc *text.Document) error {
		if doc.ID == storetest.Article(9, 3).ID {
			return errors.New("parser exploded")
		}
		return c.Code(ctx, doc)
	}
	sum, err := Run(context.Background(), Options{Sources: []string{src, "/no/such/file.jsonl"}, Store: db,
		Code: failing, Open: open.Options{AllLanguages: true}})
	if err == nil || !strings.Contains(err.Error(), "/no/such/file.jsonl") {
		t.Errorf("err = %v, want the missing source named", err)
	}
	if sum.Stored != 9 || sum.Failed[ReasonCodeFailed] != 1 || sum.Failed[ReasonSourceError] != 1 {
		t.Errorf("summary:\n%s", sum)
	}
	if !strings.Contains(sum.String(), "parser exploded") {
		t.Errorf("no example of the coding failure:\n%s", sum)
	}
}

// A cancelled run stores the documents coded so far and nothing partial;
// running again completes the database.
func TestRunCancelResume(t *testing.T) {
	src := corpus(t, 60)
	dir := t.TempDir()
	full := openDB(t, filepath.Join(dir, "full.db"))
	if _, err := Run(context.Background(), Options{Sources: []string{src}, Store: full, Code: slowCoder(t, 1),
		Open: open.Options{AllLanguages: true}}); err != nil {
		t.Fatal(err)
	}
	db := openDB(t, filepath.Join(dir, "resumed.db"))
	c, _ := storetest.NewCoder()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	code := func(ctx context.Context, doc *text.Document) error {
		n++
		if n == 25 {
			cancel()
		}
		return c.Code(ctx, doc)
	}
	_, err := Run(ctx, Options{Sources: []string{src}, Store: db, Code: code, Workers: 1, Open: open.Options{AllLanguages: true}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	st, _ := db.Stats(context.Background())
	if st.Documents == 0 || st.Documents >= 60 {
		t.Errorf("%d documents after cancelling", st.Documents)
	}
	if _, err := Run(context.Background(), Options{Sources: []string{src}, Store: db, Code: slowCoder(t, 3),
		Open: open.Options{AllLanguages: true}}); err != nil {
		t.Fatal(err)
	}
	if dump(t, db) != dump(t, full) {
		t.Error("resumed database differs from the uninterrupted one")
	}
}

func TestEstimateTotal(t *testing.T) {
	src := corpus(t, 5)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("x"), 0o644)
	if n := EstimateTotal([]string{src, dir}); n != 8 {
		t.Errorf("EstimateTotal = %d, want 8", n)
	}
	if n := EstimateTotal([]string{src, "-"}); n != 0 {
		t.Errorf("with standard input: %d, want 0", n)
	}
}

// TestRecentKeysForgetsOldest checks that recentKeys holds the keys of its
// last documents, a URL and a text hash each, and forgets older ones.
func TestRecentKeysForgetsOldest(t *testing.T) {
	r := newRecentKeys(2) // four keys: two documents with URLs
	keys := func(i int) store.Keys {
		return store.Keys{TextHash: fmt.Sprint("hash", i), URL: fmt.Sprint("https://example.org/", i)}
	}
	for i := range 3 {
		if !r.add(keys(i)) {
			t.Fatalf("document %d taken for a copy", i)
		}
	}
	if r.add(keys(2)) || r.add(store.Keys{TextHash: "hash1"}) || r.add(store.Keys{TextHash: "other", URL: "https://example.org/2"}) {
		t.Error("a copy of a recent document not caught")
	}
	if !r.add(keys(0)) {
		t.Error("the oldest document still remembered")
	}
	if len(r.set) != 4 || len(r.ring) != 4 {
		t.Errorf("%d keys in the set, %d in the ring; want 4 and 4", len(r.set), len(r.ring))
	}
}

// preparingStore records the documents given to Prepare, and those put
// without it.
type preparingStore struct {
	*sqlite.DB
	mu                 sync.Mutex
	prepared           map[*text.Document]bool
	unprepared, stored int
}

func (p *preparingStore) Prepare(doc *text.Document) {
	p.mu.Lock()
	p.prepared[doc] = true
	p.mu.Unlock()
	p.DB.Prepare(doc)
}

func (p *preparingStore) PutKeyedDocuments(ctx context.Context, docs []*text.Document, keys []store.Keys) ([]store.PutResult, error) {
	p.mu.Lock()
	for _, d := range docs {
		if !p.prepared[d] {
			p.unprepared++
		}
		p.stored++
	}
	p.mu.Unlock()
	return p.DB.PutKeyedDocuments(ctx, docs, keys)
}

// TestRunPrepares checks that the coders prepare every document for a store
// that can be prepared for (see store.Preparer) before the writer puts it.
func TestRunPrepares(t *testing.T) {
	st := &preparingStore{DB: openDB(t, filepath.Join(t.TempDir(), "a.db")), prepared: map[*text.Document]bool{}}
	sum, err := Run(context.Background(), Options{Sources: []string{corpus(t, 30)}, Store: st, Code: slowCoder(t, 4),
		Workers: 2, BatchSize: 8, Open: open.Options{AllLanguages: true}})
	if err != nil || sum.Stored != 30 {
		t.Fatalf("run: %v\n%s", err, sum)
	}
	if st.stored != 30 || st.unprepared != 0 {
		t.Errorf("%d documents put, %d of them not prepared; want 30 and 0", st.stored, st.unprepared)
	}
}
