package english

import (
	"strings"
	"testing"
)

func TestAuxiliary(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"is", true}, {"had", true}, {"might", true}, {"does", true},
		{"desantis", false}, {"said", false}, {"Is", false}, {"", false},
	} {
		if got := Auxiliary(tt.word); got != tt.want {
			t.Errorf("Auxiliary(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestPhrasalFile checks that every line of phrasal.txt that is not a
// comment is a pair, which parsePhrasal reads.
func TestPhrasalFile(t *testing.T) {
	for i, line := range strings.Split(phrasalFile, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		if f := strings.Fields(line); len(f) != 0 && len(f) != 2 {
			t.Errorf("phrasal.txt:%d: %q is no verb and particle", i+1, line)
		}
	}
	if !PhrasalVerb("hand", "over") || !PhrasalVerb("Hand", "OVER") || PhrasalVerb("take", "over") {
		t.Error("PhrasalVerb does not read phrasal.txt")
	}
}
