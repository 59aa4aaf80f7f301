package place

import (
	"os"
	"strings"
	"testing"

	"github.com/parleyproject/parley/internal/datafile"
	"github.com/parleyproject/parley/internal/testdoc"
	"github.com/parleyproject/parley/text"
)

type mentionCase struct {
	line                int
	snippet, mention    string
	country, kind, name string
}

func readMentionCases(tb testing.TB, path string) []mentionCase {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []mentionCase
	sc := datafile.NewScanner(f, path)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) != 5 || !strings.Contains(p[0], p[1]) {
			tb.Fatal(sc.Errorf("bad case"))
		}
		out = append(out, mentionCase{sc.Line(), p[0], p[1], p[2], p[3], p[4]})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestMentions measures the resolver on hand-checked place mentions, run
// through the project's tokenizer and segmenter: the country must be right
// on at least 95% of them and the city on at least 85% of the city mentions.
// Every miss is logged.
func TestMentions(t *testing.T) {
	measureMentions(t, "testdata/mentions.tsv", true)
}

// TestMentionsHeldOut measures the resolver on mentions it was not tuned on
// and only reports the figures.
func TestMentionsHeldOut(t *testing.T) {
	measureMentions(t, "testdata/heldout.tsv", false)
}

func measureMentions(t *testing.T, path string, enforce bool) {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := readMentionCases(t, path)
	var countryRight, cities, cityRight, regions, regionRight int
	for _, c := range cases {
		doc := testdoc.New(t, "", c.snippet)
		at := strings.Index(c.snippet, c.mention)
		want := text.Span{Start: at, End: at + len(c.mention)}
		var got *Place
		places := g.Resolve(doc, Options{})
		for i := range places {
			if places[i].Span.Overlap(want) > 0 {
				got = &places[i]
				break
			}
		}
		if got == nil {
			t.Logf("line %d: %q: not found (want %s %s)", c.line, c.mention, c.country, c.name)
			switch c.kind {
			case "city":
				cities++
			case "region":
				regions++
			}
			continue
		}
		okCountry := got.Country == c.country
		if okCountry {
			countryRight++
		}
		okName := true
		switch c.kind {
		case "city":
			cities++
			okName = okCountry && got.Class == "P" && g.knowsAs(got, c.name)
			if okName {
				cityRight++
			}
		case "region":
			regions++
			okName = okCountry && got.Class == "A" && got.Code != "PCL" && g.knowsAs(got, c.name)
			if okName {
				regionRight++
			}
		}
		if !okCountry || !okName {
			t.Logf("line %d: %q → %s %s %s (%s); want %s %s %s", c.line, c.mention, got.Name, got.Country, got.Code, got.Rule, c.country, c.kind, c.name)
		}
	}
	pc := 100 * float64(countryRight) / float64(len(cases))
	pcity := 100 * float64(cityRight) / float64(cities)
	t.Logf("place mentions: %d; country right %d (%.1f%%); cities %d, right %d (%.1f%%); regions %d, right %d",
		len(cases), countryRight, pc, cities, cityRight, pcity, regions, regionRight)
	if len(cases) < 50 {
		t.Errorf("only %d cases", len(cases))
	}
	if !enforce {
		return
	}
	if pc < 95 {
		t.Errorf("country accuracy %.1f%% below 95%%", pc)
	}
	if pcity < 85 {
		t.Errorf("city accuracy %.1f%% below 85%%", pcity)
	}
}

// knowsAs reports whether name is a name of the place p resolved to.
func (g *Gazetteer) knowsAs(p *Place, name string) bool {
	if key(p.Name) == key(name) {
		return true
	}
	for _, e := range g.Lookup(name) {
		if e.Name == p.Name && e.Country == p.Country && e.Code == p.Code {
			return true
		}
	}
	return false
}
