package english

import "testing"

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
