package sqlite

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

// TestPrepare checks that documents prepared before they are put are
// stored exactly as those that are not, and that Prepare keeps nothing of
// a document once it is put, stored or not (a copy).
func TestPrepare(t *testing.T) {
	ctx := context.Background()
	now := func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }
	dumps := make([][]byte, 2)
	for i, prepare := range []bool{false, true} {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "parley.db"), Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		docs := storetest.Coded(t, 7, 0, 20)
		docs = append(docs, storetest.Coded(t, 7, 3, 1)...) // a copy of the fourth
		for _, batch := range [][]*text.Document{docs[:8], docs[8:]} {
			if prepare {
				for _, d := range batch {
					db.Prepare(d)
				}
			}
			if _, err := db.PutDocuments(ctx, batch); err != nil {
				t.Fatal(err)
			}
		}
		n := 0
		db.prepared.Range(func(any, any) bool { n++; return true })
		if n != 0 {
			t.Errorf("prepare=%v: %d documents still prepared after their put", prepare, n)
		}
		var b bytes.Buffer
		if err := db.Dump(ctx, &b); err != nil {
			t.Fatal(err)
		}
		dumps[i] = b.Bytes()
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if len(dumps[0]) < 1000 || !bytes.Equal(dumps[0], dumps[1]) {
		t.Errorf("stores differ with and without Prepare (%d and %d bytes of dump)", len(dumps[0]), len(dumps[1]))
	}
}

// TestPrepareStale checks that a document changed after Prepare, against
// its contract, is stored as it is at its put, not as prepared.
func TestPrepareStale(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	d := storetest.Coded(t, 7, 0, 1)[0]
	events := len(d.Events)
	db.Prepare(d)
	d.Events = append(d.Events, d.Events[0])
	res, err := db.PutDocuments(ctx, []*text.Document{d})
	if err != nil || len(res) != 1 || res[0].Events != events+1 {
		t.Fatalf("put: %+v, %v; want %d events", res, err, events+1)
	}
	if st, err := db.Stats(ctx); err != nil || st.Events != events+1 {
		t.Errorf("%d events stored (%v), want %d", st.Events, err, events+1)
	}
}
