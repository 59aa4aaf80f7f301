package actor

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleyproject/parley/text"
)

// FuzzReadEntries checks that the file reader never panics and that every
// error names the file and a line.
func FuzzReadEntries(f *testing.F) {
	f.Add("format parley.actors.v1\n\ncountry USA\n  name United States; US\n")
	f.Add("person Antony Blinken\n  id Q7821917\n  held 2021-01-26..2025-01-20 USAGOV foreign minister\n")
	f.Add("  indented\nBAD header\nagent x\n  Code GOV\n")
	f.Add("\ufeff# comment\n\n\n")
	f.Add("title president\n  code GOV\n  form pres @USA\n")
	f.Fuzz(func(t *testing.T, s string) {
		entries, err := ReadEntries("fuzz.txt", []byte(s))
		var el ErrorList
		if err != nil {
			if !errors.As(err, &el) {
				t.Fatalf("error %v is not an ErrorList", err)
			}
			for _, e := range el {
				if e.File != "fuzz.txt" || !strings.HasPrefix(e.Error(), "fuzz.txt:") {
					t.Fatalf("error %q does not name the file", e.Error())
				}
			}
		}
		for _, e := range entries {
			if e.Line <= 0 || e.Kind == "" || e.Key == "" {
				t.Fatalf("bad entry %+v", e)
			}
		}
	})
}

// FuzzLoad loads a user file beside a small base dictionary: no panics,
// errors name the file, and a dictionary that loads resolves any text.
func FuzzLoad(f *testing.F) {
	base := fstest.MapFS{
		"base.txt": {Data: []byte("sector GOV\n  name government\nsector ELI\n  name elites\nsector MIL\n  name military\n" +
			"country USA\n  name United States; US\n  adj American\n  capital Washington\n  head-of-state president\n" +
			"title president\n  code GOV\n  rank 1\n  single yes\n" +
			"class he\n  form he\n")},
	}
	f.Add("person Joe Biden\n  held 2021-01-20..2025-01-20 USAGOV president\n  sex m\n")
	f.Add("org Pentagon\n  code USAMIL\n  held 2020..~2022-03 USAGOVMIL\n")
	f.Add("agent troops\n  code MIL\n  generic maybe\n")
	f.Add("person X\n  held 2025..2020 USAGOV president\n")
	f.Add("title president\n  form chief @XXX\n")
	f.Add("igo IGOUNO\n  name United Nations; UN\n  leader secretary-general\n")
	f.Fuzz(func(t *testing.T, s string) {
		user := fstest.MapFS{"user.txt": {Data: []byte(s)}}
		d, err := Load(base, user)
		if err != nil {
			var el ErrorList
			if !errors.As(err, &el) || len(el) == 0 {
				t.Fatalf("error %v is not a non-empty ErrorList", err)
			}
			for _, e := range el {
				if e.File != "user.txt" && e.File != "base.txt" {
					t.Fatalf("error %q names no file", e.Error())
				}
			}
			return
		}
		doc := testDoc(t, "2023-01-01", "Joe Biden and the American president met in Washington.", "He spoke.")
		for _, m := range d.Resolve(doc) {
			if m.Start < 0 || m.End > len(doc.Tokens) || m.Start >= m.End || len(m.Actors) == 0 {
				t.Fatalf("bad mention %+v", m)
			}
		}
	})
}

// FuzzResolve resolves arbitrary text with the embedded dictionary: no
// panics, mentions inside the document.
func FuzzResolve(f *testing.F) {
	f.Add("Blinken met Chinese President Xi Jinping. He said the two sides agreed.", "2023-06-19")
	f.Add("the the the 's 's former former - — U.S. U.S", "")
	f.Add("Her her she Mr. Mrs. Minister of of of", "2026-01-01")
	d := testDict(f)
	f.Fuzz(func(t *testing.T, s, date string) {
		if len(date) != 10 {
			date = ""
		}
		doc := testDoc(t, "", strings.Split(s, "\n")...)
		if date != "" {
			if d2 := testDocDate(date); !d2.IsZero() {
				doc.Date = d2
			}
		}
		for _, m := range d.Resolve(doc) {
			checkMention(t, doc, m)
		}
	})
}

func checkMention(t *testing.T, doc *text.Document, m text.Mention) {
	t.Helper()
	if m.Start < 0 || m.End > len(doc.Tokens) || m.Start >= m.End || m.Head < m.Start || m.Head >= m.End {
		t.Fatalf("bad token range %+v", m)
	}
	if m.Span.Start < 0 || m.Span.End > len(doc.Text) || m.Span.Empty() || len(m.Actors) == 0 {
		t.Fatalf("bad mention %+v", m)
	}
}
