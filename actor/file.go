package actor

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// FormatName names the dictionary file format and its version.
const FormatName = "parley.actors.v1"

// Entry is one block of a dictionary file: a header line "KIND KEY" at the
// start of a line, followed by indented "FIELD VALUE" lines.
type Entry struct {
	Kind string // country, igo, org, person, title, agent, modifier, class, sector
	Key  string // the rest of the header line
	File string
	Line int // line of the header
	// Fields keeps the attribute lines in file order.
	Fields []Field

	merged bool // Fields was copied to take a later entry's fields
}

// Field is one attribute line of an entry.
type Field struct {
	Name  string
	Value string
	Line  int
	file  string // file of the line, which may differ from the entry's after a merge
}

// Values returns the items of every field named name, split at ";" and
// trimmed, in file order.
func (e *Entry) Values(name string) []string {
	var out []string
	for _, f := range e.Fields {
		if f.Name == name {
			out = append(out, splitList(f.Value)...)
		}
	}
	return out
}

// Value returns the value of the last field named name, or "".
func (e *Entry) Value(name string) string {
	v := ""
	for _, f := range e.Fields {
		if f.Name == name {
			v = f.Value
		}
	}
	return v
}

func splitList(s string) []string {
	parts := strings.Split(s, ";")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Error is a problem found at a line of a dictionary file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// ErrorList is every problem found while loading dictionaries; Load returns
// it (as error) when it is not empty.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	const show = 10
	var b strings.Builder
	for i, e := range l {
		if i == show {
			fmt.Fprintf(&b, "\n(and %d more errors)", len(l)-show)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list and the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
	return l
}

func (l *ErrorList) add(file string, line int, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// errTooLong guards against pathological lines.
var errTooLong = errors.New("line longer than 64 KiB")

// ReadEntries parses one dictionary file. It returns every entry it could
// read together with an ErrorList naming file and line of each malformed line;
// the syntax is described in data/FORMAT.md.
func ReadEntries(file string, data []byte) ([]Entry, error) {
	var (
		entries []Entry
		errs    ErrorList
		cur     = -1 // index in entries of the entry being read
	)
	if !utf8.Valid(data) {
		errs.add(file, 0, "not valid UTF-8")
		return nil, errs.Err()
	}
	// One string for the whole file: lines and values are slices of it.
	src := strings.TrimPrefix(string(data), "\ufeff")
	entries = make([]Entry, 0, strings.Count(src, "\n\n")+1)
	lineNo := 0
	for len(src) > 0 {
		lineNo++
		var line string
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			line, src = src, ""
		}
		line = strings.TrimRight(line, " \t\r")
		if len(line) > 64<<10 {
			errs.add(file, lineNo, "%v", errTooLong)
			continue
		}
		trimmed := strings.TrimLeft(line, " \t")
		if len(trimmed) == 0 || trimmed[0] == '#' {
			continue
		}
		name, value := splitWord(trimmed)
		if len(trimmed) == len(line) { // header at column 0
			if !isFieldName(name) {
				errs.add(file, lineNo, "bad entry kind %q", name)
				cur = -1
				continue
			}
			if name == "format" {
				if value != FormatName {
					errs.add(file, lineNo, "format %q, want %q", value, FormatName)
				}
				cur = -1
				continue
			}
			if value == "" {
				errs.add(file, lineNo, "%s entry without a key", name)
				cur = -1
				continue
			}
			entries = append(entries, Entry{Kind: name, Key: value, File: file, Line: lineNo})
			cur = len(entries) - 1
			continue
		}
		if cur < 0 {
			errs.add(file, lineNo, "indented line outside an entry")
			continue
		}
		if !isFieldName(name) {
			errs.add(file, lineNo, "bad field name %q", name)
			continue
		}
		entries[cur].Fields = append(entries[cur].Fields, Field{Name: name, Value: value, Line: lineNo, file: file})
	}
	return entries, errs.Err()
}

func splitWord(s string) (word, rest string) {
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i+1:])
}

// isFieldName reports whether s is a lowercase word with inner hyphens.
func isFieldName(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}
