package tokenize

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parleyproject/parley/internal/datafile"
	"github.com/parleyproject/parley/internal/lower"
)

// LexiconFormat names the version of the lexicon file format.
const LexiconFormat = "parley.tokenize.lexicon.v1"

// AbbrevClass tells how an abbreviation that keeps its final period behaves at
// a possible sentence end.
type AbbrevClass uint8

// Abbreviation classes.
const (
	// NotAbbrev marks a word that is not a listed abbreviation.
	NotAbbrev AbbrevClass = iota
	// AbbrevTitle precedes a name ("Mr.", "Gen.", "Sen."): never sentence-final.
	AbbrevTitle
	// AbbrevDate is a month or weekday ("Sept.", "Tues."): sentence-final only
	// when a new sentence clearly starts after it.
	AbbrevDate
	// AbbrevNumber is an abbreviation only before a number ("No. 5", "Art. 3");
	// elsewhere its period is split off.
	AbbrevNumber
	// AbbrevOther may end a sentence ("Inc.", "etc.", "Calif.").
	AbbrevOther
)

var abbrevClassNames = map[string]AbbrevClass{
	"title": AbbrevTitle, "date": AbbrevDate, "number": AbbrevNumber, "other": AbbrevOther,
}

// Lexicon holds the word lists that steer tokenization. It is read-only once
// built and safe for concurrent use.
//
// A lexicon file is UTF-8 text, one entry per line; blank lines and lines
// starting with '#' are ignored, and fields are separated by spaces or tabs.
// The first field names the kind of entry:
//
//	abbrev FORM CLASS   FORM (ending in '.') keeps its period; CLASS is one of
//	                    title, date, number, other (see AbbrevClass)
//	prefix WORD         a hyphenated word starting with WORD- stays one token
//	                    (matched case-insensitively: anti-war, e-mail)
//	suffix WORD         a hyphenated word ending in -WORD stays one token
//	word FORM           FORM stays one token although it contains '/', '-' or
//	                    '.' (case-insensitive: w/o, c/o)
//	split FORM PART...  the surface token FORM is several syntactic words whose
//	                    forms are PARTs (case-insensitive; the PARTs must spell
//	                    FORM: "split cannot can not")
//	clitic FORM         a clitic split off the end of a word as a syntactic word
//	                    of its own: 's 're 've 'll 'd 'm n't (written with a
//	                    straight apostrophe; ’ is accepted as well)
//	unit WORD           a unit split off a number written without a space
//	                    ("5pm" → 5 pm)
//	emoticon FORM       FORM is one token (":-)")
//	starter WORD        WORD often starts a sentence: an abbreviation that may
//	                    end a sentence (class other or date, or letters
//	                    joined by periods as in "U.S.") gives up its period
//	                    as a token of its own when a starter, an opening
//	                    quote, a line break or the end of the text follows
//
// Words are matched as written unless the kind says otherwise.
type Lexicon struct {
	abbrevs   map[string]AbbrevClass
	prefixes  map[string]bool
	suffixes  map[string]bool
	words     map[string]bool
	splits    map[string][]int // lower-case form → byte lengths of its parts
	clitics   map[string]bool  // lower-case clitic after the apostrophe ("s", "ll")
	negation  bool             // n't is a clitic
	units     map[string]bool
	emoticons map[string]bool
	starters  map[string]bool
	// maxEmoticon is the length in bytes of the longest emoticon.
	maxEmoticon int
	// minSplit and maxSplit bound the lengths of the split forms, so most
	// words skip the lookup.
	minSplit, maxSplit int
}

// ParseLexicon reads a lexicon file; name appears in error messages, which
// give the line of the first bad entry.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	lex := &Lexicon{
		abbrevs:   map[string]AbbrevClass{},
		prefixes:  map[string]bool{},
		suffixes:  map[string]bool{},
		words:     map[string]bool{},
		splits:    map[string][]int{},
		clitics:   map[string]bool{},
		units:     map[string]bool{},
		emoticons: map[string]bool{},
		starters:  map[string]bool{},
	}
	sc := datafile.NewScanner(r, name)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if strings.HasPrefix(f[0], "#") {
			// Fields may be indented, and so may comments.
			continue
		}
		if err := lex.add(f); err != nil {
			return nil, sc.Errorf("%w", err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return lex, nil
}

func (lex *Lexicon) add(f []string) error {
	if !utf8.ValidString(strings.Join(f, " ")) {
		return fmt.Errorf("entry is not valid UTF-8")
	}
	want := func(n int) error {
		if len(f) != n {
			return fmt.Errorf("%s entry wants %d field(s), got %d", f[0], n-1, len(f)-1)
		}
		return nil
	}
	switch f[0] {
	case "abbrev":
		if err := want(3); err != nil {
			return err
		}
		if !strings.HasSuffix(f[1], ".") || len(f[1]) < 2 {
			return fmt.Errorf("abbreviation %q does not end in a period", f[1])
		}
		c, ok := abbrevClassNames[f[2]]
		if !ok {
			return fmt.Errorf("unknown abbreviation class %q (want title, date, number or other)", f[2])
		}
		lex.abbrevs[f[1]] = c
	case "prefix", "suffix", "word", "unit":
		if err := want(2); err != nil {
			return err
		}
		w := f[1]
		if f[0] != "unit" {
			w = strings.ToLower(w)
		}
		switch f[0] {
		case "prefix":
			lex.prefixes[w] = true
		case "suffix":
			lex.suffixes[w] = true
		case "word":
			lex.words[w] = true
		default:
			lex.units[w] = true
		}
	case "split":
		if len(f) < 4 {
			return fmt.Errorf("split entry wants a form and at least two parts")
		}
		form := strings.ToLower(f[1])
		if strings.ToLower(strings.Join(f[2:], "")) != form {
			return fmt.Errorf("split parts %q do not spell %q", strings.Join(f[2:], " "), f[1])
		}
		lens := make([]int, len(f)-2)
		for i, p := range f[2:] {
			lens[i] = len(p)
		}
		lex.splits[form] = lens
		if lex.minSplit == 0 || len(form) < lex.minSplit {
			lex.minSplit = len(form)
		}
		lex.maxSplit = max(lex.maxSplit, len(form))
	case "clitic":
		if err := want(2); err != nil {
			return err
		}
		c := strings.ToLower(strings.Replace(f[1], "’", "'", 1))
		switch {
		case c == "n't":
			lex.negation = true
		case len(c) > 1 && c[0] == '\'':
			lex.clitics[c[1:]] = true
		default:
			return fmt.Errorf("clitic %q must start with an apostrophe or be n't", f[1])
		}
	case "emoticon":
		if err := want(2); err != nil {
			return err
		}
		lex.emoticons[f[1]] = true
		lex.maxEmoticon = max(lex.maxEmoticon, len(f[1]))
	case "starter":
		if err := want(2); err != nil {
			return err
		}
		lex.starters[f[1]] = true
	default:
		return fmt.Errorf("unknown entry kind %q", f[0])
	}
	return nil
}

// LoadLexicon reads a lexicon file from disk.
func LoadLexicon(path string) (*Lexicon, error) {
	return datafile.Load(path, "lexicon", ParseLexicon)
}

//go:embed data/english.lex
var englishLexicon string

// EnglishLexicon returns a fresh copy of the built-in English lexicon
// (data/english.lex).
func EnglishLexicon() *Lexicon {
	lex, err := ParseLexicon(strings.NewReader(englishLexicon), "data/english.lex")
	if err != nil {
		// The embedded file is checked by the tests; failing here means the
		// binary was built from a broken tree.
		panic("tokenize: built-in lexicon: " + err.Error())
	}
	return lex
}

// Abbreviation returns the class of form if it is a listed abbreviation
// (with its final period), else NotAbbrev.
func (lex *Lexicon) Abbreviation(form string) AbbrevClass {
	return lex.abbrevs[form]
}

// Emoticon reports whether form is a listed emoticon.
func (lex *Lexicon) Emoticon(form string) bool { return lex.emoticons[form] }

// Starter reports whether word is listed as often starting a sentence.
func (lex *Lexicon) Starter(word string) bool { return lex.starters[word] }

// inFold reports whether the lower case of s is a key of m, without
// allocating for short ASCII words.
func inFold(m map[string]bool, s string) bool {
	var buf [32]byte
	if b, ok := lower.ASCII(buf[:], s); ok {
		return m[string(b)]
	}
	return m[strings.ToLower(s)]
}

// split returns the part lengths of a listed contraction, or nil.
func (lex *Lexicon) split(s string) []int {
	if len(s) < lex.minSplit || len(s) > lex.maxSplit {
		return nil
	}
	var buf [32]byte
	if b, ok := lower.ASCII(buf[:], s); ok {
		return lex.splits[string(b)]
	}
	return nil
}
