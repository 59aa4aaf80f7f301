package ontology

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleyproject/parley/internal/shareddata"
)

func defaultOntology(tb testing.TB) *Ontology {
	tb.Helper()
	o, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return o
}

func TestDefault(t *testing.T) {
	o := defaultOntology(t)
	if n := len(o.Codes()); n != 312 {
		t.Errorf("%d CAMEO codes, want 312", n)
	}
	roots := o.Roots()
	if len(roots) != 20 {
		t.Fatalf("%d roots, want 20", len(roots))
	}
	for i, r := range roots {
		if want := strconv.Itoa(101 + i)[1:]; r.Code != want || r.Root != want {
			t.Errorf("root %d is %s (root %s), want %s", i, r.Code, r.Root, want)
		}
		if r.QuadClass < VerbalCooperation || r.QuadClass > MaterialConflict {
			t.Errorf("root %s has QuadClass %d", r.Code, r.QuadClass)
		}
		if r.PLOVER.Type == "" {
			t.Errorf("root %s has no PLOVER type", r.Code)
		}
	}
	var names []string
	for _, pt := range o.PLOVERTypes() {
		names = append(names, pt.Name)
	}
	want := "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("PLOVER types %s, want %s", got, want)
	}
	if n := len(o.PLOVERContexts()); n != 37 {
		t.Errorf("%d PLOVER contexts, want 37", n)
	}
	for _, c := range o.Codes() {
		if c.PLOVER.Type == "" {
			t.Errorf("%s has no PLOVER type", c.Code)
		}
		if q, _ := QuadClassOf(c.Root); c.QuadClass != q {
			t.Errorf("%s has QuadClass %d, want %d", c.Code, c.QuadClass, q)
		}
	}
}

// TestDefaultMatchesShared checks every code of the shared CAMEO list against
// the embedded table: name, root and Goldstein score.
func TestDefaultMatchesShared(t *testing.T) {
	path := shareddata.Path(t, "data", "ontology", "cameo-codes.tsv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	o := defaultOntology(t)
	n := 0
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, "\t")
		g, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		c, ok := o.CAMEO(f[0])
		if !ok {
			t.Errorf("code %s missing", f[0])
			continue
		}
		if c.Code != f[0] || c.Root != f[1] || c.Name != f[2] || c.Goldstein != g {
			t.Errorf("code %s: got %+v, want root %s, name %q, Goldstein %v", f[0], c, f[1], f[2], g)
		}
		n++
	}
	if n != len(o.Codes()) {
		t.Errorf("shared list has %d codes, the table %d", n, len(o.Codes()))
	}
}

func TestCAMEO(t *testing.T) {
	o := defaultOntology(t)
	for _, c := range []struct {
		code                 string
		want                 string // the code found
		name                 string
		goldstein            float64
		quad                 QuadClass
		typ, mode, context   string
		basis, inheritedFrom string
	}{
		{"040", "040", "Consult", 1, VerbalCooperation, "CONSULT", "", "", "CAMEO2PLOVER-2021", ""},
		{"042", "042", "Make a visit", 1.9, VerbalCooperation, "CONSULT", "visit", "", "CAMEO2PLOVER-2021", ""},
		{"043", "043", "Host a visit", 2.8, VerbalCooperation, "CONSULT", "visit", "", "CAMEO2PLOVER-2021", ""},
		{"0233", "0233", "Appeal for humanitarian aid", 3.4, VerbalCooperation, "REQUEST", "assist", "human_security", "parley", ""},
		{"233", "0233", "Appeal for humanitarian aid", 3.4, VerbalCooperation, "REQUEST", "assist", "human_security", "parley", ""},
		{" 0233 ", "0233", "Appeal for humanitarian aid", 3.4, VerbalCooperation, "REQUEST", "assist", "human_security", "parley", ""},
		{"02", "02", "APPEAL", 3, VerbalCooperation, "REQUEST", "", "", "parley", "020"},
		{"08", "08", "YIELD", 5, MaterialCooperation, "CONCEDE", "", "", "CAMEO2PLOVER-2021", "080"},
		{"0871", "0871", "Declare truce, ceasefire", 9, MaterialCooperation, "RETREAT", "ceasefire", "military", "CAMEO2PLOVER-2021", ""},
		{"1123", "1123", "Accuse of aggression", -2, VerbalConflict, "ACCUSE", "allege", "military", "CAMEO2PLOVER-2021", ""},
		{"173", "173", "Arrest, detain, or charge with legal action", -5, MaterialConflict, "COERCE", "arrest", "legal", "CAMEO2PLOVER-2021", ""},
		{"20", "20", "USE UNCONVENTIONAL MASS VIOLENCE", -10, MaterialConflict, "ASSAULT", "massacre", "military", "CAMEO2PLOVER-2021", "200"},
		{"2042", "2042", "Detonate nuclear weapons", -10, MaterialConflict, "ASSAULT", "unconventional", "cbrn", "CAMEO2PLOVER-2021", ""},
		{"4", "04", "CONSULT", 1, VerbalCooperation, "CONSULT", "", "", "CAMEO2PLOVER-2021", "040"},
	} {
		got, ok := o.CAMEO(c.code)
		if !ok {
			t.Errorf("CAMEO(%q) not found", c.code)
			continue
		}
		p := got.PLOVER
		if got.Code != c.want || got.Name != c.name || got.Goldstein != c.goldstein || got.QuadClass != c.quad ||
			p.Type != c.typ || p.Mode != c.mode || strings.Join(p.Context, ",") != c.context ||
			p.Basis != c.basis || p.InheritedFrom != c.inheritedFrom {
			t.Errorf("CAMEO(%q) = %+v", c.code, got)
		}
	}
	for _, bad := range []string{"", "0", "00", "99", "215", "2100", "12345", "04a", "-04", "０４"} {
		if c, ok := o.CAMEO(bad); ok {
			t.Errorf("CAMEO(%q) = %+v, want not found", bad, c)
		}
		if o.Valid(bad) {
			t.Errorf("Valid(%q) = true", bad)
		}
	}
	if !o.Valid("0233") || !o.Valid("19") || !o.Valid("21") || o.Valid("0239") {
		t.Error("Valid disagrees with the table")
	}
}

func TestCAMEOReturnsCopies(t *testing.T) {
	o := defaultOntology(t)
	c, _ := o.CAMEO("1124")
	c.PLOVER.Context[0] = "changed"
	if again, _ := o.CAMEO("1124"); again.PLOVER.Context[0] == "changed" {
		t.Error("changing a returned context changed the ontology")
	}
	pt, _ := o.PLOVERType("ASSAULT")
	pt.Modes[0] = "changed"
	if again, _ := o.PLOVERType("ASSAULT"); again.Modes[0] == "changed" {
		t.Error("changing returned modes changed the ontology")
	}
}

func TestNearest(t *testing.T) {
	o := defaultOntology(t)
	for code, want := range map[string]string{
		"0239": "023", "1999": "19", "043": "043", "0434": "043", "239": "023", "1": "01", "99": "09",
	} {
		c, ok := o.Nearest(code)
		if !ok || c.Code != want {
			t.Errorf("Nearest(%q) = %q, %v; want %q", code, c.Code, ok, want)
		}
	}
	for _, bad := range []string{"", "2100", "0", "x"} {
		if c, ok := o.Nearest(bad); ok {
			t.Errorf("Nearest(%q) = %q, want not found", bad, c.Code)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"04": "04", "4": "04", "043": "043", "43": "043", "0233": "0233", "233": "0233", "211": "0211",
		"20": "20", "204": "204", "2042": "2042", "12": "12", "100": "100", " 19\t": "19",
	} {
		if got, ok := Normalize(in); !ok || got != want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "0", "00", "000", "2100", "12345", "1a", "+4", "--"} {
		if got, ok := Normalize(bad); ok {
			t.Errorf("Normalize(%q) = %q, want failure", bad, got)
		}
	}
}

func TestQuadClassOf(t *testing.T) {
	for root, want := range map[string]QuadClass{
		"01": VerbalCooperation, "05": VerbalCooperation, "06": MaterialCooperation, "09": MaterialCooperation,
		"10": VerbalConflict, "14": VerbalConflict, "15": MaterialConflict, "20": MaterialConflict,
		"00": 0, "21": 0, "1": 0, "010": 0, "ab": 0,
	} {
		got, ok := QuadClassOf(root)
		if got != want || ok != (want != 0) {
			t.Errorf("QuadClassOf(%q) = %v, %v; want %v", root, got, ok, want)
		}
	}
	if s := MaterialConflict.String(); s != "material conflict" {
		t.Errorf("String() = %q", s)
	}
	if s := QuadClass(7).String(); s != "QuadClass(7)" {
		t.Errorf("String() = %q", s)
	}
}

// TestJSON checks the objects of the event output contract.
func TestJSON(t *testing.T) {
	o := defaultOntology(t)
	c, _ := o.CAMEO("042")
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"code":"042","root":"04","name":"Make a visit","goldstein":1.9,"quad_class":1}`; string(b) != want {
		t.Errorf("cameo JSON %s, want %s", b, want)
	}
	c, _ = o.CAMEO("1124")
	b, err = json.Marshal(c.PLOVER)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"type":"ACCUSE","mode":"allege","context":["military","legal"]}`; string(b) != want {
		t.Errorf("plover JSON %s, want %s", b, want)
	}
}

// tables returns the embedded tables as a map file system, with changes.
func tables(tb testing.TB, changes map[string]string) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{}
	for _, name := range []string{CAMEOFile, CAMEOPLOVERFile, PLOVERTypesFile, PLOVERContextsFile} {
		data, err := fs.ReadFile(Files(), name)
		if err != nil {
			tb.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: data}
	}
	for name, data := range changes {
		if data == "\x00delete" {
			delete(m, name)
			continue
		}
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}

// replaceLine replaces the row of a table that starts with prefix.
func replaceLine(tb testing.TB, file, prefix, with string) string {
	tb.Helper()
	data, err := fs.ReadFile(Files(), file)
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			lines[i] = with
			return strings.Join(lines, "\n")
		}
	}
	tb.Fatalf("%s has no line starting with %q", file, prefix)
	return ""
}

// lineOf returns the line number of the row of a table that starts with
// prefix.
func lineOf(tb testing.TB, file, prefix string) int {
	tb.Helper()
	data, err := fs.ReadFile(Files(), file)
	if err != nil {
		tb.Fatal(err)
	}
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	tb.Fatalf("%s has no line starting with %q", file, prefix)
	return 0
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct {
		name    string
		changes map[string]string
		file    string
		line    int // -1: the line of prefix
		prefix  string
		msg     string
	}{
		{"ErrMissingFile", map[string]string{CAMEOFile: "\x00delete"}, CAMEOFile, 0, "", "cannot read table"},
		{"ErrEmptyTable", map[string]string{PLOVERContextsFile: "# nothing\n"}, PLOVERContextsFile, 0, "", "empty table"},
		{"ErrHeader", map[string]string{CAMEOFile: "code\tname\n"}, CAMEOFile, 1, "", "header is"},
		{"ErrFields", map[string]string{CAMEOFile: replaceLine(t, CAMEOFile, "043\t", "043\t04\tHost a visit")}, CAMEOFile, -1, "043\t", "3 fields, want 4"},
		{"ErrGoldstein", map[string]string{CAMEOFile: replaceLine(t, CAMEOFile, "043\t", "043\t04\tHost a visit\t12")}, CAMEOFile, -1, "043\t", "Goldstein score"},
		{"ErrRoot", map[string]string{CAMEOFile: replaceLine(t, CAMEOFile, "043\t", "043\t05\tHost a visit\t2.8")}, CAMEOFile, -1, "043\t", `has root "05"`},
		{"ErrCode", map[string]string{CAMEOFile: replaceLine(t, CAMEOFile, "043\t", "43\t04\tHost a visit\t2.8")}, CAMEOFile, -1, "043\t", `bad CAMEO code "43"`},
		{"ErrDuplicateCode", map[string]string{CAMEOFile: replaceLine(t, CAMEOFile, "043\t", "042\t04\tMake a visit\t1.9")}, CAMEOFile, -1, "043\t", "duplicate code 042"},
		{"ErrNoRootRow", map[string]string{CAMEOFile: replaceLine(t, CAMEOFile, "04\t", "# no root")}, CAMEOFile, -1, "040\t", "no root row 04"},
		{"ErrUnknownType", map[string]string{CAMEOPLOVERFile: replaceLine(t, CAMEOPLOVERFile, "042\t", "042\tMEET\tvisit\t\tparley\t")}, CAMEOPLOVERFile, -1, "042\t", `unknown PLOVER type "MEET"`},
		{"ErrUnknownMode", map[string]string{CAMEOPLOVERFile: replaceLine(t, CAMEOPLOVERFile, "042\t", "042\tCONSULT\tboat\t\tparley\t")}, CAMEOPLOVERFile, -1, "042\t", `"boat" is not a mode of CONSULT`},
		{"ErrUnknownContext", map[string]string{CAMEOPLOVERFile: replaceLine(t, CAMEOPLOVERFile, "042\t", "042\tCONSULT\tvisit\tsports\tparley\t")}, CAMEOPLOVERFile, -1, "042\t", `unknown context "sports"`},
		{"ErrEmptyBasis", map[string]string{CAMEOPLOVERFile: replaceLine(t, CAMEOPLOVERFile, "042\t", "042\tCONSULT\tvisit\t\t\t")}, CAMEOPLOVERFile, -1, "042\t", "empty basis"},
		{"ErrMappingCode", map[string]string{CAMEOPLOVERFile: replaceLine(t, CAMEOPLOVERFile, "042\t", "049\tCONSULT\tvisit\t\tparley\t")}, CAMEOPLOVERFile, -1, "042\t", `"049" is not in cameo.tsv`},
		{"ErrUnmapped", map[string]string{CAMEOPLOVERFile: replaceLine(t, CAMEOPLOVERFile, "040\t", "# none")}, CAMEOFile, -1, "04\t", "code 04 maps to no PLOVER type"},
		{"ErrQuadClass", map[string]string{PLOVERTypesFile: replaceLine(t, PLOVERTypesFile, "AID\t", "AID\t5\trequired\t\tAid.")}, PLOVERTypesFile, -1, "AID\t", `bad quad_class "5"`},
		{"ErrRecipient", map[string]string{PLOVERTypesFile: replaceLine(t, PLOVERTypesFile, "AID\t", "AID\t2\tyes\t\tAid.")}, PLOVERTypesFile, -1, "AID\t", `bad recipient "yes"`},
		{"ErrTypeName", map[string]string{PLOVERTypesFile: replaceLine(t, PLOVERTypesFile, "AID\t", "Aid\t2\trequired\t\tAid.")}, PLOVERTypesFile, -1, "AID\t", `bad PLOVER type "Aid"`},
		{"ErrContextName", map[string]string{PLOVERContextsFile: replaceLine(t, PLOVERContextsFile, "cyber\t", "Cyber Attacks\tx")}, PLOVERContextsFile, -1, "cyber\t", `bad context "Cyber Attacks"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			o, err := Load(tables(t, c.changes))
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("err = %v, want an ErrorList", err)
			}
			if o == nil {
				t.Fatal("no partial ontology returned")
			}
			line := c.line
			if line < 0 {
				line = lineOf(t, c.file, c.prefix)
			}
			e := list[0]
			if e.File != c.file || e.Line != line || !strings.Contains(e.Msg, c.msg) {
				t.Errorf("first error %v (%d in all), want %s:%d: …%s…", e, len(list), c.file, line, c.msg)
			}
		})
	}
}

// TestLoadKeepsValidRows checks that one bad row loses only itself.
func TestLoadKeepsValidRows(t *testing.T) {
	bad := replaceLine(t, CAMEOFile, "043\t", "043\t04\tHost a visit\tlots")
	o, err := Load(tables(t, map[string]string{CAMEOFile: bad}))
	if err == nil {
		t.Fatal("no error")
	}
	if !strings.Contains(err.Error(), "cameo.tsv:") {
		t.Errorf("error %q does not name the file", err)
	}
	if _, ok := o.CAMEO("043"); ok {
		t.Error("bad row loaded")
	}
	if c, ok := o.CAMEO("042"); !ok || c.PLOVER.Mode != "visit" {
		t.Errorf("good row lost: %+v", c)
	}
	if n := len(o.Codes()); n != 311 {
		t.Errorf("%d codes, want 311", n)
	}
}

// smallTables is a small consistent set of tables, so that fuzzing works on
// short inputs.
var smallTables = map[string]string{
	CAMEOFile:          "code\troot\tname\tgoldstein\n04\t04\tCONSULT\t1\n040\t04\tConsult\t1\n042\t04\tMake a visit\t1.9\n0421\t04\tVisit by sea\t1.9\n",
	CAMEOPLOVERFile:    "code\ttype\tmode\tcontext\tbasis\tnote\n040\tCONSULT\t\t\tparley\t\n042\tCONSULT\tvisit\tdiplomatic,economic\tparley\tx\n",
	PLOVERTypesFile:    "# types\ntype\tquad_class\trecipient\tmodes\tdescription\nCONSULT\t1\toptional\tvisit,phone\tMeet.\nAID\t2\trequired\t\tGive.\n",
	PLOVERContextsFile: "context\tdescription\ndiplomatic\tdiplomacy\neconomic\ttrade\n",
}

func FuzzLoad(f *testing.F) {
	names := []string{CAMEOFile, CAMEOPLOVERFile, PLOVERTypesFile, PLOVERContextsFile}
	if _, err := Load(tables(f, smallTables)); err != nil {
		f.Fatalf("small tables: %v", err)
	}
	for i, name := range names {
		f.Add(uint8(i), []byte(smallTables[name]))
	}
	f.Add(uint8(0), []byte("code\troot\tname\tgoldstein\n04\t04\tX\tNaN\n"))
	f.Add(uint8(1), []byte("code\ttype\tmode\tcontext\tbasis\tnote\n04\tCONSULT\t\t,,,\tx\t\n"))
	f.Add(uint8(2), []byte("type\tquad_class\trecipient\tmodes\tdescription\nX\t1\toptional\ta,a\t\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := names[int(which)%len(names)]
		changes := map[string]string{}
		for k, v := range smallTables {
			changes[k] = v
		}
		changes[name] = string(data)
		o, err := Load(tables(t, changes))
		if o == nil {
			t.Fatal("Load returned no ontology")
		}
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("err %v is not a non-empty ErrorList", err)
			}
			for _, e := range list {
				if !slices.Contains(names, e.File) {
					t.Fatalf("error %v names no table file", e)
				}
			}
			return
		}
		for _, c := range o.Codes() {
			if c.PLOVER.Type == "" {
				t.Fatalf("%s loaded without a PLOVER type", c.Code)
			}
			if _, ok := o.Nearest(c.Code + "9"); !ok && len(c.Code) < 4 {
				t.Fatalf("Nearest(%s9) found nothing", c.Code)
			}
		}
	})
}
