package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/text"
)

// ngecToday is the date that "today" means in the NGEC actor tests, which
// were written in 2022.
const ngecToday = "2022-06-01"

// ngecCase is one record of ngec_actor_tests.jsonl.
type ngecCase struct {
	ID       string                     `json:"id"`
	Text     string                     `json:"actor_text"`
	Context  *string                    `json:"context"`
	Date     *string                    `json:"date"`
	Expected map[string]json.RawMessage `json:"expected"`
}

// TestNGECActors codes the 315 actor phrases of the NGEC tests and reports
// how often the country and the first sector match the expectation. It fails
// only below floors that guard against regressions; read the log for the
// figures and the failures.
func TestNGECActors(t *testing.T) {
	path := shareddata.Path(t, "data", "gold", "actors", "ngec_actor_tests.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := testDict(t)
	var (
		countryN, countryOK, sectorN, sectorOK int
		failures                               []string
	)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c ngecCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		doc := testDoc(t, ngecDate(c.Date), strings.TrimSpace(c.Text))
		a, found := bestActor(doc, d.Resolve(doc))
		gotCountry, gotSector := actorCountry(a), ""
		if len(a.Sectors) > 0 {
			gotSector = a.Sectors[0]
		}
		var why []string
		if raw, ok := c.Expected["country"]; ok {
			countryN++
			if matchExpect(raw, func(v string) bool { return countryMatches(v, gotCountry, a) }) {
				countryOK++
			} else {
				why = append(why, "country "+string(raw)+" got "+gotCountry)
			}
		}
		if raw, ok := c.Expected["code_1"]; ok {
			sectorN++
			if matchExpect(raw, func(v string) bool {
				if v == "UNK" || v == "JNK" {
					return !found
				}
				return v == gotSector
			}) {
				sectorOK++
			} else {
				why = append(why, "sector "+string(raw)+" got "+gotSector)
			}
		}
		if len(why) > 0 {
			failures = append(failures, c.ID+" "+strconvQuote(c.Text)+": "+strings.Join(why, ", ")+" ("+a.Code+")")
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, f := range failures {
		t.Log("miss: " + f)
	}
	cAcc := float64(countryOK) / float64(max(1, countryN))
	sAcc := float64(sectorOK) / float64(max(1, sectorN))
	t.Logf("NGEC actor tests: country %d/%d = %.3f, first sector %d/%d = %.3f", countryOK, countryN, cAcc, sectorOK, sectorN, sAcc)
	if cAcc < 0.70 || sAcc < 0.55 {
		t.Errorf("accuracy below the floor (country 0.70, sector 0.55)")
	}
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

func ngecDate(p *string) string {
	if p == nil || *p == "" {
		return ""
	}
	s := strings.TrimSpace(*p)
	if strings.EqualFold(s, "today") {
		return ngecToday
	}
	for _, layout := range []string{"2006-01-02", "2 January 2006", "January 2, 2006", "2 january 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	// "1 july 2021": capitalise the month.
	if f := strings.Fields(s); len(f) == 3 && f[1] != "" {
		f[1] = strings.ToUpper(f[1][:1]) + f[1][1:]
		if t, err := time.Parse("2 January 2006", strings.Join(f, " ")); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// bestActor picks the mention covering most of the phrase.
func bestActor(doc *text.Document, ms []text.Mention) (text.Actor, bool) {
	best, size := -1, 0
	for i, m := range ms {
		if n := m.Span.Len(); n > size && len(m.Actors) > 0 {
			best, size = i, n
		}
	}
	if best < 0 {
		return text.Actor{}, false
	}
	return ms[best].Actors[0], true
}

func actorCountry(a text.Actor) string {
	if a.Kind == text.KindIGO || strings.HasPrefix(a.Code, "IGO") {
		return "IGO"
	}
	return a.Country
}

// countryMatches compares an NGEC country expectation (ISO code, "" for
// none, or IGO, UNO, EUR for organisations) with the actor.
func countryMatches(want, got string, a text.Actor) bool {
	switch want {
	case "IGO":
		return got == "IGO"
	case "UNO":
		return strings.HasPrefix(a.Code, "IGOUNO")
	case "EUR":
		return strings.HasPrefix(a.Code, "IGOEUR")
	}
	return want == got
}

// matchExpect applies a test to an expectation that is a string or an
// {"op": "In"|"NotEq", "value": ...} object.
func matchExpect(raw json.RawMessage, ok func(string) bool) bool {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return ok(s)
	}
	var op struct {
		Op    string          `json:"op"`
		Value json.RawMessage `json:"value"`
	}
	if json.Unmarshal(raw, &op) != nil {
		return false
	}
	switch op.Op {
	case "NotEq":
		var v string
		_ = json.Unmarshal(op.Value, &v)
		return !ok(v)
	case "In":
		var vs []string
		_ = json.Unmarshal(op.Value, &vs)
		for _, v := range vs {
			if ok(v) {
				return true
			}
		}
	}
	return false
}
