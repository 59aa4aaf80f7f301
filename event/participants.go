package event

import (
	"slices"
	"strings"

	"github.com/parleyproject/parley/text"
)

// participants returns the sources and targets of a candidate after its
// frame: an appeal or demand goes from the speaker to the addressee; a
// pronoun subject in reported speech stands for the speaker ("X said it
// will ..."). mode says how they pair (see pairing).
func (c *Coder) participants(v *sentence, cd *candidate) (sources, targets []*text.Participant, mode pairing) {
	m := cd.m
	sources = c.sources(v, m)
	targets = c.targets(v, m)
	fr := cd.fr
	speaker := fr.speaker
	if speaker >= 0 && v.upos[speaker] == "PRON" && v.mention[speaker] < 0 && fr.governor >= 0 {
		// "Iran said it agreed to meet the envoy": the pronoun that
		// intends, asks or demands stands for whoever reports it.
		if r := c.reportVerb(v, fr.governor); r >= 0 {
			if s := v.subject(r, 0); s >= 0 && s != speaker && v.pronounFits(speaker, s) {
				speaker = s
			}
		}
	}
	// The reporter stands in for the pronoun when the event is the
	// pronoun's own ("agreed to meet", "agreed to talks"), not another
	// subject's ("agreed that inspectors would visit").
	anchorSubject := v.subject(m.anchor, 0)
	reporter := speaker != fr.speaker && (anchorSubject < 0 || anchorSubject == fr.speaker)
	if speaker >= 0 && len(onlyResolved(sources)) == 0 && m.source < 0 && (reporter || v.unresolvedPronounSubject(m.anchor) &&
		(m.group != nil && m.group.legacy || v.pronounFits(anchorSubject, speaker))) {
		sources = c.participantsAt(v, speaker, true)
	}
	if cd.transformed && fr.kind == refuseForm && fr.governor >= 0 && v.inClass(c.lex, classRefuseGov, fr.governor) {
		s := v.subject(fr.governor, 0)
		switch o := v.subject(m.anchor, 0); {
		case s < 0:
		case m.subjectTarget && len(onlyResolved(targets)) > 0:
			// "Venezuela refused to accept aid from the United States":
			// the one who would have received it refuses the giver.
			sources, targets = targets, sources
		case len(onlyResolved(sources)) == 0:
			// "Sisi rejected appeals to release Hijazi": the one who
			// refuses is the one who does not do it.
			if ps := c.participantsAt(v, s, true); len(onlyResolved(ps)) > 0 {
				sources = ps
			}
		case o >= 0 && v.rel[o] == "nmod:poss" && v.head[o] >= 0 && v.head[v.head[o]] == fr.governor:
			// "Obama rejected Iran's offer to hold talks": Obama refuses
			// what Iran offered.
			if ps := c.participantsAt(v, s, true); len(onlyResolved(ps)) > 0 {
				sources, targets = ps, sources
			}
		}
	}
	if cd.transformed && (fr.kind == appealForm || fr.kind == demandForm || fr.kind == allegeForm) {
		asked := sources
		sources = nil
		if speaker >= 0 {
			sources = c.participantsAt(v, c.sender(v, speaker), true)
		}
		switch {
		case fr.kind == allegeForm && fr.selfClaim:
			targets = c.targets(v, m) // a claim of responsibility for an act against them
		case fr.addressee >= 0 && c.isTime(v, fr.addressee):
			// A time the parser made the clause's subject names no one
			// asked: "pushing since early September to change the treaty".
			targets = nil
		case fr.addressee >= 0:
			targets = c.participantsAt(v, fr.addressee, true)
		case len(onlyResolved(asked)) > 0:
			targets = asked
		}
	}
	if len(onlyResolved(targets)) == 0 && (c.lex.hasCode(classViolence, m.code) || rootOf(m.code) == "13") {
		// "Israel said a mortar bomb was fired at it": the pronoun an
		// attack or a threat reported is done to stands for the reporter
		// (of other events "it" is as often a thing: "said parliament
		// would back it").
		if ps := c.reporterAsTarget(v, m); ps != nil {
			targets = ps
		}
	}
	if !cd.transformed && m.target >= 0 && v.inClass(c.lex, classExpelVerb, m.anchor) && v.hasCase(m.target, "from") {
		// "Two UN inspectors were expelled from North Korea": the country
		// expelled them, and those expelled are the passive subject;
		// "Britain expelled Russian diplomats from London": the object.
		switch passive := v.passive(m.anchor); {
		case passive && v.agent(m.anchor) < 0:
			if ps := c.participantsAt(v, v.childExact(m.anchor, "nsubj:pass"), true); len(onlyResolved(ps)) > 0 {
				sources, targets = targets, ps
			}
		case !passive:
			if ps := c.participantsAt(v, v.object(m.anchor), true); len(onlyResolved(ps)) > 0 {
				targets = ps
			}
		}
	}
	sources = c.issuedBy(v, sources)
	if !cd.transformed && placeSourced(cd.code) {
		targets = c.localVictims(v, m.anchor, targets)
	}
	if m.source >= 0 && m.target >= 0 {
		for _, k := range v.conjuncts(m.source) {
			if k == m.target {
				mode = eachToEach
			}
		}
	}
	// "X held talks with Y", "X clashed with Y": a symmetric event with
	// its partner is coded both ways; an intention is only its speaker's
	// ("Iran plans talks with Egypt": Egypt said nothing).
	if mode == oneWay && !cd.transformed && m.target >= 0 && v.hasCase(m.target, "with") && c.lex.has(classSymmetric, cd.code) &&
		!strings.HasPrefix(cd.code, "03") {
		mode = bothWays
	}
	return sources, targets, mode
}

// reporterAsTarget returns the reporter of the clause of match m when the
// event is done to "it" or "them" (an object) and the pronoun can stand for
// the reporter, an actor named by the report's subject itself, who is not
// the event's own subject; nil otherwise.
func (c *Coder) reporterAsTarget(v *sentence, m match) []*text.Participant {
	t := m.target
	if t < 0 {
		t = v.object(m.anchor)
	}
	if t < 0 || v.upos[t] != "PRON" || v.mention[t] >= 0 || (v.lower[t] != "it" && v.lower[t] != "them") {
		return nil
	}
	switch v.urel[t] {
	case "obj", "iobj", "obl": // not a subject ("it is committed") or an expletive
	default:
		return nil
	}
	r := c.reportVerb(v, m.anchor)
	if r < 0 {
		return nil
	}
	s := v.subject(r, 0)
	if s < 0 || s == v.subject(m.anchor, 0) || !v.pronounFits(t, s) || v.mention[s] < 0 {
		return nil
	}
	return onlyResolved(c.participantsAt(v, s, true))
}

// localVictims gives the targets of coercion and violence known only by a
// local sector (local-sector: civilians, protesters, …) the country the
// event happened in ("four children were killed in the Gaza Strip":
// PSECVL), as PETRARCH and Phoenix code them. Soldiers, companies or
// officials killed somewhere are often foreign, so they keep no country.
func (c *Coder) localVictims(v *sentence, anchor int, targets []*text.Participant) []*text.Participant {
	country, looked := "", false
	out := targets
	for i, t := range targets {
		if t == nil || t.Country != "" || t.Kind != text.KindSector || !strings.HasPrefix(t.Code, "---") || !c.sectorsIn(t, classLocalSector) {
			continue
		}
		if !looked {
			country, looked = c.placeCountryCode(v, anchor), true
		}
		if country == "" {
			return out
		}
		if &out[0] == &targets[0] {
			out = slices.Clone(targets)
		}
		local := *t
		local.PlaceIn(country)
		out[i] = &local
	}
	return out
}

// countryAdjective returns the adjective before noun k that names a
// country's actor ("Israeli" in "an Israeli air strike"), or -1.
func (v *sentence) countryAdjective(k int) int {
	for _, j := range v.kids[k] {
		if v.rel[j] == "amod" && j < k && v.mention[j] >= 0 && v.hasCountry(v.mention[j]) {
			return j
		}
	}
	return -1
}

// placeCountryCode returns the country of the place an event at anchor
// happened in, or "".
func (c *Coder) placeCountryCode(v *sentence, anchor int) string {
	p := c.placeCountry(v, anchor)
	if p < 0 {
		return ""
	}
	for _, pp := range c.participantsAt(v, p, false) {
		if pp != nil && pp.Kind == text.KindCountry && pp.Country != "" {
			return pp.Country
		}
	}
	if pp := v.placeParticipant(p); pp != nil {
		return pp.Country
	}
	return ""
}

// pairing says which participants an event joins.
type pairing int

const (
	// oneWay: every source to every target.
	oneWay pairing = iota
	// bothWays: also every target to every source ("X met with Y"); the
	// parts of one side are not paired with each other.
	bothWays
	// eachToEach: every party to every other ("talks between X and Y").
	eachToEach
)

// controller returns the object of verb h, or its on-phrase ("called on
// Russia"), which controls the subject of h's infinitive; -1 when none.
func (v *sentence) controller(h int) int {
	for _, k := range v.kids[h] {
		if v.rel[k] == "nsubj:pass" {
			// "Ravi was arrested for collaborating", "Iran was urged
			// to stop": the passive subject.
			return k
		}
		switch v.urel[k] {
		case "obj", "iobj":
			return k
		case "obl":
			// "called on Russia to", not "claimed on Friday that".
			if v.hasCase(k, "on", "upon") && !(v.lex != nil && v.lex.has(classTimeWord, v.lower[k])) {
				return k
			}
		}
	}
	return -1
}

// objectControls reports whether the object of verb h is who does what its
// infinitive says: verbs of asking and demanding ("urged Iran to stop",
// "forced them to leave"). Without a lexicon, any verb's object does.
func (v *sentence) objectControls(h int) bool {
	if v.lex == nil {
		return true
	}
	return v.lex.has(classAppealGov, v.lemma[h]) || v.lex.has(classDemandGov, v.lemma[h])
}

// issuer returns, for a document that acts as a source ("issued a
// statement calling on", "a report by the UN urged"), who issued it: its
// possessor, its from- or by-phrase, or the subject of the verb it is the
// object of; -1 when s is no document or names no issuer.
func (c *Coder) issuer(v *sentence, s int) int {
	if !c.lex.has(classDocument, v.lemma[s]) {
		return -1
	}
	for _, k := range v.kids[s] {
		if v.rel[k] == "nmod:poss" || v.urel[k] == "nmod" && v.hasCase(k, "from", "by", "of") {
			return k
		}
	}
	if h := v.head[s]; h >= 0 && v.urel[s] == "obj" {
		return v.subject(h, 0)
	}
	return -1
}

// sender returns who acts through the phrase headed by s: the issuer of a
// document whose only actor is the one it is addressed to ("a letter to
// Tedros threatening to pull funding": the sender threatens), else s.
func (c *Coder) sender(v *sentence, s int) int {
	if c.lex.has(classDocument, v.lemma[s]) && v.namesRecipientOnly(s) {
		if k := c.issuer(v, s); k >= 0 {
			return k
		}
	}
	return s
}

// patternOfPhrase returns the of-phrase of a noun event that a pattern word
// fills and that names an armed actor ("the withdrawal of U.S. troops from
// Iraq", "a buildup of U.S. forces": the troops withdraw), or -1; not for
// nouns whose of-phrase undergoes them ("the release of prisoners").
func (c *Coder) patternOfPhrase(v *sentence, m match) int {
	if v.inClass(c.lex, classUndergoer, m.anchor) {
		return -1
	}
	for _, t := range m.used {
		if t == m.anchor || v.head[t] != m.anchor || v.urel[t] != "nmod" || !v.hasCase(t, "of") {
			continue
		}
		mi := v.mention[t]
		if mi < 0 {
			continue
		}
		for _, a := range v.doc.Mentions[mi].Actors {
			for _, sec := range a.Sectors {
				if c.lex.has(classArmedSector, strings.ToLower(sec)) {
					return t
				}
			}
		}
	}
	return -1
}

// namesRecipientOnly reports whether the only actor the phrase headed by t
// names is the one it is addressed to ("a letter to Tedros").
func (v *sentence) namesRecipientOnly(t int) bool {
	if v.mention[t] >= 0 {
		return false
	}
	mi := v.mentionFor(t)
	if mi < 0 {
		return false
	}
	h := v.mentionHead(mi)
	return h >= 0 && v.head[h] == t && v.urel[h] == "nmod" && v.hasCase(h, "to")
}

// issuedBy replaces each source that is a document naming no actor by
// who issued it ("Amnesty issued a statement calling on Belarus": Amnesty).
func (c *Coder) issuedBy(v *sentence, sources []*text.Participant) []*text.Participant {
	for i, p := range sources {
		if p == nil || p.Code != "" {
			continue
		}
		h := v.spanHead(p.Span)
		if h < 0 {
			continue
		}
		if k := c.issuer(v, h); k >= 0 {
			if ps := c.participantsAt(v, k, true); len(ps) > 0 {
				out := append(slices.Clone(sources[:i]), ps...)
				return append(out, c.issuedBy(v, sources[i+1:])...)
			}
		}
	}
	return sources
}

// unresolvedPronounSubject reports whether the subject of verb a is a
// pronoun no mention resolves ("they", "it").
func (v *sentence) unresolvedPronounSubject(a int) bool {
	s := v.subject(a, 0)
	return s >= 0 && v.upos[s] == "PRON" && v.mention[s] < 0
}

// pronounFits reports whether pronoun p can stand for speaker s: "it" and
// "they" for a country, a body or a group, "he" and "she" for a person;
// "they plan talks, said Johnson" is not Johnson's plan.
func (v *sentence) pronounFits(p, s int) bool {
	if p < 0 || s < 0 {
		return false
	}
	switch v.lemma[p] {
	case "he", "she":
		return !v.bodyLike(s)
	case "they":
		return !v.personLike(s) || len(v.conjuncts(s)) > 1 // "Obama and Putin said they"
	case "it":
		return !v.personLike(s)
	}
	return true
}

// bodyLike reports whether token s names a country, a region, an
// international organisation or a group: no one "he" or "she" stands for.
func (v *sentence) bodyLike(s int) bool {
	k := v.mention[s]
	if k < 0 {
		return false
	}
	as := v.doc.Mentions[k].Actors
	if len(as) == 0 {
		return false
	}
	switch as[0].Kind {
	case text.KindCountry, text.KindRegion:
		// "Iran said he", not "a Japanese virus expert says he".
		return len(as[0].Sectors) == 0
	case text.KindIGO, text.KindGroup:
		return true
	}
	return false
}

// personLike reports whether token s names a person by name alone: a
// mention of a person in proper names only ("Mr Albanese", not "Turkey's
// president" or "IAG chief Willie Walsh", for whose body "it" may stand),
// or a proper name no mention resolves ("said Johnson").
func (v *sentence) personLike(s int) bool {
	k := v.mention[s]
	if k < 0 {
		// "The California Farm Bureau Federation", "the BCFL" are bodies.
		f := v.tok(s).Form
		return v.upos[s] == "PROPN" && v.childUniversal(s, "det") < 0 && !(len(f) > 1 && strings.ToUpper(f) == f)
	}
	m := &v.doc.Mentions[k]
	if len(m.Actors) == 0 || m.Actors[0].Kind != text.KindPerson {
		return false
	}
	for t := m.Start; t < m.End; t++ {
		if i := t - v.start; i >= 0 && i < v.n && v.upos[i] != "PROPN" {
			return false
		}
	}
	return true
}

// sources returns the event's source participants.
func (c *Coder) sources(v *sentence, m match) []*text.Participant {
	var toks []int
	switch {
	case m.source >= 0:
		toks = append(toks, m.source)
		if m.source2 >= 0 {
			toks = append(toks, m.source2)
		}
	case m.group != nil && m.group.kind == nounGroup && (v.upos[m.anchor] != "VERB" || !v.isVerbal(m.anchor)):
		if s := c.patternOfPhrase(v, m); s >= 0 {
			toks = append(toks, s)
		} else if s := v.nounSource(m.anchor); s >= 0 {
			toks = append(toks, s)
		} else if s := v.childUniversal(m.anchor, "nsubj"); s >= 0 && v.childUniversal(m.anchor, "cop") >= 0 && c.mutual(m.code) {
			// "Iran is in talks with the US", "Iran was at war with Iraq":
			// the subject takes part in a mutual event ("X is under
			// investigation" undergoes one).
			toks = append(toks, s)
		} else if s := v.partyInMeeting(m.anchor); s >= 0 && c.mutual(m.code) {
			toks = append(toks, s)
		}
	default:
		s := v.subject(m.anchor, 0)
		if p := v.childExact(m.anchor, "nsubj:pass"); p >= 0 && c.experiencedState(v, m) {
			// "Activists are frustrated", "he was worried by the
			// conflict": the one in the state, a passive subject, is its
			// source (a by-phrase its cause).
			s = p
		}
		if s >= 0 && v.mention[s] < 0 && v.upos[s] == "NOUN" && v.inClass(c.lex, classMarketNoun, s) {
			// "U.S. oil prices led the rally", "Venezuela's output increases
			// would not clash with OPEC quotas": a market moves, no one
			// its phrase names acts. The phrase is the source, a thing.
			return []*text.Participant{v.phraseParticipant(s)}
		}
		if s < 0 {
			s = v.invertedSpeaker(m.anchor)
		}
		if s >= 0 {
			s = c.sender(v, s)
		}
		if s >= 0 && v.urel[s] == "obl" && v.mentionFor(s) < 0 && c.isTime(v, s) {
			// "arrested by early evening": a time, no agent, whether the
			// parser made it the agent or an oblique with "by".
			s = -1
		}
		if s >= 0 && m.subjectTarget {
			// "+ *": the subject undergoes the event ("Egypt received
			// aid"); with no $ the source is not named.
		} else if s >= 0 && v.mentionFor(s) < 0 && (v.rel[s] == "obl:agent" || slices.Contains(m.used, s)) {
			// A weapon as agent, or as the subject a pattern names
			// ("&weapon * +"): its user ("by a missile fired by rebels",
			// "missiles fired by the army struck a depot").
			if u := v.instrumentUser(s); u >= 0 {
				s = u
			}
			toks = append(toks, s)
		} else if s >= 0 {
			toks = append(toks, v.coSubjects(s)...)
		} else if v.passive(m.anchor) || v.rel[m.anchor] == "acl" && v.tok(m.anchor).XPOS == "VBN" {
			// "killed in Israeli shelling", "killed in an air strike by
			// government forces": the attack's author.
			if s := v.instrumentSource(m.anchor); s >= 0 {
				toks = append(toks, s)
			} else if g := c.strayAgent(v, m.anchor); g >= 0 {
				// "held hostage at its oil fields in Peru by the
				// protesters": the parser hung the agent on a phrase of
				// the verb.
				toks = append(toks, g)
			} else if r := c.reportingAuthority(v, m.anchor, m.code); r >= 0 {
				// "Police said 32 protesters had been arrested": the
				// authority that reports an arrest or a seizure with no
				// one named made it.
				toks = append(toks, r)
			} else if placeSourced(m.code) {
				// "soldiers killed in Ukraine", "arrested in Egypt": with no
				// author named, the country it happened in (PETRARCH and
				// Phoenix practice).
				if p := c.placeCountry(v, m.anchor); p >= 0 {
					if ps := c.participantsAt(v, p, false); len(ps) > 0 {
						return ps
					}
					if pp := v.placeParticipant(p); pp != nil {
						return []*text.Participant{pp}
					}
				}
			}
		}
	}
	var out []*text.Participant
	for _, t := range toks {
		out = append(out, c.participantsAt(v, t, true)...)
	}
	return out
}

// strayAgent returns the agent of passive verb a that the parser attached
// to a noun of one of the verb's phrases rather than to the verb ("were
// held at its oil fields in the Amazon region by the protesters"): a "by"
// phrase naming an actor, reached from the verb through its obliques and
// their noun modifiers only, not through a clause of its own ("a village
// held by rebels"); or -1.
func (c *Coder) strayAgent(v *sentence, a int) int {
	return v.searchPhrases(a, false, func(k, depth int) bool {
		return depth > 0 && v.urel[k] == "nmod" && v.hasCase(k, "by") && v.mention[k] >= 0 && !c.isTime(v, k)
	})
}

// reportingAuthority returns the subject of the verb of reporting whose
// complement clause holds token a, an event of one of the codes an
// authority reports of its own acts (authority-code: arrests, seizures),
// when that subject is such an authority (authority-sector: police,
// government, judiciary, military, security services), or -1.
func (c *Coder) reportingAuthority(v *sentence, a int, code string) int {
	h := v.head[a]
	if h < 0 || v.urel[a] != "ccomp" || !v.inClass(c.lex, classReport, h) || !c.lex.hasCode(classAuthCode, code) {
		return -1
	}
	s := v.childUniversal(h, "nsubj")
	if s < 0 {
		return -1
	}
	mi := v.mentionFor(s)
	if mi < 0 {
		return -1
	}
	for _, act := range v.doc.Mentions[mi].Actors {
		for _, sec := range act.Sectors {
			if c.lex.has(classAuthSector, strings.ToLower(sec)) {
				return s
			}
		}
	}
	return -1
}

// placeSourced reports whether an event of this code done by no one named
// (a passive without agent) is attributed to the country it happens in.
func placeSourced(code string) bool {
	switch rootOf(code) {
	case "17", "18", "19", "20":
		return true
	}
	return false
}

// coSubjects returns subject s with the other subjects of the same verb: a
// coordination the parser split ("The US, Russia, and Switzerland met").
func (v *sentence) coSubjects(s int) []int {
	out := []int{s}
	h := v.head[s]
	if h < 0 || v.urel[s] != "nsubj" {
		return out
	}
	for _, k := range v.kids[h] {
		if k != s && v.urel[k] == "nsubj" && v.mentionFor(k) >= 0 && v.mentionFor(s) >= 0 && !v.dateline(k) && !v.upperAddressee(h, k) {
			out = append(out, k)
		}
	}
	return out
}

// upperAddressee reports whether subject k of clause a is the addressee of
// the verb a complements, which the parser took for a second subject ("tell
// Al Jazeera the Indian government has deported refugees"): k starts right
// after that verb, and a has another subject after k.
func (v *sentence) upperAddressee(a, k int) bool {
	h := v.head[a]
	if h < 0 || v.urel[a] != "ccomp" || v.upos[h] != "VERB" {
		return false
	}
	lo, hi := v.phrase(k)
	if lo != h+1 {
		return false
	}
	for _, o := range v.kids[a] {
		if o <= k || v.urel[o] != "nsubj" {
			continue
		}
		// Subjects joined by a conjunction or a comma share the clause
		// ("said Hollande and Merkel had a discussion").
		next, _ := v.phrase(o)
		for t := hi + 1; t < next; t++ {
			if v.upos[t] == "CCONJ" || v.upos[t] == "PUNCT" {
				return false
			}
		}
		return true
	}
	return false
}

// dateline reports whether subject t is the place line of an article
// that the parser took for a second subject of the verb ("Muscat: To
// enhance ..., the ministry held a meeting", "Cape Town - The forum has
// warned"): a name that opens the sentence and ends at a colon or a spaced
// dash, beside another subject.
func (v *sentence) dateline(t int) bool {
	first, last := t, t
	for _, k := range v.kids[t] {
		if v.urel[k] == "flat" || v.urel[k] == "compound" {
			first, last = min(first, k), max(last, k)
		}
	}
	if first != 0 || last+1 >= v.n || v.upos[t] != "PROPN" || v.head[t] < 0 {
		return false
	}
	switch sep := v.tok(last + 1); sep.Form {
	case ":":
	case "-", "--", "–", "—":
		if sep.Span.Start == v.tok(last).Span.End {
			return false // a hyphen: "Houston-based"
		}
	default:
		return false
	}
	if last+2 < v.n && v.upos[last+2] == "DET" && v.head[last+2] > last+2 && v.tok(last+2).Form != v.lower[last+2] {
		// "Cape Town - The forum has warned", the parser having hung the
		// real subject elsewhere: a capitalised determiner opens a new
		// sentence ("Beijing -- the only ally of Pyongyang -- has urged"
		// describes Beijing).
		return true
	}
	for _, k := range v.kids[v.head[t]] {
		if k != t && v.urel[k] == "nsubj" {
			return true
		}
	}
	return false
}

// instrumentUser returns who used the instrument phrase s: its possessor
// or its own agent ("a missile fired by rebels"), or -1.
func (v *sentence) instrumentUser(s int) int {
	if src := v.nounSource(s); src >= 0 && v.mentionFor(src) >= 0 {
		return src
	}
	for _, k := range v.kids[s] {
		if v.urel[k] != "acl" {
			continue
		}
		for _, t := range []int{k, v.childUniversal(k, "xcomp")} {
			if t < 0 {
				continue
			}
			if ag := v.agent(t); ag >= 0 && v.mentionFor(ag) >= 0 {
				return ag
			}
		}
	}
	return -1
}

// instrumentSource returns the author of the attack a passive verb was
// done in ("killed in Israeli shelling"), or -1.
func (v *sentence) instrumentSource(a int) int {
	for _, k := range v.kids[a] {
		if v.urel[k] != "obl" || !v.hasCase(k, "in", "by", "during", "after", "from") {
			continue
		}
		if s := v.nounSource(k); s >= 0 && v.mentionFor(s) >= 0 {
			return s
		}
		// "killed in an Israeli air strike": a compound before the noun
		// says what kind of attack, the adjective before it who made it.
		if j := v.countryAdjective(k); j >= 0 {
			return j
		}
	}
	return -1
}

// targets returns the event's target participants. Without a + in the
// pattern, an object that names an actor is the target.
func (c *Coder) targets(v *sentence, m match) []*text.Participant {
	if m.target >= 0 && v.head[m.target] == m.anchor && v.rel[m.target] == "nsubj:pass" && c.experiencedState(v, m) {
		return nil // "consumers are worried": the one in the state is the source
	}
	if m.target >= 0 && m.target2 < 0 && m.target == v.invertedSpeaker(m.anchor) {
		return nil // "…, claimed the port authority": the speaker, bound as the object
	}
	if m.target >= 0 {
		out := c.participantsAt(v, m.target, true)
		if m.target2 >= 0 {
			out = append(out, c.participantsAt(v, m.target2, true)...)
		} else if !anyResolved(out) && (m.group == nil || m.group.kind != nounGroup) {
			// "gave the FBI access to a transcript": what the pattern's
			// phrase names is a thing; the indirect object receives it.
			if io := v.childUniversal(m.anchor, "iobj"); io >= 0 && io != m.target && v.mentionFor(io) >= 0 {
				return c.participantsAt(v, io, false)
			}
		}
		return out
	}
	var o int
	conveyed := false // the object is what is given or sent, no party
	if m.group != nil && m.group.kind == nounGroup {
		o = v.nounTarget(m.anchor)
		if o >= 0 && o == c.patternOfPhrase(v, m) {
			o = -1 // the troops that withdraw, the source
		}
		if o < 0 {
			// "the China-US trade war", "Sino-U.S. talks": the word that
			// names the source names the other side after its hyphen.
			if k := v.nounModifierSource(m.anchor); k >= 0 {
				if mi := v.pairedMention(k); mi >= 0 {
					return v.mentionParticipants(mi)
				}
			}
		}
	} else {
		o = v.object(m.anchor)
		if o >= 0 && o == v.invertedSpeaker(m.anchor) {
			o = -1 // "…," added the PM: the speaker, not whom it is said to
		}
		if o >= 0 && o != m.anchor && slices.Contains(m.used[:m.phrase], o) {
			o = v.phraseSlot(m.anchor, o, &m)
		}
		if o >= 0 && v.urel[o] == "obj" && slices.Contains(m.used[m.phrase:], o) && c.lex.hasCode(classConveyedCode, m.code) && (c.lex.has(classWeaponNoun, v.lemma[o]) || c.lex.has(classConveyed, v.lemma[o])) {
			// "sold fighter jets", "sent a team of experts", "sent
			// troops": what a pattern of cooperation, aid or force
			// posture names is what is given or sent, no party ("seized
			// the ships" of a country still takes from it).
			o, conveyed = -1, true
		}
		if o >= 0 && v.rel[o] == "nsubj:pass" && c.experiencedState(v, m) {
			o = -1 // "Activists are frustrated": the source, not the target
		}
		if o >= 0 && v.rel[o] == "nsubj:pass" && v.agent(m.anchor) < 0 && m.source < 0 {
			if rootOf(m.code) == "01" && v.childUniversal(m.anchor, "xcomp") >= 0 {
				// "Kenya is said to have shifted": what is said is of
				// the subject, not to it.
				return nil
			}
			// "Ten people were killed": the passive subject is the target.
			return c.participantsAt(v, o, false)
		}
		if o >= 0 && v.rel[o] != "nsubj:pass" && v.mention[o] < 0 && v.agent(m.anchor) < 0 && m.source < 0 && rootOf(m.code) != "01" {
			// "Drareni was given a suspended sentence": the passive
			// subject receives the thing, not whoever a phrase in it names
			// (one who "is said to" or "is concerned" says, receives nothing).
			if sp := v.childExact(m.anchor, "nsubj:pass"); sp >= 0 && v.mentionFor(sp) >= 0 {
				return c.participantsAt(v, sp, false)
			}
		}
	}
	var ps []*text.Participant
	if o >= 0 && (v.mention[o] >= 0 || !c.isEventNoun(v, o)) {
		// An event noun's modifiers are its own participants ("conducted
		// military exercises"), not the event's target.
		ps = c.participantsAt(v, o, false)
	}
	if len(ps) == 0 && (o >= 0 || conveyed) && (m.group == nil || m.group.kind != nounGroup) {
		// "gave Ukraine $1 billion in aid", "offered Iran a deal", "gave
		// Syria weapons": the indirect object receives what the object
		// names.
		if io := v.childUniversal(m.anchor, "iobj"); io >= 0 && io != o && v.mentionFor(io) >= 0 {
			ps = c.participantsAt(v, io, false)
		}
	}
	if len(ps) == 0 && o >= 0 && v.mention[o] < 0 && (m.group == nil || m.group.kind != nounGroup) && v.inClass(c.lex, classSupportVerb, m.anchor) && c.isEventNoun(v, o) {
		// "staged anti-Japanese protests": what the support verb's
		// event is against.
		if k := v.antiModifier(o); k >= 0 {
			ps = c.participantsAt(v, k, false)
		}
	}
	if len(ps) == 0 && o >= 0 && v.mention[o] < 0 && (m.group == nil || m.group.kind != nounGroup) && !v.inClass(c.lex, classSupportVerb, m.anchor) {
		// "welcomed Putin's offer", "rejected Iran's proposal": the owner of
		// what the verb acts on; a support verb's noun is the subject's own
		// ("voiced Uruguay's concern").
		for _, k := range v.kids[o] {
			if v.rel[k] == "nmod:poss" && v.mentionFor(k) >= 0 {
				ps = c.participantsAt(v, k, false)
				break
			}
		}
		if len(ps) == 0 && reaction(m.code) && !v.inClass(c.lex, classSupportVerb, m.anchor) {
			// "condemned the Israeli raid", "rejected the French proposal":
			// who did or proposed what one endorses, criticises or rejects
			// (a support verb's event noun is its own: "issued a French
			// statement").
			if k := v.nounModifierSource(o); k >= 0 && v.mentionFor(k) >= 0 {
				ps = c.participantsAt(v, k, false)
			}
		}
	}
	if len(ps) == 0 && m.group != nil && m.group.legacy {
		// PETRARCH takes the first actor of the verb phrase ("left for
		// Minas Tirith").
		if t := v.firstActorAfter(m.anchor, m.source); t >= 0 {
			ps = c.participantsAt(v, t, false)
		}
	}
	if len(ps) == 0 {
		ps = c.reciprocal(v, m)
	}
	if len(ps) == 0 && m.pattern != nil {
		// "clashed with police", "fought against rebels": a pattern's word
		// that names an actor after "with" or "against" is the other side.
		for _, t := range m.used[m.phrase:] {
			if t != m.anchor && v.mention[t] >= 0 && (v.urel[t] == "obl" || v.urel[t] == "nmod") && v.hasCase(t, "with", "against") {
				ps = c.participantsAt(v, t, false)
				break
			}
		}
	}
	if len(ps) == 0 && c.lex.hasCode(classPlaceTarget, m.code) {
		if p := c.placeCountry(v, m.anchor); p >= 0 {
			ps = c.participantsAt(v, p, false)
			if len(ps) == 0 {
				if pp := v.placeParticipant(p); pp != nil {
					ps = append(ps, pp)
				}
			}
		}
	}
	return ps
}

// mentionParticipants returns a participant for each actor of mention mi.
func (v *sentence) mentionParticipants(mi int) []*text.Participant {
	mn := v.doc.Mentions[mi]
	out := make([]*text.Participant, 0, len(mn.Actors))
	for _, a := range mn.Actors {
		out = append(out, &text.Participant{Text: v.doc.SpanText(mn.Span), Span: mn.Span, Actor: a})
	}
	return out
}

// pairedMention returns the other actor that token k names when the word
// joins two with a hyphen or a dash ("China-US", "Sino-U.S.",
// "Israeli-Palestinian"), one of them being its mention; or -1. Both must
// name a country or an international organisation by name or adjective:
// "the Bowles-Simpson proposals" are a commission's.
func (v *sentence) pairedMention(k int) int {
	first := v.mention[k]
	if first < 0 || first >= len(v.doc.Mentions) || !v.namesState(first) {
		return -1
	}
	dash := func(s string) bool { return s == "-" || s == "–" }
	// The tokenizer may have split the word: "China", "-", "US".
	for _, d := range [2]int{1, -1} {
		h, o := k+d, k+2*d
		if o < 0 || o >= v.n || !dash(v.lower[h]) || !v.joinsNeighbours(h) || v.mention[o] < 0 || v.mention[o] == first || !v.namesState(v.mention[o]) {
			continue
		}
		return v.mention[o]
	}
	a := v.doc.Mentions[first].Span
	for mi := range v.doc.Mentions {
		m := &v.doc.Mentions[mi]
		if mi == first || m.Sentence != v.index || m.Start > v.start+k || v.start+k >= m.End || !v.namesState(mi) {
			continue
		}
		lo, hi := a.End, m.Span.Start
		if m.Span.End <= a.Start {
			lo, hi = m.Span.End, a.Start
		}
		if lo > hi || hi > len(v.doc.Text) {
			continue
		}
		if dash(v.doc.Text[lo:hi]) {
			return mi
		}
	}
	return -1
}

// namesState reports whether mention mi names a country or an
// international organisation by its name or adjective (not a person or a
// body of one).
func (v *sentence) namesState(mi int) bool {
	r := v.doc.Mentions[mi].Rule
	return strings.HasPrefix(r, "country:") || strings.HasPrefix(r, "adj:") || strings.HasPrefix(r, "igo:")
}

// placeIn returns the document place that the phrase headed by t names
// (its head, or a name in it: "the northern city of Nablus"), or -1.
func (v *sentence) placeIn(t int) int {
	if v.place[t] >= 0 {
		return v.place[t]
	}
	for _, k := range v.kids[t] {
		switch v.urel[k] {
		case "compound", "flat", "nmod", "appos":
			if v.place[k] >= 0 && v.mention[k] < 0 && !v.venueOf(t, k) {
				return v.place[k]
			}
		}
	}
	return -1
}

// venueOf reports whether place k, a modifier of noun t, is where the
// gathering or pact t was held: "the Pittsburgh summit", "the meeting in
// London".
func (v *sentence) venueOf(t, k int) bool {
	if v.lex == nil {
		return false
	}
	switch v.urel[k] {
	case "compound":
		return v.inClass(v.lex, classVenueNoun, t)
	case "nmod":
		return v.hasCase(k, "in", "at") && v.inClass(v.lex, classGatheringNoun, t)
	}
	return false
}

// placeParticipant codes the place named at token t as its country ("in
// Zurich": CHE), or returns nil when t names no place with a country.
func (v *sentence) placeParticipant(t int) *text.Participant {
	pi := v.placeIn(t)
	if pi < 0 {
		return nil
	}
	pl := v.doc.Places[pi]
	if len(pl.Country) != 3 {
		return nil
	}
	return &text.Participant{Text: v.doc.SpanText(pl.Span), Span: pl.Span,
		Actor: text.Actor{Code: pl.Country, Country: pl.Country, Kind: text.KindCountry, Name: pl.Name, ID: "place:" + pl.Rule}}
}

// firstActorAfter returns the first token after verb a, in the phrases it
// governs, that an actor mention covers (not the source's), or -1.
func (v *sentence) firstActorAfter(a, source int) int {
	scope := v.scope(a)
	for t := a + 1; t < v.n; t++ {
		mi := v.mention[t]
		if mi < 0 || !v.dominates(scope, t) || source >= 0 && v.mentionFor(source) == mi {
			continue
		}
		// The phrase's head: the token of the mention that hangs outside it.
		h := t
		for v.head[h] >= 0 && v.mention[v.head[h]] == mi {
			h = v.head[h]
		}
		return h
	}
	return -1
}

// placeCountry returns an in- or at-phrase of verb a (or of its noun
// event's verb) that names a country, or -1.
func (c *Coder) placeCountry(v *sentence, a int) int {
	scope := a
	if v.isNounModifier(a) || (v.urel[a] == "obj" || v.urel[a] == "nsubj") && v.head[a] >= 0 {
		scope = v.head[a]
	}
	// Through the clause's phrases ("during its campaign for an Islamic
	// state in northeastern Nigeria").
	return v.searchPhrases(scope, true, func(k, _ int) bool {
		if v.urel[k] == "obj" || !v.hasCase(k, "in", "at", "inside", "across", "throughout", "over") {
			return false
		}
		if v.mention[k] < 0 && c.isEventNoun(v, k) && v.countryAdjective(k) >= 0 {
			// "killed in an Israeli air strike": an event is no place,
			// whatever country its adjective names.
			return false
		}
		if mi := v.mentionFor(k); mi >= 0 {
			for _, act := range v.doc.Mentions[mi].Actors {
				if act.Kind == text.KindCountry && len(act.Sectors) == 0 {
					return true
				}
			}
			return false
		}
		return v.placeIn(k) >= 0 // a place that is no actor ("in Zurich", "in Alaska")
	})
}

// searchPhrases returns the first phrase below h, breadth first through
// obliques and noun modifiers (and objects, with objects set) down to four
// levels, for which found reports true, or -1. found gets the phrase and
// its depth (0: a phrase of h itself).
func (v *sentence) searchPhrases(h int, objects bool, found func(k, depth int) bool) int {
	queue := []int{h}
	for depth := 0; depth < 4 && len(queue) > 0; depth++ {
		var next []int
		for _, p := range queue {
			for _, k := range v.kids[p] {
				if v.urel[k] != "obl" && v.urel[k] != "nmod" && !(objects && v.urel[k] == "obj") {
					continue
				}
				next = append(next, k)
				if found(k, depth) {
					return k
				}
			}
		}
		queue = next
	}
	return -1
}

// reciprocal makes coordinated subjects each other's targets when the event
// has no other target ("China and Russia held talks").
func (c *Coder) reciprocal(v *sentence, m match) []*text.Participant {
	if m.group == nil || m.group.kind != verbGroup || m.source >= 0 {
		return nil
	}
	if !m.group.legacy && !c.mutual(m.code) {
		// "The United States and Europe imposed sanctions": allies acting
		// together, not on each other. (PETRARCH's dictionaries code every
		// such pair, and keep doing so.)
		return nil
	}
	if !m.group.legacy && c.lex.hasCode(classObjectOneWay, m.code) {
		if o := v.childUniversal(m.anchor, "obj"); o >= 0 && !c.isEventNoun(v, o) {
			// "U.S. and British ships launched missiles": side by side.
			return nil
		}
	}
	s := v.subject(m.anchor, 0)
	if s < 0 {
		return nil
	}
	subjects := v.coSubjects(s)
	if len(subjects) < 2 && len(v.conjuncts(s)) < 2 {
		// "The two sides met": one mention that stands for both parties.
		if mi := v.mention[s]; mi >= 0 && strings.HasPrefix(v.doc.Mentions[mi].Rule, "coref:both-sides") && len(v.doc.Mentions[mi].Actors) == 2 {
			return c.participantsAt(v, s, false)
		}
		return nil
	}
	var out []*text.Participant
	for _, k := range subjects {
		out = append(out, c.participantsAt(v, k, false)...)
	}
	if len(out) > maxReciprocal {
		// "Shell, BP, Exxon, CNPC and Eni signed contracts": a list of
		// many acts side by side, not with each other.
		return nil
	}
	return out
}

// maxReciprocal is the most coordinated subjects of a mutual event that are
// taken as each other's targets.
const maxReciprocal = 3

// mutual reports whether code is a mutual event (symmetric-code in the
// lexicon), itself or through its three-digit parent.
func (c *Coder) mutual(code string) bool {
	return c.lex.has(classSymmetric, code) || len(code) > 3 && c.lex.has(classSymmetric, code[:3])
}

// participantsAt resolves the noun phrase at token t (and its conjuncts) to
// participants. With keepUnresolved, a phrase that names no known actor is
// still returned, with an empty code.
func (c *Coder) participantsAt(v *sentence, t int, keepUnresolved bool) []*text.Participant {
	if t < 0 || v.upos[t] == "PUNCT" && v.mention[t] < 0 {
		return nil // a quotation mark the parser made a subject names no one
	}
	var out []*text.Participant
	seen := map[int]bool{}
	add := func(mi int) {
		if seen[mi] {
			return
		}
		seen[mi] = true
		out = append(out, v.mentionParticipants(mi)...)
	}
	conjuncts := v.conjuncts(t)
	// Conjuncts joined by commas alone after a named first one describe it.
	appositive := len(conjuncts) > 1 && !slices.ContainsFunc(conjuncts[1:], func(k int) bool { return v.childUniversal(k, "cc") >= 0 }) &&
		(v.mentionFor(t) >= 0 || v.upos[t] == "PROPN")
	for i, k := range conjuncts {
		if i > 0 && appositive && v.mention[k] < 0 {
			// "Fred Upton, Republican of Michigan, said": what the
			// describing phrase names (Michigan) takes no part.
			continue
		}
		k = v.antecedentOfRelative(k)
		if mi := v.mentionFor(k); mi >= 0 {
			add(mi)
			if v.mention[k] != mi {
				// A mention inside the phrase ("ties with X and Y",
				// "talks between X and Y"): its conjuncts too.
				if h := v.mentionHead(mi); h >= 0 {
					for _, c := range v.conjuncts(h)[1:] {
						if cm := v.mention[c]; cm >= 0 && v.hasCountry(cm) == v.hasCountry(mi) {
							add(cm)
						}
					}
				}
			}
			continue
		}
		// A place that names no actor stands for its country ("protest in
		// Beijing": CHN).
		if pp := v.placeParticipant(k); pp != nil {
			out = append(out, pp)
			continue
		}
		// An unresolved pronoun says nothing, nor do a time ("on October
		// 16") or an adverb ("here"); an unresolved noun phrase still tells
		// users who acted ("a car bomb").
		if keepUnresolved && v.upos[k] != "PRON" && v.upos[k] != "ADV" && !relativeWord(v.lemma[k]) && !(c.isTime(v, k) && !v.namedWithTimeWord(k)) {
			out = append(out, v.phraseParticipant(k))
		}
	}
	return out
}

// relativeWord reports a relative pronoun or determiner, whatever its tag
// ("an accusation that/DET Beijing rejects").
func relativeWord(lemma string) bool {
	switch lemma {
	case "that", "which", "who", "whom", "whose":
		return true
	}
	return false
}

// markedFrom reports whether participant p is the noun of a from-phrase
// ("from Tigrayan rebels").
func (v *sentence) markedFrom(p *text.Participant) bool {
	for k := 0; k < v.n; k++ {
		if sp := v.tok(k).Span; sp.Start >= p.Span.Start && sp.End <= p.Span.End && v.hasCase(k, "from") {
			return true
		}
	}
	return false
}

// phraseParticipant is the participant no actor codes that the noun phrase
// headed by k names.
func (v *sentence) phraseParticipant(k int) *text.Participant {
	lo, hi := v.phrase(k)
	sp := v.span(lo, hi)
	return &text.Participant{Text: v.doc.SpanText(sp), Span: sp}
}

// mentionFor finds the actor mention for the phrase headed by t: the mention
// covering t, else one inside the phrase ("the head of the Iranian
// parliament", "officials from Iraq").
func (v *sentence) mentionFor(t int) int { return v.mentionIn(t, false) }

// actorMention is mentionFor for a slot that must name an actor (+!, $!):
// it looks through of-phrases ("the capital of Syria") and examples
// ("countries like China") but not through phrases of other prepositions,
// which name something else than the phrase ("received an exemption from
// the United States").
func (v *sentence) actorMention(t int) int { return v.mentionIn(t, true) }

// mentionIn is mentionFor; with ofOnly, the nmod phrases it looks through
// are those marked "of", "like", "including", "such as" or by nothing.
func (v *sentence) mentionIn(t int, ofOnly bool) int {
	if v.mention[t] >= 0 {
		return v.mention[t]
	}
	// An apposition names the phrase's own referent, a possessor another
	// one ("Tehran's top customers, China and India": China and India).
	for _, k := range v.kids[t] {
		if v.rel[k] == "appos" && v.mention[k] >= 0 {
			return v.mention[k]
		}
	}
	// Breadth first through the phrase's modifiers; a mention that names a
	// country beats one known only by sector ("a government-held part of
	// Syria's second city": Syria).
	first := -1
	queue := []int{t}
	for depth := 0; depth < 3 && len(queue) > 0; depth++ {
		var next []int
		for _, h := range queue {
			for _, pref := range []string{"nmod:poss", "compound", "amod", "nmod", "appos", "flat", "det"} {
				for _, k := range v.kids[h] {
					if v.rel[k] != pref && !(pref == "nmod" && (v.urel[k] == pref || v.countedBy(k, h))) {
						continue
					}
					if ofOnly && pref == "nmod" && v.childUniversal(k, "case") >= 0 && !v.hasCase(k, "of", "like", "including", "such") {
						continue
					}
					if pref == "nmod" && v.hasCase(k, "than", "unlike") {
						continue // "more in advertising than Obama's backers": compared, no part of it
					}
					if pref == "compound" && v.mention[h] < 0 && v.cityMention(k) &&
						(v.upos[h] == "PROPN" || v.lex != nil && v.inClass(v.lex, classVenueNoun, h)) {
						// "the Lisbon Treaty", "the Sydney Harbour Bridge": a
						// city in the name of a thing names no actor; "a
						// Pittsburgh meeting": before a gathering or a pact,
						// where it was held.
						continue
					}
					if pref == "nmod" && v.mention[h] < 0 && v.venueOf(h, k) && v.namesPlace(k) {
						// "the meeting in London agreed", "talks in the
						// Saudi city of Jeddah": where a gathering is held
						// names none of its parties.
						continue
					}
					if (pref == "amod" || pref == "compound") && v.dict != nil && v.wordIn(v.dict.money, h) {
						continue // "2.8 billion Egyptian pounds": a currency's country takes no part
					}
					if anti, pro := v.stanceOn(k); (anti || pro) && (pref == "amod" || pref == "compound") {
						continue // "the anti-American protests" are not America's
					}
					if mi := v.mention[k]; mi >= 0 {
						if v.hasCountry(mi) {
							return mi
						}
						if first < 0 {
							first = mi
						}
						continue
					}
					next = append(next, k)
				}
			}
		}
		queue = next
	}
	return first
}

// namesPlace reports whether the phrase of token k names a country or a
// place of one ("in the Saudi Arabian capital"; not "in principle for the
// jets").
func (v *sentence) namesPlace(k int) bool {
	mi := v.mentionIn(k, false)
	return mi >= 0 && v.hasCountry(mi)
}

// mentionHead returns the token of mention mi whose head lies outside it,
// or -1 when the mention is not in the sentence.
func (v *sentence) mentionHead(mi int) int {
	for t := 0; t < v.n; t++ {
		if v.mention[t] != mi {
			continue
		}
		for v.head[t] >= 0 && v.mention[v.head[t]] == mi {
			t = v.head[t]
		}
		return t
	}
	return -1
}

// hasCountry reports whether mention mi resolves to an actor with a
// country or an international organisation.
func (v *sentence) hasCountry(mi int) bool {
	for _, a := range v.doc.Mentions[mi].Actors {
		if a.Country != "" || strings.HasPrefix(a.Code, "IGO") {
			return true
		}
	}
	return false
}

// antecedentOfRelative maps a relative pronoun ("who", "which", "that")
// to the noun its clause modifies.
func (v *sentence) antecedentOfRelative(t int) int {
	if v.upos[t] != "PRON" && v.upos[t] != "DET" {
		return t
	}
	if !relativeWord(v.lemma[t]) {
		return t
	}
	clause := v.head[t]
	if clause >= 0 && v.rel[clause] == "acl:relcl" && v.head[clause] >= 0 {
		return v.head[clause]
	}
	if v.lemma[t] == "who" || v.lemma[t] == "which" || v.lemma[t] == "whom" {
		// The parser hung the relative clause elsewhere ("in Turkey, which
		// recently staged an offensive": an adverbial clause of the main
		// verb): the actor named just before the pronoun is its antecedent.
		j := t - 1
		if j >= 0 && v.lower[j] == "," {
			j--
		}
		// Not when the clause has a subject of its own ("Libya, which
		// traders fear is set for conflict"), nor when only a modifier of
		// the noun is an actor ("voted along party lines, which could
		// break the logjam": the clause is what "which" stands for).
		if j < 0 || v.upos[j] != "NOUN" && v.upos[j] != "PROPN" {
			return t
		}
		named := v.mention[j] >= 0 || v.upos[j] == "PROPN" && v.mentionFor(j) >= 0
		ownSubject := v.urel[t] == "nsubj" && clause >= 0 &&
			slices.ContainsFunc(v.kids[clause], func(k int) bool { return k != t && v.urel[k] == "nsubj" })
		if named && !ownSubject {
			return j
		}
	}
	return t
}

// frontedTime reports whether subject k is a time the parser took for a
// second subject of its verb: "Last December, Cameron vetoed".
func (v *sentence) frontedTime(k int) bool {
	if v.lex == nil || !v.lex.has(classTimeWord, v.lower[k]) || v.head[k] < 0 {
		return false
	}
	for _, s := range v.kids[v.head[k]] {
		if s != k && v.urel[s] == "nsubj" || v.bareSubject(s) {
			return true
		}
	}
	return false
}

// bareSubject reports whether s is a phrase naming an actor that the
// parser hung on its verb as an oblique with no preposition, before the
// verb and before a time it made the subject ("Sierra Leone's Ambassador
// to the United States yesterday denied").
func (v *sentence) bareSubject(s int) bool {
	h := v.head[s]
	return h > s && v.urel[s] == "obl" && v.childUniversal(s, "case") < 0 && (v.upos[s] == "PROPN" || v.upos[s] == "NOUN") &&
		v.mentionFor(s) >= 0 && !slices.ContainsFunc(v.kids[h], func(k int) bool { return k < s && v.urel[k] == "nsubj" })
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

// experiencedState reports whether the match codes a state of mind (012
// pessimism, 013 optimism) by a word of state-of-mind, whose passive form
// ("is worried", "was pleased") names the one in the state, not one it is
// done to ("was questioned" is).
func (c *Coder) experiencedState(v *sentence, m match) bool {
	return (m.code == "012" || m.code == "013") && v.inClass(c.lex, classStateOfMind, m.anchor)
}

// engagedSubject returns the passive subject of a verb of the engaged-in
// class with no agent ("China has been engaged in a war of words"): who
// takes part, the source; -1 otherwise.
func (v *sentence) engagedSubject(a int) int {
	if v.lex == nil || !v.inClass(v.lex, classEngagedIn, a) || v.agent(a) >= 0 {
		return -1
	}
	return v.childExact(a, "nsubj:pass")
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
		if s := v.engagedSubject(a); s >= 0 {
			return s
		}
		return v.agent(a)
	}
	if v.upos[a] == "ADJ" && v.lex != nil && v.inClass(v.lex, classIntentGov, a) && v.childUniversal(a, "nsubj") < 0 {
		// "said it was determined to mend ties", parsed as "it" the
		// expletive of a clausal subject: one is determined, willing or
		// ready oneself.
		if e := v.childExact(a, "expl"); e >= 0 && v.upos[e] == "PRON" {
			return e
		}
	}
	for _, k := range v.kids[a] {
		if v.rel[k] == "nsubj" || v.rel[k] == "nsubj:outer" || v.urel[k] == "csubj" && v.rel[k] != "csubj:pass" {
			if v.dateline(k) || v.upperAddressee(a, k) {
				continue
			}
			if v.frontedTime(k) {
				if b := slices.IndexFunc(v.kids[a], v.bareSubject); b >= 0 {
					return v.kids[a][b]
				}
				continue
			}
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
		if v.tok(a).XPOS == "VBN" && v.childUniversal(h, "obj", "iobj") >= 0 {
			// A passive participle predicated of an object ("arrested five
			// people accused of spying"): the object undergoes it.
			return -1
		}
		// Object control ("urged Iran to stop", "Iran was urged to stop")
		// or subject control ("agreed to meet", "called Erdogan to
		// apologize").
		if o := v.childUniversal(h, "obj", "iobj"); o >= 0 && !v.callPurpose(h) {
			return o
		}
		if o := v.childExact(h, "nsubj:pass"); o >= 0 {
			return o
		}
		return v.subject(h, depth+1)
	case "acl":
		if v.rel[a] == "acl:relcl" {
			return h
		}
		if v.tok(a).XPOS == "VBG" {
			if v.mentionFor(h) < 0 && v.childUniversal(h, "cop") >= 0 {
				// "Germany has been the second-largest donor,
				// contributing $46 million": a predicate noun's
				// participle is its subject's.
				if s := v.childUniversal(h, "nsubj"); s >= 0 && v.mentionFor(s) >= 0 {
					return s
				}
			}
			return h // "troops attacking the town"
		}
		if v.tok(a).XPOS == "VB" && v.hasMark(a, "to") && v.upos[h] == "NOUN" && v.framesComplement(h) {
			// "Beijing's threat to impose sanctions", "a pledge by Iran to
			// cooperate": who threatens or pledges is to do it.
			for _, k := range v.kids[h] {
				if v.rel[k] == "nmod:poss" || v.urel[k] == "nmod" && k < a && v.hasCase(k, "by") {
					return k
				}
			}
		}
		// A passive participle said of an actor has its by-phrase for
		// source when that names an actor ("an officer killed by
		// militants"); one said of a thing is background ("a novel written
		// by", "funds offered by"), one done by a thing has no source
		// ("people hit by live fire").
		if v.tok(a).XPOS == "VBN" && v.actorMention(h) < 0 {
			return -1
		}
		if g := v.agent(a); g >= 0 && v.mention[g] >= 0 {
			return g
		}
		return -1
	case "parataxis", "appos", "dep":
		// A participle set off after a name describes it, however the
		// parser hung it: "Premier Wen Jiabao, visiting Germany, said".
		if v.tok(a).XPOS == "VBG" && h < a && a > 0 && setOff(v.lower[a-1]) && (v.upos[h] == "PROPN" || v.upos[h] == "NOUN") && v.mentionFor(h) >= 0 {
			return h
		}
	case "advcl":
		if !v.hasOwnSubject(a) {
			if v.hasMark(a, "of", "for", "from") && v.tok(a).XPOS == "VBG" {
				// "accused Hamas of firing", "criticized Huawei for
				// failing", "arrested him for stealing": the object did it;
				// "stopped the university from sharing": it would have.
				if o := v.controller(h); o >= 0 {
					return o
				}
			}
			if v.hasMark(a, "to") && v.objectControls(h) && !v.callPurpose(h) {
				// "called on Russia to withdraw" parsed as a purpose clause;
				// not "provided funds to support" (Germany supports).
				if o := v.controller(h); o >= 0 {
					return o
				}
			}
			return v.subject(h, depth+1)
		}
	}
	return -1
}

// setOff reports whether punctuation sets off a phrase after a name: a
// comma or a dash, not a colon ("Romney: Attacking me is no agenda").
func setOff(punct string) bool {
	switch punct {
	case ",", "-", "--", "–", "—":
		return true
	}
	return false
}

func (v *sentence) hasOwnSubject(a int) bool {
	return v.childUniversal(a, "nsubj", "csubj", "expl") >= 0
}

// nounSource finds the source of a noun anchor: a possessor, compound or
// nationality adjective naming an actor, an agent phrase, or the subject of
// the verb the noun is the object of ("X launched strikes").
func (v *sentence) nounSource(a int) int {
	if g := v.giverOf(a); g >= 0 {
		return g
	}
	if s := v.nounModifierSource(a); s >= 0 && v.mentionFor(s) >= 0 && !(v.rel[s] == "nmod:poss" && v.undergoer(a)) {
		return s
	}
	for _, k := range v.kids[a] {
		if v.urel[k] == "nmod" && v.hasCase(k, "by", "from") {
			return k
		}
	}
	if v.underPredicate(a) >= 0 {
		return -1 // "Iran is under pressure": the author only in a from-phrase
	}
	if v.undergoVerb(a) >= 0 {
		// "Iran faced criticism", "the army suffered attacks": the
		// subject undergoes the event; its author is named above or in an
		// of-phrase ("gained the support of France").
		for _, k := range v.kids[a] {
			if v.urel[k] == "nmod" && v.hasCase(k, "of") && v.mentionFor(k) >= 0 {
				return k
			}
		}
		return -1
	}
	if h := v.head[a]; h >= 0 && (v.urel[a] == "obj" && v.supports(h) || v.rel[a] == "obl" && v.hasCase(a, "in") && v.childUniversal(h, "obj") < 0) && v.upos[h] == "VERB" {
		if v.prepParticiple(h) {
			return -1 // "Given ongoing unrest in the city, Allawi might ..."
		}
		return v.subject(h, 0) // "X launched strikes", "X engaged in talks"
	}
	if h := v.head[a]; h >= 0 && v.rel[a] == "obl" && v.hasCase(a, "to") && v.upos[h] == "VERB" && v.lex != nil &&
		v.inClass(v.lex, classIntentGov, h) {
		return v.subject(h, 0) // "Armenia and Azerbaijan agreed to a ceasefire"
	}
	if h := v.head[a]; h >= 0 && v.urel[a] == "obj" && v.upos[h] == "VERB" && v.lex != nil && v.inClass(v.lex, classCauseVerb, h) && v.withPartner(a) {
		// "Cameron triggered a war of words with France": who sparks a
		// quarrel with someone is its party, where "the arrest sparked
		// protests" only causes them.
		return v.subject(h, 0)
	}
	if h := v.head[a]; h >= 0 && v.rel[a] == "obl" && v.hasCase(a, "for") && v.upos[h] == "VERB" && v.lex != nil &&
		v.inClass(v.lex, classAssembleVerb, h) {
		return v.subject(h, 0) // "Trump and King Abdullah will gather for a meeting"
	}
	return -1
}

// partyInMeeting returns the subject of the verb that event noun a is the
// setting of, when a has a partner: who acts in a meeting with someone
// takes part in it, whatever else the verb does ("Rouhani made the remarks
// in a meeting with the IRGC commander", "raised the issue during talks
// with Beijing", "said after a meeting with Erdogan"); -1 otherwise, or
// when the subject names no actor.
func (v *sentence) partyInMeeting(a int) int {
	h := v.head[a]
	if h < 0 || v.rel[a] != "obl" || v.upos[h] != "VERB" || !v.hasCase(a, "in", "during", "at", "after") || !v.withPartner(a) {
		return -1
	}
	// The subject must name a known actor: "his days looked numbered after
	// a deal with his cabinet" names a time, and a side no one knows makes
	// no mutual event.
	s := v.subject(h, 0)
	if s < 0 || v.mention[s] < 0 || !slices.ContainsFunc(v.doc.Mentions[v.mention[s]].Actors, func(act text.Actor) bool { return act.Code != "" }) {
		return -1
	}
	return s
}

// withPartner reports whether event noun a, or its of-phrase ("a war of
// words with France"), has a with-phrase that names an actor.
func (v *sentence) withPartner(a int) bool {
	partner := func(h int) bool {
		return slices.ContainsFunc(v.kids[h], func(k int) bool {
			return v.urel[k] == "nmod" && v.hasCase(k, "with") && v.mentionFor(k) >= 0
		})
	}
	return partner(a) || slices.ContainsFunc(v.kids[a], func(k int) bool {
		return v.urel[k] == "nmod" && v.hasCase(k, "of") && partner(k)
	})
}

// giverOf returns who gives event noun a when a is the of-phrase of a noun
// of givers ("the largest donor of humanitarian assistance"): the actor that
// noun names, or the subject it is said of ("Japan is the biggest donor of
// aid", "the United States remains the largest donor of aid"); -1 otherwise.
func (v *sentence) giverOf(a int) int {
	h := v.head[a]
	if h < 0 || v.lex == nil || v.urel[a] != "nmod" || !v.hasCase(a, "of") || !v.inClass(v.lex, classGiverNoun, h) {
		return -1
	}
	if v.mention[h] >= 0 {
		return h // "US donors"
	}
	if s := v.nounModifierSource(h); s >= 0 && v.mentionFor(s) >= 0 {
		return s // "Japan's donors"
	}
	if p := v.head[h]; p >= 0 && v.urel[h] == "nmod" && v.hasCase(h, "of") && (v.lemma[p] == "one" || v.lemma[p] == "some") {
		h = p // "one of the largest donors of aid"
	}
	if s := v.childUniversal(h, "nsubj"); s >= 0 && v.childUniversal(h, "cop") >= 0 {
		return s
	}
	if p := v.head[h]; p >= 0 && (v.urel[h] == "obj" || v.urel[h] == "xcomp") && v.inClass(v.lex, classLinkingVerb, p) {
		return v.subject(p, 0)
	}
	return -1
}

// prepParticiple reports whether verb h is a participle used as a
// preposition (class prep-participle), with no subject of its own.
func (v *sentence) prepParticiple(h int) bool {
	return v.lex != nil && v.inClass(v.lex, classPrepParticiple, h) && v.childUniversal(h, "nsubj", "nsubj:pass") < 0 && v.childUniversal(h, "aux", "aux:pass") < 0
}

// supports reports whether the subject of verb h does the event noun that
// is its object: a support verb ("held talks", "launched strikes") or a verb
// of a frame, whose own rules place the event ("agreed to talks", "called for
// talks"). Other verbs only speak of the event ("criticised the strikes",
// "did not mention the summit"). Without the support-verb class, every verb
// does.
func (v *sentence) supports(h int) bool {
	l := v.lex
	if l == nil || len(l.members[classSupportVerb]) == 0 {
		return true
	}
	return v.inAnyClass(l, classesOf(classSupportVerb, classIntentGov, classThreatGov, classRefuseGov, classAppealGov,
		classDemandGov, classNegGov, classHypoGov, classImplicative, classFutureGov, classAllegeGov, classStateVerb), h)
}

// framesComplement reports whether word h is of a class that gives its
// complement a frame (an intention, a threat, an attempt, a refusal …).
func (v *sentence) framesComplement(h int) bool {
	if v.lex == nil {
		return false
	}
	return v.inAnyClass(v.lex, classesOf(classIntentGov, classThreatGov, classRefuseGov, classAppealGov, classDemandGov, classNegGov,
		classHypoGov, classFutureGov, classAllegeGov), h)
}

// nounTarget finds the target of a noun anchor without a pattern slot: a
// nominal modifier marked "on", "against", "with", "to" or "of".
func (v *sentence) nounTarget(a int) int {
	if s := v.underPredicate(a); s >= 0 {
		return s // "Iran is under pressure from the US", "under UN sanctions"
	}
	if s := v.victimOf(a); s >= 0 {
		return s // "Pakistan was the victim of a terrorist attack"
	}
	if h := v.undergoVerb(a); h >= 0 {
		// "Iran drew criticism from the US", "North Korea was met with
		// condemnation": who faces the event undergoes it.
		if v.passive(h) {
			return v.childExact(h, "nsubj:pass")
		}
		return v.subject(h, 0)
	}
	if k := v.antiModifier(a); k >= 0 {
		return k // "anti-Japanese demonstrations in China"
	}
	// A phrase naming who the event is with or against comes first: in
	// "a war of words with Japan over the islands" the of-phrase is the
	// noun's own.
	first := -1
	for _, k := range v.kids[a] {
		if v.urel[k] == "nmod" && v.hasCase(k, "on", "against", "with", "to", "of", "for", "toward", "towards") {
			if v.mentionFor(k) >= 0 && v.hasCase(k, "against", "with") {
				return k
			}
			if first < 0 {
				first = k
			}
		}
	}
	if first >= 0 {
		return first
	}
	if v.undergoer(a) {
		// "Morales' ouster", "Megrahi's release": the possessor undergoes.
		for _, k := range v.kids[a] {
			if v.rel[k] == "nmod:poss" {
				return k
			}
		}
	}
	return -1
}

// invertedSpeaker returns the speaker that follows a verb of saying
// without a subject, which the parser took for its object ("…," added the
// PM), or -1: verbs of the inverted-speech class say things, not people.
func (v *sentence) invertedSpeaker(a int) int {
	if v.lex == nil || !v.inClass(v.lex, classInvertedSpeech, a) || v.childUniversal(a, "nsubj") >= 0 {
		return -1
	}
	o := v.childUniversal(a, "obj")
	if o < a || v.mentionFor(o) < 0 {
		return -1
	}
	return o
}

// underPredicate returns the subject of the event noun a when a is the
// predicate of a clause that puts the subject under it ("Iran is under
// pressure", "North Korea has been under UN sanctions"), or -1.
func (v *sentence) underPredicate(a int) int {
	if !v.hasCase(a, "under") || v.childUniversal(a, "cop") < 0 {
		return -1
	}
	return v.childUniversal(a, "nsubj")
}

// victimOf returns the subject of the predicate "victim" or "target" whose
// of-phrase is the event noun a ("Pakistan was the victim of a terrorist
// attack"), or -1.
func (v *sentence) victimOf(a int) int {
	p := v.head[a]
	if p < 0 || v.urel[a] != "nmod" || !v.hasCase(a, "of") || v.childUniversal(p, "cop") < 0 {
		return -1
	}
	switch v.lemma[p] {
	case "victim", "target":
		return v.childUniversal(p, "nsubj")
	}
	return -1
}

// reaction reports whether events of code react to what someone did or
// proposed: endorsing (051), criticising (11) or rejecting (12) it.
func reaction(code string) bool {
	switch rootOf(code) {
	case "11", "12":
		return true
	}
	return strings.HasPrefix(code, "051")
}

// undergoVerb returns the verb whose subject undergoes the event noun a
// (`undergo-verb` in modality.tsv): a has it as object ("faced sanctions",
// "drew criticism") or as a phrase marked "under", "with", "of", "after",
// "in", "during" or "due to" ("came under attack", "was met with
// condemnation", "died of torture", "were killed in an attack"). It returns
// -1 otherwise, and for a verb with a particle ("drew up a plan").
func (v *sentence) undergoVerb(a int) int {
	h := v.head[a]
	if h < 0 || v.lex == nil || v.upos[h] != "VERB" || !v.inClass(v.lex, classUndergoVerb, h) || v.childExact(h, "compound:prt") >= 0 {
		return -1
	}
	if v.urel[a] == "obj" || v.urel[a] == "obl" && v.hasCase(a, "under", "with", "of", "after", "in", "during", "due") {
		return h
	}
	return -1
}

// undergoer reports whether the event noun a is one whose possessor, when
// it has no of-phrase, is who undergoes the event ("Morales' ouster",
// "Bhutto's assassination"), not who does it ("Israel's release of the
// prisoners").
func (v *sentence) undergoer(a int) bool {
	if v.lex == nil || !v.lex.has(classUndergoer, v.lemma[a]) {
		return false
	}
	for _, k := range v.kids[a] {
		if v.urel[k] == "nmod" && v.hasCase(k, "of") {
			return false
		}
	}
	return true
}

// sameMentionActor reports whether mentions i and j resolve to the same
// actor.
func sameMentionActor(doc *text.Document, i, j int) bool {
	a, b := doc.Mentions[i].Actors, doc.Mentions[j].Actors
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return a[0].Code == b[0].Code && a[0].Name == b[0].Name
}

// sameState reports whether mentions i and j both name organs of one state
// (authority-sector: "President Trump" and "the U.S. military"): what one
// says the other did is a claim for its own side, not an accusation.
func (c *Coder) sameState(doc *text.Document, i, j int) bool {
	a, b := doc.Mentions[i].Actors, doc.Mentions[j].Actors
	if len(a) == 0 || len(b) == 0 || a[0].Country == "" || a[0].Country != b[0].Country {
		return false
	}
	organ := func(x text.Actor) bool {
		if len(x.Sectors) == 0 {
			return x.Kind == text.KindCountry
		}
		for _, s := range x.Sectors {
			if !c.lex.has(classAuthSector, strings.ToLower(s)) {
				return false
			}
		}
		return true
	}
	return organ(a[0]) && organ(b[0])
}

// isEventNoun reports whether noun t anchors a noun group of the
// dictionary.
func (c *Coder) isEventNoun(v *sentence, t int) bool {
	if v.upos[t] != "NOUN" {
		return false
	}
	gs, _ := c.lookup(true, v, t)
	return len(gs) > 0
}

// namedWithTimeWord reports whether the proper noun k, a time word, is a
// name ("The Times", "the Financial Times", "New Times"): a month or a
// weekday stands alone or with a number ("Monday", "May 1").
func (v *sentence) namedWithTimeWord(k int) bool {
	if v.upos[k] != "PROPN" {
		return false
	}
	for _, c := range v.kids[k] {
		switch v.urel[c] {
		case "det", "compound", "amod", "flat":
			return true
		}
	}
	return false
}

// cityMention reports whether token k is covered by a mention of a city or
// a capital (resolved as a place name, not as an actor's own name).
func (v *sentence) cityMention(k int) bool {
	mi := v.mention[k]
	if mi < 0 {
		return false
	}
	r := v.doc.Mentions[mi].Rule
	return strings.HasPrefix(r, "city:") || strings.HasPrefix(r, "capital:")
}
