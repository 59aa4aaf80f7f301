package event

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/parleyproject/parley/text"
)

// Lexicon holds the word lists that decide modality and statement handling.
// Its file format is one "CLASS<TAB>word, word, ..." line per class (see
// data/modality.tsv); classes may repeat.
type Lexicon struct {
	classes map[string]map[string]bool
}

// The classes a modality lexicon defines.
const (
	classNegator      = "negator"       // not, never: negate the verb they modify
	classFutureAux    = "future-aux"    // will, shall
	classModalAux     = "modal-aux"     // could, would, might: hypothetical
	classCondition    = "condition"     // if, unless: hypothetical clause
	classFutureGov    = "future-gov"    // plan to, agree to: the complement is future
	classNegGov       = "negative-gov"  // refuse to, deny: the complement is negated
	classHypoGov      = "hypo-gov"      // want to, try to, threaten to: hypothetical
	classReport       = "report"        // say, tell: the complement stays asserted
	classAllegeGov    = "allege-gov"    // accuse of, allege: the complement is alleged
	classSelfRef      = "first-person"  // we, I: the speaker in quotes
	classDemonstrator = "plural-pronoun" // they, both sides: several actors
)

// ParseLexicon reads a modality lexicon; name appears in errors.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	l := &Lexicon{classes: map[string]map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	n := 0
	var problems []Problem
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		class, words, ok := strings.Cut(line, "\t")
		class = strings.TrimSpace(class)
		if !ok || class == "" {
			problems = append(problems, Problem{name, n, "want CLASS<TAB>word, word, ..."})
			continue
		}
		set := l.classes[class]
		if set == nil {
			set = map[string]bool{}
			l.classes[class] = set
		}
		for _, w := range strings.Split(words, ",") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				set[w] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, Problem{name, n + 1, "read: " + err.Error()})
	}
	if len(problems) > 0 {
		return nil, &LoadError{Problems: problems}
	}
	for _, c := range []string{classNegator, classFutureAux, classModalAux, classCondition, classFutureGov, classNegGov, classHypoGov, classReport} {
		if len(l.classes[c]) == 0 {
			return nil, fmt.Errorf("modality lexicon %s: class %s is missing", name, c)
		}
	}
	return l, nil
}

func (l *Lexicon) has(class, word string) bool { return l.classes[class][word] }

// modality decides the modality of the event anchored at a, and names the
// word that decided it (for --explain).
func (c *Coder) modality(v *sentence, a int) (text.Modality, string) {
	lex := c.lex
	// The anchor's own auxiliaries and negation.
	mod, why := text.Asserted, ""
	for _, k := range v.kids[a] {
		w := v.lemma[k]
		switch v.urel[k] {
		case "advmod", "neg", "det":
			if lex.has(classNegator, w) || lex.has(classNegator, v.lower[k]) {
				return text.Negated, v.lower[k]
			}
		case "aux":
			switch {
			case lex.has(classFutureAux, v.lower[k]) || lex.has(classFutureAux, w):
				mod, why = text.Future, v.lower[k]
			case lex.has(classModalAux, v.lower[k]) || lex.has(classModalAux, w):
				if mod == text.Asserted {
					mod, why = text.Hypothetical, v.lower[k]
				}
			}
		case "mark":
			if lex.has(classCondition, w) {
				return text.Hypothetical, v.lower[k]
			}
		}
	}
	if mod != text.Asserted {
		return mod, why
	}
	// Governing clauses: "plans to attack", "refused to meet", "if it
	// attacks", "accused X of attacking".
	t := a
	for steps := 0; steps < v.n; steps++ {
		h := v.head[t]
		if h < 0 {
			break
		}
		rel := v.urel[t]
		hw := v.lemma[h]
		switch rel {
		case "xcomp", "ccomp", "advcl", "acl", "csubj":
		case "conj":
			t = h
			continue
		default:
			if isNominal(v.upos[t]) && (rel == "obj" || rel == "nsubj" || rel == "obl") {
				// A noun anchor takes the modality of its verb.
				t = h
				if m, w := c.ownModality(v, h); m != text.Asserted {
					return m, w
				}
				continue
			}
			return text.Asserted, ""
		}
		if rel == "advcl" {
			for _, k := range v.kids[t] {
				if v.urel[k] == "mark" && lex.has(classCondition, v.lemma[k]) {
					return text.Hypothetical, v.lower[k]
				}
			}
		}
		switch {
		case lex.has(classNegGov, hw):
			return text.Negated, v.lower[h]
		case lex.has(classFutureGov, hw):
			if m, w := c.ownModality(v, h); m == text.Negated {
				return m, w
			}
			return text.Future, v.lower[h]
		case lex.has(classHypoGov, hw), lex.has(classAllegeGov, hw):
			return text.Hypothetical, v.lower[h]
		case lex.has(classReport, hw):
			return text.Asserted, ""
		}
		if rel == "xcomp" || rel == "ccomp" {
			// Other complements inherit the governor's own modality.
			if m, w := c.ownModality(v, h); m != text.Asserted {
				return m, w
			}
		}
		return text.Asserted, ""
	}
	return text.Asserted, ""
}

// ownModality looks only at a verb's own auxiliaries and negation.
func (c *Coder) ownModality(v *sentence, a int) (text.Modality, string) {
	lex := c.lex
	mod, why := text.Asserted, ""
	for _, k := range v.kids[a] {
		switch v.urel[k] {
		case "advmod", "neg":
			if lex.has(classNegator, v.lower[k]) || lex.has(classNegator, v.lemma[k]) {
				return text.Negated, v.lower[k]
			}
		case "aux":
			if lex.has(classFutureAux, v.lower[k]) || lex.has(classFutureAux, v.lemma[k]) {
				mod, why = text.Future, v.lower[k]
			} else if mod == text.Asserted && (lex.has(classModalAux, v.lower[k]) || lex.has(classModalAux, v.lemma[k])) {
				mod, why = text.Hypothetical, v.lower[k]
			}
		}
	}
	return mod, why
}

// DefaultLexicon returns the embedded modality lexicon.
func DefaultLexicon() (*Lexicon, error) {
	f, err := dataFS.Open("data/modality.tsv")
	if err != nil {
		return nil, fmt.Errorf("modality lexicon: %w", err)
	}
	defer f.Close()
	return ParseLexicon(f, "modality.tsv")
}
