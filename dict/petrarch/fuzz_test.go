package petrarch

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleyproject/parley/actor"
	"github.com/parleyproject/parley/event"
)

// checkProblems fails when a problem does not name the file and a line of
// the input.
func checkProblems(t *testing.T, in, file string, probs []Problem) {
	t.Helper()
	lines := strings.Count(in, "\n") + 2
	for _, p := range probs {
		if p.File != file || p.Line < 1 || p.Line > lines || p.Reason == "" {
			t.Fatalf("problem %+v does not name a line of %s", p, file)
		}
	}
}

// FuzzReadVerbs: the verb reader never panics, reports problems at lines of
// the file, and whatever it reads is written as patterns that load.
func FuzzReadVerbs(f *testing.F) {
	for _, chunk := range strings.SplitAfter(testVerbs, "\n-") {
		f.Add(chunk)
	}
	f.Add(testVerbs)
	f.Add("ABANDON  [345] ;c\n- * EFFORT  [987]\nACT_ [100]\n{ ACTING_ }\n- A { B | C } * [083]\n")
	f.Add("--- X [01:] ---\nX {Y\n- (A {B C}) * $ + + $ $ [:---]\n&S_\n+&S\n+\n- * &S_T [1]\n")
	f.Add("--- A [---] ---\n+B_+C_D {+E_F}\nWIRE_+TAP\n- ^ % * ( ) { } [0]\n")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<14 {
			t.Skip()
		}
		d, probs := ReadVerbs(strings.NewReader(in), "v.txt")
		checkProblems(t, in, "v.txt", probs)
		var buf bytes.Buffer
		if _, err := WritePatterns(&buf, d); err != nil {
			t.Fatal(err)
		}
		if _, err := event.ParseDictionary(&buf, "out.txt"); err != nil {
			t.Fatalf("written patterns do not load: %v\ninput:\n%s\noutput:\n%s", err, in, buf.String())
		}
	})
}

// FuzzReadActors: the actor reader never panics, reports problems at lines
// of the file, and whatever it reads is written as entries that load.
func FuzzReadActors(f *testing.F) {
	f.Add(testActors)
	for _, chunk := range strings.SplitAfter(testActors, "]\n") {
		f.Add(chunk)
	}
	f.Add("A [B < 950601] [C 19950601 - 19990815]\n+D\n\t[E >990816]\n[F]\n+G ; x\nH [ ]\nI [J/K 1-2]\n")
	f.Add("<!-- x\n-->\nÉTAT_ [FRA]\n+\xe9t\xe9 [---]\nX_(Y) [ZZZ]\n")
	sectors, err := embeddedSectors()
	if err != nil {
		f.Fatal(err)
	}
	grammar := fstest.MapFS{}
	for _, g := range grammarFiles {
		data, err := fs.ReadFile(actor.Embedded(), g)
		if err != nil {
			f.Fatal(err)
		}
		grammar["grammar-"+g] = &fstest.MapFile{Data: data}
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<14 {
			t.Skip()
		}
		as, probs := ReadActors(strings.NewReader(in), "a.txt")
		checkProblems(t, in, "a.txt", probs)
		var buf bytes.Buffer
		if _, _, err := WriteActors(&buf, "a.txt", as, sectors); err != nil {
			t.Fatal(err)
		}
		fsys := fstest.MapFS{"actors.txt": &fstest.MapFile{Data: buf.Bytes()}}
		for k, v := range grammar {
			fsys[k] = v
		}
		if _, err := actor.Load(fsys); err != nil {
			t.Fatalf("written actors do not load: %v\ninput:\n%s\noutput:\n%s", err, in, buf.String())
		}
	})
}

// FuzzReadAgents: the agent reader never panics, reports problems at lines
// of the file, and whatever it reads is written as agents that load.
func FuzzReadAgents(f *testing.F) {
	f.Add(testAgents)
	f.Add("!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [ ~COP]\nX {Y_Z, W} [NGO~]\n!A!B! [~GOV]\nQ [~]\n")
	f.Add("JUSTICE_!MINIST! [~GOV]\nA {B [~GOV]\nC [~GOVFRMZZZ]\n")
	sectors, err := embeddedSectors()
	if err != nil {
		f.Fatal(err)
	}
	grammar := fstest.MapFS{}
	for _, g := range grammarFiles {
		data, err := fs.ReadFile(actor.Embedded(), g)
		if err != nil {
			f.Fatal(err)
		}
		grammar["grammar-"+g] = &fstest.MapFile{Data: data}
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<14 {
			t.Skip()
		}
		as, probs := ReadAgents(strings.NewReader(in), "g.txt")
		checkProblems(t, in, "g.txt", probs)
		var buf bytes.Buffer
		used, err := WriteAgents(&buf, "g.txt", as)
		if err != nil {
			t.Fatal(err)
		}
		fsys := fstest.MapFS{"agents.txt": &fstest.MapFile{Data: buf.Bytes()}}
		for k, v := range grammar {
			fsys[k] = v
		}
		var extra strings.Builder
		extra.WriteString("format parley.actors.v1\n")
		for s := range used {
			if !sectors[s] {
				extra.WriteString("sector " + s + "\n  name x\n")
			}
		}
		fsys["sectors-imported.txt"] = &fstest.MapFile{Data: []byte(extra.String())}
		if _, err := actor.Load(fsys); err != nil {
			t.Fatalf("written agents do not load: %v\ninput:\n%s\noutput:\n%s", err, in, buf.String())
		}
	})
}

// FuzzReadDiscards: the discard reader never panics, reports problems at
// lines of the file, and whatever it reads is written as lines that load.
func FuzzReadDiscards(f *testing.F) {
	f.Add("# c\nMONTHS LATER\n+World Golf Championships   # pas\nAFRICAN_NATIONS_CUP\n+\n")
	f.Add("<!-- -->\n1914\n+ESPN2 \n+TYPHOON   # ELH\n")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<14 {
			t.Skip()
		}
		ds, probs := ReadDiscards(strings.NewReader(in), "d.txt")
		checkProblems(t, in, "d.txt", probs)
		var buf bytes.Buffer
		if err := WriteDiscards(&buf, "d.txt", ds); err != nil {
			t.Fatal(err)
		}
		if _, err := event.ParseDictionary(&buf, "out.txt"); err != nil {
			t.Fatalf("written discards do not load: %v\ninput:\n%s\noutput:\n%s", err, in, buf.String())
		}
	})
}
