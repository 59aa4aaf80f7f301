package event

import (
	"github.com/parleyproject/parley/text"
)

// sources returns the event's source participants.
func (c *Coder) sources(v *sentence, m match) []*text.Participant {
	var toks []int
	switch {
	case m.source >= 0:
		toks = append(toks, m.source)
		if m.source2 >= 0 {
			toks = append(toks, m.source2)
		}
	case m.group != nil && m.group.kind == nounGroup:
		if s := v.nounSource(m.anchor); s >= 0 {
			toks = append(toks, s)
		}
	default:
		if s := v.subject(m.anchor, 0); s >= 0 {
			toks = append(toks, s)
		}
	}
	var out []*text.Participant
	for _, t := range toks {
		out = append(out, c.participantsAt(v, t, true)...)
	}
	return out
}

// targets returns the event's target participants. Without a + in the
// pattern, an object that names an actor is the target.
func (c *Coder) targets(v *sentence, m match) []*text.Participant {
	if m.target >= 0 {
		out := c.participantsAt(v, m.target, true)
		if m.target2 >= 0 {
			out = append(out, c.participantsAt(v, m.target2, true)...)
		}
		return out
	}
	var o int
	if m.group != nil && m.group.kind == nounGroup {
		o = v.nounTarget(m.anchor)
	} else {
		o = v.object(m.anchor)
		if o >= 0 && v.rel[o] == "nsubj:pass" && v.agent(m.anchor) < 0 && m.source < 0 {
			// "Ten people were killed": the passive subject is the target.
			return c.participantsAt(v, o, false)
		}
	}
	if o < 0 {
		return c.reciprocal(v, m)
	}
	ps := c.participantsAt(v, o, false)
	if len(ps) == 0 {
		return c.reciprocal(v, m)
	}
	return ps
}

// reciprocal makes coordinated subjects each other's targets when the event
// has no other target ("China and Russia held talks").
func (c *Coder) reciprocal(v *sentence, m match) []*text.Participant {
	if m.group == nil || m.group.kind != verbGroup || m.source >= 0 {
		return nil
	}
	s := v.subject(m.anchor, 0)
	if s < 0 || len(v.conjuncts(s)) < 2 {
		return nil
	}
	return c.participantsAt(v, s, false)
}

// participantsAt resolves the noun phrase at token t (and its conjuncts) to
// participants. With keepUnresolved, a phrase that names no known actor is
// still returned, with an empty code.
func (c *Coder) participantsAt(v *sentence, t int, keepUnresolved bool) []*text.Participant {
	var out []*text.Participant
	for _, k := range v.conjuncts(t) {
		k = v.antecedentOfRelative(k)
		if mi := v.mentionFor(k); mi >= 0 {
			mn := v.doc.Mentions[mi]
			for _, a := range mn.Actors {
				out = append(out, &text.Participant{Text: v.doc.SpanText(mn.Span), Span: mn.Span, Actor: a})
			}
			continue
		}
		// An unresolved pronoun says nothing; an unresolved noun phrase
		// still tells users who acted ("a car bomb").
		if keepUnresolved && v.upos[k] != "PRON" {
			lo, hi := v.phrase(k)
			sp := v.span(lo, hi)
			out = append(out, &text.Participant{Text: v.doc.SpanText(sp), Span: sp})
		}
	}
	return out
}

// mentionFor finds the actor mention for the phrase headed by t: the mention
// covering t, else one inside the phrase ("the head of the Iranian
// parliament", "officials from Iraq").
func (v *sentence) mentionFor(t int) int {
	if v.mention[t] >= 0 {
		return v.mention[t]
	}
	queue := []int{t}
	for depth := 0; depth < 3 && len(queue) > 0; depth++ {
		var next []int
		for _, h := range queue {
			for _, pref := range []string{"nmod:poss", "compound", "amod", "nmod", "appos", "flat", "det"} {
				for _, k := range v.kids[h] {
					if v.rel[k] != pref && !(v.urel[k] == pref && pref == "nmod") {
						continue
					}
					if v.mention[k] >= 0 {
						return v.mention[k]
					}
					next = append(next, k)
				}
			}
		}
		queue = next
	}
	return -1
}

// antecedentOfRelative maps a relative pronoun ("who", "which", "that")
// to the noun its clause modifies.
func (v *sentence) antecedentOfRelative(t int) int {
	if v.upos[t] != "PRON" && v.upos[t] != "DET" {
		return t
	}
	switch v.lemma[t] {
	case "who", "which", "that", "whom", "whose":
	default:
		return t
	}
	clause := v.head[t]
	if clause >= 0 && v.rel[clause] == "acl:relcl" && v.head[clause] >= 0 {
		return v.head[clause]
	}
	return t
}

// agent returns the "by" phrase of a passive verb, or -1.
func (v *sentence) agent(a int) int {
	if k := v.childExact(a, "obl:agent"); k >= 0 {
		return k
	}
	for _, k := range v.kids[a] {
		if v.urel[k] == "obl" && v.hasCase(k, "by") {
			return k
		}
	}
	return -1
}

func (v *sentence) passive(a int) bool {
	return v.childExact(a, "nsubj:pass", "aux:pass", "csubj:pass") >= 0
}

// subject finds who performs the action of verb a: its subject, the agent
// of a passive, or a subject shared through coordination, control or a
// participle clause. It returns -1 when there is none.
func (v *sentence) subject(a, depth int) int {
	if depth > 8 {
		return -1
	}
	if v.passive(a) {
		return v.agent(a)
	}
	for _, k := range v.kids[a] {
		if v.rel[k] == "nsubj" || v.rel[k] == "nsubj:outer" || v.urel[k] == "csubj" && v.rel[k] != "csubj:pass" {
			return v.antecedentOfRelative(k)
		}
	}
	h := v.head[a]
	if h < 0 {
		return -1
	}
	switch v.urel[a] {
	case "conj":
		if v.isVerbal(h) || v.upos[h] == "VERB" {
			return v.subject(h, depth+1)
		}
	case "xcomp":
		// Object control ("urged Iran to stop") or subject control
		// ("agreed to meet").
		if o := v.childUniversal(h, "obj", "iobj"); o >= 0 {
			return o
		}
		return v.subject(h, depth+1)
	case "acl":
		if v.rel[a] == "acl:relcl" {
			return h
		}
		if v.tok(a).XPOS == "VBG" {
			return h // "troops attacking the town"
		}
		return -1
	case "advcl":
		if !v.hasOwnSubject(a) {
			return v.subject(h, depth+1)
		}
	}
	return -1
}

func (v *sentence) hasOwnSubject(a int) bool {
	return v.childUniversal(a, "nsubj", "csubj", "expl") >= 0
}

// nounSource finds the source of a noun anchor: a possessor, compound or
// nationality adjective naming an actor, an agent phrase, or the subject of
// the verb the noun is the object of ("X launched strikes").
func (v *sentence) nounSource(a int) int {
	if s := v.nounModifierSource(a); s >= 0 && v.mentionFor(s) >= 0 {
		return s
	}
	for _, k := range v.kids[a] {
		if v.urel[k] == "nmod" && v.hasCase(k, "by", "from") {
			return k
		}
	}
	if h := v.head[a]; h >= 0 && (v.urel[a] == "obj" || v.urel[a] == "obl") && v.upos[h] == "VERB" {
		return v.subject(h, 0)
	}
	return -1
}

// nounTarget finds the target of a noun anchor without a pattern slot: a
// nominal modifier marked "on", "against", "with", "to" or "of".
func (v *sentence) nounTarget(a int) int {
	for _, k := range v.kids[a] {
		if v.urel[k] == "nmod" && v.hasCase(k, "on", "against", "with", "to", "of", "for", "toward", "towards") {
			return k
		}
	}
	return -1
}
