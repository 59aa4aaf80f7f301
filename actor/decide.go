package actor

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parleyproject/parley/text"
)

// decide turns a parsed phrase into a mention (or, for bare coordinated
// locators, one mention each).
func (r *resolver) decide(k int, ph *phrase) {
	var sectors []string
	generic := false
	prefix := ""
	var head item
	if len(ph.heads) > 0 {
		head = r.mainHead(ph.heads)
		if head.kind == itemTitle {
			sectors = r.d.titles[head.ref].sectors
		} else {
			a := &r.d.agents[head.ref]
			sectors, generic, prefix = a.sectors, a.generic, a.prefix
		}
	}
	titleKey := ""
	if head.kind == itemTitle && len(ph.heads) > 0 {
		titleKey = r.d.titles[head.ref].key
	}
	if len(ph.heads) > 0 && !r.plural(ph.headWord) {
		// A region has no officials of its own: "the US Middle East
		// envoy", "its European head", "a Middle East analyst" are not the
		// region's ("European leaders", many, are of its states).
		ph.locs = slices.DeleteFunc(ph.locs, r.isRegion)
	}
	// "the company's chairman", "AMCU president": a title that heads any
	// organisation, with no country or organisation named, is of the
	// sector noun it is attached to, else of nothing known.
	// Before a name the title keeps its own sectors: "President Yar'Adua"
	// is a head of state the dictionary does not know.
	genericTitle := head.kind == itemTitle && len(ph.heads) > 0 && r.d.titles[head.ref].generic
	if genericTitle && len(ph.locs) > 0 && !slices.ContainsFunc(ph.locs, notCountry) && r.unknownNameAfter(ph.headWord) {
		// "the US managing director of Azoya", "the Chinese president of
		// Huaxin Cement": a title that heads any organisation, of one no
		// entry knows, heads that one whatever the person's country.
		ph.locs, head.aux = nil, 0
	}
	unattached := genericTitle && len(ph.locs) == 0 && head.aux == 0
	// bodySectors are those of the body a generic title heads ("union
	// president": LAB), or nil.
	var bodySectors []string
	if genericTitle {
		bodySectors = r.attachedSectors(ph.heads)
	}
	// "APA spokesman Dennis Tajer", "a Baker Hughes spokesman": a generic
	// sector noun after the name of an organisation no entry knows is of
	// that organisation, of no known sector.
	// Bodies keep their sector ("the Anti Corruption Bureau").
	unknownBody := head.kind == itemAgent && generic && len(ph.heads) == 1 && len(ph.locs) == 0 && prefix == "" &&
		r.isClass(ph.headWord, classPersonNoun) && (r.unknownNameBefore(ph.start) || r.unknownOwnerBefore(ph.start) || r.unknownNameAfter(ph.headWord))
	if unknownBody {
		sectors = nil
	}
	if head.kind == itemAgent && generic && len(ph.heads) == 1 && r.unknownOwnerBefore(ph.start) {
		// "Skycom's office in Tehran": the office of a body no entry
		// knows, in that city, not the capital's government.
		for i := range ph.locs {
			if ph.locs[i].kind == itemCapital {
				ph.locs[i].kind = itemCity
			}
		}
	}
	if bodySectors != nil && len(ph.locs) == 1 && head.aux == 0 {
		// "Cuban Supreme Court president Remigio Ferro": a title that heads
		// any organisation, after a body of a known sector, is of that
		// body's sector in the locator's country.
		sectors = bodySectors
	}
	if unattached {
		// "Biogen Chairman Stelios Papadopoulos": a title after the name
		// of an organisation no entry knows heads that organisation, of
		// no known sector.
		// Heads of state and government (rank 1) keep their sectors:
		// "Somaliland President Muse Bihi".
		if bodySectors != nil || ph.nameStart < 0 || r.d.titles[head.ref].rank > 1 && r.unknownNameBefore(ph.start) {
			sectors = bodySectors
		}
	}

	switch {
	case ph.local >= 0:
		e := r.ents[ph.local]
		a := e.actor
		if a.Kind != text.KindPerson {
			// An abbreviation the text defined ("BNP" after "the
			// Bangladesh Nationalist Party (BNP)"), or the head noun of a
			// name it gave ("the Commission").
			rule := "abbreviation:"
			if !r.words[ph.end-1].caps {
				rule = "short-name:"
			}
			r.emit(ph.start, ph.end, ph.personWord, []text.Actor{a}, rule+a.Name)
			return
		}
		if ph.former && a.Kind == text.KindPerson {
			a = r.eliOf(a)
		}
		if e.person >= 0 && !ph.former {
			a, _ = r.personActor(e.person, sectors)
		}
		r.emitPerson(ph, a, e.person, e.title, e.sex, "partial:"+a.ID, nil)
		return

	case ph.person >= 0:
		a, tkey := r.personActor(ph.person, sectors)
		if r.dated && !ph.former && len(ph.locs) == 1 && len(ph.heads) > 0 && r.roleAt(&r.d.persons[ph.person]) == nil {
			// "World Bank chief Robert Zoellick" in 2010, "Kenyan
			// opposition leader Raila Odinga": in none of the offices the
			// dictionary knows on that date, the person holds the one the
			// text names.
			a = r.actorOf(r.codeFor(ph, sectors, titleKey, head), text.KindPerson, a.Name, a.ID)
		}
		if ph.former {
			a = r.eliOf(a)
		}
		if titleKey != "" && tkey == "" {
			tkey = titleKey
		}
		rule := "person:" + a.ID
		if ph.surname {
			rule = "surname:" + a.ID
		}
		var spelt []word
		if pc := r.pieces[ph.personWord]; pc.variant {
			// Later mentions may spell the name as this one does
			// ("Mursi" after "Mohamed Mursi").
			spelt = r.words[ph.personWord:pc.end]
		}
		r.emitPerson(ph, a, ph.person, tkey, r.d.persons[ph.person].sex, rule, spelt)
		return

	case ph.nameStart >= 0:
		if pi := r.fullNameOf(ph); pi >= 0 {
			// "President Nana Addo Dankwa Akufo-Addo": the name of a
			// prominent office holder with middle names the dictionary
			// leaves out.
			a, tkey := r.personActor(pi, sectors)
			if titleKey != "" && tkey == "" {
				tkey = titleKey
			}
			r.emitPerson(ph, a, pi, tkey, r.d.persons[pi].sex, "person+middle:"+a.ID, nil)
			return
		}
		if pi := r.titledSurname(ph, titleKey); pi >= 0 {
			// "President Bush" in 2007: a surname that alone names no
			// one, after the title of the office its bearer holds.
			a, tkey := r.personActor(pi, sectors)
			r.emitPerson(ph, a, pi, tkey, r.d.persons[pi].sex, "title+surname:"+a.ID, nil)
			return
		}
		// An unknown person named after a title or a sector noun for one
		// person.
		if (unattached || unknownBody || head.kind == itemAgent) && len(sectors) == 0 && len(ph.locs) == 0 && prefix == "" {
			// A title of an organisation no entry knows, or a noun of no
			// sector ("staff"): the person is someone later text may
			// name, of no known actor.
			r.rememberUnknownPerson(ph.nameStart, ph.nameEnd)
			return
		}
		c := r.codeFor(ph, sectors, titleKey, head)
		if ph.former {
			c = eliCode(c.prefix)
		}
		name := r.doc.Text[r.words[ph.nameStart].start:r.words[ph.nameEnd-1].end]
		a := r.actorOf(c, text.KindPerson, name, "")
		rule := "title+name:" + titleKey
		if head.kind == itemAgent {
			rule = "agent+name:" + r.d.agents[head.ref].key
		}
		r.emitPerson(ph, a, -1, titleKey, ph.sex, rule, r.words[ph.nameStart:ph.nameEnd])
		return
	}

	if len(ph.heads) == 0 {
		r.bareLocators(k, ph)
		return
	}

	// A title that leads whatever it is attached to, after a sector noun,
	// leads that sector: "Kenyan youth leaders", "Afghan army chiefs" are
	// no heads of state.
	groupLeader := head.kind == itemTitle && len(ph.heads) > 1 && r.d.titles[head.ref].head && !genericTitle
	if groupLeader {
		if gs := r.attachedSectors(ph.heads[:len(ph.heads)-1]); gs != nil {
			sectors = gs
		}
	}
	// Titles and sector nouns, with or without locators.
	// "the Egyptian union president" heads the union, not Egypt.
	if head.kind == itemTitle && !ph.deputy && !ph.former && len(ph.locs) <= 1 && bodySectors == nil && !groupLeader {
		t := &r.d.titles[head.ref]
		scope, key := "", titleKey
		if len(ph.locs) == 1 {
			scope, key = r.locatorScope(ph.locs[0], t)
		} else if head.aux > 0 {
			c := &r.d.countries[head.aux-1]
			scope = c.code
			if t.head {
				key = c.leader
			}
		}
		if len(ph.locs) == 0 && ph.definite {
			// "the minister" is one named before, "the leaders" a group
			// named before; "the 20 finance ministers" are not one of them.
			if e := r.titleRef(titleKey); e >= 0 && !(r.plural(ph.headWord) && r.ents[e].actor.Kind == text.KindPerson) {
				ent := r.ents[e]
				r.emitPerson(ph, ent.actor, ent.person, ent.title, ent.sex, "coref:title:"+titleKey, nil)
				return
			}
			// Else "the president", "the prime minister", a head of state
			// or government, holds the office of the one country the
			// sentence, or the closest earlier one, names; not "the
			// president of the court" or "the chief guest".
			if scope == "" && r.headOfStateAlone(ph, t) {
				if ci, ok := r.theCountry(ph.start); ok {
					scope, key = r.locatorScope(locator{kind: itemCountry, ref: ci}, t)
				}
			}
		}
		if scope != "" && !ph.described {
			if pi := r.holder(scope, key); pi >= 0 {
				a, tkey := r.personActor(pi, sectors)
				if tkey == "" {
					tkey = titleKey
				}
				r.emitPerson(ph, a, pi, tkey, r.d.persons[pi].sex, "title:"+key+"@"+scope, nil)
				return
			}
		}
	}
	var actors []text.Actor
	var rules []string
	if len(ph.locs) == 0 && (head.kind == itemAgent || unattached) && len(sectors) == 0 && prefix == "" {
		return // "a member of the cartel", "the president of Canatur": a generic noun says nothing by itself
	}
	if len(ph.locs) == 0 {
		c := r.codeFor(ph, sectors, titleKey, head)
		if ph.former {
			c = eliCode(c.prefix)
		}
		c = prefixCode(prefix, c)
		rule := r.headRule(head)
		if oc, owner, ok := r.ownerCode(ph, sectors); ok && c.prefix == prefixNone && !ph.former {
			c, rule = oc, "coref:owner:"+owner+"+"+rule
		}
		if p, ok := r.personBefore(ph); ok && c.prefix == prefixNone {
			// "a senior Obama aide", "Merkel's spokesman": one who works
			// for a person is of the person's country and sectors.
			if pc, err := parseCode(p.Code, r.d.countryAt, r.d.sectors); err == nil {
				c, rule = pc, "person:"+p.ID+"+"+rule
				if ph.former {
					c = eliCode(c.prefix) // "Cameron's former spokesman"
				}
			}
		}
		actors = append(actors, r.actorOf(c, kindOfCode(c), "", ""))
		rules = append(rules, rule)
	}
	for _, l := range ph.locs {
		c, kind, name, id := r.combine(l, sectors, generic)
		if ph.former {
			c = eliCode(c.prefix)
		}
		c = prefixCode(prefix, c)
		actors = append(actors, r.actorOf(c, kind, name, id))
		rules = append(rules, r.locatorRule(l)+"+"+r.headRule(head))
	}
	m := r.emit(ph.start, ph.end, ph.headWord, actors, strings.Join(rules, ","))
	if len(ph.locs) <= 1 && head.kind == itemTitle {
		// A title alone or with a country is someone later text may refer to
		// ("the minister").
		r.addEntity(entity{actor: actors[0], person: -1, title: titleKey, word: ph.start,
			head: r.out[m].Head, subject: r.isSubject(m)}, nil)
	}
}

// attachedSectors returns the sectors of the last sector noun among heads
// that has its own ("union" in "union president"), or nil.
func (r *resolver) attachedSectors(heads []item) []string {
	for i := len(heads) - 1; i >= 0; i-- {
		if h := heads[i]; h.kind == itemAgent && len(r.d.agents[h.ref].sectors) > 0 && !r.d.agents[h.ref].generic {
			return r.d.agents[h.ref].sectors
		}
	}
	return nil
}

// mainHead picks the head noun that says what the actor is: the last one,
// unless it is a generic noun or a military rank after a more telling one
// ("intelligence agency officer", "Defence Minister General X").
func (r *resolver) mainHead(heads []item) item {
	for i := len(heads) - 1; i > 0; i-- {
		h := heads[i]
		weak := h.kind == itemAgent && r.d.agents[h.ref].generic ||
			h.kind == itemTitle && r.d.titles[h.ref].key == "general"
		if !weak {
			return h
		}
	}
	return heads[0]
}

// codeFor codes a title or agent without a locator: its default country if
// it has one ("Secretary of State"), else no country.
func (r *resolver) codeFor(ph *phrase, sectors []string, titleKey string, head item) code {
	prefix := prefixNone
	if len(ph.locs) == 1 {
		c, _, _, _ := r.combine(ph.locs[0], sectors, false)
		return c
	}
	if head.kind == itemTitle && head.aux > 0 {
		prefix = r.d.countries[head.aux-1].code
	}
	if prefix == prefixNone && len(ph.locs) == 0 && (head.kind == itemTitle || head.kind == itemAgent && r.isClass(ph.headWord, classPersonNoun)) {
		if owner := r.stateOwnerBefore(ph.start); owner != "" {
			prefix = owner // "the Syrian regime's Foreign Minister", "the government's spokesman"
		}
	}
	if len(sectors) == 0 {
		return code{full: prefix, prefix: prefix}
	}
	return code{full: prefix + strings.Join(sectors, ""), prefix: prefix, sectors: sectors}
}

// bareLocators emits countries, IGOs and organisations named without a
// sector noun; coordinated ones ("the US, Russia and Switzerland") become a
// mention each. A city or capital after a locative preposition ("in
// Beijing") is a place, not an actor.
func (r *resolver) bareLocators(k int, ph *phrase) {
	for i, l := range ph.locs {
		if (l.kind == itemCapital || l.kind == itemCity) && r.afterLocative(k, l.start, l.kind == itemCapital) {
			continue
		}
		if (l.kind == itemCapital || l.kind == itemCity || l.kind == itemCountry) && r.basedIn(l.end) {
			continue // "a Beijing-based expert", "the Singapore-listed brewer": where it is
		}
		if l.kind == itemOrg && (r.adjectiveUse(l) || r.otherCompany(l)) {
			continue
		}
		if r.afterHyphenPrefix(l.start) {
			continue // "the Inter-American highway", "the Pan-African parliament"
		}
		if (l.kind == itemCountry || l.kind == itemCapital || l.kind == itemCity) && (r.inLongerName(l.end) || r.endsUnknownName(l.start) || r.featureOf(l.start)) {
			continue // "the Niger Delta", "Israel Corp", "Georgia Tech", "Luis Vicente Leon", "the Gulf of Aden": a name of its own
		}
		c, kind, name, id := r.combine(l, nil, false)
		if ph.former && kind == text.KindPerson {
			c = eliCode(c.prefix)
		}
		actors := []text.Actor{r.actorOf(c, kind, name, id)}
		if l.kind == itemOrg {
			// An organisation standing for several actors ("code A; B").
			for _, c := range r.d.orgs[l.ref].also {
				actors = append(actors, r.actorOf(c, kind, name, id))
			}
		}
		start, end := l.start, l.end
		if i == 0 {
			start = ph.start
		}
		if len(ph.locs) == 1 {
			end = ph.end
		}
		r.emit(start, end, -1, actors, r.locatorRule(l))
	}
}

// adjectiveUse reports whether a one-word organisation name that opens the
// sentence is an ordinary adjective there, capitalised only by its place:
// "Total donations: $1 million" is no statement by Total. The parse tells:
// an adjective modifying the lowercase noun after it. ("NNPC source" and
// "FARC men" inside a sentence stay names.)
func (r *resolver) adjectiveUse(l locator) bool {
	if !r.parsed || l.start != 0 || l.end != 1 || len(r.words) < 2 {
		return false
	}
	t := &r.doc.Tokens[r.words[l.start].tok]
	if t.UPOS != "ADJ" || t.DepRel != "amod" {
		return false
	}
	next := &r.words[l.start+1]
	return !next.upper && r.doc.Tokens[next.tok].UPOS == "NOUN" && t.Head == next.tok
}

// basedIn reports whether the words from end on say where something is
// based, listed or born (class place-participle: "Beijing-based expert",
// "a London-based think tank", "London-listed Tullow", "the Singapore-listed
// brewer"): the city or country before them is a place, not its government.
func (r *resolver) basedIn(end int) bool {
	if end <= 0 || end >= len(r.words) || !r.isClass(end, classPlaceParticiple) {
		return false
	}
	// Right after the city, a hyphen (which splitting drops) or a space
	// between them.
	gap := r.words[end].start - r.words[end-1].end
	return gap >= 1 && gap <= 3
}

// afterLocative reports whether the phrase starting at word k (whose locator
// starts at word l) follows "in", "at" and the like; capital says the
// locator is a seat of government, which after "from" in a noun's phrase
// stands for the government.
func (r *resolver) afterLocative(k, l int, capital bool) bool {
	for i := l - 1; i >= 0 && i >= k-1; i-- {
		if r.words[i].key == "," && i > 0 && isNumber(r.words[i-1].key) {
			break // "In 2018, Beijing was accused": a year's phrase ended
		}
		if r.isClass(i, classLocative) {
			// "support from Moscow", "pressure from Washington": a capital
			// after "from" in a noun's phrase stands for its government;
			// another city is a place ("a tailor from Naples").
			return !(capital && r.words[i].key == "from" && r.nounPhraseOf(i, l))
		}
		if i < k {
			break
		}
	}
	return false
}

// isNumber reports whether s is one or more ASCII digits.
func isNumber(s string) bool {
	_, ok := digits(s)
	return ok && s != ""
}

// nounPhraseOf reports whether the phrase at word l, after the preposition
// at word prep, depends on a noun ("support from Moscow") rather than on a
// verb ("flew from Moscow").
func (r *resolver) nounPhraseOf(prep, l int) bool {
	if !r.parsed {
		return false
	}
	t := &r.doc.Tokens[r.words[l].tok]
	if t.Head >= 0 && t.Head < len(r.doc.Tokens) && strings.HasPrefix(t.DepRel, "nmod") {
		switch r.doc.Tokens[t.Head].UPOS {
		case "NOUN", "PROPN":
			return true
		}
	}
	// The parser often hangs the phrase on the verb ("enjoyed support from
	// Moscow"): a noun right before the preposition decides then.
	return prep > 0 && r.doc.Tokens[r.words[prep-1].tok].UPOS == "NOUN"
}

// locatorScope returns the scope and the title key to look up holders of a
// title attached to a locator ("the Chinese president", "NATO chief").
func (r *resolver) locatorScope(l locator, t *title) (scope, key string) {
	key = t.key
	switch l.kind {
	case itemIGO:
		g := &r.d.igos[l.ref]
		scope = r.d.scope(g.code)
		if t.head && g.leader != "" {
			key = g.leader
		}
	case itemOrg:
		o := &r.d.orgs[l.ref]
		c := r.orgCode(o)
		if o.kind == text.KindCountry && c.country() != "" {
			scope = c.country()
			if t.head {
				key = r.d.countries[r.d.countryAt[scope]].leader
			}
			return scope, key
		}
		scope = r.d.scope(c)
		if t.head && o.leader != "" {
			key = o.leader
		}
		if len(scope) == 3 && (o.leader == "" || !t.head) && !r.statePart(c.sectors) {
			// "the president of Samsung Electronics", "a Lockheed vice
			// president": a company or another body outside the state is
			// headed by its own officers, not the country's office
			// holders.
			scope = ""
		}
	default:
		if t.head && l.kind == itemCity {
			// "the leader of Soweto": the head of a city is not the
			// country's.
			return "", key
		}
		c := &r.d.countries[l.ref]
		scope = c.code
		if t.head && c.leader != "" {
			key = c.leader
		}
	}
	return scope, key
}

// statePart reports whether sectors name a part of the state or its
// politics (sector `state yes`), whose titles are the country's offices.
func (r *resolver) statePart(sectors []string) bool {
	return slices.ContainsFunc(sectors, func(s string) bool { return r.d.stateSectors[s] })
}

// combine codes a locator with the sectors of a head noun: "Iraqi police" →
// IRQCOP, "UN troops" → IGOUNOMIL, "Pentagon officials" → USAMIL, "Hamas
// fighters" → Hamas's code.
func (r *resolver) combine(l locator, sectors []string, generic bool) (c code, kind text.ActorKind, name, id string) {
	d := r.d
	switch l.kind {
	case itemIGO:
		g := &d.igos[l.ref]
		c = g.code
		if !generic && !(len(sectors) == 1 && sectors[0] == "GOV") {
			c = withSectors(c, sectors)
		}
		return c, text.KindIGO, g.name, g.code.full
	case itemOrg:
		o := &d.orgs[l.ref]
		c = r.orgCode(o)
		if len(sectors) > 0 && !generic && o.kind == text.KindCountry && !contains(c.sectors, "LEG") {
			c = replaceSectors(c, sectors)
		} else if l.leads && len(sectors) > 0 && c.country() != "" && d.stateSectors[sectors[0]] {
			// "the BJP-led government", "the Hamas-run government": the
			// state body of the leader's country.
			c = replaceSectors(code{full: c.country(), prefix: c.country()}, sectors)
		}
		return c, o.kind, o.name, o.id
	}
	ct := &d.countries[l.ref]
	c = code{full: ct.code, prefix: ct.code}
	switch {
	case len(sectors) > 0:
		c = replaceSectors(c, sectors)
	case l.kind == itemCapital:
		c = replaceSectors(c, []string{"GOV"})
	}
	return c, text.KindCountry, ct.name, ct.code
}

// orgCode returns an organisation's code on the document's date.
func (r *resolver) orgCode(o *org) code {
	best := -1
	for i := range o.roles {
		ro := &o.roles[i]
		if ro.from == minDay && ro.to == maxDay {
			if best < 0 {
				best = i
			}
			continue
		}
		if !r.dated || ro.covers(r.when) {
			if best < 0 || o.roles[best].from <= ro.from || (o.roles[best].from == minDay && o.roles[best].to == maxDay) {
				best = i
			}
		}
	}
	if best < 0 {
		best = 0
	}
	return o.roles[best].code
}

// roleAt returns the person's office on the document's date: among the
// offices held then, the best ranked, then the latest begun. Undated: the
// latest begun office.
func (r *resolver) roleAt(p *person) *role {
	var best *role
	for i := range p.roles {
		ro := &p.roles[i]
		if r.dated {
			if !ro.covers(r.when) {
				continue
			}
			if best == nil || ro.rank < best.rank || (ro.rank == best.rank && ro.from >= best.from) {
				best = ro
			}
			continue
		}
		if best == nil || ro.from > best.from || (ro.from == best.from && ro.rank < best.rank) {
			best = ro
		}
	}
	return best
}

// titledSurname returns the one prominent person whose surname, a stop
// name, is the one word named after a title and who holds that title's
// office on the document's date (without a date: an office still held), or
// -1.
func (r *resolver) titledSurname(ph *phrase, titleKey string) int32 {
	if titleKey == "" || ph.nameEnd <= ph.nameStart || ph.nameEnd > ph.nameStart+5 {
		return -1
	}
	var keys []string
	for _, w := range r.words[ph.nameStart:ph.nameEnd] {
		keys = append(keys, w.key)
	}
	// A regnal number must be the holder's own: "King Abdullah I" is no
	// name of Abdullah II.
	return r.titledHolder(ph, titleKey, strings.Join(keys, " "))
}

// titledHolder returns the one person indexed under key who holds the
// title's office on the document's date, in the phrase's country if it
// names one, or -1.
func (r *resolver) titledHolder(ph *phrase, titleKey, key string) int32 {
	found, named, ambiguous := int32(-1), int32(-1), false
	for _, pi := range r.d.titledSurnames[key] {
		ro := r.heldTitle(&r.d.persons[pi], titleKey)
		if ro == nil || !r.locatedIn(ph, ro.code.country()) {
			continue
		}
		if r.countryNamed(ro.code.country()) {
			// "King Abdullah" in a story that has named Jordan.
			if named >= 0 {
				return -1
			}
			named = pi
		}
		if found >= 0 {
			ambiguous = true
		}
		found = pi
	}
	if ambiguous {
		return named
	}
	return found
}

// countryNamed reports whether an earlier mention of the document names an
// actor of the country.
func (r *resolver) countryNamed(country string) bool {
	for i := range r.out {
		for _, a := range r.out[i].Actors {
			if a.Country == country {
				return true
			}
		}
	}
	return false
}

// fullNameOf returns the one prominent person in office on the document's
// date whose name is the first word of the phrase's name followed by its
// last words, middle names left out ("Nana Addo Dankwa Akufo-Addo" for Nana
// Akufo-Addo), or -1.
func (r *resolver) fullNameOf(ph *phrase) int32 {
	n := ph.nameEnd - ph.nameStart
	if n < 3 || !r.dated {
		return -1
	}
	found := int32(-1)
	for k := 1; k <= 2 && k < n-1; k++ {
		keys := []string{r.words[ph.nameStart].key}
		for _, w := range r.words[ph.nameEnd-k : ph.nameEnd] {
			keys = append(keys, w.key)
		}
		node := r.d.lex.node(keys)
		if node == 0 {
			continue
		}
		for _, it := range r.d.lex.items[node] {
			if it.kind != itemPerson {
				continue
			}
			p := &r.d.persons[it.ref]
			if p.rank > prominentRank || r.roleAt(p) == nil {
				continue
			}
			if found >= 0 && found != it.ref {
				return -1
			}
			found = it.ref
		}
	}
	return found
}

// heldTitle returns the office of title titleKey that p holds on the
// document's date (without a date: one still held), or nil. A monarch who
// is also prime minister is found as monarch.
func (r *resolver) heldTitle(p *person, titleKey string) *role {
	for i := range p.roles {
		ro := &p.roles[i]
		if ro.title != titleKey {
			continue
		}
		if r.dated && ro.covers(r.when) || !r.dated && (ro.to == maxDay || ro.seen) {
			return ro
		}
	}
	return nil
}

// locatedIn reports whether the phrase's locators, if any, name the
// country: "Saudi King Abdullah" is no king of Jordan.
func (r *resolver) locatedIn(ph *phrase, country string) bool {
	if len(ph.locs) == 0 {
		return true
	}
	for _, l := range ph.locs {
		if c, _, _, _ := r.combine(l, nil, true); c.country() == country {
			return true
		}
	}
	return false
}

// personActor codes a person on the document's date: by the office held
// then; out of office, by the title the text gives, else as a former
// official or elite (country + ELI). It returns the title of the office.
func (r *resolver) personActor(pi int32, textSectors []string) (text.Actor, string) {
	p := &r.d.persons[pi]
	ro := r.roleAt(p)
	var c code
	tkey := ""
	switch {
	case !r.dated && len(textSectors) > 0 && ro != nil && ro.code.country() != "":
		// Without a date the office held is unknown: the title the text
		// gives says it ("US Senator Marco Rubio"), in the country of the
		// latest office.
		c = code{full: ro.code.prefix + strings.Join(textSectors, ""), prefix: ro.code.prefix, sectors: textSectors}
	case ro != nil:
		c, tkey = ro.code, ro.title
	case len(textSectors) > 0:
		home := r.home(p)
		c = code{full: home + strings.Join(textSectors, ""), prefix: home, sectors: textSectors}
	case r.dated && r.beforeFirstRole(p):
		// Before the first office the dictionary knows the person is no
		// former official but someone whose earlier offices it lacks
		// (Steinmeier in 2008): the country alone.
		home := r.home(p)
		c = code{full: home, prefix: home}
	default:
		c = eliCode(r.home(p))
	}
	return r.actorOf(c, text.KindPerson, p.name, p.id), tkey
}

// beforeFirstRole reports whether the document's date comes before every
// office the dictionary knows the person held.
func (r *resolver) beforeFirstRole(p *person) bool {
	if len(p.roles) == 0 {
		return false
	}
	for i := range p.roles {
		if p.roles[i].from <= r.when {
			return false
		}
	}
	return true
}

// home returns the country a person belongs to on the document's date: the
// stated nationality, else the country of the last office begun before the
// date (or the first office), else ---.
func (r *resolver) home(p *person) string {
	if p.country != "" {
		return p.country
	}
	home := ""
	for i := range p.roles {
		ro := &p.roles[i]
		c := ro.code.country()
		if c == "" {
			continue
		}
		if home == "" || !r.dated || ro.from <= r.when {
			home = c
		}
	}
	if home == "" {
		return prefixNone
	}
	return home
}

// prefixCode puts an agent's prefix before a code (an imported "NGO~"
// agent: MSF of Arnor → NGOARN); without a prefix it returns c.
func prefixCode(prefix string, c code) code {
	if prefix == "" {
		return c
	}
	rest := c.full
	if c.prefix == prefixNone {
		rest = c.full[3:]
	}
	return code{full: prefix + rest, prefix: prefix[:3], sectors: append([]string(nil), c.sectors...)}
}

func eliCode(prefix string) code {
	if prefix == prefixIGO || prefix == prefixIMG || prefix == prefixNGO || prefix == "" {
		prefix = prefixNone
	}
	return code{full: prefix + "ELI", prefix: prefix, sectors: []string{"ELI"}}
}

func (r *resolver) eliOf(a text.Actor) text.Actor {
	c := eliCode(a.Country)
	if a.Country == "" {
		c = eliCode(prefixNone)
	}
	a.Code, a.Sectors = c.full, c.sectors
	return a
}

// holder returns the one person holding an office of a scope on the document's
// date (undated: the latest holder), or -1.
func (r *resolver) holder(scope, key string) int32 {
	refs := r.d.holders[scope+"|"+key]
	found := int32(-1)
	for i := len(refs) - 1; i >= 0; i-- {
		ro := &r.d.persons[refs[i].person].roles[refs[i].role]
		if !r.dated {
			return refs[i].person
		}
		if !ro.covers(r.when) {
			continue
		}
		if found >= 0 && found != refs[i].person {
			// Several hold the office on the date (senators,
			// ambassadors, governors): the title names none of them.
			return -1
		}
		found = refs[i].person
	}
	return found
}

func kindOfCode(c code) text.ActorKind {
	switch c.prefix {
	case prefixNone:
		return text.KindSector
	case prefixIGO:
		return text.KindIGO
	case prefixIMG, prefixNGO:
		return text.KindGroup
	}
	return text.KindCountry
}

func (r *resolver) actorOf(c code, kind text.ActorKind, name, id string) text.Actor {
	country := c.country()
	if i, ok := r.d.countryAt[country]; ok && r.d.countries[i].region {
		country = ""
		if kind == text.KindCountry {
			kind = text.KindRegion
		}
	}
	return text.Actor{Code: c.full, Country: country, Sectors: c.sectors, Name: name, ID: id, Kind: kind}
}

func (r *resolver) headRule(h item) string {
	if h.kind == itemTitle {
		return "title:" + r.d.titles[h.ref].key
	}
	return "agent:" + r.d.agents[h.ref].key
}

func (r *resolver) locatorRule(l locator) string {
	switch l.kind {
	case itemIGO:
		return "igo:" + r.d.igos[l.ref].code.full
	case itemOrg:
		return "org:" + r.d.orgs[l.ref].id
	case itemAdj:
		return "adj:" + r.d.countries[l.ref].code
	case itemPeople:
		return "people:" + r.d.countries[l.ref].code
	case itemCapital:
		return "capital:" + r.d.countries[l.ref].code
	case itemCity:
		if l.town {
			return townRule + r.d.countries[l.ref].code
		}
		return "city:" + r.d.countries[l.ref].code
	}
	return "country:" + r.d.countries[l.ref].code
}

// emit appends a mention over words [start, end); head is the word of its
// head noun, or -1. It returns the mention's index.
func (r *resolver) emit(start, end, head int, actors []text.Actor, rule string) int {
	ws := r.words
	m := text.Mention{
		Sentence: r.sent,
		Start:    ws[start].tok,
		End:      ws[end-1].tok + 1,
		Span:     text.Span{Start: ws[start].start, End: ws[end-1].end},
		Actors:   actors,
		Rule:     rule,
	}
	m.Head = m.End - 1
	if head >= 0 && head < len(ws) {
		m.Head = ws[head].tok
	}
	if r.parsed {
		for t := m.Start; t < m.End; t++ {
			h := r.doc.Tokens[t].Head
			if h < m.Start || h >= m.End {
				m.Head = t
				break
			}
		}
	}
	r.out = append(r.out, m)
	r.defineAbbreviation(start, end, actors)
	r.defineShortName(start, end, actors)
	return len(r.out) - 1
}

// defineShortName makes the last word of an organisation's name, when it is
// a noun that heads such names (org-head: Commission, Alliance, Fund), a
// name of that organisation for the rest of the document, after "the". The
// first organisation so named keeps the word.
func (r *resolver) defineShortName(start, end int, actors []text.Actor) {
	if len(actors) != 1 || end-start < 2 {
		return
	}
	a := actors[0]
	if a.Kind != text.KindIGO && a.Kind != text.KindGroup || len(a.Code) < 3 || a.Code[:3] == prefixNone {
		return
	}
	w := &r.words[end-1]
	if !w.upper || !r.d.orgHeads[w.key] {
		return
	}
	if _, ok := r.shortNames[w.key]; ok {
		return
	}
	if r.shortNames == nil {
		r.shortNames = map[string]int32{}
	}
	r.addEntityQuiet(entity{actor: a, person: -1, word: end - 1, head: -1})
	r.shortNames[w.key] = int32(len(r.ents) - 1)
}

// allUpper reports whether s is capital letters only.
func allUpper(s string) bool {
	for _, c := range s {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return s != ""
}

// maxAbbreviation is the longest abbreviation a text may define.
const maxAbbreviation = 8

// defineAbbreviation makes a capitalised word in parentheses right after a
// mention of one actor that is no person, spelling the initials of the
// mention's capitalised words ("the Bangladesh Nationalist Party (BNP)",
// "the National Resistance Movement (NRM)"), stand for that actor in the
// rest of the document, whatever the dictionary reads in it.
func (r *resolver) defineAbbreviation(start, end int, actors []text.Actor) {
	ws := r.words
	if len(actors) != 1 || actors[0].Kind == text.KindPerson || end+2 >= len(ws) ||
		ws[end].key != "(" || ws[end+2].key != ")" {
		return
	}
	w := &ws[end+1]
	if !w.caps || len(w.key) < 2 || len(w.key) > maxAbbreviation || !allUpper(r.doc.Text[w.start:w.end]) {
		return // not tickers ("Boeing (BA.N)")
	}
	// The letters must be the initials of the mention's capitalised words:
	// what the mention resolved to may be less than the name ("Free
	// Democrats (FDP)" is no party of "Democrats").
	var initials []byte
	for _, x := range ws[start:end] {
		if x.upper && x.key != "" {
			initials = append(initials, x.key[0])
		}
	}
	if string(initials) != w.key {
		return
	}
	// Only an actor of known country or organisation takes the letters,
	// and from the dictionary's own reading of them only when that is of
	// another ("BNP" is BNP Paribas, FRA, but a Bangladeshi party here;
	// "the Bharatiya Janata Party (BJP)" keeps the dictionary's BJP).
	a := actors[0]
	if len(a.Code) < 3 || a.Code[:3] == prefixNone {
		return
	}
	if l, ok := r.locatorAt(end + 1); ok && l.end == end+2 {
		if c, _, _, _ := r.combine(l, nil, false); strings.HasPrefix(c.full, a.Code[:3]) {
			return
		}
	}
	if r.abbrevs == nil {
		r.abbrevs = map[string]int32{}
	}
	if _, ok := r.abbrevs[w.key]; ok {
		return
	}
	r.addEntityQuiet(entity{actor: a, person: -1, word: end + 1, head: -1})
	e := int32(len(r.ents) - 1)
	r.abbrevs[w.key] = e
	// The sentence's words were matched before: the abbreviation itself
	// is read anew.
	if end+1 < len(r.pieces) {
		r.pieces[end+1] = piece{end: end + 2, local: e}
	}
}

// emitPerson emits a mention of one person (known or not) and remembers it.
func (r *resolver) emitPerson(ph *phrase, a text.Actor, pi int32, tkey string, sex byte, rule string, name []word) {
	hw := ph.personWord
	if hw < 0 || ph.nameStart < 0 && ph.person < 0 && ph.local < 0 {
		hw = ph.headWord
	}
	if ph.sex != 0 {
		sex = ph.sex
	}
	m := r.emit(ph.start, ph.end, hw, []text.Actor{a}, rule)
	r.addEntity(entity{actor: a, person: pi, title: tkey, sex: sex, word: ph.start, head: r.out[m].Head, subject: r.isSubject(m)}, name)
}

// isSubject reports whether a mention is the subject of its clause (by the
// parse; without one, whether it opens the sentence).
func (r *resolver) isSubject(m int) bool {
	mt := &r.out[m]
	if r.parsed {
		return strings.HasPrefix(r.doc.Tokens[mt.Head].DepRel, "nsubj")
	}
	return mt.Start == r.doc.Sentences[r.sent].Start
}

// isRegion reports whether locator l names a region of the world.
func (r *resolver) isRegion(l locator) bool {
	switch l.kind {
	case itemCountry, itemAdj, itemPeople:
		return r.d.countries[l.ref].region
	}
	return false
}

// plural reports whether word w is a plural noun: tagged so, or, untagged,
// ending in s.
func (r *resolver) plural(w int) bool {
	if w < 0 || w >= len(r.words) {
		return false
	}
	t := &r.doc.Tokens[r.words[w].tok]
	if t.XPOS != "" {
		return t.XPOS == "NNS" || t.XPOS == "NNPS"
	}
	return strings.HasSuffix(r.words[w].key, "s")
}

// stateOwnerBefore returns the country of a state or its government named
// right before word start with "'s" ("the Syrian regime's Foreign
// Minister"), whose office a title there is; "" for none.
func (r *resolver) stateOwnerBefore(start int) string {
	if start < 1 || r.words[start-1].key != "'s" || len(r.out) <= r.first {
		return ""
	}
	m := &r.out[len(r.out)-1]
	if m.End != r.words[start-1].tok || len(m.Actors) != 1 {
		return ""
	}
	a := m.Actors[0]
	if a.Kind != text.KindCountry || a.Country == "" || len(a.Sectors) > 1 || len(a.Sectors) == 1 && a.Sectors[0] != "GOV" {
		return ""
	}
	return a.Country
}

// personBefore returns the actor of a known person named right before
// phrase ph, or before it with "'s", when ph is a sector noun for one
// person ("Obama aide", "Merkel's spokesman").
func (r *resolver) personBefore(ph *phrase) (text.Actor, bool) {
	if len(ph.heads) == 0 || !r.isClass(ph.headWord, classPersonNoun) || ph.start >= len(r.words) || len(r.out) <= r.first {
		return text.Actor{}, false
	}
	m := &r.out[len(r.out)-1]
	tok := r.words[ph.start].tok
	if ph.start > 0 && r.words[ph.start-1].key == "'s" {
		tok = r.words[ph.start-1].tok
	}
	if m.End != tok || len(m.Actors) != 1 || m.Actors[0].Kind != text.KindPerson || m.Actors[0].Country == "" {
		return text.Actor{}, false
	}
	return m.Actors[0], true
}

// headOfStateAlone reports whether the phrase is "the" and a title of
// rank 1 (heads of state and government) alone: singular, no word before
// it, no of-phrase or name in apposition after it, and not modifying a
// noun.
func (r *resolver) headOfStateAlone(ph *phrase, t *title) bool {
	if t.rank != 1 || !r.parsed || ph.start < 1 || r.words[ph.start-1].key != "the" || r.plural(ph.headWord) || !r.has(ph.start, itemTitle) {
		return false
	}
	if ph.end < len(r.words) && r.words[ph.end].key == "of" {
		return false
	}
	if ph.end+1 < len(r.words) && r.words[ph.end].key == "," && r.words[ph.end+1].upper {
		return false // "met the President, Dr Hage Geingob": the name says who
	}
	last := r.words[r.pieces[ph.start].end-1].tok
	t2 := &r.doc.Tokens[last]
	return !((t2.DepRel == "compound" || t2.DepRel == "amod") && t2.Head > last)
}

// afterHyphenPrefix reports whether the word before word i is a prefix of
// the hyphen-prefix class joined to it by a hyphen ("Inter-American",
// "Pan-African"): the compound names a region or a span, no country.
func (r *resolver) afterHyphenPrefix(i int) bool {
	if i <= 0 || i >= len(r.words) || !r.isClass(i-1, classHyphenPrefix) {
		return false
	}
	return r.words[i].start-r.words[i-1].end == 1 && r.doc.Text[r.words[i-1].end] == '-'
}

// classOnly reports whether every meaning of the phrase at word i is a
// grammar class ("Corp" of company-suffix), no name.
func (r *resolver) classOnly(i int) bool {
	return r.pieces[i].kinds&^(1<<itemClass) == 0
}

// otherCompany reports whether organisation l, no business or media company
// itself, is followed by a company suffix ("CPC Corp", the Taiwanese oil
// company, is not the CPC, the Chinese Communist Party): the words name a
// company of their own.
func (r *resolver) otherCompany(l locator) bool {
	end := l.end
	if end >= len(r.words) || !r.words[end].upper || !r.isClass(end, classCompanySuffix) || r.words[end].start-r.words[end-1].end > 1 {
		return false
	}
	for _, ro := range r.d.orgs[l.ref].roles {
		if slices.Contains(ro.code.sectors, "BUS") || slices.Contains(ro.code.sectors, "JRN") {
			return false // "Exxon Corp", "CBS Corp": the company itself
		}
	}
	return true
}

// inLongerName reports whether the place name (or the one word of a
// person's name) ending before word end goes on in a capitalised word of a
// longer proper name that names no actor of its own: the name is then a
// part of that name ("the Niger Delta", "Israel Corp", "Georgia Tech",
// "Cameron Hockly").
func (r *resolver) inLongerName(end int) bool {
	if !r.parsed || end <= 0 || end >= len(r.words) {
		return false
	}
	w := &r.words[end]
	if !r.nameWord(end) || r.pieces[end].end > end && !r.classOnly(end) || w.start != r.words[end-1].end+1 {
		return false
	}
	lastTok := r.words[end-1].tok
	last, next := &r.doc.Tokens[lastTok], &r.doc.Tokens[w.tok]
	if next.UPOS != "PROPN" {
		return false
	}
	return next.Head == lastTok && next.DepRel == "flat" || // "Israel Corp"
		last.Head == w.tok && (last.DepRel == "compound" || last.DepRel == "flat") || // "Niger Delta"
		last.Head == next.Head && last.DepRel == "compound" && next.DepRel == "compound" // "Iran Air flights"
}

// featureOf reports whether the place starting at word start names the
// feature of class place-feature before it, with "of" (and "the") or right
// before it: "the Gulf of Mexico", "the Horn of Africa", "Lake Chad",
// "Mount Kenya".
func (r *resolver) featureOf(start int) bool {
	feature := func(i int) bool { return i >= 0 && r.words[i].upper && r.d.placeFeatures[r.words[i].key] }
	if j := start - 1; feature(j) && r.words[start].start-r.words[j].end == 1 {
		return true
	}
	j := start - 1
	if j >= 0 && r.words[j].key == "the" {
		j--
	}
	return j >= 1 && r.words[j].key == "of" && feature(j-1)
}

// endsUnknownName reports whether the place starting at word start ends a
// person's name whose earlier words no entry knows ("Luis Vicente Leon",
// "Alicia Leon"): the word before it is an unknown capitalised proper noun
// that the parse joins to it in one flat name or compound, and the name
// opens with a given name.
func (r *resolver) endsUnknownName(start int) bool {
	if !r.parsed || start <= 0 || start >= len(r.words) {
		return false
	}
	j := start - 1
	if !r.nameWord(j) || r.isClass(j, classRegionPrefix) || r.words[start].start != r.words[j].end+1 {
		return false // "West Asia", "Northern Iraq": a part of the place
	}
	prevTok, firstTok := r.words[j].tok, r.words[start].tok
	prev, first := &r.doc.Tokens[prevTok], &r.doc.Tokens[firstTok]
	if prev.UPOS != "PROPN" || first.UPOS != "PROPN" {
		return false
	}
	joined := first.DepRel == "flat" && (first.Head == prevTok || first.Head == prev.Head && prev.DepRel == "flat") || // "Luis Vicente Leon"
		prev.Head == firstTok && (prev.DepRel == "flat" || prev.DepRel == "compound") // "Juan Leon" with Leon its head
	if !joined {
		return false
	}
	// The name opens with a given name: a person's ("Alicia Leon"), not a
	// company's branch ("Zipmex Thailand", "Nedbank Namibia").
	for k := j; k >= 0 && k >= j-2 && r.nameWord(k); k-- {
		if r.isClass(k, classGivenM) || r.isClass(k, classGivenF) || r.d.given[r.words[k].key] >= minGivenName {
			return true
		}
	}
	return false
}

// unknownOwnerBefore reports whether the phrase at word i follows "'s"
// after a capitalised proper noun that no entry knows and that possesses
// the phrase in the parse ("Abbott's office").
func (r *resolver) unknownOwnerBefore(i int) bool {
	if !r.parsed || i < 2 || i > len(r.words) || r.words[i-1].key != "'s" {
		return false
	}
	j := i - 2
	if !r.nameWord(j) || r.pieces[j].end > j {
		return false
	}
	t := &r.doc.Tokens[r.words[j].tok]
	return t.UPOS == "PROPN" && t.DepRel == "nmod:poss"
}

// unknownNameAfter reports whether the word at i has a for-, of- or
// at-phrase whose head is a capitalised proper noun that no entry knows ("a
// spokesman for Daewoo").
func (r *resolver) unknownNameAfter(i int) bool {
	if !r.parsed || i < 0 || i >= len(r.words) {
		return false
	}
	h := r.words[i].tok
	for j := i + 1; j < len(r.words) && j <= i+3; j++ {
		t := &r.doc.Tokens[r.words[j].tok]
		if t.Head != h || t.DepRel != "nmod" {
			continue
		}
		ofFor, name := false, j
		for k := i + 1; k < j; k++ {
			c := &r.doc.Tokens[r.words[k].tok]
			if c.DepRel == "case" && c.Head == r.words[j].tok {
				ofFor = strings.EqualFold(c.Form, "for") || strings.EqualFold(c.Form, "of") || strings.EqualFold(c.Form, "at")
				name = k + 1
			}
		}
		if !ofFor || t.UPOS != "PROPN" || !r.nameWord(j) {
			return false
		}
		// No known name may cover the whole name ("of General Motors"); a
		// known word that only begins it does not ("of Baker Hughes").
		last := j
		for last+1 < len(r.words) && r.doc.Tokens[r.words[last+1].tok].Head == r.words[j].tok && r.doc.Tokens[r.words[last+1].tok].DepRel == "flat" {
			last++
		}
		for k := name; k <= j; k++ {
			if r.pieces[k].end > last {
				return false
			}
		}
		return true
	}
	return false
}

// notCountry reports whether a locator names something other than a
// country (an organisation, an IGO).
func notCountry(l locator) bool {
	switch l.kind {
	case itemCountry, itemAdj, itemPeople:
		return false
	}
	return true
}

// unknownNameBefore reports whether the word before word i is a capitalised
// proper noun that no entry knows and that modifies the phrase at i in the
// parse ("Biogen" in "Biogen Chairman X").
func (r *resolver) unknownNameBefore(i int) bool {
	if !r.parsed || i <= 0 || i > len(r.words) {
		return false
	}
	w := &r.words[i-1]
	if !r.nameWord(i-1) || r.pieces[i-1].end > i-1 && !r.idleSurname(i-1) {
		return false
	}
	t, next := &r.doc.Tokens[w.tok], &r.doc.Tokens[r.words[i].tok]
	if t.UPOS == "PROPN" && t.DepRel == "conj" && t.Head >= 0 && t.Head < w.tok {
		// "a Pratt & Whitney spokesman": the last conjunct of a name
		// that modifies the noun.
		t = &r.doc.Tokens[t.Head]
	}
	return t.UPOS == "PROPN" && (t.DepRel == "compound" || t.DepRel == "nmod:poss" ||
		next.Head == w.tok && next.DepRel == "flat") // "Biogen Chairman X" read as one name
}

// idleSurname reports whether the dictionary knows the one word at i only
// as the surname of prominent people of whom none is in office on the
// document's date, or as a family name never used alone (class
// stop-name): "Ford spokesman Mike Levine" in 2010 speaks for a Ford the
// dictionary does not know, as "Baker Hughes spokesman" does.
func (r *resolver) idleSurname(i int) bool {
	pc := r.pieces[i]
	if pc.end != i+1 {
		return false
	}
	only := true
	r.each(pc, func(it item) bool {
		only = it.kind == itemSurname || it.kind == itemClass && it.ref == classStopName
		return only
	})
	if !only || r.surname(i) >= 0 {
		return false
	}
	// "Bush spokesman Tony Fratto" in 2007 speaks for the president.
	for _, pi := range r.d.titledSurnames[r.words[i].key] {
		if r.inOffice(&r.d.persons[pi]) {
			return false
		}
	}
	return true
}
