package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
	"github.com/parleyproject/parley/tokenize"
)

func TestParseRules(t *testing.T) {
	tests := []struct {
		name, in, err string
	}{
		{"OK", "# verbs\n\nspeech said\nspeech asked\n", ""},
		{"ErrKind", "speech said\nstarter The\n", `rules:2: unknown entry kind "starter" (want speech)`},
		{"ErrFields", "speech said loudly\n", "rules:1: want KIND WORD, got 3 field(s)"},
		{"ErrUTF8", "speech \xff\n", "rules:1: entry is not valid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := segment.ParseRules(strings.NewReader(tc.in), "rules")
			if (tc.err == "" && err != nil) || (tc.err != "" && (err == nil || err.Error() != tc.err)) {
				t.Fatalf("error %v, want %q", err, tc.err)
			}
		})
	}
}

func TestUserRules(t *testing.T) {
	path := filepath.Join(t.TempDir(), "my.seg")
	if err := os.WriteFile(path, []byte("speech grumbled\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rules, err := segment.LoadRules(path)
	if err != nil {
		t.Fatal(err)
	}
	sg := segment.New(tokenize.Default(), rules, segment.Options{})
	doc := &text.Document{Text: `"Why?" Smith grumbled. "Why?" Smith asked.`}
	sg.Split(doc)
	if got := sentenceTexts(doc); len(got) != 3 {
		t.Errorf("sentences %q, want the user's verb to join and the missing one to split", got)
	}
	if _, err := segment.LoadRules(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing file: no error")
	}
}

func FuzzParseRules(f *testing.F) {
	f.Add("speech said\n")
	f.Add("# x\nspeech a b\n")
	f.Fuzz(func(t *testing.T, in string) {
		rules, err := segment.ParseRules(strings.NewReader(in), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("error %q does not name the file and line", err)
			}
			return
		}
		src := `"Why?" Smith said. ` + in
		toks := tokenize.Tokenize(src)
		if err := checkSentences(src, toks, segment.New(tokenize.Default(), rules, segment.Options{}).Segment(src, toks)); err != nil {
			t.Fatal(err)
		}
	})
}
