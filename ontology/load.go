package ontology

import (
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Load reads the four table files (CAMEOFile, CAMEOPLOVERFile,
// PLOVERTypesFile, PLOVERContextsFile) from the root of fsys. It checks every
// line and every reference between the tables, and that every CAMEO code
// resolves to a PLOVER type (its own mapping or an ancestor's).
//
// When anything is wrong, Load returns an ErrorList naming each bad file and
// line, together with an Ontology holding everything that was valid.
func Load(fsys fs.FS) (*Ontology, error) {
	l := &loader{fsys: fsys, o: &Ontology{codes: map[string]*CAMEOCode{}, typeOf: map[string]int{}}}
	l.loadTypes()
	l.loadContexts()
	l.loadCAMEO()
	l.loadMapping()
	l.resolve()
	if len(l.errs) > 0 {
		return l.o, l.errs
	}
	return l.o, nil
}

type loader struct {
	fsys     fs.FS
	o        *Ontology
	errs     ErrorList
	contexts map[string]bool
	codeLine map[string]int             // CAMEO code → line in CAMEOFile
	mapping  map[string]PLOVER          // CAMEO code → its own PLOVER mapping
	modes    map[string]map[string]bool // PLOVER type → its modes
}

func (l *loader) errorf(file string, line int, format string, args ...any) {
	l.errs = append(l.errs, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// row is one data line of a table.
type row struct {
	line   int
	fields []string
}

// readTable returns the data rows of a tab-separated file whose first
// non-comment line must be the given header. Blank lines and lines starting
// with "#" are skipped. Rows with the wrong number of fields are reported and
// left out.
func (l *loader) readTable(file string, header ...string) []row {
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		l.errs = append(l.errs, &Error{File: file, Msg: "cannot read table: " + err.Error(), Err: err})
		return nil
	}
	var rows []row
	sawHeader := false
	for i, text := range strings.Split(string(data), "\n") {
		line := i + 1
		text = strings.TrimSuffix(text, "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if !sawHeader {
			sawHeader = true
			if !slices.Equal(f, header) {
				l.errorf(file, line, "header is %q, want %q", text, strings.Join(header, "\t"))
				return nil
			}
			continue
		}
		if len(f) != len(header) {
			l.errorf(file, line, "%d fields, want %d (%s)", len(f), len(header), strings.Join(header, ", "))
			continue
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		rows = append(rows, row{line, f})
	}
	if !sawHeader {
		l.errorf(file, 0, "empty table (want the header %q)", strings.Join(header, "\t"))
	}
	return rows
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// isName reports whether s is a plain identifier: ASCII letters, digits,
// "-" and "_", starting with a letter.
func isName(s string) bool {
	if s == "" || !('a' <= s[0] && s[0] <= 'z' || 'A' <= s[0] && s[0] <= 'Z') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

func (l *loader) loadTypes() {
	l.modes = map[string]map[string]bool{}
	for _, r := range l.readTable(PLOVERTypesFile, "type", "quad_class", "recipient", "modes", "description") {
		name, quad, recipient, modes, desc := r.fields[0], r.fields[1], r.fields[2], r.fields[3], r.fields[4]
		if !isName(name) || strings.ToUpper(name) != name {
			l.errorf(PLOVERTypesFile, r.line, "bad PLOVER type %q (want uppercase letters)", name)
			continue
		}
		if _, dup := l.o.typeOf[name]; dup {
			l.errorf(PLOVERTypesFile, r.line, "duplicate PLOVER type %s", name)
			continue
		}
		q, err := strconv.Atoi(quad)
		if err != nil || q < int(VerbalCooperation) || q > int(MaterialConflict) {
			l.errorf(PLOVERTypesFile, r.line, "bad quad_class %q (want 1 to 4)", quad)
			continue
		}
		if recipient != "required" && recipient != "optional" {
			l.errorf(PLOVERTypesFile, r.line, "bad recipient %q (want required or optional)", recipient)
			continue
		}
		t := PLOVERType{Name: name, QuadClass: QuadClass(q), RequiresRecipient: recipient == "required", Description: desc}
		l.modes[name] = map[string]bool{}
		bad := false
		for _, m := range splitList(modes) {
			if !isName(m) || l.modes[name][m] {
				l.errorf(PLOVERTypesFile, r.line, "bad or duplicate mode %q", m)
				bad = true
				continue
			}
			l.modes[name][m] = true
			t.Modes = append(t.Modes, m)
		}
		if bad {
			continue
		}
		l.o.typeOf[name] = len(l.o.types)
		l.o.types = append(l.o.types, t)
	}
}

func (l *loader) loadContexts() {
	l.contexts = map[string]bool{}
	for _, r := range l.readTable(PLOVERContextsFile, "context", "description") {
		name := r.fields[0]
		if !isName(name) || strings.ToLower(name) != name {
			l.errorf(PLOVERContextsFile, r.line, "bad context %q (want lowercase letters, digits, - and _)", name)
			continue
		}
		if l.contexts[name] {
			l.errorf(PLOVERContextsFile, r.line, "duplicate context %s", name)
			continue
		}
		l.contexts[name] = true
		l.o.contexts = append(l.o.contexts, PLOVERContext{Name: name, Description: r.fields[1]})
	}
}

func (l *loader) loadCAMEO() {
	l.codeLine = map[string]int{}
	for _, r := range l.readTable(CAMEOFile, "code", "root", "name", "goldstein") {
		code, root, name, score := r.fields[0], r.fields[1], r.fields[2], r.fields[3]
		if n, ok := Normalize(code); !ok || n != code {
			l.errorf(CAMEOFile, r.line, "bad CAMEO code %q (want 2 to 4 digits, root 01 to 20)", code)
			continue
		}
		if root != code[:2] {
			l.errorf(CAMEOFile, r.line, "code %s has root %q, want %q", code, root, code[:2])
			continue
		}
		if name == "" {
			l.errorf(CAMEOFile, r.line, "code %s has no name", code)
			continue
		}
		g, err := strconv.ParseFloat(score, 64)
		if err != nil || math.IsNaN(g) || g < -10 || g > 10 {
			l.errorf(CAMEOFile, r.line, "code %s has Goldstein score %q, want a number from -10 to 10", code, score)
			continue
		}
		if first, dup := l.codeLine[code]; dup {
			l.errorf(CAMEOFile, r.line, "duplicate code %s (first on line %d)", code, first)
			continue
		}
		q, _ := QuadClassOf(root)
		l.codeLine[code] = r.line
		l.o.codes[code] = &CAMEOCode{Code: code, Root: root, Name: name, Goldstein: g, QuadClass: q}
		l.o.order = append(l.o.order, code)
	}
	for _, code := range l.o.order {
		if len(code) > 2 {
			if _, ok := l.o.codes[code[:2]]; !ok {
				l.errorf(CAMEOFile, l.codeLine[code], "code %s has no root row %s", code, code[:2])
			}
		}
	}
}

func (l *loader) loadMapping() {
	l.mapping = map[string]PLOVER{}
	lines := map[string]int{}
	for _, r := range l.readTable(CAMEOPLOVERFile, "code", "type", "mode", "context", "basis", "note") {
		code, typ, mode, contexts, basis := r.fields[0], r.fields[1], r.fields[2], r.fields[3], r.fields[4]
		if _, ok := l.o.codes[code]; !ok {
			l.errorf(CAMEOPLOVERFile, r.line, "CAMEO code %q is not in %s", code, CAMEOFile)
			continue
		}
		if first, dup := lines[code]; dup {
			l.errorf(CAMEOPLOVERFile, r.line, "duplicate code %s (first on line %d)", code, first)
			continue
		}
		modes, ok := l.modes[typ]
		if !ok {
			l.errorf(CAMEOPLOVERFile, r.line, "code %s: unknown PLOVER type %q", code, typ)
			continue
		}
		if mode != "" && !modes[mode] {
			l.errorf(CAMEOPLOVERFile, r.line, "code %s: %q is not a mode of %s", code, mode, typ)
			continue
		}
		p := PLOVER{Type: typ, Mode: mode, Basis: basis}
		bad := false
		for _, c := range splitList(contexts) {
			if !l.contexts[c] {
				l.errorf(CAMEOPLOVERFile, r.line, "code %s: unknown context %q", code, c)
				bad = true
			}
			p.Context = append(p.Context, c)
		}
		if basis == "" {
			l.errorf(CAMEOPLOVERFile, r.line, "code %s: empty basis", code)
			bad = true
		}
		if bad {
			continue
		}
		lines[code] = r.line
		l.mapping[code] = p
	}
}

// resolve gives every CAMEO code its PLOVER mapping: its own, else that of
// its nearest ancestor with one. The ancestors of a code are its prefixes
// down to the root; a root's own fallback is its general code, root + "0"
// ("08" takes the mapping of "080 Yield"), and so are the fallbacks of the
// root's children.
func (l *loader) resolve() {
	for _, code := range l.o.order {
		c := l.o.codes[code]
		for _, cand := range fallbacks(code) {
			if p, ok := l.mapping[cand]; ok {
				if cand != code {
					p.InheritedFrom = cand
				}
				c.PLOVER = p
				break
			}
		}
		if c.PLOVER.Type == "" {
			l.errorf(CAMEOFile, l.codeLine[code], "code %s maps to no PLOVER type: neither it nor any of %v has a row in %s",
				code, fallbacks(code)[1:], CAMEOPLOVERFile)
		}
	}
}

// fallbacks returns the codes whose PLOVER mapping a code takes, in order:
// itself, its parents, its root and the root's general code.
func fallbacks(code string) []string {
	out := []string{code}
	for c := code; len(c) > 2; {
		c = c[:len(c)-1]
		out = append(out, c)
	}
	if general := code[:2] + "0"; general != code {
		out = append(out, general)
	}
	return out
}
