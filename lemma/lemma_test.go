package lemma

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/text"
)

// word is one training word: form, lemma, UPOS, XPOS.
type word [4]string

// sentences builds one-word-per-sentence training data from words, each
// repeated n times.
func sentences(n int, words ...word) []*conllu.Sentence {
	var out []*conllu.Sentence
	for range n {
		s := &conllu.Sentence{}
		for i, w := range words {
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: w[0], Lemma: w[1], UPOS: w[2], XPOS: w[3], Head: 0})
		}
		out = append(out, s)
	}
	return out
}

// smallModel is trained on a handful of hand-written words, so that the
// mechanics can be tested without the treebanks.
func smallModel(tb testing.TB) *Model {
	tb.Helper()
	sents := sentences(1,
		word{"walked", "walk", "VERB", "VBD"}, word{"talked", "talk", "VERB", "VBD"},
		word{"jumped", "jump", "VERB", "VBD"}, word{"looked", "look", "VERB", "VBD"},
		word{"baked", "bake", "VERB", "VBD"}, word{"liked", "like", "VERB", "VBD"},
		word{"hoped", "hope", "VERB", "VBD"}, word{"named", "name", "VERB", "VBD"},
		word{"tried", "try", "VERB", "VBD"}, word{"cried", "cry", "VERB", "VBD"},
		word{"went", "go", "VERB", "VBD"}, word{"met", "meet", "VERB", "VBD"},
		word{"smoke", "smoke", "NOUN", "NN"}, word{"dogs", "dog", "NOUN", "NNS"},
		word{"cats", "cat", "NOUN", "NNS"}, word{"cities", "city", "NOUN", "NNS"},
		word{"ladies", "lady", "NOUN", "NNS"}, word{"children", "child", "NOUN", "NNS"},
		word{"The", "the", "DET", "DT"}, word{"the", "the", "DET", "DT"},
		word{"Apple", "Apple", "PROPN", "NNP"}, word{"GOODWYN", "Goodwyn", "PROPN", "NNP"},
		word{"States", "State", "PROPN", "NNPS"}, word{"Islands", "Island", "PROPN", "NNPS"},
		word{"200,000", "200000", "NUM", "CD"}, word{"“", `"`, "PUNCT", "``"},
		word{"n't", "not", "PART", "RB"}, word{"'s", "be", "AUX", "VBZ"},
		word{"had", "have", "AUX", "VBD"}, word{"X", "_", "X", "GW"},
	)
	m, err := Train(sents, TrainOptions{MinSuffixWords: 2})
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestLemmaSmallModel(t *testing.T) {
	m := smallModel(t)
	for _, c := range []struct {
		form, upos, xpos, want string
	}{
		{"went", "VERB", "VBD", "go"},                // stored irregular form
		{"Went", "VERB", "VBD", "go"},                // recased, then stored
		{"met", "VERB", "VBD", "meet"},               //
		{"kicked", "VERB", "VBD", "kick"},            // unseen: the edit of "-ed"
		{"dried", "VERB", "VBD", "dry"},              // unseen: the edit of "-ied"
		{"smoked", "VERB", "VBD", "smoke"},           // "smoke" is a known lemma
		{"ponies", "NOUN", "NNS", "pony"},            //
		{"pens", "NOUN", "NNS", "pen"},               //
		{"children", "NOUN", "NNS", "child"},         //
		{"The", "DET", "DT", "the"},                  //
		{"Xi", "PROPN", "NNP", "Xi"},                 // proper nouns keep their form
		{"Talks", "PROPN", "NNP", "Talks"},           //
		{"GOODWYN", "PROPN", "NNP", "Goodwyn"},       // stored
		{"Nations", "PROPN", "NNPS", "Nation"},       // plural proper nouns lose the plural
		{"1,234,567", "NUM", "CD", "1234567"},        // digit-grouping commas go
		{"3,40", "NUM", "CD", "3,40"},                // other commas stay
		{"”", "PUNCT", "''", "”"},                    // unseen punctuation keeps its form
		{"“", "PUNCT", "``", `"`},                    // stored punctuation
		{"n’t", "PART", "RB", "not"},                 // typographic apostrophe
		{"had", "AUX", "VBN", "have"},                // stored under a sibling tag
		{"walked", "VERB", "", "walk"},               // no XPOS: the UPOS's first tag
		{"walked", "", "VBD", "walk"},                // no UPOS: the XPOS's first tag
		{"walked", "INTJ", "UH", "walked"},           // unknown tags
		{"", "NOUN", "NN", ""},                       //
		{"X", "X", "GW", "X"},                        // "_" lemmas are not learned
		{"blinkenized", "VERB", "VBD", "blinkenize"}, //
	} {
		if got := m.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %q, %q) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}

func TestLemmatize(t *testing.T) {
	m := smallModel(t)
	doc := &text.Document{Text: "The dogs went"}
	for _, tok := range []struct {
		start, end int
		upos, xpos string
	}{{0, 3, "DET", "DT"}, {4, 8, "NOUN", "NNS"}, {9, 13, "VERB", "VBD"}} {
		doc.Tokens = append(doc.Tokens, text.Token{
			Span: text.Span{Start: tok.start, End: tok.end}, Form: doc.Text[tok.start:tok.end],
			UPOS: tok.upos, XPOS: tok.xpos, Head: -1, MultiWord: -1,
		})
	}
	m.Lemmatize(doc)
	var got []string
	for _, tok := range doc.Tokens {
		got = append(got, tok.Lemma)
	}
	if strings.Join(got, " ") != "the dog go" {
		t.Errorf("lemmas %q, want [the dog go]", got)
	}
}

func TestTrainErrors(t *testing.T) {
	t.Run("ErrNoTrainingData", func(t *testing.T) {
		_, err := Train(sentences(1, word{"X", "_", "X", "GW"}), TrainOptions{})
		if !errors.Is(err, ErrNoTrainingData) {
			t.Errorf("err = %v, want ErrNoTrainingData", err)
		}
	})
}

func TestTrainSkipsMalformedWords(t *testing.T) {
	m, err := Train(sentences(1, word{"dogs", "dog", "NOUN", "NNS"}, word{"ca\tts", "cat", "NOUN", "NNS"},
		word{"b\xffd", "bad", "NOUN", "NNS"}), TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(bytes.NewReader(encode(t, m))); err != nil {
		t.Fatalf("model trained on malformed words does not read back: %v", err)
	}
	if len(m.words) != 0 {
		t.Errorf("stored words %q", m.words)
	}
}

func TestTrainDeterministic(t *testing.T) {
	var first []byte
	for i := range 3 {
		data := encode(t, smallModel(t))
		if i == 0 {
			first = data
		} else if !bytes.Equal(first, data) {
			t.Fatal("two trainings on the same data wrote different models")
		}
	}
}

// encode returns m as WriteTo writes it, checking the byte count WriteTo
// reports.
func encode(tb testing.TB, m *Model) []byte {
	tb.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil {
		tb.Fatal(err)
	}
	if n != int64(buf.Len()) {
		tb.Errorf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	m := smallModel(t)
	data := encode(t, m)
	m2, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Read: %v\n%s", err, data)
	}
	for _, w := range [][3]string{{"went", "VERB", "VBD"}, {"kicked", "VERB", "VBD"}, {"Went", "VERB", "VBD"},
		{"ponies", "NOUN", "NNS"}, {"GOODWYN", "PROPN", "NNP"}, {"had", "AUX", "VBN"}, {"1,200", "NUM", "CD"}} {
		if a, b := m.Lemma(w[0], w[1], w[2]), m2.Lemma(w[0], w[1], w[2]); a != b {
			t.Errorf("%v: trained %q, re-read %q", w, a, b)
		}
	}
	if !bytes.Equal(data, encode(t, m2)) {
		t.Error("re-read model writes different bytes")
	}
}

func TestReadErrors(t *testing.T) {
	const head = "parley-lemma\t1\n"
	for _, c := range []struct {
		name, in string
		line     int
		msg      string
	}{
		{"ErrEmpty", "", 0, "empty model file"},
		{"ErrCommentsOnly", "# nothing\n\n", 2, "empty model file"},
		{"ErrNotAModel", "hello\tworld\n", 1, "not a parley-lemma model"},
		{"ErrVersion", "parley-lemma\t2\n", 1, `unsupported parley-lemma version "2"`},
		{"ErrUnknownRecord", head + "tag\tNOUN\tNN\nfoo\tbar\n", 3, `unknown record "foo"`},
		{"ErrFieldCount", head + "tag\tNOUN\n", 2, "tag record has 2 fields, want 3"},
		{"ErrDuplicateTag", head + "tag\tNOUN\tNN\ntag\tNOUN\tNN\n", 3, "duplicate tag NOUN NN"},
		{"ErrUndeclaredTag", head + "word\tNOUN\tNN\tdogs\tdog\n", 2, "tag NOUN NN not declared"},
		{"ErrBadStrip", head + "tag\tNOUN\tNN\nedit\tNOUN\tNN\ts\t-1\t\n", 3, `bad strip count "-1"`},
		{"ErrHugeStrip", head + "tag\tNOUN\tNN\nfrequent\tNOUN\tNN\t99999\t\n", 3, `bad strip count "99999"`},
		{"ErrShape", head + "tag\tNOUN\tNN\ncase\tNOUN\tNN\tnone\t\tkeep\n", 3, `unknown shape "none"`},
		{"ErrCasing", head + "tag\tNOUN\tNN\ncase\tNOUN\tNN\ttitle\t\tupper\n", 3, `unknown casing "upper"`},
		{"ErrDuplicateEdit", head + "tag\tNOUN\tNN\nedit\tNOUN\tNN\ts\t1\t\nedit\tNOUN\tNN\ts\t2\t\n", 4, `duplicate edit of "s"`},
		{"ErrEmptyLemma", head + "tag\tNOUN\tNN\nword\tNOUN\tNN\tdogs\t\n", 3, "empty form or lemma"},
		{"ErrEmptyKnown", head + "lemma\t\n", 2, "empty lemma"},
		{"ErrUTF8", head + "lemma\t\xff\n", 2, "invalid UTF-8"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(c.in))
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a *FormatError", err)
			}
			if fe.Line != c.line || !strings.Contains(fe.Msg, c.msg) {
				t.Errorf("err = %v, want line %d and %q", err, c.line, c.msg)
			}
		})
	}
}

func TestShapeOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want shape
	}{
		{"", shapeNone}, {"--", shapeNone}, {"dog", shapeLower}, {"Dog", shapeTitle}, {"I", shapeTitle},
		{"US", shapeUpperShort}, {"NATO", shapeUpperShort}, {"UNESCO", shapeUpperLong}, {"McCain", shapeMixed},
		{"EB3326", shapeCode}, {"01-Feb-02", shapeCode}, {"a@b.com", shapeCode}, {"Élysée", shapeTitle},
	} {
		if got := shapeOf(c.in); got != c.want {
			t.Errorf("shapeOf(%q) = %s, want %s", c.in, shapeNames[got], shapeNames[c.want])
		}
	}
}

func TestDropDigitCommas(t *testing.T) {
	for in, want := range map[string]string{
		"200,000": "200000", "1,234,567.89": "1234567.89", "1200": "1200", "3,40": "3,40", "7,5": "7,5",
		",000": ",000", "1,2345": "1,2345", "1,000,": "1,000,", "12,000.5.1": "12,000.5.1", "a,000": "a,000",
	} {
		if got := dropDigitCommas(in); got != want {
			t.Errorf("dropDigitCommas(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLemmaNoAllocs checks that stored words and words the edits only cut
// cost no allocation.
func TestLemmaNoAllocs(t *testing.T) {
	m := smallModel(t)
	for _, w := range [][3]string{{"went", "VERB", "VBD"}, {"walked", "VERB", "VBD"}, {"kicked", "VERB", "VBD"}, {"dogs", "NOUN", "NNS"}, {"pens", "NOUN", "NNS"}, {"Xi", "PROPN", "NNP"}} {
		if n := testing.AllocsPerRun(100, func() { m.Lemma(w[0], w[1], w[2]) }); n != 0 {
			t.Errorf("Lemma(%q) allocates %.0f times", w[0], n)
		}
	}
}

// TestTreebankTable checks words of news text against the model trained on
// the treebanks.
func TestTreebankTable(t *testing.T) {
	m := trainedModel(t)
	for _, c := range []struct {
		form, upos, xpos, want string
	}{
		{"talks", "NOUN", "NNS", "talk"},
		{"talks", "VERB", "VBZ", "talk"},
		{"met", "VERB", "VBD", "meet"},
		{"meeting", "NOUN", "NN", "meeting"},
		{"meeting", "VERB", "VBG", "meet"},
		{"was", "AUX", "VBD", "be"},
		{"were", "AUX", "VBD", "be"},
		{"better", "ADJ", "JJR", "good"},
		{"worst", "ADJ", "JJS", "bad"},
		{"children", "NOUN", "NNS", "child"},
		{"went", "VERB", "VBD", "go"},
		{"Went", "VERB", "VBD", "go"},
		{"said", "VERB", "VBD", "say"},
		{"U.S.", "PROPN", "NNP", "U.S."},
		{"Xi", "PROPN", "NNP", "Xi"},
		{"Blinken", "PROPN", "NNP", "Blinken"},
		{"Talks", "PROPN", "NNP", "Talks"},
		{"States", "PROPN", "NNPS", "State"},
		{"NATO", "PROPN", "NNP", "NATO"},
		{"ASEAN", "PROPN", "NNP", "ASEAN"},
		{"ECOWAS", "PROPN", "NNP", "ECOWAS"},
		{"The", "DET", "DT", "the"},
		{"I", "PRON", "PRP", "I"},
		{"n't", "PART", "RB", "not"},
		{"n’t", "PART", "RB", "not"},
		{"'s", "AUX", "VBZ", "be"},
		{"'s", "PART", "POS", "'s"},
		{"’s", "PART", "POS", "'s"},
		{"'re", "AUX", "VBP", "be"},
		{"'m", "AUX", "VBP", "be"},
		{"wo", "AUX", "MD", "will"},
		{"ca", "AUX", "MD", "can"},
		{"1,200", "NUM", "CD", "1200"},
		{"Two", "NUM", "CD", "two"},
		{"“", "PUNCT", "``", `"`},
		{"blinkenized", "VERB", "VBD", "blinkenize"},
		{"sanctioned", "VERB", "VBN", "sanction"},
		{"airstrikes", "NOUN", "NNS", "airstrike"},
		{"militias", "NOUN", "NNS", "militia"},
		{"shelled", "VERB", "VBD", "shell"},
	} {
		if got := m.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(encode(f, smallModel(f)))
	f.Add([]byte("parley-lemma\t1\ntag\tNOUN\tNN\nedit\tNOUN\tNN\ts\t1\t\nedit\tNOUN\tNN\t\t0\t\n"))
	f.Add([]byte("parley-lemma\t1\ntag\tNOUN\tNN\ncase\tNOUN\tNN\ttitle\t\tlower\nword\tNOUN\tNN\tmice\tmouse\n"))
	f.Add([]byte("parley-lemma\t1\ntag\tVERB\tVBD\nfrequent\tVERB\tVBD\t1000\tx\n"))
	f.Add([]byte("parley-lemma\t2\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FormatError", err)
			}
			return
		}
		// A model that reads must answer without panicking, in valid UTF-8
		// for valid input, and survive a round trip.
		for _, tag := range m.tags {
			for _, form := range []string{"dogs", "Went", "mice", "ÉCOLE", "a", "x\xff", "1,000"} {
				l := m.Lemma(form, tag.upos, tag.xpos)
				if utf8.ValidString(form) && !utf8.ValidString(l) {
					t.Fatalf("Lemma(%q) = %q is not valid UTF-8", form, l)
				}
			}
		}
		if _, err := Read(bytes.NewReader(encode(t, m))); err != nil {
			t.Fatalf("re-reading a written model: %v", err)
		}
	})
}

func FuzzLemma(f *testing.F) {
	m := smallModel(f)
	for _, s := range []string{"went", "Went", "kicked", "ÉCOLE", "n’t", "1,200", "x\xff\xfe", "dried"} {
		f.Add(s, "VERB", "VBD")
	}
	f.Add("GOODWYN", "PROPN", "NNP")
	f.Add("States", "PROPN", "NNPS")
	f.Fuzz(func(t *testing.T, form, upos, xpos string) {
		l := m.Lemma(form, upos, xpos)
		if utf8.ValidString(form) && !utf8.ValidString(l) {
			t.Fatalf("Lemma(%q, %q, %q) = %q is not valid UTF-8", form, upos, xpos, l)
		}
		if form != "" && l == "" {
			t.Fatalf("Lemma(%q, %q, %q) is empty", form, upos, xpos)
		}
	})
}

// BenchmarkLemma lemmatizes the words of the EWT development set with their
// gold tags.
func BenchmarkLemma(b *testing.B) {
	m := trainedModel(b)
	var words [][3]string
	for _, s := range readTreebank(b, "en_ewt-ud-dev.conllu.gz") {
		for _, w := range s.Words {
			words = append(words, [3]string{w.Form, w.UPOS, w.XPOS})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		w := words[n%len(words)]
		m.Lemma(w[0], w[1], w[2])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lemmas/s")
}

// TestTrainLexicon checks that lexicon words are learnt without changing
// what the endings teach about other words.
func TestTrainLexicon(t *testing.T) {
	sents := sentences(1,
		word{"shoes", "shoe", "NOUN", "NNS"}, word{"toes", "toe", "NOUN", "NNS"},
		word{"foes", "foe", "NOUN", "NNS"}, word{"hoes", "hoe", "NOUN", "NNS"},
		word{"cats", "cat", "NOUN", "NNS"}, word{"dogs", "dog", "NOUN", "NNS"})
	lexicon := []LexiconWord{
		{Form: "embargoes", UPOS: "NOUN", XPOS: "NNS", Lemma: "embargo"},
		{Form: "vetoes", UPOS: "NOUN", XPOS: "NNS", Lemma: "veto"},
		{Form: "unknowns", UPOS: "X", XPOS: "FW", Lemma: "unknown"}, // tags no training word has
	}
	plain, err := Train(sents, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(sents, TrainOptions{Lexicon: lexicon})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ form, want, wantPlain string }{
		{"embargoes", "embargo", "embargoe"},
		{"vetoes", "veto", "vetoe"},
		{"woes", "woe", "woe"}, // the "-oes" ending still keeps its "e"
		{"birds", "bird", "bird"},
	} {
		if got := m.Lemma(c.form, "NOUN", "NNS"); got != c.want {
			t.Errorf("with lexicon: %s → %q, want %q", c.form, got, c.want)
		}
		if got := plain.Lemma(c.form, "NOUN", "NNS"); got != c.wantPlain {
			t.Errorf("without lexicon: %s → %q, want %q", c.form, got, c.wantPlain)
		}
	}
}

// TestAddKnownLemmas: a lemma training never showed, once known, wins
// among the edits of an unseen form (the small model makes "stok" of
// "stoked" and "floute" of "flouted").
func TestAddKnownLemmas(t *testing.T) {
	m := smallModel(t)
	m.AddKnownLemmas([]string{"Stoke", "flout"})
	for form, want := range map[string]string{"stoked": "stoke", "flouted": "flout"} {
		if got := m.Lemma(form, "VERB", "VBD"); got != want {
			t.Errorf("%s: %q, want %q", form, got, want)
		}
	}
}
