package petrarch

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// VerbDict is a legacy verb pattern dictionary.
type VerbDict struct {
	File   string
	Sets   []Synset
	Blocks []VerbBlock
}

// Synset is a synonym set ("&CURRENCY" with "+DOLLARS", "+SWISS FRANCS").
type Synset struct {
	Name string // uppercase, without "&" and a trailing "_"
	// Members are phrases of uppercase words; a member "&NAME" includes
	// another set.
	Members [][]string
	Line    int
}

// VerbBlock is a "--- NAME [CODE] ---" block: verbs that share patterns.
type VerbBlock struct {
	Name     string
	Code     Code // the code of a verb without its own, when no pattern matches
	Line     int
	Verbs    []Verb
	Patterns []Pattern
}

// Verb is one verb line of a block: a word or a multi-word verb
// ("+BREAK_DOWN", "WIRE_+TAP"), with its irregular forms.
type Verb struct {
	Words []string // uppercase
	Head  int      // index in Words of the verb proper
	// Forms are the irregular forms given in {...}, each shaped like Words
	// (the verb proper at the same index when the shapes agree).
	Forms [][]string
	Code  *Code // the verb's own code, or nil for the block's
	Line  int
}

// Code is a legacy event code: the event from source to target and,
// optionally, the event it implies from target to source ("032:033": a visit
// and the hosting of it; ":173" only the latter).
type Code struct {
	Event   string // "" when only Reverse is coded; "---" codes nothing
	Reverse string
}

// String writes the code as the legacy files do.
func (c Code) String() string {
	if c.Reverse == "" {
		return c.Event
	}
	return c.Event + ":" + c.Reverse
}

// ElemKind says what a pattern element is.
type ElemKind int

// Pattern element kinds.
const (
	ElemWord     ElemKind = iota // a word that must occur
	ElemSet                      // "&NAME": any member of a synonym set
	ElemVerb                     // "*": the verb
	ElemTarget                   // "+": the target
	ElemSource                   // "$": the source
	ElemSkip                     // "^": skip a phrase (TABARI)
	ElemCompound                 // "%": a compound actor (TABARI)
)

// Elem is one element of a pattern.
type Elem struct {
	Kind ElemKind
	Text string // ElemWord: the uppercase word; ElemSet: the set name
	// Glued says the element was joined to the one before by "_": the
	// two must be consecutive.
	Glued bool
	// Phrase numbers the {noun phrase} or (prepositional phrase) the
	// element belongs to (from 1), or 0; Prep marks the preposition that
	// opens a (prepositional phrase).
	Phrase int
	Prep   bool
	// InNP marks an element of a {noun phrase}, InPP one of a
	// (prepositional phrase).
	InNP, InPP bool
}

// Pattern is one "- ... * ... [CODE]" line.
type Pattern struct {
	Elems []Elem
	Code  Code
	Line  int
	Text  string // the pattern as written, without its code and comment
}

// ReadVerbs reads a verb dictionary in the PETRARCH-2 format (noun phrases
// in {...}, prepositional phrases in (...)) or the older TABARI-style
// PETRARCH format of the validation suites. It returns what it could read
// and a Problem for every line it skipped.
//
// A file without "--- NAME ---" block headers is read as a TABARI verb
// file: every verb line starts a block of its own, a line "{ FORM FORM }"
// gives the irregular forms of the verb before it, and a pattern's
// alternatives "{ A | B }" become one pattern each.
func ReadVerbs(r io.Reader, file string) (*VerbDict, []Problem) {
	lines, probs := readLines(r, file, commentStyle{semicolon: true})
	vr := verbReader{d: &VerbDict{File: file}, file: file, probs: probs, tabari: true}
	for _, ln := range lines {
		if strings.HasPrefix(strings.TrimSpace(ln.text), "---") {
			vr.tabari = false
			break
		}
	}
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		s := strings.TrimSpace(ln.text)
		switch {
		case strings.HasPrefix(s, "---"):
			vr.block(ln, s)
		case strings.HasPrefix(s, "&"):
			i = vr.synset(lines, i)
		case strings.HasPrefix(s, "-"):
			vr.pattern(ln, s)
		case strings.HasPrefix(s, "~"):
			vr.problem(ln.n, "verb transformation not imported", "speech-act transformations are Parley's own (transform.tsv)")
		case vr.tabari && strings.HasPrefix(s, "{"):
			vr.tabariForms(ln, s)
		default:
			if vr.tabari && !vr.tabariBlock(ln, s) {
				continue
			}
			vr.verb(ln, s)
		}
	}
	vr.checkSets()
	return vr.d, vr.probs
}

// tabariBlock starts the block of a TABARI verb line "VERB [CODE]"; it
// reports whether it did (else the line was reported).
func (vr *verbReader) tabariBlock(ln line, s string) bool {
	vr.cur = nil
	text, codes, ok := cutCodes(s)
	if i := strings.IndexByte(text, '{'); i >= 0 {
		text = text[:i]
	}
	name := strings.Join(splitPhrase(strings.ReplaceAll(text, "+", "")), " ")
	if !ok || name == "" {
		vr.problem(ln.n, "bad verb line", truncate(s))
		return false
	}
	b := VerbBlock{Name: name, Line: ln.n, Code: Code{Event: "---"}}
	if len(codes) > 0 {
		c, err := parseEventCode(codes[0])
		if err != "" {
			vr.problem(ln.n, "bad event code", err)
			return false
		}
		b.Code = c
	}
	vr.d.Blocks = append(vr.d.Blocks, b)
	vr.cur = &vr.d.Blocks[len(vr.d.Blocks)-1]
	return true
}

// tabariForms reads "{ FORM FORM }", the irregular forms of the last verb.
func (vr *verbReader) tabariForms(ln line, s string) {
	if vr.cur == nil || len(vr.cur.Verbs) == 0 || !strings.HasSuffix(s, "}") {
		vr.problem(ln.n, "verb forms without a verb", truncate(s))
		return
	}
	v := &vr.cur.Verbs[len(vr.cur.Verbs)-1]
	for _, f := range strings.Fields(s[1 : len(s)-1]) {
		fv, why := parseVerbPhrase(f)
		if why != "" {
			vr.problem(ln.n, "bad verb form", f)
			continue
		}
		v.Forms = append(v.Forms, fv.Words)
	}
}

// checkSets drops the patterns that use a synonym set the file does not
// define (PETRARCH never matches them).
func (vr *verbReader) checkSets() {
	defined := map[string]bool{}
	for _, s := range vr.d.Sets {
		defined[s.Name] = true
	}
	// A set left empty by an undefined member is undefined in turn.
	for changed := true; changed; {
		changed = false
		sets := vr.d.Sets[:0]
		for _, s := range vr.d.Sets {
			kept := s.Members[:0]
			for _, m := range s.Members {
				if strings.HasPrefix(m[0], "&") && !defined[m[0][1:]] {
					vr.problem(s.Line, "undefined synonym set", m[0]+" in &"+s.Name)
					continue
				}
				kept = append(kept, m)
			}
			s.Members = kept
			if len(kept) == 0 {
				vr.problem(s.Line, "empty synonym set", "&"+s.Name)
				delete(defined, s.Name)
				changed = true
				continue
			}
			sets = append(sets, s)
		}
		vr.d.Sets = sets
	}
	for bi := range vr.d.Blocks {
		b := &vr.d.Blocks[bi]
		kept := b.Patterns[:0]
	patterns:
		for _, p := range b.Patterns {
			for _, e := range p.Elems {
				if e.Kind == ElemSet && !defined[e.Text] {
					vr.problem(p.Line, "undefined synonym set", "&"+e.Text)
					continue patterns
				}
			}
			kept = append(kept, p)
		}
		b.Patterns = kept
	}
}

type verbReader struct {
	d      *VerbDict
	file   string
	probs  []Problem
	cur    *VerbBlock
	tabari bool // a TABARI file: no block headers
}

func (vr *verbReader) problem(n int, reason, detail string) {
	vr.probs = append(vr.probs, Problem{vr.file, n, reason, detail})
}

// block reads "--- NAME [CODE] ---".
func (vr *verbReader) block(ln line, s string) {
	vr.cur = nil
	body := strings.Trim(s, "- \t")
	if i := strings.LastIndexByte(body, ']'); i >= 0 && strings.Trim(body[i+1:], "- \t") == "" {
		body = body[:i+1] // "[110]---  ---"
	}
	text, codes, ok := cutCodes(body)
	if !ok {
		vr.problem(ln.n, "bad block header", truncate(s))
		return
	}
	name := strings.Join(splitPhrase(text), " ")
	if name == "" {
		vr.problem(ln.n, "block without a name", truncate(s))
		return
	}
	b := VerbBlock{Name: name, Line: ln.n, Code: Code{Event: "---"}}
	if len(codes) > 0 {
		c, err := parseEventCode(codes[0])
		if err != "" {
			vr.problem(ln.n, "bad event code", err)
			return
		}
		b.Code = c
	}
	vr.d.Blocks = append(vr.d.Blocks, b)
	vr.cur = &vr.d.Blocks[len(vr.d.Blocks)-1]
}

// synset reads "&NAME" and its "+MEMBER" lines; it returns the index of the
// last line read.
func (vr *verbReader) synset(lines []line, i int) int {
	ln := lines[i]
	name := strings.TrimSpace(ln.text)[1:]
	name = strings.ToUpper(strings.TrimRight(strings.TrimSpace(name), "_"))
	if !validSetName(name) {
		vr.problem(ln.n, "bad synonym set name", truncate(ln.text))
		name = ""
	}
	set := Synset{Name: name, Line: ln.n}
	for i+1 < len(lines) {
		m := strings.TrimSpace(lines[i+1].text)
		if !strings.HasPrefix(m, "+") {
			break
		}
		i++
		m = strings.TrimSpace(m[1:])
		m = strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(m)
		words := splitPhrase(m)
		switch {
		case len(words) == 0:
			vr.problem(lines[i].n, "empty synonym set member", "")
			continue
		case strings.HasPrefix(words[0], "&") && (len(words) > 1 || !validSetName(strings.TrimRight(words[0][1:], "_"))):
			vr.problem(lines[i].n, "bad set reference in a set", truncate(lines[i].text))
			continue
		}
		if strings.HasPrefix(words[0], "&") {
			words[0] = "&" + strings.TrimRight(words[0][1:], "_")
		}
		bad := false
		for _, w := range words {
			if !validWord(w) && !(len(words) == 1 && strings.HasPrefix(w, "&")) {
				vr.problem(lines[i].n, "bad word in a set member", truncate(lines[i].text))
				bad = true
				break
			}
		}
		if !bad {
			set.Members = append(set.Members, words)
		}
	}
	if name == "" {
		return i
	}
	if len(set.Members) == 0 {
		vr.problem(ln.n, "empty synonym set", "&"+name)
		return i
	}
	vr.d.Sets = append(vr.d.Sets, set)
	return i
}

// verb reads a verb line: "WORD", "WORD {FORMS} [CODE]", "+VERB_PARTICLE",
// "WORD_+VERB".
func (vr *verbReader) verb(ln line, s string) {
	if vr.cur == nil {
		vr.problem(ln.n, "verb outside a block", truncate(s))
		return
	}
	text, codes, ok := cutCodes(s)
	if !ok {
		vr.problem(ln.n, "bad code block", truncate(s))
		return
	}
	var forms string
	if i := strings.IndexByte(text, '{'); i >= 0 {
		j := strings.IndexByte(text, '}')
		if j < i {
			vr.problem(ln.n, "unclosed {", truncate(s))
			return
		}
		forms = text[i+1 : j]
		if strings.TrimSpace(text[j+1:]) != "" {
			vr.problem(ln.n, "text after the verb forms", truncate(s))
			return
		}
		text = text[:i]
	}
	v, why := parseVerbPhrase(text)
	if why != "" {
		vr.problem(ln.n, why, truncate(s))
		return
	}
	v.Line = ln.n
	for _, f := range strings.Fields(strings.ReplaceAll(forms, ",", " ")) {
		fv, why := parseVerbPhrase(f)
		if why != "" {
			vr.problem(ln.n, "bad verb form", f)
			continue
		}
		if len(fv.Words) != len(v.Words) || fv.Head != v.Head {
			// A form of another shape: keep the verb proper.
			fv.Words = []string{fv.Words[fv.Head]}
		}
		v.Forms = append(v.Forms, fv.Words)
	}
	if len(codes) > 0 {
		c, err := parseEventCode(codes[0])
		if err != "" {
			vr.problem(ln.n, "bad event code", err)
			return
		}
		v.Code = &c
	}
	vr.cur.Verbs = append(vr.cur.Verbs, v)
}

// parseVerbPhrase reads "WORD", "+VERB_PARTICLE", "WORD_+VERB" or "LASH
// OUT"; the word marked "+" is the verb proper, else the first.
func parseVerbPhrase(s string) (Verb, string) {
	var v Verb
	marked := false
	for i, w := range splitPhrase(s) {
		if strings.HasPrefix(w, "+") {
			if marked {
				return v, "two verbs marked + in a multi-word verb"
			}
			w = w[1:]
			v.Head, marked = i, true
		}
		if !validWord(w) {
			return v, "bad verb word"
		}
		v.Words = append(v.Words, w)
	}
	if len(v.Words) == 0 {
		return v, "empty verb"
	}
	return v, ""
}

// pattern reads "- ELEMENTS [CODE]".
func (vr *verbReader) pattern(ln line, s string) {
	if vr.cur == nil {
		vr.problem(ln.n, "pattern outside a block", truncate(s))
		return
	}
	body := strings.TrimSpace(s[1:])
	i := strings.LastIndexByte(body, '[')
	j := strings.LastIndexByte(body, ']')
	if i < 0 || j < i || strings.TrimSpace(body[j+1:]) != "" {
		vr.problem(ln.n, "pattern without a [code]", truncate(s))
		return
	}
	c, err := parseEventCode(strings.TrimSpace(body[i+1 : j]))
	if err != "" {
		vr.problem(ln.n, "bad event code", err)
		return
	}
	text := strings.TrimSpace(body[:i])
	alts := []string{text}
	if strings.Contains(text, "|") {
		var why string
		if alts, why = alternatives(text); why != "" {
			vr.problem(ln.n, why, truncate(s))
			return
		}
	}
	for _, alt := range alts {
		elems, why := parseElems(alt)
		if why != "" {
			vr.problem(ln.n, why, truncate(s))
			return
		}
		vr.cur.Patterns = append(vr.cur.Patterns, Pattern{Elems: elems, Code: c, Line: ln.n, Text: text})
	}
}

// maxAlternatives bounds the patterns one TABARI pattern expands into.
const maxAlternatives = 64

// alternatives expands the TABARI disjunctions "{ A | B }" of a pattern
// into one pattern text each.
func alternatives(s string) ([]string, string) {
	out := []string{""}
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return nil, "unclosed {"
		}
		j += i
		opts := strings.Split(s[i+1:j], "|")
		var next []string
		for _, o := range out {
			for _, opt := range opts {
				next = append(next, o+s[:i]+strings.TrimSpace(opt))
			}
		}
		if len(next) > maxAlternatives {
			return nil, "too many alternatives"
		}
		out, s = next, s[j+1:]
	}
	for k := range out {
		out[k] += s
	}
	return out, ""
}

// parseElems splits a pattern into elements; it returns why it cannot.
func parseElems(s string) ([]Elem, string) {
	var out []Elem
	phrase := 0
	inNP, inPP := false, false
	ppFirst := false
	verbs := 0
	for _, tok := range strings.Fields(s) {
		// Opening and closing marks may stick to a token: "(ON", "RESOLUTION)",
		// "{NEW", "(WITH)", "(TO {PEACE PLAN})"; a {noun phrase} may sit in a
		// (prepositional phrase).
		for len(tok) > 0 && (tok[0] == '(' || tok[0] == '{') {
			if inNP || tok[0] == '(' && inPP {
				return nil, "nested phrase"
			}
			if tok[0] == '(' {
				phrase++
				inPP, ppFirst = true, true
			} else {
				if !inPP {
					phrase++
				}
				inNP = true
			}
			tok = tok[1:]
		}
		var closers []byte
		for len(tok) > 0 && (tok[len(tok)-1] == ')' || tok[len(tok)-1] == '}') {
			closers = append(closers, tok[len(tok)-1])
			tok = tok[:len(tok)-1]
		}
		for k, part := range strings.Split(tok, "_") {
			if part == "" {
				continue
			}
			e := Elem{Glued: k > 0 && len(out) > 0, InNP: inNP, InPP: inPP}
			if inNP || inPP {
				e.Phrase = phrase
			}
			up := strings.ToUpper(part)
			switch {
			case up == "*":
				e.Kind = ElemVerb
				verbs++
			case up == "+":
				e.Kind = ElemTarget
			case up == "$":
				e.Kind = ElemSource
			case up == "^":
				e.Kind = ElemSkip
			case up == "%":
				e.Kind = ElemCompound
			case strings.HasPrefix(up, "&"):
				name := strings.TrimRight(up[1:], "_")
				if !validSetName(name) {
					return nil, "bad set name"
				}
				e.Kind, e.Text = ElemSet, name
			default:
				up = strings.TrimRight(up, "~") // a TABARI stem mark
				if !validWord(up) {
					return nil, "bad pattern word"
				}
				e.Kind, e.Text = ElemWord, up
			}
			if inPP && ppFirst {
				e.Prep = e.Kind == ElemWord
				ppFirst = false
			}
			out = append(out, e)
		}
		// Closers apply innermost first: the last one read is the first
		// written.
		for k := len(closers) - 1; k >= 0; k-- {
			switch {
			case closers[k] == '}' && inNP:
				inNP = false
			case closers[k] == ')' && inPP && !inNP:
				inPP = false
			default:
				return nil, "unbalanced brackets"
			}
		}
	}
	switch {
	case inNP || inPP:
		return nil, "unclosed phrase"
	case verbs != 1:
		return nil, "pattern needs exactly one *"
	}
	return out, ""
}

// parseEventCode reads "CODE", "CODE:CODE" or ":CODE"; it returns a
// description of what is wrong, or "".
func parseEventCode(s string) (Code, string) {
	s = strings.TrimSpace(s)
	ev, rev, pair := strings.Cut(s, ":")
	ev, rev = strings.TrimSpace(ev), strings.TrimSpace(rev)
	if !pair && ev == "" {
		return Code{}, "empty code"
	}
	if ev != "" && !validEventCode(ev) {
		return Code{}, quote(s)
	}
	if pair && (rev == "" || !validEventCode(rev)) {
		return Code{}, quote(s)
	}
	if ev == "" {
		ev = "---"
		if rev == "---" {
			return Code{}, quote(s)
		}
	}
	return Code{Event: ev, Reverse: rev}, ""
}

// validEventCode accepts the codes legacy dictionaries use: CAMEO and WEIS
// digits, suffixed variants ("174K", "025?") and "---". A "#" would start a
// comment in Parley's pattern files: codes holding it are rejected.
func validEventCode(s string) bool {
	if s == "---" {
		return true
	}
	if len(s) == 0 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '?' || c == '+') {
			return false
		}
	}
	return true
}

func validSetName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// validWord accepts a word of a legacy phrase: letters and digits with the
// punctuation of names ("N'T", "CEASE-FIRE", "U.S."); not "," (it separates
// anchors and set members in Parley's files).
func validWord(s string) bool {
	alnum := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			alnum = true
		case r > 127 && unicode.IsLetter(r):
			alnum = true
		case r == '\'' || r == '-' || r == '.' || r == '/' || r > 127 && !unicode.IsSpace(r) && r != utf8.RuneError:
		default:
			return false
		}
	}
	return alnum
}

func quote(s string) string { return "\"" + truncate(s) + "\"" }

// truncate shortens s for a message.
func truncate(s string) string {
	s = strings.TrimSpace(s)
	const n = 60
	if len(s) <= n {
		return s
	}
	k := n
	for k > 0 && s[k]&0xC0 == 0x80 {
		k--
	}
	return s[:k] + "..."
}
