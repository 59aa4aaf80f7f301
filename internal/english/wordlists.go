package english

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/parleyproject/parley/internal/lower"
)

//go:embed lexicon.tsv
var lexiconFile string

// Class is a word class of lexicon.tsv.
type Class uint8

// The word classes of lexicon.tsv.
const (
	TimeOpener            Class = iota // last, next: open a time phrase
	TimeNoun                           // week, year: "this week" is a time
	AdjectivalParticiple               // armed, aged: modifiers after a noun
	NamingParticiple                   // named, called: take a name in the passive
	ReportForm                         // said, says: report a clause without "that"
	InvertedReport                     // said, added: before their speaker, set off by commas
	ThingObject                        // nothing, so: the object of a verb of saying
	ObjectControl                      // urge, press: their object does what the infinitive after it says
	InfinitiveNoun                     // threat, offer: an infinitive after them is their clause
	GerundComplement                   // consider, stop: take a gerund as their complement
	PrepositionParticiple              // including: a preposition before a noun
	phrasalVerb                        // hand over: see PhrasalVerb
	adjectiveVerb                      // free, clear: see AdjectiveVerb
	numClasses
)

// classNames are the classes' names in lexicon.tsv.
var classNames = [numClasses]string{
	TimeOpener:            "time-opener",
	TimeNoun:              "time-noun",
	AdjectivalParticiple:  "adjectival-participle",
	NamingParticiple:      "naming-participle",
	ReportForm:            "report-form",
	InvertedReport:        "inverted-report",
	ThingObject:           "thing-object",
	ObjectControl:         "object-control",
	InfinitiveNoun:        "infinitive-noun",
	GerundComplement:      "gerund-complement",
	PrepositionParticiple: "preposition-participle",
	phrasalVerb:           "phrasal-verb",
	adjectiveVerb:         "adjective-verb",
}

// classSet has a bit for each Class.
type classSet uint16

var _ = [1]struct{}{}[numClasses/17] // the classes fit a classSet: 16 at most

// lexicon holds the classes of every word of lexicon.tsv, read once: one
// lookup answers In, which the tagger and the parser's repairs ask of
// most words.
var lexicon = sync.OnceValue(func() map[string]classSet { return parseLexicon(lexiconFile) })

// In reports whether word, in any case, is in the word class of
// lexicon.tsv.
func In(class Class, word string) bool {
	return lookup(word)&(1<<class) != 0
}

// lookup returns the classes of word, in any case.
func lookup(word string) classSet {
	var buf [32]byte
	if b, ok := lower.ASCII(buf[:], word); ok {
		return lexicon()[string(b)]
	}
	return lexicon()[strings.ToLower(word)]
}

// parseLexicon reads lines of a class name, a tab and comma-separated
// words; other lines, and classes the package does not name, are skipped
// (TestLexicon checks that the file has none).
func parseLexicon(data string) map[string]classSet {
	words := make(map[string]classSet)
	for _, line := range strings.Split(data, "\n") {
		name, list, ok := strings.Cut(line, "\t")
		class := slices.Index(classNames[:], name)
		if !ok || class < 0 {
			continue
		}
		for _, w := range strings.Split(list, ",") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				words[w] |= 1 << class
			}
		}
	}
	return words
}

// members returns the words of class, lowercase and sorted.
func members(class Class) []string {
	var words []string
	for w, set := range lexicon() {
		if set&(1<<class) != 0 {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	return words
}

// AdjectiveVerbs returns the words that are adjectives and verbs alike
// (lexicon.tsv's adjective-verb: "free", "clear"), lowercase and sorted.
func AdjectiveVerbs() []string { return members(adjectiveVerb) }

// AdjectiveVerb reports whether word, in any case, is one of AdjectiveVerbs.
func AdjectiveVerb(word string) bool { return In(adjectiveVerb, word) }

// PhrasalVerb reports whether a verb lemma and a particle ("hand", "over")
// are a phrasal verb of lexicon.tsv, whose particle reading is the rule
// when a noun follows.
func PhrasalVerb(lemma, particle string) bool {
	return lookup(lemma+" "+particle)&(1<<phrasalVerb) != 0
}
