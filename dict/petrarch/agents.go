package petrarch

import (
	"io"
	"strings"
)

// Agent is an entry of a legacy agent dictionary: a sector noun phrase
// ("FOREIGN_MINISTER [~GOVFRM]") with its plural forms.
type Agent struct {
	Words []string // uppercase
	// Plurals are the plural forms: given in {...}, or the regular plural
	// PETRARCH makes (S, ES, IES) when no {...} is given; an empty {}
	// gives none.
	Plurals [][]string
	// Code is what the agent adds to the actor: after it for "~GOV"
	// (Suffix), before it for "NGO~" (Prefix).
	Suffix, Prefix string
	Line           int
}

// ReadAgents reads a legacy agent dictionary: "PHRASE {PLURAL} [~CODE]"
// entries and "!MARKER! = A, B, C" substitution sets, whose members replace
// the marker in the entries that use it ("CONGRESS!PERSON!"). It returns the
// agents it could read and a Problem for every line it skipped.
func ReadAgents(r io.Reader, file string) ([]Agent, []Problem) {
	lines, probs := readLines(r, file, commentStyle{})
	markers := map[string][]string{}
	var out []Agent
	problem := func(n int, reason, detail string) {
		probs = append(probs, Problem{file, n, reason, detail})
	}
	for _, ln := range lines {
		s := strings.TrimSpace(ln.text)
		if strings.Contains(s, "!") && strings.Contains(s, "=") && !strings.Contains(s, "[") {
			name, list, _ := strings.Cut(s, "=")
			name = strings.TrimSpace(name)
			if len(name) < 3 || name[0] != '!' || name[len(name)-1] != '!' || strings.Count(name, "!") != 2 {
				problem(ln.n, "bad substitution marker", truncate(s))
				continue
			}
			var items []string
			for _, it := range strings.Split(list, ",") {
				if it = strings.ToUpper(strings.TrimSpace(it)); it != "" {
					items = append(items, it)
				}
			}
			if len(items) == 0 {
				problem(ln.n, "empty substitution marker", name)
				continue
			}
			markers[strings.ToUpper(name)] = items
			continue
		}
		text, blocks, ok := cutCodes(s)
		if !ok || len(blocks) != 1 {
			if !ok {
				problem(ln.n, "bad code block", truncate(s))
			} else {
				problem(ln.n, "agent needs one [code]", truncate(s))
			}
			continue
		}
		suffix, prefix, why := parseAgentCode(blocks[0])
		if why != "" {
			problem(ln.n, why, "["+blocks[0]+"]")
			continue
		}
		phrase, plural, explicit := text, "", false
		if i := strings.IndexByte(text, '{'); i >= 0 {
			j := strings.IndexByte(text, '}')
			if j < i || strings.TrimSpace(text[j+1:]) != "" {
				problem(ln.n, "bad {plural}", truncate(s))
				continue
			}
			phrase, plural, explicit = text[:i], text[i+1:j], true
		}
		phrases := []string{phrase}
		if strings.Contains(phrase, "!") {
			var why string
			phrases, why = substitute(phrase, markers)
			if why != "" {
				problem(ln.n, why, truncate(s))
				continue
			}
		}
		for _, ph := range phrases {
			words := splitName(ph)
			if !validName(words) {
				problem(ln.n, "bad agent phrase", truncate(s))
				break
			}
			a := Agent{Words: words, Suffix: suffix, Prefix: prefix, Line: ln.n}
			switch {
			case explicit:
				for _, p := range strings.Split(plural, ",") {
					if pw := splitName(p); validName(pw) {
						a.Plurals = append(a.Plurals, pw)
					}
				}
			case len(phrases) == 1:
				// A substitution set spells out every form; other
				// entries get PETRARCH's regular plural.
				a.Plurals = [][]string{regularPlural(words)}
			}
			out = append(out, a)
		}
	}
	return out, probs
}

// parseAgentCode reads "~CODE" (added after the actor's code) or "CODE~"
// (added before it).
func parseAgentCode(s string) (suffix, prefix, why string) {
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	switch {
	case strings.HasPrefix(s, "~") && !strings.HasSuffix(s, "~"):
		suffix = s[1:]
	case strings.HasSuffix(s, "~") && !strings.HasPrefix(s, "~"):
		prefix = s[:len(s)-1]
	default:
		return "", "", "agent code needs one ~ before or after it"
	}
	c := suffix + prefix
	if len(c) == 0 || len(c)%3 != 0 {
		return "", "", "agent code is not in chunks of three letters"
	}
	for i := 0; i < len(c); i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return "", "", "agent code is not in chunks of three letters"
		}
	}
	return suffix, prefix, ""
}

// substitute expands the !MARKER! of an agent phrase.
func substitute(phrase string, markers map[string][]string) ([]string, string) {
	i := strings.IndexByte(phrase, '!')
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return nil, "unclosed substitution marker"
	}
	j += i + 1
	items, ok := markers[strings.ToUpper(phrase[i:j+1])]
	if !ok {
		return nil, "undefined substitution marker " + phrase[i:j+1]
	}
	var out []string
	for _, it := range items {
		p := phrase[:i] + it + phrase[j+1:]
		if strings.Contains(p, "!") {
			return nil, "more than one substitution marker"
		}
		out = append(out, p)
	}
	return out, ""
}

// regularPlural makes PETRARCH's regular plural of the last word: Y → IES,
// S → SES, else S.
func regularPlural(words []string) []string {
	out := append([]string(nil), words...)
	w := out[len(out)-1]
	switch {
	case strings.HasSuffix(w, "Y") && len(w) > 1 && !strings.ContainsRune("AEIOU", rune(w[len(w)-2])):
		w = w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "S"):
		w += "ES"
	default:
		w += "S"
	}
	out[len(out)-1] = w
	return out
}

func allValid(words []string) bool {
	for _, w := range words {
		if !validWord(w) {
			return false
		}
	}
	return true
}

// Discard is a phrase whose presence stops coding: of its sentence, or with
// Document set of the whole document.
type Discard struct {
	Words    []string // uppercase
	Document bool
	Line     int
}

// ReadDiscards reads a legacy discard list: one phrase a line, "+PHRASE" for
// a phrase that discards the whole story. It returns the phrases and a
// Problem for every line it skipped.
func ReadDiscards(r io.Reader, file string) ([]Discard, []Problem) {
	lines, probs := readLines(r, file, commentStyle{})
	var out []Discard
	for _, ln := range lines {
		s := strings.TrimSpace(ln.text)
		d := Discard{Line: ln.n}
		if strings.HasPrefix(s, "+") {
			d.Document, s = true, s[1:]
		}
		d.Words = splitPhrase(s)
		if len(d.Words) == 0 || !allValid(d.Words) {
			probs = append(probs, Problem{file, ln.n, "bad discard phrase", truncate(ln.text)})
			continue
		}
		out = append(out, d)
	}
	return out, probs
}
