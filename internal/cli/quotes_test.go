package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	docs := writeFile(t, "docs.jsonl",
		`{"id": "doc-1", "date": "2023-06-19", "text": "Blinken said, \u201cWe had candid talks.\u201d According to officials, the talks failed."}`+"\n"+
			`{"id": "doc-2", "text": "The talks lasted two hours."}`+"\n", false)

	t.Run("OK", func(t *testing.T) {
		out, _, err := runCLI(t, "", "quotes", docs)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 {
			t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
		}
		var first map[string]any
		if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
			t.Fatal(err)
		}
		want := map[string]any{
			"id": "doc-1:q0", "doc_id": "doc-1", "direct": true,
			"speaker": map[string]any{"text": "Blinken", "span": []any{0.0, 7.0}, "code": "USAGOV", "name": "Antony Blinken"},
			"cue":     map[string]any{"text": "said", "span": []any{8.0, 12.0}},
			"content": map[string]any{"text": "We had candid talks.", "span": []any{17.0, 37.0}},
		}
		if got, _ := json.Marshal(first); string(got) != mustJSON(t, want) {
			t.Errorf("first line\n got %s\nwant %s", got, mustJSON(t, want))
		}
		// A sector speaker has a code but no name: name is null.
		if !strings.Contains(lines[1], `"speaker":{"text":"officials","span":[54,63],"code":"---GOV","name":null}`) {
			t.Errorf("second line: %s", lines[1])
		}
	})
	t.Run("Stdin", func(t *testing.T) {
		out, _, err := runCLI(t, "Xi added: \u201cWe are ready.\u201d", "quotes", "-")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, `"doc_id":"-","direct":true`) || !strings.Contains(out, `"content":{"text":"We are ready.","span":[13,26]}`) {
			t.Errorf("output: %s", out)
		}
	})
	t.Run("Lexicon", func(t *testing.T) {
		lex := writeFile(t, "cues.tsv", "# only this cue\nmutter\tverb\tquote,clause\n", false)
		in := writeFile(t, "a.txt", "He muttered that the plan was dead. She said it was not.", false)
		out, _, err := runCLI(t, "", "quotes", "--lexicon", lex, "--replace-lexicon", in)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"cue":{"text":"muttered"`) {
			t.Errorf("with only the user's lexicon, want the one cue it lists:\n%s", out)
		}
	})
	t.Run("ErrLexicon", func(t *testing.T) {
		lex := writeFile(t, "bad.tsv", "mutter\tverb\n", false)
		_, _, err := runCLI(t, "", "quotes", "--lexicon", lex, docs)
		if err == nil || !strings.Contains(err.Error(), "bad.tsv:1:") {
			t.Errorf("error %v, want one naming the file and line", err)
		}
	})
	t.Run("ErrReplaceWithoutLexicon", func(t *testing.T) {
		_, _, err := runCLI(t, "", "quotes", "--replace-lexicon", docs)
		if err == nil || ExitCode(err) != 2 {
			t.Errorf("error %v, want a usage error", err)
		}
	})
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
