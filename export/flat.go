package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// Row is Parley's flat event table, one row per event mention: the columns
// of the csv and parquet formats, in order. Spans are byte offsets [start,
// end) into the document text; dates are UTC days; lists (sectors, PLOVER
// contexts) are ';'-separated in CSV and LIST columns in Parquet; absent
// values are empty in CSV and null in Parquet. QuadClass follows GDELT's
// mapping of CAMEO roots.
type Row struct {
	EventID       int64   `parquet:"event_id" csv:"event_id"`
	ClusterID     *int64  `parquet:"cluster_id,optional" csv:"cluster_id"`
	EventKey      string  `parquet:"event_key" csv:"event_key"`
	Group         string  `parquet:"group" csv:"group"`
	DocID         int64   `parquet:"doc_id" csv:"doc_id"`
	DocKey        string  `parquet:"doc_key" csv:"doc_key"`
	URL           string  `parquet:"url" csv:"url"`
	Outlet        string  `parquet:"outlet" csv:"outlet"`
	Published     *int64  `parquet:"published,optional,timestamp(millisecond)" csv:"published"`
	Date          *int32  `parquet:"date,optional,date" csv:"date"`
	SentenceIndex int32   `parquet:"sentence_index" csv:"sentence_index"`
	Sentence      string  `parquet:"sentence" csv:"sentence"`
	CAMEOCode     string  `parquet:"cameo_code" csv:"cameo_code"`
	CAMEORoot     string  `parquet:"cameo_root" csv:"cameo_root"`
	CAMEOName     string  `parquet:"cameo_name" csv:"cameo_name"`
	Goldstein     float64 `parquet:"goldstein" csv:"goldstein"`
	QuadClass     int32   `parquet:"quad_class" csv:"quad_class"`
	PLOVERType    string  `parquet:"plover_type" csv:"plover_type"`
	PLOVERMode    string  `parquet:"plover_mode" csv:"plover_mode"`
	// PLOVERContext is never nil in Parquet (an empty list instead).
	PLOVERContext  []string `parquet:"plover_context,list" csv:"plover_context"`
	SourceCode     *string  `parquet:"source_code,optional" csv:"source_code"`
	SourceName     *string  `parquet:"source_name,optional" csv:"source_name"`
	SourceCountry  *string  `parquet:"source_country,optional" csv:"source_country"`
	SourceSectors  []string `parquet:"source_sectors,list" csv:"source_sectors"`
	SourceKind     *string  `parquet:"source_kind,optional" csv:"source_kind"`
	SourceText     *string  `parquet:"source_text,optional" csv:"source_text"`
	SourceStart    *int32   `parquet:"source_start,optional" csv:"source_start"`
	SourceEnd      *int32   `parquet:"source_end,optional" csv:"source_end"`
	TargetCode     *string  `parquet:"target_code,optional" csv:"target_code"`
	TargetName     *string  `parquet:"target_name,optional" csv:"target_name"`
	TargetCountry  *string  `parquet:"target_country,optional" csv:"target_country"`
	TargetSectors  []string `parquet:"target_sectors,list" csv:"target_sectors"`
	TargetKind     *string  `parquet:"target_kind,optional" csv:"target_kind"`
	TargetText     *string  `parquet:"target_text,optional" csv:"target_text"`
	TargetStart    *int32   `parquet:"target_start,optional" csv:"target_start"`
	TargetEnd      *int32   `parquet:"target_end,optional" csv:"target_end"`
	Modality       string   `parquet:"modality" csv:"modality"`
	Verb           string   `parquet:"verb" csv:"verb"`
	VerbStart      int32    `parquet:"verb_start" csv:"verb_start"`
	VerbEnd        int32    `parquet:"verb_end" csv:"verb_end"`
	Rule           string   `parquet:"rule" csv:"rule"`
	PlaceName      *string  `parquet:"place_name,optional" csv:"place_name"`
	PlaceCountry   *string  `parquet:"place_country,optional" csv:"place_country"`
	PlaceAdmin1    *string  `parquet:"place_admin1,optional" csv:"place_admin1"`
	PlaceLat       *float64 `parquet:"place_lat,optional" csv:"place_lat"`
	PlaceLon       *float64 `parquet:"place_lon,optional" csv:"place_lon"`
	PlaceGeoNameID *int64   `parquet:"place_geonames_id,optional" csv:"place_geonames_id"`
	PlaceText      *string  `parquet:"place_text,optional" csv:"place_text"`
	Tone           float64  `parquet:"tone" csv:"tone"`
	DocTone        float64  `parquet:"doc_tone" csv:"doc_tone"`
}

// FlatColumns returns the column names of Row, in order.
func FlatColumns() []string {
	t := reflect.TypeFor[Row]()
	out := make([]string, t.NumField())
	for i := range out {
		out[i] = t.Field(i).Tag.Get("csv")
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// FlatRow returns the Row of an event mention.
func FlatRow(r *store.EventRecord) Row {
	e := &r.Event
	row := Row{
		EventID: r.ID, EventKey: e.ID, Group: e.Group, DocID: r.Doc.ID, DocKey: r.Doc.Key,
		URL: r.Doc.URL, Outlet: r.Doc.Outlet, SentenceIndex: int32(e.Sentence), Sentence: e.Text,
		CAMEOCode: e.CAMEO.Code, CAMEORoot: e.CAMEO.Root, CAMEOName: e.CAMEO.Name,
		Goldstein: e.CAMEO.Goldstein, QuadClass: int32(e.CAMEO.QuadClass),
		PLOVERType: e.PLOVER.Type, PLOVERMode: e.PLOVER.Mode, PLOVERContext: nonNil(e.PLOVER.Context),
		SourceSectors: nonNil(sectorsOf(e.Source)), TargetSectors: nonNil(sectorsOf(e.Target)),
		Modality: string(e.Modality), Verb: e.Evidence.Verb.Text,
		VerbStart: int32(e.Evidence.Verb.Span.Start), VerbEnd: int32(e.Evidence.Verb.Span.End),
		Rule: e.Evidence.Rule, Tone: e.Tone.Tone, DocTone: r.Doc.Tone.Tone,
	}
	if row.Modality == "" {
		row.Modality = string(text.Asserted)
	}
	if r.ClusterID != 0 {
		row.ClusterID = ptr(r.ClusterID)
	}
	if !r.Doc.Date.IsZero() {
		row.Published = ptr(r.Doc.Date.UnixMilli())
	}
	if d := eventDay(r); !d.IsZero() {
		row.Date = ptr(int32(d.Unix() / 86400))
	}
	if p := e.Source; p != nil {
		row.SourceCode, row.SourceName, row.SourceCountry, row.SourceKind = &p.Code, &p.Name, &p.Country, ptr(string(p.Kind))
		row.SourceText, row.SourceStart, row.SourceEnd = &p.Text, ptr(int32(p.Span.Start)), ptr(int32(p.Span.End))
	}
	if p := e.Target; p != nil {
		row.TargetCode, row.TargetName, row.TargetCountry, row.TargetKind = &p.Code, &p.Name, &p.Country, ptr(string(p.Kind))
		row.TargetText, row.TargetStart, row.TargetEnd = &p.Text, ptr(int32(p.Span.Start)), ptr(int32(p.Span.End))
	}
	if p := e.Place; p != nil {
		row.PlaceName, row.PlaceCountry, row.PlaceAdmin1 = &p.Name, &p.Country, &p.Admin1
		row.PlaceLat, row.PlaceLon, row.PlaceGeoNameID, row.PlaceText = &p.Lat, &p.Lon, ptr(int64(p.GeoNamesID)), &p.Text
	}
	return row
}

// Strings returns the CSV fields of the row.
func (r *Row) Strings() []string {
	v := reflect.ValueOf(r).Elem()
	out := make([]string, v.NumField())
	for i := range out {
		out[i] = csvField(v.Field(i), v.Type().Field(i).Name)
	}
	return out
}

func csvField(f reflect.Value, name string) string {
	if f.Kind() == reflect.Pointer {
		if f.IsNil() {
			return ""
		}
		f = f.Elem()
	}
	switch name {
	case "Published":
		return time.UnixMilli(f.Int()).UTC().Format(time.RFC3339)
	case "Date":
		return time.Unix(f.Int()*86400, 0).UTC().Format(time.DateOnly)
	}
	switch f.Kind() {
	case reflect.String:
		return f.String()
	case reflect.Int32, reflect.Int64:
		return strconv.FormatInt(f.Int(), 10)
	case reflect.Float64:
		return formatFloat(f.Float())
	case reflect.Slice:
		return strings.Join(f.Interface().([]string), ";")
	}
	return fmt.Sprint(f.Interface())
}

// csvEncoder writes the flat table as RFC 4180 CSV with a header.
type csvEncoder struct {
	bw     *bufio.Writer
	w      *csv.Writer
	header bool
}

func newCSV(w io.Writer) *csvEncoder {
	bw := bufio.NewWriterSize(w, 64<<10)
	return &csvEncoder{bw: bw, w: csv.NewWriter(bw)}
}

func (c *csvEncoder) Event(r *store.EventRecord) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(FlatColumns()); err != nil {
			return err
		}
	}
	row := FlatRow(r)
	return c.w.Write(row.Strings())
}

func (c *csvEncoder) Close() error {
	if !c.header {
		c.header = true
		if err := c.w.Write(FlatColumns()); err != nil {
			return err
		}
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.bw.Flush()
}

// parquetEncoder writes the flat table as Parquet, Snappy-compressed, in
// row groups of parquetRowGroup rows so that memory stays bounded.
type parquetEncoder struct {
	w     *parquet.GenericWriter[Row]
	buf   []Row
	group int // rows in the current row group
}

const parquetRowGroup = 64 << 10

func newParquet(w io.Writer) *parquetEncoder {
	pw := parquet.NewGenericWriter[Row](w,
		parquet.Compression(&parquet.Snappy),
		parquet.KeyValueMetadata("parley.quad_class_mapping", "gdelt"),
		parquet.KeyValueMetadata("parley.spans", "byte offsets [start, end) into the document text"),
	)
	return &parquetEncoder{w: pw, buf: make([]Row, 0, 1024)}
}

func (p *parquetEncoder) Event(r *store.EventRecord) error {
	p.buf = append(p.buf, FlatRow(r))
	if len(p.buf) == cap(p.buf) {
		return p.flushRows()
	}
	return nil
}

func (p *parquetEncoder) flushRows() error {
	if len(p.buf) == 0 {
		return nil
	}
	if _, err := p.w.Write(p.buf); err != nil {
		return fmt.Errorf("write parquet rows: %w", err)
	}
	p.group += len(p.buf)
	p.buf = p.buf[:0]
	if p.group >= parquetRowGroup {
		p.group = 0
		if err := p.w.Flush(); err != nil {
			return fmt.Errorf("write parquet row group: %w", err)
		}
	}
	return nil
}

func (p *parquetEncoder) Close() error {
	if err := p.flushRows(); err != nil {
		return err
	}
	if err := p.w.Close(); err != nil {
		return fmt.Errorf("close parquet: %w", err)
	}
	return nil
}
