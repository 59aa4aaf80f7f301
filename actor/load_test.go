package actor

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultLoads(t *testing.T) {
	d := testDict(t)
	s := d.Stats()
	t.Logf("%+v", s)
	if s.Countries < 249 || s.IGOs < 40 || s.People < 20000 || s.Titles < 30 || s.Agents < 30 {
		t.Errorf("embedded dictionary too small: %+v", s)
	}
}

func TestLoadErrors(t *testing.T) {
	base := fstest.MapFS{"a.txt": {Data: []byte("sector GOV\n  name government\ncountry USA\n  name United States\n")}}
	tests := []struct {
		name, data string
		want       []string // substrings of the error, in order
	}{
		{"ErrUnknownKind", "widget x\n  name y\n", []string{"user.txt:1: unknown entry kind"}},
		{"ErrUnknownField", "country FRA\n  name France\n  nmae Frankreich\n", []string{"user.txt:3: country entry \"FRA\": unknown field"}},
		{"ErrBadCode", "person X\n  held 2020.. XYZGOV president\n", []string{"user.txt:2:", "unknown country \"XYZ\""}},
		{"ErrBadRange", "person X\n  held 2020..2019 USAGOV president\n", []string{"user.txt:2:", "ends before it starts"}},
		{"ErrBadDate", "person X\n  held 2020-13..2021 USAGOV president\n", []string{"user.txt:2:", "date \"2020-13\""}},
		{"ErrOrphanField", "  name x\n", []string{"user.txt:1: indented line outside an entry"}},
		{"ErrFormat", "format parley.actors.v9\n", []string{"user.txt:1: format"}},
		{"ErrUnknownSector", "agent spies\n  code SPX\n", []string{"user.txt:1:", "unknown sector \"SPX\""}},
		{"ErrSeveral", "person X\n  sex q\nclass nouns\n  form a\n", []string{"user.txt:1:", "user.txt:3: unknown class"}},
		{"ErrAgentPrefix", "agent charity\n  prefix NG\n", []string{"user.txt:1: agent \"charity\": prefix \"NG\""}},
		{"ErrOrgSecondCode", "org Lorien\n  code USA; XYZ\n", []string{"user.txt:1: org \"Lorien\"", "unknown country \"XYZ\""}},
		{"ErrLocalNoCountry", "sector GOV\n  name government\norg Council\n  code ---GOV\n  local council\n", []string{"user.txt:3: org \"Council\": local names need a country"}},
		{"ErrPluralityNotLocal", "sector LEG\n  name legislature\n  plurality yes\n", []string{"user.txt:1: sector LEG: plurality without local"}},
		{"ErrGivenTwoWords", "given George\n  form Giorgos; Yorgos Y\n", []string{"user.txt:1: given \"George\": \"Yorgos Y\" is not one word"}},
		{"ErrRefersSector", "class refers-company\n  form the firm\n  sectors GOV XYZ\n", []string{"user.txt:3: class refers-company: unknown sector \"XYZ\""}},
		{"ErrSectorsNotRefers", "class he\n  form he\n  sectors GOV\n", []string{"user.txt:3: class he: only the refers-* classes take sectors"}},
		{"ErrGivenTwice", "given George\n  form Giorgos\ngiven Georgios\n  form Giorgos\n", []string{"user.txt:3: given \"Georgios\": \"Giorgos\" is already"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(base, fstest.MapFS{"user.txt": {Data: []byte(tc.data)}})
			var el ErrorList
			if !errors.As(err, &el) {
				t.Fatalf("error %v, want an ErrorList", err)
			}
			msg := err.Error()
			at := 0
			for _, w := range tc.want {
				i := strings.Index(msg[at:], w)
				if i < 0 {
					t.Fatalf("error %q lacks %q", msg, w)
				}
				at += i + len(w)
			}
		})
	}
	t.Run("OK", func(t *testing.T) {
		d, err := Load(base, fstest.MapFS{"user.txt": {Data: []byte("country USA\n  adj American\n")}})
		if err != nil {
			t.Fatal(err)
		}
		doc := testDoc(t, "", "American and United States ships.")
		if got := describe(doc, d.Resolve(doc)); got != "American=USA; United States=USA" {
			t.Errorf("got %s", got)
		}
	})
}

// TestImportedCodes loads the format extensions that imported legacy
// dictionaries use: a country that only registers a code prefix, an
// organisation standing for several codes, an agent put before the code.
func TestImportedCodes(t *testing.T) {
	base := fstest.MapFS{"a.txt": {Data: []byte("sector GOV\n  name government\ncountry USA\n  name United States\n")}}
	user := `country ELR
country GAL
country ARN
  name Arnor
org Lorien
  code ELR; GAL
agent president
  code GOV
agent charity
  prefix NGO
org Gollum
  held ..1995-05-31 ARN
  held 1995-06-01.. ARNGOV
`
	d, err := Load(base, fstest.MapFS{"user.txt": {Data: []byte(user)}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ date, sentence, want string }{
		{"1990-01-01", "Lorien met the Arnor president and Gollum.", "Lorien=ELR|GAL; Arnor president=ARNGOV; Gollum=ARN"},
		{"1999-01-01", "The charity met Gollum.", "charity=NGO; Gollum=ARNGOV"},
	}
	for _, tt := range tests {
		doc := testDoc(t, tt.date, tt.sentence)
		if got := describe(doc, d.Resolve(doc)); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.sentence, got, tt.want)
		}
	}
}

func TestFilesOpensDirOrFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := dir + "/" + name
		if err := writeFile(p, data); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.txt", "country ABC\n  name Alphabetland\n")
	p := write("b.txt", "country DEF\n  name Defland\n  bogus x\n")
	f, err := Files(p)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(Embedded(), f)
	if err == nil || !strings.Contains(err.Error(), "b.txt:3:") {
		t.Fatalf("error %v, want one naming b.txt:3", err)
	}
	if strings.Contains(err.Error(), "a.txt") {
		t.Errorf("single-file FS read a.txt too: %v", err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want string // day.String(), or "" for an error
	}{
		{"2016", false, "2016-01-01"},
		{"2016", true, "2016-12-31"},
		{"2016-02", true, "2016-02-29"},
		{"2015-02", true, "2015-02-28"},
		{"2015-11", false, "2015-11-01"},
		{"1999-12-31", false, "1999-12-31"},
		{"2016-02-29", true, "2016-02-29"},
		{"2015-02-29", false, ""},
		{"2015-13", false, ""},
		{"2015-00-10", false, ""},
		{"2015-04-31", false, ""},
		{"2015/04/30", false, ""},
		{"15-04-30", false, ""},
		{"+015", false, ""},
		{"20１5", false, ""},
		{"", false, ""},
	}
	for _, tt := range tests {
		d, err := parseDate(tt.in, tt.end)
		got := ""
		if err == nil {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("parseDate(%q, %v) = %q (err %v), want %q", tt.in, tt.end, got, err, tt.want)
		}
	}
}
