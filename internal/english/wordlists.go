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
