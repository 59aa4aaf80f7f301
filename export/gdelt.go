package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// MentionsColumns are the 16 columns of the GDELT 2.0 mentions table.
var MentionsColumns = []string{
	"GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// tsv writes tab-separated rows without a header, as GDELT's files are:
// tabs and line breaks inside a field become spaces.
type tsv struct {
	w   *bufio.Writer
	row []string
}

func newTSV(w io.Writer, cols int) *tsv {
	return &tsv{w: bufio.NewWriterSize(w, 64<<10), row: make([]string, 0, cols)}
}

var fieldCleaner = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func (t *tsv) write(fields []string) error {
	for i, f := range fields {
		if i > 0 {
			t.w.WriteByte('\t')
		}
		if strings.ContainsAny(f, "\t\n\r") {
			f = fieldCleaner.Replace(f)
		}
		t.w.WriteString(f)
	}
	return t.w.WriteByte('\n')
}

func (t *tsv) Close() error { return t.w.Flush() }

// gdelt writes the GDELT 2.0 event table. Given mentions, each asserted one
// is its own event, numbered from 1.
type gdelt struct {
	*tsv
	opts Options
	seq  int64
}

func newGDELT(w io.Writer, opts Options) *gdelt {
	return &gdelt{tsv: newTSV(w, len(GDELTColumns)), opts: opts}
}

func (g *gdelt) Event(r *store.EventRecord) error {
	if !asserted(&r.Event) {
		return nil
	}
	g.seq++
	c := store.Cluster{
		ID:          g.seq,
		Key:         store.KeyOf(&r.Event, r.Doc.Date),
		NumMentions: 1, NumSources: 1, NumArticles: 1,
		AvgTone: r.Doc.Tone.Tone,
		Added:   r.Doc.Added,
		Rep:     *r,
	}
	return g.Cluster(&c)
}

func (g *gdelt) Cluster(c *store.Cluster) error {
	r := &c.Rep
	e := &r.Event
	day := c.Key.Day
	if day.IsZero() {
		day = eventDay(r)
	}
	added := c.Added
	if added.IsZero() {
		added = g.opts.Added
	}
	code := gdeltCode(e.CAMEO.Code)
	row := g.row[:0]
	row = append(row, strconv.FormatInt(c.ID, 10))
	row = append(row, dateFields(day)...)
	row = g.appendActor(row, e.Source)
	row = g.appendActor(row, e.Target)
	row = append(row, boolDigit(r.InLead), code, code[:min(3, len(code))], root(code),
		quadOrEmpty(e.CAMEO.QuadClass), formatFloat(e.CAMEO.Goldstein),
		strconv.Itoa(c.NumMentions), strconv.Itoa(c.NumSources), strconv.Itoa(c.NumArticles),
		formatFloat(c.AvgTone))
	// Parley locates the action, not the actors: the actor geographies
	// are left empty (type 0).
	row = append(row, "0", "", "", "", "", "", "", "")
	row = append(row, "0", "", "", "", "", "", "", "")
	row = g.appendGeo(row, e.Place)
	row = append(row, added.UTC().Format("20060102150405"), sourceURL(&r.Doc))
	return g.write(row)
}

// gdeltCode writes a CAMEO code as GDELT does: a string of at least three
// digits ("04" → "040"), keeping leading zeros.
func gdeltCode(code string) string {
	if len(code) == 2 {
		return code + "0"
	}
	return code
}

func root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

func quadOrEmpty(q int) string {
	if q < 1 || q > 4 {
		return ""
	}
	return strconv.Itoa(q)
}

func boolDigit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// dateFields returns Day, MonthYear, Year and FractionDate.
func dateFields(day time.Time) []string {
	if day.IsZero() {
		return []string{"", "", "", ""}
	}
	frac := float64(day.Year()) + float64(day.YearDay())/365
	return []string{day.Format("20060102"), day.Format("200601"), day.Format("2006"),
		strconv.FormatFloat(frac, 'f', 4, 64)}
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func sourceURL(d *store.DocMeta) string {
	if d.URL != "" {
		return d.URL
	}
	return d.Key
}

// appendActor appends the ten actor columns.
func (g *gdelt) appendActor(row []string, p *text.Participant) []string {
	if p == nil {
		return append(row, "", "", "", "", "", "", "", "", "", "")
	}
	name := p.Name
	if name == "" {
		name = p.Text
	}
	group := ""
	if len(p.Code) >= 6 {
		switch p.Code[:3] {
		case "IGO", "NGO", "IMG":
			group = p.Code[3:6]
		}
	}
	country := p.Country
	if p.Kind == text.KindRegion && len(p.Code) >= 3 {
		country = p.Code[:3] // GDELT puts CAMEO region codes there too ("EUR")
	}
	types := [3]string{}
	copy(types[:], p.Sectors)
	return append(row, p.Code, strings.ToUpper(name), country, group, "", "", "", types[0], types[1], types[2])
}

// Geographic resolution types of GDELT.
const (
	geoCountry   = "1"
	geoUSState   = "2"
	geoUSCity    = "3"
	geoWorldCity = "4"
	geoState     = "5"
)

// appendGeo appends the eight geography columns of a place, in GDELT's
// terms: FIPS country codes, ADM1 as FIPS country + GeoNames admin1 code,
// the GeoNames id as feature id.
func (g *gdelt) appendGeo(row []string, p *text.Place) []string {
	if p == nil {
		return append(row, "0", "", "", "", "", "", "", "")
	}
	fips := g.opts.Countries.FIPS(p.Country)
	country, _ := g.opts.Countries.Lookup(p.Country)
	typ := geoWorldCity
	switch {
	case p.FeatureClass == "A" && p.Admin1 == "":
		typ = geoCountry
	case p.FeatureClass == "A":
		typ = geoState
		if p.Country == "USA" {
			typ = geoUSState
		}
	case p.Country == "USA":
		typ = geoUSCity
	}
	full := p.Name
	if country.Name != "" && typ != geoCountry {
		full += ", " + country.Name
	}
	adm1 := fips
	if p.Admin1 != "" && typ != geoCountry {
		adm1 += p.Admin1
	}
	return append(row, typ, full, fips, adm1, "", formatFloat(p.Lat), formatFloat(p.Lon),
		strconv.Itoa(p.GeoNamesID))
}

// mentions writes the GDELT 2.0 mentions table: one row per asserted
// mention, linked to its cluster by GlobalEventID. Character offsets are
// byte offsets into the document text (the same for ASCII text).
type mentions struct {
	*tsv
	opts Options
	seq  int64
}

func newMentions(w io.Writer, opts Options) *mentions {
	return &mentions{tsv: newTSV(w, len(MentionsColumns)), opts: opts}
}

func (m *mentions) Event(r *store.EventRecord) error {
	e := &r.Event
	if !asserted(e) {
		return nil
	}
	id := r.ClusterID
	if id == 0 {
		m.seq++
		id = m.seq
	}
	added := r.Doc.Added
	if added.IsZero() {
		added = m.opts.Added
	}
	seen := r.Doc.Date
	if seen.IsZero() {
		seen = added
	}
	offset := func(p *text.Participant) string {
		if p == nil {
			return "-1"
		}
		return strconv.Itoa(p.Span.Start)
	}
	action := "-1"
	if !e.Evidence.Verb.Span.Empty() {
		action = strconv.Itoa(e.Evidence.Verb.Span.Start)
	}
	return m.write([]string{
		strconv.FormatInt(id, 10),
		added.UTC().Format("20060102150405"),
		seen.UTC().Format("20060102150405"),
		"1", // WEB
		r.Doc.Outlet,
		sourceURL(&r.Doc),
		strconv.Itoa(e.Sentence + 1),
		offset(e.Source), offset(e.Target), action,
		"1",   // InRawText: coded from the text as published
		"100", // Confidence: one coding per sentence, no ambiguity measure
		strconv.Itoa(r.Doc.Chars),
		formatFloat(r.Doc.Tone.Tone),
		"", "",
	})
}
