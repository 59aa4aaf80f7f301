package event

// match is one pattern (or a group default) matched at an anchor.
type match struct {
	group   *group
	pattern *pattern // nil for the group's default code
	anchor  int      // token of the anchor
	code    string
	rule    string
	// specificity orders competing matches: matched words, plus one for an
	// anchor phrase's particle.
	specificity int
	// target and source hold tokens bound by + and $, or -1.
	target, source  int
	target2, source2 int
	// used are the tokens the pattern matched, so that events anchored on
	// them are not coded again ("call on X to release": release).
	used []int
}

// matchAnchor returns the best match at token a for the groups of its
// lemma, and every pattern tried (for --explain).
func (c *Coder) matchAnchor(v *sentence, a int, groups []*group, tr *anchorTrace) (match, bool) {
	best := match{specificity: -1}
	found := false
	consider := func(m match) {
		if !found || m.specificity > best.specificity {
			best, found = m, true
		}
	}
	for _, g := range groups {
		rest, ok := v.anchorRest(g, a)
		if !ok {
			if tr != nil {
				tr.tried = append(tr.tried, patternTry{rule: g.file + "#" + g.id, why: "anchor phrase incomplete"})
			}
			continue
		}
		for _, p := range g.patterns {
			m, why := c.matchPattern(v, a, p, rest)
			if tr != nil {
				tr.tried = append(tr.tried, patternTry{rule: p.Rule(), matched: why == "", why: why, code: p.code})
			}
			if why == "" {
				m.group = g
				consider(m)
			}
		}
		if g.code != "" {
			m := match{group: g, anchor: a, code: g.code, rule: g.file + "#" + g.id, specificity: len(rest) - 1,
				target: -1, source: -1, target2: -1, source2: -1, used: rest}
			// A default never beats a pattern of its own group.
			if tr != nil {
				tr.tried = append(tr.tried, patternTry{rule: m.rule, matched: true, code: g.code, why: ""})
			}
			if !found || best.group != g && m.specificity > best.specificity {
				consider(m)
			}
		}
	}
	return best, found
}

// anchorRest checks the particle words of a phrase anchor ("pull out") and
// returns the tokens matched (the anchor first).
func (v *sentence) anchorRest(g *group, a int) ([]int, bool) {
	for _, an := range g.anchors {
		if an.lemma != v.lemma[a] && an.lemma != v.lower[a] {
			continue
		}
		used := []int{a}
		cursor := a
		ok := true
		for _, w := range an.rest {
			t := v.findWordAfter(a, cursor, []string{w}, true)
			if t < 0 {
				ok = false
				break
			}
			used = append(used, t)
			cursor = t
		}
		if ok {
			return used, true
		}
	}
	return nil, false
}

// inClause reports whether t lies in the clause of anchor a: t descends from
// a without crossing into another clause.
func (v *sentence) inClause(a, t int) bool {
	for steps := 0; t >= 0 && steps <= v.n; steps++ {
		if t == a {
			return true
		}
		if v.clauseBoundary(t) {
			return false
		}
		t = v.head[t]
	}
	return false
}

// findWordAfter returns the first token after cursor in a's clause that
// starts the word sequence ws (matched by lemma or lowercased form), or -1.
// With near set, the token must be a direct dependent of a or of a's
// dependents (particles, objects).
func (v *sentence) findWordAfter(a, cursor int, ws []string, near bool) int {
	for t := cursor + 1; t+len(ws)-1 < v.n; t++ {
		if !v.wordsAt(t, ws) || !v.inClause(a, t) {
			continue
		}
		if near && v.head[t] != a && (v.head[t] < 0 || v.head[v.head[t]] != a) {
			continue
		}
		return t
	}
	return -1
}

// findWordBefore is findWordAfter for words before the anchor; it returns
// the last token before cursor.
func (v *sentence) findWordBefore(a, cursor int, ws []string) int {
	for t := cursor - len(ws); t >= 0; t-- {
		if v.wordsAt(t, ws) && v.inClause(a, t) {
			return t
		}
	}
	return -1
}

func (v *sentence) wordsAt(t int, ws []string) bool {
	if t < 0 || t+len(ws) > v.n {
		return false
	}
	for k, w := range ws {
		if v.lemma[t+k] != w && v.lower[t+k] != w {
			return false
		}
	}
	return true
}

// matchPattern tries pattern p at anchor a; the reason it fails is returned
// (empty on success).
func (c *Coder) matchPattern(v *sentence, a int, p *pattern, rest []int) (match, string) {
	m := match{anchor: a, code: p.code, rule: p.Rule(), pattern: p, specificity: p.specificity + len(rest) - 1,
		target: -1, source: -1, target2: -1, source2: -1}
	m.used = append(m.used, rest...)
	// Elements before the anchor, matched right to left.
	cursor := a
	for i := p.anchor - 1; i >= 0; i-- {
		e := p.elems[i]
		switch e.kind {
		case elemWord, elemSet:
			t, n := c.findElemBefore(v, a, cursor, e)
			if t < 0 {
				return m, "no " + describe(e) + " before the anchor"
			}
			m.used = append(m.used, rangeInts(t, t+n)...)
			cursor = t
		case elemSource:
			// "$ *" names the default source; in noun groups it asks for a
			// possessor, compound or nationality adjective.
			if p.kind == nounGroup {
				s := v.nounModifierSource(a)
				if s < 0 {
					return m, "no possessor or modifier for $"
				}
				bind(&m.source, &m.source2, s)
			}
		case elemTarget:
			t := v.nounModifierSource(a)
			if t < 0 {
				return m, "no modifier for + before the anchor"
			}
			bind(&m.target, &m.target2, t)
		case elemAny:
			if cursor == 0 {
				return m, "no token for %"
			}
			cursor--
		}
	}
	// Elements after the anchor, left to right.
	cursor = a
	if len(rest) > 0 {
		cursor = rest[len(rest)-1]
	}
	prev := a // token matched by the previous element
	prevKind := elemAnchor
	for i := p.anchor + 1; i < len(p.elems); i++ {
		e := p.elems[i]
		switch e.kind {
		case elemWord, elemSet:
			t, n := c.findElemAfter(v, a, cursor, e)
			if t < 0 {
				return m, "no " + describe(e) + " after the anchor"
			}
			m.used = append(m.used, rangeInts(t, t+n)...)
			cursor = t + n - 1
			prev, prevKind = t+n-1, e.kind
		case elemTarget, elemSource:
			t := v.slot(a, prev, prevKind, cursor)
			if t < 0 {
				return m, "nothing for " + describe(e) + " after " + v.lower[prev]
			}
			if e.kind == elemTarget {
				bind(&m.target, &m.target2, t)
			} else {
				bind(&m.source, &m.source2, t)
			}
			cursor = t
			prev, prevKind = t, e.kind
		case elemAny:
			if cursor+1 >= v.n {
				return m, "no token for %"
			}
			cursor++
			prev, prevKind = cursor, elemAny
		}
	}
	return m, ""
}

func bind(first, second *int, t int) {
	if *first < 0 {
		*first = t
	} else {
		*second = t
	}
}

func rangeInts(lo, hi int) []int {
	out := make([]int, 0, hi-lo)
	for i := lo; i < hi; i++ {
		out = append(out, i)
	}
	return out
}

func describe(e elem) string {
	switch e.kind {
	case elemWord:
		s := ""
		for i, w := range e.words {
			if i > 0 {
				s += " "
			}
			s += w
		}
		return "\"" + s + "\""
	case elemSet:
		return "&" + e.set
	case elemTarget:
		return "+"
	case elemSource:
		return "$"
	}
	return "%"
}

func (c *Coder) findElemAfter(v *sentence, a, cursor int, e elem) (int, int) {
	if e.kind == elemWord {
		if t := v.findWordAfter(a, cursor, e.words, false); t >= 0 {
			return t, len(e.words)
		}
		return -1, 0
	}
	best, bestN := -1, 0
	for _, ph := range c.dict.sets[e.set] {
		t := v.findWordAfter(a, cursor, ph, false)
		if t >= 0 && (best < 0 || t < best || t == best && len(ph) > bestN) {
			best, bestN = t, len(ph)
		}
	}
	return best, bestN
}

func (c *Coder) findElemBefore(v *sentence, a, cursor int, e elem) (int, int) {
	if e.kind == elemWord {
		if t := v.findWordBefore(a, cursor, e.words); t >= 0 {
			return t, len(e.words)
		}
		return -1, 0
	}
	best, bestN := -1, 0
	for _, ph := range c.dict.sets[e.set] {
		t := v.findWordBefore(a, cursor, ph)
		if t > best || t == best && t >= 0 && len(ph) > bestN {
			best, bestN = t, len(ph)
		}
	}
	return best, bestN
}

// nounModifierSource returns the actor-like modifier of a noun anchor: its
// possessor, compound or adjective ("Blinken's trip", "U.S. sanctions",
// "Chinese sanctions"), or -1.
func (v *sentence) nounModifierSource(a int) int {
	for _, rel := range []string{"nmod:poss", "compound", "amod"} {
		for _, k := range v.kids[a] {
			if v.rel[k] == rel && k < a {
				return k
			}
		}
	}
	return -1
}

// slot finds the noun phrase a + or $ binds after the element matched at
// prev (see FORMAT.md).
func (v *sentence) slot(a, prev int, prevKind elemKind, cursor int) int {
	if prevKind == elemWord || prevKind == elemSet {
		switch v.urel[prev] {
		case "case", "mark":
			// A preposition: the noun it marks.
			if h := v.head[prev]; h > prev {
				return h
			}
		case "compound", "advmod":
			// A particle ("call on X", "pull out of X"): the object of the
			// anchor, or the next noun marked by nothing.
			if o := v.object(a); o > prev {
				return o
			}
		}
		// A noun of the pattern ("impose sanctions X"?) or a particle
		// parsed otherwise: the nearest nominal dependent after it.
		for _, k := range v.kids[prev] {
			if k > prev && isNominalRel(v.urel[k]) {
				return k
			}
		}
		if v.upos[prev] == "ADP" {
			// A preposition left dangling by the parser: the next noun.
			for t := prev + 1; t < v.n && t <= prev+4; t++ {
				if isNominal(v.upos[t]) && v.inClause(a, t) {
					return v.nounHeadFrom(t)
				}
			}
		}
		return -1
	}
	if prevKind == elemAnchor {
		if o := v.object(a); o >= 0 {
			return o
		}
		return -1
	}
	return -1
}

// object returns the direct object of a (or, in a passive clause, the
// passive subject; for a noun anchor, its unmarked nominal modifier), or -1.
func (v *sentence) object(a int) int {
	if o := v.childUniversal(a, "obj"); o >= 0 {
		return o
	}
	if o := v.childUniversal(a, "iobj"); o >= 0 {
		return o
	}
	if o := v.childExact(a, "nsubj:pass"); o >= 0 {
		return o
	}
	return -1
}

// nounHeadFrom climbs from a token inside a noun phrase to the phrase head.
func (v *sentence) nounHeadFrom(t int) int {
	for steps := 0; steps < v.n; steps++ {
		h := v.head[t]
		if h < 0 || !isNominal(v.upos[h]) || h < t && v.urel[t] != "compound" && v.urel[t] != "flat" {
			return t
		}
		switch v.urel[t] {
		case "compound", "flat", "amod", "det", "nummod", "nmod:poss":
			t = h
		default:
			return t
		}
	}
	return t
}

func isNominal(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

func isNominalRel(r string) bool {
	switch r {
	case "obj", "iobj", "obl", "nmod", "nsubj":
		return true
	}
	return false
}
