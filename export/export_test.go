package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/parleyproject/parley/export"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/store/storetest"
	"github.com/parleyproject/parley/text"
)

var added = time.Date(2023, 6, 19, 10, 15, 0, 0, time.UTC)

// knownStore returns a store holding storetest.KnownDocument.
func knownStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"),
		sqlite.Options{Now: func() time.Time { return added }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	storetest.Put(t, db, storetest.KnownDocument())
	return db
}

func exportString(t *testing.T, st store.Reader, format string, f store.EventFilter) string {
	t.Helper()
	var b bytes.Buffer
	if _, err := export.Export(context.Background(), st, format, f, &b, export.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

func TestGDELTColumns(t *testing.T) {
	c := export.GDELTColumns
	if len(c) != 61 {
		t.Fatalf("%d GDELT columns, want 61", len(c))
	}
	// Spot checks against the GDELT 2.0 event codebook, by 0-based index.
	for i, want := range map[int]string{
		0: "GlobalEventID", 1: "Day", 4: "FractionDate", 5: "Actor1Code", 14: "Actor1Type3Code",
		15: "Actor2Code", 24: "Actor2Type3Code", 25: "IsRootEvent", 26: "EventCode", 27: "EventBaseCode",
		28: "EventRootCode", 29: "QuadClass", 30: "GoldsteinScale", 31: "NumMentions", 34: "AvgTone",
		35: "Actor1Geo_Type", 39: "Actor1Geo_ADM2Code", 42: "Actor1Geo_FeatureID", 43: "Actor2Geo_Type",
		51: "ActionGeo_Type", 53: "ActionGeo_CountryCode", 57: "ActionGeo_Long", 58: "ActionGeo_FeatureID",
		59: "DATEADDED", 60: "SOURCEURL",
	} {
		if c[i] != want {
			t.Errorf("column %d is %s, want %s", i+1, c[i], want)
		}
	}
	if len(export.MentionsColumns) != 16 || len(export.POLECATColumns) != 40 || len(export.ICEWSColumns) != 20 {
		t.Errorf("mentions %d, polecat %d, icews %d columns; want 16, 40, 20",
			len(export.MentionsColumns), len(export.POLECATColumns), len(export.ICEWSColumns))
	}
}

func TestGDELTRoundTrip(t *testing.T) {
	db := knownStore(t)
	out := exportString(t, db, "gdelt", store.EventFilter{})
	rows := lines(out)
	if len(rows) != 1 {
		t.Fatalf("%d rows, want 1 (the negated threat is not an event):\n%s", len(rows), out)
	}
	f := strings.Split(rows[0], "\t")
	if len(f) != 61 {
		t.Fatalf("%d fields, want 61", len(f))
	}
	var c []store.Cluster
	db.ScanClusters(context.Background(), store.EventFilter{}, func(x *store.Cluster) error { c = append(c, *x); return nil })
	want := map[string]string{
		"GlobalEventID": itoa(c[0].ID), "Day": "20230619", "MonthYear": "202306", "Year": "2023", "FractionDate": "2023.4658",
		"Actor1Code": "USAGOV", "Actor1Name": "ANTONY BLINKEN", "Actor1CountryCode": "USA", "Actor1Type1Code": "GOV",
		"Actor2Code": "CHNGOV", "Actor2Name": "XI JINPING", "Actor2CountryCode": "CHN", "Actor2Type2Code": "",
		"IsRootEvent": "1", "EventCode": "040", "EventBaseCode": "040", "EventRootCode": "04", "QuadClass": "1",
		"GoldsteinScale": "1", "NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": "2.2",
		"Actor1Geo_Type": "0", "Actor2Geo_FullName": "",
		"ActionGeo_Type": "4", "ActionGeo_FullName": "Beijing, China", "ActionGeo_CountryCode": "CH",
		"ActionGeo_ADM1Code": "CH22", "ActionGeo_ADM2Code": "", "ActionGeo_Lat": "39.9075", "ActionGeo_Long": "116.39723",
		"ActionGeo_FeatureID": "1816670", "DATEADDED": "20230619101500",
		"SOURCEURL": "https://news.example.com/2023/06/19/blinken-xi",
	}
	for i, col := range export.GDELTColumns {
		if w, ok := want[col]; ok && f[i] != w {
			t.Errorf("%s = %q, want %q", col, f[i], w)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestMentionsRoundTrip(t *testing.T) {
	db := knownStore(t)
	rows := lines(exportString(t, db, "mentions", store.EventFilter{}))
	if len(rows) != 1 {
		t.Fatalf("%d rows, want 1", len(rows))
	}
	f := strings.Split(rows[0], "\t")
	want := []string{"", "20230619101500", "20230619083000", "1", "example-news",
		"https://news.example.com/2023/06/19/blinken-xi", "1", "0", "12", "8", "1", "100", "142", "2.2", "", ""}
	if len(f) != 16 {
		t.Fatalf("%d fields, want 16", len(f))
	}
	for i := 1; i < 16; i++ {
		if f[i] != want[i] {
			t.Errorf("%s = %q, want %q", export.MentionsColumns[i], f[i], want[i])
		}
	}
	if f[0] == "0" || f[0] == "" {
		t.Errorf("GlobalEventID = %q", f[0])
	}
}

// wantJSON is the first event of the known document in contract 1.
const wantJSON = `{"id":"doc-1:s0:e0","group":"doc-1:s0:g0","doc_id":"doc-1","sentence_index":0,` +
	`"sentence":"Blinken met Chinese President Xi Jinping in Beijing on Monday.","date":"2023-06-19",` +
	`"cameo":{"code":"040","root":"04","name":"Consult","goldstein":1,"quad_class":1},` +
	`"plover":{"type":"CONSULT","mode":"visit","context":["diplomatic"]},` +
	`"source":{"text":"Blinken","code":"USAGOV","country":"USA","sectors":["GOV"],"name":"Antony Blinken","span":[0,7]},` +
	`"target":{"text":"Chinese President Xi Jinping","code":"CHNGOV","country":"CHN","sectors":["GOV"],"name":"Xi Jinping","span":[12,40]},` +
	`"modality":"asserted","evidence":{"verb":{"text":"met","span":[8,11]},"rule":"verbs/consult.yaml#meet-with",` +
	`"date":{"text":"on Monday","span":[52,61],"value":"2023-06-19","granularity":"day","rule":"weekday"}},` +
	`"place":{"text":"Beijing","span":[44,51],"name":"Beijing","country":"CHN","admin1":"22","lat":39.9075,"lon":116.39723,` +
	`"geonames_id":1816670,"feature_class":"P","rule":"gazetteer"},` +
	`"tone":{"tone":0,"positive":0,"negative":0,"polarity":0,"word_count":11}}`

func TestJSONLRoundTrip(t *testing.T) {
	db := knownStore(t)
	rows := lines(exportString(t, db, "jsonl", store.EventFilter{Modalities: store.AllModalities}))
	if len(rows) != 2 {
		t.Fatalf("%d lines, want 2", len(rows))
	}
	if rows[0] != wantJSON {
		t.Errorf("got  %s\nwant %s", rows[0], wantJSON)
	}
	if !strings.Contains(rows[1], `"modality":"negated"`) || !strings.Contains(rows[1], `"mode":"","context":[]`) ||
		!strings.Contains(rows[1], `"place":null`) || !strings.Contains(rows[1], `"date":{"text":"","span":null,"value":"2023-06-19"`) {
		t.Errorf("second event: %s", rows[1])
	}
	// Straight from the pipeline, without a target.
	doc := storetest.KnownDocument()
	doc.Events[0].Target = nil
	recs := export.RecordsOf(doc)
	b, err := export.EventJSON(&recs[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"target":null`) {
		t.Errorf("no null target: %s", b)
	}
}

func TestTabularRoundTrip(t *testing.T) {
	db := knownStore(t)
	for _, c := range []struct {
		format string
		cols   []string
		want   map[string]string
	}{
		{"polecat", export.POLECATColumns, map[string]string{
			"Event ID": "doc-1:s0:e0", "Event Date": "2023-06-19", "Event Type": "CONSULT", "Event Mode": "visit",
			"Intensity": "1", "Quad Code": "1", "Contexts": "diplomatic", "Actor Name": "Antony Blinken",
			"Actor Country": "USA", "Primary Actor Sector": "GOV", "Actor Name Raw": "Blinken",
			"Recipient Name": "Xi Jinping", "Recipient Country": "CHN", "Placename": "Beijing", "City": "Beijing",
			"Province": "22", "Country": "CHN", "Latitude": "39.9075", "GeoNames ID": "1816670",
			"Source": "example-news", "Publication Date": "2023-06-19", "Language": "en"}},
		{"icews", export.ICEWSColumns, map[string]string{
			"Event ID": "doc-1:s0:e0", "Event Date": "2023-06-19", "Source Name": "Antony Blinken",
			"Source Sectors": "GOV", "Source Country": "USA", "Event Text": "Consult", "CAMEO Code": "040",
			"Intensity": "1", "Target Name": "Xi Jinping", "Target Country": "CHN", "Story ID": "doc-1",
			"Sentence Number": "1", "Publisher": "example-news", "City": "Beijing", "Country": "CHN", "Longitude": "116.39723"}},
	} {
		t.Run(c.format, func(t *testing.T) {
			rows := lines(exportString(t, db, c.format, store.EventFilter{Modalities: store.AllModalities}))
			if len(rows) != 2 {
				t.Fatalf("%d lines, want header and 1 row", len(rows))
			}
			if rows[0] != strings.Join(c.cols, "\t") {
				t.Errorf("header %q", rows[0])
			}
			f := strings.Split(rows[1], "\t")
			if len(f) != len(c.cols) {
				t.Fatalf("%d fields, want %d", len(f), len(c.cols))
			}
			for i, col := range c.cols {
				if w, ok := c.want[col]; ok && f[i] != w {
					t.Errorf("%s = %q, want %q", col, f[i], w)
				}
			}
		})
	}
}

func TestPLOVERRoundTrip(t *testing.T) {
	db := knownStore(t)
	rows := lines(exportString(t, db, "plover", store.EventFilter{}))
	if len(rows) != 1 {
		t.Fatalf("%d lines, want 1", len(rows))
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(rows[0]), &rec); err != nil {
		t.Fatal(err)
	}
	src := rec["source"].([]any)[0].(map[string]any)
	loc := rec["event_loc"].(map[string]any)
	if rec["id"] != "doc-1:s0:e0" || rec["date"] != "2023-06-19" || !reflect.DeepEqual(rec["event"], []any{"CONSULT"}) ||
		rec["mode"] != "visit" || rec["quad_code"] != 1.0 || src["code"] != "USA" || src["sector"] != "GOV" ||
		src["actor_text"] != "Blinken" || loc["geonameid"] != 1816670.0 || loc["cc3"] != "CHN" {
		t.Errorf("record = %s", rows[0])
	}
}

func TestCSVAndParquetRoundTrip(t *testing.T) {
	db := knownStore(t)
	f := store.EventFilter{Modalities: store.AllModalities}
	var want []export.Row
	db.ScanEvents(context.Background(), f, func(r *store.EventRecord) error {
		want = append(want, export.FlatRow(r))
		return nil
	})
	recs, err := csv.NewReader(strings.NewReader(exportString(t, db, "csv", f))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || !slices.Equal(recs[0], export.FlatColumns()) {
		t.Fatalf("csv: %d records, header %v", len(recs), recs[0])
	}
	col := func(rec []string, name string) string { return rec[slices.Index(recs[0], name)] }
	if col(recs[1], "cameo_code") != "040" || col(recs[1], "date") != "2023-06-19" || col(recs[1], "source_start") != "0" ||
		col(recs[1], "target_end") != "40" || col(recs[1], "place_geonames_id") != "1816670" ||
		col(recs[2], "place_name") != "" || col(recs[2], "modality") != "negated" || col(recs[1], "plover_context") != "diplomatic" ||
		col(recs[1], "published") != "2023-06-19T08:30:00Z" {
		t.Errorf("csv rows: %v", recs[1:])
	}

	data := exportString(t, db, "parquet", f)
	file, err := parquet.OpenFile(strings.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(file.Schema().Fields()); n != len(export.FlatColumns()) {
		t.Errorf("parquet has %d columns, want %d", n, len(export.FlatColumns()))
	}
	r := parquet.NewGenericReader[export.Row](file)
	got := make([]export.Row, 3)
	n, err := r.Read(got)
	if err != nil && err != io.EOF {
		t.Fatal(err)
	}
	if n != 2 {
		t.Fatalf("read %d parquet rows, want 2", n)
	}
	if !reflect.DeepEqual(got[:2], want) {
		t.Errorf("parquet round trip:\n got %+v\nwant %+v", got[:2], want)
	}
}

func TestExportFilters(t *testing.T) {
	db := knownStore(t)
	for _, c := range []struct {
		f    store.EventFilter
		want int
	}{
		{store.EventFilter{Modalities: store.AllModalities}, 2},
		{store.EventFilter{Modalities: store.AllModalities, Root: "13"}, 1},
		{store.EventFilter{Modalities: store.AllModalities, Actor: "TWN"}, 1},
		{store.EventFilter{Actor: "TWN"}, 0},
		{store.EventFilter{Country: "USA"}, 1},
		{store.EventFilter{Code: "04", QuadClass: 1}, 1},
		{store.EventFilter{QuadClass: 2}, 0},
		{store.EventFilter{From: added.AddDate(0, 0, 1)}, 0},
		{store.EventFilter{To: added}, 1},
	} {
		out := exportString(t, db, "jsonl", c.f)
		n := strings.Count(out, "\n")
		if n != c.want {
			t.Errorf("filter %+v: %d events, want %d", c.f, n, c.want)
		}
	}
	if _, err := export.New("xml", io.Discard, export.Options{}); err == nil {
		t.Error("format xml: no error")
	}
}

// Events straight from the pipeline: each asserted event is its own GDELT
// event, numbered from 1.
func TestGDELTFromPipeline(t *testing.T) {
	var b bytes.Buffer
	enc, err := export.New("gdelt", &b, export.Options{Added: added})
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range storetest.Coded(t, 5, 0, 3) {
		for _, r := range export.RecordsOf(doc) {
			if err := enc.Event(&r); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	rows := lines(b.String())
	for i, row := range rows {
		f := strings.Split(row, "\t")
		if len(f) != 61 || f[0] != itoa(int64(i+1)) || len(f[26]) < 3 || f[26][0] != '0' && f[26][0] != '1' && f[26][0] != '2' {
			t.Fatalf("row %d: %q", i, row)
		}
	}
	if len(rows) < 10 {
		t.Errorf("%d rows", len(rows))
	}
}

func TestCountries(t *testing.T) {
	c, err := export.DefaultCountries()
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 240 {
		t.Errorf("%d countries", c.Len())
	}
	for iso, fips := range map[string]string{"USA": "US", "CHN": "CH", "DEU": "GM", "GBR": "UK", "RUS": "RS",
		"ISR": "IS", "PSE": "WE", "ZAF": "SF", "CHE": "SZ", "AUS": "AS", "AUT": "AU", "XKX": "KV", "NOR": "NO"} {
		if got := c.FIPS(iso); got != fips {
			t.Errorf("FIPS(%s) = %q, want %q", iso, got, fips)
		}
	}
	for _, bad := range []struct{ in, err string }{
		{"iso3\tfips\tname\nUSA\tUS\n", "t.tsv:2: 2 fields"},
		{"iso3\tfips\tname\nusa\tUS\tx\n", "t.tsv:2: ISO code"},
		{"# c\niso3\tfips\tname\nUSA\tUS\tx\nUSA\tUS\tx\n", "t.tsv:4: USA listed twice"},
		{"code\tname\n", "t.tsv:1: header"},
		{"", "t.tsv: no header"},
	} {
		_, err := export.LoadCountries(strings.NewReader(bad.in), "t.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), bad.err) {
			t.Errorf("LoadCountries(%q) error %v, want %q", bad.in, err, bad.err)
		}
	}
}

func FuzzLoadCountries(f *testing.F) {
	f.Add("iso3\tfips\tname\nUSA\tUS\tUnited States\n")
	f.Add("# x\n\niso3\tfips\tname\r\nALA\t\tAland\n")
	f.Add("iso3\tfips\tname\nUS\tUSA\tx\n")
	f.Fuzz(func(t *testing.T, in string) {
		c, err := export.LoadCountries(strings.NewReader(in), "f.tsv")
		if err == nil && c == nil {
			t.Fatal("nil table without error")
		}
		if err != nil && !strings.HasPrefix(err.Error(), "f.tsv") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}

// A region has no ISO country, but GDELT's country column takes its CAMEO
// code.
func TestGDELTRegionCountry(t *testing.T) {
	var b bytes.Buffer
	enc, err := export.New("gdelt", &b, export.Options{Added: added})
	if err != nil {
		t.Fatal(err)
	}
	doc := &text.Document{ID: "d1", Text: "European leaders met Chinese officials.", Date: time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC)}
	doc.Events = []text.Event{{
		ID: "d1:s0:e0", DocID: "d1", Date: doc.Date, Modality: text.Asserted,
		CAMEO:  text.CAMEO{Code: "040", Root: "04", QuadClass: 1, Goldstein: 1},
		Source: &text.Participant{Text: "European leaders", Actor: text.Actor{Code: "EURGOV", Sectors: []string{"GOV"}, Kind: text.KindRegion}},
		Target: &text.Participant{Text: "Chinese officials", Actor: text.Actor{Code: "CHNGOV", Country: "CHN", Sectors: []string{"GOV"}, Kind: text.KindCountry}},
	}}
	for _, r := range export.RecordsOf(doc) {
		if err := enc.Event(&r); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	f := strings.Split(lines(b.String())[0], "\t")
	got := map[string]string{}
	for i, col := range export.GDELTColumns {
		got[col] = f[i]
	}
	if got["Actor1Code"] != "EURGOV" || got["Actor1CountryCode"] != "EUR" || got["Actor2CountryCode"] != "CHN" {
		t.Errorf("Actor1Code %q, Actor1CountryCode %q, Actor2CountryCode %q", got["Actor1Code"], got["Actor1CountryCode"], got["Actor2CountryCode"])
	}
}
