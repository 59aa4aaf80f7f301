package models

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/postag"
	"github.com/parleyproject/parley/text"
)

func TestLoadEmbedded(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if s.Tagger == nil || s.Lemmas == nil || s.Parser == nil {
		t.Fatal("missing model")
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWordClasses checks the tagger's word class list against the embedded
// model: each listed word is one the model has no class for, and its tags
// form a class some treebank word has, so the model holds weights for it.
func TestWordClasses(t *testing.T) {
	f, err := embedded.Open(TaggerFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tg, err := postag.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	wc, err := postag.EmbeddedWordClasses()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range wc.Words() {
		if tg.HasWordClass(w) {
			t.Errorf("%s: the model has its own class; the entry is never used", w)
		}
		if !tg.KnownClass(wc.Tags(w)) {
			t.Errorf("%s: %v is no class of the model; its weights are none", w, wc.Tags(w))
		}
	}
}

// TestWordClassesTagging: a news word the treebanks barely show is tagged
// by its listed class ("amid" was read as a verb, "unrest" as an
// adjective), also first in a sentence, but not in a name.
func TestWordClassesTagging(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence string
		want     map[int]string // token index: XPOS
	}{
		{"Ghani announced a ceasefire on Tuesday amid growing unrest and an increasingly bloody war .", map[int]string{6: "IN", 8: "NN"}},
		// A phrasal verb read as a noun before its particle is a verb,
		// but not after a possessive.
		{"The leaders will begin to hand over the arms .", map[int]string{5: "VB"}},
		{"Wen formally hands over the reins to Li .", map[int]string{2: "VBZ"}},
		{"He put his hands over his face .", map[int]string{3: "NNS"}},
		{"EU and UN hand over urgently needed supplies .", map[int]string{4: "RP"}},
		{"The plane flew over the city .", map[int]string{3: "IN"}},
		// "said" set off by commas before its speaker is the verb.
		{"The talks , said one official , were tense .", map[int]string{3: "VBD"}},
		{"The funds , said to total $ 2 billion , were frozen .", map[int]string{3: "VBN"}},
		// An adjective that is a verb too is the verb after "to" before
		// its object, and stays an adjective before the noun it describes.
		{"Israel is set to free 100 prisoners .", map[int]string{3: "TO", 4: "VB"}},
		{"The decision to free Megrahi was wrong .", map[int]string{3: "VB"}},
		{"They demanded access to free medicines .", map[int]string{4: "JJ"}},
		{"We are committed to free trade .", map[int]string{4: "JJ"}},
		{"Amid growing unrest , the army deployed .", map[int]string{0: "IN", 2: "NN"}},
		{"Output fell sharply in March .", map[int]string{0: "NN"}},
		{"Riot police fired tear gas .", map[int]string{0: "NN"}},
		{"Junior Doctors Association said it would strike .", map[int]string{0: "NNP"}},
		// "where" and "when" open clauses with their own finite verbs, as
		// "who" does: the main clause needs one of its own.
		{"Britain extradited radical preacher Abu Hamza to the US , where he will face charges .", map[int]string{1: "VBD"}},
		{"Police detained dozens of protesters in the capital when the march began .", map[int]string{1: "VBD"}},
		// A headline in title case has its verb; names stay names.
		{"China Condemns North Korean Nuclear Test .", map[int]string{0: "NNP", 1: "VBZ"}},
		{"Russia Expels Two British Diplomats .", map[int]string{0: "NNP", 1: "VBZ"}},
		{"Becky A. Stephens Litigation Unit , Enron Corp.", map[int]string{2: "NNP"}},
		// The clause a verb of saying reports without "that" has its verb;
		// a participle after a noun with no object stays one.
		{"The budget office said about half of the higher adjustment in its deficit projections reflected revenue losses from the compromise tax cuts .", map[int]string{14: "VBD"}},
		{"The statement said the funds made available under the arrangement equal 75 percent .", map[int]string{5: "VBN"}},
		{"That is the only way , said a Middle East based source .", map[int]string{10: "VBN"}},
		// A clause with its verb after ", but" leaves the one before it
		// without.
		{"Boeing lost the competition to Northrop Grumman Corp ( NOC.N ) and its European partner EADS ( EAD.PA ) in February , but successfully protested the award .", map[int]string{1: "VBD"}},
		{"Trade ties with Bulgaria , Denmark , and Finland have also been strengthened .", map[int]string{12: "VBN"}},
		// A participle after the subject, with a clause of its own after
		// it and no verb before, is the sentence's verb; not one of
		// naming, nor one before a time.
		{"The central bank chief promised this would change .", map[int]string{4: "VBD"}},
		{"A woman named Mary said she would run .", map[int]string{2: "VBN"}},
		{"Any opinions expressed herein are those of the author .", map[int]string{2: "VBN"}},
		{"Officials contacted by Reuters said the plan would fail .", map[int]string{1: "VBN"}},
		// "hopeful" names a candidate where nothing follows for it to
		// modify.
		{"Sen. Ted Cruz , also a GOP presidential hopeful , called the KKK abhorrent .", map[int]string{8: "NN"}},
		{"It was a hopeful sign .", map[int]string{3: "JJ"}},
		// A legislator's party and state in parentheses are names.
		{"Gov. John Kasich ( R - OH ) said he would win .", map[int]string{4: "NNP", 6: "NNP"}},
		// So has a clause a subordinator opens.
		{"Prices had climbed earlier in the session after gunmen seized 18 foreign workers in three attacks in Nigeria 's oil - producing Niger Delta .", map[int]string{9: "VBD"}},
		{"Obama , who as president serves as commander - in - chief of the U.S. armed forces , uses a smartphone .", map[int]string{15: "JJ"}},
	}
	for _, tt := range tests {
		forms := strings.Fields(tt.sentence)
		toks := make([]text.Token, len(forms))
		for i, f := range forms {
			toks[i].Form = f
		}
		s.Tagger.TagTokens(toks)
		for i, want := range tt.want {
			if toks[i].XPOS != want {
				t.Errorf("%q: %s tagged %s, want %s", tt.sentence, toks[i].Form, toks[i].XPOS, want)
			}
		}
	}
}

// TestWordClassLemmas: a verb the word class list names is a known lemma,
// so its unseen past forms find it ("stoked" was "stok").
func TestWordClassLemmas(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{"stoked": "stoke", "eroded": "erode", "flouted": "flout"} {
		if got := s.Lemmas.Lemma(form, "VERB", "VBD"); got != want {
			t.Errorf("%s: %q, want %q", form, got, want)
		}
	}
}
