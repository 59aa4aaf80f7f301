package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestDictImportPetrarch(t *testing.T) {
	dir := t.TempDir()
	verbs := writeFile(t, "test.verbs.txt", "--- ATTACK [190] ---\nATTACK\n- * BADLY [abc def]\n--- LEAVE [032:033] ---\nLEFT\n", false)
	actors := writeFile(t, "test.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nBROKEN [12]\n", false)
	agents := writeFile(t, "test.agents.txt", "SOLDIER [~MIL]\n", false)
	discards := writeFile(t, "test.discards.txt", "WORLD CUP\n", false)
	out := filepath.Join(dir, "out")
	stdout, stderr, err := runCLI(t, "", "dict", "import-petrarch", "--out", out,
		"--verbs", verbs, "--actors", actors, "--agents", agents, "--discards", discards)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"test.verbs.txt:3: bad event code", "test.actors.txt:4: bad actor code: [12]"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for _, want := range []string{"verb patterns: 0 patterns of 2 verbs", "actors: 2 countries", "skipped or not carried over: 2", "parley code --replace-actors --actors " + filepath.Join(out, "actors")} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	docs := writeFile(t, "docs.jsonl", `{"id": "a", "text": "Arnor soldiers attacked Gondor.", "date": "2001-01-01"}
{"id": "b", "text": "Arnor left for Minas Tirith.", "date": "2001-01-01"}
{"id": "c", "text": "Arnor attacked Gondor at the World Cup.", "date": "2001-01-01"}
`, false)
	events, _, err := runCLI(t, "", "code", "--replace-actors", "--actors", filepath.Join(out, "actors"),
		"--replace-patterns", "--patterns", filepath.Join(out, "patterns"), docs)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(events), "\n") {
		var ev struct {
			DocID  string `json:"doc_id"`
			CAMEO  struct{ Code string }
			Source struct{ Code string }
			Target struct{ Code string }
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("bad event %q: %v", line, err)
		}
		got = append(got, ev.DocID+" "+ev.CAMEO.Code+" "+ev.Source.Code+" "+ev.Target.Code)
	}
	want := "a 190 ARNMIL GON|b 032 ARN GON|b 033 GON ARN"
	if strings.Join(got, "|") != want {
		t.Errorf("events: got %s, want %s", strings.Join(got, "|"), want)
	}
	t.Run("ErrNoOut", func(t *testing.T) {
		if _, _, err := runCLI(t, "", "dict", "import-petrarch", "--verbs", verbs); err == nil || ExitCode(err) != 2 {
			t.Errorf("err = %v, want a usage error", err)
		}
	})
	t.Run("ErrNothingToImport", func(t *testing.T) {
		if _, _, err := runCLI(t, "", "dict", "import-petrarch", "--out", out); err == nil || ExitCode(err) != 2 {
			t.Errorf("err = %v, want a usage error", err)
		}
	})
}
