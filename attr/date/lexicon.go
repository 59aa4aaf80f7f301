package date

import (
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/parleyproject/parley/internal/datafile"
)

// LexiconFormat names the version of the lexicon file format (see lexicon.tsv).
const LexiconFormat = "parley.date-lexicon.v1"

//go:embed lexicon.tsv
var builtinLexicon string

// wordKind is the class of a lexicon word.
type wordKind uint8

const (
	kindNone wordKind = iota
	kindMonth
	kindWeekday
	kindNumber
	kindRelDay
	kindUnit
	kindDeictic
	kindPartOfDay
	kindPrep
	kindEdge
	kindShift
	kindAgo
	kindCompare
)

var kindNames = map[string]wordKind{
	"month":     kindMonth,
	"weekday":   kindWeekday,
	"number":    kindNumber,
	"relday":    kindRelDay,
	"unit":      kindUnit,
	"deictic":   kindDeictic,
	"partofday": kindPartOfDay,
	"prep":      kindPrep,
	"edge":      kindEdge,
	"shift":     kindShift,
	"ago":       kindAgo,
	"compare":   kindCompare,
}

// unit values of kindUnit words.
const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
	unitWeekend
	unitDecade
)

var unitNames = map[string]int{
	"day": unitDay, "week": unitWeek, "month": unitMonth, "year": unitYear, "weekend": unitWeekend, "decade": unitDecade,
}

// word is one lexicon entry: its kind and value.
type word struct {
	kind wordKind
	val  int
	// lower is the term as written in the lexicon, lower case.
	lower string
}

// Lexicon holds the words the date patterns are built from. It is read-only
// after loading and safe for concurrent use.
type Lexicon struct {
	words map[string]word
}

// Values of kindCompare words.
const (
	compareDirect  = 0 // "than 2019", "versus last year"
	compareViaPrep = 1 // "compared with", "comparison to"
)

// lookup returns the entry of term as written or, failing that, in lower
// case.
func (l *Lexicon) lookup(term string) (word, bool) {
	if w, ok := l.words[term]; ok {
		return w, true
	}
	w, ok := l.words[strings.ToLower(term)]
	return w, ok
}

// comparison returns the value of term as a comparison marker, or -1 when it
// is none.
func (l *Lexicon) comparison(term string) int {
	w, ok := l.lookup(term)
	if !ok || w.kind != kindCompare {
		return -1
	}
	return w.val
}

// Values of kindPrep words.
const (
	prepPlain    = 0 // "on Monday", "in 2019"
	prepDeadline = 1 // "by 2050", "until Friday": a time limit
)

// deadline reports whether term is a preposition that sets a time limit.
func (l *Lexicon) deadline(term string) bool {
	w, ok := l.lookup(term)
	return ok && w.kind == kindPrep && w.val == prepDeadline
}

// pointsBack reports whether term places a period before another one:
// "ago", a deictic or shift word with a negative value ("last", "earlier").
func (l *Lexicon) pointsBack(term string) bool {
	w, ok := l.lookup(term)
	return ok && (w.kind == kindAgo || (w.kind == kindDeictic || w.kind == kindShift) && w.val < 0)
}

// Len returns the number of terms in the lexicon (before case variants).
func (l *Lexicon) Len() int {
	n := 0
	for k, w := range l.words {
		if k == w.lower {
			n++
		}
	}
	return n
}

// ParseLexicon reads a lexicon in the format of lexicon.tsv. name is used in
// error messages. Bad lines are reported together (each with its line number)
// and skipped; every good line is kept, so the returned lexicon is usable even
// when the error is not nil.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	lex := &Lexicon{words: make(map[string]word)}
	sc := datafile.NewScanner(r, name)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			sc.Errorf("want 3 tab-separated fields, got %d", len(f))
			continue
		}
		kind, ok := kindNames[f[0]]
		if !ok {
			sc.Errorf("unknown kind %q", f[0])
			continue
		}
		term := f[1]
		if term == "" || strings.ToLower(term) != term || strings.ContainsAny(term, " \t") {
			sc.Errorf("term %q must be one lower-case word", term)
			continue
		}
		var val int
		if kind == kindUnit {
			val, ok = unitNames[f[2]]
			if !ok {
				sc.Errorf("unknown unit %q", f[2])
				continue
			}
		} else {
			v, err := strconv.Atoi(strings.TrimPrefix(f[2], "+"))
			if err != nil {
				sc.Errorf("value %q: %w", f[2], err)
				continue
			}
			if msg := checkValue(kind, v); msg != "" {
				sc.Errorf("%s", msg)
				continue
			}
			val = v
		}
		w := word{kind: kind, val: val, lower: term}
		for _, form := range []string{term, capitalise(term), strings.ToUpper(term)} {
			lex.words[form] = w
		}
	}
	return lex, sc.Err()
}

func checkValue(kind wordKind, v int) string {
	switch kind {
	case kindMonth:
		if v < 1 || v > 12 {
			return fmt.Sprintf("month %d out of range 1-12", v)
		}
	case kindWeekday:
		if v < 0 || v > 6 {
			return fmt.Sprintf("weekday %d out of range 0-6", v)
		}
	case kindNumber:
		if v < 0 || v > 1000 {
			return fmt.Sprintf("number %d out of range 0-1000", v)
		}
	case kindRelDay:
		if v < -7 || v > 7 {
			return fmt.Sprintf("relative day %d out of range -7..7", v)
		}
	case kindDeictic, kindShift, kindAgo, kindPartOfDay:
		if v < -1 || v > 1 {
			return fmt.Sprintf("value %d out of range -1..1", v)
		}
	case kindCompare:
		if v != compareDirect && v != compareViaPrep {
			return fmt.Sprintf("comparison marker value %d is neither 0 nor 1", v)
		}
	case kindPrep:
		if v != prepPlain && v != prepDeadline {
			return fmt.Sprintf("preposition value %d is neither 0 nor 1", v)
		}
	}
	return ""
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// LoadLexicon reads a lexicon file; see ParseLexicon.
func LoadLexicon(path string) (*Lexicon, error) {
	return datafile.Load(path, "date lexicon", ParseLexicon)
}

var defaultResolver = sync.OnceValues(func() (*Resolver, error) {
	lex, err := ParseLexicon(strings.NewReader(builtinLexicon), "lexicon.tsv")
	if err != nil {
		return nil, fmt.Errorf("built-in date lexicon: %w", err)
	}
	return NewResolver(lex), nil
})

// Default returns the resolver built on the embedded lexicon. It is loaded
// once and shared by every caller; a Resolver is read-only.
func Default() (*Resolver, error) { return defaultResolver() }
