package event

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzLoadDictionary feeds arbitrary pattern files to the loader: it must
// never panic, and a bad file must fail with a *LoadError whose problems
// each name the file and a line within it.
func FuzzLoadDictionary(f *testing.F) {
	// Small seeds: the fuzzer mutates short inputs far better than whole
	// files.
	for _, chunk := range strings.SplitAfter(testPatterns, "verb ") {
		f.Add(chunk)
	}
	for _, name := range []string{"01-statements.txt", "04-consult.txt", "sets.txt"} {
		data, err := fs.ReadFile(DefaultPatterns(), name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data[:min(len(data), 400)]))
	}
	f.Add("verb x => 999\n    * + => 01\n@set = a\n  * a\nnoun => 040\n    + * $ => 040 a b\n")
	f.Add("@set a = &b\n@set b = &a\nverb x\n    * &a &b % => 040\n")
	f.Add("verb pull out => 0874\n    * out of + +! $ $! => 0874\n")
	f.Add("@style petrarch\n@set petr-t = military, did n't\nverb leave, wire +tap => 032:033 L1\n    * new_&petr-t_ties => 903 L2\n    + * from $ => ---:066\n@discard world cup\n@discard-document typhoon\n")
	f.Add("@set a = b\n@style petrarch\nverb x => 174K:1\n    &a_x * => 025? L\n")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<16 {
			t.Skip("input too long to be useful")
		}
		fsys := fstest.MapFS{"user.txt": {Data: []byte(in)}}
		d, err := LoadDictionary(fsys)
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *LoadError", err)
			}
			lines := strings.Count(in, "\n") + 1
			for _, p := range le.Problems {
				if p.File != "user.txt" || p.Line < 1 || p.Line > lines+1 {
					t.Fatalf("problem %v does not name a line of user.txt", p)
				}
			}
			return
		}
		// A dictionary that loads must merge and code without panicking.
		m := d.Merge(d)
		_ = m.Rules()
		doc := parsed(t, "Blinken Blinken PROPN NNP 2 nsubj\nmet meet VERB VBD 0 root\nXi Xi PROPN NNP 2 obj", map[string]string{"Blinken": "USAGOV", "Xi": "CHNGOV"})
		c := testCoder(t)
		c.dict = m
		_ = c.Code(t.Context(), doc)
	})
}

// FuzzParseLexicon feeds arbitrary modality and form tables to their
// readers.
func FuzzParseLexicon(f *testing.F) {
	mod, _ := fs.ReadFile(dataFS, "data/modality.tsv")
	forms, _ := fs.ReadFile(dataFS, "data/transform.tsv")
	f.Add(string(mod), string(forms[:min(len(forms), 300)]))
	f.Add("negator\tnot\nfuture-aux\n", "04\t036\n999\t-\t-\t-\t-\t-\n")
	f.Fuzz(func(t *testing.T, classes, table string) {
		if len(classes)+len(table) > 1<<16 {
			t.Skip("input too long to be useful")
		}
		l, err := ParseLexicon(strings.NewReader(classes), "m.tsv")
		if err != nil {
			return
		}
		if err := l.ParseForms(strings.NewReader(table), "t.tsv"); err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *LoadError", err)
			}
			return
		}
		for _, k := range []transformKind{intentForm, refuseForm, appealForm, demandForm, allegeForm} {
			_ = l.form("0841", k)
			_ = l.form("", k)
		}
	})
}
