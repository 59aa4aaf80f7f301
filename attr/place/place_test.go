package place

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/internal/testdoc"
	"github.com/parleyproject/parley/text"
)

func resolveText(t *testing.T, txt string, opts Options) (*text.Document, []Place) {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := testdoc.New(t, "2023-06-19", txt)
	return doc, g.Resolve(doc, opts)
}

// placeOf returns the place resolved for the first occurrence of mention.
func placeOf(t *testing.T, doc *text.Document, places []Place, mention string) *Place {
	t.Helper()
	at := strings.Index(doc.Text, mention)
	if at < 0 {
		t.Fatalf("no %q in text", mention)
	}
	for i := range places {
		if places[i].Span == (text.Span{Start: at, End: at + len(mention)}) {
			return &places[i]
		}
	}
	return nil
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name, text, mention string
		country, place      string // place "" means the mention must not be a place
		rule                string
	}{
		{"Country", "Troops crossed into China on Monday.", "China", "CHN", "China", "unique"},
		{"CapitalFirst", "Talks opened in Paris.", "Paris", "FRA", "Paris", "capital"},
		{"WashingtonPlace", "Zelensky will travel to Washington next week.", "Washington", "USA", "Washington, D.C.", "preferred"},
		{"WashingtonActor", "Washington said it would impose sanctions.", "Washington", "", "", ""},
		{"WashingtonState", "Wildfires burned in Washington state.", "Washington state", "USA", "Washington", "region-suffix"},
		{"GeorgiaCountry", "Russian troops remain in Georgia, officials in Tbilisi said.", "Georgia", "GEO", "Georgia", "preferred"},
		{"GeorgiaState", "Voters in Georgia lined up in Atlanta as Governor Kemp urged calm.", "Georgia", "USA", "Georgia", "cue"},
		{"BankOfChina", "The Bank of China raised rates.", "China", "", "", ""},
		{"ParticleInOrgName", "Banco de Chile raised rates in Chile.", "Chile", "", "", ""},
		{"RepublicOf", "Talks were held in the Republic of Turkey.", "Turkey", "TUR", "Turkey", "unique"},
		{"CommaQualifier", "Clashes broke out in Tripoli, Lebanon, overnight.", "Tripoli", "LBN", "Tripoli", "comma-qualifier"},
		{"CommaState", "The shooting happened in Paris, Texas.", "Paris", "USA", "Paris", "comma-qualifier"},
		{"CommaCountryWithoutTown", "Those who know him in Tire, Lebanon, say he is pious.", "Tire", "", "", ""},
		{"CountryList", "Ministers from Greece, Portugal and Spain met.", "Greece", "GRC", "Greece", "unique"},
		{"StateAbbreviation", "He spoke in Springfield, Ill., on Monday.", "Springfield", "USA", "Springfield", "comma-qualifier"},
		{"RegionSuffix", "Shelling hit Donetsk region overnight.", "Donetsk region", "UKR", "Donetsk", "region-suffix"},
		{"Dateline", "KABUL, Afghanistan (Reuters) - A bomb exploded near the ministry.", "KABUL", "AFG", "Kabul", "dateline"},
		{"DatelineIgnoresArticleCountry", "GENEVA (Reuters) - U.S. officials said Washington would appeal. The United States and Boeing welcomed the ruling in Washington.", "GENEVA", "CHE", "Genève", "dateline"},
		{"TitleDatelineColon", "Beirut: Lebanese President Michel Aoun spoke.", "Beirut", "LBN", "Beirut", "dateline"},
		{"TitleDatelineDash", "Pretoria – The court ruled on Monday.", "Pretoria", "ZAF", "Pretoria", "dateline"},
		{"TitleDatelineDate", "New York (November 25, 2021): Authorities detained an activist.", "New York", "USA", "New York City", "dateline"},
		{"Alias", "Fighting continued around Kiev.", "Kiev", "UKR", "Kyiv", "unique"},
		{"Accents", "Protests spread to Bogotá.", "Bogotá", "COL", "Bogotá", "unique"},
		{"PersonName", "Paris Hilton arrived late.", "Paris", "", "", ""},
		{"StopWordWithoutPreposition", "Police said two men were held.", "Police", "", "", ""},
		{"StopWordAfterPreposition", "Workers protested in Police, in north-western Poland.", "Police", "POL", "Police", "unique"},
		{"AcronymNeedsCapitals", "The UN met. Let us go.", "UN", "", "", ""},
		{"Cue", "Rockets fell on Hyderabad in Sindh province.", "Hyderabad", "PAK", "Hyderabad", "cue"},
		{"RegionWrittenByHand", "Exxon moved into Kurdistan.", "Kurdistan", "IRQ", "Kurdistan Region", "preferred"},
		{"RegionCue", "Protesters gathered in Kurdistan as Iran's police watched.", "Kurdistan", "IRN", "Kurdistan Province", "cue"},
		{"SentenceCountry", "Protesters rallied in Córdoba as Spain's unions struck.", "Córdoba", "ESP", "Córdoba", "sentence-country"},
		{"ArticleCountry", "Spain's unions called a strike. Protesters rallied in Córdoba.", "Córdoba", "ESP", "Córdoba", "article-country"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, places := resolveText(t, tc.text, Options{})
			p := placeOf(t, doc, places, tc.mention)
			if tc.place == "" {
				if p != nil {
					t.Fatalf("%q resolved to %s %s (%s), want no place", tc.mention, p.Name, p.Country, p.Rule)
				}
				return
			}
			if p == nil {
				t.Fatalf("%q not resolved; places %+v", tc.mention, places)
			}
			if p.Country != tc.country || p.Name != tc.place || p.Rule != tc.rule {
				t.Errorf("%q → %s %s (%s), want %s %s (%s)", tc.mention, p.Name, p.Country, p.Rule, tc.place, tc.country, tc.rule)
			}
		})
	}
}

func TestResolveFields(t *testing.T) {
	doc, places := resolveText(t, "Blinken met Xi in Beijing.", Options{})
	if len(places) != 1 {
		t.Fatalf("got %+v", places)
	}
	p := places[0]
	want := Place{Span: text.Span{Start: 18, End: 25}, Start: 4, End: 5, Sentence: 0, Name: "Beijing", Country: "CHN",
		Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon, GeoNameID: 1816670, Class: "P", Code: "PPLC", Population: p.Population,
		Locative: true, Rule: "capital"}
	if p != want || doc.SpanText(p.Span) != "Beijing" {
		t.Errorf("got %+v\nwant %+v", p, want)
	}
	if p.Lat < 39 || p.Lat > 41 || p.Lon < 116 || p.Lon > 117 {
		t.Errorf("Beijing at %v,%v", p.Lat, p.Lon)
	}
}

func TestResolveOptions(t *testing.T) {
	txt := "Washington sent envoys to Kyiv and Moscow."
	t.Run("Exclude", func(t *testing.T) {
		doc, places := resolveText(t, txt, Options{Exclude: []text.Span{{Start: 26, End: 30}}})
		if placeOf(t, doc, places, "Kyiv") != nil || placeOf(t, doc, places, "Moscow") == nil {
			t.Errorf("got %+v", places)
		}
	})
	t.Run("IsActor", func(t *testing.T) {
		isActor := func(doc *text.Document, s text.Span) bool { return doc.SpanText(s) == "Moscow" }
		doc, places := resolveText(t, txt, Options{IsActor: isActor})
		if placeOf(t, doc, places, "Moscow") != nil || placeOf(t, doc, places, "Washington") == nil {
			t.Errorf("got %+v", places)
		}
	})
}

// TestUnresolvableNameKeepsTheRest checks that names the gazetteer lacks, or
// cannot decide, never stop the other places from resolving.
func TestUnresolvableNameKeepsTheRest(t *testing.T) {
	doc, places := resolveText(t, "Fighting in Zzyzxqor and Qwertania spread to Aleppo and Homs.", Options{})
	if placeOf(t, doc, places, "Aleppo") == nil || placeOf(t, doc, places, "Homs") == nil || len(places) != 2 {
		t.Errorf("got %+v", places)
	}
}

func TestEventLocation(t *testing.T) {
	// The segmenter makes the dateline a sentence of its own (sentence 0).
	doc, places := resolveText(t, "BEIJING (Xinhua) - China protested. Troops from Russia shelled Kharkiv in Ukraine. Talks resumed.", Options{})
	if len(doc.Sentences) != 4 {
		t.Fatalf("got %d sentences, want 4", len(doc.Sentences))
	}
	shelled := -1
	for i, tok := range doc.Tokens {
		if tok.Form == "shelled" {
			shelled = i
		}
	}
	p, how, ok := EventLocation(places, 2, shelled)
	if !ok || p.Name != "Kharkiv" || how != FromSentence {
		t.Errorf("sentence 2: got %s %s %v", p.Name, how, ok)
	}
	p, how, ok = EventLocation(places, 3, doc.Sentences[3].Start)
	if !ok || p.Name != "Beijing" || how != FromDateline {
		t.Errorf("sentence 3: got %s %s %v", p.Name, how, ok)
	}
	if _, _, ok := EventLocation(nil, 0, 0); ok {
		t.Error("ok without places")
	}
	// A place that opens an article without a dateline's colon or dash
	// is no dateline: "Young" (Uruguay) does not locate the students.
	doc, places = resolveText(t, "Young students like bananas. They eat them in Mackay.", Options{})
	if p, how, ok := EventLocation(places, 1, doc.Sentences[1].Start); !ok || p.Name != "Mackay" || how == FromDateline {
		t.Errorf("no dateline: got %s %s %v", p.Name, how, ok)
	}
	if p, how, _ := EventLocation(places, 0, doc.Sentences[0].Start); how == FromDateline {
		t.Errorf("no dateline: sentence 0 got %s %s", p.Name, how)
	}
}

func TestParse(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		gaz := "# c\n1\tAlpha\tAlfa|ALF\tP\tPPL\tAAA\t01\t1.5\t2.5\t100\n0\tBeta\t\tA\tPCL\tBBB\t\t0\t0\t0\n"
		rules := "stop\talpha\nprefer\tbeta\tBBB:A\ncue\talpha\tAAA\tgamma|delta\n"
		g, err := Parse(strings.NewReader(gaz), "g.tsv", strings.NewReader(rules), "r.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if g.Len() != 2 || len(g.Lookup("alfa")) != 1 || len(g.names["alf"]) != 1 || g.names["alf"][0].kind != nameAcronym {
			t.Errorf("bad gazetteer: %+v", g.names)
		}
	})
	t.Run("ErrBadLines", func(t *testing.T) {
		gaz := "1\tAlpha\t\tP\tPPL\tAAA\t01\t1\t2\t100\nx\tBad\t\tP\tPPL\tAAA\t01\t1\t2\t1\n2\tBad\t\tQ\tPPL\tAAA\t01\t1\t2\t1\n3\tBad\t\tP\tPPL\tAAA\t01\t100\t2\t1\n4\tshort\n"
		rules := "stop\talpha\nplanet\tmars\nprefer\tx\tNOPE\n"
		g, err := Parse(strings.NewReader(gaz), "g.tsv", strings.NewReader(rules), "r.tsv")
		if err == nil {
			t.Fatal("no error")
		}
		for _, want := range []string{"g.tsv:2:", "g.tsv:3:", "g.tsv:4:", "g.tsv:5:", "r.tsv:2:", "r.tsv:3:"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q lacks %q", err, want)
			}
		}
		if g.Len() != 1 || !g.stop["alpha"] {
			t.Error("good lines lost")
		}
	})
	t.Run("Builtin", func(t *testing.T) {
		g, err := Default()
		if err != nil {
			t.Fatal(err)
		}
		if g.Len() < 25000 {
			t.Errorf("built-in gazetteer has %d entries", g.Len())
		}
	})
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"São Paulo": "sao paulo", "Al-Hasakah": "al hasakah", "Sana'a": "sanaa", "Ta‘izz": "taizz",
		"U.S.": "us", "Washington, D.C.": "washington dc", "Düsseldorf": "dusseldorf", "Łódź": "lodz",
		"Kraków": "krakow", "Mazār-e Sharīf": "mazar e sharif", "Straße": "strasse", "  Foo  ": "foo",
	} {
		if got := key(in); got != want {
			t.Errorf("key(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("1\tA\tB|C\tP\tPPL\tAAA\t01\t1\t2\t3\n", "stop\ta\ncue\ta\tAAA\tb|c\n")
	f.Add("#\n\t\t\t\t\t\t\t\t\t\n", "prefer\tx\tAAA.01:P\n")
	f.Fuzz(func(t *testing.T, gaz, rules string) {
		g, _ := Parse(strings.NewReader(gaz), "g.tsv", strings.NewReader(rules), "r.tsv")
		if g == nil {
			t.Fatal("nil gazetteer")
		}
		doc := testdoc.New(t, "", gaz+" "+rules)
		g.Resolve(doc, Options{})
	})
}

func FuzzResolve(f *testing.F) {
	f.Add("KABUL, Afghanistan (Reuters) - Shelling hit Donetsk region and Paris, Texas.")
	f.Add("In Springfield, Ill., the Bank of China met Georgia's UN envoy in Kiev.")
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		doc := testdoc.New(t, "", txt)
		for _, p := range g.Resolve(doc, Options{}) {
			s := doc.Sentences[p.Sentence]
			if p.Start < s.Start || p.End > s.End || p.Start >= p.End || !s.Span.Contains(p.Span) || p.Country == "" {
				t.Fatalf("bad place %+v in sentence %+v", p, s)
			}
		}
	})
}
