package english

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed phrasal.txt
var phrasalFile string

// phrasalVerbs holds the pairs of phrasal.txt, read once: the file is part
// of the binary and read-only.
var phrasalVerbs = sync.OnceValue(func() map[[2]string]bool { return parsePhrasal(phrasalFile) })

// PhrasalVerb reports whether a verb lemma and a particle ("hand", "over")
// are a phrasal verb of phrasal.txt, whose particle reading is the rule
// when a noun follows.
func PhrasalVerb(lemma, particle string) bool {
	return phrasalVerbs()[[2]string{strings.ToLower(lemma), strings.ToLower(particle)}]
}

// parsePhrasal reads lines of a verb lemma and a particle; other lines are
// skipped (TestPhrasalFile checks that the file has none).
func parsePhrasal(data string) map[[2]string]bool {
	pairs := make(map[[2]string]bool)
	for _, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(line); len(f) == 2 {
			pairs[[2]string{strings.ToLower(f[0]), strings.ToLower(f[1])}] = true
		}
	}
	return pairs
}
