package place

import (
	"bytes"
	"math"
	"strings"

	"github.com/parleyproject/parley/internal/english"
	"github.com/parleyproject/parley/text"
)

// Place is a place mention resolved to a gazetteer entry.
type Place struct {
	// Span covers the mention in Document.Text; Start and End delimit it in
	// Document.Tokens; Sentence is its sentence's index.
	Span       text.Span
	Start, End int
	Sentence   int

	Name       string
	Country    string // ISO 3166-1 alpha-3
	Admin1     string // GeoNames first-level region code, "" for a country
	Lat, Lon   float64
	GeoNameID  int64  // 0 for countries and regions
	Class      string // GeoNames feature class: "A" or "P"
	Code       string // GeoNames feature code: "PCL", "ADM1", "PPLC", ...
	Population int64

	// Locative reports that a locative preposition introduces the mention
	// ("in Kabul").
	Locative bool
	// Rule names what chose the referent: "unique" (one candidate),
	// "comma-qualifier" ("Aleppo, Syria"), "region-suffix" ("Idlib
	// province"), "dateline", "cue" (words of the article that speak for one
	// referent), "sentence-country", "article-country", "preferred",
	// "country", "capital" or "population".
	Rule string
}

// Options adjusts Resolve.
type Options struct {
	// Exclude holds spans already known to be actor mentions ("Washington"
	// for the US government); a name overlapping one is not a place.
	Exclude []text.Span
	// IsActor, when not nil, decides whether a name is used as an actor
	// rather than a place. When nil, a name directly followed by a verb of
	// the rules' actorverb list ("Moscow said") is taken as an actor.
	IsActor func(doc *text.Document, span text.Span) bool
}

// mention is a candidate place name found in the text.
type mention struct {
	sent, start, end int // tokens [start, end)
	span             text.Span
	key              string
	refs             []nameRef
	suffix           bool // followed by "province", "region", ...
	dateline         bool
	locative         bool
	actor            bool
	qualified        bool // refs narrowed by a ", Country" qualifier
}

// Resolve finds the place mentions of doc and resolves each to one gazetteer
// entry, in text order. A name used as an actor (see Options) is not
// returned but still counts towards the article's focus. A name that cannot
// be resolved is skipped; it never stops the rest.
func (g *Gazetteer) Resolve(doc *text.Document, opts Options) []Place {
	if doc == nil || len(doc.Tokens) == 0 {
		return nil
	}
	var ms []mention
	buf := make([]byte, 0, 64)
	for si, s := range doc.Sentences {
		if s.Start < 0 || s.End > len(doc.Tokens) || s.Start >= s.End {
			continue
		}
		ms = g.findMentions(doc, si, s, ms, &buf)
	}
	if len(ms) == 0 {
		return nil
	}
	for i := range ms {
		m := &ms[i]
		if overlapsAny(m.span, opts.Exclude) {
			m.actor = true
		} else if opts.IsActor != nil {
			m.actor = opts.IsActor(doc, m.span)
		} else if !m.locative && !m.suffix && !m.dateline && !g.afterListWord(doc, m) {
			m.actor = g.followedByActorVerb(doc, m)
		}
	}
	g.applyQualifiers(doc, ms, &buf)

	// The article's focus: countries of unambiguous names and demonyms.
	// Sentence weights are kept apart so that a sentence's own names are not
	// counted twice, as sentence and as article.
	focus := map[string]float64{}
	total := 0.0
	sentCountries := map[int]map[string]float64{}
	note := func(sent int, iso3 string, w float64) {
		focus[iso3] += w
		total += w
		if sentCountries[sent] == nil {
			sentCountries[sent] = map[string]float64{}
		}
		sentCountries[sent][iso3] += w
	}
	for i := range ms {
		if c := g.soleCountry(ms[i].refs); c != "" {
			w := 1.0
			if ms[i].dateline {
				w = 3
			}
			note(ms[i].sent, c, w)
		}
	}
	for si, s := range doc.Sentences {
		for j := max(s.Start, 0); j < min(s.End, len(doc.Tokens)); j++ {
			f := doc.Tokens[j].Form
			if !english.StartsUpper(f) {
				continue
			}
			buf = appendKey(buf[:0], f)
			if c, ok := g.demonyms[string(buf)]; ok {
				note(si, c, 1)
			}
		}
	}

	var words *docWords
	out := make([]Place, 0, len(ms))
	for i := range ms {
		m := &ms[i]
		if m.actor {
			continue
		}
		if len(g.cues[m.key]) > 0 && words == nil {
			words = newDocWords(doc, g, ms)
		}
		e, rule, ok := g.choose(m, focus, total, sentCountries[m.sent], words)
		if !ok {
			continue
		}
		out = append(out, Place{
			Span: m.span, Start: m.start, End: m.end, Sentence: m.sent,
			Name: e.Name, Country: e.Country, Admin1: e.Admin1, Lat: e.Lat, Lon: e.Lon,
			GeoNameID: e.GeoNameID, Class: e.Class, Code: e.Code, Population: e.Population,
			Locative: m.locative, Rule: rule,
		})
	}
	return out
}

// Resolve finds and resolves the places of doc with the built-in gazetteer;
// see Gazetteer.Resolve.
func Resolve(doc *text.Document, opts Options) []Place {
	g, err := Default()
	if err != nil {
		return nil
	}
	return g.Resolve(doc, opts)
}

func overlapsAny(s text.Span, spans []text.Span) bool {
	for _, o := range spans {
		if s.Overlap(o) > 0 {
			return true
		}
	}
	return false
}

// connectors are the lower-case words allowed inside a place name ("Bosnia
// and Herzegovina", "Rio de Janeiro").
func isConnector(f string) bool {
	switch f {
	case "and", "of", "the", "de", "del", "della", "da", "do", "dos", "das", "di", "du", "des",
		"la", "las", "los", "le", "les", "el", "al", "ad", "ash", "as", "an", "ar", "az", "en",
		"upon", "on", "am", "im", "i", "y", "e", "sur", "bin", "ibn", "ben", "-":
		return true
	}
	return false
}

// findMentions appends the candidate place names of sentence si.
func (g *Gazetteer) findMentions(doc *text.Document, si int, s text.Sentence, ms []mention, buf *[]byte) []mention {
	toks := doc.Tokens
	dlEnd := s.Start
	if si == 0 {
		if dlEnd = g.datelineEnd(doc, s); dlEnd == s.Start {
			dlEnd = titleDatelineEnd(doc, s)
		}
	}
	dateline := dlEnd > s.Start
	for j := s.Start; j < s.End; j++ {
		f := toks[j].Form
		inDateline := dateline && j < dlEnd
		if !english.StartsUpper(f) || !isWord(f) {
			continue
		}
		*buf = appendKey((*buf)[:0], f)
		first := *buf
		if i := bytes.IndexByte(first, ' '); i >= 0 {
			first = first[:i]
		}
		if !g.firstWord[string(first)] {
			continue
		}
		end, k, refs := g.longest(doc, s, j, inDateline, dlEnd, buf)
		if end == 0 || (end == j+1 && g.plain[k]) {
			continue
		}
		m := mention{sent: si, start: j, end: end, key: k, refs: refs, dateline: inDateline,
			span: text.Span{Start: toks[j].Span.Start, End: toks[end-1].Span.End}}
		if p := j - 1; p >= s.Start {
			if equalFoldASCII(toks[p].Form, "the") && p > s.Start {
				p--
			}
			m.locative = in(g.locative, toks[p].Form, buf)
		}
		if !inDateline && !g.standsAlone(doc, s, &m, buf) {
			continue
		}
		// Common words, first names and demonyms ("Somali") are places only
		// when the context says so.
		if (g.stop[k] || g.demonyms[k] != "") && !m.locative && !m.suffix && !g.qualifierFollows(doc, s, end) {
			continue
		}
		ms = append(ms, m)
		j = m.end - 1
	}
	return ms
}

// datelineEnd returns the end of a dateline ("KABUL, Afghanistan (Reuters) -"
// or "WASHINGTON —"): the capitals that open the document before a comma,
// parenthesis or dash; s.Start when there is none.
func (g *Gazetteer) datelineEnd(doc *text.Document, s text.Sentence) int {
	j := s.Start
	for j < s.End && allUpper(doc.Tokens[j].Form) && isWord(doc.Tokens[j].Form) {
		j++
	}
	if j == s.Start || j >= s.End {
		return s.Start
	}
	if f := doc.Tokens[j].Form; f == "," || f == "(" || isSeparator(f) {
		return j
	}
	return s.Start
}

// titleDatelineEnd returns the end of a dateline written in title case,
// which a colon, a dash or a parenthesis ends ("Beirut: Lebanese President
// …", "Pretoria – The court …", "Sambalpur, India – Nityananda Deep …", "New
// York (November 25, 2021): …"), or the sentence's start: a capitalised
// word opening an article ("Young students are …", "Liberal leader Peter
// Dutton") is no dateline.
func titleDatelineEnd(doc *text.Document, s text.Sentence) int {
	j, words, comma, dash := s.Start, 0, -1, false
	for ; j < s.End && words < 6; j++ {
		f := doc.Tokens[j].Form
		if f == "," && words > 0 {
			if comma < 0 {
				comma = j
			}
			continue
		}
		if !isWord(f) || !english.StartsUpper(f) {
			break
		}
		words++
		if strings.HasSuffix(f, "-") || strings.HasSuffix(f, "–") {
			j, dash = j+1, true // "Srinagar- The BJP …"
			break
		}
	}
	if !dash && (words == 0 || j >= s.End || !closesDateline(doc, s, j)) {
		return s.Start
	}
	// The dateline's place ends at its first comma: what follows qualifies
	// it ("Tire, Lebanon" is no town named Lebanon).
	if comma >= 0 {
		return comma
	}
	return j
}

// closesDateline reports whether token j of s ends a title-case dateline:
// a colon or a dash, or a parenthesis one follows ("New York (November 25,
// 2021): …", not "Kenya Airways (KQ) and").
func closesDateline(doc *text.Document, s text.Sentence, j int) bool {
	if f := doc.Tokens[j].Form; f != "(" {
		return isSeparator(f)
	}
	for k := j + 1; k < s.End && k < j+10; k++ {
		if doc.Tokens[k].Form == ")" {
			return k+1 < s.End && isSeparator(doc.Tokens[k+1].Form)
		}
	}
	return false
}

// isSeparator reports whether a token ends a dateline: a colon or a dash.
func isSeparator(f string) bool {
	switch f {
	case "-", "--", "—", "–", ":":
		return true
	}
	return false
}

func equalFoldASCII(a, b string) bool { return strings.EqualFold(a, b) }

// in reports whether the key of f is in set, without allocating.
func in(set map[string]bool, f string, buf *[]byte) bool {
	*buf = appendKey((*buf)[:0], f)
	return set[string(*buf)]
}

// longest finds the longest gazetteer name starting at token j and returns
// its end, key and usable references, or end 0.
func (g *Gazetteer) longest(doc *text.Document, s text.Sentence, j int, inDateline bool, dlEnd int, buf *[]byte) (int, string, []nameRef) {
	toks := doc.Tokens
	limit := min(s.End, j+2*g.maxTokens)
	if inDateline {
		limit = min(limit, dlEnd)
	}
	for end := limit; end > j; end-- {
		last := toks[end-1].Form
		if !isWord(last) {
			continue
		}
		// Inner words must be capitalised or connectors.
		ok := true
		for t := j + 1; t < end; t++ {
			f := toks[t].Form
			if isWord(f) && !english.StartsUpper(f) && !isConnector(f) && !inDateline {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		*buf = appendKey((*buf)[:0], doc.Text[toks[j].Span.Start:toks[end-1].Span.End])
		refs, found := g.names[string(*buf)]
		if !found {
			continue
		}
		surface := doc.Text[toks[j].Span.Start:toks[end-1].Span.End]
		// Capitals outside a dateline ("UN") match acronyms only.
		shouting := !inDateline && allUpper(surface)
		usable := make([]nameRef, 0, len(refs))
		for _, r := range refs {
			switch r.kind {
			case nameAbbreviation:
				continue
			case nameAcronym:
				if !allUpper(surface) {
					continue
				}
			default:
				if shouting {
					continue
				}
			}
			usable = append(usable, r)
		}
		if len(usable) == 0 {
			continue
		}
		return end, string(*buf), usable
	}
	return 0, "", nil
}

// standsAlone checks that the name is not part of a longer proper name
// ("Bank of China", "Paris Hilton", "Kabul University"); a region word after
// it ("Idlib province") is taken into the mention.
func (g *Gazetteer) standsAlone(doc *text.Document, s text.Sentence, m *mention, buf *[]byte) bool {
	toks := doc.Tokens
	if m.end < s.End {
		f := toks[m.end].Form
		if in(g.suffix, f, buf) && g.hasRegion(m.refs) {
			m.suffix = true
			m.end++
			m.span.End = toks[m.end-1].Span.End
		} else if g.extendsName(&toks[m.end], buf) {
			return false
		} else if f == "of" || f == "the" {
			n := m.end + 1
			if n < s.End && toks[n].Form == "the" {
				n++
			}
			if n < s.End && g.extendsName(&toks[n], buf) {
				return false // "University of Texas", "Save the Children"
			}
		}
	}
	if m.start > s.Start {
		prev := &toks[m.start-1]
		if g.extendsName(prev, buf) {
			return false
		}
		if (prev.Form == "of" || prev.Form == "for") && m.start-2 >= s.Start && g.extendsName(&toks[m.start-2], buf) &&
			!in(g.ofPrefix, toks[m.start-2].Form, buf) {
			return false // "Bank of China", but not "Republic of Turkey"
		}
		if in(g.particle, prev.Form, buf) && !english.StartsUpper(prev.Form) && m.start-2 >= s.Start && g.extendsName(&toks[m.start-2], buf) {
			return false // "Carlos dos Santos", "Banco de Chile"
		}
	}
	return true
}

// extendsName reports whether a token next to a name would make it part of a
// longer proper name: a capitalised word that is not a plain word, or a
// proper noun when the tagger has run.
func (g *Gazetteer) extendsName(t *text.Token, buf *[]byte) bool {
	if !english.StartsUpper(t.Form) || !isWord(t.Form) || in(g.plain, t.Form, buf) {
		return false
	}
	switch t.UPOS {
	case "", "PROPN", "NOUN", "X":
		return true
	}
	return false
}

func (g *Gazetteer) hasRegion(refs []nameRef) bool {
	for _, r := range refs {
		if g.entries[r.entry].Code == "ADM1" {
			return true
		}
	}
	return false
}

// qualifierFollows reports whether ", Country" or ", State" follows token end.
func (g *Gazetteer) qualifierFollows(doc *text.Document, s text.Sentence, end int) bool {
	if end >= s.End || doc.Tokens[end].Form != "," {
		return false
	}
	var buf []byte
	_, refs := g.qualifierAt(doc, s, end+1, &buf)
	return len(refs) > 0
}

// qualifierAt returns the region or country names at token j (after an
// optional direction word such as "northern"), abbreviations included.
func (g *Gazetteer) qualifierAt(doc *text.Document, s text.Sentence, j int, buf *[]byte) (int, []nameRef) {
	toks := doc.Tokens
	if j < s.End && isDirection(toks[j].Form) {
		j++
	}
	for end := min(s.End, j+4); end > j; end-- {
		if !isWord(toks[end-1].Form) || !english.StartsUpper(toks[j].Form) {
			continue
		}
		surface := doc.Text[toks[j].Span.Start:toks[end-1].Span.End]
		*buf = appendKey((*buf)[:0], surface)
		var out []nameRef
		for _, r := range g.names[string(*buf)] {
			e := &g.entries[r.entry]
			if e.Class != "A" || (r.kind == nameAcronym && !allUpper(surface)) {
				continue
			}
			out = append(out, r)
		}
		if len(out) > 0 {
			return end, out
		}
	}
	return j, nil
}

func isDirection(f string) bool {
	switch strings.ToLower(f) {
	case "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
		"northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
		"southeast", "southwest", "north-east", "north-west", "south-east", "south-west":
		return true
	}
	return false
}

// applyQualifiers narrows "Aleppo, Syria" and "Springfield, Ill." to the
// candidates inside the qualifying country or region.
func (g *Gazetteer) applyQualifiers(doc *text.Document, ms []mention, buf *[]byte) {
	for i := range ms {
		m := &ms[i]
		s := doc.Sentences[m.sent]
		if m.end >= s.End || doc.Tokens[m.end].Form != "," {
			continue
		}
		_, quals := g.qualifierAt(doc, s, m.end+1, buf)
		if len(quals) == 0 {
			continue
		}
		var narrowed []nameRef
		for _, r := range m.refs {
			e := &g.entries[r.entry]
			for _, q := range quals {
				qe := &g.entries[q.entry]
				if e == qe {
					continue
				}
				if qe.Country == e.Country && (qe.Code != "ADM1" || qe.Admin1 == e.Admin1) {
					narrowed = append(narrowed, r)
					break
				}
			}
		}
		if len(narrowed) > 0 {
			m.refs = narrowed
			m.qualified = true
		} else if allCountries(g, quals) && allTowns(g, m.refs) {
			// "Tire, Lebanon": a place of that country the gazetteer does
			// not hold, not the Turkish town; the country names it.
			m.refs = nil
		}
	}
}

// allTowns reports whether every reference is a populated place: a list of
// countries ("Greece, Portugal and Spain") qualifies nothing.
func allTowns(g *Gazetteer, refs []nameRef) bool {
	for _, r := range refs {
		if g.entries[r.entry].Class != "P" {
			return false
		}
	}
	return len(refs) > 0
}

// allCountries reports whether every qualifier reference is a country.
func allCountries(g *Gazetteer, quals []nameRef) bool {
	for _, q := range quals {
		if g.entries[q.entry].Code != "PCL" {
			return false
		}
	}
	return len(quals) > 0
}

// followedByActorVerb reports whether a reporting or action verb follows the
// name directly ("Washington said"), marking an actor rather than a place.
func (g *Gazetteer) followedByActorVerb(doc *text.Document, m *mention) bool {
	s := doc.Sentences[m.sent]
	if m.end >= s.End {
		return false
	}
	var arr [32]byte
	buf := arr[:0]
	return in(g.actorVerb, doc.Tokens[m.end].Form, &buf)
}

// afterListWord reports whether the mention ends a list ("Werne and Koblenz
// had"), where a following verb speaks of the list, not of the place.
func (g *Gazetteer) afterListWord(doc *text.Document, m *mention) bool {
	if m.start <= doc.Sentences[m.sent].Start {
		return false
	}
	switch doc.Tokens[m.start-1].Form {
	case "and", "or", ",":
		return true
	}
	return false
}

// soleCountry returns the one country all refs lie in, or "".
func (g *Gazetteer) soleCountry(refs []nameRef) string {
	c := ""
	for _, r := range refs {
		ec := g.entries[r.entry].Country
		if c != "" && ec != c {
			return ""
		}
		c = ec
	}
	return c
}

// docWords answers whether a cue word occurs in the document.
type docWords struct {
	found map[string]bool
}

// newDocWords looks for the cue words of the mentions' names in doc, in one
// pass over its tokens (and its text for cues of several words).
func newDocWords(doc *text.Document, g *Gazetteer, ms []mention) *docWords {
	wanted := map[string]bool{}
	multi := false
	for i := range ms {
		for _, c := range g.cues[ms[i].key] {
			for _, w := range c.words {
				wanted[w] = true
				multi = multi || strings.Contains(w, " ")
			}
		}
	}
	w := &docWords{found: map[string]bool{}}
	var arr [64]byte
	buf := arr[:0]
	for _, t := range doc.Tokens {
		buf = appendKey(buf[:0], t.Form)
		if wanted[string(buf)] {
			w.found[string(buf)] = true
		}
	}
	if multi {
		text := " " + key(doc.Text) + " "
		for k := range wanted {
			if strings.Contains(k, " ") && strings.Contains(text, " "+k+" ") {
				w.found[k] = true
			}
		}
	}
	return w
}

func (w *docWords) has(k string) bool { return w.found[k] }

// preferRefs returns the refs whose entries satisfy keep, or all of refs
// when none does.
func (g *Gazetteer) preferRefs(refs []nameRef, keep func(*Entry) bool) []nameRef {
	var kept []nameRef
	for _, r := range refs {
		if keep(&g.entries[r.entry]) {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		return refs
	}
	return kept
}

// choose picks the referent of a mention. Each candidate gets a prior from
// its kind and population, to which the article adds: cue words, its country
// named in the same sentence, its country's share of the article's focus.
func (g *Gazetteer) choose(m *mention, focus map[string]float64, total float64, sentCountries map[string]float64, words *docWords) (*Entry, string, bool) {
	sentTotal := 0.0
	for _, w := range sentCountries {
		sentTotal += w
	}
	otherTotal := total - sentTotal
	refs := m.refs
	if m.suffix {
		refs = g.preferRefs(refs, func(e *Entry) bool { return e.Code == "ADM1" })
	}
	if m.dateline {
		// A dateline names a city: "LUXEMBOURG (Reuters)" is the city.
		refs = g.preferRefs(refs, func(e *Entry) bool { return e.Class == "P" })
	}
	if len(refs) == 0 {
		return nil, "", false
	}
	fixed := ""
	switch {
	case m.dateline:
		fixed = "dateline"
	case m.qualified:
		fixed = "comma-qualifier"
	case m.suffix && len(refs) < len(m.refs):
		fixed = "region-suffix"
	}
	if len(refs) == 1 {
		if fixed == "" {
			fixed = "unique"
		}
		return &g.entries[refs[0].entry], fixed, true
	}
	hasRegion := map[string]bool{} // "ISO3.ADMIN1" of same-named regions
	for _, r := range refs {
		if e := &g.entries[r.entry]; e.Code == "ADM1" {
			hasRegion[e.Country+"."+e.Admin1] = true
		}
	}
	pref, hasPref := g.prefer[m.key]
	cues := g.cues[m.key]
	best, bestPrior := -1, -1
	var bestScore, bestPriorScore float64
	var bestParts [3]float64
	for i, r := range refs {
		e := &g.entries[r.entry]
		prior := math.Log10(float64(e.Population) + 1)
		switch {
		case e.Code == "PCL":
			prior += 4
		case e.Code == "PPLC" || e.Code == "PPLG":
			prior += 1.5
		case e.Code == "PPLA":
			prior += 0.5
		case e.Code == "RGN" && e.Population == 0:
			// A region news names often, written by hand without a
			// population, ranks as a place of a million people.
			prior += 6
		}
		if e.Class == "P" && hasRegion[e.Country+"."+e.Admin1] {
			prior++ // "Herat" is the city more often than the province
		}
		if hasPref && pref.matches(e) {
			prior += 3
		}
		var parts [3]float64 // cue, sentence country, article country
		if words != nil {
			n := 0
			for _, c := range cues {
				if !c.sel.matches(e) {
					continue
				}
				for _, w := range c.words {
					if w != m.key && words.has(w) {
						n++
					}
				}
			}
			parts[0] = 3 * float64(min(n, 3))
		}
		if sentCountries[e.Country] > 0 && g.soleCountry(m.refs) == "" {
			parts[1] = 3
		}
		if otherTotal > 0 && !m.dateline {
			// (Not for a dateline: "GENEVA (Reuters)" files a story on
			// the United States from Switzerland.)
			parts[2] = 3 * (focus[e.Country] - sentCountries[e.Country]) / otherTotal
		}
		score := prior + parts[0] + parts[1] + parts[2]
		if best < 0 || score > bestScore {
			best, bestScore, bestParts = i, score, parts
		}
		if bestPrior < 0 || prior > bestPriorScore {
			bestPrior, bestPriorScore = i, prior
		}
	}
	e := &g.entries[refs[best].entry]
	if fixed != "" {
		return e, fixed, true
	}
	if best != bestPrior {
		switch {
		case bestParts[0] >= bestParts[1] && bestParts[0] >= bestParts[2]:
			return e, "cue", true
		case bestParts[1] >= bestParts[2]:
			return e, "sentence-country", true
		}
		return e, "article-country", true
	}
	switch {
	case hasPref && pref.matches(e):
		return e, "preferred", true
	case e.Code == "PCL":
		return e, "country", true
	case e.Code == "PPLC" || e.Code == "PPLG":
		return e, "capital", true
	}
	return e, "population", true
}
