package event

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Dictionary holds the event patterns: groups of anchor words (verbs or
// nouns), each with patterns that assign CAMEO codes. See data/FORMAT.md. A
// Dictionary is read-only after loading and safe for concurrent use.
type Dictionary struct {
	sets  map[string][][]string // set name → phrases (each a word sequence)
	verbs map[string][]*group   // anchor lemma → groups
	nouns map[string][]*group
	rules int
}

type groupKind int

const (
	verbGroup groupKind = iota
	nounGroup
)

// group is a "verb ..." or "noun ..." block.
type group struct {
	kind     groupKind
	anchors  []anchor
	code     string // "" when the anchor alone codes nothing
	id       string
	file     string
	line     int
	patterns []*pattern
}

// anchor is an anchor word with the particle words a phrase anchor requires
// ("pull out").
type anchor struct {
	lemma string
	rest  []string
}

type elemKind int

const (
	elemAnchor elemKind = iota
	elemWord            // one or more words in sequence
	elemSet
	elemTarget
	elemSource
	elemAny
)

type elem struct {
	kind  elemKind
	words []string // elemWord: the words of the expression
	set   string   // elemSet: the set name
}

// pattern is one indented rule line.
type pattern struct {
	kind   groupKind
	elems  []elem
	anchor int // index of the anchor in elems
	code   string
	id     string
	file   string
	line   int
	// specificity counts the word and set elements; more specific patterns
	// win.
	specificity int
}

// Rule returns the rule name used in evidence: "file#id".
func (p *pattern) Rule() string { return p.file + "#" + p.id }

// LoadError lists every problem found in dictionary files, each with its file
// and line.
type LoadError struct {
	Problems []Problem
}

// Problem is one malformed line.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg) }

func (e *LoadError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i == 10 {
			fmt.Fprintf(&b, "\n(and %d more)", len(e.Problems)-10)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// LoadDictionary reads every *.txt pattern file of fsys (sorted by path; files
// named FORMAT.md and other non-.txt files are ignored). Any malformed line
// fails the load with a *LoadError naming every bad file:line.
func LoadDictionary(fsys fs.FS) (*Dictionary, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load event patterns: %w", err)
	}
	sort.Strings(files)
	b := newBuilder()
	for _, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("load event patterns: %w", err)
		}
		err = b.parse(f, name)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("load event patterns %s: %w", name, err)
		}
	}
	return b.finish()
}

// ParseDictionary reads one pattern file from r; name is used in rule ids and
// error messages.
func ParseDictionary(r io.Reader, name string) (*Dictionary, error) {
	b := newBuilder()
	if err := b.parse(r, name); err != nil {
		return nil, fmt.Errorf("load event patterns %s: %w", name, err)
	}
	return b.finish()
}

type builder struct {
	d        *Dictionary
	problems []Problem
	usedSets []setUse
}

type setUse struct {
	name string
	file string
	line int
}

func newBuilder() *builder {
	return &builder{d: &Dictionary{
		sets:  map[string][][]string{},
		verbs: map[string][]*group{},
		nouns: map[string][]*group{},
	}}
}

func (b *builder) problem(file string, line int, format string, args ...any) {
	b.problems = append(b.problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// maxLine bounds a dictionary line; longer lines are reported, not read.
const maxLine = 1 << 20

func (b *builder) parse(r io.Reader, file string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	rel := path.Clean(file)
	var cur *group
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line := raw
		if i := strings.Index(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "@set"):
			cur = nil
			b.parseSet(line, rel, n)
		case !indented && (strings.HasPrefix(line, "verb ") || strings.HasPrefix(line, "noun ")):
			cur = b.parseGroup(line, rel, n)
		case indented:
			if cur == nil {
				b.problem(rel, n, "pattern outside a verb or noun group")
				continue
			}
			if p := b.parsePattern(line, rel, n, cur); p != nil {
				cur.patterns = append(cur.patterns, p)
				b.d.rules++
			}
		default:
			b.problem(rel, n, "want @set, verb, noun or an indented pattern, got %q", truncate(line, 40))
		}
	}
	if err := sc.Err(); err != nil {
		b.problem(rel, n+1, "read: %v", err)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

func (b *builder) parseSet(line, file string, n int) {
	name, body, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "@set")), "=")
	name = strings.ToLower(strings.TrimSpace(name))
	if !ok || !validName(name) {
		b.problem(file, n, "want @set NAME = word, word, ...")
		return
	}
	var phrases [][]string
	for _, item := range strings.Split(body, ",") {
		words := splitWords(item)
		if len(words) == 0 {
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(w, "&") {
				b.usedSets = append(b.usedSets, setUse{strings.TrimPrefix(w, "&"), file, n})
			}
		}
		phrases = append(phrases, words)
	}
	if len(phrases) == 0 {
		b.problem(file, n, "set %s is empty", name)
		return
	}
	b.d.sets[name] = append(b.d.sets[name], phrases...)
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// splitWords lowercases and splits a phrase on spaces and underscores.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '\t' || r == '_' })
}

// parseCode splits "... => CODE [ID]".
func parseCode(s string) (body, code, id string, hasCode bool, err error) {
	body, rest, ok := strings.Cut(s, "=>")
	if !ok {
		return strings.TrimSpace(s), "", "", false, nil
	}
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > 2 {
		return "", "", "", false, errors.New("want => CODE [ID]")
	}
	code = f[0]
	if !validCode(code) {
		return "", "", "", false, fmt.Errorf("bad CAMEO code %q", code)
	}
	if len(f) == 2 {
		id = f[1]
	}
	return strings.TrimSpace(body), code, id, true, nil
}

func validCode(c string) bool {
	if c == "---" {
		return true
	}
	if len(c) < 3 || len(c) > 4 {
		return false
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return false
		}
	}
	root := c[:2]
	return root >= "01" && root <= "20"
}

func (b *builder) parseGroup(line, file string, n int) *group {
	kind := verbGroup
	if strings.HasPrefix(line, "noun ") {
		kind = nounGroup
	}
	body, code, id, _, err := parseCode(line[5:])
	if err != nil {
		b.problem(file, n, "%v", err)
		return nil
	}
	g := &group{kind: kind, code: code, file: file, line: n}
	for _, item := range strings.Split(body, ",") {
		words := splitWords(item)
		if len(words) == 0 {
			continue
		}
		for _, w := range words {
			if strings.ContainsAny(w, "*+$&%") {
				b.problem(file, n, "anchor %q: only words may be anchors", item)
				return nil
			}
		}
		g.anchors = append(g.anchors, anchor{lemma: words[0], rest: words[1:]})
	}
	if len(g.anchors) == 0 {
		b.problem(file, n, "group without anchor words")
		return nil
	}
	if id == "" {
		id = fmt.Sprintf("%s@%d", strings.Join(append([]string{g.anchors[0].lemma}, g.anchors[0].rest...), "_"), n)
	}
	g.id = id
	index := b.d.verbs
	if kind == nounGroup {
		index = b.d.nouns
	}
	for _, a := range g.anchors {
		index[a.lemma] = append(index[a.lemma], g)
	}
	return g
}

func (b *builder) parsePattern(line, file string, n int, g *group) *pattern {
	body, code, id, hasCode, err := parseCode(line)
	if err != nil {
		b.problem(file, n, "%v", err)
		return nil
	}
	if !hasCode {
		b.problem(file, n, "pattern without => CODE")
		return nil
	}
	p := &pattern{kind: g.kind, code: code, file: file, line: n, anchor: -1}
	if id == "" {
		id = fmt.Sprintf("%s@%d", strings.Join(append([]string{g.anchors[0].lemma}, g.anchors[0].rest...), "_"), n)
	}
	p.id = id
	var targets, sources int
	for _, tok := range strings.Fields(strings.ToLower(body)) {
		switch {
		case tok == "*":
			if p.anchor >= 0 {
				b.problem(file, n, "pattern has more than one *")
				return nil
			}
			p.anchor = len(p.elems)
			p.elems = append(p.elems, elem{kind: elemAnchor})
		case tok == "+":
			targets++
			p.elems = append(p.elems, elem{kind: elemTarget})
		case tok == "$":
			sources++
			p.elems = append(p.elems, elem{kind: elemSource})
		case tok == "%":
			p.elems = append(p.elems, elem{kind: elemAny})
		case strings.HasPrefix(tok, "&"):
			name := tok[1:]
			if !validName(name) {
				b.problem(file, n, "bad set name %q", tok)
				return nil
			}
			b.usedSets = append(b.usedSets, setUse{name, file, n})
			p.elems = append(p.elems, elem{kind: elemSet, set: name})
			p.specificity++
		default:
			if strings.ContainsAny(tok, "*+$&%()[]{}") {
				b.problem(file, n, "bad pattern word %q", tok)
				return nil
			}
			p.elems = append(p.elems, elem{kind: elemWord, words: splitWords(tok)})
			p.specificity++
		}
	}
	switch {
	case p.anchor < 0:
		b.problem(file, n, "pattern without the anchor *")
		return nil
	case targets > 2 || sources > 2:
		b.problem(file, n, "pattern with more than two + or $")
		return nil
	}
	return p
}

func (b *builder) finish() (*Dictionary, error) {
	for _, u := range b.usedSets {
		if _, ok := b.d.sets[u.name]; !ok {
			b.problem(u.file, u.line, "unknown set &%s", u.name)
		}
	}
	if len(b.problems) > 0 {
		sort.SliceStable(b.problems, func(i, j int) bool {
			if b.problems[i].File != b.problems[j].File {
				return b.problems[i].File < b.problems[j].File
			}
			return b.problems[i].Line < b.problems[j].Line
		})
		return nil, &LoadError{Problems: b.problems}
	}
	b.d.expandSets()
	return b.d, nil
}

// expandSets replaces set references inside sets by their members, so that
// matching never recurses. Cycles are cut.
func (d *Dictionary) expandSets() {
	for name := range d.sets {
		d.sets[name] = d.expand(name, map[string]bool{})
	}
}

func (d *Dictionary) expand(name string, seen map[string]bool) [][]string {
	if seen[name] {
		return nil
	}
	seen[name] = true
	var out [][]string
	for _, ph := range d.sets[name] {
		if len(ph) == 1 && strings.HasPrefix(ph[0], "&") {
			out = append(out, d.expand(ph[0][1:], seen)...)
			continue
		}
		out = append(out, ph)
	}
	return out
}

// Rules returns the number of patterns loaded.
func (d *Dictionary) Rules() int { return d.rules }

// Groups returns the number of anchor groups.
func (d *Dictionary) Groups() int {
	seen := map[*group]bool{}
	for _, gs := range d.verbs {
		for _, g := range gs {
			seen[g] = true
		}
	}
	for _, gs := range d.nouns {
		for _, g := range gs {
			seen[g] = true
		}
	}
	return len(seen)
}

// Merge returns a dictionary with the groups and sets of d and o; o's sets
// extend d's of the same name.
func (d *Dictionary) Merge(o *Dictionary) *Dictionary {
	m := &Dictionary{
		sets:  map[string][][]string{},
		verbs: map[string][]*group{},
		nouns: map[string][]*group{},
		rules: d.rules + o.rules,
	}
	for _, src := range []*Dictionary{d, o} {
		for k, v := range src.sets {
			m.sets[k] = append(m.sets[k], v...)
		}
		for k, v := range src.verbs {
			m.verbs[k] = append(m.verbs[k], v...)
		}
		for k, v := range src.nouns {
			m.nouns[k] = append(m.nouns[k], v...)
		}
	}
	return m
}
