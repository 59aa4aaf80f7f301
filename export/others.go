package export

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// POLECATColumns are the 40 columns of the POLECAT weekly data files.
var POLECATColumns = []string{
	"Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
	"Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
	"Actor Name Raw", "Wikipedia Actor ID",
	"Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
	"Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
	"Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
	"Raw Placename", "Feature Type",
	"Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
}

// ICEWSColumns are the 20 columns of the ICEWS coded event data files.
var ICEWSColumns = []string{
	"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
	"Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
	"Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
}

// polecat writes POLECAT rows: tab-separated with a header line, one row
// per asserted mention. What Parley does not know is left empty: COW
// codes, titles, Wikipedia ids, districts and the story-level entity lists.
// Intensity is the CAMEO Goldstein score; Quad Code the GDELT QuadClass.
type polecat struct {
	*tsv
	opts   Options
	header bool
}

func newPOLECAT(w io.Writer, opts Options) *polecat {
	return &polecat{tsv: newTSV(w, len(POLECATColumns)), opts: opts}
}

func eventID(r *store.EventRecord) string {
	if r.Event.ID != "" {
		return r.Event.ID
	}
	return strconv.FormatInt(r.ID, 10)
}

func dateOnly(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

func (p *polecat) Event(r *store.EventRecord) error {
	e := &r.Event
	if !asserted(e) {
		return nil
	}
	if !p.header {
		p.header = true
		if err := p.write(POLECATColumns); err != nil {
			return err
		}
	}
	row := p.row[:0]
	row = append(row, eventID(r), dateOnly(eventDay(r)), e.PLOVER.Type, e.PLOVER.Mode,
		formatFloat(e.CAMEO.Goldstein), quadOrEmpty(e.CAMEO.QuadClass), joinList(e.PLOVER.Context, ";"))
	row = appendPOLECATActor(row, e.Source)
	row = appendPOLECATActor(row, e.Target)
	if pl := e.Place; pl != nil {
		city := ""
		if pl.FeatureClass == "P" {
			city = pl.Name
		}
		row = append(row, pl.Name, city, "", pl.Admin1, pl.Country, formatFloat(pl.Lat), formatFloat(pl.Lon),
			strconv.Itoa(pl.GeoNamesID), pl.Text, pl.FeatureClass)
	} else {
		row = append(row, "", "", "", "", "", "", "", "", "", "")
	}
	row = append(row, r.Doc.Outlet, dateOnly(r.Doc.Date), "", "", "", "en", p.opts.Coder)
	return p.write(row)
}

func appendPOLECATActor(row []string, p *text.Participant) []string {
	if p == nil {
		return append(row, "", "", "", "", "", "", "", "")
	}
	primary := ""
	if len(p.Sectors) > 0 {
		primary = p.Sectors[0]
	}
	name := p.Name
	if name == "" {
		name = p.Text
	}
	return append(row, name, p.Country, "", primary, joinList(p.Sectors, ";"), "", p.Text, "")
}

// icews writes ICEWS rows: tab-separated with a header line, one row per
// asserted mention. Intensity is the CAMEO Goldstein score, Story ID the
// document's id, Sentence Number 1-based.
type icews struct {
	*tsv
	header bool
}

func newICEWS(w io.Writer) *icews { return &icews{tsv: newTSV(w, len(ICEWSColumns))} }

func (c *icews) Event(r *store.EventRecord) error {
	e := &r.Event
	if !asserted(e) {
		return nil
	}
	if !c.header {
		c.header = true
		if err := c.write(ICEWSColumns); err != nil {
			return err
		}
	}
	actor := func(p *text.Participant) (string, string, string) {
		if p == nil {
			return "", "", ""
		}
		name := p.Name
		if name == "" {
			name = p.Text
		}
		return name, strings.Join(p.Sectors, ","), p.Country
	}
	sn, ss, sc := actor(e.Source)
	tn, ts, tc := actor(e.Target)
	row := []string{eventID(r), dateOnly(eventDay(r)), sn, ss, sc, e.CAMEO.Name, e.CAMEO.Code,
		formatFloat(e.CAMEO.Goldstein), tn, ts, tc, r.Doc.Key, strconv.Itoa(e.Sentence + 1), r.Doc.Outlet}
	if pl := e.Place; pl != nil {
		city := ""
		if pl.FeatureClass == "P" {
			city = pl.Name
		}
		row = append(row, city, "", pl.Admin1, pl.Country, formatFloat(pl.Lat), formatFloat(pl.Lon))
	} else {
		row = append(row, "", "", "", "", "", "")
	}
	return c.write(row)
}

// jsonWriter writes one JSON value per line.
type jsonWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func newJSONWriter(w io.Writer) jsonWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return jsonWriter{w: bw, enc: enc}
}

func (j jsonWriter) Close() error { return j.w.Flush() }

// jsonEvent is the event JSON of contract 1 (DESIGN.md), with the fields
// that `parley code` adds after it: evidence.date, evidence.quote, place
// and tone. Empty codes, countries and names are null.
type jsonEvent struct {
	ID            string           `json:"id"`
	Group         string           `json:"group"`
	DocID         string           `json:"doc_id"`
	SentenceIndex int              `json:"sentence_index"`
	Sentence      string           `json:"sentence"`
	Date          *string          `json:"date"`
	CAMEO         jsonCAMEO        `json:"cameo"`
	PLOVER        jsonPLOVER       `json:"plover"`
	Source        *jsonParticipant `json:"source"`
	Target        *jsonParticipant `json:"target"`
	Modality      string           `json:"modality"`
	Evidence      jsonEvidence     `json:"evidence"`
	Place         *jsonPlace       `json:"place"`
	Tone          jsonTone         `json:"tone"`
}

type jsonCAMEO struct {
	Code      string  `json:"code"`
	Root      string  `json:"root"`
	Name      string  `json:"name"`
	Goldstein float64 `json:"goldstein"`
	QuadClass int     `json:"quad_class"`
}

type jsonPLOVER struct {
	Type    string   `json:"type"`
	Mode    string   `json:"mode"`
	Context []string `json:"context"`
}

type jsonParticipant struct {
	Text    string    `json:"text"`
	Code    *string   `json:"code"`
	Country *string   `json:"country"`
	Sectors []string  `json:"sectors"`
	Name    *string   `json:"name"`
	Span    text.Span `json:"span"`
}

type jsonSpanText struct {
	Text string    `json:"text"`
	Span text.Span `json:"span"`
}

type jsonEvidence struct {
	Verb  jsonSpanText `json:"verb"`
	Rule  string       `json:"rule"`
	Date  *jsonDate    `json:"date,omitempty"`
	Quote string       `json:"quote,omitempty"`
}

type jsonDate struct {
	Text        string     `json:"text"`
	Span        *text.Span `json:"span"`
	Value       string     `json:"value"`
	Granularity string     `json:"granularity"`
	Rule        string     `json:"rule"`
}

type jsonPlace struct {
	Text         string    `json:"text"`
	Span         text.Span `json:"span"`
	Name         string    `json:"name"`
	Country      string    `json:"country"`
	Admin1       string    `json:"admin1,omitempty"`
	Lat          float64   `json:"lat"`
	Lon          float64   `json:"lon"`
	GeoNamesID   int       `json:"geonames_id"`
	FeatureClass string    `json:"feature_class"`
	Rule         string    `json:"rule"`
}

type jsonTone struct {
	Tone      float64 `json:"tone"`
	Positive  float64 `json:"positive"`
	Negative  float64 `json:"negative"`
	Polarity  float64 `json:"polarity"`
	WordCount int     `json:"word_count"`
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

func strOrNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func toJSONParticipant(p *text.Participant) *jsonParticipant {
	if p == nil {
		return nil
	}
	return &jsonParticipant{Text: p.Text, Code: strOrNull(p.Code), Country: strOrNull(p.Country),
		Sectors: nonNil(p.Sectors), Name: strOrNull(p.Name), Span: p.Span}
}

// EventJSON returns the contract-1 JSON object of an event, without a
// trailing newline.
func EventJSON(r *store.EventRecord) ([]byte, error) {
	return json.Marshal(contractEvent(r))
}

func contractEvent(r *store.EventRecord) *jsonEvent {
	e := &r.Event
	docID := e.DocID
	if docID == "" {
		docID = r.Doc.Key
	}
	modality := e.Modality
	if modality == "" {
		modality = text.Asserted
	}
	je := &jsonEvent{
		ID: e.ID, Group: e.Group, DocID: docID, SentenceIndex: e.Sentence, Sentence: e.Text,
		Date:     strOrNull(dateOnly(e.Date)),
		CAMEO:    jsonCAMEO{Code: e.CAMEO.Code, Root: e.CAMEO.Root, Name: e.CAMEO.Name, Goldstein: e.CAMEO.Goldstein, QuadClass: e.CAMEO.QuadClass},
		PLOVER:   jsonPLOVER{Type: e.PLOVER.Type, Mode: e.PLOVER.Mode, Context: nonNil(e.PLOVER.Context)},
		Source:   toJSONParticipant(e.Source),
		Target:   toJSONParticipant(e.Target),
		Modality: string(modality),
		Evidence: jsonEvidence{Verb: jsonSpanText{Text: e.Evidence.Verb.Text, Span: e.Evidence.Verb.Span},
			Rule: e.Evidence.Rule, Quote: e.Evidence.Quote},
		Tone: jsonTone{Tone: e.Tone.Tone, Positive: e.Tone.Positive, Negative: e.Tone.Negative,
			Polarity: e.Tone.Polarity, WordCount: e.Tone.WordCount},
	}
	if d := e.Evidence.Date; d.Rule != "" {
		jd := &jsonDate{Text: d.Text, Value: dateOnly(d.Value), Granularity: d.Granularity, Rule: d.Rule}
		if !d.Span.Empty() {
			sp := d.Span
			jd.Span = &sp
		}
		je.Evidence.Date = jd
	}
	if p := e.Place; p != nil {
		je.Place = &jsonPlace{Text: p.Text, Span: p.Span, Name: p.Name, Country: p.Country, Admin1: p.Admin1,
			Lat: p.Lat, Lon: p.Lon, GeoNamesID: p.GeoNamesID, FeatureClass: p.FeatureClass, Rule: p.Rule}
	}
	return je
}

// jsonl writes contract-1 events.
type jsonl struct{ jsonWriter }

func newJSONL(w io.Writer) *jsonl { return &jsonl{newJSONWriter(w)} }

func (j *jsonl) Event(r *store.EventRecord) error { return j.enc.Encode(contractEvent(r)) }

// plover writes PLOVER JSON records (PLOVER manual, "JSON Data Fields"):
// one record per mention, with the source and recipient as lists of actor
// objects, the event and its text as lists, the place as a GeoNames-style
// location object, and the modality in an extra field.
type plover struct {
	jsonWriter
	opts Options
}

func newPLOVER(w io.Writer, opts Options) *plover { return &plover{newJSONWriter(w), opts} }

type ploverRecord struct {
	ID         string           `json:"id"`
	Date       string           `json:"date"`
	Source     []ploverActor    `json:"source"`
	Recipient  []ploverActor    `json:"recipient"`
	Event      []string         `json:"event"`
	EventLoc   *ploverLocation  `json:"event_loc,omitempty"`
	EventText  []string         `json:"event_text"`
	QuadCode   int              `json:"quad_code,omitempty"`
	EventScale float64          `json:"event_scale"`
	Mode       string           `json:"mode,omitempty"`
	Context    []string         `json:"context,omitempty"`
	Modality   string           `json:"modality"`
	TextInfo   ploverTextInfo   `json:"text_info"`
	Trigger    jsonSpanText     `json:"trigger"` // the verb or noun coded, with its byte span
	CiteInfo   ploverCiteInfo   `json:"cite_info"`
	Coder      string           `json:"coder"`
	Extra      ploverCAMEOExtra `json:"cameo"`
}

type ploverActor struct {
	Code           string `json:"code"`
	Sector         string `json:"sector,omitempty"`
	ActorText      string `json:"actor_text"`
	IdentifierID   string `json:"identifier_id,omitempty"`
	IdentifierText string `json:"identifier_text,omitempty"`
}

type ploverLocation struct {
	GeonameID   int     `json:"geonameid,omitempty"`
	Name        string  `json:"name"`
	Latitude    float64 `json:"latitude"`
	Longitude   float64 `json:"longitude"`
	FeatureCls  string  `json:"feature class,omitempty"`
	CC3         string  `json:"cc3,omitempty"`
	Admin1Code  string  `json:"admin1 code,omitempty"`
	PlaceText   string  `json:"place_text,omitempty"`
	PlaceStart  int     `json:"start"`
	PlaceEndOff int     `json:"end"`
}

type ploverTextInfo struct {
	Sequence int `json:"sequence"` // 1-based sentence number
}

type ploverCiteInfo struct {
	Citation    string `json:"citation,omitempty"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language"`
	Publication string `json:"publication,omitempty"`
	Coder       string `json:"coder"`
	Codebook    string `json:"codebook"`
}

type ploverCAMEOExtra struct {
	Code      string  `json:"code"`
	Goldstein float64 `json:"goldstein"`
}

func ploverActors(p *text.Participant) []ploverActor {
	if p == nil {
		return []ploverActor{}
	}
	code := p.Code
	if len(code) > 3 {
		code = code[:3]
	}
	sector := ""
	if len(p.Sectors) > 0 {
		sector = p.Sectors[0]
	}
	return []ploverActor{{Code: code, Sector: sector, ActorText: p.Text, IdentifierID: p.ID, IdentifierText: p.Name}}
}

func (p *plover) Event(r *store.EventRecord) error {
	e := &r.Event
	modality := e.Modality
	if modality == "" {
		modality = text.Asserted
	}
	rec := ploverRecord{
		ID:         eventID(r),
		Date:       dateOnly(eventDay(r)),
		Source:     ploverActors(e.Source),
		Recipient:  ploverActors(e.Target),
		Event:      []string{e.PLOVER.Type},
		EventText:  []string{e.Text},
		QuadCode:   e.CAMEO.QuadClass,
		EventScale: e.CAMEO.Goldstein,
		Mode:       e.PLOVER.Mode,
		Context:    e.PLOVER.Context,
		Modality:   string(modality),
		TextInfo:   ploverTextInfo{Sequence: e.Sentence + 1},
		Trigger:    jsonSpanText{Text: e.Evidence.Verb.Text, Span: e.Evidence.Verb.Span},
		CiteInfo: ploverCiteInfo{Citation: r.Doc.Key, URL: r.Doc.URL, Title: r.Doc.Title, Language: "en",
			Publication: r.Doc.Outlet, Coder: p.opts.Coder, Codebook: "plover-2.0"},
		Coder: p.opts.Coder,
		Extra: ploverCAMEOExtra{Code: e.CAMEO.Code, Goldstein: e.CAMEO.Goldstein},
	}
	if pl := e.Place; pl != nil {
		rec.EventLoc = &ploverLocation{GeonameID: pl.GeoNamesID, Name: pl.Name, Latitude: pl.Lat, Longitude: pl.Lon,
			FeatureCls: pl.FeatureClass, CC3: pl.Country, Admin1Code: pl.Admin1, PlaceText: pl.Text,
			PlaceStart: pl.Span.Start, PlaceEndOff: pl.Span.End}
	}
	return p.enc.Encode(&rec)
}
