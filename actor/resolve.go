package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
)

// Resolve finds the actor mentions of a segmented and tokenized document and
// resolves each to one or more actors, as of the document's date (offices
// held on doc.Date; the latest known office when the date is zero). It
// reads the part-of-speech tags and dependency parse of the tokens when they
// are present and works without them. Mentions are in text order.
func (d *Dictionary) Resolve(doc *text.Document) []text.Mention {
	r := d.resolve(doc, nil)
	if r.formerWanted {
		// An undated text names a surname of former heads of state or
		// government only (see formerBearer): read it again, taking such
		// a bearer when the text names no country, or names the bearer's.
		named := map[string]bool{}
		for _, m := range r.out {
			for _, a := range m.Actors {
				if a.Country != "" && !strings.HasPrefix(a.Code, "IGO") {
					named[a.Country] = true
				}
			}
		}
		r = d.resolve(doc, named)
	}
	return r.out
}

// resolve reads the document's mentions; formerOK, when not nil, lets an
// undated text's surnames name former office holders of those countries
// (all when it is empty).
func (d *Dictionary) resolve(doc *text.Document, formerOK map[string]bool) *resolver {
	r := &resolver{d: d, doc: doc, formerOK: formerOK}
	r.sentenceBuffers, _ = d.buffers.Get().(*sentenceBuffers)
	if r.sentenceBuffers == nil {
		r.sentenceBuffers = new(sentenceBuffers)
	}
	if !doc.Date.IsZero() {
		r.dated = true
		r.when = dayOf(doc.Date)
	}
	for si := range doc.Sentences {
		r.sentence(si)
	}
	r.strayTowns()
	r.localize()
	d.buffers.Put(r.sentenceBuffers)
	r.sentenceBuffers = nil
	return r
}

// townRule opens the rule of an actor named by a town (see strayTowns).
const townRule = "town:"

// strayTowns takes back the countries of the actors named by towns (cities
// of a country's `town` field) whose country no other actor of the document
// has, when other actors have countries: in a story of Kenya, "Maua" is
// Kenya's, not the Brazilian city. A town alone then names no actor; a
// sector noun with it ("Maua police") keeps its sectors.
func (r *resolver) strayTowns() {
	named := map[string]bool{}
	towns := false
	for i := range r.out {
		m := &r.out[i]
		rules := strings.Split(m.Rule, ",")
		for j, a := range m.Actors {
			if j < len(rules) && len(rules) == len(m.Actors) && strings.HasPrefix(rules[j], townRule) {
				towns = true
			} else if a.Country != "" {
				named[a.Country] = true
			}
		}
	}
	if !towns || len(named) == 0 {
		return
	}
	out := r.out[:0]
	for _, m := range r.out {
		rules := strings.Split(m.Rule, ",")
		if len(rules) != len(m.Actors) {
			out = append(out, m)
			continue
		}
		actors := m.Actors[:0]
		kept := rules[:0]
		for j, a := range m.Actors {
			rule := rules[j]
			if !strings.HasPrefix(rule, townRule) || named[a.Country] {
				actors, kept = append(actors, a), append(kept, rule)
				continue
			}
			_, rest, ok := strings.Cut(rule, "+")
			if !ok || len(a.Sectors) == 0 {
				continue // the town alone
			}
			c := code{full: prefixNone + strings.Join(a.Sectors, ""), prefix: prefixNone, sectors: a.Sectors}
			actors, kept = append(actors, r.actorOf(c, kindOfCode(c), "", "")), append(kept, rest)
		}
		if len(actors) == 0 {
			continue
		}
		m.Actors, m.Rule = actors, strings.Join(kept, ",")
		out = append(out, m)
	}
	r.out = out
}

// localize gives the actors of local sectors (sector `local yes`: "the
// government", "police", "protesters", "the opposition") known by no country the
// country the document is about, when one country dominates it: that of at
// least two of the distinct actors it names with a country, and of three in
// four ("the government said" in a story of Kenya's election; not "Blinken
// landed in Beijing. The Secretary of State met officials"). Actors of
// plurality sectors (`plurality yes`) take the country of the most such
// actors, of at least two and more than any other, even when it does not
// dominate: "Congress" in a story of the US defence budget that names
// Boeing, EADS, Germany and Italy is the US Congress.
func (r *resolver) localize() {
	ms, local, plural, state := r.out, r.d.localSectors, r.d.pluralSectors, r.d.stateSectors
	counts := map[string]int{}
	seen := map[[4]string]bool{}
	total := 0
	for i := range ms {
		for _, a := range ms[i].Actors {
			if a.Country == "" || strings.HasPrefix(a.Code, "IGO") {
				continue
			}
			k := [4]string{a.Country, a.Code, a.Name, a.ID}
			if seen[k] {
				continue
			}
			seen[k] = true
			counts[a.Country]++
			total++
		}
	}
	home, best, second := "", 0, 0
	for c, n := range counts {
		switch {
		case n > best || n == best && c < home:
			home, best, second = c, n, best
		case n > second:
			second = n
		}
	}
	if best < 2 {
		return
	}
	// dominant: the story is the country's; otherwise its actors are only
	// the most named, which the plurality sectors take.
	dominant := 4*best >= 3*total
	if !dominant && best == second {
		return
	}
	for i := range ms {
		for j := range ms[i].Actors {
			a := &ms[i].Actors[j]
			if a.Country != "" || !strings.HasPrefix(a.Code, "---") || len(a.Sectors) == 0 || !local[a.Sectors[0]] {
				continue
			}
			country := home
			if !dominant {
				if !plural[a.Sectors[0]] {
					continue
				}
				// The sentence's own country, when its actors have
				// one, beats the story's most named: "German Finance
				// Minister Peer Steinbrueck told parliament".
				if c := sentenceCountry(ms, ms[i].Sentence, state); c != "" {
					country = c
				}
			}
			a.PlaceIn(country)
			if o, whole, ok := r.localName(&ms[i], country); ok {
				org := &r.d.orgs[o]
				oa := r.actorOf(r.orgCode(org), org.kind, org.name, org.id)
				if whole {
					*a = oa
				} else {
					// "Congress leader Priyanka Gandhi Vadra": one of
					// the organisation's people.
					a.Code, a.Country, a.Sectors = oa.Code, oa.Country, oa.Sectors
				}
				ms[i].Rule = "local:" + org.name
			}
		}
	}
}

// localName returns the organisation that mention m names in a story of
// country when one of its first words is a generic word the organisation
// goes by there (org field `local`: "Congress" in an Indian story); whole
// says that the word is all of the mention ("Congress said"), not the
// organisation of a person or group it names ("Congress leader Priyanka
// Gandhi Vadra").
func (r *resolver) localName(m *text.Mention, country string) (o int32, whole, ok bool) {
	if len(r.d.localNames) == 0 || m.End <= m.Start {
		return 0, false, false
	}
	toks := r.doc.Tokens
	// The word may follow "the" or a modifier ("senior Congress leaders").
	for k := m.Start; k < m.End && k < m.Start+3; k++ {
		if o, ok = r.d.localNames[country+"|"+makeWord(toks[k].Form, 0, 0).key]; ok {
			whole = k == m.End-1 && (k == m.Start || k == m.Start+1 && strings.EqualFold(toks[m.Start].Form, "the"))
			return o, whole, true
		}
	}
	return 0, false, false
}

// sentenceCountry returns the country of every actor of the state (of a
// state sector: "German Finance Minister Peer Steinbrueck") mentioned in
// sentence s, or "" when they have none or several. Countries named alone
// and companies are left out: they are as often what the sentence is about
// ("hearings on China's currency at the Senate committees").
func sentenceCountry(ms []text.Mention, s int, state map[string]bool) string {
	country := ""
	for _, m := range ms {
		if m.Sentence != s {
			continue
		}
		for _, a := range m.Actors {
			if a.Country == "" || strings.HasPrefix(a.Code, "IGO") || len(a.Sectors) == 0 || !state[a.Sectors[0]] {
				continue
			}
			if country != "" && a.Country != country {
				return ""
			}
			country = a.Country
		}
	}
	return country
}

// resolver holds the state of one Resolve call: the words of the current
// sentence and the entities mentioned so far in the document.
type resolver struct {
	d     *Dictionary
	doc   *text.Document
	dated bool
	when  day
	out   []text.Mention
	// formerOK are the countries whose former heads an undated text's
	// surnames may name (nil: none yet); formerWanted says that one
	// would have (see formerBearer).
	formerOK     map[string]bool
	formerWanted bool

	// current sentence
	sent   int
	parsed bool // the tokens carry a dependency parse
	*sentenceBuffers
	first int // index in out of the sentence's first mention

	ents  []entity
	local map[string]int32 // document-local names → entity
	// otherNamed holds the surnames the document gave someone with another
	// given name ("defense analyst Loren Thompson"): alone, later, they
	// name that person, not the dictionary's ("Thompson said").
	otherNamed map[string]bool
	// abbrevs are the abbreviations the text defines for the actor named
	// before them ("the Bangladesh Nationalist Party (BNP)") → entity;
	// they beat the dictionary's readings of the same letters.
	abbrevs map[string]int32
	// shortNames are the head nouns of organisations the text named in
	// full ("the European Commission" → "Commission"): "the Commission"
	// later is that organisation.
	shortNames map[string]int32
	pair       []text.Actor // the last two actors mentioned together
	// kindPair holds, per kind (countries, persons), the last two actors of
	// that kind mentioned together ("the two countries", "both leaders").
	kindPair map[text.ActorKind][]text.Actor
	// earlierPair lists the "both sides" mentions of the sentence that took
	// the pair of an earlier sentence (index in out).
	earlierPair []int
	// unknown lists the unknown persons named in the sentence, for their
	// appositions.
	unknown []unknownName
	// cataphors lists the he and she of the sentence that refer forward,
	// to the subject of the clause they are fronted to (see cataphora).
	cataphors []cataphor
}

// sentenceBuffers holds a sentence's words and what the lexicon has of
// them. The dictionary keeps them between documents (Dictionary.buffers),
// so that they need not grow again for every one.
type sentenceBuffers struct {
	words  []word
	ids    []uint32
	alts   [][]uint32 // per word, the name words it may spell differently
	keyBuf []byte     // the spelling key of the word variantsOf reads
	pieces []piece
}

// cataphor is a pronoun waiting for the subject after it: its word, its
// sex and that subject's token.
type cataphor struct {
	word    int
	sex     byte
	subject int
}

// unknownName is an unknown person's name in the current sentence: its
// entity and the word after it.
type unknownName struct {
	entity int32
	end    int
}

// entity is something mentioned earlier, for coreference.
type entity struct {
	actor    text.Actor
	person   int32  // index in persons, or -1
	title    string // office title known for it, or ""
	sex      byte
	sentence int
	word     int // word index of the mention in its sentence
	head     int // token index (in the document) of the mention's head, or -1
	subject  bool
}

// piece is the longest dictionary phrase starting at a word.
type piece struct {
	end   int // word after the phrase; == start when nothing matched
	node  uint32
	mask  uint64 // which items of the node passed the case test
	local int32  // document-local name (entity index), or -1
	// variant: a word of the phrase is spelt otherwise in the text (see
	// indexVariants).
	variant bool
	// kinds and classes sum up the items that passed, a bit per item kind
	// and per grammar class below 64 (see summarise), so that asking a
	// word for a kind or class it lacks, as parsing does many times per
	// word, reads none of them.
	kinds   uint16
	classes uint64
}

// summarise sets the kinds and classes of a piece from its items.
func (r *resolver) summarise(p piece) piece {
	p.kinds, p.classes = 0, 0
	if p.mask == 0 {
		return p
	}
	for k, it := range r.d.lex.items[p.node] {
		if k < 64 && p.mask&(1<<uint(k)) != 0 {
			p.kinds |= 1 << it.kind
			if it.kind == itemClass && it.ref >= 0 && it.ref < 64 {
				p.classes |= 1 << uint(it.ref)
			}
		}
	}
	return p
}

// locator is the part of a phrase that says whose actor it is: a country (by
// name, adjective, demonym, capital or city), an IGO or an organisation.
type locator struct {
	kind       itemKind
	ref        int32
	start, end int
	people     bool // a demonym used as a noun ("Palestinians")
	// leads: the locator leads the group after it ("the BJP-led
	// government"), whose state sectors are then of its country.
	leads bool
	// town: a city of a country's `town` field (see strayTowns).
	town bool
}

func (r *resolver) sentence(si int) {
	doc := r.doc
	s := doc.Sentences[si]
	r.sent = si
	r.first = len(r.out)
	r.words = r.words[:0]
	r.parsed = false
	start, end := max(0, s.Start), min(len(doc.Tokens), s.End)
	for t := start; t < end; t++ {
		tok := &doc.Tokens[t]
		form := tok.Form
		if form == "" {
			form = doc.SpanText(tok.Span)
		}
		r.words = splitWords(form, tok.Span.Start, t, r.words)
		if tok.DepRel != "" {
			r.parsed = true
		}
	}
	n := len(r.words)
	r.ids = r.ids[:0]
	r.alts = r.alts[:0]
	for i := range r.words {
		r.ids = append(r.ids, r.d.lex.words[r.words[i].key])
		var alts []uint32
		alts, r.keyBuf = r.d.variantsOf(&r.words[i], r.keyBuf)
		r.alts = append(r.alts, alts)
	}
	r.pieces = r.pieces[:0]
	for i := 0; i < n; i++ {
		r.pieces = append(r.pieces, r.summarise(r.match(i)))
	}
	r.relaxCase()
	r.earlierPair = r.earlierPair[:0]
	r.unknown = r.unknown[:0]
	r.cataphors = r.cataphors[:0]
	for k := 0; k < n; {
		k = r.parse(k)
	}
	r.cataphora()
	r.appositions()
	r.sectorBeforeOrg()
	r.laterPair()
	r.rememberPair()
}

// relaxCase reads a lowercase name as one where a title or sector noun
// vouches for it: a person after a title ("President obama"), a country
// adjective or demonym before a sector noun ("tunisian rioters"); and a
// country written with a capital inside instead of first ("iSrael").
func (r *resolver) relaxCase() {
	for i := range r.words {
		w := &r.words[i]
		if r.pieces[i].end > i || w.upper || !w.alpha || len(w.key) < 3 {
			continue
		}
		var kinds []itemKind
		switch {
		case i > 0 && r.pieces[i-1].end == i && (r.has(i-1, itemTitle) || r.has(i-1, itemModifier) && i > 1 && r.has(i-2, itemTitle)):
			kinds = []itemKind{itemPerson, itemSurname}
		case i+1 < len(r.words) && (r.has(i+1, itemAgent) || r.has(i+1, itemTitle)),
			w.inner:
			// "tunisian rioters"; "iSrael", a name typed with a slipped
			// shift key.
			kinds = []itemKind{itemAdj, itemPeople, itemCountry}
		default:
			continue
		}
		if p := r.matchKinds(i, kinds); p.end > i {
			r.pieces[i] = r.summarise(p)
		}
	}
}

// step follows the edge of word j from node in the lexicon, or of a name
// word that word j spells differently when its own word has none; variant
// reports the latter.
func (r *resolver) step(node uint32, j int) (next uint32, variant bool) {
	if next := r.d.lex.step(node, r.ids[j]); next != 0 || len(r.alts[j]) == 0 {
		return next, false
	}
	next = r.d.lex.stepVariant(node, r.words[j].key, r.alts[j])
	return next, next != 0
}

// matchKinds is match without case demands, for items of the given kinds.
func (r *resolver) matchKinds(i int, kinds []itemKind) piece {
	best := piece{end: i, local: -1}
	node := uint32(0)
	lex := &r.d.lex
	for j := i; j < len(r.words) && j-i < maxPhraseWords; j++ {
		node = lex.step(node, r.ids[j])
		if node == 0 {
			break
		}
		var mask uint64
		for k, it := range lex.items[node] {
			if k >= 64 {
				break
			}
			for _, kind := range kinds {
				if it.kind == kind && int(it.n) == j-i+1 {
					mask |= 1 << uint(k)
				}
			}
		}
		if mask != 0 {
			best = piece{end: j + 1, node: node, mask: mask, local: -1}
		}
	}
	return best
}

// match finds the longest phrase at word i whose case demands the text
// meets, or a document-local name. A name written in another spelling
// (see indexVariants) is read only as a person's name of several words,
// one of them so spelt: a word alone shares its spelling key with too many
// names ("Sikorsky" is no Sikorski, "Vitol" no Vital).
func (r *resolver) match(i int) piece {
	best := r.matchLexicon(i)
	if e, ok := r.abbrevs[r.words[i].key]; ok && r.words[i].caps && best.end <= i+1 {
		// A defined abbreviation beats the dictionary's reading of the
		// same letters, not a longer name ("BNP Paribas").
		return piece{end: i + 1, local: e}
	}
	if e, ok := r.shortNames[r.words[i].key]; ok && r.words[i].upper && i > 0 && r.words[i-1].key == "the" && best.end <= i+1 {
		// "The Commission said", after the European Commission.
		return piece{end: i + 1, local: e}
	}
	return best
}

// matchLexicon is match without the text's abbreviations.
func (r *resolver) matchLexicon(i int) piece {
	best := piece{end: i, local: -1}
	node := uint32(0)
	lex := &r.d.lex
	variants := 0
	for j := i; j < len(r.words) && j-i < maxPhraseWords; j++ {
		var variant bool
		node, variant = r.step(node, j)
		if node == 0 {
			break
		}
		if variant {
			variants++
		}
		its := lex.items[node]
		var mask uint64
		for k := range its {
			if k < 64 && r.itemOK(its[k], i) && (variants == 0 || variants == 1 && its[k].n >= 2 && its[k].kind == itemPerson) {
				mask |= 1 << uint(k)
			}
		}
		if mask != 0 {
			best = piece{end: j + 1, node: node, mask: mask, local: -1, variant: variants > 0}
		}
	}
	if len(r.local) > 0 && r.words[i].upper {
		for l := min(3, len(r.words)-i); l >= 1 && l >= best.end-i; l-- {
			e, ok := r.local[joinKeys(r.words[i:i+l])]
			if !ok {
				continue
			}
			if l > best.end-i || !r.strong(best) {
				best = piece{end: i + l, local: e}
			}
			break
		}
	}
	return best
}

// itemOK checks the case demands of an item matched at word i, and that a
// surname is a proper noun when the tagger says so.
func (r *resolver) itemOK(it item, i int) bool {
	for w := 0; w < int(it.n); w++ {
		if !caseOK(it.caseDemand(w), &r.words[i+w]) {
			return false
		}
	}
	if it.kind == itemSurname || it.kind == itemPerson {
		// A name starts and ends at token boundaries ("Ho" is not a name in
		// "Ho-jen").
		end := i + int(it.n)
		if i > 0 && r.words[i-1].tok == r.words[i].tok ||
			end < len(r.words) && r.words[end].tok == r.words[end-1].tok && r.words[end].key != "'s" {
			return false
		}
	}
	if it.kind == itemPerson && it.aux == shortForm && !r.inOffice(&r.d.persons[it.ref]) {
		return false
	}
	if it.kind == itemSurname {
		t := &r.doc.Tokens[r.words[i].tok]
		if t.UPOS != "" && t.UPOS != "PROPN" {
			return false
		}
		// Word keys drop dots, but a surname never holds one: "BA.N" is a
		// stock ticker, not Ban Ki-moon.
		if strings.Contains(t.Form, ".") {
			return false
		}
		// A surname in capitals among words that are not is an acronym:
		// "AMR declared bankruptcy" is the airline's holding, not Egypt's
		// foreign minister Amr; in a headline in capitals it is a name.
		if w := &r.words[i]; w.caps && letterCount(w.key) >= 2 && !r.capsAround(i) {
			return false
		}
	}
	return true
}

// capsAround reports whether a word next to word i that has two letters or
// more is in capitals too, as in a headline or a dateline.
func (r *resolver) capsAround(i int) bool {
	for _, j := range [2]int{i - 1, i + 1} {
		if j >= 0 && j < len(r.words) && letterCount(r.words[j].key) >= 2 {
			return r.words[j].caps
		}
	}
	return false
}

// strong reports whether a dictionary piece means more than a surname, a
// title or a sector noun (which a document-local name overrides).
func (r *resolver) strong(p piece) bool {
	ok := false
	r.each(p, func(it item) bool {
		switch {
		case it.kind == itemSurname, it.kind == itemAgent, it.kind == itemTitle,
			it.kind == itemClass && it.ref == classStopName:
			return true
		}
		ok = true
		return false
	})
	return ok
}

// each calls f with every item of p that passed; f returns false to stop.
func (r *resolver) each(p piece, f func(item) bool) {
	if p.mask == 0 {
		return
	}
	for k, it := range r.d.lex.items[p.node] {
		if k < 64 && p.mask&(1<<uint(k)) != 0 {
			if !f(it) {
				return
			}
		}
	}
}

// find returns the first item of kind in the piece at word i.
func (r *resolver) find(i int, kind itemKind) (item, bool) {
	if i >= len(r.pieces) || r.pieces[i].kinds&(1<<kind) == 0 {
		return item{}, false
	}
	var found item
	ok := false
	r.each(r.pieces[i], func(it item) bool {
		if it.kind == kind {
			found, ok = it, true
			return false
		}
		return true
	})
	return found, ok
}

// class returns the end of a phrase of a word class starting at word i; a
// single word of the class is checked against the word itself so that a
// longer phrase starting there does not hide it.
func (r *resolver) class(i int, class int32) (int, bool) {
	if i >= len(r.pieces) {
		return i, false
	}
	if p := &r.pieces[i]; class >= 0 && class < 64 {
		if p.classes&(1<<uint(class)) != 0 {
			return p.end, true
		}
	} else {
		end, ok := i, false
		r.each(*p, func(it item) bool {
			if it.kind == itemClass && it.ref == class {
				end, ok = p.end, true
				return false
			}
			return true
		})
		if ok {
			return end, true
		}
	}
	if r.d.isClassID(r.ids[i], class) {
		return i + 1, true
	}
	return i, false
}

func (r *resolver) isClass(i int, class int32) bool {
	_, ok := r.class(i, class)
	return ok
}

// orgCountry returns the country of organisation o on the document's date.
func (r *resolver) orgCountry(o int32) string {
	return r.orgCode(&r.d.orgs[o]).country()
}

// locatorKinds are the item kinds of locators, a bit each.
const locatorKinds = 1<<itemOrg | 1<<itemIGO | 1<<itemCountry | 1<<itemAdj | 1<<itemPeople | 1<<itemCapital | 1<<itemCity

// locatorAt returns the locator phrase at word i, if any.
func (r *resolver) locatorAt(i int) (locator, bool) {
	if i >= len(r.pieces) {
		return locator{}, false
	}
	p := r.pieces[i]
	if p.kinds&locatorKinds == 0 {
		return locator{}, false
	}
	var best item
	rank := 100
	r.each(p, func(it item) bool {
		var k int
		switch it.kind {
		case itemOrg:
			k = 0
		case itemIGO:
			k = 1
		case itemCountry:
			k = 2
		case itemAdj:
			k = 3
		case itemPeople:
			k = 4
		case itemCapital:
			k = 5
		case itemCity:
			k = 6
		default:
			return true
		}
		if k < rank {
			best, rank = it, k
		} else if k == rank && k == 0 && !r.countryNamed(r.orgCountry(best.ref)) && r.countryNamed(r.orgCountry(it.ref)) {
			// Two organisations go by the phrase ("BNP"): the one of a
			// country the document has named.
			best = it
		}
		return true
	})
	if rank == 100 {
		return locator{}, false
	}
	l := locator{kind: best.kind, ref: best.ref, start: i, end: p.end, town: best.kind == itemCity && best.aux == townForm}
	if best.kind == itemPeople || best.kind == itemAdj {
		// A demonym is a noun when no noun of the dictionary follows it.
		r.each(p, func(it item) bool {
			if it.kind == itemPeople {
				l.people = true
				return false
			}
			return true
		})
	}
	return l, true
}

// quantityAt reports whether word i is a number or a quantity word.
func (r *resolver) quantityAt(i int) (int, bool) {
	if end, ok := r.class(i, classQuantity); ok {
		return end, true
	}
	k := r.words[i].key
	if k == "" {
		return i, false
	}
	for j := 0; j < len(k); j++ {
		if (k[j] < '0' || k[j] > '9') && k[j] != ',' {
			return i, false
		}
	}
	return i + 1, true
}

// phrase is what parse gathered at a position.
type phrase struct {
	start, end int // words of the mention (determiners excluded)
	definite   bool
	former     bool
	deputy     bool
	locs       []locator
	affiliated bool
	heads      []item // titles and agents, in order
	headWord   int    // word of the last head
	person     int32  // known person, or -1
	personWord int
	surname    bool  // person found by surname alone
	local      int32 // document-local entity, or -1
	nameStart  int   // unknown name after a title: words [nameStart, nameEnd)
	nameEnd    int
	sex        byte // from an honorific
	// described: nouns between the locator and the head say which office
	// ("Saudi oil minister"), so the office holder is not looked up by the
	// head's title alone.
	described bool
}

// parse reads one actor phrase starting at word k and emits its mention; it
// returns the word where the next phrase may start.
func (r *resolver) parse(k int) int {
	n := len(r.words)
	// Referring phrases: "the two sides", he, she.
	for _, b := range bothSidesClasses {
		if end, ok := r.class(k, b.class); ok && end > k+1 {
			r.bothSides(k, end, b.kind)
			return end
		}
	}
	if r.words[k].key == "the" { // every anaphor class phrase starts with it
		for _, a := range anaphorClasses {
			if end, ok := r.class(k, a.class); ok && end > k+1 && r.definiteAnaphor(k, end, a.class, a.kinds) {
				return end
			}
		}
	}
	if end, ok := r.ownCountry(k); ok {
		return end
	}
	if end, ok := r.definiteCountry(k); ok {
		return end
	}
	if r.isClass(k, classHe) && r.pieces[k].end <= k+1 {
		r.pronoun(k, 'm')
		return k + 1
	}
	if r.isClass(k, classShe) && r.pieces[k].end <= k+1 {
		if !r.possessivePronoun(k) {
			r.pronoun(k, 'f')
		}
		return k + 1
	}
	if r.words[k].key == "it" && r.pieces[k].end <= k+1 && (k == 0 || len(r.out) == r.first) {
		// "It", or "it" before any actor of its sentence ("On Monday,
		// it also banned imports").
		r.itPronoun(k)
		return k + 1
	}
	if r.words[k].key == "it" && r.pieces[k].end <= k+1 && r.itInRelative(k) {
		return k + 1
	}
	if r.words[k].key == "they" && r.pieces[k].end <= k+1 {
		r.theyPronoun(k)
		return k + 1
	}

	// "non-Muslims", "non-Western": the phrase names who is not the actor.
	if k > 0 && r.words[k-1].key == "non" && r.hyphenJoined(k) {
		return max(k+1, r.pieces[k].end)
	}
	ph := phrase{person: -1, local: -1, nameStart: -1}
	p := k
	// Determiners and quantities.
	for p < n {
		if r.strongAt(p) {
			break
		}
		if r.isClass(p, classDefinite) {
			ph.definite = true
		}
		if end, ok := r.class(p, classDeterminer); ok {
			p = end
			continue
		}
		if end, ok := r.quantityAt(p); ok {
			p = end
			continue
		}
		break
	}
	ph.start = p
	p = r.modifiers(p, &ph)
	// Honorifics (Mr, Mrs) announce a person.
	if end, ok := r.class(p, classHonorificM); ok {
		ph.sex, p = 'm', end
	} else if end, ok := r.class(p, classHonorificF); ok {
		ph.sex, p = 'f', end
	}
	// Locators, possibly coordinated, possibly possessive.
	p = r.locators(p, &ph)
	afterLocs, former, deputy := p, ph.former, ph.deputy
	p = r.modifiers(p, &ph)
	afterMods := p
	// Titles and sector nouns.
	for p < n {
		if it, ok := r.find(p, itemTitle); ok && !r.locatorFirst(p) {
			if len(ph.locs) == 0 && len(ph.heads) == 0 && r.isClass(p, classNounOnly) && r.adjectiveOfNoun(p) && !r.beforeName(p) {
				break // "general agreement", "a general manager", not "general Bozizé"
			}
			ph.heads = append(ph.heads, it)
			p = r.pieces[p].end
			ph.headWord = p - 1
			continue
		}
		if it, ok := r.find(p, itemAgent); ok && !r.locatorFirst(p) {
			if len(ph.locs) == 0 && len(ph.heads) == 0 && r.isClass(p, classNounOnly) && r.adjectiveOfNoun(p) {
				// "public debt", "a local archaeologist": an adjective,
				// not the group the noun names.
				break
			}
			ph.heads = append(ph.heads, it)
			p = r.pieces[p].end
			ph.headWord = p - 1
			continue
		}
		if q := r.modifiers(p, &ph); q > p && q < n && r.headAt(q) {
			p = q
			continue
		}
		if len(ph.locs) > 0 && len(ph.heads) == 0 {
			// "Saudi Oil Minister", "Malaysian state oil firm": nouns
			// that say of what, between the country and its title.
			if q := r.descriptiveNouns(p); q > p && q < n && r.headAt(q) {
				p, ph.described = q, true
				continue
			}
			if q := r.describedHead(ph.locs[len(ph.locs)-1], p); q > p {
				p = q
				continue
			}
			if q := r.basedHead(ph.locs[len(ph.locs)-1], p); q > p {
				p = q
				continue
			}
		}
		break
	}
	// A name: a known person, a document-local name, or after a title an
	// unknown capitalised name.
	if p < n {
		pc := r.pieces[p]
		switch {
		case pc.local >= 0:
			ph.local, ph.personWord, p = pc.local, p, pc.end
		case pc.end == p+1 && r.inLongerName(pc.end) && !r.isClass(pc.end, classNameSuffix) && (r.has(p, itemPerson) || r.has(p, itemSurname)):
			// "Counsel Cameron Hockly": one word of a person's name
			// followed by more of a name no entry knows is someone
			// else's given name, not David Cameron.
		case r.has(p, itemPerson):
			it, _ := r.find(p, itemPerson)
			if p > ph.start || pc.end > p+1 || !r.namedOtherwise(p, it.ref) {
				ph.person, ph.personWord, p = it.ref, p, pc.end
			}
		case r.has(p, itemSurname) && !r.has(p, itemTitle) && !r.has(p, itemAgent):
			if pi := r.surname(p); pi >= 0 && (p > ph.start || !r.namedOtherwise(p, pi)) {
				ph.person, ph.personWord, ph.surname, p = pi, p, true, pc.end
			}
		}
		if ph.person < 0 && ph.local < 0 && (r.lastHeadIsTitle(&ph) || ph.sex != 0 || r.lastHeadIsPersonNoun(&ph)) {
			if q := r.unknownName(p); q > p {
				ph.nameStart, ph.nameEnd, ph.personWord, p = p, q, p, q
			}
		}
	}
	// "minister of X", "leaders in X", "ministers from X" (but "the
	// ambassador in Kabul" is no Afghan).
	if len(ph.locs) == 0 && len(ph.heads) > 0 && ph.person < 0 && ph.local < 0 && ph.nameStart < 0 && p < n {
		last := ph.heads[len(ph.heads)-1].kind
		if r.isClass(p, classOf) || (r.isClass(p, classPostLocator) && (last == itemAgent || last == itemTitle && r.words[p].key == "from") && !r.ownedByPronoun(ph.start)) {
			q := p + 1
			for q < n && (r.isClass(q, classDeterminer)) && !r.strongAt(q) {
				q++
			}
			// "the mayor of the northern West Bank city": descriptive
			// adjectives before the locator.
			for k := 0; k < 2 && q < n && !r.strongAt(q) && !r.headAt(q) && r.adjective(q); k++ {
				q++
			}
			l, ok := r.locatorAt(q)
			if ok && (l.kind == itemCountry || l.kind == itemCapital || l.kind == itemCity) && r.basedIn(l.end) {
				// "a spokesman for Madrid-based Repsol": the place says
				// where the next noun is, which the phrase names.
				l, ok = r.locatorAt(l.end + 1)
				ok = ok && (l.kind == itemOrg || l.kind == itemIGO)
			}
			if ok && (l.kind == itemCountry || l.kind == itemCapital || l.kind == itemCity) && r.inLongerName(l.end) {
				ok = false // "militants in the Niger Delta": a name of its own
			}
			if ok {
				// The of-phrase may name an actor of its own ("opponents of
				// Rwanda's Senate", "the head of the Iranian parliament"):
				// its head noun decides the sectors. An adjective locator
				// without one describes a place ("rioters in the Egyptian
				// square"), not an actor.
				h := l.end
				if h < n && r.words[h].key == "'s" {
					h++
					// "the head of Israel's Histadrut labor union", "the
					// leader of Italy's largest labor union": a name or
					// adjectives before the owned group's head noun.
					k := h
					for k < n && k < h+3 && r.words[k].alpha && !r.strongAt(k) && !r.headAt(k) && r.pieces[k].end <= k && r.pieces[k].local < 0 &&
						(r.words[k].upper || r.adjective(k)) {
						k++
					}
					if k > h {
						if inner, _ := r.heads(k); len(inner) > 0 {
							h = k
						}
					}
				}
				if inner, end := r.heads(h); len(inner) > 0 && (h > l.end || l.kind == itemAdj || l.kind == itemPeople) {
					ph.heads, ph.headWord = inner, end-1
					l.people = false
					ph.locs = append(ph.locs, l)
					p = end
					ok = false // no coordination after the inner head
				} else if l.kind == itemAdj && !l.people {
					ok = false
				} else {
					ph.locs = append(ph.locs, l)
					p = l.end
				}
			}
			if ok {
				// "lawmakers in Fornost and Gondor": one actor each.
				for p+1 < n && (r.isClass(p, classCoordinator) || r.words[p].key == ",") {
					q := p + 1
					if q < n && r.isClass(q, classCoordinator) {
						q++
					}
					l2, ok := r.locatorAt(q)
					if !ok || !sameLocatorSort(l, l2) || l2.kind == itemCapital || l2.kind == itemCity {
						break
					}
					ph.locs = append(ph.locs, l2)
					p = l2.end
				}
			}
		}
	}
	if p == afterMods && p > afterLocs && len(ph.heads) == 0 && ph.person < 0 && ph.local < 0 && ph.nameStart < 0 {
		// Words of modifiers after a locator that no noun of the phrase
		// follows belong to another noun ("Boeing's new role", "Greece's
		// biggest achievement").
		p, ph.former, ph.deputy = afterLocs, former, deputy
	}
	ph.end = p
	if ph.end == ph.start || (len(ph.locs) == 0 && len(ph.heads) == 0 && ph.person < 0 && ph.local < 0 && ph.nameStart < 0) {
		if q := r.unknownPerson(k); q > k {
			r.rememberUnknownPerson(k, q)
			return q
		}
		return max(k+1, r.skipModifiers(k))
	}
	r.decide(k, &ph)
	return ph.end
}

// heads reads the titles and sector nouns starting at word i; it returns
// them and the word after the last.
func (r *resolver) heads(i int) ([]item, int) {
	var out []item
	for i < len(r.words) && r.headAt(i) {
		it, ok := r.find(i, itemTitle)
		if !ok {
			it, _ = r.find(i, itemAgent)
		}
		out = append(out, it)
		i = r.pieces[i].end
	}
	return out, i
}

// adjectiveOfNoun reports whether the one-word piece at word p is an
// adjective that modifies a noun after it, or a noun used as one.
func (r *resolver) adjectiveOfNoun(p int) bool {
	if !r.parsed || r.pieces[p].end != p+1 {
		return false
	}
	t := r.words[p].tok
	tok := &r.doc.Tokens[t]
	if tok.UPOS == "ADJ" && tok.DepRel == "amod" && tok.Head > t {
		return true
	}
	// Tagged a noun, a lowercase word that modifies the common noun right
	// after it, no title or sector noun, is an adjective too ("an
	// extraordinary general meeting", "a general strike").
	return tok.UPOS == "NOUN" && tok.DepRel == "compound" && tok.Head == t+1 && t+1 < len(r.doc.Tokens) &&
		r.doc.Tokens[t+1].UPOS == "NOUN" && strings.ToLower(tok.Form) == tok.Form && p+1 < len(r.words) && !r.headAt(p+1)
}

// beforeName reports whether the word p modifies a name: a proper noun,
// or a capitalised word after a lowercase one. A title before a name
// ("general Bozizé") stays a title whatever its tag.
func (r *resolver) beforeName(p int) bool {
	h := r.doc.Tokens[r.words[p].tok].Head
	if h < 0 || h >= len(r.doc.Tokens) {
		return false
	}
	head := &r.doc.Tokens[h]
	if head.UPOS == "PROPN" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(head.Form)
	return !r.words[p].upper && unicode.IsUpper(first)
}

// adjective reports whether word i is a lowercase adjective by its tag.
func (r *resolver) adjective(i int) bool {
	w := &r.words[i]
	if w.upper || !w.alpha {
		return false
	}
	return r.doc.Tokens[w.tok].UPOS == "ADJ"
}

// descriptiveNouns returns the end of up to three common nouns from word i
// that modify a following noun ("oil" in "Saudi oil minister", "state oil"
// in "Malaysian state oil firm") and name no actor themselves, or i.
func (r *resolver) descriptiveNouns(i int) int {
	q := i
	for q < len(r.words) && q < i+3 {
		w := &r.words[q]
		t := &r.doc.Tokens[w.tok]
		if !w.alpha || r.strongAt(q) || r.headAt(q) || r.pieces[q].end > q ||
			!(t.UPOS == "NOUN" || t.UPOS == "PROPN" && t.DepRel == "compound") {
			break
		}
		q++
	}
	return q
}

// maxDescriptive is the most words describedHead passes over.
const maxDescriptive = 6

// describedHead returns the word of the title or sector noun that follows
// word i across words describing it, when the parse hangs locator l and
// those words on it ("Libya's internationally recognised government",
// "Syria's Kurdish-led forces"); else i.
func (r *resolver) describedHead(l locator, i int) int {
	if !r.parsed {
		return i
	}
	for q := i; q < len(r.words) && q < i+maxDescriptive; q++ {
		if r.headAt(q) {
			if q > i && r.describes(l, i, q) {
				return q
			}
			return i
		}
	}
	return i
}

// basedHead returns the head noun right after the place participle at word
// i, which follows locator l ("a US-based company", "the Singapore-listed
// brewer"), when the parse hangs the participle on it: the locator says
// where the head's actor is, as an adjective would ("a US company"). It
// returns i otherwise.
func (r *resolver) basedHead(l locator, i int) int {
	if !r.parsed || l.end != i || !r.basedIn(i) || i+1 >= len(r.words) || !r.headAt(i+1) {
		return i
	}
	if r.doc.Tokens[r.words[i].tok].Head != r.words[i+1].tok {
		return i
	}
	return i + 1
}

// describes reports whether the parse hangs locator l and the words from i
// to q on word q's token, each through words of the phrase only, and the
// words hung on it directly are adjectives, participles or adverbs, no
// locator or noun of their own ("Russia's Ukrainian allies", "Iran's
// nuclear talks envoy" are not descriptions).
func (r *resolver) describes(l locator, i, q int) bool {
	toks := r.doc.Tokens
	h := r.words[q].tok
	if toks[r.words[l.end-1].tok].Head != h {
		return false
	}
	first := r.words[l.start].tok
	for k := i; k < q; k++ {
		t := r.words[k].tok
		for x, steps := t, 0; x != h; x, steps = toks[x].Head, steps+1 {
			if x < first || x > h || steps > maxDescriptive {
				return false
			}
		}
		if toks[t].Head != h {
			continue
		}
		switch toks[t].UPOS {
		case "ADJ", "VERB", "ADV", "PUNCT":
		default:
			return false
		}
		if r.strongAt(k) {
			return false
		}
	}
	return true
}

// strongAt reports whether the word starts a locator or a person name, which
// a determiner word must not swallow ("US" vs "us").
func (r *resolver) strongAt(i int) bool {
	if r.pieces[i].local >= 0 {
		return true
	}
	if _, ok := r.locatorAt(i); ok {
		return r.pieces[i].end > i
	}
	return r.has(i, itemPerson)
}

// locatorFirst reports whether the phrase at i is better read as a locator
// than as a title or agent.
func (r *resolver) locatorFirst(i int) bool {
	l, ok := r.locatorAt(i)
	return ok && l.kind != itemPeople
}

func (r *resolver) has(i int, kind itemKind) bool {
	_, ok := r.find(i, kind)
	return ok
}

func (r *resolver) headAt(i int) bool {
	return (r.has(i, itemTitle) || r.has(i, itemAgent)) && !r.locatorFirst(i)
}

func (r *resolver) lastHeadIsTitle(ph *phrase) bool {
	return len(ph.heads) > 0 && ph.heads[len(ph.heads)-1].kind == itemTitle
}

// lastHeadIsPersonNoun reports whether the phrase ends in a sector noun
// for one person ("spokesman"), which a name may follow. A generic noun
// needs a country or organisation: "a spokesman" or "Maliki's media
// adviser" says too little of whom the named person speaks for.
func (r *resolver) lastHeadIsPersonNoun(ph *phrase) bool {
	if len(ph.heads) == 0 {
		return false
	}
	last := ph.heads[len(ph.heads)-1]
	return last.kind == itemAgent && r.isClass(ph.headWord, classPersonNoun) &&
		(len(ph.locs) > 0 || !r.d.agents[last.ref].generic)
}

// skipModifiers returns the word after modifiers and determiners at k.
func (r *resolver) skipModifiers(k int) int {
	return k + 1
}

// clauseVerb reports whether token t is a verb with a subject of its own.
func (r *resolver) clauseVerb(t int) bool {
	toks := r.doc.Tokens
	if toks[t].UPOS != "VERB" {
		return false
	}
	for k := max(0, t-12); k < t; k++ {
		if toks[k].Head == t && strings.HasPrefix(toks[k].DepRel, "nsubj") {
			return true
		}
	}
	return false
}

// clauseHead reports whether token t is a gerund heading a clause (an
// adverbial, complement, conjunct or root clause), not one describing a
// noun ("from visiting Taiwan", not "the visiting president"; participles
// such as "retired" and "alleged" describe whatever the parser says).
func (r *resolver) clauseHead(t int) bool {
	tok := &r.doc.Tokens[t]
	if tok.UPOS != "VERB" || tok.XPOS != "VBG" {
		return false
	}
	switch base, _, _ := strings.Cut(tok.DepRel, ":"); base {
	case "advcl", "xcomp", "ccomp", "root", "conj", "csubj":
		return true
	}
	return false
}

// modifiers reads former/deputy/ignorable words.
func (r *resolver) modifiers(p int, ph *phrase) int {
	for p < len(r.words) {
		it, ok := r.find(p, itemModifier)
		if !ok || r.strongAt(p) {
			return p
		}
		if r.clauseVerb(r.words[p].tok) || r.clauseHead(r.words[p].tok) {
			// A verb with its own subject is no modifier: "the army
			// ousted President Morsi" (but "ousted President Morsi");
			// nor is one heading a clause of its own ("stop Pelosi from
			// visiting Taiwan", unlike "the visiting president").
			return p
		}
		// A word that is both a modifier and a head ("chief", "official",
		// "militant") is a head unless another head, a name or a locator
		// follows.
		if r.headAt(p) {
			q := r.pieces[p].end
			if q >= len(r.words) || !(r.headAt(q) || r.strongAt(q) || r.has(q, itemModifier)) {
				return p
			}
			if len(ph.locs) > 0 && r.has(q, itemPerson) {
				// "World Bank chief Robert Zoellick": after its country
				// or organisation the word heads the phrase a name ends.
				return p
			}
		}
		switch it.ref {
		case modFormer:
			ph.former = true
		case modDeputy:
			ph.deputy = true
		}
		p = r.pieces[p].end
	}
	return p
}

// locators reads "Chinese", "China's", "Hungarian and Romanian",
// "pro-Russian", "Iran-backed".
func (r *resolver) locators(p int, ph *phrase) int {
	n := len(r.words)
	for p < n {
		if end, ok := r.class(p, classAffPrefix); ok && end < n {
			if l, ok := r.locatorAt(end); ok {
				ph.affiliated = true
				p = l.end
				continue
			}
		}
		l, ok := r.locatorAt(p)
		if !ok {
			return p
		}
		p = l.end
		if end, ok := r.class(p, classAffSuffix); ok && p < n && r.hyphenJoined(p) {
			ph.affiliated = true
			p = end
			continue
		}
		if end, ok := r.class(p, classLeadSuffix); ok && p < n && r.hyphenJoined(p) {
			// "the Saudi-led coalition", "US-led forces": a group or
			// body the leader's, as after an adjective; what else it
			// leads is no actor ("the U.S.-led invasion").
			if end < n && r.headAt(end) {
				l.leads = true
				ph.locs = append(ph.locs, l)
			} else {
				ph.affiliated = true
			}
			p = end
			continue
		}
		ph.locs = append(ph.locs, l)
		if p < n && r.words[p].key == "'s" {
			p++
			l.people = false
			ph.locs[len(ph.locs)-1].people = false
			return p
		}
		// Coordination: "Hungarian and Romanian", "US, British and French".
		if p+1 < n && (r.isClass(p, classCoordinator) || r.words[p].key == ",") {
			q := p + 1
			if q < n && r.isClass(q, classCoordinator) { // ", and"
				q++
			}
			if l2, ok := r.locatorAt(q); ok && (sameLocatorSort(l, l2) || r.mixedAdjectives(l, l2)) {
				p = q
				continue
			}
		}
	}
	return p
}

// hyphenJoined reports whether word i is joined to the word before it by a
// hyphen ("Iran-backed"), not by a space ("Japan held").
func (r *resolver) hyphenJoined(i int) bool {
	prev := r.words[i-1].end
	if r.words[i].start <= prev || r.words[i].start-prev > 3 || r.words[i].start > len(r.doc.Text) {
		return false
	}
	gap := r.doc.Text[prev:r.words[i].start]
	for _, c := range gap {
		if !isHyphen(c) {
			return false
		}
	}
	return true
}

// sameLocatorSort reports whether two locators can share a head noun
// ("Hungarian and Romanian officials", "Russia and China").
func sameLocatorSort(a, b locator) bool {
	adj := func(l locator) bool { return l.kind == itemAdj || l.kind == itemPeople }
	return adj(a) == adj(b)
}

// mixedAdjectives reports whether an acronym country and an adjective
// share the head noun that follows the second ("US and British
// activists", "British and US officials").
func (r *resolver) mixedAdjectives(a, b locator) bool {
	if !(r.adjectival(a) && b.kind == itemAdj || a.kind == itemAdj && r.adjectival(b)) {
		return false
	}
	return b.end < len(r.words) && r.headAt(b.end)
}

// adjectival reports whether a country name may stand as an adjective
// coordinated with one ("US and British activists"): an acronym.
func (r *resolver) adjectival(l locator) bool {
	return l.kind == itemCountry && l.end == l.start+1 && r.words[l.start].caps
}

// surname resolves a surname at word i to the one prominent person of that
// name in office on the document's date. A surname ends a name: followed by
// another capitalised name it is someone else's first name ("Editing by
// David Alexander" is not Cristian David).
func (r *resolver) surname(i int) int32 {
	if r.nameGoesOn(r.pieces[i].end) {
		return -1
	}
	if r.pieces[i].kinds&(1<<itemSurname) == 0 {
		return -1
	}
	found := int32(-1)
	ok := true
	bearers := 0
	r.each(r.pieces[i], func(it item) bool {
		if it.kind != itemSurname {
			return true
		}
		bearers++
		p := &r.d.persons[it.ref]
		if !r.inOffice(p) {
			return true
		}
		if found >= 0 && found != it.ref {
			ok = false
		}
		found = it.ref
		return true
	})
	if !ok || bearers >= commonSurname {
		// A surname many people of the dictionary bear ("Huang", "Lee")
		// is more often that of someone it does not know than of the one
		// in office.
		return -1
	}
	if found < 0 && !r.dated {
		found = r.formerBearer(r.pieces[i])
	}
	return found
}

// formerBearer names, in an undated text, the bearer of a surname no one
// in office bears, when every bearer who headed a state or a government
// did so in the same country: the one who left office last ("Papandreou
// agreed to resign" is of Greece, whichever Papandreou), and the text names
// no country, or names that one (the second reading, see Resolve). It
// returns -1 otherwise. Lesser offices are left out: their holders'
// surnames are too often someone else's ("the Duke of Sussex", "the Copa
// Libertadores").
func (r *resolver) formerBearer(pc piece) int32 {
	// headRank is the rank of heads of state and government.
	const headRank = 1
	found, country := int32(-1), ""
	var last day
	ok := true
	r.each(pc, func(it item) bool {
		if it.kind != itemSurname {
			return true
		}
		for _, ro := range r.d.persons[it.ref].roles {
			if ro.rank > headRank {
				continue
			}
			c := ro.code.country()
			if c == "" || country != "" && c != country {
				ok = false
				return false
			}
			country = c
			if found < 0 || ro.to > last {
				found, last = it.ref, ro.to
			}
		}
		return true
	})
	if !ok || found < 0 {
		return -1
	}
	if r.formerOK == nil {
		r.formerWanted = true
		return -1
	}
	if len(r.formerOK) > 0 && !r.formerOK[country] {
		return -1 // "Chan said" in a story of Hong Kong is no Papua New Guinean
	}
	return found
}

// commonSurname is how many people of the dictionary must bear a surname
// for it alone to name none of them.
const commonSurname = 4

// otherGivenName reports whether the one-word name of person pi at word i
// follows a capitalised proper noun that the dictionary does not know and
// the person's own name does not hold: "Lisa Merkel" and "Tom Putin" are
// not Angela Merkel and Vladimir Putin, but "Volodymyr Zelensky" is
// Volodymyr Zelenskyy.
func (r *resolver) otherGivenName(i int, pi int32) bool {
	j := i - 1
	if j < 0 {
		return false
	}
	w := &r.words[j]
	if !w.upper || !w.alpha || w.tok == r.words[i].tok || r.doc.Tokens[w.tok].UPOS != "PROPN" {
		return false
	}
	if (r.pieces[j].end > j || r.pieces[j].local >= 0 || j > 0 && r.pieces[j-1].end > j) && !r.onlyGivenName(j) {
		return false // a title, place or name the dictionary knows
	}
	for _, part := range splitWords(r.d.persons[pi].name, 0, -1, nil) {
		if part.key == w.key {
			return false
		}
	}
	return true
}

// onlyGivenName reports whether the dictionary knows the one word at j
// only as a given name or a family name never used alone ("Bill Jones" is
// not James L. Jones).
func (r *resolver) onlyGivenName(j int) bool {
	pc := r.pieces[j]
	if pc.end != j+1 || pc.local >= 0 || j > 0 && r.pieces[j-1].end > j {
		return false
	}
	only, found := true, false
	r.each(pc, func(it item) bool {
		found = true
		only = it.kind == itemClass && (it.ref == classStopName || it.ref == classGivenM || it.ref == classGivenF)
		return only
	})
	return only && found
}

// namedOtherwise reports whether the one-word name of person pi at word i
// belongs to someone else: it follows another given name here (see
// otherGivenName), or followed a capitalised word earlier in the
// document, which has not named pi yet.
func (r *resolver) namedOtherwise(i int, pi int32) bool {
	key := r.words[i].key
	if r.otherGivenName(i, pi) {
		if g := &r.words[i-1]; g.caps || g.inner || letterCount(g.key) < 2 {
			return true // "DP Ruto", "PURGE Gaddafi": no given name
		}
		if r.otherNamed == nil {
			r.otherNamed = map[string]bool{}
		}
		r.otherNamed[key] = true
		return true
	}
	if !r.otherNamed[key] {
		return false
	}
	// "Rachel Ruto" does not keep "Ruto" from William Ruto once the
	// document has named him.
	for e := range r.ents {
		if r.ents[e].person == pi {
			return false
		}
	}
	return true
}

// minGivenName is how many people of the dictionary must have a word as
// their first name for it to start the name of a person it does not know.
const minGivenName = 2

// unknownPerson returns the end of the name of a person the dictionary does
// not know at word k ("Gustavo Coronel", "Ted Clark"): a given name of the
// dictionary's people and one to three more capitalised proper nouns that
// start no place, organisation, title or known person (a known surname may
// continue the name); k when there is none.
func (r *resolver) unknownPerson(k int) int {
	n := len(r.words)
	if k+1 >= n {
		return k
	}
	w := &r.words[k]
	if !w.upper || !w.alpha || r.doc.Tokens[w.tok].UPOS != "PROPN" ||
		r.pieces[k].end > k || r.isClass(k, classCalendar) {
		return k
	}
	q := k + 1
	for q < n && q-k < 4 && r.words[q].tok != r.words[q-1].tok && r.nameGoesOn(q) && !r.headAt(q) {
		q++
	}
	if q == k+1 {
		return k
	}
	if r.d.given[w.key] < minGivenName && !r.roleApposition(q) {
		// A given name the dictionary does not know still starts a
		// person's name that a role follows ("Abolfazl Amouei, the
		// spokesman for the committee").
		return k
	}
	return q
}

// roleApposition reports whether words from q are a comma, a determiner
// and, within three words, a title or a noun for one person: ", the
// spokesman for", ", a lawyer".
func (r *resolver) roleApposition(q int) bool {
	if q+2 >= len(r.words) || r.words[q].key != "," || !r.isClass(q+1, classDeterminer) {
		return false
	}
	for j := q + 2; j < len(r.words) && j <= q+4 && r.words[j].key != ","; j++ {
		if r.isClass(j, classPersonNoun) {
			return true
		}
		if _, ok := r.find(j, itemTitle); ok {
			return true
		}
	}
	return false
}

// rememberUnknownPerson makes the person named by words [k, q) someone later
// pronouns and partial names may refer to, with no actor code: "he" after
// "Gustavo Coronel said" is not the last known man, and "Clark" after "Ted
// Clark" is not Helen Clark. No mention is emitted: the name is no actor.
func (r *resolver) rememberUnknownPerson(k, q int) {
	first, last := &r.words[k], &r.words[q-1]
	a := text.Actor{Kind: text.KindPerson, Name: r.doc.Text[first.start:last.end]}
	subject := false
	if r.parsed {
		subject = strings.HasPrefix(r.doc.Tokens[first.tok].DepRel, "nsubj")
	}
	// A name is headed by its first word (UD flat).
	r.addEntity(entity{actor: a, person: -1, word: k, head: first.tok, subject: subject}, r.words[k:q])
	r.unknown = append(r.unknown, unknownName{entity: int32(len(r.ents) - 1), end: q})
}

// appositions gives an unknown person the actor of an office or a sector
// noun for one person set off after the name ("Ben Malor, a spokesman for
// the UN, said"), so that later mentions of the name ("Malor") are of it.
func (r *resolver) appositions() {
	for _, u := range r.unknown {
		if r.titledBefore(u) {
			continue
		}
		q := u.end
		if q+1 >= len(r.words) || r.words[q].key != "," {
			continue
		}
		q++
		m := r.mentionAt(q)
		if m < 0 && r.isClass(q, classDeterminer) && q+1 < len(r.words) {
			m = r.mentionAt(q + 1)
		}
		body := false
		if m < 0 {
			m, body = r.roleOfBody(q), true
		}
		if m < 0 {
			continue
		}
		mt := &r.out[m]
		if !soleActor(mt) || body && len(mt.Actors[0].Sectors) == 0 {
			continue
		}
		// The apposition is closed by a comma, the sentence's end or a
		// relative clause of its own, and names an office or a person's
		// role, not a place or a body.
		after := r.wordAt(mt.End)
		for steps := 0; steps < 4 && after < len(r.words) && r.words[after].upper; steps++ {
			after++ // the rest of a name the mention ends inside ("the commander of the IRGC Navy")
		}
		after = r.pastParenthesis(after)
		if after < len(r.words) && !slices.Contains([]string{",", ".", "that", "which", "who"}, r.words[after].key) {
			continue
		}
		if body || r.roleHead(mt) {
			r.ents[u.entity].takeRole(mt.Actors[0])
		}
	}
}

// roleOfBody returns the mention of the body that a lowercase noun at word
// q, set off after a name, works in: "Susanna Camusso, head of the biggest
// union federation," (a role the dictionary does not know, of a body it
// does); or -1.
func (r *resolver) roleOfBody(q int) int {
	if q+2 >= len(r.words) || r.words[q].upper || !r.words[q].alpha || r.doc.Tokens[r.words[q].tok].UPOS != "NOUN" {
		return -1
	}
	switch r.words[q+1].key {
	case "of", "for", "at":
	default:
		return -1
	}
	for j := q + 2; j < len(r.words) && j <= q+4; j++ {
		if m := r.mentionAt(j); m >= 0 {
			return m
		}
		if t := r.doc.Tokens[r.words[j].tok].UPOS; t != "DET" && t != "ADJ" {
			return -1
		}
	}
	return -1
}

// pastParenthesis returns the word after the short parenthesis that opens
// at word k ("the chairman of the Christian Social Union (CSU), said"), or
// k when none opens there.
func (r *resolver) pastParenthesis(k int) int {
	if k >= len(r.words) || r.words[k].key != "(" {
		return k
	}
	for j := k + 1; j < len(r.words) && j <= k+6; j++ {
		if r.words[j].key == ")" {
			return j + 1
		}
	}
	return k
}

// sectorBeforeOrg gives a sector noun that a named organisation of that
// sector follows right after, as its description, the organisation's actor:
// "the Islamist militant group al-Shabaab", "the rebel FDLR force" name the
// group, not rebels of no country.
func (r *resolver) sectorBeforeOrg() {
	for m := r.first; m+1 < len(r.out); m++ {
		sec, org := &r.out[m], &r.out[m+1]
		if org.Start != sec.End || len(sec.Actors) != 1 || len(org.Actors) != 1 {
			continue
		}
		s, o := sec.Actors[0], org.Actors[0]
		if s.Kind != text.KindSector || s.Country != "" || len(s.Sectors) != 1 || o.Kind != text.KindGroup || o.Country == "" || !slices.Contains(o.Sectors, s.Sectors[0]) {
			continue
		}
		sec.Actors = append(sec.Actors[:0], o)
		sec.Rule = org.Rule + "+" + sec.Rule
	}
}

// soleActor reports whether mention mt names one known actor that is no
// person: an office, a body or a sector a person's role may be of.
func soleActor(mt *text.Mention) bool {
	return len(mt.Actors) == 1 && mt.Actors[0].Code != "" && mt.Actors[0].Kind != text.KindPerson
}

// roleHead reports whether mention mt is an office (a title) or a sector
// noun for one person ("spokesman"), not a place or a body.
func (r *resolver) roleHead(mt *text.Mention) bool {
	if strings.Contains(mt.Rule, "title:") {
		return true
	}
	h := r.wordAt(mt.Head)
	return h < len(r.words) && r.words[h].tok == mt.Head && r.isClass(h, classPersonNoun)
}

// takeRole makes an unknown person's entity of the actor of its role,
// keeping the person's name.
func (e *entity) takeRole(a text.Actor) {
	name := e.actor.Name
	e.actor = a
	e.actor.Kind, e.actor.Name, e.actor.ID = text.KindPerson, name, ""
}

// titledBefore gives unknown person u the actor of the office or sector
// noun for one person that ends right before the name ("Air Force
// spokesman Ed Gulick said", where the mention is "Air Force spokesman"), so
// that later pronouns and mentions of the name are of it; it reports whether
// it did.
func (r *resolver) titledBefore(u unknownName) bool {
	e := &r.ents[u.entity]
	if e.word <= 0 {
		return false
	}
	before := r.words[e.word-1].tok
	for m := r.first; m < len(r.out); m++ {
		mt := &r.out[m]
		if mt.End != before+1 || !soleActor(mt) {
			continue
		}
		if !r.roleHead(mt) {
			return false
		}
		e.takeRole(mt.Actors[0])
		return true
	}
	return false
}

// mentionAt returns the sentence's mention that starts at word i, or -1.
func (r *resolver) mentionAt(i int) int {
	for m := r.first; m < len(r.out); m++ {
		if r.out[m].Start == r.words[i].tok {
			return m
		}
	}
	return -1
}

// wordAt returns the first word of the sentence at or after token t.
func (r *resolver) wordAt(t int) int {
	for i := range r.words {
		if r.words[i].tok >= t {
			return i
		}
	}
	return len(r.words)
}

// nameGoesOn reports whether word i continues a proper name: a
// capitalised proper noun (or untagged word) that is not a calendar word
// and starts no place, organisation or known person.
func (r *resolver) nameGoesOn(i int) bool {
	if i >= len(r.words) {
		return false
	}
	w := &r.words[i]
	u := r.doc.Tokens[w.tok].UPOS
	return w.upper && w.alpha && (u == "" || u == "PROPN") &&
		!r.isClass(i, classCalendar) && !r.strongAt(i)
}

// inOffice reports whether a person holds a prominent office on the
// document's date (undated: holds one with no known end).
func (r *resolver) inOffice(p *person) bool {
	for i := range p.roles {
		ro := &p.roles[i]
		if ro.rank > prominentRank {
			continue
		}
		if r.dated {
			if ro.covers(r.when) {
				return true
			}
		} else if ro.to == maxDay || ro.seen {
			return true
		}
	}
	return false
}

// unknownName reads a run of capitalised words after a title ("Foreign
// Minister Park Jin"): at most five words, name particles allowed inside.
func (r *resolver) unknownName(p int) int {
	q := p
	n := len(r.words)
	for q < n && q-p < 5 {
		if r.nameWord(q) {
			q++
			continue
		}
		if q > p && q+1 < n && r.isClass(q, classParticle) && r.words[q+1].upper {
			q++
			continue
		}
		if q > p && r.pieces[q].end == q+1 && (r.has(q, itemCity) || r.has(q, itemCapital) || r.has(q, itemCountry)) && r.endsUnknownName(q) {
			// "Sen. Feliciano Valencia", "Mayor John Paris": a place's
			// name ends the name, which opens with a given name.
			q++
			continue
		}
		break
	}
	// A name does not end in a particle.
	for q > p && r.isClass(q-1, classParticle) {
		q--
	}
	return q
}

// nameWord reports whether word i may be part of a name no entry knows: a
// capitalised word that starts no locator, person, title or sector noun and
// is no month or weekday.
func (r *resolver) nameWord(i int) bool {
	w := &r.words[i]
	return w.upper && w.alpha && !r.isClass(i, classCalendar) && !r.strongAt(i) && !r.headAt(i)
}

// ownedByPronoun reports whether the phrase starting at word k follows a
// possessive pronoun ("its troops", "some of their diplomats").
func (r *resolver) ownedByPronoun(k int) bool {
	return k > 0 && r.isClass(k-1, classPossessive) && (r.words[k-1].key != "her" || r.possessivePronoun(k-1))
}

// possessivePronoun reports whether "her" at word k is a possessive ("her
// government") rather than an object.
func (r *resolver) possessivePronoun(k int) bool {
	if r.words[k].key != "her" {
		return false
	}
	tok := &r.doc.Tokens[r.words[k].tok]
	if tok.UPOS != "" {
		return strings.Contains(tok.Feats, "Poss=Yes") || tok.DepRel == "nmod:poss"
	}
	if k+1 >= len(r.words) {
		return false
	}
	next := &r.words[k+1]
	return next.alpha && !r.isClass(k+1, classDeterminer) && !r.isClass(k+1, classOf) &&
		!r.isClass(k+1, classPostLocator) && !r.isClass(k+1, classCoordinator) && next.key != "to" && next.key != "that"
}
