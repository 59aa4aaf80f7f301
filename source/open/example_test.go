package open_test

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/parleyproject/parley/source/open"
)

// Reading a directory: documents come in path order, a bad record is reported
// and skipped, and the counts are kept.
func ExampleOpen() {
	ctx := context.Background()
	r, err := open.Open(ctx, "testdata/corpus", open.Options{NoFollow: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	for {
		doc, err := r.Next(ctx)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("skipped:", err)
			continue
		}
		fmt.Println(doc.ID)
	}
	fmt.Println(r.Stats())
	// Output:
	// https://news.example.com/council
	// j1
	// skipped: testdata/corpus/news.jsonl:3: malformed: not a JSON object
	// j4
	// testdata/corpus/notes/brief.md
	// testdata/corpus/notes/deeper/plain.txt
	// testdata/corpus/page.html
	// 6 read, 2 skipped (no text 1, not English 1), 1 failed (malformed 1)
}
