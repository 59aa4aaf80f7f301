package quote

import (
	"strings"
	"testing"
)

func TestDefaultLexicon(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() < 200 {
		t.Errorf("built-in lexicon has %d entries, want at least 200", l.Len())
	}
	for _, c := range []struct {
		lemma    string
		pos      POS
		particle string
		want     Frames
	}{
		{"say", POSVerb, "", FrameQuote | FrameClause},
		{"tell", POSVerb, "", FrameQuote | FrameClause | FrameInf | FrameAddressee},
		{"point", POSVerb, "out", FrameQuote | FrameClause},
		{"call", POSVerb, "for", FramePrep},
		{"according", POSPhrase, "to", FrameSource},
		{"critical", POSAdj, "of", FramePrep},
		{"willing", POSAdj, "", FrameInf},
	} {
		var got Frames
		found := false
		for _, e := range l.lookup(c.lemma, c.pos) {
			if e.Particle == c.particle {
				got, found = e.Frames, true
			}
		}
		if !found || got != c.want {
			t.Errorf("%s %s: frames %v (found %v), want %v", c.lemma, c.particle, got, found, c.want)
		}
	}
}

func TestParseLexicon(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		entries int
		errs    []string // substrings of the error, one per bad line
	}{
		{"OK", "# comment\n\nsay\tverb\tquote,clause\npoint out\tverb\tquote,clause\naccording to\tphrase\tsource\n", 3, nil},
		{"OK/CRLF", "say\tverb\tquote\r\nclaim\tnoun\tclause\r\n", 2, nil},
		{"OK/Adjective", "critical of\tadj\tprep\nsure\tadj\tclause\nwilling\tadj\tinf\n", 3, nil},
		{"ErrAdjectiveFrame", "sure\tadj\tquote\n", 0, []string{"x:1: an adjective takes the frames clause, inf and prep only"}},
		{"ErrFields", "say\tverb\n", 0, []string{"x:1: want WORDS<TAB>POS<TAB>FRAMES"}},
		{"ErrUpperCase", "Say\tverb\tquote\n", 0, []string{"x:1: words \"Say\" must be lower case"}},
		{"ErrThreeWords", "take issue with\tverb\tprep\n", 0, []string{"x:1: words"}},
		{"ErrPOS", "say\tadverb\tquote\n", 0, []string{"x:1: word class \"adverb\""}},
		{"ErrFrame", "say\tverb\tquote,shout\n", 0, []string{"x:1: frame \"shout\""}},
		{"ErrPhraseOneWord", "per\tphrase\tsource\n", 0, []string{"x:1: phrase \"per\" must have two words"}},
		{"ErrSourceOnVerb", "cite\tverb\tsource\n", 0, []string{"x:1: frame source is for phrases only"}},
		{"ErrPrepWithoutPreposition", "call\tverb\tprep\n", 0, []string{"x:1: frame prep needs a preposition"}},
		{"ErrDuplicate", "say\tverb\tquote\nsay\tverb\tclause\n", 1, []string{"x:2: \"say\" already listed on line 1"}},
		{"ErrKeepsGoodLines", "say\tverb\tquote\nbad line\ntell\tverb\tquote\n", 2, []string{"x:2:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ParseLexicon(strings.NewReader(tt.in), "x")
			if l == nil {
				t.Fatal("nil lexicon")
			}
			if l.Len() != tt.entries {
				t.Errorf("%d entries, want %d", l.Len(), tt.entries)
			}
			if len(tt.errs) == 0 {
				if err != nil {
					t.Errorf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.errs)
			}
			for _, want := range tt.errs {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

func TestLexiconMerge(t *testing.T) {
	base, err := ParseLexicon(strings.NewReader("say\tverb\tquote,clause\ncall for\tverb\tprep\n"), "base")
	if err != nil {
		t.Fatal(err)
	}
	user, err := ParseLexicon(strings.NewReader("say\tverb\tclause\ncall\tverb\tquote\nopine\tverb\tclause\n"), "user")
	if err != nil {
		t.Fatal(err)
	}
	m := base.Merge(user)
	if m.Len() != 4 {
		t.Errorf("merged lexicon has %d entries, want 4", m.Len())
	}
	if got := m.lookup("say", POSVerb); len(got) != 1 || got[0].Frames != FrameClause {
		t.Errorf("say: %+v, want the user's entry alone", got)
	}
	// The plain verb comes before the phrasal one whatever the order of
	// loading.
	if got := m.lookup("call", POSVerb); len(got) != 2 || got[0].Particle != "" || got[1].Particle != "for" {
		t.Errorf("call: %+v, want plain then phrasal", got)
	}
	if base.Len() != 2 || len(base.lookup("say", POSVerb)) != 1 || base.lookup("say", POSVerb)[0].Frames != FrameQuote|FrameClause {
		t.Error("Merge changed its receiver")
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("say\tverb\tquote,clause\n")
	f.Add("according to\tphrase\tsource\n#x\n\n")
	f.Add("call for\tverb\tprep\r\nclaim\tnoun\tclause")
	f.Add("critical of\tadj\tprep\nsure\tadj\tclause,quote\n")
	f.Add("\t\t\n\xff\tverb\tquote")
	f.Fuzz(func(t *testing.T, in string) {
		l, err := ParseLexicon(strings.NewReader(in), "fuzz")
		if l == nil {
			t.Fatal("nil lexicon")
		}
		n := 0
		for _, byLemma := range l.byLemma {
			for _, list := range byLemma {
				n += len(list)
			}
		}
		if n != l.Len() {
			t.Fatalf("Len %d, %d entries stored", l.Len(), n)
		}
		if err == nil && strings.TrimSpace(in) != "" && n == 0 && !onlyComments(in) {
			t.Fatalf("no entries and no error for %q", in)
		}
	})
}

func onlyComments(in string) bool {
	for _, line := range strings.Split(in, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			return false
		}
	}
	return true
}
