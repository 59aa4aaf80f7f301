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
	sets map[string]*wordSet // set name → members
	// setStarts indexes every set member by its first word.
	setStarts map[string][]setStart
	// wordIDs numbers the first words of the patterns' word elements, for
	// the quick test of a sentence's vocabulary.
	wordIDs map[string]int32
	// vocab holds, for every word any of wordIDs, setStarts, verbs, nouns,
	// verbForms and nounForms has, what they hold of it, so that a
	// sentence looks each of its words up once (see sentence.load).
	vocab map[string]*vocabWord
	// quantity holds the one-word members of the set "quantity": nouns
	// that count or group their of-phrase ("a wave of strikes").
	quantity map[string]bool
	// partitive holds the one-word members of the set "partitive": words
	// that take a part of their of-phrase ("some of its troops").
	partitive map[string]bool
	// money holds the one-word members of the set "money".
	money map[string]bool
	// disaster holds the one-word members of the set "disaster": what
	// strikes or hits without anyone attacking ("the quake struck").
	disaster map[string]bool
	// body holds the one-word members of the set "body": standing bodies
	// that a noun before them names the field of ("the Audit Committee").
	body  map[string]bool
	verbs map[string][]*group // anchor lemma → groups
	nouns map[string][]*group
	// verbForms and nounForms map regular inflections of anchors to the
	// anchor ("banned" → "ban"), for words the lemmatizer leaves inflected.
	verbForms map[string]string
	nounForms map[string]string
	rules     int
	// discards index the @discard phrases (sentence) and the
	// @discard-document phrases by their first word.
	discards    map[string][][]string
	docDiscards map[string][][]string
	// anyPOSSets says some set matches words of any part of speech.
	anyPOSSets bool
}

// wordSet is the expanded member list of an @set, indexed by first word.
type wordSet struct {
	id      int32 // index among the dictionary's sets
	phrases [][]string
	byFirst map[string][][]string // longest phrases first
	// anyPOS marks a set defined in a petrarch-style file: its members
	// match words of any part of speech ("did n't").
	anyPOS bool
}

type groupKind int

const (
	verbGroup groupKind = iota
	nounGroup
)

// group is a "verb ..." or "noun ..." block.
type group struct {
	kind    groupKind
	anchors []anchor
	// byLemma lists, for each anchor word, the anchors it heads.
	byLemma map[string][]anchor
	code    string // "" when the anchor alone codes nothing
	// reverse is the code of the event the target does in return
	// ("032:033"), or "".
	reverse  string
	id       string
	file     string
	line     int
	rule     string // file#id, the rule the group's own code reports
	patterns []*pattern
	// legacy marks a group of a petrarch-style file (see FORMAT.md).
	legacy bool
}

// anchor is an anchor word with the other words of a phrase anchor: for a
// verb the particles it requires ("pull out"), for a noun the words right
// before it ("phone call" anchors on "call") or right after it ("state of
// emergency" anchors on "state").
type anchor struct {
	lemma  string
	rest   []string // after the anchor word
	before []string // the words right before the anchor word
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
	words []string // elemWord: the words of the expression; "&name" for a set in a sequence
	// seq holds, for a sequence with sets ("new_&ties_relations"), the set
	// of each item (nil for a word); nil when the expression has no set.
	seq []*wordSet
	set string   // elemSet: the set name
	ws  *wordSet // elemSet: the set, resolved when the dictionary is built
	// actor, for + and $, demands that the phrase name a known actor
	// ("+!", "$!").
	actor bool
}

// pattern is one indented rule line.
type pattern struct {
	kind   groupKind
	elems  []elem
	anchor int // index of the anchor in elems
	code   string
	// reverse is the code of the event the target does in return, or "".
	reverse string
	// legacy marks a pattern of a petrarch-style file.
	legacy bool
	id     string
	file   string
	line   int
	rule   string // "file#id"
	// specificity counts the word and set elements; more specific patterns
	// win.
	specificity int
	// words are the first words of the pattern's word elements: a sentence
	// without any of them cannot match. wordIDs number them (see
	// Dictionary.wordIDs).
	words   []string
	wordIDs []int32
	// setIDs are the ids of the pattern's sets: a sentence without a member
	// of each cannot match.
	setIDs []int32
}

// Rule returns the rule name used in evidence: "file#id".
func (p *pattern) Rule() string { return p.rule }

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
		b.parse(f, name)
		f.Close()
	}
	return b.finish()
}

// ParseDictionary reads one pattern file from r; name is used in rule ids and
// error messages.
func ParseDictionary(r io.Reader, name string) (*Dictionary, error) {
	b := newBuilder()
	b.parse(r, name)
	return b.finish()
}

type builder struct {
	d        *Dictionary
	problems []Problem
	usedSets []setUse
	rawSets  map[string][][]string
	ids      map[string]map[string]bool // file → rule ids
	// legacySets names the sets defined in petrarch-style files.
	legacySets map[string]bool
	// legacy is set while reading a petrarch-style file.
	legacy bool
}

type setUse struct {
	name string
	file string
	line int
}

func newBuilder() *builder {
	return &builder{
		d: &Dictionary{
			sets:      map[string]*wordSet{},
			verbs:     map[string][]*group{},
			nouns:     map[string][]*group{},
			verbForms: map[string]string{},
			nounForms: map[string]string{},
		},
		rawSets:    map[string][][]string{},
		ids:        map[string]map[string]bool{},
		legacySets: map[string]bool{},
	}
}

func (b *builder) problem(file string, line int, format string, args ...any) {
	b.problems = append(b.problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// maxLine bounds a dictionary line; longer lines are reported, not read.
const maxLine = 1 << 20

func (b *builder) parse(r io.Reader, file string) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	rel := path.Clean(file)
	var cur *group
	n := 0
	b.legacy = false
	started := false // a set or group was read: too late for @style
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "@style"):
			switch {
			case strings.TrimSpace(line[len("@style"):]) != "petrarch":
				b.problem(rel, n, "unknown style %q (want @style petrarch)", strings.TrimSpace(line[len("@style"):]))
			case started:
				b.problem(rel, n, "@style must come before the file's sets and groups")
			default:
				b.legacy = true
			}
		case strings.HasPrefix(line, "@discard"):
			cur = nil
			b.parseDiscard(line, rel, n)
		case strings.HasPrefix(line, "@set"):
			cur, started = nil, true
			b.parseSet(line, rel, n)
		case !indented && (strings.HasPrefix(line, "verb ") || strings.HasPrefix(line, "noun ")):
			started = true
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
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n-- // do not cut a UTF-8 sequence
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
				if len(words) > 1 || !validName(w[1:]) {
					b.problem(file, n, "set member %q: a set reference stands alone", strings.TrimSpace(item))
					return
				}
				b.usedSets = append(b.usedSets, setUse{strings.TrimPrefix(w, "&"), file, n})
			}
		}
		phrases = append(phrases, words)
	}
	if len(phrases) == 0 {
		b.problem(file, n, "set %s is empty", name)
		return
	}
	b.rawSets[name] = append(b.rawSets[name], phrases...)
	if b.legacy {
		b.legacySets[name] = true
	}
}

// parseDiscard reads "@discard PHRASE" and "@discard-document PHRASE".
func (b *builder) parseDiscard(line, file string, n int) {
	kw, rest, _ := strings.Cut(line, " ")
	var index *map[string][][]string
	switch kw {
	case "@discard":
		index = &b.d.discards
	case "@discard-document":
		index = &b.d.docDiscards
	default:
		b.problem(file, n, "want @discard PHRASE or @discard-document PHRASE")
		return
	}
	words := strings.Fields(strings.ToLower(rest))
	if len(words) == 0 {
		b.problem(file, n, "%s without a phrase", kw)
		return
	}
	if *index == nil {
		*index = map[string][][]string{}
	}
	(*index)[words[0]] = append((*index)[words[0]], words)
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

func validID(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.' || r == '@') {
			return false
		}
	}
	return s != ""
}

// splitWords lowercases and splits a phrase on spaces and underscores.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '\t' || r == '_' })
}

// parseCode splits "... => CODE[:REVERSE] [ID]". With free set (a
// petrarch-style file) a code may be any legacy code (validFreeCode).
func parseCode(s string, free bool) (body, code, reverse, id string, hasCode bool, err error) {
	body, rest, ok := strings.Cut(s, "=>")
	if !ok {
		return strings.TrimSpace(s), "", "", "", false, nil
	}
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > 2 {
		return "", "", "", "", false, errors.New("want => CODE [ID]")
	}
	code, reverse, pair := strings.Cut(f[0], ":")
	valid := func(c string) bool { return validCode(c) || free && validFreeCode(c) }
	if !valid(code) || pair && (reverse == "---" || !valid(reverse)) {
		if free {
			return "", "", "", "", false, fmt.Errorf("bad event code %q", f[0])
		}
		return "", "", "", "", false, fmt.Errorf("bad CAMEO code %q", f[0])
	}
	if len(f) == 2 {
		id = f[1]
		if !validID(id) {
			return "", "", "", "", false, fmt.Errorf("bad rule id %q (letters, digits, - _ . @)", id)
		}
	}
	return strings.TrimSpace(body), code, reverse, id, true, nil
}

// validFreeCode accepts the codes of legacy dictionaries (petrarch style):
// one to eight letters, digits, "?" or "+" ("223", "174K", "025?").
func validFreeCode(c string) bool {
	if len(c) == 0 || len(c) > 8 {
		return false
	}
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if !(ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch == '?' || ch == '+') {
			return false
		}
	}
	return true
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

// ruleID returns id, or a stable id made from the anchor and the pattern
// ("meet-with-X"), made unique within the file.
func (b *builder) ruleID(file string, line int, id, auto string) string {
	seen := b.ids[file]
	if seen == nil {
		seen = map[string]bool{}
		b.ids[file] = seen
	}
	if id == "" {
		id = auto
	}
	// A repeated id gets a suffix, so that evidence names one rule.
	for k, base := 2, id; seen[id]; k++ {
		id = fmt.Sprintf("%s-%d", base, k)
	}
	seen[id] = true
	return id
}

func anchorSlug(a anchor) string {
	words := append(append(append([]string{}, a.before...), a.lemma), a.rest...)
	return strings.Join(words, "-")
}

// nounAnchor splits a noun phrase anchor: a phrase with a preposition
// ("state of emergency") is headed by its first word, any other ("phone
// call", "air strike") by its last.
func nounAnchor(words []string) anchor {
	for _, w := range words[1:] {
		switch w {
		case "of", "for", "to", "in", "on", "with", "against", "from", "at", "by":
			return anchor{lemma: words[0], rest: words[1:]}
		}
	}
	n := len(words)
	return anchor{lemma: words[n-1], before: words[:n-1]}
}

func (b *builder) parseGroup(line, file string, n int) *group {
	kind := verbGroup
	if strings.HasPrefix(line, "noun ") {
		kind = nounGroup
	}
	body, code, reverse, id, _, err := parseCode(line[5:], b.legacy)
	if err != nil {
		b.problem(file, n, "%v", err)
		return nil
	}
	if code == "" && reverse != "" {
		code = "---"
	}
	g := &group{kind: kind, code: code, reverse: reverse, file: file, line: n, legacy: b.legacy}
	seen := map[string]bool{}
	for _, item := range strings.Split(body, ",") {
		words := splitWords(item)
		if len(words) == 0 {
			continue
		}
		verb := 0 // the verb of a verb phrase: the first word, or the one marked "+"
		for i, w := range words {
			if kind == verbGroup && i > 0 && strings.HasPrefix(w, "+") && verb == 0 && len(w) > 1 {
				verb, words[i] = i, w[1:]
				w = w[1:]
			}
			if strings.ContainsAny(w, "*+$&%!") {
				b.problem(file, n, "anchor %q: only words may be anchors", strings.TrimSpace(item))
				return nil
			}
		}
		key := strings.Join(words, " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		if kind == nounGroup {
			g.anchors = append(g.anchors, nounAnchor(words))
		} else {
			g.anchors = append(g.anchors, anchor{lemma: words[verb], rest: words[verb+1:], before: words[:verb]})
		}
	}
	if len(g.anchors) == 0 {
		b.problem(file, n, "group without anchor words")
		return nil
	}
	g.id = b.ruleID(file, n, id, anchorSlug(g.anchors[0]))
	g.rule = file + "#" + g.id
	index, forms := b.d.verbs, b.d.verbForms
	if kind == nounGroup {
		index, forms = b.d.nouns, b.d.nounForms
	}
	g.byLemma = map[string][]anchor{}
	for _, a := range g.anchors {
		g.byLemma[a.lemma] = append(g.byLemma[a.lemma], a)
		if len(index[a.lemma]) == 0 || index[a.lemma][len(index[a.lemma])-1] != g {
			index[a.lemma] = append(index[a.lemma], g)
		}
		inflect := verbInflections
		if kind == nounGroup {
			inflect = nounPlurals
		}
		for _, f := range inflect(a.lemma) {
			if _, ok := forms[f]; !ok {
				forms[f] = a.lemma
			}
		}
	}
	return g
}

func (b *builder) parsePattern(line, file string, n int, g *group) *pattern {
	body, code, reverse, id, hasCode, err := parseCode(line, b.legacy)
	if err != nil {
		b.problem(file, n, "%v", err)
		return nil
	}
	if !hasCode {
		b.problem(file, n, "pattern without => CODE")
		return nil
	}
	p := &pattern{kind: g.kind, code: code, reverse: reverse, file: file, line: n, anchor: -1, legacy: b.legacy}
	slug := []string{anchorSlug(g.anchors[0])}
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
		case tok == "+" || tok == "+!":
			targets++
			p.elems = append(p.elems, elem{kind: elemTarget, actor: tok == "+!"})
			slug = append(slug, "X")
		case tok == "$" || tok == "$!":
			sources++
			p.elems = append(p.elems, elem{kind: elemSource, actor: tok == "$!"})
			slug = append(slug, "S")
		case tok == "%":
			p.elems = append(p.elems, elem{kind: elemAny})
			slug = append(slug, "any")
		case strings.HasPrefix(tok, "&") && !strings.Contains(tok, "_"):
			name := tok[1:]
			if !validName(name) {
				b.problem(file, n, "bad set name %q", tok)
				return nil
			}
			b.usedSets = append(b.usedSets, setUse{name, file, n})
			p.elems = append(p.elems, elem{kind: elemSet, set: name})
			p.specificity++
			slug = append(slug, name)
		default:
			words := splitWords(tok)
			hasSet := false
			for _, w := range words {
				if strings.HasPrefix(w, "&") && validName(w[1:]) && strings.Contains(tok, "_") {
					hasSet = true
					b.usedSets = append(b.usedSets, setUse{w[1:], file, n})
					continue
				}
				if strings.ContainsAny(w, "*+$&%()[]{}!") {
					b.problem(file, n, "bad pattern word %q", tok)
					return nil
				}
			}
			e := elem{kind: elemWord, words: words}
			if hasSet {
				e.seq = make([]*wordSet, len(words)) // resolved with the sets
			}
			p.elems = append(p.elems, e)
			p.specificity++
			slug = append(slug, strings.ReplaceAll(strings.ReplaceAll(tok, "_", "-"), "&", ""))
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
	p.id = b.ruleID(file, n, id, sanitizeID(strings.Join(slug, "-")))
	p.rule = file + "#" + p.id
	for _, e := range p.elems {
		if e.kind == elemWord && !strings.HasPrefix(e.words[0], "&") {
			p.words = append(p.words, e.words[0])
		}
	}
	return p
}

// sanitizeID keeps the characters a rule id may hold.
func sanitizeID(s string) string {
	var out strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			out.WriteRune(r)
		default:
			out.WriteByte('_')
		}
	}
	if out.Len() == 0 {
		return "rule"
	}
	return out.String()
}

func (b *builder) finish() (*Dictionary, error) {
	for _, u := range b.usedSets {
		if _, ok := b.rawSets[u.name]; !ok {
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
	b.d.sets = indexSets(b.rawSets, b.legacySets)
	b.d.resolveSets()
	return b.d, nil
}

// quantitySet names the set of nouns that count or group their of-phrase;
// the matcher looks through them to the noun they count (FORMAT.md).
const quantitySet = "quantity"

// partitiveSet names the set of words that take a part of their
// of-phrase, through which a pattern's words after the anchor match
// (FORMAT.md).
const partitiveSet = "partitive"

// moneySet names the set of currencies and large numbers: a sum of them as
// an anchor's object makes an in-phrase the thing given ("$5 million in
// aid", FORMAT.md).
const moneySet = "money"

// disasterSet names the set of natural and other disasters: as the doer of
// an act of violence they make it none.
const disasterSet = "disaster"

// bodySet names the set of nouns for standing bodies: a noun anchor that
// only modifies one names the body's field, no event ("the Audit
// Committee of the Institute", FORMAT.md).
const bodySet = "body"

// singleWords returns the one-word members of set name.
func (d *Dictionary) singleWords(name string) map[string]bool {
	words := map[string]bool{}
	if q := d.sets[name]; q != nil {
		for _, ph := range q.phrases {
			if len(ph) == 1 {
				words[ph[0]] = true
			}
		}
	}
	return words
}

// vocabWord is what a dictionary's word indexes hold of one word.
type vocabWord struct {
	id           int32 // in wordIDs, or -1
	starts       []setStart
	verbs, nouns []*group
	// verbForm and nounForm are the anchors the word is a regular
	// inflection of, "" for none (verbForms, nounForms).
	verbForm, nounForm string
}

// groups returns the word's verb or noun groups.
func (w *vocabWord) groups(nouns bool) []*group {
	if w == nil {
		return nil
	}
	if nouns {
		return w.nouns
	}
	return w.verbs
}

// form returns the verb or noun anchor the word inflects, if any.
func (w *vocabWord) form(nouns bool) (string, bool) {
	if w == nil {
		return "", false
	}
	f := w.verbForm
	if nouns {
		f = w.nounForm
	}
	return f, f != ""
}

// buildVocab fills vocab from the word indexes.
func (d *Dictionary) buildVocab() {
	d.vocab = map[string]*vocabWord{}
	addToVocab(d.vocab, d.wordIDs, func(v *vocabWord, id int32) { v.id = id })
	addToVocab(d.vocab, d.setStarts, func(v *vocabWord, starts []setStart) { v.starts = starts })
	addToVocab(d.vocab, d.verbs, func(v *vocabWord, gs []*group) { v.verbs = gs })
	addToVocab(d.vocab, d.nouns, func(v *vocabWord, gs []*group) { v.nouns = gs })
	addToVocab(d.vocab, d.verbForms, func(v *vocabWord, f string) { v.verbForm = f })
	addToVocab(d.vocab, d.nounForms, func(v *vocabWord, f string) { v.nounForm = f })
}

// addToVocab sets, with set, what index holds of each word in the word's
// entry of vocab, making the entry if there is none.
func addToVocab[V any](vocab map[string]*vocabWord, index map[string]V, set func(*vocabWord, V)) {
	for w, x := range index {
		v := vocab[w]
		if v == nil {
			v = &vocabWord{id: -1}
			vocab[w] = v
		}
		set(v, x)
	}
}

// setStart is a set member indexed by its first word.
type setStart struct {
	ws     *wordSet
	phrase []string
}

// resolveSets points every set element at its set and indexes the members.
func (d *Dictionary) resolveSets() {
	d.setStarts = map[string][]setStart{}
	d.anyPOSSets = false
	for _, ws := range d.sets {
		if ws.anyPOS {
			d.anyPOSSets = true
		}
	}
	names := make([]string, 0, len(d.sets))
	for name := range d.sets {
		names = append(names, name)
	}
	sort.Strings(names)
	for i, name := range names {
		d.sets[name].id = int32(i)
	}
	for _, ws := range d.sets {
		for _, ph := range ws.phrases {
			d.setStarts[ph[0]] = append(d.setStarts[ph[0]], setStart{ws, ph})
		}
	}
	d.quantity, d.partitive, d.money = d.singleWords(quantitySet), d.singleWords(partitiveSet), d.singleWords(moneySet)
	d.disaster, d.body = d.singleWords(disasterSet), d.singleWords(bodySet)
	d.wordIDs = map[string]int32{}
	for g := range d.groups() {
		for _, p := range g.patterns {
			for i := range p.elems {
				e := &p.elems[i]
				if e.kind == elemSet {
					e.ws = d.sets[e.set]
				}
				for k := range e.seq {
					if strings.HasPrefix(e.words[k], "&") {
						e.seq[k] = d.sets[e.words[k][1:]]
					}
				}
			}
			p.setIDs = p.setIDs[:0]
			for _, e := range p.elems {
				if e.kind == elemSet && e.ws != nil {
					p.setIDs = append(p.setIDs, e.ws.id)
				}
				if len(e.seq) > 0 && e.seq[0] != nil {
					p.setIDs = append(p.setIDs, e.seq[0].id)
				}
			}
			p.wordIDs = p.wordIDs[:0]
			for _, w := range p.words {
				id, ok := d.wordIDs[w]
				if !ok {
					id = int32(len(d.wordIDs))
					d.wordIDs[w] = id
				}
				p.wordIDs = append(p.wordIDs, id)
			}
		}
	}
	d.buildVocab()
}

// indexSets expands set references inside sets, so that matching never
// recurses (cycles are cut), and indexes members by first word.
func indexSets(raw map[string][][]string, anyPOS map[string]bool) map[string]*wordSet {
	out := make(map[string]*wordSet, len(raw))
	for name := range raw {
		ws := &wordSet{byFirst: map[string][][]string{}, anyPOS: anyPOS[name]}
		seen := map[string]bool{}
		for _, ph := range expand(raw, name, map[string]bool{}) {
			key := strings.Join(ph, " ")
			if seen[key] {
				continue
			}
			seen[key] = true
			ws.phrases = append(ws.phrases, ph)
			ws.byFirst[ph[0]] = append(ws.byFirst[ph[0]], ph)
		}
		for _, list := range ws.byFirst {
			sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
		}
		out[name] = ws
	}
	return out
}

func expand(raw map[string][][]string, name string, seen map[string]bool) [][]string {
	if seen[name] {
		return nil
	}
	seen[name] = true
	var out [][]string
	for _, ph := range raw[name] {
		if len(ph) == 1 && strings.HasPrefix(ph[0], "&") {
			out = append(out, expand(raw, ph[0][1:], seen)...)
			continue
		}
		out = append(out, ph)
	}
	return out
}

// Rules returns the number of patterns loaded.
func (d *Dictionary) Rules() int { return d.rules }

// Groups returns the number of anchor groups.
func (d *Dictionary) Groups() int { return len(d.groups()) }

func (d *Dictionary) groups() map[*group]bool {
	seen := map[*group]bool{}
	for _, index := range []map[string][]*group{d.verbs, d.nouns} {
		for _, gs := range index {
			for _, g := range gs {
				seen[g] = true
			}
		}
	}
	return seen
}

// Anchors returns the number of distinct verb and noun anchor words (a
// noun phrase anchor counts under its head word).
func (d *Dictionary) Anchors() (verbs, nouns int) { return len(d.verbs), len(d.nouns) }

// Codes returns every CAMEO code the dictionary's rules give (without
// "---"), each with one rule that gives it.
func (d *Dictionary) Codes() map[string]string {
	out := map[string]string{}
	for g := range d.groups() {
		if g.code != "" && g.code != "---" {
			out[g.code] = g.rule
		}
		for _, p := range g.patterns {
			if p.code != "---" {
				out[p.code] = p.Rule()
			}
		}
	}
	return out
}

// Merge returns a dictionary with the groups and sets of d and o; o's sets
// extend d's of the same name. d and o are not changed.
func (d *Dictionary) Merge(o *Dictionary) *Dictionary {
	m := &Dictionary{
		verbs:     map[string][]*group{},
		nouns:     map[string][]*group{},
		verbForms: map[string]string{},
		nounForms: map[string]string{},
		rules:     d.rules + o.rules,
	}
	raw := map[string][][]string{}
	anyPOS := map[string]bool{}
	clones := map[*group]*group{}
	clone := func(gs []*group) []*group {
		out := make([]*group, len(gs))
		for i, g := range gs {
			c, ok := clones[g]
			if !ok {
				c = g.clone()
				clones[g] = c
			}
			out[i] = c
		}
		return out
	}
	for _, src := range []*Dictionary{d, o} {
		for k, v := range src.sets {
			raw[k] = append(raw[k], v.phrases...)
			if v.anyPOS {
				anyPOS[k] = true
			}
		}
		for _, idx := range []struct{ from, to *map[string][][]string }{{&src.discards, &m.discards}, {&src.docDiscards, &m.docDiscards}} {
			for k, v := range *idx.from {
				if *idx.to == nil {
					*idx.to = map[string][][]string{}
				}
				(*idx.to)[k] = append((*idx.to)[k], v...)
			}
		}
		for k, v := range src.verbs {
			m.verbs[k] = append(m.verbs[k], clone(v)...)
		}
		for k, v := range src.nouns {
			m.nouns[k] = append(m.nouns[k], clone(v)...)
		}
		for k, v := range src.verbForms {
			if _, ok := m.verbForms[k]; !ok {
				m.verbForms[k] = v
			}
		}
		for k, v := range src.nounForms {
			if _, ok := m.nounForms[k]; !ok {
				m.nounForms[k] = v
			}
		}
	}
	m.sets = indexSets(raw, anyPOS)
	m.resolveSets()
	return m
}

// clone copies a group and its patterns, so that resolving sets in a merged
// dictionary leaves the originals alone.
func (g *group) clone() *group {
	c := *g
	c.patterns = make([]*pattern, len(g.patterns))
	for i, p := range g.patterns {
		cp := *p
		cp.elems = append([]elem(nil), p.elems...)
		for k := range cp.elems {
			if cp.elems[k].seq != nil {
				cp.elems[k].seq = make([]*wordSet, len(cp.elems[k].seq))
			}
		}
		cp.wordIDs, cp.setIDs = nil, nil
		c.patterns[i] = &cp
	}
	return &c
}

// verbInflections returns the regular inflected forms of a verb lemma
// ("ban": bans, banned, banning), used when the lemmatizer misses a form.
func verbInflections(v string) []string {
	n := len(v)
	if n < 2 || strings.ContainsAny(v, "-'") {
		return nil
	}
	last := v[n-1]
	switch {
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		return []string{v + "s", v + "d", v + "ing"}
	case last == 'e':
		return []string{v + "s", v + "d", v[:n-1] + "ing"}
	case last == 'y' && !isVowel(v[n-2]):
		return []string{v[:n-1] + "ies", v[:n-1] + "ied", v + "ing"}
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		return []string{v + "es", v + "ed", v + "ing"}
	}
	forms := []string{v + "s", v + "ed", v + "ing"}
	// Consonant doubling after a single short vowel ("ban" → "banned"); the
	// undoubled form is kept too, since stress decides ("visited").
	if n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(v[n-2]) && !isVowel(v[n-3]) {
		forms = append(forms, v+string(last)+"ed", v+string(last)+"ing")
	}
	return forms
}

// nounPlurals returns the regular plural of a noun lemma.
func nounPlurals(w string) []string {
	n := len(w)
	if n < 2 {
		return nil
	}
	switch {
	case w[n-1] == 'y' && !isVowel(w[n-2]):
		return []string{w[:n-1] + "ies"}
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return []string{w + "es"}
	}
	return []string{w + "s"}
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}
