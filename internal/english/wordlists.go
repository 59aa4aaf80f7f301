package english

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:embed phrasal.txt
var phrasalFile string

//go:embed adjective_verbs.txt
var adjectiveVerbFile string

//go:embed lexicon.tsv
var lexiconFile string

// The word classes of lexicon.tsv.
const (
	TimeOpener           = "time-opener"           // last, next: open a time phrase
	TimeNoun             = "time-noun"             // week, year: "this week" is a time
	AdjectivalParticiple = "adjectival-participle" // armed, aged: modifiers after a noun
	NamingParticiple     = "naming-participle"     // named, called: take a name in the passive
	ReportForm           = "report-form"           // said, says: report a clause without "that"
	ThingObject          = "thing-object"          // nothing, so: the object of a verb of saying
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

// adjectiveVerbs holds the words of adjective_verbs.txt, read once.
var adjectiveVerbs = sync.OnceValue(func() []string { return wordsOf(adjectiveVerbFile, 1) })

// AdjectiveVerbs returns the words that are adjectives and verbs alike
// (adjective_verbs.txt: "free", "clear"), lowercase.
func AdjectiveVerbs() []string { return slices.Clone(adjectiveVerbs()) }

// AdjectiveVerb reports whether word, in any case, is one of AdjectiveVerbs.
func AdjectiveVerb(word string) bool {
	return slices.Contains(adjectiveVerbs(), strings.ToLower(word))
}

// phrasalVerbs holds the pairs of phrasal.txt, read once: the file is part
// of the binary and read-only.
var phrasalVerbs = sync.OnceValue(func() map[[2]string]bool { return parsePhrasal(phrasalFile) })

// PhrasalVerb reports whether a verb lemma and a particle ("hand", "over")
// are a phrasal verb of phrasal.txt, whose particle reading is the rule
// when a noun follows.
func PhrasalVerb(lemma, particle string) bool {
	return phrasalVerbs()[[2]string{strings.ToLower(lemma), strings.ToLower(particle)}]
}

// parsePhrasal reads lines of a verb lemma and a particle.
func parsePhrasal(data string) map[[2]string]bool {
	pairs := make(map[[2]string]bool)
	for _, w := range wordsOf(data, 2) {
		lemma, particle, _ := strings.Cut(w, " ")
		pairs[[2]string{lemma, particle}] = true
	}
	return pairs
}

// wordsOf returns the lines of a word list that hold n words, lowercased
// and joined by a space; "#" starts a comment. Other lines are skipped
// (TestWordLists checks that the files have none).
func wordsOf(data string, n int) []string {
	var out []string
	for _, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(strings.ToLower(line)); len(f) == n {
			out = append(out, strings.Join(f, " "))
		}
	}
	return out
}
