// Package treebank loads Universal Dependencies treebanks for training and
// evaluation.
package treebank

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parleyproject/parley/conllu"
)

// Load reads CoNLL-U files, gzipped or not, and returns their sentences in
// order.
func Load(paths ...string) ([]*conllu.Sentence, error) {
	var out []*conllu.Sentence
	for _, p := range paths {
		s, err := loadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}

func loadFile(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load treebank: %w", err)
	}
	defer f.Close()
	r, err := Decompress(f, path)
	if err != nil {
		return nil, fmt.Errorf("load treebank %s: %w", path, err)
	}
	sents, err := conllu.ReadAll(r, path)
	if err != nil {
		return nil, fmt.Errorf("load treebank: %w", err)
	}
	return sents, nil
}

// Decompress returns a reader of r's content, gunzipping when the name ends
// in .gz or the data starts with the gzip magic bytes.
func Decompress(r io.Reader, name string) (io.Reader, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if strings.HasSuffix(name, ".gz") || (len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b) {
		return gzip.NewReader(br)
	}
	return br, nil
}
