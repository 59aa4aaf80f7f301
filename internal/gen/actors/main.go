// Command actors generates actor/data/people.gen.txt, the dictionary of
// office holders, from the shared facts file of office tenures
// (../shared/data/facts/office_holders.jsonl.gz): it drops junk rows, maps
// office titles to Parley's titles and sectors, merges the tenures of each
// person across sources and keeps offices held from 2000 on (heads of state
// and government from 1990 on).
//
// Usage, from the module root:
//
//	go run ./internal/gen/actors [-in FILE] [-data actor/data] [-out actor/data/people.gen.txt] [-exclude FILE]
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/parleyproject/parley/actor"
	"github.com/parleyproject/parley/internal/datafile"
	"github.com/parleyproject/parley/internal/shareddata"
)

func main() {
	in := flag.String("in", "", "office holders file (default: the shared facts file)")
	data := flag.String("data", "actor/data", "directory of the hand-written dictionary files")
	out := flag.String("out", "actor/data/people.gen.txt", "output file")
	exclude := flag.String("exclude", "internal/gen/actors/exclude.txt", "Wikidata items to skip")
	exOfficio := flag.String("ex-officio", "internal/gen/actors/ex_officio.txt", "countries whose head of state is another country's")
	flag.Parse()
	if err := run(*in, *data, *out, *exclude, *exOfficio); err != nil {
		fmt.Fprintln(os.Stderr, "actors:", err)
		os.Exit(1)
	}
}

func run(in, data, out, exclude, exOfficio string) error {
	if in == "" {
		dir, err := shareddata.Find()
		if err != nil {
			return err
		}
		in = filepath.Join(dir, "data", "facts", "office_holders.jsonl.gz")
	}
	k, err := readKnowledge(data)
	if err != nil {
		return err
	}
	if k.exclude, err = readExclude(exclude); err != nil {
		return err
	}
	if k.exOfficio, err = readExOfficio(exOfficio); err != nil {
		return err
	}
	rows, err := readRows(in)
	if err != nil {
		return err
	}
	people, stats := k.build(rows)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	writePeople(w, people)
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "actors: %d rows read, %d kept, %d people, %d tenures written to %s\n",
		stats.rows, stats.kept, len(people), stats.tenures, out)
	for _, r := range stats.dropped() {
		fmt.Fprintf(os.Stderr, "  dropped %6d  %s\n", r.n, r.why)
	}
	return nil
}

// row is one tenure of the facts file.
type row struct {
	Person   string  `json:"person"`
	Wikidata *string `json:"wikidata"`
	Country  *string `json:"country_iso3"`
	Office   string  `json:"office"`
	Title    string  `json:"office_title"`
	Start    *string `json:"start"`
	End      *string `json:"end"`
	Source   string  `json:"source"`
	AsOf     string  `json:"as_of"`
}

func readRows(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	var rows []row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		var x row
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		rows = append(rows, x)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

// knowledge is what the generator needs from the hand-written files.
type knowledge struct {
	headOfState, headOfGov map[string]string // country → title key
	igoNames               []igoName         // longest first
	igoLegislature         map[string]bool
	exclude                map[string]bool // Wikidata items to skip
	// exOfficio maps a country whose head of state is another country's
	// to that country (a Commonwealth realm to GBR, Andorra to FRA).
	exOfficio map[string]string
}

// readExOfficio reads the list of countries whose head of state is, ex
// officio, another country's: "COUNTRY HOME" a line, "#" comments.
func readExOfficio(path string) (map[string]string, error) {
	out := map[string]string{}
	err := datafile.EachListLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) != 2 || len(f[0]) != 3 || len(f[1]) != 3 {
			return fmt.Errorf("want COUNTRY HOME (ISO alpha-3 codes), got %q", line)
		}
		out[f[0]] = f[1]
		return nil
	})
	return out, err
}

// readExclude reads the list of Wikidata items to skip: one QID a line,
// "#" comments.
func readExclude(path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := datafile.EachListLine(path, func(line string) error {
		if line[0] != 'Q' {
			return fmt.Errorf("want a Wikidata QID, got %q", line)
		}
		out[line] = true
		return nil
	})
	return out, err
}

type igoName struct {
	name string // lowercase
	code string
}

func readKnowledge(dir string) (*knowledge, error) {
	k := &knowledge{headOfState: map[string]string{}, headOfGov: map[string]string{}, igoLegislature: map[string]bool{}}
	for _, file := range []string{"countries.txt", "igos.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			return nil, err
		}
		entries, err := actor.ReadEntries(file, b)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			switch e.Kind {
			case "country":
				k.headOfState[e.Key] = e.Value("head-of-state")
				k.headOfGov[e.Key] = e.Value("head-of-government")
			case "igo":
				for _, n := range e.Values("name") {
					k.igoNames = append(k.igoNames, igoName{strings.ToLower(n), e.Key})
				}
				if strings.HasSuffix(e.Key, "LEG") {
					k.igoLegislature[e.Key] = true
				}
			}
		}
	}
	sort.SliceStable(k.igoNames, func(i, j int) bool { return len(k.igoNames[i].name) > len(k.igoNames[j].name) })
	return k, nil
}

// Window of tenures kept.
const (
	keepFrom      = "2000-01-01"
	keepHeadsFrom = "1990-01-01"
)

type tenure struct {
	start, end string // YYYY[-MM[-DD]] or "" (open); end may be "~DATE"
	code       string
	title      string
}

type personOut struct {
	id      string
	names   map[string]int
	tenures []tenure
}

type genStats struct {
	rows, kept, tenures int
	why                 map[string]int
}

type reason struct {
	why string
	n   int
}

func (s *genStats) drop(why string) { s.why[why]++ }

func (s *genStats) dropped() []reason {
	var out []reason
	for w, n := range s.why {
		out = append(out, reason{w, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n > out[j].n })
	return out
}

func (k *knowledge) build(rows []row) ([]*personOut, *genStats) {
	st := &genStats{rows: len(rows), why: map[string]int{}}
	byID := map[string]*personOut{}
	for _, r := range rows {
		if r.Wikidata != nil && k.exclude[*r.Wikidata] {
			st.drop("excluded item")
			continue
		}
		name, ok := cleanName(r.Person)
		if !ok {
			st.drop("junk or non-Latin name")
			continue
		}
		country := ""
		if r.Country != nil {
			country = *r.Country
			if _, known := k.headOfState[country]; !known {
				st.drop("unknown country")
				continue
			}
		}
		title, code, ok := k.classify(r, country)
		if !ok {
			st.drop("office not coded")
			continue
		}
		start, end := "", ""
		if r.Start != nil {
			start = *r.Start
		}
		if r.End != nil {
			end = *r.End
		} else if r.AsOf != "" {
			end = "~" + r.AsOf
		}
		if !validDate(start) || !validDate(strings.TrimPrefix(end, "~")) {
			st.drop("bad date")
			continue
		}
		if start == "" && end == "" {
			st.drop("no dates")
			continue
		}
		from := keepFrom
		if title == "president" || title == "prime minister" || title == "monarch" || title == "chancellor" {
			from = keepHeadsFrom
		}
		if e := strings.TrimPrefix(end, "~"); e != "" && e < from {
			st.drop("ended before the window")
			continue
		}
		if start > "2026-12-31" || (end != "" && !strings.HasPrefix(end, "~") && start != "" && end < start) {
			st.drop("bad date")
			continue
		}
		id := ""
		if r.Wikidata != nil && *r.Wikidata != "" {
			id = *r.Wikidata
			// A row naming someone else than the item's other rows carries
			// a wrong item: key it by name.
			if p := byID[id]; p != nil && !p.sameName(name) {
				id = ""
			}
		}
		if id == "" {
			id = "name:" + strings.ToLower(name) + ":" + country
		}
		p := byID[id]
		if p == nil {
			p = &personOut{id: id, names: map[string]int{}}
			byID[id] = p
		}
		p.names[name]++
		p.tenures = append(p.tenures, tenure{start: start, end: end, code: code, title: title})
		st.kept++
	}
	var out []*personOut
	for _, p := range byID {
		p.tenures = mergeTenures(dropForeignHeads(p.tenures, k.exOfficio))
		st.tenures += len(p.tenures)
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].canonical(), out[j].canonical()
		if a != b {
			return a < b
		}
		return out[i].id < out[j].id
	})
	return out, st
}

func validDate(s string) bool {
	switch len(s) {
	case 0:
		return true
	case 4, 7, 10:
		for i := 0; i < len(s); i++ {
			c := s[i]
			if (i == 4 || i == 7) && c != '-' || (i != 4 && i != 7) && (c < '0' || c > '9') {
				return false
			}
		}
		return true
	}
	return false
}

var (
	parenthetical = regexp.MustCompile(`\s*\([^)]*\)`)
	junkName      = regexp.MustCompile(`(?i)\b(vacant|none|unknown|abolished|position|council|committee|government|junta|ministry|interim|various|list of)\b`)
)

// cleanName trims a name and rejects junk: names without Latin letters, with
// digits or other scripts, or that are not names.
func cleanName(s string) (string, bool) {
	s = strings.TrimSpace(parenthetical.ReplaceAllString(s, ""))
	s = strings.Join(strings.Fields(s), " ")
	if len(s) < 3 || junkName.MatchString(s) || strings.ContainsAny(s, ";,/|\"") {
		return "", false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			return "", false
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return "", false
			}
			letters++
		}
	}
	first := []rune(s)[0]
	if letters < 3 || !unicode.IsUpper(first) {
		return "", false
	}
	return s, true
}

var (
	deputyRx      = regexp.MustCompile(`(?i)\b(deputy|vice|assistant|under-?secretary|undersecretary|state secretary|parliamentary secretary|minister of state|junior|first deputy)\b`)
	monarchRx     = regexp.MustCompile(`(?i)\b(king|queen|emir|amir|sultan|monarch|grand duke|emperor|yang di-pertuan|co-prince|prince of)\b`)
	militaryRx    = regexp.MustCompile(`(?i)chief of (the )?(general |defen[cs]e |army |air |naval |navy |joint |armed forces )?staff|chief of defen[cs]e|commander of the (armed forces|army|navy|air force)|chairman of the joint chiefs|army commander|commander-in-chief of the (army|armed)`)
	spyRx         = regexp.MustCompile(`(?i)intelligence|security service|\bfsb\b|\bkgb\b|\bmossad\b|\bmi6\b|\bmi5\b|inter-services`)
	policeRx      = regexp.MustCompile(`(?i)\bpolice\b|gendarmerie|commissioner of the metropolitan`)
	legislatureRx = regexp.MustCompile(`(?i)^(speaker|president|chairman|chairperson|chair) of the (national assembly|senate|chamber|parliament|legislative|house|congress|state duma|duma|federation council|council of states|sejm|storting|knesset|bundestag|national council|assembly|majlis|riksdag|folketing|verkhovna rada|saeima|seimas|riigikogu|national people's congress|standing committee of the national people's congress)|^speaker\b|\bspeaker of\b`)
	memberLegRx   = regexp.MustCompile(`(?i)^(member of (the )?(parliament|national assembly|congress|senate|house of representatives|chamber of deputies|state duma|bundestag)|senator\b|united states senator|united states representative)`)
	judgeRx       = regexp.MustCompile(`(?i)\b(justice of the|judge|supreme court|constitutional court|chief justice|court of)\b`)
	prosecutorRx  = regexp.MustCompile(`(?i)\b(prosecutor|procurator)\b`)
	bankRx        = regexp.MustCompile(`(?i)governor of (the )?(central |national |reserve )?bank|central bank|federal reserve|reserve bank`)
	partyRx       = regexp.MustCompile(`(?i)(general secretary|secretary general|secretary-general|chair(man|person|woman)?|leader|president) of the .*\b(party|kuomintang|league|front|congress)\b|party (leader|chair)`)
)

func key(country, title, sectors string) (string, string, bool) {
	return title, country + sectors, true
}

// classify maps a row's office to a title key and an actor code; ok is false
// for offices Parley does not code.
func (k *knowledge) classify(r row, country string) (title, code string, ok bool) {
	t := strings.TrimSpace(r.Title)
	lt := strings.ToLower(t)
	generic := strings.HasPrefix(lt, "head of state (") || strings.HasPrefix(lt, "head of government (")
	if country == "GBR" && (strings.HasPrefix(lt, "minister for ") || strings.HasPrefix(lt, "minister of state")) {
		// British ministers "for" a subject serve under a secretary of state.
		return key(country, "deputy minister", "GOV")
	}
	gov := func(key, sectors string) (string, string, bool) {
		if country == "" {
			return "", "", false
		}
		return key, country + sectors, true
	}
	switch r.Office {
	case "head_of_state":
		switch {
		case strings.Contains(lt, "governor-general") || strings.Contains(lt, "governor general"):
			return "", "", false
		case strings.Contains(lt, "supreme leader"):
			return gov("supreme leader", "GOV")
		case monarchRx.MatchString(lt):
			return gov("monarch", "GOV")
		case strings.Contains(lt, "captain regent"):
			return gov("captain regent", "GOV")
		case !generic && strings.Contains(lt, "president"):
			return gov("president", "GOV")
		}
		if key := k.headOfState[country]; key != "" {
			return gov(key, "GOV")
		}
		return gov("president", "GOV")
	case "head_of_government":
		switch {
		case generic:
		case strings.Contains(lt, "chancellor"):
			return gov("chancellor", "GOV")
		case strings.Contains(lt, "prime minister") || strings.Contains(lt, "premier") ||
			strings.Contains(lt, "chairman of the council of ministers") || strings.Contains(lt, "chairman of the government"):
			return gov("prime minister", "GOV")
		case strings.Contains(lt, "chief executive"):
			return gov("chief executive", "GOV")
		case strings.Contains(lt, "chief minister"):
			return gov("chief minister", "GOV")
		case strings.Contains(lt, "president"):
			return gov("president", "GOV")
		}
		if key := k.headOfGov[country]; key != "" {
			return gov(key, "GOV")
		}
		return gov("prime minister", "GOV")
	case "foreign_minister":
		if deputyRx.MatchString(lt) {
			return gov("deputy minister", "GOV")
		}
		return gov("foreign minister", "GOV")
	case "defence_minister":
		if deputyRx.MatchString(lt) {
			return gov("deputy defence minister", "GOVMIL")
		}
		return gov("defence minister", "GOVMIL")
	case "interior_minister":
		if deputyRx.MatchString(lt) {
			return gov("deputy minister", "GOV")
		}
		return gov("interior minister", "GOV")
	case "finance_minister":
		if deputyRx.MatchString(lt) {
			return gov("deputy minister", "GOV")
		}
		return gov("finance minister", "GOV")
	case "other_minister":
		return k.minister(lt, gov)
	case "igo_leader":
		return k.igoLeader(t)
	case "other":
		return k.other(lt, gov)
	}
	return "", "", false
}

func (k *knowledge) minister(lt string, gov func(string, string) (string, string, bool)) (string, string, bool) {
	switch {
	case strings.Contains(lt, "deputy prime minister") || strings.Contains(lt, "vice premier") ||
		strings.Contains(lt, "deputy premier") || strings.Contains(lt, "vice prime minister") ||
		strings.Contains(lt, "deputy chairman of the government"):
		return gov("deputy prime minister", "GOV")
	case strings.Contains(lt, "whip") || strings.Contains(lt, "in waiting"):
		return "", "", false
	case deputyRx.MatchString(lt):
		return gov("deputy minister", "GOV")
	case strings.Contains(lt, "defen"):
		return gov("defence minister", "GOVMIL")
	case strings.Contains(lt, "justice"):
		return gov("justice minister", "GOV")
	case strings.Contains(lt, "health"):
		return gov("health minister", "GOVHLH")
	case strings.Contains(lt, "education"):
		return gov("education minister", "GOVEDU")
	case strings.Contains(lt, "agricultur"):
		return gov("agriculture minister", "GOVAGR")
	case strings.Contains(lt, "labour") || strings.Contains(lt, "labor") || strings.Contains(lt, "employment"):
		return gov("labour minister", "GOVLAB")
	case strings.Contains(lt, "environment"):
		return gov("environment minister", "GOVENV")
	}
	return gov("minister", "GOV")
}

func (k *knowledge) igoLeader(t string) (string, string, bool) {
	lt := strings.ToLower(t)
	if strings.Contains(lt, "chairperson of the african union (") {
		return "", "", false // the rotating chair is a head of state
	}
	code := ""
	for _, n := range k.igoNames {
		if containsWord(lt, n.name) {
			code = n.code
			break
		}
	}
	if code == "" {
		return "", "", false
	}
	switch {
	case strings.Contains(lt, "secretary-general") || strings.Contains(lt, "secretary general"):
		return "secretary-general", code, true
	case strings.Contains(lt, "director-general") || strings.Contains(lt, "director general"):
		return "director-general", code, true
	case strings.Contains(lt, "managing director"):
		return "managing director", code, true
	case strings.Contains(lt, "speaker"):
		return "speaker", code, true
	case strings.Contains(lt, "chairperson") || strings.Contains(lt, "chairman"):
		return "chairperson", code, true
	case strings.Contains(lt, "prosecutor"):
		return "prosecutor", code, true
	case strings.Contains(lt, "high commissioner"):
		return "high commissioner", code, true
	case strings.Contains(lt, "president"):
		if k.igoLegislature[code] || strings.Contains(lt, "assembly") || strings.Contains(lt, "parliament") {
			return "speaker", code, true
		}
		return "president", code, true
	}
	return "", "", false
}

// containsWord reports whether s contains w at word boundaries.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+len(w) == len(s) || !isWordByte(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
}

func (k *knowledge) other(lt string, gov func(string, string) (string, string, bool)) (string, string, bool) {
	switch {
	case strings.Contains(lt, "first lady") || strings.Contains(lt, "first gentleman"):
		return "", "", false
	case strings.Contains(lt, "ambassador") || strings.Contains(lt, "permanent representative") ||
		strings.Contains(lt, "envoy") || strings.HasPrefix(lt, "consul"):
		return gov("ambassador", "GOV")
	case strings.Contains(lt, "vice president") || strings.Contains(lt, "vice-president"):
		if legislatureRx.MatchString(strings.Replace(lt, "vice ", "", 1)) {
			return "", "", false
		}
		return gov("vice president", "GOV")
	case strings.Contains(lt, "deputy prime minister") || strings.Contains(lt, "vice premier") ||
		strings.Contains(lt, "deputy chairman of the government"):
		return gov("deputy prime minister", "GOV")
	case strings.Contains(lt, "national security advis"):
		return gov("national security adviser", "GOV")
	case strings.Contains(lt, "white house chief of staff") || strings.Contains(lt, "chief of staff to the president"):
		return gov("chief of staff", "GOV")
	case strings.Contains(lt, "supreme commander"):
		return "", "", false // held ex officio by a head of state
	case militaryRx.MatchString(lt):
		return gov("military chief", "MIL")
	case strings.Contains(lt, "central intelligence"):
		return gov("cia director", "SPY")
	case spyRx.MatchString(lt):
		return gov("intelligence chief", "SPY")
	case policeRx.MatchString(lt):
		return gov("police chief", "COP")
	case bankRx.MatchString(lt):
		return gov("central bank governor", "GOV")
	case strings.Contains(lt, "leader of the opposition") || strings.Contains(lt, "opposition leader"):
		return gov("opposition leader", "OPP")
	case partyRx.MatchString(lt):
		return gov("party leader", "PTY")
	case legislatureRx.MatchString(lt):
		return gov("speaker", "LEG")
	case memberLegRx.MatchString(lt):
		return gov("senator", "LEG")
	case strings.Contains(lt, "attorney general") || strings.Contains(lt, "attorney-general"):
		return gov("attorney general", "GOV")
	case prosecutorRx.MatchString(lt):
		return gov("prosecutor", "JUD")
	case judgeRx.MatchString(lt):
		return gov("judge", "JUD")
	case strings.HasPrefix(lt, "governor of") || strings.HasPrefix(lt, "governor ("):
		return gov("governor", "GOV")
	case strings.HasPrefix(lt, "mayor of") || strings.HasPrefix(lt, "lord mayor"):
		return gov("mayor", "GOV")
	case strings.Contains(lt, "chief minister"):
		return gov("chief minister", "GOV")
	case strings.Contains(lt, "state secretary") || strings.Contains(lt, "secretary of state"):
		return gov("deputy minister", "GOV")
	case strings.Contains(lt, "spokes"):
		return gov("spokesperson", "GOV")
	}
	return "", "", false
}

// dropForeignHeads drops the head-of-state tenures a person holds in other
// countries while heading their own (a president of France is co-prince of
// Andorra and head of state of French territories; a British monarch reigns
// in the Commonwealth realms): the person's own country is the one with the
// most tenures, not counting the head-of-state tenures of countries whose
// head is ex officio another country's (exOfficio), which may outnumber the
// home country's.
func dropForeignHeads(ts []tenure, exOfficio map[string]string) []tenure {
	count := map[string]int{}
	for _, t := range ts {
		c := t.code[:3]
		if _, dependent := exOfficio[c]; dependent && isHead(t) {
			continue
		}
		count[c]++
	}
	home, n := "", -1
	for c, k := range count {
		if k > n || k == n && c < home {
			home, n = c, k
		}
	}
	out := ts[:0]
	for _, t := range ts {
		if t.code[:3] != home && isHead(t) && overlapsHome(t, ts, home) {
			continue
		}
		out = append(out, t)
	}
	return out
}

func isHead(t tenure) bool { return t.title == "monarch" || t.title == "president" }

func overlapsHome(t tenure, ts []tenure, home string) bool {
	for _, h := range ts {
		if h.code[:3] == home && lo(h.start) <= hi(t.end) && lo(t.start) <= hi(h.end) {
			return true
		}
	}
	return false
}

// mergeTenures merges tenures of the same office and code that overlap or
// touch (within a month), as several sources report the same tenure.
func mergeTenures(ts []tenure) []tenure {
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].title != ts[j].title {
			return ts[i].title < ts[j].title
		}
		if ts[i].code != ts[j].code {
			return ts[i].code < ts[j].code
		}
		return lo(ts[i].start) < lo(ts[j].start)
	})
	var out []tenure
	for _, t := range ts {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.title == t.title && last.code == t.code && lo(t.start) <= addMonth(hi(last.end)) {
				last.start = betterStart(last.start, t.start)
				last.end = laterEnd(last.end, t.end)
				continue
			}
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return lo(out[i].start) < lo(out[j].start) })
	return out
}

// lo and hi give comparable bounds of partial dates ("" is open).
func lo(s string) string {
	switch len(s) {
	case 0:
		return "0000-00-00"
	case 4:
		return s + "-01-01"
	case 7:
		return s + "-01"
	}
	return s
}

func hi(s string) string {
	s = strings.TrimPrefix(s, "~")
	switch len(s) {
	case 0:
		return "9999-99-99"
	case 4:
		return s + "-12-31"
	case 7:
		return s + "-31"
	}
	return s
}

func addMonth(s string) string {
	if len(s) != 10 || s[0] == '9' {
		return s
	}
	y, m := s[:4], s[5:7]
	mm := (int(m[0]-'0')*10 + int(m[1]-'0')) + 1
	if mm > 12 {
		yy := []byte(y)
		for i := 3; i >= 0; i-- {
			if yy[i] < '9' {
				yy[i]++
				break
			}
			yy[i] = '0'
		}
		return string(yy) + "-01" + s[7:]
	}
	return fmt.Sprintf("%s-%02d%s", y, mm, s[7:])
}

// betterStart keeps the more precise of two starts that agree, else the
// earlier.
func betterStart(a, b string) string {
	if a == "" || b == "" {
		return ""
	}
	if strings.HasPrefix(b, a) && len(b) > len(a) {
		return b
	}
	if strings.HasPrefix(a, b) {
		return a
	}
	if lo(b) < lo(a) {
		return b
	}
	return a
}

// laterEnd combines two ends: an explicit end wins over a last-seen date
// that is not later than it; otherwise the later date wins, and an open end
// wins over all.
func laterEnd(a, b string) string {
	if a == "" || b == "" {
		return ""
	}
	seenA, seenB := strings.HasPrefix(a, "~"), strings.HasPrefix(b, "~")
	da, db := strings.TrimPrefix(a, "~"), strings.TrimPrefix(b, "~")
	switch {
	case seenA && !seenB && hi(db) >= lo(da):
		return b
	case seenB && !seenA && hi(da) >= lo(db):
		return a
	case strings.HasPrefix(db, da) && len(db) > len(da) && seenA == seenB:
		return b
	case strings.HasPrefix(da, db) && seenA == seenB:
		return a
	}
	if hi(db) > hi(da) {
		return b
	}
	return a
}

// sameName reports whether name shares a word of three letters or more with
// a name already seen for the person.
func (p *personOut) sameName(name string) bool {
	words := map[string]bool{}
	for n := range p.names {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if len(w) >= 3 {
				words[w] = true
			}
		}
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if words[w] {
			return true
		}
	}
	return false
}

func (p *personOut) canonical() string {
	best, n := "", -1
	for name, c := range p.names {
		if c > n || c == n && name < best {
			best, n = name, c
		}
	}
	return best
}

func writePeople(w *bufio.Writer, people []*personOut) {
	fmt.Fprintln(w, "# Office holders, generated by internal/gen/actors from the shared facts file")
	fmt.Fprintln(w, "# of office tenures (Wikidata CC0; Institute for Government CC BY 4.0;")
	fmt.Fprintln(w, "# open-data-archive/world-leaders-current CC BY-SA 4.0). Do not edit: add or")
	fmt.Fprintln(w, "# correct facts in people.txt, whose tenures replace overlapping ones here.")
	fmt.Fprintln(w, "# An end \"~DATE\" means: in office when the source last looked, on DATE.")
	fmt.Fprintln(w, "format "+actor.FormatName)
	for _, p := range people {
		name := p.canonical()
		fmt.Fprintf(w, "\nperson %s\n", name)
		if !strings.HasPrefix(p.id, "name:") {
			fmt.Fprintf(w, "  id %s\n", p.id)
		}
		var aliases []string
		for n := range p.names {
			if n != name {
				aliases = append(aliases, n)
			}
		}
		sort.Strings(aliases)
		if len(aliases) > 0 {
			fmt.Fprintf(w, "  alias %s\n", strings.Join(aliases, "; "))
		}
		for _, t := range p.tenures {
			fmt.Fprintf(w, "  held %s..%s %s %s\n", t.start, t.end, t.code, t.title)
		}
	}
}
