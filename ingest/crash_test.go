package ingest

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parleyproject/parley/source/open"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/store/storetest"
)

// The crash test kills an ingest process with SIGKILL at random moments,
// resumes it each time, and checks that the final database is the same as
// that of an uninterrupted run: no event lost, none doubled.
//
// By default it runs a small case (200 articles, 3 kills) unless -short. The
// full case of the issue, scripts/crashtest.sh, sets
//
//	PARLEY_CRASH_DOCS=2000 PARLEY_CRASH_KILLS=20
//
// The process is this test binary running TestCrashChild, which ingests with
// storetest.Coder; with PARLEY_CRASH_BIN=/path/to/parley it is instead
// `parley ingest FILE --db DB` with the real pipeline.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	docs, kills := envInt(t, "PARLEY_CRASH_DOCS", 200), envInt(t, "PARLEY_CRASH_KILLS", 3)
	dir := t.TempDir()
	src := filepath.Join(dir, "news.jsonl")
	var b bytes.Buffer
	if err := storetest.WriteJSONL(&b, 42, 0, docs); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	ref := filepath.Join(dir, "ref.db")
	start := time.Now()
	if out, err := crashChild(src, ref).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted run: %v\n%s", err, out)
	}
	full := time.Since(start)
	// A run over a complete database: start-up and skipping everything.
	start = time.Now()
	if out, err := crashChild(src, ref).CombinedOutput(); err != nil {
		t.Fatalf("second run: %v\n%s", err, out)
	}
	overhead := time.Since(start)
	t.Logf("uninterrupted run: %d articles in %v; a run with nothing to do: %v", docs, full, overhead)

	db := filepath.Join(dir, "crash.db")
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var stored []int
	finished := 0 // runs that ended before their kill
	for i := range kills {
		cmd := crashChild(src, db)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		// Every other run, from the first, is killed once it has
		// committed, after a random part of a commit's interval, so that
		// some kill surely lands while documents are being stored however
		// slow the machine; the others at a random moment after start-up,
		// within about a kills-th of the work, so that kills also land
		// before a run's first commit and spread over the input.
		var kill <-chan time.Time
		var progress <-chan time.Time
		before := 0
		if len(stored) > 0 {
			before = stored[len(stored)-1]
		}
		if i%2 == 1 {
			kill = time.After(overhead/2 + time.Duration(r.Int64N(int64(overhead)/2+int64(full)/int64(kills)+1)))
		} else {
			progress = time.After(pollEvery)
		}
		ended := false
		for !ended {
			select {
			case <-kill:
				cmd.Process.Signal(syscall.SIGKILL)
				<-exited
				ended = true
			case <-progress:
				if storedNow(db) > before {
					kill = time.After(time.Duration(r.Int64N(max(1, int64(full)/int64(docs)*crashBatch))))
				} else {
					progress = time.After(pollEvery)
				}
			case err := <-exited:
				if err != nil {
					t.Fatalf("run %d failed: %v\n%s", i, err, out.Bytes())
				}
				finished++
				ended = true
			}
		}
		stored = append(stored, countDocuments(t, db))
	}
	t.Logf("documents stored after each kill: %v (%d runs finished before their kill)", stored, finished)
	// The test means something only if kills land while documents are
	// being stored, not all before the first commit or after the last.
	midway := 0
	for _, n := range stored {
		if n > 0 && n < docs {
			midway++
		}
	}
	if midway == 0 {
		t.Fatalf("no kill landed during the ingest (documents stored after each kill: %v)", stored)
	}
	if out, err := crashChild(src, db).CombinedOutput(); err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	want, got := dumpFile(t, ref), dumpFile(t, db)
	if want != got {
		wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
		for i := range min(len(wl), len(gl)) {
			if wl[i] != gl[i] {
				t.Fatalf("databases differ at line %d:\nuninterrupted %.300s\nresumed       %.300s", i+1, wl[i], gl[i])
			}
		}
		t.Fatalf("databases differ: %d and %d lines", len(wl), len(gl))
	}
	events := strings.Count(want, "\nevents\t")
	clusters := strings.Count(want, "\nclusters\t")
	t.Logf("resumed database equals the uninterrupted one: %d events, %d clusters", events, clusters)
}

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		t.Fatalf("%s=%q: want a number", name, v)
	}
	return n
}

// crashBatch is the documents per transaction of the crash test's runs:
// small, so that a run commits many times and a kill can land between or
// during commits, not only before the first.
const crashBatch = 16

// crashChild returns the command of one ingest run.
func crashChild(src, db string) *exec.Cmd {
	if bin := os.Getenv("PARLEY_CRASH_BIN"); bin != "" {
		return exec.Command(bin, "ingest", src, "--db", db, "--quiet", "--batch", strconv.Itoa(crashBatch))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PARLEY_CRASH_CHILD="+src+"|"+db)
	return cmd
}

// TestCrashChild is the ingest process of TestCrash; it does nothing unless
// PARLEY_CRASH_CHILD names the source and database.
func TestCrashChild(t *testing.T) {
	arg := os.Getenv("PARLEY_CRASH_CHILD")
	if arg == "" {
		t.Skip("only run by TestCrash")
	}
	src, dbPath, _ := strings.Cut(arg, "|")
	ctx := context.Background()
	db, err := sqlite.Open(ctx, dbPath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := storetest.NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Run(ctx, Options{Sources: []string{src}, Store: db, Code: c.Code, Workers: 2,
		BatchSize: crashBatch, StoreInProcess: true, Open: open.Options{AllLanguages: true}})
	if err := errorsJoin(err, db.Close()); err != nil {
		t.Fatal(err)
	}
}

func errorsJoin(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// pollEvery is how often the crash test looks at a running ingest's
// progress.
const pollEvery = 20 * time.Millisecond

// storedNow returns the documents stored in the database at path while an
// ingest may be writing it, -1 when it cannot tell yet.
func storedNow(path string) int {
	// Only once the ingest has put the database in WAL mode (its -wal file
	// exists): a reader that opens it earlier can hold the lock that the
	// switch of journal mode needs, failing the ingest at its start.
	if _, err := os.Stat(path + "-wal"); err != nil {
		return -1
	}
	n, err := storedIn(path, sqlite.Options{ReadOnly: true})
	if err != nil {
		return -1
	}
	return n
}

// countDocuments returns the documents stored in the database at path
// after a kill (0 when there is none yet); opening it for writing recovers
// the database as the next run would.
func countDocuments(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	n, err := storedIn(path, sqlite.Options{})
	if err != nil {
		t.Fatalf("after kill: %v", err)
	}
	return n
}

func storedIn(path string, opts sqlite.Options) (int, error) {
	db, err := sqlite.Open(context.Background(), path, opts)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	st, err := db.Stats(context.Background())
	return st.Documents, err
}

func dumpFile(t *testing.T, path string) string {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b bytes.Buffer
	if err := db.Dump(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
