package petrarch

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parleyproject/parley/actor"
	"github.com/parleyproject/parley/event"
	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/text"
)

func TestWritePatterns(t *testing.T) {
	d, _ := ReadVerbs(strings.NewReader(testVerbs), "v.txt")
	var buf bytes.Buffer
	st, err := WritePatterns(&buf, d)
	if err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"@style petrarch\n",
		"@set petr-currency = dollars, swiss francs  # L3\n",
		"@set petr-ties = military, &petr-currency  # L6\n",
		"verb leave, left, leaves, depart, pull out, pulled out, wire +tap\n",
		"    * new_&petr-ties_relations => 903 L15  # * NEW_&TIES_RELATIONS\n",
		"    + * from $ => 066 L16  # + * FROM $\n",
		"    * with + => ---:075 L18  # * (WITH)\n",
		"verb leave, left, leaves, pull out, pulled out, wire +tap => 032:033 L10\n",
		"verb depart => 036 L12\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if st.Patterns != 5 || st.Sets != 2 || st.Verbs != 4 || st.Dropped != 2 {
		t.Errorf("stats %+v", st)
	}
	if _, err := event.ParseDictionary(strings.NewReader(out), "v.txt"); err != nil {
		t.Fatalf("the written patterns do not load: %v\n%s", err, out)
	}
}

const testActors = `GONDOR [GON]
+MINAS_TIRITH
LORIEN  [ELR/GAL]
GOLLUM
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
THE_HERMIT_KINGDOM [PRK]
KOFI_ANNAN_ [IGOUNO 970101-061231] [ELI]
QUIBBLER_NEWSPAPER [HGWMED]
`

const testAgents = `PRESIDENT [~GOV]
MSF {} [NGO~]
`

// grammarFS returns the embedded grammar files as written by Convert.
func grammarFS(t *testing.T) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, g := range grammarFiles {
		data, err := fs.ReadFile(actor.Embedded(), g)
		if err != nil {
			t.Fatal(err)
		}
		fsys["grammar-"+g] = &fstest.MapFile{Data: data}
	}
	return fsys
}

func TestWriteActors(t *testing.T) {
	sectors, err := embeddedSectors()
	if err != nil {
		t.Fatal(err)
	}
	as, probs := ReadActors(strings.NewReader(testActors), "a.txt")
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	var abuf, gbuf bytes.Buffer
	st, wprobs, err := WriteActors(&abuf, "a.txt", as, sectors)
	if err != nil || len(wprobs) > 0 {
		t.Fatal(err, wprobs)
	}
	ags, _ := ReadAgents(strings.NewReader(testAgents), "g.txt")
	if _, err := WriteAgents(&gbuf, "g.txt", ags); err != nil {
		t.Fatal(err)
	}
	out := abuf.String()
	for _, want := range []string{
		"country GON\n  name Gondor\n  name Minas Tirith\n",
		"country HGW\n",
		"org Gollum\n  held ..1995-05-31 HOB\n  held 1995-06-01..1999-08-15 HOBGOV\n",
		"org Kofi Annan\n  code ---ELI\n  held 1997-01-01..2006-12-31 IGOUNO\n",
		"org Lorien\n  code ELR; GAL\n",
		"country PRK\n  name the Hermit Kingdom\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if st.Countries != 6 || st.Orgs != 4 || st.DatedCodes != 3 {
		t.Errorf("stats %+v", st)
	}
	fsys := grammarFS(t)
	fsys["actors.txt"] = &fstest.MapFile{Data: abuf.Bytes()}
	fsys["agents.txt"] = &fstest.MapFile{Data: gbuf.Bytes()}
	d, err := actor.Load(fsys)
	if err != nil {
		t.Fatalf("the written actors do not load: %v\n%s", err, out)
	}
	tests := []struct {
		date, sentence, want string
	}{
		{"1996-01-01", "Gollum met the Gondor president in the Hermit Kingdom .", "Gollum=HOBGOV; Gondor president=GONGOV; the Hermit Kingdom=PRK"},
		{"1990-01-01", "Gollum met Lorien .", "Gollum=HOB; Lorien=ELR|GAL"},
		{"2003-01-01", "Kofi Annan met MSF Gondor .", "Kofi Annan=IGOUNO; MSF=NGO; Gondor=GON"},
	}
	for _, tt := range tests {
		doc := spaceDoc(t, tt.date, tt.sentence)
		if got := mentions(doc, d.Resolve(doc)); got != tt.want {
			t.Errorf("%s (%s): got %s, want %s", tt.sentence, tt.date, got, tt.want)
		}
	}
}

// spaceDoc builds a one-sentence document of space-separated tokens.
func spaceDoc(t *testing.T, date, s string) *text.Document {
	doc := &text.Document{ID: "t", Text: s}
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		t.Fatal(err)
	}
	doc.Date = d
	off := 0
	for _, f := range strings.Fields(s) {
		start := strings.Index(s[off:], f) + off
		doc.Tokens = append(doc.Tokens, text.Token{Form: f, Span: text.Span{Start: start, End: start + len(f)}, Head: -1, MultiWord: -1})
		off = start + len(f)
	}
	doc.Sentences = []text.Sentence{{Start: 0, End: len(doc.Tokens), Span: text.Span{Start: 0, End: len(s)}}}
	return doc
}

func mentions(doc *text.Document, ms []text.Mention) string {
	var parts []string
	for _, m := range ms {
		var codes []string
		for _, a := range m.Actors {
			codes = append(codes, a.Code)
		}
		parts = append(parts, doc.SpanText(m.Span)+"="+strings.Join(codes, "|"))
	}
	return strings.Join(parts, "; ")
}

// TestConvertSuites converts the dictionaries of the PETRARCH validation
// suites and the PETRARCH-2 dictionaries, and loads the result with Parley's
// own loaders: every entry read must give a file that loads.
func TestConvertSuites(t *testing.T) {
	suites := shareddata.Path(t, "data", "gold", "suites")
	phoenix := shareddata.Path(t, "data", "dictionaries", "petrarch2")
	tests := []struct {
		name string
		dir  string
		// maxProblems bounds the entries reported (the files do hold
		// malformed entries: TABARI codes of five letters, "+++", ...).
		maxProblems int
		minPatterns int
	}{
		{"unittest", filepath.Join(suites, "petr_unittest_records"), 10, 400},
		{"validate_2_02", filepath.Join(suites, "petr_validate_records_2_02"), 20, 300},
		{"validate_140226", filepath.Join(suites, "petr_validate_records_140226"), 40, 400},
		{"petrarch2", phoenix, 400, 4500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, _, err := FindFiles(tt.dir)
			if err != nil {
				t.Fatal(err)
			}
			o.Out = t.TempDir()
			rep, err := Convert(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%+v %+v agents %d discards %d problems %d", rep.Patterns, rep.Actors, rep.Agents, rep.Discards, len(rep.Problems))
			if len(rep.Problems) > tt.maxProblems || rep.Patterns.Patterns < tt.minPatterns {
				t.Errorf("%d problems (want at most %d), %d patterns (want at least %d)", len(rep.Problems), tt.maxProblems, rep.Patterns.Patterns, tt.minPatterns)
			}
			for _, p := range rep.Problems {
				if p.File == "" || p.Line < 1 || p.Reason == "" {
					t.Errorf("problem without file, line or reason: %+v", p)
				}
			}
			if _, err := event.LoadDictionary(os.DirFS(filepath.Join(o.Out, PatternDir))); err != nil {
				t.Errorf("patterns do not load: %v", err)
			}
			if _, err := actor.Load(os.DirFS(filepath.Join(o.Out, ActorDir))); err != nil {
				t.Errorf("actors do not load: %v", err)
			}
		})
	}
}
