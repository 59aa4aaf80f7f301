package segment_test

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/internal/treebank"
	"github.com/parleyproject/parley/langeval"
	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
)

func readTreebank(t *testing.T, name string) []*conllu.Sentence {
	t.Helper()
	sents, err := treebank.Load(shareddata.Path(t, "data", "ud", name+".conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// Layouts of the raw text. All spell the same characters; they differ in
// the white space between sentences and paragraphs.
var layouts = []struct {
	name   string
	layout func(raw string) string
}{
	// blank: the official raw text, paragraphs separated by a blank line.
	{"blank", func(raw string) string { return raw }},
	// lines: one paragraph per line.
	{"lines", func(raw string) string { return strings.ReplaceAll(raw, "\n\n", "\n") }},
	// wrapped: paragraphs hard-wrapped at 80 columns, blank lines between.
	{"wrapped", func(raw string) string { return wrap(raw, 80) }},
}

// wrap breaks every paragraph of raw into lines of at most width bytes
// where it can, replacing spaces by line breaks.
func wrap(raw string, width int) string {
	paras := strings.Split(raw, "\n\n")
	for i, p := range paras {
		b := []byte(p)
		lineStart, lastSpace := 0, -1
		for k := 0; k < len(b); k++ {
			if b[k] == ' ' {
				lastSpace = k
			}
			if k-lineStart >= width && lastSpace > lineStart {
				b[lastSpace] = '\n'
				lineStart = lastSpace + 1
			}
		}
		paras[i] = string(b)
	}
	return strings.Join(paras, "\n\n")
}

// TestUDRawText measures tokenization and segmentation from raw text against
// the UD English treebanks (CoNLL 2018 metrics) and logs the figures; run it
// with -v to see them. It fails only if a figure drops below a floor well
// under the current one.
func TestUDRawText(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping treebank measurement in -short mode")
	}
	floors := map[string][2]float64{ // tokens F1, sentences F1 (blank layout)
		"en_ewt-ud-dev":    {99.0, 82},
		"en_ewt-ud-test":   {99.0, 82},
		"en_gum-open-dev":  {99.5, 92},
		"en_gum-open-test": {99.5, 92},
	}
	for _, name := range []string{"en_ewt-ud-dev", "en_ewt-ud-test", "en_gum-open-dev", "en_gum-open-test"} {
		t.Run(name, func(t *testing.T) {
			gold := readTreebank(t, name)
			raw := langeval.RawText(gold)
			for _, l := range layouts {
				doc := &text.Document{ID: name, Text: l.layout(raw)}
				segment.Split(doc)
				rep, err := langeval.Evaluate(gold, conllu.FromDocument(doc))
				if err != nil {
					t.Fatalf("%s: %v", l.name, err)
				}
				t.Logf("%-16s %-7s tokens F1 %.2f  sentences F1 %.2f (P %.2f R %.2f)  words F1 %.2f",
					name, l.name, 100*rep.Tokens.F1(), 100*rep.Sentences.F1(),
					100*rep.Sentences.Precision(), 100*rep.Sentences.Recall(), 100*rep.Words.F1())
				if l.name != "blank" {
					continue
				}
				f := floors[name]
				if got := 100 * rep.Tokens.F1(); got < f[0] {
					t.Errorf("tokens F1 %.2f, below %.1f", got, f[0])
				}
				if got := 100 * rep.Sentences.F1(); got < f[1] {
					t.Errorf("sentences F1 %.2f, below %.1f", got, f[1])
				}
			}
		})
	}
}
