package lemma

import (
	"slices"
	"strings"
	"testing"
)

func TestIrregularVerbs(t *testing.T) {
	ir, err := IrregularVerbs()
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{"withdrew": "withdraw", "overthrown": "overthrow", "arose": "arise", "born": "bear", "saw": "see", "shrunk": "shrink"} {
		if got, ok := ir.Base(form); !ok || got != want {
			t.Errorf("Base(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	if _, ok := ir.Base("withdraw"); ok {
		t.Error("a base form has a base")
	}
	past := ir.PastOnly()
	for _, f := range []string{"withdrew", "arose", "overthrew", "forbade", "went"} {
		if !slices.Contains(past, f) {
			t.Errorf("PastOnly lacks %q", f)
		}
	}
	// Participles too, bases of other verbs, and forms marked as other
	// words are no sure past tense.
	for _, f := range []string{"got", "found", "saw", "lay", "bit", "broke", "rose", "trod", "read"} {
		if slices.Contains(past, f) {
			t.Errorf("PastOnly has %q", f)
		}
	}
}

func TestReadIrregularErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"go went", "t.txt:1: want a base, a past tense and a past participle, got 2 fields"},
		{"# comment\n\ngo went Gone", `t.txt:3: form "Gone" is not a lowercase word`},
		{"go2 went gone", `t.txt:1: base "go2" is not a lowercase word`},
		{"lie ~lay lain\nlead led lain", `t.txt:2: "lain" is already a form of "lie"`},
		{"go went/ gone", `t.txt:1: form "" is not a lowercase word`},
	}
	for _, tt := range tests {
		_, err := ReadIrregular(strings.NewReader(tt.in), "t.txt")
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: error %v, want %q", tt.in, err, tt.want)
		}
	}
}

func FuzzReadIrregular(f *testing.F) {
	f.Add(string(irregularText))
	f.Add("go went gone\nlie ~lay lain\n")
	f.Fuzz(func(t *testing.T, in string) {
		ir, err := ReadIrregular(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, p := range ir.PastOnly() {
			if _, ok := ir.Base(p); !ok {
				t.Fatalf("past form %q has no base", p)
			}
		}
	})
}
