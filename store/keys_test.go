package store

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
)

func TestNormalizeText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"  a  b\n\n c\t", "a b c"},
		{"Caf\u0065\u0301 \u00a0 x", "Caf\u00e9 x"}, // NFC, and no-break space is space
		{"one\r\ntwo", "one two"},
	} {
		if got := NormalizeText(c.in); got != c.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	long := strings.Repeat("word  ", 3000)
	if NormalizeText(long) != strings.TrimSpace(strings.Repeat("word ", 3000)) {
		t.Error("long text normalised wrongly")
	}
	if TextHash("a  b") != TextHash(" a\nb ") || TextHash("a b") == TextHash("ab") || len(TextHash("")) != 64 {
		t.Error("TextHash does not follow NormalizeText")
	}
}

func FuzzNormalizeText(f *testing.F) {
	f.Add("  a  b\n")
	f.Add("e\u0301\u00a0\u2003x")
	f.Add("\xff\xfe bad utf8")
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeText(s)
		if NormalizeText(n) != n {
			t.Fatalf("not idempotent: %q → %q", s, n)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("spaces left in %q", n)
		}
		if utf8.ValidString(s) && TextHash(s) != TextHash(n) {
			t.Fatalf("hash differs after normalising %q", s)
		}
	})
}

func TestKeys(t *testing.T) {
	for _, c := range []struct{ source, url, want string }{
		{"Reuters", "https://www.example.com/x", "Reuters"},
		{"", "https://WWW.Example.com:8080/x", "example.com"},
		{"", "not a url", ""},
		{"", "", ""},
	} {
		if got := SourceName(c.source, c.url); got != c.want {
			t.Errorf("SourceName(%q, %q) = %q, want %q", c.source, c.url, got, c.want)
		}
	}
	if NormalizeURL(" https://a.example/x#frag ") != "https://a.example/x" {
		t.Error("NormalizeURL keeps the fragment")
	}
	docDate := time.Date(2024, 2, 29, 23, 30, 0, 0, time.FixedZone("X", -3600))
	e := &text.Event{CAMEO: text.CAMEO{Code: "043"}, Source: &text.Participant{Actor: text.Actor{Code: "USA"}}}
	k := KeyOf(e, docDate)
	if k.String() != "USA>:043@2024-03-01" {
		t.Errorf("key %s: the document's UTC day should be used", k)
	}
	e.Date = time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	if KeyOf(e, docDate).Day != e.Date {
		t.Error("the event's own date should win")
	}
	if !Clustered(&text.Event{}) || Clustered(&text.Event{Modality: text.Future}) {
		t.Error("Clustered")
	}
}

func TestCursor(t *testing.T) {
	c := Cursor("e", 20230619, -5)
	v, err := ParseCursor(c, "e", 2)
	if err != nil || v[0] != 20230619 || v[1] != -5 {
		t.Errorf("ParseCursor(%q) = %v, %v", c, v, err)
	}
	for _, bad := range []string{"", "e/1", "c/1/2", "e/x/2", "e/1/2/3"} {
		if _, err := ParseCursor(bad, "e", 2); err != ErrBadCursor {
			t.Errorf("ParseCursor(%q): err = %v", bad, err)
		}
	}
	if (Page{}).Size() != DefaultLimit || (Page{Limit: 1e6}).Size() != MaxLimit || (Page{Limit: 3}).Size() != 3 {
		t.Error("Page.Size")
	}
}
