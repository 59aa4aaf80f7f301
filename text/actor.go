package text

// ActorKind says what sort of entity an actor is.
type ActorKind string

// Actor kinds.
const (
	KindCountry ActorKind = "country" // a state or territory, or its government
	KindIGO     ActorKind = "igo"     // an international or regional organisation
	KindGroup   ActorKind = "group"   // a non-state organisation: party, armed group, company
	KindPerson  ActorKind = "person"  // a named individual
	KindSector  ActorKind = "sector"  // known only by sector ("police", "protesters")
	KindRegion  ActorKind = "region"  // a region of the world ("Europe", "the Middle East")
)

// Actor is a resolved participant in an event: a country, an organisation, a
// sector of either, or a named person, coded in CAMEO style.
type Actor struct {
	// Code is the CAMEO-style actor code: country or IGO prefix followed by
	// sector codes ("USAGOV", "IGOUNO", "CHNMIL", "---CVL" when no country).
	Code string
	// Country is the ISO 3166-1 alpha-3 code, or "" when none is known.
	Country string
	// Sectors are PLOVER/Phoenix sector codes (GOV, MIL, REB, ...).
	Sectors []string
	// Name is the canonical name of a person or organisation, or "".
	Name string
	// ID identifies the dictionary entry that resolved the actor, or "".
	ID   string
	Kind ActorKind
}

// Mention is a phrase in a sentence that refers to one or more actors.
type Mention struct {
	// Sentence is the index in Document.Sentences.
	Sentence int
	// Start and End delimit the phrase in Document.Tokens; Head is the token
	// that heads it in the dependency parse.
	Start, End, Head int
	Span             Span
	// Actors holds one actor, or several for a compound phrase ("Hungarian and
	// Romanian officials").
	Actors []Actor
	// Rule names how the mention was resolved: a dictionary entry, a title, a
	// pronoun or an earlier mention.
	Rule string
}

// PlaceIn gives an actor of no country ("---CVL") the country, in its Code
// and Country.
func (a *Actor) PlaceIn(country string) {
	a.Code = country + a.Code[min(3, len(a.Code)):]
	a.Country = country
}
