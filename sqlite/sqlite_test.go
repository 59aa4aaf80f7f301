package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// openTemp opens a new database in a temporary directory, closed at the end
// of the test.
func openTemp(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(context.Background(), filepath.Join(tb.TempDir(), "parley.db"), Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) store.Store { return openTemp(tb) })
}

func TestMigrate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for run := range 3 {
		// From empty, then again on a migrated database: nothing changes.
		if err := Migrate(ctx, path); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
	}
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v != latestVersion() || v < 1 {
		t.Errorf("schema version %d, want %d", v, latestVersion())
	}
	var n int
	if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != v {
		t.Errorf("%d migrations recorded, want %d", n, v)
	}
	var mode string
	if err := db.read.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q, %v; want wal", mode, err)
	}
	// A database from a newer program is refused, read-write and read-only.
	if _, err := db.write.ExecContext(ctx, "INSERT INTO schema_migrations VALUES (99, 'future', '')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, path, Options{}); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("newer schema: err = %v, want ErrSchemaTooNew", err)
	}
	if _, err := Open(ctx, path, Options{ReadOnly: true}); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("newer schema, read-only: err = %v, want ErrSchemaTooNew", err)
	}
}

func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.Put(t, db, storetest.KnownDocument())
	db.Close()
	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.PutDocuments(ctx, []*text.Document{storetest.KnownDocument()}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("PutDocuments read-only: err = %v", err)
	}
	if st, err := ro.Stats(ctx); err != nil || st.Documents != 1 {
		t.Errorf("stats %+v, %v", st, err)
	}
}

// A document with more events than ids allow is refused whole.
func TestTooMany(t *testing.T) {
	db := openTemp(t)
	d := storetest.KnownDocument()
	for len(d.Events) <= MaxPerDocument {
		d.Events = append(d.Events, d.Events[0])
	}
	if _, err := db.PutDocuments(context.Background(), []*text.Document{d}); !errors.Is(err, ErrTooMany) {
		t.Errorf("err = %v, want ErrTooMany", err)
	}
	if st, _ := db.Stats(context.Background()); st.Documents != 0 {
		t.Errorf("%d documents stored", st.Documents)
	}
}

// TestPutKeyedDocuments checks that keys given by the caller serve as the
// documents' own (a later copy of the text is a duplicate) and that a call
// without a key for each document is refused.
func TestPutKeyedDocuments(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	d := storetest.KnownDocument()
	if _, err := db.PutKeyedDocuments(ctx, []*text.Document{d}, nil); err == nil {
		t.Error("no keys: no error")
	}
	res, err := db.PutKeyedDocuments(ctx, []*text.Document{d}, []store.Keys{store.KeysOf(d)})
	if err != nil || len(res) != 1 || res[0].Duplicate != store.NotDuplicate {
		t.Fatalf("first put: %+v, %v", res, err)
	}
	again := storetest.KnownDocument()
	again.URL = "https://other.example/copy"
	if dup, err := db.HasDocument(ctx, store.KeysOf(again)); err != nil || dup != store.DuplicateText {
		t.Errorf("HasDocument(copy) = %q, %v; want %q", dup, err, store.DuplicateText)
	}
}
