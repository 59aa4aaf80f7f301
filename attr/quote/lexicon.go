package quote

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/parleyproject/parley/internal/datafile"
)

// LexiconFormat names the version of the cue lexicon format (FORMAT.md).
const LexiconFormat = "parley.quote-lexicon.v1"

//go:embed lexicon.tsv
var builtinLexicon string

// Frames say where a cue's content and speaker are found.
type Frames uint16

// The frames a lexicon entry may list (FORMAT.md).
const (
	// FrameQuote: the cue may attribute a quotation in its sentence
	// ("“…,” she said").
	FrameQuote Frames = 1 << iota
	// FrameClause: the content is a clausal complement ("said that …",
	// "said the talks failed").
	FrameClause
	// FrameInf: the content is a to-infinitive ("vowed to fight").
	FrameInf
	// FrameObject: the content is the direct object ("denied the report").
	FrameObject
	// FramePrep: the content is the phrase the entry's preposition heads
	// ("called for a ceasefire").
	FramePrep
	// FrameSource: the phrase names the speaker of the clause it modifies
	// ("according to officials, …").
	FrameSource
	// FrameAddressee: an object before the content is the addressee, not
	// the content ("told reporters (that) …").
	FrameAddressee
	// FrameActor: the cue counts only when its speaker is an actor the
	// document resolved or a personal pronoun ("Clinton signed the bill",
	// not "the bill signed into law").
	FrameActor
	// FrameNaming: the verb also names things; as a past participle after
	// a noun it names and does not attribute ("a play called …").
	FrameNaming
	// FrameRaising: the content is the subject with the complement, and no
	// speaker is named ("Clinton appeared to assuage liberal concerns").
	FrameRaising
)

var frameNames = []struct {
	name string
	f    Frames
}{
	{"quote", FrameQuote}, {"clause", FrameClause}, {"inf", FrameInf},
	{"object", FrameObject}, {"prep", FramePrep}, {"source", FrameSource},
	{"addressee", FrameAddressee}, {"actor", FrameActor}, {"naming", FrameNaming},
	{"raising", FrameRaising},
}

// String writes the frames as the lexicon does ("quote,clause").
func (f Frames) String() string {
	var b strings.Builder
	for _, n := range frameNames {
		if f&n.f != 0 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(n.name)
		}
	}
	return b.String()
}

// POS is the word class a lexicon entry matches.
type POS uint8

// Word classes of lexicon entries.
const (
	POSVerb   POS = iota + 1 // a verb, matched by lemma (say, tell, point out)
	POSNoun                  // a noun, matched by lemma (statement, claim)
	POSPhrase                // a fixed phrase, matched by its words (according to)
	POSAdj                   // an adjective or participle, matched by its form (critical of, willing)
	numPOS
)

// Entry is one cue of the lexicon.
type Entry struct {
	// Lemma is the head word's lemma; Particle the second word, if any: the
	// particle or preposition of a phrasal verb ("out" in "point out", "for"
	// in "call for") or the second word of a phrase ("to" in "according to").
	Lemma, Particle string
	POS             POS
	Frames          Frames
	// Line is the entry's line in its file.
	Line int
}

// Lexicon holds the cues of attribution: verbs of saying and thinking,
// nouns of statement, adjectives of stance and phrases like "according
// to". It is read-only after loading and safe for concurrent use.
type Lexicon struct {
	// byLemma maps, for each word class, a head lemma to its entries (the
	// plain verb first, then phrasal ones): a map per class, so that a
	// lookup hashes a string key alone.
	byLemma [numPOS]map[string][]Entry
	// phrases lists the phrase entries, few, matched word by word.
	phrases []Entry
	entries int
}

// Len returns the number of entries.
func (l *Lexicon) Len() int { return l.entries }

// lookup returns the entries for a lemma and word class.
func (l *Lexicon) lookup(lemma string, pos POS) []Entry {
	if l == nil {
		return nil
	}
	if int(pos) >= len(l.byLemma) {
		return nil
	}
	return l.byLemma[pos][lemma]
}

// ParseLexicon reads a cue lexicon in the format of FORMAT.md; name is used
// in error messages. Bad lines are reported with their line numbers and
// skipped; the good ones are kept, so the lexicon is usable even when the
// error is not nil.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	l := new(Lexicon)
	seen := make(map[string]int)
	sc := datafile.NewScanner(r, name)
	for sc.Scan() {
		e, err := parseEntry(sc.Text())
		if err != nil {
			sc.Errorf("%w", err)
			continue
		}
		key := e.Lemma + " " + e.Particle + "\t" + fmt.Sprint(e.POS)
		if prev, ok := seen[key]; ok {
			sc.Errorf("%q already listed on line %d", strings.TrimSpace(e.Lemma+" "+e.Particle), prev)
			continue
		}
		seen[key] = sc.Line()
		e.Line = sc.Line()
		l.add(e)
	}
	return l, sc.Err()
}

func parseEntry(s string) (Entry, error) {
	f := strings.Split(s, "\t")
	if len(f) != 3 {
		return Entry{}, fmt.Errorf("want WORDS<TAB>POS<TAB>FRAMES, got %d fields", len(f))
	}
	var e Entry
	words := strings.Fields(f[0])
	if len(words) == 0 || len(words) > 2 || strings.Join(words, " ") != f[0] {
		return e, fmt.Errorf("words %q must be one or two words separated by one space", f[0])
	}
	for _, w := range words {
		if strings.ToLower(w) != w {
			return e, fmt.Errorf("words %q must be lower case", f[0])
		}
	}
	e.Lemma = words[0]
	if len(words) == 2 {
		e.Particle = words[1]
	}
	switch f[1] {
	case "verb":
		e.POS = POSVerb
	case "noun":
		e.POS = POSNoun
	case "adj":
		e.POS = POSAdj
	case "phrase":
		e.POS = POSPhrase
		if e.Particle == "" {
			return e, fmt.Errorf("phrase %q must have two words", f[0])
		}
	default:
		return e, fmt.Errorf("word class %q is not one of verb, noun, adj, phrase", f[1])
	}
	for _, name := range strings.Split(f[2], ",") {
		found := false
		for _, n := range frameNames {
			if n.name == name {
				e.Frames |= n.f
				found = true
			}
		}
		if !found {
			return e, fmt.Errorf("frame %q is not one of quote, clause, inf, object, prep, source, addressee, actor, naming, raising", name)
		}
	}
	switch {
	case e.Frames&FrameSource != 0 && e.POS != POSPhrase:
		return e, errors.New("frame source is for phrases only")
	case e.POS == POSPhrase && e.Frames != FrameSource:
		return e, errors.New("a phrase takes the frame source alone")
	case e.Frames&FramePrep != 0 && e.Particle == "":
		return e, errors.New("frame prep needs a preposition after the lemma")
	case e.POS == POSAdj && e.Frames&^(FrameClause|FrameInf|FramePrep) != 0:
		return e, errors.New("an adjective takes the frames clause, inf and prep only")
	}
	return e, nil
}

// add puts e into the lexicon, replacing an entry with the same words and
// word class; plain entries come before phrasal ones.
func (l *Lexicon) add(e Entry) {
	if l.byLemma[e.POS] == nil {
		l.byLemma[e.POS] = make(map[string][]Entry)
	}
	list := l.byLemma[e.POS][e.Lemma]
	for i := range list {
		if list[i].Particle == e.Particle {
			list[i] = e
			l.indexPhrases()
			return
		}
	}
	if e.Particle == "" {
		list = append([]Entry{e}, list...)
	} else {
		list = append(list, e)
	}
	l.byLemma[e.POS][e.Lemma] = list
	l.entries++
	if e.POS == POSPhrase {
		l.indexPhrases()
	}
}

// indexPhrases rebuilds the list of phrase entries.
func (l *Lexicon) indexPhrases() {
	l.phrases = l.phrases[:0]
	for _, list := range l.byLemma[POSPhrase] {
		l.phrases = append(l.phrases, list...)
	}
	sort.Slice(l.phrases, func(i, j int) bool { return l.phrases[i].Line < l.phrases[j].Line })
}

// Merge returns a new lexicon with the entries of l and of o; where both
// have an entry with the same words and word class, o's wins. Neither l nor o
// is changed.
func (l *Lexicon) Merge(o *Lexicon) *Lexicon {
	m := new(Lexicon)
	for _, src := range [2]*Lexicon{l, o} {
		for _, byLemma := range src.byLemma {
			for _, list := range byLemma {
				for _, e := range list {
					m.add(e)
				}
			}
		}
	}
	return m
}

// LoadLexicon reads a cue lexicon file; see ParseLexicon.
func LoadLexicon(path string) (*Lexicon, error) {
	return datafile.Load(path, "quote lexicon", ParseLexicon)
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	l, err := ParseLexicon(strings.NewReader(builtinLexicon), "lexicon.tsv")
	if err != nil {
		return nil, fmt.Errorf("built-in quote lexicon: %w", err)
	}
	return l, nil
})

// DefaultLexicon returns the embedded lexicon. It is parsed once and shared
// by every caller; a Lexicon is read-only.
func DefaultLexicon() (*Lexicon, error) { return defaultLexicon() }
