// Package sourcetest reads a source to its end for the tests of the
// readers.
package sourcetest

import (
	"context"
	"errors"
	"io"
	"testing"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/text"
)

// Result is what one call of Next gave: a document or a record error.
type Result struct {
	Doc *text.Document
	// Err is the error Next returned, nil with a document; Record is the
	// *source.RecordError in it.
	Err    error
	Record *source.RecordError
}

// ReadAll calls r.Next until io.EOF and returns what each call gave. An
// error that is not a *source.RecordError fails the test, and so does a
// reader that has not ended after limit results.
func ReadAll(tb testing.TB, r source.Reader, limit int) []Result {
	tb.Helper()
	var out []Result
	for range limit {
		doc, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return out
		}
		var re *source.RecordError
		if err != nil && !errors.As(err, &re) {
			tb.Fatalf("fatal error: %v", err)
		}
		out = append(out, Result{Doc: doc, Err: err, Record: re})
	}
	tb.Fatalf("reader does not end after %d results", limit)
	return nil
}
