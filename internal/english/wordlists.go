package english

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:embed lexicon.tsv
var lexiconFile string

// The word classes of lexicon.tsv.
const (
	TimeOpener            = "time-opener"            // last, next: open a time phrase
	TimeNoun              = "time-noun"              // week, year: "this week" is a time
	AdjectivalParticiple  = "adjectival-participle"  // armed, aged: modifiers after a noun
	NamingParticiple      = "naming-participle"      // named, called: take a name in the passive
	ReportForm            = "report-form"            // said, says: report a clause without "that"
	InvertedReport        = "inverted-report"        // said, added: before their speaker, set off by commas
	ThingObject           = "thing-object"           // nothing, so: the object of a verb of saying
	ObjectControl         = "object-control"         // urge, press: their object does what the infinitive after it says
	InfinitiveNoun        = "infinitive-noun"        // threat, offer: an infinitive after them is their clause
	GerundComplement      = "gerund-complement"      // consider, stop: take a gerund as their complement
	PrepositionParticiple = "preposition-participle" // including: a preposition before a noun
	phrasalVerb           = "phrasal-verb"           // hand over: see PhrasalVerb
	adjectiveVerb         = "adjective-verb"         // free, clear: see AdjectiveVerb
)

// lexicon holds the classes of lexicon.tsv, read once.
var lexicon = sync.OnceValue(func() map[string]map[string]bool { return parseLexicon(lexiconFile) })

// In reports whether word, in any case, is in the word class of
// lexicon.tsv.
func In(class, word string) bool {
	return lexicon()[class][strings.ToLower(word)]
}

// parseLexicon reads lines of a class name, a tab and comma-separated
// words; other lines are skipped (TestLexicon checks that the file has
// none).
func parseLexicon(data string) map[string]map[string]bool {
	classes := make(map[string]map[string]bool)
	for _, line := range strings.Split(data, "\n") {
		class, words, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(class, "#") {
			continue
		}
		if classes[class] == nil {
			classes[class] = make(map[string]bool)
		}
		for _, w := range strings.Split(words, ",") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				classes[class][w] = true
			}
		}
	}
	return classes
}

// AdjectiveVerbs returns the words that are adjectives and verbs alike
// (lexicon.tsv's adjective-verb: "free", "clear"), lowercase and sorted.
func AdjectiveVerbs() []string {
	words := make([]string, 0, len(lexicon()[adjectiveVerb]))
	for w := range lexicon()[adjectiveVerb] {
		words = append(words, w)
	}
	slices.Sort(words)
	return words
}

// AdjectiveVerb reports whether word, in any case, is one of AdjectiveVerbs.
func AdjectiveVerb(word string) bool { return In(adjectiveVerb, word) }

// PhrasalVerb reports whether a verb lemma and a particle ("hand", "over")
// are a phrasal verb of lexicon.tsv, whose particle reading is the rule
// when a noun follows.
func PhrasalVerb(lemma, particle string) bool {
	return In(phrasalVerb, lemma+" "+particle)
}
