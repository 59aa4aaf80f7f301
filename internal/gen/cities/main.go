// Command cities generates actor/data/cities.gen.txt: the cities that stand
// for their country in news ("Shenyang police", "authorities in Sialkot"),
// beyond the few that countries.txt lists by hand. It reads them from
// Parley's place gazetteer (attr/place/gazetteer.tsv, GeoNames CC BY 4.0)
// and keeps a city only when its name is safe to read as that city:
//
//   - a populated place of at least -min people (default 100,000), not a
//     national capital (countries.txt names the capitals by hand);
//   - no other place of the gazetteer by the same name, in another country
//     or a region anywhere, with a tenth of its population or more
//     ("Hyderabad", "Punjab", "Victoria" stay out);
//   - not already a form of the actor dictionary, of any kind, nor a given
//     name or the last word of a person's name there ("Hamilton",
//     "Charlotte");
//   - not a word the Universal Dependencies treebanks write in lower case
//     ("Mobile", "Split", "Reading"), and at least four letters long;
//   - not in the hand-kept exclusion list beside this file (exclude.txt);
//   - not in a country whose towns are mostly named for people and things in
//     English (the United States, Britain, Canada, Australia, New Zealand,
//     Ireland: "Chandler", "Providence", "Derby", "Surrey") or share their
//     names with families (Japan: "Sakai", "Mishima", "Hino"), whose main
//     cities countries.txt names by hand;
//   - a name of several words does not open with a given name ("Miguel
//     Hidalgo", "Benito Juarez": boroughs named for people).
//
// Usage, from the module root (the treebanks are found as tests find
// ../shared):
//
//	go run ./internal/gen/cities [-min N] [-gazetteer FILE] [-data actor/data] [-exclude FILE] [-out actor/data/cities.gen.txt]
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/parleyproject/parley/actor"
	geo "github.com/parleyproject/parley/attr/place"
	"github.com/parleyproject/parley/internal/datafile"
	"github.com/parleyproject/parley/internal/shareddata"
)

func main() {
	minPop := flag.Int("min", 100000, "smallest population of a city kept")
	gazetteer := flag.String("gazetteer", "attr/place/gazetteer.tsv", "place gazetteer")
	data := flag.String("data", "actor/data", "directory of the actor dictionary")
	exclude := flag.String("exclude", "internal/gen/cities/exclude.txt", "city names never to list")
	out := flag.String("out", "actor/data/cities.gen.txt", "output file")
	flag.Parse()
	if err := run(*minPop, *gazetteer, *data, *exclude, *out); err != nil {
		fmt.Fprintln(os.Stderr, "cities:", err)
		os.Exit(1)
	}
}

// place is one row of the gazetteer.
type place struct {
	name, class, code, country string
	names                      []string // name and alternate names
	population                 int
}

func run(minPop int, gazetteer, data, exclude, out string) error {
	places, err := readGazetteer(gazetteer)
	if err != nil {
		return err
	}
	taken, given, err := actorForms(data, filepath.Base(out))
	if err != nil {
		return err
	}
	excluded, err := readList(exclude)
	if err != nil {
		return err
	}
	shared, err := shareddata.Find()
	if err != nil {
		return err
	}
	common, err := lowercaseWords(filepath.Join(shared, "data", "ud"))
	if err != nil {
		return err
	}
	cities := choose(places, minPop, func(name string) bool {
		k := key(name)
		first, _, several := strings.Cut(k, " ")
		return taken[k] || excluded[k] || common[k] || len([]rune(k)) < 4 || several && given[first]
	})
	return write(out, cities, minPop)
}

// choose returns, by country, the names of the places of at least minPop
// people that no other place shares and that skip does not reject.
func choose(places []place, minPop int, skip func(string) bool) map[string][]string {
	// The largest rival of each name: a place of another country or a
	// region, which the name may mean as well.
	byName := make(map[string][]*place)
	for i := range places {
		p := &places[i]
		for _, n := range p.names {
			k := key(n)
			byName[k] = append(byName[k], p)
		}
	}
	cities := make(map[string][]string)
	for i := range places {
		p := &places[i]
		if p.class != "P" || p.code == "PPLC" || p.code == "PPLG" || p.population < minPop || leftOut[p.country] {
			continue
		}
		seen := make(map[string]bool)
		for _, n := range p.names {
			k := key(n)
			if seen[k] || !plainName(n) || skip(n) {
				continue
			}
			seen[k] = true
			if rivalled(p, byName[k]) {
				continue
			}
			cities[p.country] = append(cities[p.country], n)
		}
	}
	return cities
}

// leftOut holds the countries left out (see the package comment).
var leftOut = map[string]bool{"USA": true, "GBR": true, "CAN": true, "AUS": true, "NZL": true, "IRL": true, "JPN": true}

// rivalled reports whether a place other than p in others, of another
// country or a region, has a tenth of p's population or more.
func rivalled(p *place, others []*place) bool {
	for _, o := range others {
		if o == p {
			continue
		}
		if o.class == "A" || (o.country != p.country && o.population*10 >= p.population) {
			return true
		}
	}
	return false
}

// plainName reports whether n is written in letters, spaces, hyphens and
// apostrophes only, each word starting with a capital: the forms the actor
// dictionary matches as written.
func plainName(n string) bool {
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' }) {
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) {
			return false
		}
		for _, r := range rs {
			if !unicode.IsLetter(r) && r != '\'' {
				return false
			}
		}
	}
	return n != ""
}

// key is the form a name is compared by: lower case, accents removed,
// hyphens read as spaces, periods and apostrophes dropped.
func key(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if folded, _, err := transform.String(t, s); err == nil {
		s = folded
	}
	s = strings.ToLower(s)
	s = strings.NewReplacer("-", " ", ".", "", "'", "", "’", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func readGazetteer(path string) ([]place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	defer f.Close()
	var places []place
	err = geo.ReadEntries(f, path, func(e geo.Entry, alternates []string) {
		p := place{name: e.Name, class: e.Class, code: e.Code, country: e.Country, population: int(e.Population), names: []string{e.Name}}
		for _, a := range alternates {
			// A name in capitals only is an abbreviation (UAE), and one
			// ending in a period goes after a comma (Calif.).
			if a != strings.ToUpper(a) && !strings.HasSuffix(a, ".") {
				p.names = append(p.names, a)
			}
		}
		places = append(places, p)
	})
	if err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	return places, nil
}

// actorForms returns the keys of every form of the actor dictionary in dir
// (but the output file's), with the last words of people's names, and the
// keys of its given names.
func actorForms(dir, skipFile string) (taken, given map[string]bool, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, nil, fmt.Errorf("actor dictionary: %w", err)
	}
	taken, given = make(map[string]bool), make(map[string]bool)
	for _, file := range files {
		if filepath.Base(file) == skipFile {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, nil, fmt.Errorf("actor dictionary: %w", err)
		}
		entries, err := actor.ReadEntries(file, data)
		if err != nil {
			return nil, nil, err
		}
		for _, e := range entries {
			if e.Kind == "given" || e.Kind == "class" && strings.HasPrefix(e.Key, "given-name") {
				if e.Kind == "given" {
					given[key(e.Key)] = true
				}
				for _, v := range e.Values("form") {
					given[key(v)] = true
				}
			}
			if e.Kind == "person" {
				if words := strings.Fields(e.Key); len(words) > 0 {
					taken[key(words[len(words)-1])] = true
				}
			} else {
				taken[key(e.Key)] = true
			}
			for _, f := range e.Fields {
				for _, v := range e.Values(f.Name) {
					taken[key(v)] = true
				}
			}
		}
	}
	return taken, given, nil
}

// lowercaseWords returns the words the treebanks of dir write in lower case.
func lowercaseWords(dir string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.conllu.gz"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no treebanks in %s", dir)
	}
	words := make(map[string]bool)
	for _, file := range files {
		if err := eachForm(file, func(form string) {
			if form != "" && form == strings.ToLower(form) {
				words[key(form)] = true
			}
		}); err != nil {
			return nil, err
		}
	}
	return words, nil
}

// eachForm calls fn with the FORM of every word line of a gzipped CoNLL-U
// file.
func eachForm(file string, fn func(string)) error {
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("read treebank: %w", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("read treebank %s: %w", file, err)
	}
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if cols := strings.SplitN(line, "\t", 3); len(cols) == 3 {
			fn(cols[1])
		}
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		return fmt.Errorf("read treebank %s: %w", file, err)
	}
	return nil
}

// readList reads one name a line; # starts a comment.
func readList(path string) (map[string]bool, error) {
	list := make(map[string]bool)
	err := datafile.EachListLine(path, func(line string) error {
		list[key(line)] = true
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read exclusions: %w", err)
	}
	return list, nil
}

func write(path string, cities map[string][]string, minPop int) error {
	var b strings.Builder
	fmt.Fprintf(&b, `# Cities of %d people or more that stand for their country, generated by
# internal/gen/cities from attr/place/gazetteer.tsv (GeoNames, CC BY 4.0). Do
# not edit: countries.txt lists capitals and cities by hand, and
# internal/gen/cities/exclude.txt the names to leave out. Each entry merges
# with its country's in countries.txt; a town stands for its country only in
# a document that names the country by another actor too, or no country at
# all (see FORMAT.md).
format parley.actors.v1
`, minPop)
	codes := make([]string, 0, len(cities))
	for c := range cities {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		names := cities[c]
		sort.Strings(names)
		fmt.Fprintf(&b, "\ncountry %s\n", c)
		// Lines of a few names keep diffs readable.
		for len(names) > 0 {
			n := min(8, len(names))
			fmt.Fprintf(&b, "  town %s\n", strings.Join(names[:n], "; "))
			names = names[n:]
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write cities: %w", err)
	}
	return nil
}
