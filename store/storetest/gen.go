package storetest

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/parleyproject/parley/text"
)

// fakeActor is a name that Coder recognises, with what it resolves to.
type fakeActor struct {
	name  string
	actor text.Actor
}

func gov(name, code, country string, kind text.ActorKind) fakeActor {
	return fakeActor{name, text.Actor{Code: code, Country: country, Sectors: []string{code[3:]}, Name: name, Kind: kind}}
}

// fakeActors are the actors of the synthetic articles.
var fakeActors = []fakeActor{
	gov("Washington", "USAGOV", "USA", text.KindCountry),
	gov("Beijing", "CHNGOV", "CHN", text.KindCountry),
	gov("Moscow", "RUSGOV", "RUS", text.KindCountry),
	gov("Kyiv", "UKRGOV", "UKR", text.KindCountry),
	gov("Paris", "FRAGOV", "FRA", text.KindCountry),
	gov("Berlin", "DEUGOV", "DEU", text.KindCountry),
	gov("Tokyo", "JPNGOV", "JPN", text.KindCountry),
	gov("Ankara", "TURGOV", "TUR", text.KindCountry),
	gov("Israeli troops", "ISRMIL", "ISR", text.KindSector),
	gov("Iranian officials", "IRNGOV", "IRN", text.KindSector),
	gov("Indian police", "INDCOP", "IND", text.KindSector),
	gov("Sudanese rebels", "SDNREB", "SDN", text.KindSector),
	{"the United Nations", text.Actor{Code: "IGOUNO", Name: "United Nations", Kind: text.KindIGO}},
	{"Antony Blinken", text.Actor{Code: "USAGOV", Country: "USA", Sectors: []string{"GOV"}, Name: "Antony Blinken", Kind: text.KindPerson}},
	{"Wang Yi", text.Actor{Code: "CHNGOV", Country: "CHN", Sectors: []string{"GOV"}, Name: "Wang Yi", Kind: text.KindPerson}},
	{"Sergei Lavrov", text.Actor{Code: "RUSGOV", Country: "RUS", Sectors: []string{"GOV"}, Name: "Sergei Lavrov", Kind: text.KindPerson}},
}

// fakeVerbs are the verb phrases Coder codes, with their CAMEO codes.
var fakeVerbs = []struct{ phrase, code string }{
	{"met with", "040"}, {"hosted", "043"}, {"negotiated with", "046"}, {"praised", "051"},
	{"signed an agreement with", "057"}, {"sent aid to", "070"}, {"appealed to", "020"},
	{"criticized", "111"}, {"accused", "112"}, {"rejected a proposal from", "120"},
	{"threatened", "130"}, {"protested against", "140"}, {"imposed sanctions on", "163"},
	{"arrested supporters of", "173"}, {"attacked", "190"},
}

// fakePlaces are the places Coder resolves after "in".
var fakePlaces = []text.Place{
	{Name: "Geneva", Country: "CHE", Admin1: "07", Lat: 46.20222, Lon: 6.14569, GeoNamesID: 2660646, FeatureClass: "P"},
	{Name: "Vienna", Country: "AUT", Admin1: "09", Lat: 48.20849, Lon: 16.37208, GeoNamesID: 2761369, FeatureClass: "P"},
	{Name: "Doha", Country: "QAT", Admin1: "01", Lat: 25.28545, Lon: 51.53096, GeoNamesID: 290030, FeatureClass: "P"},
	{Name: "Nairobi", Country: "KEN", Admin1: "05", Lat: -1.28333, Lon: 36.81667, GeoNamesID: 184745, FeatureClass: "P"},
	{Name: "Jakarta", Country: "IDN", Admin1: "04", Lat: -6.21462, Lon: 106.84513, GeoNamesID: 1642911, FeatureClass: "P"},
	{Name: "Brussels", Country: "BEL", Admin1: "BRU", Lat: 50.85045, Lon: 4.34878, GeoNamesID: 2800866, FeatureClass: "P"},
	{Name: "Cairo", Country: "EGY", Admin1: "11", Lat: 30.06263, Lon: 31.24967, GeoNamesID: 360630, FeatureClass: "P"},
	{Name: "Lima", Country: "PER", Admin1: "15", Lat: -12.04318, Lon: -77.02824, GeoNamesID: 3936456, FeatureClass: "P"},
}

var speakers = []string{"Antony Blinken", "Wang Yi", "Sergei Lavrov"}

var quoteContents = []string{
	"We had a frank and useful exchange of views",
	"There can be no lasting peace without justice",
	"This agreement is a good step for both our peoples",
	"We will not accept threats against our sovereignty",
	"The talks were difficult but constructive",
	"Nobody wants this crisis to spread further",
}

var fillers = []string{
	"The talks covered trade, security and climate policy, according to officials familiar with the matter.",
	"Analysts said the outcome would depend on decisions taken in the coming weeks by several governments.",
	"Markets in the region were little changed after the announcement, with investors waiting for details.",
	"Diplomats described the atmosphere as calm, although several questions remained open at the end of the day.",
	"The ministry published a short statement on its website late in the evening without further comment.",
	"Observers noted that similar meetings last year had produced few concrete results for either side.",
	"Local newspapers reported on the visit at length, and television stations broadcast parts of the press conference.",
	"A spokesperson declined to give a timetable for the next round of discussions between the delegations.",
	"Officials were expected to return to the capital on Thursday to brief lawmakers on the progress made.",
	"The issue has divided public opinion for years and remains a frequent subject of debate in parliament.",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}

// Article returns synthetic article i of the series seed: about 600 words
// in five paragraphs, with about ten event sentences, five quotations and
// five places that Coder recognises. The same seed and i always give the
// same article.
func Article(seed uint64, i int) *text.Document { return ArticleEvents(seed, i, 10) }

// ArticleEvents is Article with about events event sentences (rounded to a
// multiple of five, at least five) in the same 600 words, fewer of the
// other sentences making room for them; ArticleEvents(seed, i, 10) is
// Article(seed, i).
func ArticleEvents(seed uint64, i, events int) *text.Document {
	perParagraph := max(1, (events+2)/5)
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	day := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(365))
	var b strings.Builder
	words := 0
	sentence := func(s string) {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n\n") {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		words += strings.Count(s, " ") + 1
	}
	pick := func(n int) int { return r.IntN(n) }
	for p := range 5 {
		if p > 0 {
			b.WriteString("\n\n")
		}
		for range perParagraph {
			a, c := fakeActors[pick(len(fakeActors))], fakeActors[pick(len(fakeActors))]
			v := fakeVerbs[pick(len(fakeVerbs))]
			s := a.name + " " + v.phrase + " " + c.name
			if r.IntN(6) == 0 {
				s = a.name + " did not say it " + v.phrase + " " + c.name
			}
			if r.IntN(2) == 0 {
				s += " in " + fakePlaces[pick(len(fakePlaces))].Name
			}
			s += " on " + weekdays[pick(len(weekdays))] + "."
			sentence(upperFirst(s))
		}
		sentence("\"" + quoteContents[pick(len(quoteContents))] + ",\" said " + speakers[pick(len(speakers))] + ".")
		for range max(0, 5-perParagraph) {
			sentence(fillers[pick(len(fillers))])
		}
	}
	for words < 600 {
		sentence(fillers[pick(len(fillers))])
	}
	id := fmt.Sprintf("art-%d-%06d", seed, i)
	return &text.Document{
		ID:     id,
		URL:    fmt.Sprintf("https://news%d.example.org/%s", i%7, id),
		Title:  fmt.Sprintf("Article %d", i),
		Source: fmt.Sprintf("news%d", i%7),
		Date:   day.Add(time.Duration(r.IntN(86400)) * time.Second),
		Text:   b.String(),
	}
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// WriteJSONL writes articles first..first+n-1 of series seed as JSON lines
// in the document form of contract 1.
func WriteJSONL(w io.Writer, seed uint64, first, n int) error {
	enc := json.NewEncoder(w)
	for i := first; i < first+n; i++ {
		d := Article(seed, i)
		rec := map[string]string{"id": d.ID, "text": d.Text, "date": d.Date.Format(time.RFC3339),
			"title": d.Title, "url": d.URL, "source": d.Source}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("write article %d: %w", i, err)
		}
	}
	return nil
}
