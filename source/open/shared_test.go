package open

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"testing"

	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/source"
)

// TestSharedNews reads the shared news samples (gzipped JSONL) through Open:
// every line must parse and nearly every article must be judged English.
func TestSharedNews(t *testing.T) {
	dir := shareddata.Path(t, "data", "news")
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl.gz"))
	if err != nil || len(files) == 0 {
		t.Skipf("skipping: no *.jsonl.gz in %s", dir)
	}
	var total source.Stats
	for _, file := range files {
		var notEnglish []string
		r, err := Open(context.Background(), file, Options{
			OnSkip: func(id string, reason error) {
				if errors.Is(reason, source.ErrNotEnglish) {
					notEnglish = append(notEnglish, id+" "+reason.Error())
				}
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		for {
			_, err := r.Next(context.Background())
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("%v", err)
			}
		}
		r.Close()
		st := r.Stats()
		docs := st.Read + st.SkippedTotal() + st.FailedTotal()
		t.Logf("%s: %d documents: %v", filepath.Base(file), docs, st)
		if len(notEnglish) > 0 {
			t.Logf("judged not English: %v", notEnglish)
		}
		if st.FailedTotal() != 0 {
			t.Errorf("%s: %d records failed", file, st.FailedTotal())
		}
		if st.Read*100 < docs*98 {
			t.Errorf("%s: only %d of %d documents judged English", file, st.Read, docs)
		}
		total.Merge(st)
	}
	t.Logf("all: %v", total)
}
