package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// TestBackgroundCheckpoint checks that committed pages reach the database
// file while the database is open, not only at Close: the writer alone
// would leave them in the WAL until it holds 10,000 pages.
func TestBackgroundCheckpoint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	ctx := context.Background()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	before := fileSize(t, path)
	var docs []*text.Document
	for i := range 20 {
		docs = append(docs, storetest.Article(1, i))
	}
	if _, err := db.PutDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); fileSize(t, path) <= before; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the database file is still %d bytes: nothing was checkpointed", before)
		}
	}
	// Writing goes on after a checkpoint, and Close folds the rest in.
	if _, err := db.PutDocuments(ctx, []*text.Document{storetest.Article(1, 20)}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); !os.IsNotExist(err) {
		t.Errorf("the WAL is left after Close (%v)", err)
	}
	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	st, err := ro.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 21 {
		t.Errorf("%d documents stored, want 21", st.Documents)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
