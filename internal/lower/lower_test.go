package lower

import (
	"strings"
	"testing"
)

func TestASCII(t *testing.T) {
	var buf [8]byte
	for _, tt := range []struct {
		s, want string
		ok      bool
	}{
		{"said", "said", true}, {"SAID", "said", true}, {"Obama's", "obama's", true},
		{"", "", true}, {"12345678", "12345678", true},
		{"123456789", "", false}, // longer than the buffer
		{"Éte", "", false},       // not ASCII
	} {
		got, ok := ASCII(buf[:], tt.s)
		if ok != tt.ok || string(got) != tt.want {
			t.Errorf("ASCII(%q) = %q, %v; want %q, %v", tt.s, got, ok, tt.want, tt.ok)
		}
	}
}

func TestIs(t *testing.T) {
	for _, tt := range []struct {
		s, want string
		is      bool
	}{
		{"has", "has", true}, {"HAS", "has", true}, {"Had", "has", false},
		{"hass", "has", false}, {"", "", true}, {"ha", "has", false},
		{"\u212Aey", "key", true}, // the Kelvin sign lowercases to k
		{"Éte", "éte", true}, {"Éte", "ete", false},
		{"Hopeful", "hopefuls", false}, {"HOPEFULS", "hopefuls", true}, {"Kelvin", "kelvin", true},
		{"\u212A", "k", true}, // three bytes that lowercase to one: lengths differ, yet equal
	} {
		if got := Is(tt.s, tt.want); got != tt.is || got != (strings.ToLower(tt.s) == tt.want) {
			t.Errorf("Is(%q, %q) = %v, want %v", tt.s, tt.want, got, tt.is)
		}
	}
	if IsASCII("Éte") || !IsASCII("said, 12") {
		t.Error("IsASCII")
	}
}

// TestIsAllocates checks that an ASCII word is compared in place, whatever
// its length and case.
func TestIsAllocates(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() {
		_ = Is("Perfect", "perfectly")
		_ = Is("HAD", "has")
	}); n != 0 {
		t.Errorf("Is allocates %v times per call pair", n)
	}
}

// FuzzIs checks Is against its definition.
func FuzzIs(f *testing.F) {
	for _, s := range []string{"has", "HAS", "\u212Aey", "İs", "Éte", "\xff", ""} {
		f.Add(s, strings.ToLower(s))
		f.Add(s, "has")
	}
	f.Fuzz(func(t *testing.T, s, want string) {
		if got := Is(s, want); got != (strings.ToLower(s) == want) {
			t.Errorf("Is(%q, %q) = %v", s, want, got)
		}
	})
}
