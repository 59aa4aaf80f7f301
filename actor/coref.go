package actor

import (
	"slices"
	"strings"

	"github.com/parleyproject/parley/text"
)

// Coreference windows, in sentences.
const (
	pronounWindow = 3 // he/she look back this far
	titleWindow   = 6 // "the minister" looks back this far
)

// addEntity remembers a mentioned person (or titled official) and, for a
// person, makes its family name and the ends of its name document-local
// names ("Blinken" after "Antony Blinken"). name is the name as the text
// writes it: of an unknown person, or of a known one in another spelling,
// whose ends become local names too; nil for a known person otherwise.
func (r *resolver) addEntity(e entity, name []word) {
	e.sentence = r.sent
	idx := int32(len(r.ents))
	r.ents = append(r.ents, e)
	if e.actor.Kind != text.KindPerson {
		return
	}
	if r.local == nil {
		r.local = map[string]int32{}
	}
	var ws []word
	familyFirst := false
	if e.person >= 0 {
		p := &r.d.persons[e.person]
		ws = splitWords(p.name, 0, 0, nil)
		familyFirst = r.d.familyFirst(p)
		if len(name) > 0 {
			r.addLocalNames(idx, name, familyFirst)
		}
		if k := r.d.paternal(p, nameWords(p.name), r.d.given); k >= 0 && r.usableName(ws[k].key) {
			// "Calviño" after Nadia Calviño Santamaría.
			r.local[ws[k].key] = idx
		}
	} else {
		ws = name
		if i, ok := r.d.countryAt[e.actor.Country]; ok {
			familyFirst = r.d.countries[i].familyFirst
		}
		if e.sex == 0 && !familyFirst && len(ws) >= 2 {
			// An unknown person is of the sex of the given name.
			r.ents[idx].sex = r.d.givenSex[ws[0].key]
		}
	}
	r.addLocalNames(idx, ws, familyFirst)
}

// addLocalNames makes the ends of a person's name (and, where family names
// come first, its first word) names of entity idx in the document.
func (r *resolver) addLocalNames(idx int32, ws []word, familyFirst bool) {
	if len(ws) == 0 {
		return
	}
	for i := 0; i < len(ws); i++ {
		tail := ws[i:]
		if len(tail) == 1 && !r.usableName(tail[0].key) {
			continue
		}
		if r.d.isClassWord(tail[0].key, classParticle) && len(tail) == 1 {
			continue
		}
		r.local[joinKeys(tail)] = idx
	}
	if familyFirst && len(ws) > 1 && r.usableName(ws[0].key) {
		r.local[ws[0].key] = idx
	}
}

// usableName reports whether a single word may stand for a person already
// named in the document (stop names may: the article is about the person).
func (r *resolver) usableName(key string) bool {
	return letterCount(key) >= 2 && !r.d.isClassWord(key, classCalendar) && !r.d.isClassWord(key, classParticle) &&
		!r.d.isClassWord(key, classDeterminer)
}

// pronoun resolves he (sex 'm') or she ('f') at word k to its antecedent.
func (r *resolver) pronoun(k int, sex byte) {
	if s := r.frontedSubject(k); s >= 0 {
		r.cataphors = append(r.cataphors, cataphor{word: k, sex: sex, subject: s})
		return
	}
	r.resolvePronoun(k, sex)
}

// resolvePronoun resolves he or she at word k to the antecedent before it.
func (r *resolver) resolvePronoun(k int, sex byte) {
	best := r.antecedent(k, sex)
	if best < 0 {
		return
	}
	e := r.ents[best]
	m := r.emit(k, k+1, k, []text.Actor{e.actor}, "coref:pronoun:"+e.actor.ID)
	e.head = r.out[m].Head
	if e.sex == 0 {
		e.sex = sex
	}
	e.word = k
	e.subject = r.isSubject(m)
	r.addEntityQuiet(e)
}

// maxClauseDepth bounds the climb from a pronoun to the clause it is in.
const maxClauseDepth = 8

// frontedSubject returns the token of the subject of the main clause when
// the pronoun at word k lies in an adverbial clause fronted before that
// subject ("Saying she expected controversial talks, Merkel insisted ..."):
// the pronoun refers forward to it. It returns -1 otherwise.
func (r *resolver) frontedSubject(k int) int {
	if !r.parsed {
		return -1
	}
	toks := r.doc.Tokens
	t := r.words[k].tok
	c := t
	for steps := 0; steps < maxClauseDepth && c >= 0; steps++ {
		if toks[c].DepRel == "advcl" {
			break
		}
		c = toks[c].Head
	}
	if c < 0 || toks[c].DepRel != "advcl" {
		return -1
	}
	v := toks[c].Head
	if v < 0 || v < c {
		return -1 // the clause follows its verb: no fronted clause
	}
	for i := c + 1; i < len(toks) && i < v; i++ {
		if toks[i].Head == v && (toks[i].DepRel == "nsubj" || toks[i].DepRel == "nsubj:pass") && i > t {
			return i
		}
	}
	return -1
}

// cataphora resolves the pronouns that may refer forward to the subject of
// their sentence's main clause, once the sentence's mentions are known: the
// person mentioned as that subject, of no other sex; when that subject is
// no such person ("Until he is caught, that remains a risk"), the pronoun
// refers back as any other.
func (r *resolver) cataphora() {
	for _, c := range r.cataphors {
		found := false
		for i := len(r.ents) - 1; i >= 0 && r.ents[i].sentence == r.sent; i-- {
			e := r.ents[i]
			if e.head != c.subject || e.actor.Kind != text.KindPerson || e.sex != 0 && e.sex != c.sex {
				continue
			}
			m := r.emit(c.word, c.word+1, c.word, []text.Actor{e.actor}, "coref:cataphora:"+e.actor.ID)
			e.head = r.out[m].Head
			e.word = c.word
			e.subject = false
			r.addEntityQuiet(e)
			found = true
			break
		}
		if !found {
			r.resolvePronoun(c.word, c.sex)
		}
	}
}

// ownCountry reads "his country", "her government" at word k: the country,
// or its government, of the person the pronoun refers to when that is the
// sentence's subject ("Putin said his country will not lift the ban" is
// Russia's refusal). It returns the word after the phrase.
func (r *resolver) ownCountry(k int) (int, bool) {
	if k+1 >= len(r.words) || r.pieces[k+1].end > k+2 {
		return 0, false
	}
	var sex byte
	switch {
	case r.isClass(k, classHis):
		sex = 'm'
	case r.isClass(k, classShe) && r.possessivePronoun(k):
		sex = 'f'
	default:
		return 0, false
	}
	var sectors []string
	switch {
	case r.isClass(k+1, classOwnCountry):
	case r.isClass(k+1, classOwnGovernment):
		sectors = []string{"GOV"}
	default:
		return 0, false
	}
	// Only the subject of the sentence: a country is a weighty thing to
	// give on a guess ("Zhu Weiqun said his government would oppose any
	// meeting between Obama and ...": Zhu, no known person, is passed over
	// by the search for one, which must not end at Obama).
	best := r.antecedent(k, sex)
	if best < 0 || r.ents[best].sentence != r.sent || !r.ents[best].subject {
		return 0, false
	}
	ci, ok := r.d.countryAt[r.ents[best].actor.Country]
	if !ok {
		return 0, false
	}
	c, kind, name, id := r.combine(locator{kind: itemCountry, ref: ci}, sectors, false)
	r.emit(k, k+2, k+1, []text.Actor{r.actorOf(c, kind, name, id)}, "coref:own-country:"+r.ents[best].actor.ID)
	return k + 2, true
}

// antecedent returns the entity that he (sex 'm') or she ('f') at word k
// refers to: the closest compatible person earlier in the sentence, else in
// the closest earlier sentence that has one, preferring a subject; -1 for
// none.
func (r *resolver) antecedent(k int, sex byte) int {
	best := -1
	notSubjects := r.coSubjects(r.words[k].tok)
	for s := r.sent; s >= 0 && s >= r.sent-pronounWindow && best < 0; s-- {
		for i := len(r.ents) - 1; i >= 0; i-- {
			e := &r.ents[i]
			if e.sentence < s {
				break
			}
			if e.sentence != s || e.actor.Kind != text.KindPerson || (e.sex != 0 && e.sex != sex) {
				continue
			}
			if s == r.sent && (e.word >= k || slices.Contains(notSubjects, e.head)) {
				continue
			}
			// Prefer a subject, then the earliest mention.
			if best < 0 || (e.subject && !r.ents[best].subject) || (e.subject == r.ents[best].subject && e.word <= r.ents[best].word) {
				best = i
			}
		}
	}
	return best
}

// addEntityQuiet remembers an entity without new local names.
func (r *resolver) addEntityQuiet(e entity) {
	e.sentence = r.sent
	r.ents = append(r.ents, e)
}

// titleRef finds the closest earlier person or official whose office matches
// a title ("the minister", "the Secretary of State").
func (r *resolver) titleRef(key string) int32 {
	for i := len(r.ents) - 1; i >= 0; i-- {
		e := &r.ents[i]
		if e.sentence < r.sent-titleWindow {
			break
		}
		if titleMatches(key, e.title) {
			return int32(i)
		}
	}
	return -1
}

// titleMatches reports whether an office title answers to a title used in
// the text: the same key, or a generic "minister"/"secretary"/"official".
func titleMatches(text, office string) bool {
	if office == "" {
		return false
	}
	if text == office {
		return true
	}
	switch text {
	case "minister":
		return strings.HasSuffix(office, "minister")
	case "secretary":
		return strings.HasSuffix(office, "secretary") || strings.HasSuffix(office, "minister")
	}
	return false
}

// rememberPair keeps the first two distinct actors of the sentence, if it
// has two, for "the two sides".
func (r *resolver) rememberPair() {
	pair := r.sides("coref:both")
	if len(pair) >= 2 {
		r.pair = pair[:2:2]
	}
	for _, kind := range []text.ActorKind{text.KindCountry, text.KindPerson} {
		if of := actorsOfKind(pair, kind); len(of) >= 2 {
			if r.kindPair == nil {
				r.kindPair = map[text.ActorKind][]text.Actor{}
			}
			r.kindPair[kind] = of[:2:2]
		}
	}
}

// sides returns the distinct actors the sentence names so far, in order,
// that may be sides of a pair: no sectors, and no body of a country
// already among them ("Israel has the right to defend its citizens" names
// one side). Mentions whose rule starts with skip are passed over (none
// when skip is "").
func (r *resolver) sides(skip string) []text.Actor {
	var out []text.Actor
	seen := map[string]bool{}
	for _, m := range r.out[r.first:] {
		if skip != "" && strings.HasPrefix(m.Rule, skip) {
			continue
		}
		for _, a := range m.Actors {
			k := a.Code + "\x00" + a.Name
			if seen[k] || a.Kind == text.KindSector || a.Kind == text.KindCountry && countryAmong(out, a.Country) {
				continue
			}
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}

// countryAmong reports whether a country-kind actor of country is in as.
func countryAmong(as []text.Actor, country string) bool {
	for _, a := range as {
		if a.Kind == text.KindCountry && a.Country == country {
			return true
		}
	}
	return false
}

// actorsWhere returns the actors that keep accepts, in order.
func actorsWhere(as []text.Actor, keep func(text.Actor) bool) []text.Actor {
	var out []text.Actor
	for _, a := range as {
		if keep(a) {
			out = append(out, a)
		}
	}
	return out
}

// actorsOfKind returns the actors of a kind, in order.
func actorsOfKind(as []text.Actor, kind text.ActorKind) []text.Actor {
	return actorsWhere(as, func(a text.Actor) bool { return a.Kind == kind })
}

// bothSidesClasses are the classes of phrases that refer to two actors
// named together, with the kind of actor each speaks of ("the two
// countries", "both leaders"; "" for any: "both sides").
var bothSidesClasses = [...]struct {
	class int32
	kind  text.ActorKind
}{{classBoth, ""}, {classBothCountries, text.KindCountry}, {classBothLeaders, text.KindPerson}}

// bothSides resolves "the two sides" to the last two actors mentioned
// together: earlier in this sentence, else in an earlier one.
func (r *resolver) bothSides(start, end int, kind text.ActorKind) {
	pair := r.sides("")
	if kind != "" {
		if of := actorsOfKind(pair, kind); len(of) >= 2 || kind != text.KindCountry {
			pair = of
		} else {
			// "signed an agreement with China ... between the two
			// countries": a leader stands for his country.
			pair = actorsWhere(pair, func(a text.Actor) bool { return a.Country != "" })
		}
	}
	earlier := false
	if len(pair) < 2 {
		pair, earlier = r.pair, true
		if kind != "" {
			pair = r.kindPair[kind]
		}
	}
	if len(pair) < 2 {
		return
	}
	m := r.emit(start, end, end-1, append([]text.Actor(nil), pair[:2]...), "coref:both-sides")
	if earlier {
		r.earlierPair = append(r.earlierPair, m)
	}
}

// laterPair gives "both sides" the pair its own sentence names after it
// ("Both sides, Russia and Ukraine, agreed"), when it took an earlier
// sentence's pair.
func (r *resolver) laterPair() {
	if len(r.earlierPair) == 0 {
		return
	}
	pair := r.sides("coref:")
	if len(pair) < 2 {
		return
	}
	for _, m := range r.earlierPair {
		r.out[m].Actors = append(r.out[m].Actors[:0], pair[:2]...)
		r.out[m].Rule = "coref:both-sides-later"
	}
}

// coSubjects returns the subjects of the verb whose object token t is: a
// pronoun object is not its own verb's subject ("Trump called Erdogan and
// urged him": him is not Trump; "called Morrison to congratulate him"; "urged
// Iran to free him": not Iran), nor is a pronoun subject of what a verb of
// demand governs that verb's ("Sarkozy demanded he resign"). Subjects are
// shared through coordination and clauses of purpose, and an open
// complement's is its governor's object or subject.
func (r *resolver) coSubjects(t int) []int {
	if !r.parsed || t < 0 || t >= len(r.doc.Tokens) {
		return nil
	}
	toks := r.doc.Tokens
	s := r.doc.Sentences[r.sent]
	v := toks[t].Head
	switch rel := toks[t].DepRel; {
	case rel == "obj" || rel == "iobj":
	case strings.HasPrefix(rel, "nsubj") && v >= s.Start && v < s.End && (toks[v].DepRel == "ccomp" || toks[v].DepRel == "xcomp"):
		// "Sarkozy ... demanding he resign": who is to do what is
		// demanded is not who demands it.
		h := toks[v].Head
		if h < s.Start || h >= s.End || !r.d.isClassWord(strings.ToLower(toks[h].Lemma), classDemandVerb) {
			return nil
		}
		v = h
	default:
		return nil
	}
	var out []int
	for steps := 0; v >= s.Start && v < s.End && steps < 8; steps++ {
		for _, c := range r.doc.Children(s, v) {
			if strings.HasPrefix(toks[c].DepRel, "nsubj") {
				out = append(out, c)
			}
		}
		if len(out) > 0 {
			return out
		}
		h := toks[v].Head
		if h < 0 {
			return nil
		}
		switch toks[v].DepRel {
		case "conj", "advcl":
		case "acl":
			// "sent a letter to Putin urging him": a thing sent, issued or
			// written says what its sender says.
			if toks[h].UPOS != "NOUN" || toks[h].DepRel != "obj" || toks[v].XPOS != "VBG" || r.d.isClassWord(strings.ToLower(toks[h].Lemma), classPersonNoun) {
				return nil
			}
			h = toks[h].Head
		case "xcomp":
			for _, c := range r.doc.Children(s, h) {
				if toks[c].DepRel == "obj" && c != t {
					return []int{c} // "urged Iran to free him"
				}
			}
		default:
			return nil
		}
		v = h
	}
	return nil
}

// definiteCountry reads "the country" at word k, a subject or object in a
// sentence that names no country before it, as the one country the
// closest earlier sentence that names any names (see theCountry); "the
// country's" is left to the phrase it owns, "the country of" to its
// of-phrase. It returns the word after the phrase.
func (r *resolver) definiteCountry(k int) (int, bool) {
	end := k + 2
	if end > len(r.words) || r.words[k].key != "the" || !r.isClass(k+1, classOwnCountry) || r.pieces[k+1].end > k+2 {
		return 0, false
	}
	if end < len(r.words) && (r.words[end].key == "'s" || r.words[end].key == "of") {
		return 0, false
	}
	if !r.parsed {
		return 0, false
	}
	switch r.doc.Tokens[r.words[k+1].tok].DepRel {
	case "nsubj", "nsubj:pass", "obj", "iobj":
	default:
		return 0, false // "across the country", "to the northeast of the country": a place
	}
	for i := r.first; i < len(r.out); i++ {
		for _, a := range r.out[i].Actors {
			if a.Country != "" {
				// "The United States imposed sanctions on the country":
				// another country than one the sentence names.
				return 0, false
			}
		}
	}
	ci, ok := r.theCountry(k)
	if !ok {
		return 0, false
	}
	c, kind, name, id := r.combine(locator{kind: itemCountry, ref: ci}, nil, false)
	r.emit(k, end, k+1, []text.Actor{r.actorOf(c, kind, name, id)}, "coref:the-country:"+r.d.countries[ci].code)
	return end, true
}

// ownerCode returns the code of a phrase of sectors that "its", "his
// country's", "the country's" or a person's possessive gives an owner
// ("Israel said its forces targeted Hamas", "Putin said his country's
// troops": the country whose forces they are; "Hamas said its fighters":
// an organisation's people are the organisation), and the owner's code.
func (r *resolver) ownerCode(ph *phrase, sectors []string) (code, string, bool) {
	if owner, ok := r.itsOwner(ph); ok {
		if owner.Kind != text.KindCountry && owner.Kind != text.KindSector {
			c, err := parseCode(owner.Code, r.d.countryAt, r.d.sectors)
			return c, owner.Code, err == nil
		}
		ci, ok := r.d.countryAt[owner.Country]
		if !ok {
			return code{}, "", false
		}
		c, _, _, _ := r.combine(locator{kind: itemCountry, ref: ci}, sectors, false)
		return c, owner.Country, true
	}
	ci, ok := r.ownCountryBefore(ph, sectors)
	if !ok {
		return code{}, "", false
	}
	c, _, _, _ := r.combine(locator{kind: itemCountry, ref: ci}, sectors, false)
	return c, r.d.countries[ci].code, true
}

// itsOwner returns the actor that "its" before the phrase refers to: the
// subject of a clause the phrase lies in (its own clause or one governing
// it), when the subject comes before it and names a country, a country's
// body or an organisation, and no other of its kind is named between them
// ("China said its navy would hold drills", "Hamas said its fighters";
// "Putin said its troops": no person; "freezing the assets of Putin and
// its central bank": Russia, named between, may be the owner).
func (r *resolver) itsOwner(ph *phrase) (text.Actor, bool) {
	k := ph.start - 1
	if !r.parsed || k < 0 || ph.start >= len(r.words) || r.words[k].key != "its" || len(ph.heads) == 0 {
		return text.Actor{}, false
	}
	toks := r.doc.Tokens
	its := r.words[k].tok
	if toks[its].DepRel != "nmod:poss" || toks[its].Head != r.words[ph.headWord].tok {
		return text.Actor{}, false // "its" owns what the phrase names, not a noun it describes
	}
	for h, steps := toks[its].Head, 0; h >= 0 && steps < maxClauseDepth; h, steps = toks[h].Head, steps+1 {
		if subj := r.subjectOf(h); subj >= 0 && subj < its && !r.mentionHeadAt(subj) {
			return text.Actor{}, false // the nearest subject is no actor ("Wal-Mart had silenced ... its")
		}
		for i := len(r.out) - 1; i >= r.first; i-- { // the sentence's mentions
			m := &r.out[i]
			if m.Head >= its {
				continue
			}
			subj := &toks[m.Head]
			if subj.Head != h || !strings.HasPrefix(subj.DepRel, "nsubj") {
				continue
			}
			if len(m.Actors) != 1 {
				return text.Actor{}, false
			}
			owner := m.Actors[0]
			state := owner.Kind == text.KindCountry || owner.Kind == text.KindSector
			if !state && owner.Kind != text.KindGroup && owner.Kind != text.KindIGO || state && owner.Country == "" {
				return text.Actor{}, false
			}
			if !state && toks[r.words[ph.headWord].tok].XPOS != "NNS" {
				// An organisation's people are it ("its fighters",
				// "its workers"); its bodies are not ("its congress").
				return text.Actor{}, false
			}
			for j := i + 1; j < len(r.out); j++ {
				for _, a := range r.out[j].Actors {
					if state && a.Country != "" && a.Country != owner.Country ||
						!state && (a.Kind == text.KindGroup || a.Kind == text.KindIGO) && a.Code != owner.Code {
						return text.Actor{}, false
					}
				}
			}
			return owner, true
		}
	}
	return text.Actor{}, false
}

// mentionHeadAt reports whether a mention of the sentence is headed at
// token t.
func (r *resolver) mentionHeadAt(t int) bool {
	for i := r.first; i < len(r.out); i++ {
		if r.out[i].Head == t {
			return true
		}
	}
	return false
}

// ownCountryBefore returns the country of "his country's" or "her
// country's" right before the phrase (see ownCountry), or of "the
// country's" (see theCountry), or of a person whose state body the phrase
// names ("Assad's forces", "Hollande's government"; a person noun is the
// person's own, see personBefore).
func (r *resolver) ownCountryBefore(ph *phrase, sectors []string) (int32, bool) {
	if len(ph.heads) == 0 || ph.start < 1 || r.words[ph.start-1].key != "'s" {
		return 0, false
	}
	if ph.start >= 3 && r.words[ph.start-3].key == "the" && r.isClass(ph.start-2, classOwnCountry) {
		return r.theCountry(ph.start - 3)
	}
	if len(r.out) <= r.first {
		return 0, false
	}
	m := &r.out[len(r.out)-1]
	if m.End != r.words[ph.start-1].tok || len(m.Actors) != 1 {
		return 0, false
	}
	a := &m.Actors[0]
	stateBody := a.Kind == text.KindPerson && len(sectors) > 0 && !r.isClass(ph.headWord, classPersonNoun) &&
		!slices.ContainsFunc(sectors, func(s string) bool { return !r.d.stateSectors[s] })
	if !strings.HasPrefix(m.Rule, "coref:own-country:") && !stateBody {
		return 0, false
	}
	ci, ok := r.d.countryAt[a.Country]
	return ci, ok
}

// theCountry returns the country "the country" at word k refers to: the
// one country the sentence names before it, or else, when it names none,
// the one country the closest earlier sentence that names any names ("the
// country's central bank"). Two countries make it ambiguous.
func (r *resolver) theCountry(k int) (int32, bool) {
	tok := r.words[k].tok
	country := ""
	sent := r.sent
	for i := len(r.out) - 1; i >= 0; i-- {
		m := &r.out[i]
		if m.Sentence == r.sent && m.Start >= tok {
			continue
		}
		if m.Sentence != sent {
			if country != "" || m.Sentence < r.sent-2 {
				break // the closest sentence that names a country decides
			}
			sent = m.Sentence
		}
		for _, a := range m.Actors {
			switch {
			case a.Country == "" || a.Kind == text.KindRegion || a.Kind == text.KindIGO:
			case country == "":
				country = a.Country
			case a.Country != country:
				return 0, false
			}
		}
	}
	ci, ok := r.d.countryAt[country]
	return ci, ok && country != ""
}

// anaphorClasses are the classes of definite nouns that refer back to an
// organisation, with the kinds of actor each may refer to; the sectors
// are data (refersSectors).
var anaphorClasses = [...]struct {
	class int32
	kinds []text.ActorKind
}{
	{classRefersOrg, []text.ActorKind{text.KindIGO, text.KindGroup}},
	{classRefersCompany, []text.ActorKind{text.KindGroup}},
	{classRefersBloc, []text.ActorKind{text.KindIGO}},
	{classRefersArmed, []text.ActorKind{text.KindGroup}},
}

// isAnaphorClass reports whether class is one of anaphorClasses.
func isAnaphorClass(class int32) bool {
	for _, a := range anaphorClasses {
		if a.class == class {
			return true
		}
	}
	return false
}

// refersTo reports whether a noun of anaphor class class may refer to a:
// an actor of one of kinds with, when the class names sectors, one of them.
func (r *resolver) refersTo(a *text.Actor, class int32, kinds []text.ActorKind) bool {
	if !slices.Contains(kinds, a.Kind) {
		return false
	}
	secs := r.d.refersSectors[class]
	return len(secs) == 0 || slices.ContainsFunc(a.Sectors, func(s string) bool { return slices.Contains(secs, s) })
}

// definiteAnaphor resolves the definite noun at words [k, end) ("the
// group", "the company", "the militants") of anaphor class class to the
// closest organisation it may refer to (see refersTo), named as a subject
// before it, in the sentence or in the two before, no news medium. It
// reports false, emitting nothing, when the noun is followed by "of" or a
// name ("the group of seven", "the group Hamas"), is no noun, or no such
// organisation is named.
func (r *resolver) definiteAnaphor(k, end int, class int32, kinds []text.ActorKind) bool {
	if end < len(r.words) && (r.words[end].key == "of" || r.words[end].upper) ||
		r.parsed && (r.doc.Tokens[r.words[end-1].tok].UPOS != "NOUN" || r.doc.Tokens[r.words[end-1].tok].DepRel == "compound") {
		return false // "the firm order": a modifier
	}
	tok := r.words[k].tok
	for i := len(r.out) - 1; i >= 0; i-- {
		m := &r.out[i]
		if m.Sentence < r.sent-2 {
			break
		}
		// The media a story cites are seldom what it refers back to
		// ("told Reuters that the group would").
		if m.Sentence == r.sent && m.Start >= tok || len(m.Actors) != 1 || !r.refersTo(&m.Actors[0], class, kinds) || slices.Contains(m.Actors[0].Sectors, "JRN") {
			continue
		}
		if r.parsed && !strings.HasPrefix(r.doc.Tokens[m.Head].DepRel, "nsubj") {
			// What a story refers back to was a subject; an object
			// named on the way ("beating out incumbent BAE Systems")
			// seldom is.
			continue
		}
		a := m.Actors[0]
		r.emit(k, end, end-1, []text.Actor{a}, "coref:definite:"+a.Code)
		return true
	}
	return false
}

// theyPronoun resolves "they" as the subject of a verb to the actors a
// plural subject before it names: the subject of a clause governing its
// own ("Protesters said they would march"), else, when "they" is the
// subject of its sentence's main clause, that of the sentence before ("The
// rebels seized the town. They also attacked an army base"). A plural
// subject is a plural noun or a coordination ("Russia and China vetoed it.
// They accused ...").
func (r *resolver) theyPronoun(k int) {
	if !r.parsed {
		return
	}
	toks := r.doc.Tokens
	t := r.words[k].tok
	if !strings.HasPrefix(toks[t].DepRel, "nsubj") || toks[t].Head < 0 {
		return
	}
	var actors []text.Actor
	v := toks[t].Head
climb:
	for steps := 0; steps < maxClauseDepth && v >= 0 && len(actors) == 0; steps++ {
		switch toks[v].DepRel {
		case "ccomp", "xcomp", "advcl", "conj", "parataxis":
		default:
			break climb
		}
		v = toks[v].Head
		if v < 0 {
			break
		}
		subj := r.subjectOf(v)
		if subj >= 0 && subj < t && r.quoteBetween(subj, t) {
			break // "they" in a quotation is the speaker's word, not the text's
		}
		if actors = r.pluralSubject(r.first, len(r.out), v, t); len(actors) == 0 && subj >= 0 && subj < t {
			break // the nearest subject is no plural actor ("whether they [meetings] will be")
		}
	}
	if len(actors) == 0 && toks[toks[t].Head].DepRel == "root" && r.sent > 0 && !r.quoteBetween(r.doc.Sentences[r.sent].Start-1, t) {
		start := r.first
		for start > 0 && r.out[start-1].Sentence == r.sent-1 {
			start--
		}
		prev := r.doc.Sentences[r.sent-1]
		for root := prev.Start; root < prev.End; root++ {
			if toks[root].Head < 0 {
				actors = r.pluralSubject(start, r.first, root, len(toks))
				break
			}
		}
	}
	if len(actors) == 0 {
		return
	}
	r.emit(k, k+1, k, actors, "coref:they")
}

// subjectOf returns the token of verb v's nominal subject, or -1.
func (r *resolver) subjectOf(v int) int {
	s := r.doc.Sentences[r.sent]
	for i := s.Start; i < s.End; i++ {
		if r.doc.Tokens[i].Head == v && strings.HasPrefix(r.doc.Tokens[i].DepRel, "nsubj") {
			return i
		}
	}
	return -1
}

// quoteBetween reports whether a quotation mark lies between tokens a and
// b. A ' or ’ joined to the word before it ends a plural possessive ("the
// protesters' leaders"), no quotation.
func (r *resolver) quoteBetween(a, b int) bool {
	toks := r.doc.Tokens
	for i := a + 1; i < b; i++ {
		switch toks[i].Form {
		case "\"", "“", "”", "‘", "``", "''":
			return true
		case "'", "’":
			if i == 0 || toks[i-1].Span.End != toks[i].Span.Start {
				return true
			}
		}
	}
	return false
}

// pluralSubject returns the actors of the mentions out[from:to] that are
// the plural subject of verb v, or what a plural subject counts, before
// token before: a plural noun's actors, or those of a subject and its
// conjuncts.
func (r *resolver) pluralSubject(from, to, v, before int) []text.Actor {
	toks := r.doc.Tokens
	for i := from; i < to; i++ {
		m := &r.out[i]
		h := m.Head
		subj := h
		if toks[h].DepRel == "nmod" && toks[h].Head >= 0 && (toks[toks[h].Head].XPOS == "NNS" || toks[toks[h].Head].XPOS == "CD") {
			subj = toks[h].Head // "Thousands of protesters", "some 200 of the rebels"
		}
		if h >= before || toks[subj].Head != v || !strings.HasPrefix(toks[subj].DepRel, "nsubj") || strings.HasPrefix(m.Rule, "coref:") {
			continue
		}
		actors := append([]text.Actor(nil), m.Actors...)
		for j := i + 1; j < to; j++ {
			if c := r.out[j].Head; toks[c].DepRel == "conj" && toks[c].Head == h {
				actors = append(actors, r.out[j].Actors...)
			}
		}
		plural := toks[h].XPOS == "NNS" || toks[h].XPOS == "NNPS"
		if len(actors) < 2 && !(plural && len(actors) == 1 && actors[0].Kind != text.KindPerson) {
			return nil
		}
		return actors
	}
	return nil
}

// itInRelative resolves "it" as the subject of a relative clause to the
// country, organisation or group that is the subject of the clause the
// modified noun belongs to, before it: in "The United States discourages
// investment in Iran, which it accuses of ..." the relative pronoun is the
// object, so "it" is not the noun the clause modifies, and the subject of
// the clause around that noun does the accusing ("China would prefer to be
// assessed on its trade account, which it has pledged to reduce"). It
// reports whether it resolved k.
func (r *resolver) itInRelative(k int) bool {
	if !r.parsed {
		return false
	}
	toks := r.doc.Tokens
	at := r.words[k].tok
	tok := toks[at]
	if tok.DepRel != "nsubj" || tok.Head < 0 || toks[tok.Head].DepRel != "acl:relcl" || toks[tok.Head].UPOS != "VERB" || slices.Contains(itVerbs, toks[tok.Head].Lemma) {
		return false
	}
	subject := -1
	for h, steps := toks[tok.Head].Head, 0; h >= 0 && subject < 0 && steps < len(toks); h, steps = toks[h].Head, steps+1 {
		for c := max(0, r.doc.Sentences[r.sent].Start); c < at; c++ {
			if toks[c].Head == h && strings.HasPrefix(toks[c].DepRel, "nsubj") {
				subject = c
				break
			}
		}
	}
	if subject < 0 {
		return false
	}
	for m := r.first; m < len(r.out); m++ {
		if r.out[m].Head != subject || len(r.out[m].Actors) != 1 {
			continue
		}
		a := r.out[m].Actors[0]
		switch a.Kind {
		case text.KindCountry, text.KindIGO, text.KindGroup:
			r.emit(k, k+1, k, []text.Actor{a}, "coref:it:"+a.Code)
			return true
		}
	}
	return false
}

// itVerbs are verbs whose subject "it" is mostly no actor ("It is
// unclear", "It seems", "It took weeks").
var itVerbs = []string{"be", "seem", "appear", "remain", "become", "take", "look", "happen", "make", "matter", "mean", "cost", "sound", "rain", "follow", "come", "go"}

// itPronoun resolves "It" opening a sentence as the subject of a verb, or
// "it" later as the subject of the main clause, to the country,
// organisation or group that was the previous sentence's subject ("The
// European Union imposed sanctions on Russia. It also urged Moscow to ...";
// "On Monday, it also banned imports"); "It is unclear" and an "it" after
// a subject that is no such actor refer to nothing.
func (r *resolver) itPronoun(k int) {
	if !r.parsed || r.sent == 0 {
		return
	}
	tok := r.doc.Tokens[r.words[k].tok]
	if tok.DepRel != "nsubj" || tok.Head < 0 || k > 0 && r.doc.Tokens[tok.Head].DepRel != "root" {
		return // later in the sentence, only the main clause's subject
	}
	verb := r.doc.Tokens[tok.Head]
	if verb.UPOS != "VERB" || slices.Contains(itVerbs, verb.Lemma) {
		return
	}
	ante := -1
	for m := r.first - 1; m >= 0 && r.out[m].Sentence == r.sent-1; m-- {
		if strings.HasPrefix(r.doc.Tokens[r.out[m].Head].DepRel, "nsubj") && r.doc.Tokens[r.doc.Tokens[r.out[m].Head].Head].DepRel == "root" {
			ante = m
		}
	}
	if ante < 0 || len(r.out[ante].Actors) != 1 {
		return
	}
	a := r.out[ante].Actors[0]
	switch a.Kind {
	case text.KindCountry, text.KindIGO, text.KindGroup:
	default:
		return
	}
	r.emit(k, k+1, k, []text.Actor{a}, "coref:it:"+a.Code)
}
