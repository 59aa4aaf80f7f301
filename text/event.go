package text

import "time"

// Modality says whether an event is said to have happened.
type Modality string

// Modalities of events. Only asserted events count in aggregates unless a
// user asks for the others.
const (
	Asserted     Modality = "asserted"
	Negated      Modality = "negated"
	Future       Modality = "future"
	Hypothetical Modality = "hypothetical"
)

// CAMEO is an event's CAMEO classification.
type CAMEO struct {
	Code      string  // "040", "0231", ...
	Root      string  // "04"
	Name      string  // "Consult"
	Goldstein float64 // -10 (most conflictual) to +10
	// QuadClass follows GDELT's mapping: 1 verbal cooperation, 2 material
	// cooperation, 3 verbal conflict, 4 material conflict.
	QuadClass int
}

// PLOVER is an event's PLOVER 2.0 classification.
type PLOVER struct {
	Type    string   // AGREE, CONSULT, ...
	Mode    string   // "" when none applies
	Context []string // may be empty
}

// Participant is an actor as it appears in one event: the phrase in the text
// and what it resolved to.
type Participant struct {
	Text string
	Span Span
	Actor
}

// DateRef is a date expression resolved against the document date.
type DateRef struct {
	Value time.Time
	// Granularity is "day", "week", "month" or "year".
	Granularity string
	// Text and Span locate the expression; both are empty when the date is
	// the document's own.
	Text string
	Span Span
	Rule string
}

// Place is a resolved place mention.
type Place struct {
	Span         Span
	Text         string
	Name         string // gazetteer name
	Country      string // ISO 3166-1 alpha-3
	Admin1       string
	Lat, Lon     float64
	GeoNamesID   int
	FeatureClass string // GeoNames feature class: P city, A region or country
	Rule         string
}

// Tone is a GDELT-style tone measure of a text.
type Tone struct {
	// Positive and Negative are the percentages of words that are in the
	// positive and negative lexicon; Tone is Positive − Negative and
	// Polarity is Positive + Negative.
	Positive, Negative, Tone, Polarity float64
	WordCount                          int
}

// Evidence is what produced an event: the verb or noun that triggered it, the
// rule, and where the event's attributes came from.
type Evidence struct {
	Verb Participant // only Text and Span are used
	// Rule names the dictionary pattern, as "file#id".
	Rule string
	// Quote is the id of the quotation the event was coded from, or "".
	Quote string
	// Date says how the event date was found.
	Date DateRef
}

// Event is one coded event between a source and (possibly) a target. A
// meeting of three parties is several Events sharing Group.
type Event struct {
	ID       string // "doc-1:s2:e0"
	Group    string // "doc-1:s2:g0"
	DocID    string
	Sentence int    // index in Document.Sentences
	Text     string // the sentence's text
	Date     time.Time
	CAMEO    CAMEO
	PLOVER   PLOVER
	Source   *Participant // nil when unknown
	Target   *Participant // nil when the event has no recipient
	Modality Modality
	// Prospective says the coded words speak of an act to come: a future
	// event, or an intention or refusal stated with "will" ("the minister
	// will visit China on Friday", coded 036), whose dates lie ahead.
	Prospective bool
	Evidence    Evidence
	Place       *Place // nil when no place was found
	Tone        Tone   // tone of the sentence
}

// Quote is an attribution: who said what.
type Quote struct {
	ID      string
	DocID   string
	Direct  bool        // inside quotation marks
	Speaker Participant // Text and Span of the mention; Actor once resolved
	Cue     Participant // the speech verb or phrase; only Text and Span
	Content Participant // the quoted or reported content; only Text and Span
}
