package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// SetPrefix starts the name of every imported synonym set, so that legacy
// sets never extend Parley's own sets of the same name.
const SetPrefix = "petr-"

// PatternStats counts what WritePatterns wrote and left out.
type PatternStats struct {
	Sets, Groups, Patterns, Verbs int
	// Dropped counts "^" and "%" elements, which have no counterpart in
	// dependency patterns (see WritePatterns).
	Dropped int
}

// WritePatterns writes a verb dictionary as a Parley pattern file
// (parley.patterns.v1, event/data/FORMAT.md) in the "@style petrarch" of that
// format: codes as written, modality from the patterns, words before the
// verb also among the verbs that govern its clause.
//
// The translation:
//   - a synonym set &NAME becomes "@set petr-name", its members in lowercase;
//   - a verb block becomes a verb group listing every verb of the block (a
//     multi-word verb as its verb and particles, "+BREAK_DOWN" → "break
//     down"; words before the verb are marked, "WIRE_+TAP" → "wire +tap";
//     irregular forms are further anchors), with every pattern of the
//     block; the block's and the verbs' own codes become default-only
//     groups, one per code;
//   - a pattern keeps its words, sets, "*", "+" and "$" in order; words
//     joined by "_" stay a sequence ("new_&petr-tietypes_relations"); a
//     {noun phrase} gives its words in order and a (prepositional phrase)
//     its preposition and nouns ("(ON RESOLUTION)" → "on resolution"); a
//     prepositional phrase without nouns gives the target when the pattern
//     has none ("(WITH)" → "with +"). TABARI's "^" (skip a phrase) is
//     implied by dependency matching and dropped, and so is "%" (a
//     compound actor: Parley codes coordinated actors each to each);
//   - codes "032:033" (with the event the target does in return) and
//     ":173" (only that) are kept; "[---]" codes nothing.
//
// Rule ids are "L" and the legacy line, so that evidence names the line of
// the legacy file.
func WritePatterns(w io.Writer, d *VerbDict) (PatternStats, error) {
	var st PatternStats
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Event patterns imported from %s by parley dict import-petrarch.\n", filepath.Base(d.File))
	fmt.Fprintf(bw, "# Rule ids name the lines of that file (L120 is line 120).\n")
	bw.WriteString("@style petrarch\n\n")
	for _, s := range d.Sets {
		var members []string
		for _, m := range s.Members {
			if strings.HasPrefix(m[0], "&") {
				members = append(members, "&"+setName(m[0][1:]))
				continue
			}
			members = append(members, strings.ToLower(strings.Join(m, " ")))
		}
		fmt.Fprintf(bw, "@set %s = %s  # L%d\n", setName(s.Name), strings.Join(members, ", "), s.Line)
		st.Sets++
	}
	for i := range d.Blocks {
		writeBlock(bw, &d.Blocks[i], &st)
	}
	return st, bw.Flush()
}

func setName(s string) string { return SetPrefix + strings.ToLower(s) }

func writeBlock(bw *bufio.Writer, b *VerbBlock, st *PatternStats) {
	if len(b.Verbs) == 0 {
		return // a block without verbs codes nothing (reported by the caller)
	}
	fmt.Fprintf(bw, "\n# --- %s [%s] ---  (L%d)\n", b.Name, b.Code, b.Line)
	var all []string
	byCode := map[string][]string{}
	var codes []string
	codeLine := map[string]int{}
	seen := map[string]bool{}
	for _, v := range b.Verbs {
		c := b.Code
		line := b.Line
		if v.Code != nil {
			c, line = *v.Code, v.Line
		}
		key := c.String()
		for _, a := range anchorsOf(v) {
			if seen[a+"\x00"+key] {
				continue
			}
			seen[a+"\x00"+key] = true
			if !contains(all, a) {
				all = append(all, a)
			}
			if c.Event == "---" && c.Reverse == "" {
				continue
			}
			if _, ok := byCode[key]; !ok {
				codes = append(codes, key)
				codeLine[key] = line
			}
			byCode[key] = append(byCode[key], a)
		}
		st.Verbs++
	}
	if len(b.Patterns) > 0 {
		fmt.Fprintf(bw, "verb %s\n", strings.Join(all, ", "))
		st.Groups++
		for _, p := range b.Patterns {
			body, dropped := patternBody(p)
			st.Dropped += dropped
			fmt.Fprintf(bw, "    %s => %s L%d  # %s\n", body, p.Code, p.Line, p.Text)
			st.Patterns++
		}
	}
	for _, c := range codes {
		fmt.Fprintf(bw, "verb %s => %s L%d\n", strings.Join(byCode[c], ", "), c, codeLine[c])
		st.Groups++
	}
}

// anchorsOf returns the anchor phrases of a verb and its irregular forms:
// the verb and its particles, words before it marked with "+" on the verb
// ("wire +tap"); "RE_+ARREST" becomes the hyphenated "re-arrest".
func anchorsOf(v Verb) []string {
	out := []string{anchorPhrase(v.Words, v.Head)}
	for _, f := range v.Forms {
		h := v.Head
		if len(f) != len(v.Words) {
			h = 0
		}
		if a := anchorPhrase(f, h); !contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func anchorPhrase(words []string, head int) string {
	ws := make([]string, len(words))
	for i, w := range words {
		ws[i] = strings.ToLower(w)
	}
	if head == 1 && ws[0] == "re" {
		ws = append([]string{"re-" + ws[1]}, ws[2:]...)
		head = 0
	}
	if head == 0 {
		return strings.Join(ws, " ")
	}
	ws[head] = "+" + ws[head]
	return strings.Join(ws, " ")
}

// patternBody translates the elements of a legacy pattern (see
// WritePatterns) and returns how many elements were dropped.
func patternBody(p Pattern) (string, int) {
	hasTarget := false
	for _, e := range p.Elems {
		if e.Kind == ElemTarget {
			hasTarget = true
		}
	}
	var toks []string
	dropped := 0
	prevJoinable := false // the last token may take a glued word
	for i, e := range p.Elems {
		var t string
		joinable := false
		switch e.Kind {
		case ElemVerb:
			t = "*"
		case ElemTarget:
			t = "+"
		case ElemSource:
			t = "$"
		case ElemSkip, ElemCompound:
			dropped++
			prevJoinable = false
			continue
		case ElemSet:
			t, joinable = "&"+setName(e.Text), true
		case ElemWord:
			t, joinable = strings.ToLower(e.Text), true
		}
		if joinable && e.Glued && prevJoinable && len(toks) > 0 {
			toks[len(toks)-1] += "_" + t
		} else {
			toks = append(toks, t)
		}
		prevJoinable = joinable
		// A prepositional phrase of its preposition alone stands for its
		// object: the target.
		if e.Prep && !hasTarget && (i+1 == len(p.Elems) || p.Elems[i+1].Phrase != e.Phrase) {
			toks = append(toks, "+")
			hasTarget = true
			prevJoinable = false
		}
	}
	return strings.Join(toks, " "), dropped
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// WriteDiscards writes discard phrases as "@discard" and "@discard-document"
// lines of a pattern file.
func WriteDiscards(w io.Writer, file string, ds []Discard) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Discard phrases imported from %s by parley dict import-petrarch.\n", filepath.Base(file))
	bw.WriteString("# A sentence holding an @discard phrase codes nothing; a document holding\n# an @discard-document phrase codes nothing.\n")
	for _, d := range ds {
		kw := "@discard"
		if d.Document {
			kw = "@discard-document"
		}
		fmt.Fprintf(bw, "%s %s  # L%d\n", kw, strings.ToLower(strings.Join(d.Words, " ")), d.Line)
	}
	return bw.Flush()
}

// ActorStats counts what WriteActors wrote.
type ActorStats struct {
	Countries, Orgs, Names, DatedCodes int
}

// WriteActors writes legacy actor entries in Parley's actor format
// (parley.actors.v1, actor/data/FORMAT.md):
//   - an entry with one undated three-letter code that names no sector
//     ("GONDOR [GON]") is a country entry of that code (entries with the
//     same code become one), its names the country's names;
//   - any other entry is an org entry named by its primary name: synonyms
//     are names, an undated code is the code (several for TABARI's
//     "[A/B]"), and a dated code a tenure "held FROM..TO CODE";
//   - a code that starts with a sector ("[ELI]", "[HINRAD]") has no
//     country: "---ELI", "---HINRAD";
//   - a code prefix that no entry defines gets a country entry without
//     names (a code only), so that codes like "HGWGOVMED" load.
//
// Names are written with capitals on their content words ("Minas Tirith",
// "the Hermit Kingdom"): Parley then finds them only capitalised in text,
// as names are. sectors lists the registered sector codes.
func WriteActors(w io.Writer, file string, actors []Actor, sectors map[string]bool) (ActorStats, []Problem, error) {
	var st ActorStats
	var probs []Problem
	type country struct {
		names []string
		lines []int
	}
	countries := map[string]*country{}
	type org struct {
		key    string
		names  []string
		codes  []string
		held   []string
		line   int
		merged bool
	}
	var orgs []*org
	orgAt := map[string]*org{}
	prefixes := map[string]bool{}
	norm := func(c string) string {
		if sectors[c[:3]] && !isOrgPrefix(c[:3]) {
			return "---" + c // a code that starts with a sector has no country
		}
		return c
	}
	for _, a := range actors {
		names := make([]string, 0, len(a.Names))
		for _, n := range a.Names {
			if f := nameForm(n); !contains(names, f) {
				names = append(names, f)
			}
		}
		if len(a.Codes) == 1 && !a.Codes[0].Dated() && len(a.Codes[0].Codes) == 1 && isCountryCode(a.Codes[0].Codes[0], sectors) {
			c := a.Codes[0].Codes[0]
			ct := countries[c]
			if ct == nil {
				ct = &country{}
				countries[c] = ct
			}
			for _, n := range names {
				if !contains(ct.names, n) {
					ct.names = append(ct.names, n)
				}
			}
			ct.lines = append(ct.lines, a.Line)
			continue
		}
		o := orgAt[names[0]]
		if o == nil {
			o = &org{key: names[0], line: a.Line}
			orgAt[names[0]] = o
			orgs = append(orgs, o)
		} else {
			o.merged = true
		}
		for _, n := range names[1:] {
			if n != o.key && !contains(o.names, n) {
				o.names = append(o.names, n)
			}
		}
		for _, dc := range a.Codes {
			for _, c := range dc.Codes {
				prefixes[norm(c)[:3]] = true
			}
			if !dc.Dated() {
				for _, c := range dc.Codes {
					if c = norm(c); !contains(o.codes, c) {
						o.codes = append(o.codes, c)
					}
				}
				continue
			}
			if len(dc.Codes) > 1 {
				probs = append(probs, Problem{file, dc.Line, "several codes for a period", "only " + dc.Codes[0] + " is kept"})
			}
			o.held = append(o.held, fmt.Sprintf("%s..%s %s", dateString(dc.From), dateString(dc.To), norm(dc.Codes[0])))
			st.DatedCodes++
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Actors imported from %s by parley dict import-petrarch.\nformat parley.actors.v1\n", filepath.Base(file))
	keys := make([]string, 0, len(countries))
	for c := range countries {
		keys = append(keys, c)
	}
	for p := range prefixes {
		if _, ok := countries[p]; !ok && isCountryCode(p, sectors) {
			keys = append(keys, p)
		}
	}
	sort.Strings(keys)
	for _, c := range keys {
		ct := countries[c]
		if ct == nil {
			fmt.Fprintf(bw, "\n# a code prefix of %s\ncountry %s\n", filepath.Base(file), c)
			st.Countries++
			continue
		}
		fmt.Fprintf(bw, "\n# %s:%s\ncountry %s\n", filepath.Base(file), joinInts(ct.lines), c)
		for _, n := range ct.names {
			fmt.Fprintf(bw, "  name %s\n", n)
			st.Names++
		}
		st.Countries++
	}
	sort.SliceStable(orgs, func(i, j int) bool { return orgs[i].key < orgs[j].key })
	for _, o := range orgs {
		fmt.Fprintf(bw, "\n# %s:%d\norg %s\n", filepath.Base(file), o.line, o.key)
		st.Names++
		if len(o.codes) > 0 {
			fmt.Fprintf(bw, "  code %s\n", strings.Join(o.codes, "; "))
		}
		for _, h := range o.held {
			fmt.Fprintf(bw, "  held %s\n", h)
		}
		for _, n := range o.names {
			fmt.Fprintf(bw, "  name %s\n", n)
			st.Names++
		}
		st.Orgs++
	}
	return st, probs, bw.Flush()
}

// isOrgPrefix reports whether a code prefix names no country but a kind
// of organisation.
func isOrgPrefix(p string) bool {
	switch p {
	case "IGO", "IMG", "NGO", "---":
		return true
	}
	return false
}

// isCountryCode reports whether a bare code can be a country entry: three
// letters, not an organisation prefix or a sector.
func isCountryCode(c string, sectors map[string]bool) bool {
	if len(c) != 3 || sectors[c] || isOrgPrefix(c) {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ",")
}

// lowerWords are the words a name keeps in lowercase (particles and
// function words: "the United Nations", "al-Qaeda", "bin Laden").
var lowerWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true, "to": true,
	"de": true, "del": true, "della": true, "des": true, "du": true, "la": true, "le": true, "les": true,
	"al": true, "el": true, "bin": true, "ibn": true, "van": true, "von": true, "der": true, "den": true,
	"da": true, "di": true, "dos": true, "das": true, "y": true, "e": true, "'s": true,
}

// nameForm writes a legacy name with capitals on its content words.
func nameForm(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		parts := strings.Split(strings.ToLower(w), "-")
		for k, p := range parts {
			if p == "" || lowerWords[p] {
				continue
			}
			r, n := utf8.DecodeRuneInString(p)
			parts[k] = string(unicode.ToUpper(r)) + p[n:]
		}
		out[i] = strings.Join(parts, "-")
	}
	return strings.Join(out, " ")
}

// WriteAgents writes legacy agents as Parley agent entries (lowercase forms,
// so any case matches): "~CODE" agents add their sectors to the actor's code
// ("code GOV"), "CODE~" agents put their code before it ("prefix NGO").
// Plurals given by the legacy file are forms of the agent. It returns the
// sector codes the agents use.
func WriteAgents(w io.Writer, file string, agents []Agent) (map[string]bool, error) {
	used := map[string]bool{}
	type entry struct {
		key, suffix, prefix string
		forms               []string
		lines               []int
	}
	var list []*entry
	at := map[string]*entry{}
	for _, a := range agents {
		key := strings.ToLower(strings.Join(a.Words, " "))
		e := at[key]
		if e == nil {
			e = &entry{key: key}
			at[key] = e
			list = append(list, e)
		}
		// As in PETRARCH, a phrase listed again takes its last code.
		e.suffix, e.prefix = a.Suffix, a.Prefix
		e.lines = append(e.lines, a.Line)
		for _, p := range a.Plurals {
			if f := strings.ToLower(strings.Join(p, " ")); f != e.key && !contains(e.forms, f) {
				e.forms = append(e.forms, f)
			}
		}
	}
	for _, e := range list {
		for i := 0; i+3 <= len(e.suffix); i += 3 {
			used[e.suffix[i:i+3]] = true
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].key < list[j].key })
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Agents imported from %s by parley dict import-petrarch.\nformat parley.actors.v1\n", filepath.Base(file))
	for _, e := range list {
		fmt.Fprintf(bw, "\n# %s:%s\nagent %s\n", filepath.Base(file), joinInts(e.lines), e.key)
		if e.suffix != "" {
			fmt.Fprintf(bw, "  code %s\n", e.suffix)
		}
		if e.prefix != "" {
			fmt.Fprintf(bw, "  prefix %s\n", e.prefix)
		}
		if len(e.forms) > 0 {
			fmt.Fprintf(bw, "  form %s\n", strings.Join(e.forms, "; "))
		}
	}
	return used, bw.Flush()
}

// dateString writes a bound of a tenure, "" when open.
func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
