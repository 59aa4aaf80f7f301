package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

const evalEventsGold = `{"id": "1", "text": "Russian troops attacked Ukraine on Monday.", "date": "2022-03-01", "dataset": "t", "events": [{"source": "RUS", "target": "UKR", "code": "190"}]}
{"id": "2", "text": "The weather was fine.", "date": "2022-03-01", "dataset": "t", "events": [], "noevents": true}
`

func TestEvalEvents(t *testing.T) {
	gold := writeFile(t, "gold.jsonl", evalEventsGold, false)
	t.Run("OK_scores_given_events", func(t *testing.T) {
		events := writeFile(t, "events.jsonl", `{"doc_id": "t/1", "cameo": {"code": "190", "root": "19"}, "plover": {"type": "ASSAULT"}, "source": {"code": "RUSMIL", "country": "RUS"}, "target": {"code": "UKR"}, "modality": "asserted"}
`, false)
		out, _, err := runCLI(t, "", "eval", "--gold", gold, "--events", events)
		if err != nil {
			t.Fatal(err)
		}
		want := "t                                      2     1     1        1.000        1.000        1.000        1.000        1.000        0.000"
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	})
	t.Run("OK_codes_and_writes_events", func(t *testing.T) {
		outPath := t.TempDir() + "/ev.jsonl"
		out, _, err := runCLI(t, "", "eval", "--gold", gold, "--json", "-o", outPath)
		if err != nil {
			t.Fatal(err)
		}
		var res map[string]map[string]any
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("--json output: %v\n%s", err, out)
		}
		if res["t"]["records"] != 2.0 || res["ALL"]["gold_events"] != 1.0 {
			t.Errorf("unexpected figures %v", res)
		}
		written, err := os.ReadFile(outPath)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(written)), "\n") {
			if line == "" {
				continue
			}
			var ev struct {
				DocID string `json:"doc_id"`
			}
			if err := json.Unmarshal([]byte(line), &ev); err != nil || !strings.HasPrefix(ev.DocID, "t/") {
				t.Errorf("bad event line %q (%v)", line, err)
			}
		}
	})
	t.Run("ErrNoGold", func(t *testing.T) {
		if _, _, err := runCLI(t, "", "eval"); err == nil || ExitCode(err) != 2 {
			t.Errorf("err = %v, want a usage error", err)
		}
	})
	t.Run("ErrBadLine", func(t *testing.T) {
		bad := writeFile(t, "bad.jsonl", evalEventsGold+"{oops\n", false)
		events := writeFile(t, "events.jsonl", "", false)
		out, errOut, err := runCLI(t, "", "eval", "--gold", bad, "--events", events)
		if err == nil || !strings.Contains(errOut, "bad.jsonl:3:") || !strings.Contains(out, "ALL") {
			t.Errorf("err = %v, stderr %q, stdout %q: want the bad line named and the rest scored", err, errOut, out)
		}
	})
}
