package event

import (
	"slices"
	"strings"
)

// match is one pattern (or a group default) matched at an anchor.
type match struct {
	group   *group
	pattern *pattern // nil for the group's default code
	anchor  int      // token of the anchor
	code    string
	reverse string // code of the event the target does in return, or ""
	rule    string
	// specificity orders competing matches: matched words, plus one for an
	// anchor phrase's particle.
	specificity int
	// target and source hold tokens bound by + and $, or -1.
	target, source   int
	target2, source2 int
	// subjectTarget is set when "+ *" made the verb's subject the target
	// ("Egypt received aid"): the subject is then no default source.
	subjectTarget bool
	// used are the tokens the pattern matched, so that events anchored on
	// them are not coded again ("call on X to release": release).
	used []int
	// phrase is how many of used, first, are the anchor's own phrase (the
	// anchor and its other words: "held ... hostage").
	phrase int
	// placeTarget says a +! took a place for its country ("arrived in
	// Beijing"): the event then needs a known source.
	placeTarget bool
	// plainCode, at a noun whose modifiers or anchor phrase set its code
	// ("a political attack on Georgia": 111, "air strikes": 195), is the
	// code the noun has without them (190), or "".
	plainCode string
	// kindID is then the id of the pattern that named the kind.
	kindID string
}

// matchAnchor returns the best match at token a for the groups of its
// lemma, and every pattern tried (for --explain). A noun that only modifies
// another noun ("war crimes", "death toll") codes through its patterns,
// never through a group default.
func (c *Coder) matchAnchor(v *sentence, a int, key string, groups []*group, tr *anchorTrace) (match, bool) {
	best := match{specificity: -1}
	found := false
	particle := v.phrasalParticle(a, key, groups)
	// A match that takes the particle beats every match that leaves it out:
	// "back off" is not "back" (support).
	phrasal := match{specificity: -1}
	foundPhrasal := false
	keepPhrasal := func(m match) {
		phrasal, foundPhrasal = m, true
		phrasal.used = append([]int(nil), m.used...)
	}
	beats := func(m, o match) bool {
		return m.specificity > o.specificity || m.specificity == o.specificity && v.kindBlocker(m) && o.code != "---"
	}
	// kind is the best noun pattern that names the noun's kind by its
	// modifiers alone ("political *", "legal *"), plain the best
	// match that says nothing of the kind: a one-word anchor, nothing but
	// participants in its pattern ("* on +").
	var kind, plain match
	foundKind, foundPlain := false, false
	consider := func(m match) {
		if v.namesKind(m) {
			if !foundKind || beats(m, kind) {
				kind, foundKind = m, true
			}
		} else if m.phrase == 1 && onlyAddsParticipants(m.pattern) && (!foundPlain || beats(m, plain)) {
			plain, foundPlain = m, true
		}
		if particle >= 0 && slices.Contains(m.used, particle) && (!foundPhrasal || beats(m, phrasal)) {
			keepPhrasal(m)
		}
		if !found || beats(m, best) {
			m.used = append([]int(nil), m.used...)
			best, found = m, true
		}
	}
	modifier := v.isNounModifier(a)
	if cap(v.scratch) < 32 {
		v.scratch = make([]int, 0, 64)
	}
	scratch := v.scratch
	if modifier && v.wordIn(c.dict.body, v.head[a]) {
		// "a member of the Audit Committee of the Institute": the noun
		// names a standing body's field.
		if tr != nil {
			tr.tried = append(tr.tried, patternTry{rule: "-", why: "the noun only names the field of the body " + v.lower[v.head[a]]})
		}
		return best, found
	}
	for _, g := range groups {
		rest, ok := v.anchorRest(g, a, key)
		if !ok {
			if tr != nil {
				tr.tried = append(tr.tried, patternTry{rule: g.rule, why: "anchor phrase incomplete"})
			}
			continue
		}
		for _, p := range g.patterns {
			if !v.mayMatch(p) {
				if tr != nil {
					tr.tried = append(tr.tried, patternTry{rule: p.rule, why: "a word of the pattern is not in the sentence", code: p.code})
				}
				continue
			}
			m, why := c.matchPattern(v, a, p, rest, scratch[:0], tr != nil)
			if tr != nil {
				tr.tried = append(tr.tried, patternTry{rule: p.rule, matched: why == "", why: why, code: p.code})
			}
			if why == "" {
				m.group = g
				consider(m)
			}
		}
		if g.code != "" {
			rule := g.rule
			if modifier {
				if tr != nil {
					tr.tried = append(tr.tried, patternTry{rule: rule, why: "the noun only modifies " + v.lower[v.head[a]]})
				}
				continue
			}
			m := match{group: g, anchor: a, code: g.code, reverse: g.reverse, rule: rule, specificity: len(rest) - 1,
				target: -1, source: -1, target2: -1, source2: -1, used: rest, phrase: len(rest)}
			if tr != nil {
				tr.tried = append(tr.tried, patternTry{rule: m.rule, matched: true, code: g.code, why: ""})
			}
			// A default never beats a pattern of its own group.
			if !found || best.group != g && m.specificity > best.specificity {
				consider(m)
			} else if particle >= 0 && slices.Contains(rest, particle) && (!foundPhrasal || phrasal.group != g && m.specificity > phrasal.specificity) {
				keepPhrasal(m)
			}
		}
	}
	if foundPhrasal {
		return phrasal, true
	}
	switch {
	case !foundPlain:
	case best.pattern == plain.pattern && best.group == plain.group:
		// The pattern that names the target says nothing of the noun's
		// kind, its modifiers do: "a political attack on Georgia"
		// criticises (111, not 190), "the legal battle between Apple and
		// Samsung" is no battle.
		switch {
		case !foundKind || best.code == kind.code || strings.HasPrefix(best.code, "---"):
		case v.kindBlocker(kind):
			best = kind
		default:
			best.plainCode, best.kindID = best.code, kind.pattern.id
			best.code, best.reverse = kind.code, kind.reverse
			best.rule += "+" + kind.pattern.id
		}
	case best.code != plain.code && best.pattern != nil:
		// The best pattern names the kind by the noun's modifiers or its
		// anchor phrase ("air * on +", "air strikes").
		best.plainCode, best.kindID = plain.code, best.pattern.id
	}
	return best, found
}

// namesKind reports whether m is a noun pattern that names the kind of
// thing the noun is by modifiers before it alone, coding an event for it
// ("political attack", "military aid") or none ("legal battle"; see
// kindBlocker).
func (v *sentence) namesKind(m match) bool {
	if strings.HasPrefix(m.code, "---:") || !v.kindPattern(m) {
		return false
	}
	for _, e := range m.pattern.elems[:m.pattern.anchor] {
		if e.kind != elemWord && e.kind != elemSet {
			return false // "$ *": a possessor names no kind
		}
	}
	return true
}

// onlyAddsParticipants reports whether p, a noun pattern, says nothing of
// the noun's kind: before the noun it has at most a possessor ("$ * on +",
// "* against +"). A group default (p nil) says nothing either.
func onlyAddsParticipants(p *pattern) bool {
	if p == nil {
		return true
	}
	if p.kind != nounGroup {
		return false
	}
	for _, e := range p.elems[:p.anchor] {
		if e.kind != elemSource && e.kind != elemTarget {
			return false
		}
	}
	return true
}

// kindBlocker reports whether m is a noun pattern that codes nothing for
// the kind of thing a modifier before the noun makes it ("legal battle",
// "annual meeting", "heart attack"). Such a blocker wins a tie with a
// pattern that codes, and beats a longer one that only names the sides
// (see matchAnchor): the kind decides, whoever the battle is with. A
// preposition ("in protest") or a time ("the March riot") before the noun
// names no kind.
func (v *sentence) kindBlocker(m match) bool {
	return m.code == "---" && m.reverse == "" && v.kindPattern(m)
}

// kindPattern reports whether m is a noun pattern whose words are all
// modifiers of the noun before it, naming its kind.
func (v *sentence) kindPattern(m match) bool {
	p := m.pattern
	if p == nil || p.kind != nounGroup || p.anchor == 0 || p.anchor != len(p.elems)-1 {
		return false
	}
	for _, t := range m.used[m.phrase:] {
		if v.upos[t] == "ADP" || v.lex != nil && v.inClass(v.lex, classTimeWord, t) {
			return false
		}
		if h := v.head[t]; h != m.anchor && !slices.Contains(m.used, h) {
			return false // not the noun's own modifier ("the Government imposed blockades")
		}
	}
	return true
}

// phrasalParticle returns the particle of the verb at a ("off" in "back
// off") when an anchor phrase of groups takes it, or -1.
func (v *sentence) phrasalParticle(a int, key string, groups []*group) int {
	particle := -1
	for _, k := range v.kids[a] {
		if k > a && v.rel[k] == "compound:prt" {
			particle = k
		}
	}
	if particle < 0 {
		return -1
	}
	for _, g := range groups {
		if rest, ok := v.anchorRest(g, a, key); ok && slices.Contains(rest, particle) {
			return particle
		}
	}
	return -1
}

// verbBetween reports whether a verb stands between tokens i and j.
func (v *sentence) verbBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if v.upos[k] == "VERB" {
			return true
		}
	}
	return false
}

// mayMatch reports whether every word element of p has its first word in
// the sentence, a quick test that spares most patterns a full match.
func (v *sentence) mayMatch(p *pattern) bool {
	if v.dict == nil || len(p.wordIDs) != len(p.words) {
		return true
	}
	for _, id := range p.wordIDs {
		if v.present[id/64]&(1<<(id%64)) == 0 {
			return false
		}
	}
	if len(p.setIDs) > 0 {
		if len(v.starts) == 0 {
			v.indexSets()
		}
		for _, id := range p.setIDs {
			if v.setsPresent[id/64]&(1<<(id%64)) == 0 {
				return false
			}
		}
	}
	return true
}

// isNounModifier reports whether noun a is a compound modifier of another
// noun.
func (v *sentence) isNounModifier(a int) bool {
	h := v.head[a]
	return h >= 0 && v.urel[a] == "compound" && (v.upos[h] == "NOUN" || v.upos[h] == "PROPN") && v.upos[a] != "VERB"
}

// scope is the token whose clause a pattern at anchor a searches: the
// anchor, or for a noun modifier the noun it modifies.
func (v *sentence) scope(a int) int {
	if v.isNounModifier(a) {
		return v.head[a]
	}
	return a
}

// anchorRest checks the other words of the anchors of g that key heads
// (the particles of "pull out") and returns the tokens matched, the anchor
// first; the longest anchor phrase wins.
func (v *sentence) anchorRest(g *group, a int, key string) ([]int, bool) {
	anchors := g.byLemma[key]
	if len(anchors) == 1 && len(anchors[0].rest) == 0 && len(anchors[0].before) == 0 {
		v.single[0] = a // the common case: a one-word anchor
		return v.single[:], true
	}
	var best []int
	for _, an := range anchors {
		used, ok := v.anchorWords(g.kind, an, a)
		if ok && len(used) > len(best) {
			best = used
		}
	}
	return best, best != nil
}

// anchorWords matches the other words of a phrase anchor at token a: a
// verb's particles in the tree, a noun phrase's words in sequence.
func (v *sentence) anchorWords(kind groupKind, an anchor, a int) ([]int, bool) {
	used := []int{a}
	if kind == nounGroup {
		lo := a - len(an.before)
		if lo < 0 || !v.wordsAt(lo, an.before) || !v.wordsAt(a+1, an.rest) {
			return nil, false
		}
		used = appendRange(used, lo, a)
		return appendRange(used, a+1, a+1+len(an.rest)), true
	}
	if len(an.before) > 0 {
		// "wire +tap": the words right before the verb.
		lo := a - len(an.before)
		if lo < 0 || !v.wordsAt(lo, an.before) {
			return nil, false
		}
		used = appendRange(used, lo, a)
	}
	cursor := a
	for _, w := range an.rest {
		t := v.findWordAfter(a, cursor, []string{w}, true)
		if t < 0 || v.toInfinitive(t) {
			// An infinitive is a verb of its own: "is set to free 100
			// prisoners" holds no "set free".
			return nil, false
		}
		used = append(used, t)
		cursor = t
	}
	return used, true
}

// toInfinitive reports whether token t is a verb with "to" before it as
// its own dependent.
func (v *sentence) toInfinitive(t int) bool {
	if v.upos[t] != "VERB" {
		return false
	}
	for _, k := range v.kids[t] {
		if k < t && v.lower[k] == "to" {
			return true
		}
	}
	return false
}

// isWord reports whether token t is word w (by lemma, form or hyphenated
// compound).
func (v *sentence) isWord(t int, w string) bool {
	return v.lemma[t] == w || v.lower[t] == w || v.joined[t] == w
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

// contentWord reports whether a part of speech is that of a noun, verb,
// adjective or number, which cannot be a phrasal verb's particle.
func contentWord(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "VERB", "ADJ", "NUM":
		return true
	}
	return false
}

// findWordAfter returns the first token after cursor in a's clause that
// starts the word sequence ws (matched by lemma or lowercased form), or -1.
// With near set, the token must be a direct dependent of a or of a's
// dependents (particles, objects).
func (v *sentence) findWordAfter(a, cursor int, ws []string, near bool) int {
	scope := v.scope(a)
	for t := cursor + 1; t+len(ws)-1 < v.n; t++ {
		if !v.wordsAt(t, ws) || !v.inClause(scope, t) {
			continue
		}
		if near && v.head[t] != a && (v.head[t] < 0 || v.head[v.head[t]] != a || contentWord(v.upos[t]) && !adjectiveParticle(v, a, t)) {
			// A word of the phrase hangs from the anchor; only a particle
			// the parser made the preposition of the object ("handed over
			// the aid") hangs one below, not a noun deeper in the object
			// ("took advantage of border controls" takes no control).
			continue
		}
		return t
	}
	return -1
}

// otherVerbsParticle reports whether t is the particle of a verb other than
// anchor a ("down" in "using the Olympics as an excuse to crack down"):
// it completes that verb, not a's pattern.
func (v *sentence) otherVerbsParticle(a, t int) bool {
	h := v.head[t]
	return v.tok(t).XPOS == "RP" && h >= 0 && h != a && v.upos[h] == "VERB"
}

// adjectiveParticle reports whether t, right after verb a, is an adjective
// the parser made a modifier of a's object: "let free activists", "set free
// the hostages" read "free" as describing them.
func adjectiveParticle(v *sentence, a, t int) bool {
	return t == a+1 && v.upos[t] == "ADJ" && v.rel[t] == "amod"
}

// adjacentWord returns t when the words ws start right after cursor (one
// determiner or adverb may intervene) and no verb of another clause lies in
// between: the parser sometimes hangs a preposition off the wrong word
// ("met with Syrian President Assad" with "with" under a later verb).
func (v *sentence) adjacentWord(a, cursor int, e *elem) (int, int) {
	for t := cursor + 1; t <= cursor+2 && t < v.n; t++ {
		if n := v.seqAt(t, e); n > 0 && v.upos[t] == "ADP" {
			return t, n
		}
		if v.upos[t] != "DET" && v.upos[t] != "ADV" && v.upos[t] != "PART" {
			return -1, 0
		}
	}
	return -1, 0
}

// findWordBefore is findWordAfter for words before the anchor; it returns
// the last token before cursor. With wide set (petrarch style), a token of
// a clause that governs the anchor's also counts ("SAID *").
func (v *sentence) findWordBefore(a, cursor int, e *elem, wide bool) (int, int) {
	scope := v.scope(a)
	for t := cursor - 1; t >= 0; t-- {
		n := v.seqAt(t, e)
		if n == 0 || t+n > cursor {
			continue
		}
		if v.inClause(scope, t) || wide && v.governingClause(t, scope) {
			return t, n
		}
	}
	return -1, 0
}

// clauseTop returns the head of the clause token t belongs to: t itself or
// the nearest ancestor whose arc starts a clause, or the root.
func (v *sentence) clauseTop(t int) int {
	for steps := 0; steps <= v.n; steps++ {
		if v.clauseBoundary(t) || v.head[t] < 0 {
			return t
		}
		t = v.head[t]
	}
	return t
}

// governingClause reports whether token t belongs to the clause of a or to
// a clause that a's clause depends on.
func (v *sentence) governingClause(t, a int) bool {
	top := v.clauseTop(t)
	return top == v.clauseTop(a) || v.dominates(top, a)
}

// seqAt returns the number of tokens a word element (a word, a phrase, or
// a sequence with sets) matches starting at token t, or 0.
func (v *sentence) seqAt(t int, e *elem) int {
	if e.seq == nil {
		if v.wordsAt(t, e.words) {
			return len(e.words)
		}
		return 0
	}
	pos := t
	for k, w := range e.words {
		if pos >= v.n {
			return 0
		}
		if ws := e.seq[k]; ws != nil {
			n := v.setAt(ws, pos)
			if n == 0 {
				return 0
			}
			pos += n
			continue
		}
		if strings.HasPrefix(w, "&") || !v.isWord(pos, w) {
			return 0 // an unresolved set, or another word
		}
		pos++
	}
	return pos - t
}

func (v *sentence) wordsAt(t int, ws []string) bool {
	if len(ws) == 0 {
		return true
	}
	if t < 0 || t+len(ws) > v.n {
		return false
	}
	if len(ws) == 1 {
		return v.isWord(t, ws[0])
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
// With trace unset, the reason is "x" (building it would cost more than
// the match).
func (c *Coder) matchPattern(v *sentence, a int, p *pattern, rest, used []int, trace bool) (match, string) {
	m := match{anchor: a, code: p.code, reverse: p.reverse, rule: p.rule, pattern: p, specificity: p.specificity + len(rest) - 1,
		target: -1, source: -1, target2: -1, source2: -1}
	m.used = append(used, rest...)
	m.phrase = len(rest)
	// Elements before the anchor, matched right to left.
	cursor := a
	for i := p.anchor - 1; i >= 0; i-- {
		e := p.elems[i]
		switch e.kind {
		case elemWord, elemSet:
			t, n := c.findElemBefore(v, a, cursor, e, p.legacy)
			if t < 0 && i == p.anchor-1 && p.kind == verbGroup {
				t, n = c.findInAntecedent(v, a, e)
			}
			if t < 0 {
				if !trace {
					return m, "x"
				}
				return m, "no " + describe(e) + " before the anchor"
			}
			m.used = appendRange(m.used, t, t+n)
			m.specificity += n - 1
			cursor = t
		case elemSource:
			// "$ *" names the default source; in noun groups it asks for a
			// possessor, compound or nationality adjective.
			if p.kind == nounGroup {
				s := v.nounModifierSource(a)
				if s < 0 {
					if !trace {
						return m, "x"
					}
					return m, "no possessor or modifier for $"
				}
				if e.actor && v.actorMention(s) < 0 {
					if !trace {
						return m, "x"
					}
					return m, "the modifier names no actor"
				}
				bind(&m.source, &m.source2, s)
			} else if e.actor {
				s := v.subject(a, 0)
				if s < 0 || v.actorMention(s) < 0 {
					if !trace {
						return m, "x"
					}
					return m, "the subject names no actor"
				}
				bind(&m.source, &m.source2, s)
			}
		case elemTarget:
			// In a verb group "+ *" makes the subject the target ("X
			// received aid from $"); in a noun group it is a modifier.
			t := -1
			if p.kind == verbGroup {
				t = v.subject(a, 0)
				m.subjectTarget = true
			} else {
				t = v.nounModifierSource(a)
			}
			if t < 0 {
				if !trace {
					return m, "x"
				}
				return m, "nothing for + before the anchor"
			}
			if e.actor && v.actorMention(t) < 0 {
				if !trace {
					return m, "x"
				}
				return m, "the modifier names no actor"
			}
			bind(&m.target, &m.target2, t)
		case elemAny:
			if cursor == 0 {
				if !trace {
					return m, "x"
				}
				return m, "no token for %"
			}
			cursor--
		}
	}
	// Elements after the anchor, left to right. The pattern goes on after
	// the anchor phrase's words that follow the verb right away; a particle
	// after the object ("put their tools down") leaves the object to the
	// pattern. A preposition of a phrase
	// ("handed Guyana a victory over the hosts") is no such particle, nor
	// a word after another verb ("ordered the army to throw out").
	cursor = a
	for _, t := range rest {
		if t == cursor+1 || t > cursor && (v.urel[t] == "case" || v.verbBetween(cursor, t)) {
			cursor = t
		}
	}
	if p.kind == verbGroup && !p.legacy && v.prepositionTargetAfterObject(a, p) {
		if !trace {
			return m, "x"
		}
		return m, "the verb's object names the actor the preposition's phrase would"
	}
	prev := a // token matched by the previous element
	prevKind := elemAnchor
	particles := rest[1:]
	v.phraseWords = particles
	for i := p.anchor + 1; i < len(p.elems); i++ {
		e := p.elems[i]
		switch e.kind {
		case elemWord, elemSet:
			// A word the anchor phrase already matched ("pull out" with
			// "* out of +") is taken from the phrase.
			t, n := -1, 0
			if e.kind == elemWord && len(e.words) == 1 {
				for j, pt := range particles {
					if v.isWord(pt, e.words[0]) {
						t, n = pt, 1
						particles = particles[j+1:]
						break
					}
				}
			}
			for search := cursor; t < 0; {
				t, n = c.findElemAfter(v, a, search, e, i == p.anchor+1 && p.kind == verbGroup, i == p.anchor+1 && i == len(p.elems)-1, p.legacy)
				if t < 0 || v.attachedHere(a, t, n, prev, &m) && !(e.kind == elemSet && (prevKind == elemTarget || prevKind == elemSource) && v.inApposition(t+n-1, prev)) &&
					!(prevKind == elemWord && !v.inMarkedPhrase(prev, t, n, v.scope(a))) {
					break
				}
				search, t = t, -1
			}
			if t >= 0 && e.kind == elemWord && (prevKind == elemTarget || prevKind == elemSource) && v.toInfinitive(t) {
				// An infinitive after the target is a verb of its own:
				// "Israel is set to free 100 prisoners" is no "* + free".
				t = -1
			}
			if t < 0 && i == p.anchor+1 && p.kind == verbGroup {
				// In a passive clause the subject stands for the object
				// ("sanctions were imposed on Iran", "evidence against
				// Russia was presented"): the pattern goes on inside it.
				if sp := v.childExact(a, "nsubj:pass"); sp >= 0 {
					lo, hi := v.phrase(sp)
					if lo < a {
						// The words are the subject's own, not those of a
						// phrase inside it ("an ambulance from the
						// Emergency Medical Service was called").
						if st, sn := c.findElemIn(v, lo, min(hi, a-1), e); st >= 0 && (st+sn-1 == sp || v.head[st+sn-1] == sp) {
							t, n = st, sn
							m.used = appendRange(m.used, t, t+n)
							m.specificity += n - 1
							cursor = t + n - 1
							prev, prevKind = t+n-1, e.kind
							continue
						}
					}
				}
			}
			if t < 0 && e.kind == elemWord && (prevKind == elemAnchor || prevKind == elemTarget || prevKind == elemSource) {
				t, n = v.adjacentWord(a, cursor, &e)
			}
			if t < 0 && e.kind == elemWord && len(e.words) == 1 && prevKind == elemAnchor {
				// "denied that ...": the complementiser belongs to the
				// anchor's clausal complement, not to its own clause.
				t = v.complementiser(a, e.words[0])
				n = 1
			}
			if t < 0 && e.kind == elemWord && len(e.words) == 1 && e.words[0] == "for" && (prevKind == elemTarget || prevKind == elemSource) {
				// "attacked Moscow for cutting subsidies": "for" marks a
				// gerund clause of the anchor, the reason.
				t = v.gerundMarker(a, cursor, "for")
				n = 1
			}
			if t < 0 {
				if !trace {
					return m, "x"
				}
				return m, "no " + describe(e) + " after the anchor"
			}
			m.used = appendRange(m.used, t, t+n)
			m.specificity += n - 1
			cursor = max(cursor, t+n-1)
			prev, prevKind = t+n-1, e.kind
		case elemTarget, elemSource:
			t := v.slot(a, prev, prevKind, cursor)
			if t >= 0 && t != a && slices.Contains(m.used[:m.phrase], t) {
				t = v.phraseSlot(a, t, &m)
			}
			if t < 0 {
				if !trace {
					return m, "x"
				}
				return m, "nothing for " + describe(e) + " after " + v.lower[prev]
			}
			if e.actor && c.lex.hasCode(classWholeActor, p.code) && !v.actorItself(t) {
				// One hosts actors, not their things:
				// "receives Venezuelan imports", "received Kurdish
				// suggestions".
				if !trace {
					return m, "x"
				}
				return m, describe(e) + " names a thing of an actor, not one"
			}
			if e.actor && e.kind == elemTarget && placeGoal(p.code) && v.actorMention(t) < 0 && v.placeParticipant(t) != nil {
				// A place with a country is where one goes: "arrived in
				// Beijing" visits China.
				m.placeTarget = true
			} else if e.actor && v.actorMention(t) < 0 || v.mentionFor(t) < 0 && c.isTime(v, t) {
				// "imported oil in May": a time, not a participant.
				if !trace {
					return m, "x"
				}
				if e.actor {
					return m, describe(e) + " names no actor"
				}
				return m, describe(e) + " names a time"
			}
			if e.kind == elemTarget {
				bind(&m.target, &m.target2, t)
			} else {
				bind(&m.source, &m.source2, t)
			}
			cursor = max(cursor, t)
			prev, prevKind = t, e.kind
		case elemAny:
			if cursor+1 >= v.n {
				if !trace {
					return m, "x"
				}
				return m, "no token for %"
			}
			if prevKind == elemWord && v.isWord(prev, "to") && v.urel[prev] != "mark" {
				// "to %" is an infinitive, whatever its verb: not the
				// preposition of "fought to the death".
				if !trace {
					return m, "x"
				}
				return m, "the to before % is no infinitive's"
			}
			cursor++
			prev, prevKind = cursor, elemAny
		}
	}
	return m, ""
}

// inApposition reports whether token t lies in an apposition of the phrase
// headed by p: it describes the participant, it is no second object
// ("release Aya Hijazi, an American aid worker" gives no aid).
func (v *sentence) inApposition(t, p int) bool {
	for x, steps := t, 0; x >= 0 && steps < v.n; x, steps = v.head[x], steps+1 {
		if v.head[x] == p {
			// Set off by a comma: "calling Ramaphosa a coward" is no
			// apposition, whatever the parse.
			lo, _ := v.phrase(x)
			return v.rel[x] == "appos" && lo > 0 && v.lower[lo-1] == ","
		}
	}
	return false
}

// placeGoal reports whether the events of code go to a place, which then
// stands for its country: visits and meetings (04), peacekeepers (074) and
// troops (15) sent there.
func placeGoal(code string) bool {
	return rootOf(code) == "04" || rootOf(code) == "15" || code == "074"
}

// gerundMarker returns the word w after token cursor that marks a gerund
// clause of the anchor a ("for" in "attacked Moscow for cutting"), or -1.
func (v *sentence) gerundMarker(a, cursor int, w string) int {
	for _, k := range v.kids[a] {
		if v.urel[k] != "advcl" || v.tok(k).XPOS != "VBG" {
			continue
		}
		for _, m := range v.kids[k] {
			if v.urel[m] == "mark" && m > cursor && v.isWord(m, w) {
				return m
			}
		}
	}
	return -1
}

// complementiser returns the token that introduces a clausal complement
// of a as word w ("that", "whether"), or -1.
func (v *sentence) complementiser(a int, w string) int {
	for _, k := range v.kids[a] {
		if v.urel[k] != "ccomp" {
			continue
		}
		for _, m := range v.kids[k] {
			if v.urel[m] == "mark" && m > a && v.isWord(m, w) {
				return m
			}
		}
	}
	return -1
}

// actorItself reports whether the phrase headed by t is an actor mention
// itself (or through an apposition, or counts one: "a group of Chinese
// officials"), not a thing an actor's name modifies ("Venezuelan imports").
func (v *sentence) actorItself(t int) bool {
	if v.mention[t] >= 0 {
		return true
	}
	for _, k := range v.kids[t] {
		if v.mention[k] < 0 {
			continue
		}
		if v.rel[k] == "appos" || v.countedBy(k, t) {
			return true
		}
	}
	return false
}

// phraseSlot returns who fills a participant slot that a word t of the
// anchor's own phrase took, when someone else is named: in a passive the
// subject ("workers were held hostage by rebels"), else an object outside
// the phrase ("took the crew hostage"); otherwise t itself ("holding U.S.
// hostages").
func (v *sentence) phraseSlot(a, t int, m *match) int {
	if s := v.childExact(a, "nsubj:pass"); s >= 0 && v.mentionFor(s) >= 0 {
		return s
	}
	for _, k := range v.kids[a] {
		if (v.urel[k] == "obj" || v.urel[k] == "iobj") && !slices.Contains(m.used[:m.phrase], k) && v.mentionFor(k) >= 0 {
			return k
		}
	}
	return t
}

func bind(first, second *int, t int) {
	if *first < 0 {
		*first = t
	} else {
		*second = t
	}
}

func appendRange(s []int, lo, hi int) []int {
	for i := lo; i < hi; i++ {
		s = append(s, i)
	}
	return s
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
		if e.actor {
			return "+!"
		}
		return "+"
	case elemSource:
		if e.actor {
			return "$!"
		}
		return "$"
	}
	return "%"
}

// findElemAfter finds a word or set element after cursor in a's clause; it
// returns the first token and the number of tokens matched. With first
// set, the element comes right after a verb anchor: a noun must then be
// the verb's object ("impose sanctions", not any noun of the clause); with
// particle set the pattern is "* WORD" and a preposition must be the
// verb's particle ("hold on"), not the head of a phrase ("on Monday").
//
// With wide set (petrarch style) the element may also lie in a clause the
// anchor governs ("SAID * WAS UNSATISFACTORY").
func (c *Coder) findElemAfter(v *sentence, a, cursor int, e elem, first, particle, wide bool) (int, int) {
	scope := v.scope(a)
	var ws *wordSet
	if e.kind == elemSet {
		if ws = e.ws; ws == nil {
			return -1, 0
		}
	}
	for t := cursor + 1; t < v.n; t++ {
		n := 0
		if e.kind == elemWord {
			n = v.seqAt(t, &e)
		} else {
			n = v.setAt(ws, t)
		}
		if n == 0 || !v.inClause(scope, t) && !(wide && v.dominates(scope, t)) {
			continue
		}
		if first && !v.objectLike(a, t, n) || e.kind == elemWord && v.otherVerbsParticle(a, t) {
			continue
		}
		if first && !wide && e.kind == elemSet && n == 1 && v.upos[t] == "ADJ" && v.urel[t] == "amod" {
			// An adjective member of a set names no object: "increased
			// its military spending" is no "* &troop". (Legacy
			// dictionaries keep PETRARCH's looser reading.)
			continue
		}
		if first && !wide && v.startsHyphenModifier(t+n-1) {
			// The first part of a hyphenated modifier names no object:
			// "keep the life-support packages" takes no life,
			// "an arms-control treaty" moves no arms.
			continue
		}
		if first && !wide && e.kind == elemSet && c.describesOtherNoun(v, t+n-1) {
			// A set member that only modifies another noun names no
			// object: "pressed global food agencies" asks for no food,
			// "halted a rise in oil prices" cuts no supply.
			continue
		}
		if first && !wide && e.kind == elemSet && n == 1 && v.valueOfOtherNoun(t) {
			// A sum that states what another noun is worth names no
			// money given: "reopened a $35 billion competition".
			continue
		}
		if first && !wide && e.kind == elemSet && n == 1 && v.counts(t) {
			// A word that counts or groups its of-phrase stands for what
			// it counts, which the pattern must name itself: "pushed
			// four rounds of sanctions" seeks no talks.
			continue
		}
		if first && !wide && n == 1 && v.upos[t] == "VERB" && v.head[t] != a {
			// A verb far down the clause is no word of the anchor's
			// phrase ("indicted a Pakistan-based militant": not "base").
			continue
		}
		if particle && n == 1 && v.urel[t] == "case" {
			continue
		}
		return t, n
	}
	return -1, 0
}

// startsHyphenModifier reports whether token t is joined by a hyphen to
// the word after it, both modifying a noun further on ("life-support
// packages"); see hyphenModifier for the word that ends such a modifier.
func (v *sentence) startsHyphenModifier(t int) bool {
	if t+2 >= v.n || v.tok(t+1).Form != "-" || !v.joinsNeighbours(t+1) {
		return false
	}
	h := v.head[t]
	for steps := 0; h >= 0 && h <= t+2 && steps < v.n; steps++ { // bounded: heads form a tree
		h = v.head[h]
	}
	return h > t+2 && (v.urel[t] == "compound" || v.urel[t] == "amod")
}

// describesOtherNoun reports whether token t is a compound modifier of a
// noun after it that names an actor ("food agencies", "oil company"), a
// group of people (animate: "his campaign team") or a measure of the market
// (measure-noun: "oil prices", "rice exports").
func (c *Coder) describesOtherNoun(v *sentence, t int) bool {
	h := v.head[t]
	if h <= t || v.urel[t] != "compound" || v.upos[h] != "NOUN" && v.upos[h] != "PROPN" {
		return false
	}
	return v.mention[h] >= 0 || v.inClass(c.lex, classMeasureNoun, h) || v.inClass(c.lex, classAnimate, h)
}

// inMarkedPhrase reports whether the nouns t..t+n-1, matched after
// preposition p, may be what p marks: not nouns that hang below it through
// a clause or an oblique ("of complicity in human rights abuses" passes;
// "called for sanctions against those responsible for human rights
// violations" asks for no rights). A p that is no
// preposition, or words that are no nouns, pass; so do nouns the parser
// hung elsewhere, unless a preposition of their own comes between (see
// ownPreposition).
func (v *sentence) inMarkedPhrase(p, t, n, scope int) bool {
	if v.urel[p] != "case" {
		return true
	}
	nouns := false
	for k := t; k < t+n; k++ {
		if v.upos[k] == "NOUN" || v.upos[k] == "PROPN" {
			nouns = true
			if !v.deepBelow(v.head[p], k) && !v.ownPreposition(p, k, scope) {
				return true
			}
		}
	}
	return !nouns
}

// ownPreposition reports whether noun k, not below the phrase preposition p
// marks, is in a phrase that another preposition after p marks, which is
// not itself a phrase of the anchor's scope: the parser hung "responsible
// for human rights violations" elsewhere, but "rights" is still what the
// second "for" marks ("met X on Thursday on the sidelines of" passes).
func (v *sentence) ownPreposition(p, k, scope int) bool {
	if v.dominates(v.head[p], k) {
		return false
	}
	h := k
	for steps := 0; steps < v.n && v.head[h] > h && (v.urel[h] == "compound" || v.urel[h] == "flat" || v.urel[h] == "amod"); steps++ {
		h = v.head[h]
	}
	if v.head[h] == scope {
		return false
	}
	for _, c := range v.kids[h] {
		if v.urel[c] == "case" && c > p && c < k {
			return true
		}
	}
	return false
}

// deepBelow reports whether k hangs below host through a clause or an
// oblique of an adjective or verb in host's phrase.
func (v *sentence) deepBelow(host, k int) bool {
	deep := false
	for steps := 0; k >= 0 && steps <= v.n; steps++ {
		if k == host {
			return deep
		}
		switch v.urel[k] {
		case "obl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis":
			deep = true
		}
		k = v.head[k]
	}
	return false
}

// attachedHere reports whether a preposition matched at t heads a phrase of
// the anchor, of the element matched before it, or of a phrase the pattern
// bound: "met with X", "sanctions on X" (not the "on" of a later clause).
// Other words pass.
func (v *sentence) attachedHere(a, t, n, prev int, m *match) bool {
	if n == 1 && v.urel[t] == "mark" {
		// "to", "that": the clause it introduces must be the anchor's.
		host := v.head[t]
		return host >= 0 && (host == v.scope(a) || v.head[host] == v.scope(a) || v.head[host] == prev || slices.Contains(m.used, v.head[host]))
	}
	if n == 1 && v.urel[t] == "fixed" {
		// The "to" of "due to", the "of" of "because of": a part of
		// another preposition.
		return false
	}
	if n != 1 || v.upos[t] != "ADP" || v.urel[t] != "case" {
		return true
	}
	host := v.head[t]
	if host < 0 {
		return false
	}
	scope := v.scope(a)
	if host == scope || host == prev {
		return true
	}
	h2 := v.head[host]
	if h2 < 0 {
		return false
	}
	if v.urel[host] == "conj" {
		h2 = v.head[h2] // "with X and with Y"
		if h2 < 0 {
			return false
		}
	}
	if h2 != scope && h2 != a && h2 != prev && !slices.Contains(m.used, h2) && (v.countedBy(host, h2) || v.partOf(host, h2)) {
		// What a number or quantity counts is no phrase of the anchor,
		// unless the pattern named the counting word: "ordered 272 of
		// the Boxer" demands nothing of anyone.
		return false
	}
	return h2 == scope || h2 == prev || h2 == m.target || h2 == m.source || h2 == a || slices.Contains(m.used, h2) ||
		v.head[h2] == scope && (v.urel[h2] == "obj" || v.urel[h2] == "xcomp" && !v.hasMark(h2, "to"))
}

// findElemIn finds a word or set element within tokens lo..hi.
func (c *Coder) findElemIn(v *sentence, lo, hi int, e elem) (int, int) {
	var ws *wordSet
	if e.kind == elemSet {
		if ws = e.ws; ws == nil {
			return -1, 0
		}
	}
	for t := lo; t <= hi; t++ {
		if e.kind == elemWord {
			if n := v.seqAt(t, &e); n > 0 && t+n-1 <= hi {
				return t, n
			}
		} else if n := v.setAt(ws, t); n > 0 && t+n-1 <= hi {
			return t, n
		}
	}
	return -1, 0
}

// objectLike reports whether tokens t..t+n-1, matched right after verb a,
// may stand for a's object: words that are not nouns pass; a noun must be
// the head of a's object (or complement, or an unmarked nominal), or sit
// inside that noun phrase, or be what a quantity object counts ("launched a
// wave of strikes").
func (v *sentence) objectLike(a, t, n int) bool {
	nominal := false
	for k := t; k < t+n; k++ {
		if v.upos[k] == "NOUN" || v.upos[k] == "PROPN" || v.upos[k] == "NUM" || v.upos[k] == "PRON" {
			nominal = true
		}
	}
	if !nominal {
		return true
	}
	for k := t; k < t+n; k++ {
		h := k
		for steps := 0; steps < 4 && h >= 0 && v.head[h] != a; steps++ {
			switch {
			case v.phraseInternal(h):
			case v.urel[h] == "nmod" && v.head[h] >= 0 && v.quantity(v.head[h]):
			case v.head[h] >= 0 && v.partOf(h, v.head[h]):
			case v.head[h] >= 0 && v.rel[v.head[h]] == "compound:prt" && v.head[v.head[h]] == a:
			default:
				h = -1
				continue
			}
			h = v.head[h]
		}
		if h < 0 || v.head[h] != a {
			continue
		}
		switch v.urel[h] {
		case "obj", "iobj", "xcomp", "ccomp", "nsubj", "dep", "advcl", "conj", "compound":
			return true
		case "obl":
			c := v.childUniversal(h, "case")
			if c < 0 {
				return true // "fell 5 percent"
			}
			if c == a+1 && (v.lex != nil && v.inClass(v.lex, classParticle, c) || slices.Contains(v.phraseWords, c)) {
				// "shut down the internet", "handed over medical supplies":
				// the particle parsed as the preposition of the object.
				return true
			}
			if v.hasCase(h, "in") && v.sumGiven(a) {
				return true // "provided $5 million in aid": the aid is given
			}
		}
	}
	return false
}

// phraseInternal reports whether the arc into k stays inside a noun phrase
// (a compound, modifier, determiner, possessor or conjunct).
func (v *sentence) phraseInternal(k int) bool {
	switch v.urel[k] {
	case "compound", "flat", "amod", "det", "nummod", "conj":
		return true
	}
	return v.rel[k] == "nmod:poss"
}

// countedBy reports whether k is the of-phrase that quantity word h counts
// or groups ("a wave of strikes", "12 of the protesters").
func (v *sentence) countedBy(k, h int) bool {
	return v.ofPhrase(k) && (v.quantity(h) || v.upos[h] == "NUM")
}

// valueOfOtherNoun reports whether money word t (a currency or a large
// number) modifies, alone or through the sum it is part of, a noun that is
// no money word: "a $35 billion competition", "the 700 billion euro ESM".
func (v *sentence) valueOfOtherNoun(t int) bool {
	if v.dict == nil || !v.wordIn(v.dict.money, t) {
		return false
	}
	k := t
	for steps := 0; steps < v.n; steps++ {
		h := v.head[k]
		if h < 0 {
			return false
		}
		switch v.urel[k] {
		case "nummod", "compound", "amod":
		default:
			return false
		}
		if (v.upos[h] == "NOUN" || v.upos[h] == "PROPN") && !v.wordIn(v.dict.money, h) {
			return true
		}
		k = h
	}
	return false
}

// prepositionTargetAfterObject reports whether pattern p goes on from
// anchor a with "on", "upon" or "against" and the target ("* on +") while
// a's direct object names an actor or is a personal pronoun: the object is
// then the one acted on and the prepositional phrase a circumstance
// ("attacked him on national television", "supported Ukraine against
// Russia"). Other prepositions mark a second party the object goes to or
// comes from ("sent a delegation to China").
func (v *sentence) prepositionTargetAfterObject(a int, p *pattern) bool {
	i := p.anchor + 1
	if i+1 >= len(p.elems) || p.elems[i].kind != elemWord || len(p.elems[i].words) != 1 || p.elems[i+1].kind != elemTarget {
		return false
	}
	switch p.elems[i].words[0] {
	case "on", "upon", "against":
	default:
		return false // "sent a delegation to China": the object is what is sent
	}
	o := v.childUniversal(a, "obj")
	if o < 0 || o < a {
		return false
	}
	return v.actorMention(o) >= 0 || v.tok(o).XPOS == "PRP"
}

// counts reports whether quantity word h has an of-phrase it counts or
// groups.
func (v *sentence) counts(h int) bool {
	if !v.quantity(h) {
		return false
	}
	for _, k := range v.kids[h] {
		if v.countedBy(k, h) {
			return true
		}
	}
	return false
}

// partOf reports whether k is the of-phrase that partitive word h takes a
// part of ("some of its troops").
func (v *sentence) partOf(k, h int) bool {
	return v.ofPhrase(k) && v.dict != nil && v.wordIn(v.dict.partitive, h)
}

// ofPhrase reports whether k is an of-phrase modifying its head, which the
// parser hangs as a nominal or, under an adjective ("several of the
// protesters"), an oblique modifier.
func (v *sentence) ofPhrase(k int) bool {
	return (v.urel[k] == "nmod" || v.urel[k] == "obl") && v.hasCase(k, "of")
}

// wordIn reports whether token t's lemma or lowercased form is in words.
func (v *sentence) wordIn(words map[string]bool, t int) bool {
	return words[v.lemma[t]] || words[v.lower[t]]
}

// sumGiven reports whether anchor a's object is a sum of money or a number
// ("provided 28 million euros", "sent $5 million"), after which an
// in-phrase says what is given.
func (v *sentence) sumGiven(a int) bool {
	for _, k := range v.kids[a] {
		if v.urel[k] != "obj" {
			continue
		}
		if v.upos[k] == "NUM" || v.tok(k).XPOS == "$" || v.dict != nil && v.wordIn(v.dict.money, k) {
			return true
		}
	}
	return false
}

// quantity reports whether noun h counts or groups what its of-phrase names
// ("a wave of strikes", "dozens of protesters").
func (v *sentence) quantity(h int) bool {
	return v.dict != nil && v.wordIn(v.dict.quantity, h)
}

// findElemBefore is findElemAfter before the anchor, nearest first.
func (c *Coder) findElemBefore(v *sentence, a, cursor int, e elem, wide bool) (int, int) {
	if e.kind == elemWord {
		return v.findWordBefore(a, cursor, &e, wide)
	}
	ws := e.ws
	if ws == nil {
		return -1, 0
	}
	scope := v.scope(a)
	for t := cursor - 1; t >= 0; t-- {
		if n := v.setAt(ws, t); n > 0 && t+n <= cursor && (v.inClause(scope, t) || wide && v.governingClause(t, scope)) {
			return t, n
		}
	}
	return -1, 0
}

// findInAntecedent finds a word or set element right before verb a in the
// antecedent its relative-pronoun subject stands for: "flooding that has
// killed 51 people" matches "&disaster *".
func (c *Coder) findInAntecedent(v *sentence, a int, e elem) (int, int) {
	for _, k := range v.kids[a] {
		if !strings.HasPrefix(v.rel[k], "nsubj") {
			continue
		}
		ant := v.antecedentOfRelative(k)
		if ant == k || ant > a {
			return -1, 0
		}
		lo, _ := v.phrase(ant)
		return c.findElemIn(v, lo, ant, e)
	}
	return -1, 0
}

// setAt returns the length of the longest member of ws that starts at token
// t, or 0. Sets hold nouns and adjectives: verbs never match ("want to
// help" is not "help").
func (v *sentence) setAt(ws *wordSet, t int) int {
	if v.dict == nil {
		return v.setAtSlow(ws, t)
	}
	if len(v.starts) == 0 {
		v.indexSets()
	}
	n := 0
	for _, h := range v.starts[t] {
		if h.ws == ws && h.n > n {
			n = h.n
		}
	}
	return n
}

// indexSets finds, once per sentence, the set members that start at each
// token.
func (v *sentence) indexSets() {
	v.starts = grow(v.starts, v.n)
	v.setsPresent = grow(v.setsPresent, (len(v.dict.sets)+63)/64)
	clear(v.setsPresent)
	for t := 0; t < v.n; t++ {
		hits := v.starts[t][:0]
		verb := v.upos[t] == "VERB" || v.upos[t] == "AUX"
		if !verb || v.dict.anyPOSSets {
			for k, key := range [3]string{v.lemma[t], v.lower[t], v.joined[t]} {
				if key == "" || k == 1 && key == v.lemma[t] || k == 2 && key == v.lower[t] {
					continue
				}
				var starts []setStart
				if w := v.vocab[t][k]; w != nil {
					starts = w.starts
				}
				for _, st := range starts {
					if verb && !st.ws.anyPOS {
						continue
					}
					if len(st.phrase) == 1 || v.wordsAt(t, st.phrase) {
						hits = append(hits, setHit{st.ws, len(st.phrase)})
						v.setsPresent[st.ws.id/64] |= 1 << (st.ws.id % 64)
					}
				}
			}
		}
		v.starts[t] = hits
	}
}

func (v *sentence) setAtSlow(ws *wordSet, t int) int {
	if (v.upos[t] == "VERB" || v.upos[t] == "AUX") && !ws.anyPOS {
		return 0
	}
	for _, key := range [3]string{v.lemma[t], v.lower[t], v.joined[t]} {
		if key == "" {
			continue
		}
		for _, ph := range ws.byFirst[key] {
			if len(ph) == 1 || v.wordsAt(t, ph) {
				return len(ph)
			}
		}
	}
	return 0
}

// nounModifierSource returns the actor-like modifier of a noun anchor: its
// possessor, compound or adjective ("Blinken's trip", "U.S. sanctions",
// "Chinese sanctions"), or -1.
func (v *sentence) nounModifierSource(a int) int {
	for _, rel := range []string{"nmod:poss", "compound", "amod"} {
		for _, k := range v.kids[a] {
			if v.rel[k] != rel || k > a {
				continue
			}
			// An adjective counts only when it names an actor ("Chinese"),
			// not "first" or "seven-week".
			if rel == "amod" && v.mention[k] < 0 {
				continue
			}
			if anti, pro := v.stanceOn(k); anti || pro {
				continue // "anti-government protests": the government is what they are against
			}
			if subj := v.verbObjectSubject(a); rel == "amod" && subj >= 0 && v.supports(v.head[a]) && !v.hasCountry(v.mention[k]) && v.mentionFor(subj) >= 0 {
				// "the US continued military aid", "Israel launched military
				// strikes": an adjective that names only a sector says what
				// kind of event; the verb's subject does it.
				continue
			}
			if rel == "compound" && v.upos[k] != "NOUN" && v.upos[k] != "PROPN" {
				continue
			}
			if rel == "compound" && v.lex != nil && v.cityMention(k) && v.inClass(v.lex, classVenueNoun, a) {
				// "the Oslo accords", "the Geneva talks": a city before a
				// gathering or a pact names where it was held.
				continue
			}
			if rel == "compound" && v.upos[k] == "NOUN" && v.mentionFor(k) < 0 && v.verbObjectSubject(a) >= 0 {
				// "X paid a courtesy visit", "X held peace talks": the
				// verb's subject does it, not the common noun.
				continue
			}
			return k
		}
	}
	return -1
}

// stanceOn reports whether the actor named in token k is named after
// "anti-" or "pro-" within the word ("anti-government", "anti-U.S.",
// "pro-Kremlin"): what the word is against or for, not who.
func (v *sentence) stanceOn(k int) (anti, pro bool) {
	mi := v.mention[k]
	if mi < 0 || mi >= len(v.doc.Mentions) {
		return false, false
	}
	tok, start := v.tok(k), v.doc.Mentions[mi].Span.Start
	if start <= tok.Span.Start || start > tok.Span.End || start > len(v.doc.Text) {
		return false, false
	}
	prefix := strings.ToLower(v.doc.Text[tok.Span.Start:start])
	return strings.HasSuffix(prefix, "anti-") || prefix == "anti", strings.HasSuffix(prefix, "pro-")
}

// antiModifier returns the modifier before noun a that names what the noun
// is against ("anti-Japanese demonstrations"), or -1.
func (v *sentence) antiModifier(a int) int {
	for _, k := range v.kids[a] {
		if anti, _ := v.stanceOn(k); anti && k < a && (v.urel[k] == "amod" || v.urel[k] == "compound") {
			return k
		}
	}
	return -1
}

// verbObjectSubject returns the subject of the verb whose object noun a is,
// or -1.
func (v *sentence) verbObjectSubject(a int) int {
	if h := v.head[a]; h >= 0 && v.urel[a] == "obj" && v.upos[h] == "VERB" && v.urel[h] != "acl" {
		return v.subject(h, 0) // not a participle's noun ("inaction on pending deals")
	}
	return -1
}

// slot finds the noun phrase a + or $ binds after the element matched at
// prev (see FORMAT.md).
func (v *sentence) slot(a, prev int, prevKind elemKind, cursor int) int {
	if prevKind == elemWord || prevKind == elemSet {
		switch v.urel[prev] {
		case "case", "mark":
			// A preposition: the noun it marks (not an infinitive: "agreed
			// to meet").
			// (Never a punctuation mark the parser hung it on: "met with
			// President Obama, where ..." with "with" under the full stop.)
			if h := v.head[prev]; h > prev && v.upos[h] != "PUNCT" && !(v.upos[h] == "VERB" || v.upos[h] == "AUX" || v.isVerbal(h)) && !v.copulaInfinitive(prev, h) {
				return h
			}
			if v.urel[prev] == "mark" && v.upos[prev] == "PART" {
				return -1 // an infinitive: "agreed to meet"
			}
		case "cc":
			// "between X and Y": the conjunct the coordinator joins.
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
		if v.upos[prev] == "ADP" || v.upos[prev] == "CCONJ" {
			// A preposition left dangling by the parser: the next noun.
			for t := prev + 1; t < v.n && t <= prev+4; t++ {
				if isNominal(v.upos[t]) {
					return v.nounHeadFrom(t)
				}
				if v.upos[t] == "VERB" || v.upos[t] == "PUNCT" {
					break
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

// copulaInfinitive reports whether the "to" at mark introduces an infinitive
// of "be" whose predicate is the noun h: "is going to be a lot of people"
// names no destination.
func (v *sentence) copulaInfinitive(mark, h int) bool {
	if v.urel[mark] != "mark" || v.upos[mark] != "PART" {
		return false
	}
	for _, k := range v.kids[h] {
		if k > mark && k < h && v.urel[k] == "cop" {
			return true
		}
	}
	return false
}

// object returns the direct object of a (or, in a passive clause, the
// passive subject), or -1.
func (v *sentence) object(a int) int {
	if o := v.childUniversal(a, "obj"); o >= 0 {
		return o
	}
	if o := v.childUniversal(a, "iobj"); o >= 0 {
		return o
	}
	if o := v.childExact(a, "nsubj:pass"); o >= 0 && v.engagedSubject(a) < 0 {
		return o
	}
	if h := v.head[a]; h >= 0 && v.urel[a] == "xcomp" && v.tok(a).XPOS == "VBN" && v.childUniversal(a, "obj") < 0 {
		// "arrested five people accused of spying": the controlling
		// object undergoes the participle.
		if o := v.childUniversal(h, "obj", "iobj"); o >= 0 {
			return o
		}
	}
	if h := v.head[a]; h >= 0 && v.urel[a] == "conj" && v.tok(a).XPOS == "VBN" && v.childUniversal(a, "nsubj", "obj") < 0 {
		// "She was found and arrested", "were detained and later freed":
		// a participle conjunct shares the first one's passive subject.
		if o := v.childExact(h, "nsubj:pass"); o >= 0 {
			return o
		}
	}
	if v.head[a] >= 0 && v.rel[a] == "acl" && v.tok(a).XPOS == "VBN" && v.childUniversal(a, "obj") < 0 &&
		v.childUniversal(a, "xcomp") < 0 {
		// "the prisoners freed on Monday", but not the company named in
		// "a company called Multiconsult".
		return v.head[a]
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
		case "compound", "flat", "amod", "det", "nummod", "nmod:poss", "nmod:desc":
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
