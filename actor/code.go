package actor

import (
	"fmt"
	"strings"
	"time"
)

// Code prefixes that are not countries.
const (
	prefixIGO  = "IGO" // international or regional organisation
	prefixIMG  = "IMG" // transnational armed or militant group
	prefixNone = "---" // no country known
	prefixNGO  = "NGO" // non-governmental organisation
)

// code is a parsed CAMEO-style actor code: a three-letter prefix (ISO 3166
// alpha-3, IGO, IMG, NGO or ---) followed by three-letter chunks, of which those
// that are registered sectors are the actor's sectors; other chunks identify
// an organisation (UNO, WHO, HMS).
type code struct {
	full    string
	prefix  string
	sectors []string
	scope   string // cached Dictionary.scope, or ""
}

// country returns the ISO alpha-3 code of the actor, or "".
func (c code) country() string {
	switch c.prefix {
	case prefixIGO, prefixIMG, prefixNone, prefixNGO, "":
		return ""
	}
	return c.prefix
}

// parseCode splits s into a code, checking its shape against the registered
// countries and sectors.
func parseCode(s string, countries map[string]int32, sectors map[string]string) (code, error) {
	if len(s) < 3 || len(s)%3 != 0 {
		return code{}, fmt.Errorf("actor code %q: length must be a multiple of 3", s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && !(i < 3 && c == '-') {
			return code{}, fmt.Errorf("actor code %q: want capital letters", s)
		}
	}
	c := code{full: s, prefix: s[:3]}
	switch c.prefix {
	case prefixIGO, prefixIMG, prefixNone, prefixNGO:
	default:
		if _, ok := countries[c.prefix]; !ok {
			return code{}, fmt.Errorf("actor code %q: unknown country %q", s, c.prefix)
		}
	}
	for i := 3; i < len(s); i += 3 {
		if _, ok := sectors[s[i:i+3]]; ok {
			c.sectors = append(c.sectors, s[i:i+3])
		}
	}
	return c, nil
}

// parseSectors parses a run of sector codes ("GOVMIL").
func parseSectors(s string, sectors map[string]string) ([]string, error) {
	if s == "" || len(s)%3 != 0 {
		return nil, fmt.Errorf("sector codes %q: length must be a multiple of 3", s)
	}
	var out []string
	for i := 0; i < len(s); i += 3 {
		if _, ok := sectors[s[i:i+3]]; !ok {
			return nil, fmt.Errorf("unknown sector %q", s[i:i+3])
		}
		out = append(out, s[i:i+3])
	}
	return out, nil
}

// withSectors returns the code of prefix plus the given sectors, keeping the
// organisation chunks of base when base has the same prefix.
func withSectors(base code, sectors []string) code {
	if len(sectors) == 0 {
		return base
	}
	var b strings.Builder
	b.WriteString(base.full)
	out := code{prefix: base.prefix, sectors: append([]string(nil), base.sectors...)}
	for _, s := range sectors {
		if contains(out.sectors, s) {
			continue
		}
		out.sectors = append(out.sectors, s)
		b.WriteString(s)
	}
	out.full = b.String()
	return out
}

// replaceSectors returns prefix plus exactly sectors (organisation chunks are
// dropped).
func replaceSectors(base code, sectors []string) code {
	out := code{prefix: base.prefix, sectors: append([]string(nil), sectors...)}
	out.full = base.prefix + strings.Join(sectors, "")
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// day counts days since 1970-01-01; dates in dictionaries have day
// precision.
type day int32

const (
	minDay day = -1 << 30
	maxDay day = 1 << 30
)

func dayOf(t time.Time) day {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) String() string {
	switch d {
	case minDay, maxDay:
		return ""
	}
	return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD; end selects the last day of a
// year or month instead of the first.
func parseDate(s string, end bool) (day, error) {
	// Read by hand: time.Parse took a tenth of the dictionary's start-up.
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return 0, badDate(s)
	}
	y, ok := digits(s[:4])
	m, d := 1, 1
	if len(s) >= 7 {
		var okM bool
		m, okM = digits(s[5:7])
		ok = ok && okM && s[4] == '-' && m >= 1 && m <= 12
	}
	if len(s) == 10 {
		var okD bool
		d, okD = digits(s[8:10])
		ok = ok && okD && s[7] == '-' && d >= 1 && d <= daysIn(y, m)
	}
	if !ok {
		return 0, badDate(s)
	}
	if end {
		switch len(s) {
		case 4:
			m, d = 12, 31
		case 7:
			d = daysIn(y, m)
		}
	}
	return day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400), nil
}

func badDate(s string) error { return fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s) }

// digits reads a run of ASCII digits as a number.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = 10*n + int(s[i]-'0')
	}
	return n, true
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// seenGrace is how long a tenure whose end is unknown ("~DATE": in office
// when last seen on DATE) is assumed to go on, unless a successor's start
// ends it earlier.
const seenGrace day = 548 // about 18 months

// tenure is a date range [from, to] with day precision.
type tenure struct {
	from, to day
	// seen marks a to that is the last date the holder was seen in office
	// (the range was written "FROM..~DATE").
	seen bool
}

// parseRange reads "FROM..TO": either side may be empty (open), and TO may be
// "~DATE".
func parseRange(s string) (tenure, error) {
	from, to, ok := strings.Cut(s, "..")
	if !ok {
		return tenure{}, fmt.Errorf("date range %q: want FROM..TO", s)
	}
	t := tenure{from: minDay, to: maxDay}
	var err error
	if from != "" {
		if t.from, err = parseDate(from, false); err != nil {
			return tenure{}, err
		}
	}
	if strings.HasPrefix(to, "~") {
		t.seen = true
		to = to[1:]
		if to == "" {
			return tenure{}, fmt.Errorf("date range %q: ~ needs a date", s)
		}
	}
	if to != "" {
		if t.to, err = parseDate(to, true); err != nil {
			return tenure{}, err
		}
		if t.seen {
			t.to += seenGrace
		}
	}
	if t.to < t.from {
		return tenure{}, fmt.Errorf("date range %q ends before it starts", s)
	}
	return t, nil
}

func (t tenure) covers(d day) bool { return t.from <= d && d <= t.to }
