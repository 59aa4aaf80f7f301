package date

import (
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/internal/testdoc"
	"github.com/parleyproject/parley/text"
)

func TestEventDate(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	t.Run("NearestWithoutParse", func(t *testing.T) {
		doc := testdoc.New(t, "2023-06-19", "On Monday the minister said the attack happened on Friday.")
		for k := range doc.Tokens {
			if f := doc.Tokens[k].Form; f == "said" || f == "happened" {
				doc.Tokens[k].UPOS = "VERB"
			}
		}
		said, happened := tokenIndex(t, doc, "said"), tokenIndex(t, doc, "happened")
		e, ok := r.EventDate(doc, 0, said, false)
		if !ok || e.Value != day(2023, 6, 19) || doc.SpanText(e.Span) != "On Monday" {
			t.Errorf("said: got %q %v %v", doc.SpanText(e.Span), e.Value, ok)
		}
		e, ok = r.EventDate(doc, 0, happened, false)
		if !ok || e.Value != day(2023, 6, 16) || doc.SpanText(e.Span) != "on Friday" {
			t.Errorf("happened: got %q %v %v", doc.SpanText(e.Span), e.Value, ok)
		}
	})
	t.Run("DeadlineAheadDatesNoEvent", func(t *testing.T) {
		// A time limit after the document's date is no event's date; one
		// before it bounds a past event and dates it.
		for _, tc := range []struct {
			text, verb, want string
			day              time.Time
		}{
			{"Leaders promised to cut emissions by 2050.", "promised", "", day(2023, 6, 19)},
			{"The minister will stay until next Friday.", "stay", "", day(2023, 6, 19)},
			{"Rebels had seized the town by Monday.", "seized", "by Monday", day(2023, 6, 19)},
			{"The minister will visit China on Friday.", "visit", "on Friday", day(2023, 6, 16)},
		} {
			doc := testdoc.New(t, "2023-06-19", tc.text)
			v := tokenIndex(t, doc, tc.verb)
			doc.Tokens[v].UPOS = "VERB"
			e, ok := r.EventDate(doc, 0, v, false)
			if !ok || doc.SpanText(e.Span) != tc.want || e.Value != tc.day {
				t.Errorf("%q: got %q %v %v, want %q %v", tc.text, doc.SpanText(e.Span), e.Value, ok, tc.want, tc.day)
			}
		}
	})
	t.Run("ClauseFromParse", func(t *testing.T) {
		// "Police said on Tuesday that rebels attacked the town on Sunday."
		doc := testdoc.New(t, "2023-06-19", "Police said on Tuesday that rebels attacked the town on Sunday.")
		heads := []int{1, -1, 3, 1, 6, 6, 1, 8, 6, 10, 6, 1}
		rels := []string{"nsubj", "root", "case", "obl", "mark", "nsubj", "ccomp", "det", "obj", "case", "obl", "punct"}
		for k := range doc.Tokens {
			doc.Tokens[k].Head, doc.Tokens[k].DepRel = heads[k], rels[k]
		}
		doc.Tokens[1].UPOS, doc.Tokens[6].UPOS = "VERB", "VERB"
		// "attacked" is nearer to "on Tuesday" than to "on Sunday" by one token
		// less, but the parse attaches "on Sunday" to it.
		e, _ := r.EventDate(doc, 0, 6, false)
		if doc.SpanText(e.Span) != "on Sunday" || e.Value != day(2023, 6, 18) {
			t.Errorf("attacked: got %q %v", doc.SpanText(e.Span), e.Value)
		}
		e, _ = r.EventDate(doc, 0, 1, false)
		if doc.SpanText(e.Span) != "on Tuesday" || e.Value != day(2023, 6, 13) {
			t.Errorf("said: got %q %v", doc.SpanText(e.Span), e.Value)
		}
	})
	t.Run("FutureHintStopsAtPastClause", func(t *testing.T) {
		// "Naimi said on Sunday that OPEC would meet on Friday." (a Monday)
		doc := testdoc.New(t, "2023-06-19", "Naimi said on Sunday that OPEC would meet on Friday.")
		heads := []int{1, -1, 3, 1, 7, 7, 7, 1, 9, 7, 1}
		rels := []string{"nsubj", "root", "case", "obl", "mark", "nsubj", "aux", "ccomp", "case", "obl", "punct"}
		for k := range doc.Tokens {
			doc.Tokens[k].Head, doc.Tokens[k].DepRel = heads[k], rels[k]
		}
		doc.Tokens[1].UPOS, doc.Tokens[1].XPOS = "VERB", "VBD"
		doc.Tokens[7].UPOS, doc.Tokens[7].XPOS = "VERB", "VB"
		// The meeting's own date lies ahead ...
		e, _ := r.EventDate(doc, 0, 7, true)
		if doc.SpanText(e.Span) != "on Friday" || e.Value != day(2023, 6, 23) {
			t.Errorf("meet: got %q %v", doc.SpanText(e.Span), e.Value)
		}
		// ... but not the date of the saying, when the meeting has none.
		doc = testdoc.New(t, "2023-06-19", "Naimi said on Sunday that OPEC would meet.")
		heads = []int{1, -1, 3, 1, 7, 7, 7, 1, 1}
		rels = []string{"nsubj", "root", "case", "obl", "mark", "nsubj", "aux", "ccomp", "punct"}
		for k := range doc.Tokens {
			doc.Tokens[k].Head, doc.Tokens[k].DepRel = heads[k], rels[k]
		}
		doc.Tokens[1].UPOS, doc.Tokens[1].XPOS = "VERB", "VBD"
		doc.Tokens[7].UPOS, doc.Tokens[7].XPOS = "VERB", "VB"
		e, _ = r.EventDate(doc, 0, 7, true)
		if doc.SpanText(e.Span) != "on Sunday" || e.Value != day(2023, 6, 18) {
			t.Errorf("meet, dated by the saying: got %q %v", doc.SpanText(e.Span), e.Value)
		}
	})
	t.Run("BaselineDatesNoEvent", func(t *testing.T) {
		for _, c := range []struct{ text, verb, want string }{
			{"Exports fell a quarter from a year ago, officials said.", "said", "2023-06-21"},
			{"Exports were higher than last year, officials said.", "said", "2023-06-21"},
			{"Exports rose compared with 2019, officials said.", "said", "2023-06-21"},
			{"Talks will run from Monday to Friday.", "run", "2023-06-26"},
			{"Talks will run from Monday.", "run", "2023-06-26"},
		} {
			doc := testdoc.New(t, "2023-06-21", c.text)
			verb := tokenIndex(t, doc, c.verb)
			doc.Tokens[verb].UPOS = "VERB"
			e, ok := r.EventDate(doc, 0, verb, true)
			if !ok || e.Value.Format("2006-01-02") != c.want {
				t.Errorf("%q: got %q %v, want %s", c.text, doc.SpanText(e.Span), e.Value, c.want)
			}
		}
	})
	t.Run("TimelineHeadings", func(t *testing.T) {
		// The parse makes each heading the root, so that no clause of the
		// item attaches it (as the parser reads such items).
		flat := func(doc *text.Document) {
			for _, s := range doc.Sentences {
				for k := s.Start; k < s.End; k++ {
					doc.Tokens[k].Head, doc.Tokens[k].DepRel = s.Start, "dep"
				}
				doc.Tokens[s.Start].Head, doc.Tokens[s.Start].DepRel = -1, "root"
			}
		}
		for _, c := range []struct {
			text, verb, xpos string
			sentence         int
			want             string
		}{
			{"February 17, 2008 - Kosovo declares independence. It is recognised. July 21 - Karadzic is arrested in Belgrade.", "arrested", "VBN", 2, "2008-07-21"},
			{"Aug 31, 2010: Regulators reject the bid.", "reject", "VBP", 0, "2010-08-31"},
			{"March 22 - Google shuts its search service.", "shuts", "VBZ", 0, "2013-03-22"},
			// A calendar of coming events: the year is not known.
			{"June 26 - Meeting of G20 leaders in Toronto.", "Meeting", "NN", 0, "2013-04-22"},
		} {
			doc := testdoc.New(t, "2013-04-22", c.text)
			flat(doc)
			verb := tokenIndex(t, doc, c.verb)
			doc.Tokens[verb].UPOS, doc.Tokens[verb].XPOS = "VERB", c.xpos
			e, ok := r.EventDate(doc, c.sentence, verb, false)
			if !ok || e.Value.Format("2006-01-02") != c.want {
				t.Errorf("%q: got %q %v (%s), want %s", c.text, doc.SpanText(e.Span), e.Value, e.Rule, c.want)
			}
		}
	})
	t.Run("WhatHeadsAnItem", func(t *testing.T) {
		for _, c := range []struct {
			text string
			want bool
		}{
			{"July 21 - Karadzic is arrested.", true},
			{"* Aug 31, 2010: Regulators reject the bid.", true},
			{"Police said: July 21 - a date.", false},
			{"July 21 Karadzic was arrested.", false},
			{"2008 - A year alone heads nothing.", false},
		} {
			doc := testdoc.New(t, "2013-04-22", c.text)
			if got := headingOf(doc, doc.Sentences[0], r.Find(doc, 0, false)) >= 0; got != c.want {
				t.Errorf("%q: heading %v, want %v", c.text, got, c.want)
			}
		}
	})
	t.Run("DocumentDate", func(t *testing.T) {
		doc := testdoc.New(t, "2023-06-19", "The army shelled the city.")
		e, ok := r.EventDate(doc, 0, 2, false)
		want := Expression{Span: text.Span{}, Start: -1, End: -1, Value: day(2023, 6, 19), Granularity: Day, Rule: RuleDocumentDate}
		if !ok || e != want {
			t.Errorf("got %+v %v, want %+v", e, ok, want)
		}
	})
	t.Run("ErrNoDate", func(t *testing.T) {
		doc := testdoc.New(t, "", "The army shelled the city.")
		if _, ok := r.EventDate(doc, 0, 2, false); ok {
			t.Error("ok without any date")
		}
		if _, ok := r.EventDate(doc, 5, 2, false); ok {
			t.Error("ok for a sentence out of range")
		}
	})
}

func tokenIndex(tb testing.TB, doc *text.Document, form string) int {
	tb.Helper()
	for k, tok := range doc.Tokens {
		if tok.Form == form {
			return k
		}
	}
	tb.Fatalf("no token %q", form)
	return -1
}

func TestParseLexicon(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		lex, err := ParseLexicon(strings.NewReader("# c\nmonth\tjanuary\t1\nunit\tday\tday\n"), "x.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if lex.Len() != 2 || lex.words["January"].val != 1 || lex.words["JANUARY"].kind != kindMonth {
			t.Errorf("bad lexicon %+v", lex.words)
		}
	})
	t.Run("ErrBadLines", func(t *testing.T) {
		in := "month\tjanuary\t1\nmonth\tfoo\t13\nplanet\tmars\t4\nmonth\tfebruary\n\nunit\tday\tfortnight\nmonth\tMarch\t3\nmonth\tmarch\t3\n"
		lex, err := ParseLexicon(strings.NewReader(in), "x.tsv")
		if err == nil {
			t.Fatal("no error")
		}
		for _, want := range []string{"x.tsv:2:", "x.tsv:3:", "x.tsv:4:", "x.tsv:6:", "x.tsv:7:"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q lacks %q", err, want)
			}
		}
		if lex.Len() != 2 {
			t.Errorf("kept %d good terms, want 2", lex.Len())
		}
	})
}

func FuzzParseLexicon(f *testing.F) {
	f.Add(builtinLexicon)
	f.Add("month\tjan\t1\nweekday\tmon.\t9\n")
	f.Add("\t\t\n#\nunit\tx\ty")
	f.Fuzz(func(t *testing.T, in string) {
		lex, _ := ParseLexicon(strings.NewReader(in), "fuzz.tsv")
		if lex == nil {
			t.Fatal("nil lexicon")
		}
	})
}

// FuzzFind checks that no sentence makes the resolver panic and that every
// expression lies inside its sentence.
func FuzzFind(f *testing.F) {
	f.Add("2023-06-19", "Blinken met Xi on Monday, June 12, 2023, two days ago.")
	f.Add("2024-02-29", "On Feb. 29 the day before yesterday in mid-2019 last weekend.")
	f.Add("", "the the 31st of February 2023-02-31 in 9999 a couple of")
	f.Add("", "KIGALI, Jun 15 2022 (IPS - New York (November 25, 2021): (")
	r, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, date, txt string) {
		doc := testdoc.New(t, "", txt)
		if len(date) == 10 {
			if d, err := time.Parse(time.DateOnly, date); err == nil {
				doc.Date = d
			}
		}
		for i, s := range doc.Sentences {
			for _, fut := range []bool{false, true} {
				for _, e := range r.Find(doc, i, fut) {
					if e.Start < s.Start || e.End > s.End || e.Start >= e.End || !s.Span.Contains(e.Span) {
						t.Fatalf("expression %+v outside sentence %+v", e, s)
					}
				}
			}
			r.EventDate(doc, i, s.Start, false)
		}
		if d, ok := r.DatelineDate(doc); ok && d.IsZero() {
			t.Fatalf("dateline date %v reported found", d)
		}
	})
}
