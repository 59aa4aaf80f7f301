package eventeval

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyproject/parley/internal/shareddata"
)

var update = flag.Bool("update", false, "rewrite the golden files with the reference scorer")

func readFixture(t *testing.T) ([]Gold, []Prediction) {
	t.Helper()
	gf, err := os.Open("testdata/gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	gold, err := ReadGold(gf, "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	pf, err := os.Open("testdata/events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	preds, err := ReadPredictions(pf, "events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return gold, preds
}

// referenceScorer runs score_events.py on the fixture, or skips when python3
// or the shared tools are absent.
func referenceScorer(t *testing.T, args ...string) []byte {
	t.Helper()
	script := shareddata.Path(t, "tools", "score_events.py")
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 is not installed")
	}
	cmd := exec.Command(py, append([]string{script, "score", "testdata/gold.jsonl", "testdata/events.jsonl"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score_events.py: %v\n%s", err, stderr.String())
	}
	return out
}

// TestAgreesWithReferenceScorer checks that Score, Table and JSON give what
// score_events.py gives on the same fixture: against the stored output of
// the reference scorer, and against the scorer itself when it can run.
func TestAgreesWithReferenceScorer(t *testing.T) {
	gold, preds := readFixture(t)
	res := Score(gold, preds)
	table, js := Table(res), string(JSON(res))+"\n"
	golden := []struct {
		file string
		got  string
		args []string
	}{
		{"testdata/score.golden", table, nil},
		{"testdata/score.golden.json", js, []string{"--json"}},
	}
	for _, g := range golden {
		t.Run(filepath.Base(g.file), func(t *testing.T) {
			if *update {
				if err := os.WriteFile(g.file, referenceScorer(t, g.args...), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(g.file)
			if err != nil {
				t.Fatal(err)
			}
			if g.got != string(want) {
				t.Errorf("got\n%s\nwant (stored reference output)\n%s", g.got, want)
			}
		})
	}
	t.Run("live", func(t *testing.T) {
		if want := string(referenceScorer(t)); table != want {
			t.Errorf("table:\ngot\n%s\nscore_events.py\n%s", table, want)
		}
		if want := string(referenceScorer(t, "--json")); js != want {
			t.Errorf("json:\ngot\n%s\nscore_events.py\n%s", js, want)
		}
	})
}

func TestScoreFigures(t *testing.T) {
	gold, preds := readFixture(t)
	res := Score(gold, preds)
	tests := []struct {
		ds                      string
		records, goldEv, predEv int
		recall, precision, fp   float64 // -1 for none
	}{
		{"cameo", 9, 6, 7, 1, 6.0 / 7, 0.5},
		{"penta", 3, 3, 3, 2.0 / 3, 2.0 / 3, -1},
		{"votes", 2, 0, 0, -1, -1, 1},
		{All, 17, 13, 14, 12.0 / 13, 12.0 / 14, 2.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.ds, func(t *testing.T) {
			r := res[tt.ds]
			if r == nil {
				t.Fatalf("no result for %s", tt.ds)
			}
			if r.Records != tt.records || r.GoldEvents != tt.goldEv || r.PredEvents != tt.predEv {
				t.Errorf("counts %d/%d/%d, want %d/%d/%d", r.Records, r.GoldEvents, r.PredEvents, tt.records, tt.goldEv, tt.predEv)
			}
			check := func(name string, got *float64, want float64) {
				switch {
				case want < 0 && got != nil:
					t.Errorf("%s = %v, want none", name, *got)
				case want >= 0 && (got == nil || abs(*got-want) > 1e-12):
					t.Errorf("%s = %v, want %v", name, got, want)
				}
			}
			check("type_recall", r.TypeRecall, tt.recall)
			check("type_precision", r.TypePrecision, tt.precision)
			check("false_positive_rate", r.FalsePositiveRate, tt.fp)
		})
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestReadErrors(t *testing.T) {
	in := "{\"id\": \"a\", \"events\": []}\nnot json\n\n{\"text\": \"no id\"}\n{\"id\": \"b\", \"dataset\": \"d\"}\n"
	gold, err := ReadGold(strings.NewReader(in), "g.jsonl")
	var rerr *ReadError
	if !errors.As(err, &rerr) {
		t.Fatalf("err = %v, want *ReadError", err)
	}
	if len(rerr.Lines) != 2 || rerr.Lines[0].Line != 2 || rerr.Lines[1].Line != 4 {
		t.Errorf("bad lines %+v, want lines 2 and 4", rerr.Lines)
	}
	if !strings.Contains(err.Error(), "g.jsonl:2:") {
		t.Errorf("error %q does not name the file and line", err)
	}
	if len(gold) != 2 || gold[0].Key() != "a" || gold[1].Key() != "d/b" {
		t.Errorf("records read: %+v", gold)
	}
}

func TestPyFloat(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		want string
	}{
		{0, "0.0"}, {1, "1.0"}, {0.5, "0.5"}, {2.0 / 3, "0.6666666666666666"},
		{0.0001, "0.0001"}, {0.00001, "1e-05"}, {0.000015, "1.5e-05"},
	} {
		if got := pyFloat(&tt.in); got != tt.want {
			t.Errorf("pyFloat(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := pyFloat(nil); got != "null" {
		t.Errorf("pyFloat(nil) = %s", got)
	}
}

// FuzzReadGold feeds arbitrary lines to the gold and prediction readers:
// they must not panic, and must report bad lines by number.
func FuzzReadGold(f *testing.F) {
	// Seeds are single lines of the fixtures: the fuzzer mutates small
	// inputs far better than whole files.
	for _, file := range []string{"testdata/gold.jsonl", "testdata/events.jsonl"} {
		data, _ := os.ReadFile(file)
		for _, line := range strings.Split(string(data), "\n")[:6] {
			f.Add(line)
		}
	}
	f.Add(`{"id": 1, "events": [{"pentaclass": "x", "source": [1, null, "A"]}], "relevant_votes": {"false": "2"}}`)
	f.Add(`{"id": [], "events": {}}`)
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<16 {
			t.Skip("input too long to be useful")
		}
		gold, gerr := ReadGold(strings.NewReader(in), "fuzz")
		preds, perr := ReadPredictions(strings.NewReader(in), "fuzz")
		for _, err := range []error{gerr, perr} {
			var rerr *ReadError
			if err != nil && !errors.As(err, &rerr) {
				t.Fatalf("error %v is not a *ReadError", err)
			}
		}
		res := Score(gold, preds)
		_ = Table(res)
		_ = JSON(res)
	})
}
