package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley/internal/treebank"
	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/jsonl"
	"github.com/parleyproject/parley/text"
)

// readDocuments reads the documents named on a command line as contract 1
// says: a .jsonl file holds one document per line, any other file is one
// document whose id is its path, and "-" is standard input (JSONL when it
// starts with "{"). Bad records are reported to errOut and skipped. fn is
// called for every document in order.
func readDocuments(ctx context.Context, paths []string, stdin io.Reader, defaultDate time.Time, errOut io.Writer, fn func(*text.Document) error) error {
	for _, p := range paths {
		if err := readPath(ctx, p, stdin, defaultDate, errOut, fn); err != nil {
			return err
		}
	}
	return nil
}

func readPath(ctx context.Context, path string, stdin io.Reader, defaultDate time.Time, errOut io.Writer, fn func(*text.Document) error) error {
	var r io.Reader
	name := path
	if path == "-" {
		r, name = stdin, "<stdin>"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		defer f.Close()
		r = f
	}
	isJSONL := isJSONLPath(path)
	if path == "-" {
		br := newPeekReader(r)
		isJSONL = br.startsWith('{')
		r = br
	}
	if !isJSONL {
		data, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		return fn(&text.Document{ID: path, Text: string(data), Date: defaultDate})
	}
	r, err := treebank.Decompress(r, name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	jr := jsonl.NewReader(name, r, jsonl.Options{Warn: func(e *source.RecordError) {
		fmt.Fprintf(errOut, "parley: warning: %v\n", e)
	}})
	for {
		doc, err := jr.Next(ctx)
		if errors.Is(err, io.EOF) {
			return nil
		}
		var re *source.RecordError
		if errors.As(err, &re) {
			fmt.Fprintf(errOut, "parley: skipped %v\n", re)
			continue
		}
		if err != nil {
			return err
		}
		if doc.Date.IsZero() {
			doc.Date = defaultDate
		}
		if err := fn(doc); err != nil {
			return err
		}
	}
}

// peekReader lets the first non-space byte of standard input be inspected.
type peekReader struct {
	r    io.Reader
	head []byte
}

func newPeekReader(r io.Reader) *peekReader {
	p := &peekReader{r: r}
	buf := make([]byte, 512)
	n, _ := io.ReadAtLeast(r, buf, 1)
	p.head = buf[:max(n, 0)]
	return p
}

func (p *peekReader) startsWith(c byte) bool {
	s := strings.TrimLeft(string(p.head), " \t\r\n\ufeff")
	return len(s) > 0 && s[0] == c
}

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.head) > 0 {
		n := copy(b, p.head)
		p.head = p.head[n:]
		return n, nil
	}
	return p.r.Read(b)
}

// registerDateFlag adds --date, the date of documents that have none.
func registerDateFlag(cmd *cobra.Command, date *string) {
	cmd.Flags().StringVar(date, "date", "", "date of documents that have none (YYYY-MM-DD)")
}

func parseDateFlag(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := source.ParseDate(s)
	if err != nil {
		return time.Time{}, usageError{fmt.Errorf("--date: %w", err)}
	}
	return t, nil
}

// isJSONLPath reports whether a path names a JSONL file of documents.
func isJSONLPath(path string) bool {
	return strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".jsonl.gz")
}
