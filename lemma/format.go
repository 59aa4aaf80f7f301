package lemma

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatName and FormatVersion open every model file; see FORMAT.md.
const (
	FormatName    = "parley-lemma"
	FormatVersion = 1
)

// maxLineBytes bounds a model file line.
const maxLineBytes = 1 << 20

// maxStrip bounds the bytes an edit may strip, against absurd model files.
const maxStrip = 1 << 10

// WriteTo writes the model in the text format described in FORMAT.md. The
// output is deterministic.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	bw := bufio.NewWriterSize(cw, 1<<16)
	fmt.Fprintf(bw, "%s\t%d\n", FormatName, FormatVersion)
	bw.WriteString("# Parley lemmatizer model; the format is described in lemma/FORMAT.md.\n")
	for _, e := range m.meta {
		writeFields(bw, "meta", e.key, e.value)
	}
	for _, t := range m.tags {
		writeFields(bw, "tag", t.upos, t.xpos)
	}
	for _, k := range sortedKeys(m.casings, 3) {
		t := m.tags[keyTag(k)]
		writeFields(bw, "case", t.upos, t.xpos, shapeNames[k[2]], k[3:], caseNames[m.casings[k]])
	}
	for _, t := range m.tags {
		for _, e := range t.frequent {
			writeFields(bw, "frequent", t.upos, t.xpos, strconv.Itoa(e.strip), e.add)
		}
	}
	for _, k := range sortedKeys(m.edits, 2) {
		t := m.tags[keyTag(k)]
		e := m.edits[k]
		writeFields(bw, "edit", t.upos, t.xpos, k[2:], strconv.Itoa(e.strip), e.add)
	}
	for _, k := range sortedKeys(m.words, 2) {
		t := m.tags[keyTag(k)]
		writeFields(bw, "word", t.upos, t.xpos, k[2:], m.words[k])
	}
	known := make([]string, 0, len(m.known))
	for l := range m.known {
		known = append(known, l)
	}
	slices.Sort(known)
	for _, l := range known {
		writeFields(bw, "lemma", l)
	}
	err := bw.Flush()
	return cw.n, err
}

func writeFields(bw *bufio.Writer, fields ...string) {
	for i, f := range fields {
		if i > 0 {
			bw.WriteByte('\t')
		}
		bw.WriteString(f)
	}
	bw.WriteByte('\n')
}

// sortedKeys returns the keys of a tag-keyed map by tag index, then by the
// rest of the key after the first skip bytes, then by the whole key.
func sortedKeys[V any](mp map[string]V, skip int) []string {
	keys := make([]string, 0, len(mp))
	for k := range mp {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(keyTag(a), keyTag(b)), strings.Compare(a[skip:], b[skip:]), strings.Compare(a, b))
	})
	return keys
}

func keyTag(k string) int { return int(k[0])<<8 | int(k[1]) }

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// FormatError reports a malformed model file line.
type FormatError struct {
	Line int
	Msg  string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("lemma model line %d: %s", e.Line, e.Msg)
}

// Read reads a model written by WriteTo. A malformed file yields a
// *FormatError naming the line.
func Read(r io.Reader) (*Model, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLineBytes)
	m := newModel()
	line := 0
	header := false
	fail := func(format string, args ...any) (*Model, error) {
		return nil, &FormatError{Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !utf8.ValidString(text) {
			return fail("invalid UTF-8")
		}
		f := strings.Split(text, "\t")
		if !header {
			if len(f) != 2 || f[0] != FormatName {
				return fail("not a %s model (want header %q)", FormatName, FormatName+"\t"+strconv.Itoa(FormatVersion))
			}
			if f[1] != strconv.Itoa(FormatVersion) {
				return fail("unsupported %s version %q (want %d)", FormatName, f[1], FormatVersion)
			}
			header = true
			continue
		}
		want, ok := fieldCounts[f[0]]
		if !ok {
			return fail("unknown record %q", f[0])
		}
		if len(f) != want {
			return fail("%s record has %d fields, want %d", f[0], len(f), want)
		}
		if err := m.readRecord(f); err != nil {
			return fail("%v", err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &FormatError{Line: line + 1, Msg: err.Error()}
	}
	if !header {
		return nil, &FormatError{Line: line, Msg: "empty model file"}
	}
	m.index()
	return m, nil
}

var fieldCounts = map[string]int{"meta": 3, "tag": 3, "case": 6, "frequent": 5, "edit": 6, "word": 5, "lemma": 2}

func (m *Model) readRecord(f []string) error {
	switch f[0] {
	case "meta":
		m.meta = append(m.meta, metaEntry{f[1], f[2]})
	case "tag":
		if _, dup := m.pairIndex[f[1]+"\t"+f[2]]; dup {
			return fmt.Errorf("duplicate tag %s %s", f[1], f[2])
		}
		if len(m.tags) == maxTags {
			return fmt.Errorf("more than %d tags", maxTags)
		}
		m.addTag(f[1], f[2])
	case "case":
		t, err := m.tagIndex(f[1], f[2])
		if err != nil {
			return err
		}
		sh, ok := parseShape(f[3])
		if !ok {
			return fmt.Errorf("unknown shape %q", f[3])
		}
		op, ok := parseCaseOp(f[5])
		if !ok {
			return fmt.Errorf("unknown casing %q", f[5])
		}
		var buf keyBuf
		k := string(casingKey(&buf, t, sh, []byte(f[4])))
		if _, dup := m.casings[k]; dup {
			return fmt.Errorf("duplicate casing of %s %q for %s %s", f[3], f[4], f[1], f[2])
		}
		m.casings[k] = op
	case "frequent":
		t, err := m.tagIndex(f[1], f[2])
		if err != nil {
			return err
		}
		e, err := parseEdit(f[3], f[4])
		if err != nil {
			return err
		}
		m.tags[t].frequent = append(m.tags[t].frequent, e)
	case "edit":
		t, err := m.tagIndex(f[1], f[2])
		if err != nil {
			return err
		}
		e, err := parseEdit(f[4], f[5])
		if err != nil {
			return err
		}
		var buf keyBuf
		k := string(tagKey(&buf, t, f[3]))
		if _, dup := m.edits[k]; dup {
			return fmt.Errorf("duplicate edit of %q for %s %s", f[3], f[1], f[2])
		}
		m.edits[k] = e
	case "word":
		t, err := m.tagIndex(f[1], f[2])
		if err != nil {
			return err
		}
		if f[3] == "" || f[4] == "" {
			return errors.New("word record with an empty form or lemma")
		}
		var buf keyBuf
		k := string(tagKey(&buf, t, f[3]))
		if _, dup := m.words[k]; dup {
			return fmt.Errorf("duplicate word %q for %s %s", f[3], f[1], f[2])
		}
		m.words[k] = f[4]
	case "lemma":
		if f[1] == "" {
			return errors.New("empty lemma")
		}
		m.known[f[1]] = struct{}{}
	}
	return nil
}

func parseEdit(strip, add string) (edit, error) {
	n, err := strconv.Atoi(strip)
	if err != nil || n < 0 || n > maxStrip {
		return edit{}, fmt.Errorf("bad strip count %q", strip)
	}
	return edit{strip: n, add: add}, nil
}

func (m *Model) tagIndex(upos, xpos string) (int, error) {
	t, ok := m.pairIndex[upos+"\t"+xpos]
	if !ok {
		return 0, fmt.Errorf("tag %s %s not declared", upos, xpos)
	}
	return t, nil
}

func parseShape(s string) (shape, bool) {
	for sh, name := range shapeNames {
		if s == name && shape(sh) != shapeNone {
			return shape(sh), true
		}
	}
	return 0, false
}

func parseCaseOp(s string) (caseOp, bool) {
	for op, name := range caseNames {
		if s == name {
			return caseOp(op), true
		}
	}
	return 0, false
}
