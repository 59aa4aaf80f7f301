package actor

import (
	"sync"

	"github.com/parleyproject/parley/text"
)

// Dictionary holds Parley's actor knowledge (countries, organisations,
// people with dated offices, sector words and titles) and resolves the actor
// mentions of documents. It is read-only after Load and safe for concurrent
// use.
type Dictionary struct {
	// buffers keeps sentenceBuffers between the documents resolved.
	buffers sync.Pool
	sectors map[string]string // sector code → description
	// stateSectors are parts of the state or its politics (sector `state
	// yes`): titles of their organisations are the country's offices.
	stateSectors map[string]bool
	// localSectors are sectors a story names without their country because
	// it is the story's own (sector `local yes`).
	localSectors map[string]bool
	// pluralSectors are local sectors whose actors take the country most of
	// a story's actors are of, even when it does not dominate (sector
	// `plurality yes`).
	pluralSectors map[string]bool
	// refersSectors are the sectors an anaphor class's noun refers to
	// (class field `sectors`: "the company" a business); a class without
	// them refers to any organisation of its kinds.
	refersSectors map[int32][]string
	countries     []country
	countryAt     map[string]int32 // ISO alpha-3 → index in countries
	igos          []igo
	orgs          []org
	persons       []person
	titles        []title
	titleAt       map[string]int32 // title key → index
	agents        []agent
	classes       map[string]int32 // class name → id (see classNames)

	lex lexicon
	// holders lists, for each "scope|title" (scope: country code, or IGO or
	// organisation code without sector chunks), every person role with that
	// title, by start date.
	holders map[string][]roleRef
	// given counts, for every word, the people of given-name-first
	// countries whose name starts with it (see givenNames).
	given map[string]int
	// titledSurnames holds the surnames of prominent people that are stop
	// names ("Bush", "May", "Rice"): alone they name no one, after the
	// title of an office the person holds they do ("President Bush").
	titledSurnames map[string][]int32
	// variants maps spelling keys to the words of names (see
	// indexVariants).
	variants map[string][]uint32
	// givenSex maps given names (word keys) to the sex of most who bear
	// them, 'm' or 'f' (classes given-name-m and given-name-f).
	givenSex map[string]byte
	// orgHeads are the nouns that head organisations' names (class
	// org-head): after the full name, the noun alone names the body.
	orgHeads map[string]bool
	// placeFeatures are the nouns of features named after a place, with
	// "of" or right before it (class place-feature: "the Gulf of Mexico",
	// "Lake Chad").
	placeFeatures map[string]bool
	// localNames maps "country|word key" to the organisation a generic
	// word names in a story of that country (org field `local`: "Congress"
	// in an Indian story is the Congress Party).
	localNames map[string]int32
}

type country struct {
	code, name string
	// Title keys of the head of state, the head of government, and the
	// office meant by "the French leader".
	headOfState, headOfGov, leader string
	// familyFirst: personal names put the family name first (Xi Jinping).
	familyFirst bool
	// doubleSurname: personal names end in the father's and the mother's
	// family names, and the father's alone names the person (Rafael Correa
	// Delgado is Correa).
	doubleSurname bool
	// region: a region of the world (Europe, the Middle East), not a
	// state: its actors have no ISO country.
	region bool
}

type igo struct {
	code         code
	name, leader string
}

type org struct {
	id, name string
	roles    []role // dated codes; a role spanning all time is the default
	// also are further codes the organisation stands for, besides its
	// default ("code A; B"), or nil.
	also   []code
	leader string
	kind   text.ActorKind
}

type person struct {
	id, name string
	sex      byte   // 'm', 'f' or 0 when unknown
	country  string // nationality when known, else ""
	roles    []role // by start date
	rank     int8   // best (lowest) rank of any role's title
	file     string
	line     int
}

// role is an office or affiliation held over a tenure, or (for
// organisations) the code an organisation has over a period.
type role struct {
	tenure
	code  code
	title string // title key, or free text
	rank  int8
}

type roleRef struct {
	person int32
	role   int32
}

type title struct {
	key     string
	sectors []string
	single  bool // one holder at a time per country or organisation
	head    bool // means the leader of whatever it is attached to ("chief")
	// generic titles head any organisation (president, chairman): they
	// name no actor unless attached to one (see decide).
	generic bool
	rank    int8
}

type agent struct {
	key     string
	sectors []string
	// generic agents (official, spokesman) take the sectors of the
	// institution they are attached to instead of their own.
	generic bool
	// prefix is put before the actor's code instead of sectors after it
	// (an imported "NGO~" agent), or "".
	prefix string
}

// Modifier effects.
const (
	modFormer = iota // former, ex-: the person or office is in the past (ELI)
	modDeputy        // deputy, vice: not the holder of the office itself
	modIgnore        // senior, top, current: no effect
)

var modifierNames = map[string]int32{"former": modFormer, "deputy": modDeputy, "ignore": modIgnore}

// Closed word classes the grammar uses; the words are in data/classes.txt.
const (
	classDeterminer = iota
	classDefinite
	classQuantity
	classOf
	classPostLocator
	classLocative
	classParticle
	classCalendar
	classCoordinator
	classAffPrefix
	classAffSuffix
	classHe
	classShe
	classBoth
	classBothCountries
	classBothLeaders
	classStopName
	classHonorificM
	classHonorificF
	classPersonNoun
	classPlaceParticiple
	classNounOnly
	classPossessive
	classNameSuffix
	classHis
	classOwnCountry
	classOwnGovernment
	classGivenM
	classGivenF
	classDemandVerb
	classRegionPrefix
	classOrgHead
	classPlaceFeature
	classLeadSuffix
	classCompanySuffix
	classHyphenPrefix
	classRefersOrg
	classRefersCompany
	classRefersBloc
	classRefersArmed
	numClasses
)

// The lexicon keeps a word's one-word classes as bits of a uint64 (see
// lexicon.alone): this fails to compile when there are more than 64.
var _ = [1]struct{}{}[numClasses/65]

var classNames = map[string]int32{
	"determiner":         classDeterminer,
	"definite":           classDefinite,
	"quantity":           classQuantity,
	"of":                 classOf,
	"post-locator":       classPostLocator,
	"locative":           classLocative,
	"name-particle":      classParticle,
	"calendar":           classCalendar,
	"coordinator":        classCoordinator,
	"affiliation-prefix": classAffPrefix,
	"affiliation-suffix": classAffSuffix,
	"he":                 classHe,
	"she":                classShe,
	"both-sides":         classBoth,
	"both-countries":     classBothCountries,
	"possessive":         classPossessive,
	"both-leaders":       classBothLeaders,
	"stop-name":          classStopName,
	"honorific-m":        classHonorificM,
	"honorific-f":        classHonorificF,
	"person-noun":        classPersonNoun,
	"place-participle":   classPlaceParticiple,
	"noun-only":          classNounOnly,
	"name-suffix":        classNameSuffix,
	"his":                classHis,
	"given-name-m":       classGivenM,
	"given-name-f":       classGivenF,
	"own-country":        classOwnCountry,
	"own-government":     classOwnGovernment,
	"org-head":           classOrgHead,
	"demand-verb":        classDemandVerb,
	"region-prefix":      classRegionPrefix,
	"place-feature":      classPlaceFeature,
	"lead-suffix":        classLeadSuffix,
	"company-suffix":     classCompanySuffix,
	"hyphen-prefix":      classHyphenPrefix,
	"refers-org":         classRefersOrg,
	"refers-company":     classRefersCompany,
	"refers-bloc":        classRefersBloc,
	"refers-armed":       classRefersArmed,
}

// Stats counts what a Dictionary holds.
type Stats struct {
	Countries, IGOs, Orgs, People, Roles, Titles, Agents int
	// Forms is the number of distinct phrases the resolver matches.
	Forms int
}

// Stats reports the size of the dictionary.
func (d *Dictionary) Stats() Stats {
	s := Stats{
		Countries: len(d.countries), IGOs: len(d.igos), Orgs: len(d.orgs),
		People: len(d.persons), Titles: len(d.titles), Agents: len(d.agents),
		Forms: d.lex.forms,
	}
	for i := range d.persons {
		s.Roles += len(d.persons[i].roles)
	}
	return s
}
