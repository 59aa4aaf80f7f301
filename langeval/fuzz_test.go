package langeval_test

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/langeval"
)

// FuzzEvaluate checks that any pair of readable CoNLL-U files is scored
// without panicking, with counts that make sense, and that a file scored
// against itself is perfect.
func FuzzEvaluate(f *testing.F) {
	f.Add(strings.ReplaceAll(gold, " | ", "\t"), "1\tBlinken\t_\t_\t_\t_\t0\t_\t_\t_\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n2\tb\t_\t_\t_\t_\t1\tdet\t_\t_\n",
		"1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n2\tb\t_\t_\t_\t_\t1\tcase\t_\t_\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		ga, err := conllu.ReadAll(strings.NewReader(a), "a")
		if err != nil {
			return
		}
		gb, err := conllu.ReadAll(strings.NewReader(b), "b")
		if err != nil {
			return
		}
		self, err := langeval.Evaluate(ga, ga)
		if err != nil {
			t.Fatalf("a file against itself: %v", err)
		}
		for _, m := range self.Metrics() {
			if m.Score.Correct != m.Score.Gold || m.Score.Gold != m.Score.System {
				if m.Name == "UAS" || m.Name == "LAS" || m.Name == "CLAS" || m.Name == "MLAS" || m.Name == "BLEX" {
					continue // heads "_" never count as correct
				}
				t.Fatalf("%s against itself: %+v", m.Name, m.Score)
			}
		}
		rep, err := langeval.Evaluate(ga, gb)
		if err != nil {
			return
		}
		for _, m := range rep.Metrics() {
			s := m.Score
			if s.Correct < 0 || s.Correct > s.Gold || s.Correct > s.System || s.F1() > 1 || (s.Aligned >= 0 && s.Correct > s.Aligned) {
				t.Fatalf("%s: impossible score %+v", m.Name, s)
			}
		}
	})
}
