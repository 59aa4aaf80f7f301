package place

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/parleyproject/parley/internal/datafile"
)

// GazetteerFormat and RulesFormat name the versions of the two file formats
// (see FORMAT.md).
const (
	GazetteerFormat = "parley.gazetteer.v1"
	RulesFormat     = "parley.place-rules.v1"
)

//go:embed gazetteer.tsv
var builtinGazetteer string

//go:embed rules.tsv
var builtinRules string

// Entry is one place of the gazetteer.
type Entry struct {
	// GeoNameID is the GeoNames id of a populated place; 0 for countries and
	// first-level regions, for which the sources give none.
	GeoNameID int64
	Name      string
	// Class is the GeoNames feature class: "A" (country, region) or "P"
	// (populated place); Code the feature code ("PCL", "ADM1", "PPLC", ...).
	Class, Code string
	// Country is the ISO 3166-1 alpha-3 code; Admin1 the GeoNames code of the
	// first-level region ("" for a country).
	Country, Admin1 string
	Lat, Lon        float64
	Population      int64
}

// nameKind says how a name of an entry may match.
type nameKind uint8

const (
	nameNormal       nameKind = iota
	nameAcronym               // matches text in capitals only
	nameAbbreviation          // matches only as a qualifier after a comma
)

type nameRef struct {
	entry int32
	kind  nameKind
}

// selector picks entries by country, region and class.
type selector struct{ country, admin1, class string }

func (s selector) matches(e *Entry) bool {
	if s.country != e.Country || (s.admin1 != "" && s.admin1 != e.Admin1) {
		return false
	}
	return s.class == "" || s.class == e.Class
}

type cue struct {
	sel   selector
	words []string // keys
}

// Gazetteer resolves place names. It is read-only after loading and safe for
// concurrent use.
type Gazetteer struct {
	entries   []Entry
	names     map[string][]nameRef
	firstWord map[string]bool
	maxTokens int

	demonyms  map[string]string // key → ISO3
	cues      map[string][]cue  // name key → cues
	prefer    map[string]selector
	stop      map[string]bool
	suffix    map[string]bool
	plain     map[string]bool
	locative  map[string]bool
	actorVerb map[string]bool
	ofPrefix  map[string]bool
	particle  map[string]bool
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the entries a name may refer to, most populous first.
func (g *Gazetteer) Lookup(name string) []Entry {
	var out []Entry
	for _, r := range g.names[key(name)] {
		out = append(out, g.entries[r.entry])
	}
	return out
}

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	return parse(strings.NewReader(builtinGazetteer), "gazetteer.tsv", strings.NewReader(builtinRules), "rules.tsv",
		strings.Count(builtinGazetteer, "\n"))
})

// Default returns the gazetteer built from the embedded files. It is loaded
// once and shared by every caller; a Gazetteer is read-only.
func Default() (*Gazetteer, error) { return defaultGazetteer() }

// Load reads a gazetteer and a rules file; an empty path means the built-in
// file. See Parse for errors.
func Load(gazetteerPath, rulesPath string) (*Gazetteer, error) {
	var gr, rr io.Reader = strings.NewReader(builtinGazetteer), strings.NewReader(builtinRules)
	gname, rname := "gazetteer.tsv", "rules.tsv"
	if gazetteerPath != "" {
		f, err := os.Open(gazetteerPath)
		if err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
		defer f.Close()
		gr, gname = f, gazetteerPath
	}
	if rulesPath != "" {
		f, err := os.Open(rulesPath)
		if err != nil {
			return nil, fmt.Errorf("load place rules: %w", err)
		}
		defer f.Close()
		rr, rname = f, rulesPath
	}
	return Parse(gr, gname, rr, rname)
}

// Parse reads a gazetteer and a rules file in the formats of FORMAT.md; the
// names are used in error messages. Bad lines are reported together, each
// with its file and line, and skipped: the returned gazetteer holds every good
// line even when the error is not nil.
func Parse(gazetteer io.Reader, gazetteerName string, rules io.Reader, rulesName string) (*Gazetteer, error) {
	return parse(gazetteer, gazetteerName, rules, rulesName, 0)
}

// parse is Parse with room for about entries entries made at once: grown
// row by row, the entries are copied a dozen times over at start-up.
func parse(gazetteer io.Reader, gazetteerName string, rules io.Reader, rulesName string, entries int) (*Gazetteer, error) {
	g := &Gazetteer{
		entries: make([]Entry, 0, entries),
		// Most entries have one name, and most names a first word of
		// their own: maps sized so are not rebuilt as they fill.
		names: make(map[string][]nameRef, entries), firstWord: make(map[string]bool, entries),
		demonyms: map[string]string{}, cues: map[string][]cue{}, prefer: map[string]selector{},
		stop: map[string]bool{}, suffix: map[string]bool{}, plain: map[string]bool{},
		locative: map[string]bool{}, actorVerb: map[string]bool{}, ofPrefix: map[string]bool{}, particle: map[string]bool{},
	}
	return g, errors.Join(g.readEntries(gazetteer, gazetteerName), g.readRules(rules, rulesName))
}

func (g *Gazetteer) readEntries(r io.Reader, name string) error { return ReadEntries(r, name, g.add) }

// ReadEntries calls fn with every row of a gazetteer file (the format of
// gazetteer.tsv, see parseEntry): the entry and its alternate names. A bad
// row is reported by file and line and skipped; the others are read.
func ReadEntries(r io.Reader, name string, fn func(e Entry, alternates []string)) error {
	sc := datafile.NewScanner(r, name)
	for sc.Scan() {
		e, alt, err := parseEntry(sc.Text())
		if err != nil {
			sc.Errorf("%w", err)
			continue
		}
		fn(e, alt)
	}
	return sc.Err()
}

// parseEntry reads one gazetteer row: geonameid, name, alternate names
// ("|"-separated), class, code, country, admin1, lat, lon, population.
func parseEntry(s string) (Entry, []string, error) {
	f := strings.Split(s, "\t")
	if len(f) != 10 {
		return Entry{}, nil, fmt.Errorf("want 10 tab-separated fields, got %d", len(f))
	}
	id, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil || id < 0 {
		return Entry{}, nil, fmt.Errorf("bad geonameid %q", f[0])
	}
	lat, err1 := strconv.ParseFloat(f[7], 64)
	lon, err2 := strconv.ParseFloat(f[8], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return Entry{}, nil, fmt.Errorf("bad position %q %q", f[7], f[8])
	}
	pop, err := strconv.ParseInt(f[9], 10, 64)
	if err != nil || pop < 0 {
		return Entry{}, nil, fmt.Errorf("bad population %q", f[9])
	}
	if f[1] == "" || key(f[1]) == "" {
		return Entry{}, nil, errors.New("empty name")
	}
	if f[3] != "A" && f[3] != "P" {
		return Entry{}, nil, fmt.Errorf("feature class %q is not A or P", f[3])
	}
	if len(f[5]) != 3 {
		return Entry{}, nil, fmt.Errorf("country %q is not an ISO 3166-1 alpha-3 code", f[5])
	}
	var alt []string
	if f[2] != "" {
		alt = strings.Split(f[2], "|")
	}
	return Entry{GeoNameID: id, Name: f[1], Class: f[3], Code: f[4], Country: f[5], Admin1: f[6],
		Lat: lat, Lon: lon, Population: pop}, alt, nil
}

func (g *Gazetteer) add(e Entry, alt []string) {
	idx := int32(len(g.entries))
	g.entries = append(g.entries, e)
	g.addName(idx, e.Name)
	for _, a := range alt {
		g.addName(idx, a)
	}
}

func (g *Gazetteer) addName(idx int32, name string) {
	k := key(name)
	if k == "" {
		return
	}
	kind := nameNormal
	switch {
	case isAcronym(name):
		kind = nameAcronym
	case isAbbreviation(name):
		kind = nameAbbreviation
	}
	for _, r := range g.names[k] {
		if r.entry == idx {
			return
		}
	}
	g.names[k] = append(g.names[k], nameRef{entry: idx, kind: kind})
	first, _, _ := strings.Cut(k, " ")
	g.firstWord[first] = true
	// A token holds at most one word of the key, so the word count bounds
	// the tokens to try.
	if n := strings.Count(k, " ") + 1; n > g.maxTokens {
		g.maxTokens = n
	}
}

// ruleFields gives the number of fields of each kind of rule, the kind
// included.
var ruleFields = map[string]int{"demonym": 3, "cue": 4, "prefer": 3, "stop": 2, "suffix": 2, "plain": 2, "locative": 2, "actorverb": 2, "ofprefix": 2, "particle": 2}

func (g *Gazetteer) readRules(r io.Reader, name string) error {
	sc := datafile.NewScanner(r, name)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		want := ruleFields[f[0]]
		if want == 0 {
			sc.Errorf("unknown rule kind %q", f[0])
			continue
		}
		if len(f) != want {
			sc.Errorf("%s wants %d fields, got %d", f[0], want, len(f))
			continue
		}
		k := key(f[1])
		if k == "" {
			sc.Errorf("empty word")
			continue
		}
		switch f[0] {
		case "demonym":
			if len(f[2]) != 3 {
				sc.Errorf("country %q is not an ISO3 code", f[2])
				continue
			}
			g.demonyms[k] = f[2]
		case "cue", "prefer":
			sel, err := parseSelector(f[2])
			if err != nil {
				sc.Errorf("%w", err)
				continue
			}
			if f[0] == "prefer" {
				g.prefer[k] = sel
				continue
			}
			c := cue{sel: sel}
			for _, w := range strings.Split(f[3], "|") {
				if wk := key(w); wk != "" {
					c.words = append(c.words, wk)
				}
			}
			g.cues[k] = append(g.cues[k], c)
		case "stop":
			g.stop[k] = true
		case "suffix":
			g.suffix[k] = true
		case "plain":
			g.plain[k] = true
		case "locative":
			g.locative[k] = true
		case "actorverb":
			g.actorVerb[k] = true
		case "ofprefix":
			g.ofPrefix[k] = true
		case "particle":
			g.particle[k] = true
		}
	}
	return sc.Err()
}

// parseSelector reads ISO3[.ADMIN1][:A|:P].
func parseSelector(s string) (selector, error) {
	var sel selector
	rest, class, hasClass := strings.Cut(s, ":")
	if hasClass {
		if class != "A" && class != "P" {
			return sel, fmt.Errorf("selector %q: class must be A or P", s)
		}
		sel.class = class
	}
	country, admin1, _ := strings.Cut(rest, ".")
	if len(country) != 3 {
		return sel, fmt.Errorf("selector %q: country must be an ISO3 code", s)
	}
	sel.country, sel.admin1 = country, admin1
	return sel, nil
}
