package actor

import "testing"

// TestGrammarRules checks the phrase rules of FORMAT.md ("A few rules of the
// phrase grammar") on the embedded dictionary.
func TestGrammarRules(t *testing.T) {
	d := testDict(t)
	tags := map[string]string{"northern": "ADJ", "support": "NOUN", "flew": "VERB", "Oil": "NOUN"}
	tests := []struct {
		name, date, sentence, want string
	}{
		{"lowercase name after a title", "2015-06-18", "President obama expressed sorrow.", "President obama=USAGOV"},
		{"lowercase adjective before a sector noun", "2015-06-18", "Syrian forces clashed with tunisian rioters.", "Syrian forces=SYRMIL; tunisian rioters=TUNOPP"},
		{"adjective of a place is no actor", "2015-06-18", "Police clashed with rioters in the Egyptian square.", "Police=---COP; rioters=---OPP; Egyptian=EGY"},
		{"of-phrase with a head of its own", "2015-06-18", "Opponents of Rwanda's Senate protested.", "Opponents of Rwanda's Senate=RWALEG"},
		{"of-phrase with a name before its head", "2013-04-21", "The head of Israel's Histadrut labor union protested.", "head of Israel's Histadrut labor union=ISRLAB"},
		{"adjectives before the of-locator", "2008-08-06", "Israel released the mayor of the northern West Bank city of Nablus.", "Israel=ISR; mayor of the northern West Bank=PSEGOV; Nablus=PSE"},
		{"coordinated locators after in", "2015-06-18", "Protesters in France and Germany objected.", "Protesters in France and Germany=FRAOPP|DEUOPP"},
		{"acronym and adjective share a head", "2008-08-06", "US and British activists staged a protest.", "US and British activists=USAOPP|GBROPP"},
		{"non- names nobody", "2013-09-21", "The attack targeted non-Muslims.", ""},
		{"a capital after from in a noun's phrase is an actor", "2008-08-06", "The step enjoyed support from Moscow and Beijing.", "Moscow=RUSGOV; Beijing=CHNGOV"},
		{"a capital after from in a verb's phrase is a place", "2008-08-06", "Lavrov flew from Moscow.", "Lavrov=RUSGOV"},
		{"a superlative between the country and its firm", "2008-08-06", "Taiwan's largest steelmaker and the U.S. oil giant agreed.", "Taiwan's largest steelmaker=TWNBUS; U.S. oil giant=USABUS"},
		{"a company's suffix is a business", "2008-08-06", "National Iranian Oil Co. and Serbia's Chamber of Commerce agreed.", "National Iranian Oil Co=IRNBUS; Serbia's Chamber of Commerce=SRBBUS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := testDoc(t, tt.date, tt.sentence)
			for i := range doc.Tokens {
				doc.Tokens[i].UPOS = tags[doc.Tokens[i].Form]
				doc.Tokens[i].DepRel = "dep" // tagged: the rules read the tags
			}
			if got := describe(doc, d.Resolve(doc)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBothSidesLaterPair: "both sides" takes the pair its own sentence names
// after it rather than an earlier sentence's.
func TestBothSidesLaterPair(t *testing.T) {
	d := testDict(t)
	doc := testDoc(t, "2023-06-19", "China and Japan held talks.", "Both sides, Russia and Ukraine, agreed.")
	want := "China=CHN; Japan=JPN; Both sides=RUS|UKR; Russia=RUS; Ukraine=UKR"
	if got := describe(doc, d.Resolve(doc)); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	doc = testDoc(t, "2023-06-19", "China and Japan held talks.", "Both sides agreed.")
	want = "China=CHN; Japan=JPN; Both sides=CHN|JPN"
	if got := describe(doc, d.Resolve(doc)); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestNounOnly: a sector noun or title of the noun-only class names no
// actor as an adjective before a noun ("a local archaeologist", "general
// agreement"), but does as a noun ("the public") and, a title, before a name
// whatever its tag ("general Bozizé").
func TestNounOnly(t *testing.T) {
	d := testDict(t)
	tests := []struct {
		name, sentence string
		adjectives     []int // tokens tagged adjectives modifying the next one
		nouns          []int // tokens tagged common nouns
		compounds      []int // tokens tagged common nouns modifying the next one
		want           string
	}{
		{"sector noun", "The public backed a local archaeologist despite public debt.", []int{4, 7}, []int{1}, nil, "public=---CVL"},
		{"title", "The general manager saw general agreement, and general Bozizé agreed.", []int{1, 4, 8}, []int{9}, nil, "general Bozizé=---MIL"},
		{"company noun", "The firm gave a firm guarantee of academic freedom.", []int{4, 7}, []int{1}, nil, "firm=---BUS"},
		{"noun as adjective", "The general strike ended, and general Bozizé agreed.", nil, []int{2}, []int{1}, "general Bozizé=CAFGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := testDoc(t, "2011-06-01", tt.sentence)
			for i := range doc.Tokens {
				doc.Tokens[i].DepRel = "dep"
			}
			for _, i := range tt.adjectives {
				tok := &doc.Tokens[i]
				tok.UPOS, tok.DepRel, tok.Head = "ADJ", "amod", i+1
			}
			for _, i := range tt.nouns {
				doc.Tokens[i].UPOS = "NOUN"
			}
			for _, i := range tt.compounds {
				tok := &doc.Tokens[i]
				tok.UPOS, tok.DepRel, tok.Head = "NOUN", "compound", i+1
			}
			if got := describe(doc, d.Resolve(doc)); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestBothSidesOfAKind: "the two countries" are the last two countries
// named together, not two leaders; "both leaders" the last two people.
func TestBothSidesOfAKind(t *testing.T) {
	d := testDict(t)
	doc := testDoc(t, "2009-04-01", "China and Japan met.", "Obama and Medvedev spoke.", "The two countries and both leaders agreed.")
	want := "China=CHN; Japan=JPN; Obama=USAGOV; Medvedev=RUSGOV; The two countries=CHN|JPN; both leaders=USAGOV|RUSGOV"
	if got := describe(doc, d.Resolve(doc)); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
