package actor

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/parleyproject/parley/internal/fsutil"
	"github.com/parleyproject/parley/text"
)

//go:embed data/*.txt
var embedded embed.FS

// defaultDictionary loads the embedded dictionaries once; the result is
// shared and never written after loading.
var defaultDictionary = sync.OnceValues(func() (*Dictionary, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, err
	}
	return Load(sub)
})

// Default returns the dictionary built from the embedded data files. It is
// loaded on first use and shared: callers must not modify it (no method does).
func Default() (*Dictionary, error) { return defaultDictionary() }

// Embedded returns the embedded data files, for users who want to extend or
// inspect them.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return embedded // cannot happen: the directory is embedded
	}
	return sub
}

// Files returns an fs.FS for a user's dictionary: a directory (every *.txt
// file in it and below) or a single *.txt file. Errors name files by path.
func Files(p string) (fs.FS, error) {
	n, err := fsutil.Files(p)
	if err != nil {
		return nil, fmt.Errorf("actor dictionary: %w", err)
	}
	return n, nil
}

// Load reads every *.txt file of fsys and then of each extra file system (in
// path order within each) and builds a Dictionary. Entries of a later file
// extend entries with the same kind and key; a later tenure replaces an
// earlier overlapping one of the same office. A malformed entry fails the
// whole load with an ErrorList naming every file and line at fault.
func Load(fsys fs.FS, extra ...fs.FS) (*Dictionary, error) {
	var (
		entries []Entry
		errs    ErrorList
	)
	for _, f := range append([]fs.FS{fsys}, extra...) {
		prefix, f := fsutil.Split(f)
		var files []string
		err := fs.WalkDir(f, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".txt") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("actor dictionary: %w", err)
		}
		sort.Strings(files)
		for _, p := range files {
			data, err := fs.ReadFile(f, p)
			if err != nil {
				return nil, fmt.Errorf("actor dictionary: %w", err)
			}
			name := fsutil.Join(prefix, p)
			es, err := ReadEntries(name, data)
			entries = append(entries, es...)
			var el ErrorList
			if errors.As(err, &el) {
				errs = append(errs, el...)
			} else if err != nil {
				errs.add(name, 0, "%v", err)
			}
		}
	}
	b := newBuilder()
	b.errs = errs
	d := b.build(entries)
	if err := b.errs.Err(); err != nil {
		return nil, err
	}
	return d, nil
}

// builder turns entries into a Dictionary, collecting errors.
type builder struct {
	d     *Dictionary
	errs  ErrorList
	buf   []word
	codes map[string]code // parsed codes, shared by the roles that use them
	// sameGiven maps the key of a given name to all the forms of the name
	// its `given` entry lists ("Giorgos" → George, Giorgos, Georgios …).
	sameGiven map[string][]string
	// names holds the words of each person's name, by person index: the
	// steps after people read them several times each.
	names [][]word
}

func newBuilder() *builder {
	return &builder{codes: map[string]code{}, d: &Dictionary{
		sectors:       map[string]string{},
		stateSectors:  map[string]bool{},
		localSectors:  map[string]bool{},
		pluralSectors: map[string]bool{},
		countryAt:     map[string]int32{},
		titleAt:       map[string]int32{},
		classes:       map[string]int32{},
		holders:       map[string][]roleRef{},
		lex:           newLexicon(),
	}}
}

func (b *builder) errf(file string, line int, format string, args ...any) {
	b.errs.add(file, line, format, args...)
}

// fields allowed per kind.
var kindFields = map[string][]string{
	"sector":   {"name", "state", "local", "plurality"},
	"country":  {"name", "adj", "people", "capital", "city", "town", "head-of-state", "head-of-government", "leader", "name-order", "region"},
	"class":    {"form", "sectors"},
	"modifier": {"form"},
	"title":    {"code", "form", "rank", "single", "head", "generic"},
	"agent":    {"code", "form", "generic", "prefix"},
	"igo":      {"name", "leader"},
	"org":      {"code", "held", "name", "leader", "kind", "local"},
	"person":   {"id", "alias", "sex", "country", "held"},
	"given":    {"form"},
}

var kindOrder = []string{"sector", "country", "class", "modifier", "title", "agent", "igo", "org", "given", "person"}

// merge groups entries by kind and key, appending the fields of later
// entries to the first; it checks field names.
func (b *builder) merge(entries []Entry) map[string][]*Entry {
	byKind := map[string][]*Entry{}
	seen := map[string]*Entry{}
	for i := range entries {
		e := &entries[i]
		allowed, ok := kindFields[e.Kind]
		if !ok {
			b.errf(e.File, e.Line, "unknown entry kind %q", e.Kind)
			continue
		}
		for _, f := range e.Fields {
			if !contains(allowed, f.Name) {
				b.errf(f.file, f.Line, "%s entry %q: unknown field %q", e.Kind, e.Key, f.Name)
			}
		}
		key := e.Kind + "\x00" + e.Key
		if e.Kind == "person" {
			if id := e.Value("id"); id != "" {
				key = "person\x00id\x00" + id
			} else {
				key = "person\x00name\x00" + strings.ToLower(e.Key)
			}
		}
		if old, ok := seen[key]; ok {
			if !old.merged {
				// Copy before appending: the first entry's fields share the
				// reader's backing array.
				old.Fields = append([]Field(nil), old.Fields...)
				old.merged = true
			}
			old.Fields = append(old.Fields, e.Fields...)
			continue
		}
		seen[key] = e
		byKind[e.Kind] = append(byKind[e.Kind], e)
	}
	return byKind
}

func (b *builder) build(entries []Entry) *Dictionary {
	byKind := b.merge(entries)
	for _, k := range kindOrder {
		for _, e := range byKind[k] {
			switch k {
			case "sector":
				b.sector(e)
			case "country":
				b.country(e)
			case "class":
				b.class(e)
			case "modifier":
				b.modifier(e)
			case "title":
				b.title(e)
			case "agent":
				b.agent(e)
			case "igo":
				b.igo(e)
			case "org":
				b.org(e)
			case "given":
				b.given(e)
			}
		}
		if k == "country" {
			b.countryForms(byKind["country"])
		}
	}
	b.checkCountryTitles(byKind["country"])
	b.people(byKind["person"])
	b.guessSexes()
	b.closeSuccessions()
	b.indexHolders()
	b.surnames()
	b.monarchNames()
	b.shortNames()
	b.d.indexVariants()
	return b.d
}

func (b *builder) sector(e *Entry) {
	if !isUpper3(e.Key) {
		b.errf(e.File, e.Line, "sector %q: want three capital letters", e.Key)
		return
	}
	b.d.sectors[e.Key] = e.Value("name")
	if b.flag(e, "state") {
		b.d.stateSectors[e.Key] = true
	}
	if b.flag(e, "local") {
		b.d.localSectors[e.Key] = true
	}
	if b.flag(e, "plurality") {
		if !b.d.localSectors[e.Key] {
			b.errf(e.File, e.Line, "sector %s: plurality without local", e.Key)
		}
		b.d.pluralSectors[e.Key] = true
	}
}

// isPrefixCode reports whether s is capital letters in chunks of three.
func isPrefixCode(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isUpper3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func (b *builder) country(e *Entry) {
	if !isUpper3(e.Key) || e.Key == prefixIGO || e.Key == prefixIMG || e.Key == prefixNGO {
		b.errf(e.File, e.Line, "country %q: want an ISO 3166 alpha-3 code", e.Key)
		return
	}
	// A country without names registers a code prefix only (codes of
	// imported dictionaries).
	name := e.Key
	if names := e.Values("name"); len(names) > 0 {
		name = names[0]
	}
	c := country{
		code: e.Key, name: name,
		headOfState: e.Value("head-of-state"), headOfGov: e.Value("head-of-government"),
		leader: e.Value("leader"), region: b.flag(e, "region"),
	}
	switch e.Value("name-order") {
	case "", "given-first":
	case "family-first":
		c.familyFirst = true
	case "double-surname":
		c.doubleSurname = true
	default:
		b.errf(e.File, e.Line, "country %s: name-order must be given-first, family-first or double-surname", e.Key)
	}
	if c.leader == "" {
		c.leader = c.headOfGov
	}
	b.d.countryAt[c.code] = int32(len(b.d.countries))
	b.d.countries = append(b.d.countries, c)
}

// countryForms adds the phrases of every country once all codes are known.
func (b *builder) countryForms(entries []*Entry) {
	for _, e := range entries {
		idx, ok := b.d.countryAt[e.Key]
		if !ok {
			continue
		}
		b.forms(e, "name", item{kind: itemCountry, ref: idx}, false)
		b.forms(e, "adj", item{kind: itemAdj, ref: idx}, false)
		b.forms(e, "people", item{kind: itemPeople, ref: idx}, true)
		b.forms(e, "capital", item{kind: itemCapital, ref: idx}, false)
		b.forms(e, "city", item{kind: itemCity, ref: idx}, false)
		b.forms(e, "town", item{kind: itemCity, ref: idx, aux: townForm}, false)
	}
}

func (b *builder) checkCountryTitles(entries []*Entry) {
	for _, e := range entries {
		for _, f := range []string{"head-of-state", "head-of-government", "leader"} {
			if v := e.Value(f); v != "" {
				if _, ok := b.d.titleAt[v]; !ok {
					b.errf(e.File, e.Line, "country %s: %s %q is not a title", e.Key, f, v)
				}
			}
		}
	}
}

// forms adds every value of field as a phrase meaning it; plural adds the
// regular plural of each form too.
func (b *builder) forms(e *Entry, field string, it item, plural bool) {
	for _, f := range e.Fields {
		if f.Name != field {
			continue
		}
		for _, form := range splitList(f.Value) {
			b.addForm(f.file, f.Line, form, it, plural)
		}
	}
}

func (b *builder) addForm(file string, line int, form string, it item, plural bool) {
	var err error
	b.buf, err = b.d.lex.add(form, it, b.buf)
	if err != nil {
		b.errf(file, line, "%v", err)
		return
	}
	if plural {
		if p := pluralOf(form); p != form {
			b.buf, _ = b.d.lex.add(p, it, b.buf)
		}
	}
}

func (b *builder) class(e *Entry) {
	id, ok := classNames[e.Key]
	if !ok {
		b.errf(e.File, e.Line, "unknown class %q", e.Key)
		return
	}
	b.d.classes[e.Key] = id
	if id == classGivenM || id == classGivenF {
		b.givenNames(e, id)
		return
	}
	for i := range e.Fields {
		if f := &e.Fields[i]; f.Name == "sectors" {
			b.refersSectors(e, id, f)
		}
	}
	switch id {
	case classOrgHead:
		b.d.orgHeads = addClassKeys(b.d.orgHeads, e)
		return
	case classPlaceFeature:
		b.d.placeFeatures = addClassKeys(b.d.placeFeatures, e)
		return
	}
	b.forms(e, "form", item{kind: itemClass, ref: id}, false)
}

// refersSectors records the sectors an anaphor class refers to.
func (b *builder) refersSectors(e *Entry, id int32, f *Field) {
	if !isAnaphorClass(id) {
		b.errf(f.file, f.Line, "class %s: only the refers-* classes take sectors", e.Key)
		return
	}
	for _, sec := range strings.Fields(f.Value) {
		if _, ok := b.d.sectors[sec]; !ok {
			b.errf(f.file, f.Line, "class %s: unknown sector %q", e.Key, sec)
			continue
		}
		if b.d.refersSectors == nil {
			b.d.refersSectors = map[int32][]string{}
		}
		b.d.refersSectors[id] = append(b.d.refersSectors[id], sec)
	}
}

// addClassKeys adds the word keys of a class entry's forms to keys: the
// nouns that head organisations' names and those of features named after
// places. Like given names they are no words of the grammar: "Council" and
// "Sea" stay words of the names they are in ("the South China Sea").
func addClassKeys(keys map[string]bool, e *Entry) map[string]bool {
	if keys == nil {
		keys = map[string]bool{}
	}
	eachClassForm(e, func(_ *Field, _, key string) { keys[key] = true })
	return keys
}

// eachClassForm calls fn for every form of a class entry, with its field
// and its word key.
func eachClassForm(e *Entry, fn func(f *Field, form, key string)) {
	for i := range e.Fields {
		f := &e.Fields[i]
		if f.Name != "form" {
			continue
		}
		for _, form := range splitList(f.Value) {
			fn(f, form, makeWord(form, 0, 0).key)
		}
	}
}

// givenNames records the sex of the given names of a class entry. They are
// no words of the grammar, only a guess at the sex of people whose entries
// give none.
func (b *builder) givenNames(e *Entry, id int32) {
	sex := byte('m')
	if id == classGivenF {
		sex = 'f'
	}
	if b.d.givenSex == nil {
		b.d.givenSex = map[string]byte{}
	}
	eachClassForm(e, func(f *Field, form, key string) {
		if other, ok := b.d.givenSex[key]; ok && other != sex {
			b.errf(f.file, f.Line, "given name %q is listed for both sexes", form)
			return
		}
		b.d.givenSex[key] = sex
	})
}

// guessSexes gives people whose entries state no sex that of their given
// name (the first word of a name of two words or more), when the given-name
// classes list it.
func (b *builder) guessSexes() {
	for i := range b.d.persons {
		p := &b.d.persons[i]
		if p.sex == 0 && !b.d.familyFirst(p) {
			if ws := b.names[i]; len(ws) >= 2 {
				p.sex = b.d.givenSex[ws[0].key]
			}
		}
	}
}

func (b *builder) modifier(e *Entry) {
	id, ok := modifierNames[e.Key]
	if !ok {
		b.errf(e.File, e.Line, "unknown modifier %q (want former, deputy or ignore)", e.Key)
		return
	}
	b.forms(e, "form", item{kind: itemModifier, ref: id}, false)
}

func (b *builder) flag(e *Entry, name string) bool {
	switch v := e.Value(name); v {
	case "", "no":
		return false
	case "yes":
		return true
	default:
		b.errf(e.File, e.Line, "%s %q: %s must be yes or no, not %q", e.Kind, e.Key, name, v)
		return false
	}
}

func (b *builder) title(e *Entry) {
	t := title{key: e.Key, rank: 5, single: b.flag(e, "single"), head: b.flag(e, "head"), generic: b.flag(e, "generic")}
	var err error
	if t.sectors, err = parseSectors(e.Value("code"), b.d.sectors); err != nil {
		b.errf(e.File, e.Line, "title %q: %v", e.Key, err)
		return
	}
	if r := e.Value("rank"); r != "" {
		n, err := strconv.Atoi(r)
		if err != nil || n < 1 || n > 9 {
			b.errf(e.File, e.Line, "title %q: rank must be 1 to 9", e.Key)
		} else {
			t.rank = int8(n)
		}
	}
	idx := int32(len(b.d.titles))
	b.d.titleAt[t.key] = idx
	b.d.titles = append(b.d.titles, t)
	b.addForm(e.File, e.Line, t.key, item{kind: itemTitle, ref: idx}, true)
	for _, f := range e.Fields {
		if f.Name != "form" {
			continue
		}
		for _, form := range splitList(f.Value) {
			it := item{kind: itemTitle, ref: idx}
			if i := strings.LastIndex(form, "@"); i >= 0 {
				c, ok := b.d.countryAt[strings.TrimSpace(form[i+1:])]
				if !ok {
					b.errf(f.file, f.Line, "title form %q: unknown country after @", form)
					continue
				}
				it.aux = c + 1
				form = strings.TrimSpace(form[:i])
			}
			b.addForm(f.file, f.Line, form, it, true)
		}
	}
}

func (b *builder) agent(e *Entry) {
	a := agent{key: e.Key, generic: b.flag(e, "generic"), prefix: e.Value("prefix")}
	if a.prefix != "" && !isPrefixCode(a.prefix) {
		b.errf(e.File, e.Line, "agent %q: prefix %q: want capital letters in chunks of three", e.Key, a.prefix)
		return
	}
	var err error
	// A generic agent without a code ("member") is an actor only through
	// the institution it is attached to ("EU member states").
	if a.prefix == "" && !a.generic || e.Value("code") != "" {
		if a.sectors, err = parseSectors(e.Value("code"), b.d.sectors); err != nil {
			b.errf(e.File, e.Line, "agent %q: %v", e.Key, err)
			return
		}
	}
	idx := int32(len(b.d.agents))
	b.d.agents = append(b.d.agents, a)
	b.addForm(e.File, e.Line, a.key, item{kind: itemAgent, ref: idx}, true)
	b.forms(e, "form", item{kind: itemAgent, ref: idx}, true)
}

func (b *builder) igo(e *Entry) {
	c, err := parseCode(e.Key, b.d.countryAt, b.d.sectors)
	if err != nil || c.prefix != prefixIGO {
		b.errf(e.File, e.Line, "igo %q: want an IGO code (%v)", e.Key, err)
		return
	}
	names := e.Values("name")
	if len(names) == 0 {
		b.errf(e.File, e.Line, "igo %s: no name", e.Key)
		return
	}
	idx := int32(len(b.d.igos))
	b.d.igos = append(b.d.igos, igo{code: c, name: names[0], leader: e.Value("leader")})
	b.forms(e, "name", item{kind: itemIGO, ref: idx}, false)
}

func (b *builder) org(e *Entry) {
	o := org{id: e.Key, name: e.Key, leader: e.Value("leader")}
	if v := e.Value("code"); v != "" {
		// Several codes: the organisation stands for each of them.
		for i, cs := range splitList(v) {
			c, err := parseCode(cs, b.d.countryAt, b.d.sectors)
			if err != nil {
				b.errf(e.File, e.Line, "org %q: %v", e.Key, err)
				return
			}
			if i == 0 {
				o.roles = append(o.roles, role{tenure: tenure{from: minDay, to: maxDay}, code: c})
			} else {
				o.also = append(o.also, c)
			}
		}
	}
	for _, f := range e.Fields {
		if f.Name != "held" {
			continue
		}
		r, err := b.parseRole(f.Value)
		if err != nil {
			b.errf(f.file, f.Line, "org %q: %v", e.Key, err)
			continue
		}
		o.roles = append(o.roles, r)
	}
	if len(o.roles) == 0 {
		b.errf(e.File, e.Line, "org %q: no code", e.Key)
		return
	}
	switch k := e.Value("kind"); k {
	case "":
		o.kind = orgKind(o.roles[0].code)
	case "group", "country", "igo":
		o.kind = text.ActorKind(k)
	default:
		b.errf(e.File, e.Line, "org %q: kind must be group, country or igo", e.Key)
	}
	idx := int32(len(b.d.orgs))
	if v := e.Value("local"); v != "" {
		country := o.roles[0].code.country()
		if country == "" {
			b.errf(e.File, e.Line, "org %q: local names need a country", e.Key)
		} else {
			if b.d.localNames == nil {
				b.d.localNames = map[string]int32{}
			}
			for _, form := range splitList(v) {
				b.d.localNames[country+"|"+makeWord(form, 0, 0).key] = idx
			}
		}
	}
	b.d.orgs = append(b.d.orgs, o)
	b.addForm(e.File, e.Line, e.Key, item{kind: itemOrg, ref: idx}, false)
	b.forms(e, "name", item{kind: itemOrg, ref: idx}, false)
}

// orgKind says whether a code names a state body (country kind), an IGO or
// a non-state group.
func orgKind(c code) text.ActorKind {
	switch c.prefix {
	case prefixIGO:
		return text.KindIGO
	case prefixIMG, prefixNone, prefixNGO:
		return text.KindGroup
	}
	state := false
	for _, s := range c.sectors {
		switch s {
		case "GOV", "MIL", "COP", "JUD", "SPY", "LEG":
			state = true
		case "REB", "OPP", "PTY", "UAF", "CRM", "BUS", "NGO", "PRM", "MED", "JRN", "EDU", "REL", "LAB":
			if !contains(c.sectors, "GOV") {
				return text.KindGroup
			}
		}
	}
	if state {
		return text.KindCountry
	}
	return text.KindGroup
}

// parseRole reads "FROM..TO CODE [TITLE]".
func (b *builder) parseRole(v string) (role, error) {
	rng, rest := splitWord(v)
	t, err := parseRange(rng)
	if err != nil {
		return role{}, err
	}
	cs, title := splitWord(rest)
	if cs == "" {
		return role{}, fmt.Errorf("held %q: no actor code", v)
	}
	c, ok := b.codes[cs]
	if !ok {
		if c, err = parseCode(cs, b.d.countryAt, b.d.sectors); err != nil {
			return role{}, err
		}
		c.scope = b.d.scope(c)
		b.codes[cs] = c
	}
	r := role{tenure: t, code: c, title: title, rank: 9}
	if i, ok := b.d.titleAt[title]; ok {
		r.rank = b.d.titles[i].rank
	}
	return r, nil
}

// scope returns the code an office belongs to, without sector chunks: a
// country code, or an organisation's code ("IGOUNO", "IGOUNOWHO").
func (d *Dictionary) scope(c code) string {
	if c.scope != "" {
		return c.scope
	}
	org := false
	for i := 3; i+3 <= len(c.full); i += 3 {
		if _, ok := d.sectors[c.full[i:i+3]]; !ok {
			org = true
			break
		}
	}
	if !org {
		return c.prefix
	}
	var b strings.Builder
	b.WriteString(c.prefix)
	for i := 3; i+3 <= len(c.full); i += 3 {
		if _, ok := d.sectors[c.full[i:i+3]]; !ok {
			b.WriteString(c.full[i : i+3])
		}
	}
	return b.String()
}

type fieldRole struct {
	role
	file string
}

func (b *builder) people(entries []*Entry) {
	// An entry without an id extends the one person with that name (the
	// same letters, ignoring case) and an id.
	noID := map[string]bool{}
	for _, e := range entries {
		if e.Value("id") == "" {
			noID[strings.ToLower(e.Key)] = true
		}
	}
	byName := map[string][]int{}
	if len(noID) > 0 {
		for i, e := range entries {
			if n := strings.ToLower(e.Key); noID[n] && e.Value("id") != "" {
				byName[n] = append(byName[n], i)
			}
		}
	}
	list := make([]*Entry, 0, len(entries))
	for _, e := range entries {
		if e.Value("id") == "" {
			if idx := byName[strings.ToLower(e.Key)]; len(idx) == 1 {
				t := entries[idx[0]]
				t.Fields = append(t.Fields[:len(t.Fields):len(t.Fields)], e.Fields...)
				continue
			}
		}
		list = append(list, e)
	}
	b.d.persons = make([]person, 0, len(list))
	b.names = make([][]word, 0, len(list))
	for _, e := range list {
		b.person(e)
	}
}

func (b *builder) person(e *Entry) {
	p := person{id: e.Value("id"), name: e.Key, country: e.Value("country"), file: e.File, line: e.Line, rank: 9}
	if p.id == "" {
		p.id = e.Key
	}
	switch s := e.Value("sex"); s {
	case "":
	case "m", "f":
		p.sex = s[0]
	default:
		b.errf(e.File, e.Line, "person %q: sex must be m or f", e.Key)
	}
	if p.country != "" {
		if _, ok := b.d.countryAt[p.country]; !ok {
			b.errf(e.File, e.Line, "person %q: unknown country %q", e.Key, p.country)
		}
	}
	var roles []fieldRole
	for _, f := range e.Fields {
		if f.Name != "held" {
			continue
		}
		r, err := b.parseRole(f.Value)
		if err != nil {
			b.errf(f.file, f.Line, "person %q: %v", e.Key, err)
			continue
		}
		// A later file's tenure replaces overlapping tenures of the same
		// office (or of an office of the same top rank: a head of state
		// recorded under another title) from earlier files.
		sc := b.d.scope(r.code)
		kept := roles[:0]
		for _, old := range roles {
			if old.file != f.file && b.d.scope(old.code) == sc && old.from <= r.to && r.from <= old.to &&
				(old.title == r.title || old.rank == r.rank && r.rank <= 2) {
				continue
			}
			kept = append(kept, old)
		}
		roles = append(kept, fieldRole{r, f.file})
	}
	slices.SortStableFunc(roles, func(a, b fieldRole) int { return cmp.Compare(a.from, b.from) })
	for _, r := range roles {
		p.roles = append(p.roles, r.role)
		if r.rank < p.rank {
			p.rank = r.rank
		}
	}
	idx := int32(len(b.d.persons))
	b.d.persons = append(b.d.persons, p)
	// The name's words serve the lexicon now and the later steps (see
	// builder.names).
	b.buf = splitWords(e.Key, 0, 0, b.buf[:0])
	ws := slices.Clone(b.buf)
	b.names = append(b.names, ws)
	if err := b.d.lex.addWords(e.Key, ws, item{kind: itemPerson, ref: idx}, caseAny); err != nil {
		b.errf(e.File, e.Line, "%v", err)
	}
	b.forms(e, "alias", item{kind: itemPerson, ref: idx}, false)
	b.sameGivenForms(e, idx)
}

// given records a given name and its forms in other languages or
// transliterations (`given George` / `form Giorgos; Georgios`).
func (b *builder) given(e *Entry) {
	forms := []string{e.Key}
	for _, f := range e.Fields {
		if f.Name == "form" {
			forms = append(forms, splitList(f.Value)...)
		}
	}
	if b.sameGiven == nil {
		b.sameGiven = map[string][]string{}
	}
	for _, form := range forms {
		ws := splitWords(form, 0, 0, nil)
		if len(ws) != 1 {
			b.errf(e.File, e.Line, "given %q: %q is not one word", e.Key, form)
			continue
		}
		if _, ok := b.sameGiven[ws[0].key]; ok {
			b.errf(e.File, e.Line, "given %q: %q is already the form of another given name", e.Key, form)
			continue
		}
		b.sameGiven[ws[0].key] = forms
	}
}

// sameGivenForms adds, for a person whose name (or alias) of two words or
// more starts with a given name of a `given` entry, the name with each
// other form of it ("George Papandreou" for "Giorgos Papandreou"); not for
// names whose family name comes first.
func (b *builder) sameGivenForms(e *Entry, idx int32) {
	if len(b.sameGiven) == 0 || b.d.familyFirst(&b.d.persons[idx]) {
		return
	}
	names := []string{e.Key}
	for _, f := range e.Fields {
		if f.Name == "alias" {
			names = append(names, splitList(f.Value)...)
		}
	}
	for _, name := range names {
		first, rest, ok := strings.Cut(name, " ")
		if !ok {
			continue
		}
		ws := splitWords(first, 0, 0, nil)
		if len(ws) != 1 {
			continue
		}
		for _, other := range b.sameGiven[ws[0].key] {
			if !strings.EqualFold(other, first) {
				b.addForm(e.File, e.Line, other+" "+rest, item{kind: itemPerson, ref: idx}, false)
			}
		}
	}
}

// closeSuccessions ends open or last-seen tenures of single-holder offices
// when a successor's tenure starts.
func (b *builder) closeSuccessions() {
	d := b.d
	type office struct{ scope, title string }
	groups := map[office][]roleRef{}
	for pi := range d.persons {
		for ri, r := range d.persons[pi].roles {
			if ti, ok := d.titleAt[r.title]; ok && d.titles[ti].single {
				k := office{d.scope(r.code), r.title}
				groups[k] = append(groups[k], roleRef{int32(pi), int32(ri)})
			}
		}
	}
	for _, g := range groups {
		sort.Slice(g, func(i, j int) bool {
			return d.persons[g[i].person].roles[g[i].role].from < d.persons[g[j].person].roles[g[j].role].from
		})
		for i := range g {
			cur := &d.persons[g[i].person].roles[g[i].role]
			if cur.to != maxDay && !cur.seen {
				continue
			}
			for j := i + 1; j < len(g); j++ {
				next := d.persons[g[j].person].roles[g[j].role]
				if g[j].person == g[i].person || next.from <= cur.from {
					continue
				}
				if next.from-1 < cur.to {
					cur.to = next.from - 1
				}
				break
			}
		}
	}
}

func (b *builder) indexHolders() {
	d := b.d
	for pi := range d.persons {
		for ri, r := range d.persons[pi].roles {
			if r.title == "" {
				continue
			}
			k := d.scope(r.code) + "|" + r.title
			d.holders[k] = append(d.holders[k], roleRef{int32(pi), int32(ri)})
		}
	}
	for _, refs := range d.holders {
		sort.Slice(refs, func(i, j int) bool {
			return d.persons[refs[i].person].roles[refs[i].role].from < d.persons[refs[j].person].roles[refs[j].role].from
		})
	}
}

// prominentRank is the worst title rank whose holders are found by surname
// alone.
const prominentRank = 3

// surnames adds the surname of every prominent person as a phrase, unless
// the word means something else in the dictionary or is a stop name.
func (b *builder) surnames() {
	d := b.d
	given := d.givenNames()
	d.given = given
	for pi := range d.persons {
		p := &d.persons[pi]
		if p.rank > prominentRank {
			continue
		}
		for _, s := range d.surnameForms(p, withoutSuffixes(b.names[pi]), given) {
			if len(s) == 1 && given[s[0]] >= commonGivenName {
				// "George", "Paul": alone, such a word names someone by
				// their first name far more often than this person.
				continue
			}
			node := d.lex.node(s)
			if node != 0 && d.blocksSurname(node) {
				if len(s) == 1 && d.isClassWord(s[0], classStopName) {
					if d.titledSurnames == nil {
						d.titledSurnames = map[string][]int32{}
					}
					d.titledSurnames[s[0]] = append(d.titledSurnames[s[0]], int32(pi))
				}
				continue
			}
			form := strings.Join(s, " ")
			var err error
			it := item{kind: itemSurname, ref: int32(pi)}
			b.buf, err = d.lex.addCase(form, it, b.buf, caseCap)
			if err != nil {
				continue
			}
		}
	}
}

// monarchNames indexes the names monarchs go by after their title: the
// regnal name and the first given name ("King Abdullah" and "King Abdullah
// II" for Abdullah II of Jordan, "King Bhumibol" for Bhumibol Adulyadej,
// "Sultan Qaboos" for Qaboos bin Said). Like stop-name surnames they name
// someone only after the title of the office held on the date, when one
// holder alone goes by the name.
func (b *builder) monarchNames() {
	d := b.d
	for pi := range d.persons {
		p := &d.persons[pi]
		if !slices.ContainsFunc(p.roles, func(ro role) bool { return ro.title == monarchTitle }) {
			continue
		}
		name := p.name
		if i := strings.Index(name, " of "); i > 0 {
			name = name[:i] // "Abdullah II of Jordan"
		}
		var all, keys []string
		for _, w := range splitWords(name, 0, 0, nil) {
			all = append(all, w.key)
			if !romanNumeral(w.key) {
				keys = append(keys, w.key)
			}
		}
		if len(keys) == 0 {
			continue
		}
		if d.titledSurnames == nil {
			d.titledSurnames = map[string][]int32{}
		}
		forms := []string{strings.Join(all, " "), strings.Join(keys, " "), keys[0]}
		for _, f := range forms {
			if !slices.Contains(d.titledSurnames[f], int32(pi)) {
				d.titledSurnames[f] = append(d.titledSurnames[f], int32(pi))
			}
		}
	}
}

// monarchTitle is the title key of reigning monarchs.
const monarchTitle = "monarch"

// romanNumeral reports whether a lowercased word is a regnal number.
func romanNumeral(w string) bool {
	switch w {
	case "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi":
		return true
	}
	return false
}

// blocksSurname reports whether a phrase already means something that a
// surname must not override.
func (d *Dictionary) blocksSurname(node uint32) bool {
	for _, it := range d.lex.items[node] {
		switch it.kind {
		case itemSurname, itemPerson:
		default:
			return true
		}
	}
	return false
}

// commonGivenName is how many people of the dictionary must have a word as
// their first name for it to be no surname alone.
const commonGivenName = 8

// givenNames counts, for every word, the people of countries that put the
// given name first whose name starts with it.
func (d *Dictionary) givenNames() map[string]int {
	given := map[string]int{}
	var buf []word
	for pi := range d.persons {
		p := &d.persons[pi]
		if d.familyFirst(p) {
			continue
		}
		// Only the first word is wanted: keying the whole name would cost
		// the start-up an allocation per word.
		first, _, more := strings.Cut(strings.TrimSpace(p.name), " ")
		if !more {
			continue
		}
		if buf = splitWords(first, 0, 0, buf[:0]); len(buf) > 0 {
			given[buf[0].key]++
		}
	}
	return given
}

// surnameForms returns the word keys by which a person may be named alone:
// the family name, with its particles ("Le Drian", "von der Leyen") and
// all its hyphenated parts ("Wescot-Williams"), and for "al-"/"el-" names
// also without the article; where names end in two family names, the
// father's alone and both ("Correa", "Correa Delgado"). Where family names come first, a name that
// starts with a common given name is in the given-name-first order ("John
// Tsang").
func (d *Dictionary) surnameForms(p *person, ws []word, given map[string]int) [][]string {
	if len(ws) < 2 {
		return nil
	}
	if k := d.paternal(p, ws, given); k >= 0 {
		// "Correa", "Correa Delgado"; "López Obrador".
		return [][]string{{ws[k].key}, {ws[k].key, ws[k+1].key}}
	}
	if d.familyFirst(p) && given[ws[0].key] < commonGivenName {
		return [][]string{{ws[0].key}}
	}
	i := len(ws) - 1
	for i > 1 && (d.isClassWord(ws[i-1].key, classParticle) || hyphenated(p.name, ws[i-1], ws[i])) {
		i--
	}
	keys := make([]string, 0, len(ws)-i)
	for _, w := range ws[i:] {
		keys = append(keys, w.key)
	}
	out := [][]string{keys}
	if len(keys) == 2 && (keys[0] == "al" || keys[0] == "el") {
		out = append(out, keys[1:])
	}
	return out
}

// hyphenated reports whether words a and b of name are joined by a hyphen
// alone ("Wescot-Williams").
func hyphenated(name string, a, b word) bool {
	between := name[a.end:b.start]
	return between != "" && strings.TrimFunc(between, isHyphen) == ""
}

func (d *Dictionary) familyFirst(p *person) bool {
	c := d.personCountry(p)
	return c != nil && c.familyFirst
}

// personCountry returns the country of a person: the entry's own, else that
// of the first office with one; nil when none is known.
func (d *Dictionary) personCountry(p *person) *country {
	c := p.country
	if c == "" {
		for _, r := range p.roles {
			if cc := r.code.country(); cc != "" {
				c = cc
				break
			}
		}
	}
	if i, ok := d.countryAt[c]; ok {
		return &d.countries[i]
	}
	return nil
}

// nameWords returns the words of a person's name without generational
// suffixes ("Jr", "III").
func nameWords(name string) []word { return withoutSuffixes(splitWords(name, 0, 0, nil)) }

// withoutSuffixes returns the words of a name without its generational
// suffixes: a prefix of ws.
func withoutSuffixes(ws []word) []word {
	for len(ws) > 1 {
		switch ws[len(ws)-1].key {
		case "jr", "sr", "ii", "iii", "iv":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	return ws
}

// paternal returns the index of the father's family name in a name of a
// country of double surnames ("Rafael Correa Delgado": Correa), or -1: the
// name must have three words or more, and the word before the last be no
// particle and no given name ("Juan Manuel Santos" has one surname).
func (d *Dictionary) paternal(p *person, ws []word, given map[string]int) int {
	c := d.personCountry(p)
	k := len(ws) - 2
	if c == nil || !c.doubleSurname || k < 1 {
		return -1
	}
	w := ws[k].key
	if given[w] > 0 || d.isClassWord(w, classParticle) || d.isClassWord(ws[k+1].key, classParticle) ||
		d.isClassWord(w, classGivenM) || d.isClassWord(w, classGivenF) {
		return -1
	}
	return k
}

// shortNames adds the forms in which the news writes the long names of
// prominent people: without the mother's family name where names end in two
// ("Rafael Correa" for Rafael Correa Delgado), else without the middle word
// of a three-word name ("Umaru Yar'Adua" for Umaru Musa Yar'Adua), not where
// a particle or a hyphen joins it ("Mohammed bin Salman") nor where family
// names come first; and not when another person's name is spelt so, or
// nearly ("Mohamed Morsy" for Mohamed Ahmed Morsy would take "Mohamed
// Mursi" from Mohamed Morsi), or starts with a common first name.
func (b *builder) shortNames() {
	d := b.d
	type shortName struct {
		person int32
		form   string
	}
	var cands []shortName
	var ws []word
	for pi := range d.persons {
		p := &d.persons[pi]
		if p.rank > prominentRank || d.familyFirst(p) {
			continue
		}
		ws := withoutSuffixes(b.names[pi])
		if len(ws) < 3 {
			continue
		}
		var form string
		if k := d.paternal(p, ws, d.given); k >= 0 {
			form = p.name[:ws[k].end]
		} else if c := d.personCountry(p); len(ws) == 3 && c != nil && !c.doubleSurname {
			mid := ws[1]
			if d.isClassWord(mid.key, classParticle) || d.isClassWord(ws[0].key, classParticle) ||
				hyphenated(p.name, ws[0], mid) || hyphenated(p.name, mid, ws[2]) ||
				d.given[ws[0].key] >= commonGivenName {
				// A common first name makes the short form someone else's
				// too ("Ali Mwinyi" in Hussein Ali Mwinyi, "John Sullivan").
				continue
			}
			form = p.name[ws[0].start:ws[0].end] + " " + p.name[ws[2].start:ws[2].end]
		}
		if form != "" {
			cands = append(cands, shortName{int32(pi), form})
		}
	}
	// The spelling keys of the candidates, then the two-word names of others
	// that share one.
	var key, part []byte
	spelling := func(ws []word) []byte {
		key = key[:0]
		for _, w := range ws {
			part = appendSpellingKey(part, w.key)
			key = append(append(key, part...), ' ')
		}
		return key
	}
	taken := make(map[string]bool, len(cands))
	for _, c := range cands {
		ws = splitWords(c.form, 0, 0, ws[:0])
		taken[string(spelling(ws))] = false
	}
	for pi := range d.persons {
		if ws := withoutSuffixes(b.names[pi]); len(ws) == 2 {
			if k := spelling(ws); len(k) > 0 {
				if _, ok := taken[string(k)]; ok {
					taken[string(k)] = true
				}
			}
		}
	}
	for _, c := range cands {
		ws = splitWords(c.form, 0, 0, ws[:0])
		if taken[string(spelling(ws))] {
			continue
		}
		var err error
		if b.buf, err = d.lex.addCase(c.form, item{kind: itemPerson, ref: c.person, aux: shortForm}, b.buf, caseCap); err != nil {
			continue
		}
	}
}

// shortForm marks the person items shortNames adds: like a surname, such a
// form names the person only while in a prominent office ("Roberto Rojas"
// of a Chilean union is not Costa Rica's foreign minister of 1998–2002).
const shortForm = 1

// isClassWord reports whether the single word key belongs to a class.
func (d *Dictionary) isClassWord(key string, class int32) bool {
	return d.isClassID(d.lex.words[key], class)
}

// isClassID is isClassWord for a word id of the lexicon (0: unknown).
func (d *Dictionary) isClassID(id uint32, class int32) bool {
	return int(id) < len(d.lex.alone) && class >= 0 && class < 64 && d.lex.alone[id]&(1<<uint(class)) != 0
}

// pluralOf returns the regular plural of a noun phrase: of its word before
// "of"/"for"/"to"/"in", else of its last word.
func pluralOf(form string) string {
	ws := strings.Fields(form)
	if len(ws) == 0 {
		return form
	}
	h := len(ws) - 1
	for i := 1; i < len(ws); i++ {
		if ws[i] == "of" || ws[i] == "for" || ws[i] == "to" || ws[i] == "in" || ws[i] == "at" || ws[i] == "on" {
			h = i - 1
			break
		}
	}
	ws[h] = pluralWord(ws[h])
	return strings.Join(ws, " ")
}

func pluralWord(w string) string {
	switch {
	case w == "" || strings.HasSuffix(w, "'s"):
		return w
	case strings.HasSuffix(w, "person"):
		return w[:len(w)-6] + "people"
	case strings.HasSuffix(w, "man"):
		return w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "child"):
		return w + "ren"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
