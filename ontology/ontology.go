// Package ontology holds the event ontologies that Parley codes into: every
// CAMEO event code with its name, Goldstein score and QuadClass, the PLOVER
// 2.0 event types, modes and contexts, and the mapping from CAMEO to PLOVER.
//
// The tables are text files (see data/FORMAT.md). Default loads the copy
// embedded in the binary; Load reads the same files from any fs.FS, so users
// can supply their own.
package ontology

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

//go:embed data/*.tsv
var embedded embed.FS

// File names that Load reads from the root of its file system.
const (
	CAMEOFile          = "cameo.tsv"
	CAMEOPLOVERFile    = "cameo-plover.tsv"
	PLOVERTypesFile    = "plover-types.tsv"
	PLOVERContextsFile = "plover-contexts.tsv"
)

// QuadClass is the four-way grouping of CAMEO events used by GDELT.
type QuadClass int

// The QuadClasses, numbered as in GDELT.
const (
	VerbalCooperation   QuadClass = 1
	MaterialCooperation QuadClass = 2
	VerbalConflict      QuadClass = 3
	MaterialConflict    QuadClass = 4
)

// QuadClassMapping names the mapping from CAMEO roots to QuadClass that
// QuadClassOf implements, for outputs to say which one they use: GDELT's,
// roots 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal
// conflict, 15–20 material conflict.
const QuadClassMapping = "gdelt"

var quadClassNames = [...]string{"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

func (q QuadClass) String() string {
	if q < VerbalCooperation || q > MaterialConflict {
		return "QuadClass(" + strconv.Itoa(int(q)) + ")"
	}
	return quadClassNames[q]
}

// QuadClassOf returns the QuadClass of a CAMEO root ("01" to "20") under
// QuadClassMapping, and false for anything else.
func QuadClassOf(root string) (QuadClass, bool) {
	if len(root) != 2 || !allDigits(root) {
		return 0, false
	}
	n, _ := strconv.Atoi(root)
	switch {
	case n >= 1 && n <= 5:
		return VerbalCooperation, true
	case n >= 6 && n <= 9:
		return MaterialCooperation, true
	case n >= 10 && n <= 14:
		return VerbalConflict, true
	case n >= 15 && n <= 20:
		return MaterialConflict, true
	}
	return 0, false
}

// CAMEOCode is one CAMEO event code. It marshals to the "cameo" object of
// Parley's event output; its PLOVER mapping is written separately.
type CAMEOCode struct {
	Code      string    `json:"code"` // two to four digits: "04", "043", "0233"
	Root      string    `json:"root"` // the first two digits
	Name      string    `json:"name"`
	Goldstein float64   `json:"goldstein"`
	QuadClass QuadClass `json:"quad_class"`
	PLOVER    PLOVER    `json:"-"`
}

// PLOVER is the PLOVER 2.0 coding of a CAMEO code. It marshals to the
// "plover" object of Parley's event output.
type PLOVER struct {
	Type    string   `json:"type"`
	Mode    string   `json:"mode"`    // empty when the mapping gives none
	Context []string `json:"context"` // nil when the mapping gives none
	// Basis says where the mapping comes from: "CAMEO2PLOVER-2021" or
	// "parley" (see data/FORMAT.md).
	Basis string `json:"-"`
	// InheritedFrom is the code whose mapping this is, when the code has
	// none of its own; empty otherwise.
	InheritedFrom string `json:"-"`
}

// PLOVERType is one of the sixteen PLOVER 2.0 event types.
type PLOVERType struct {
	Name              string
	QuadClass         QuadClass // PLOVER's own grouping of the type
	RequiresRecipient bool
	Modes             []string // the modes the type allows; may be empty
	Description       string
}

// PLOVERContext is one PLOVER 2.0 context.
type PLOVERContext struct {
	Name        string
	Description string
}

// Ontology is a loaded set of tables. It is read-only and safe for
// concurrent use; methods return copies.
type Ontology struct {
	codes    map[string]*CAMEOCode // by code
	order    []string              // codes in file order
	types    []PLOVERType
	typeOf   map[string]int // PLOVER type name → index in types
	contexts []PLOVERContext
}

// Default loads the tables embedded in the binary. It parses them on every
// call: load once and keep the result.
func Default() (*Ontology, error) {
	return Load(Files())
}

// Files returns the embedded table files, for Default and for users who want
// to start their own tables from them.
func Files() fs.FS {
	sub, _ := fs.Sub(embedded, "data") // fails only for an invalid path
	return sub
}

// CAMEO returns the CAMEO code, after Normalize, and whether the ontology
// defines it.
func (o *Ontology) CAMEO(code string) (CAMEOCode, bool) {
	code, ok := Normalize(code)
	if !ok {
		return CAMEOCode{}, false
	}
	c, ok := o.codes[code]
	if !ok {
		return CAMEOCode{}, false
	}
	return c.clone(), true
}

// Valid reports whether the ontology defines the code, after Normalize.
func (o *Ontology) Valid(code string) bool {
	_, ok := o.CAMEO(code)
	return ok
}

// Nearest returns the code, after Normalize, or else its nearest defined
// ancestor: "0239" gives "023", "1999" gives "19" (when neither "1999" nor
// "199" is defined). It returns false when not even the root is defined or
// the code is not a CAMEO code at all.
func (o *Ontology) Nearest(code string) (CAMEOCode, bool) {
	code, ok := Normalize(code)
	if !ok {
		return CAMEOCode{}, false
	}
	for ; len(code) >= 2; code = code[:len(code)-1] {
		if c, ok := o.codes[code]; ok {
			return c.clone(), true
		}
	}
	return CAMEOCode{}, false
}

// Normalize returns the canonical spelling of a CAMEO code: two to four
// digits with their leading zero. Codes whose leading zero was lost (by a
// spreadsheet or a numeric column) get it back: "4" → "04", "43" → "043",
// "233" → "0233", since no CAMEO root is above 20. Surrounding space is
// ignored. It returns false for anything that cannot be a CAMEO code.
func Normalize(code string) (string, bool) {
	code = strings.TrimSpace(code)
	if code == "" || len(code) > 4 || !allDigits(code) {
		return "", false
	}
	if len(code) == 1 || len(code) < 4 && code[:2] > "20" {
		code = "0" + code
	}
	if _, ok := QuadClassOf(code[:2]); !ok {
		return "", false
	}
	return code, true
}

// Codes returns every CAMEO code, sorted.
func (o *Ontology) Codes() []CAMEOCode {
	out := make([]CAMEOCode, 0, len(o.codes))
	for _, c := range o.codes {
		out = append(out, c.clone())
	}
	slices.SortFunc(out, func(a, b CAMEOCode) int { return strings.Compare(a.Code, b.Code) })
	return out
}

// Roots returns the two-digit CAMEO codes, sorted.
func (o *Ontology) Roots() []CAMEOCode {
	var out []CAMEOCode
	for _, c := range o.Codes() {
		if len(c.Code) == 2 {
			out = append(out, c)
		}
	}
	return out
}

// PLOVERTypes returns the PLOVER event types in the order of the table.
func (o *Ontology) PLOVERTypes() []PLOVERType {
	out := make([]PLOVERType, len(o.types))
	for i, t := range o.types {
		t.Modes = slices.Clone(t.Modes)
		out[i] = t
	}
	return out
}

// PLOVERType returns the PLOVER event type of that name.
func (o *Ontology) PLOVERType(name string) (PLOVERType, bool) {
	i, ok := o.typeOf[name]
	if !ok {
		return PLOVERType{}, false
	}
	t := o.types[i]
	t.Modes = slices.Clone(t.Modes)
	return t, true
}

// PLOVERContexts returns the PLOVER contexts in the order of the table.
func (o *Ontology) PLOVERContexts() []PLOVERContext {
	return slices.Clone(o.contexts)
}

func (c *CAMEOCode) clone() CAMEOCode {
	out := *c
	out.PLOVER.Context = slices.Clone(c.PLOVER.Context)
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Error reports a problem in one line of a table file.
type Error struct {
	File string
	Line int // 0 when the problem concerns the file as a whole
	Msg  string
	Err  error // the underlying error, if any (a file that cannot be read)
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is every problem Load found, in file order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Unwrap returns the errors of the list, for errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
