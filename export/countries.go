package export

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"
)

//go:embed data/fips.tsv
var fipsTable []byte

// Country is one row of the country table.
type Country struct {
	ISO3, FIPS, Name string
}

// Countries maps ISO 3166-1 alpha-3 codes to the FIPS 10-4 codes that GDELT
// uses for places, and to English names. It is read-only once loaded.
type Countries struct {
	byISO3 map[string]Country
}

// DefaultCountries loads the embedded table data/fips.tsv.
func DefaultCountries() (*Countries, error) {
	return LoadCountries(bytes.NewReader(fipsTable), "data/fips.tsv")
}

// LoadCountries reads a country table from r; name is used in errors. The
// format is tab-separated UTF-8 text: lines starting with '#' and blank
// lines are comments; the first other line is the header "iso3 fips name";
// each further line holds an ISO 3166-1 alpha-3 code (three capital
// letters), a FIPS 10-4 code (two capital letters, or empty when the
// territory has none) and a name. A code may appear only once.
func LoadCountries(r io.Reader, name string) (*Countries, error) {
	c := &Countries{byISO3: map[string]Country{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	line, header := 0, false
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if !header {
			if strings.Join(f, " ") != "iso3 fips name" {
				return nil, fmt.Errorf("%s:%d: header %q, want \"iso3\\tfips\\tname\"", name, line, s)
			}
			header = true
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 3", name, line, len(f))
		}
		if !upper(f[0], 3) {
			return nil, fmt.Errorf("%s:%d: ISO code %q: want three capital letters", name, line, f[0])
		}
		if f[1] != "" && !upper(f[1], 2) {
			return nil, fmt.Errorf("%s:%d: FIPS code %q: want two capital letters", name, line, f[1])
		}
		if _, dup := c.byISO3[f[0]]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", name, line, f[0])
		}
		c.byISO3[f[0]] = Country{ISO3: f[0], FIPS: f[1], Name: f[2]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if !header {
		return nil, fmt.Errorf("%s: no header", name)
	}
	return c, nil
}

func upper(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// Lookup returns the row of an ISO alpha-3 code.
func (c *Countries) Lookup(iso3 string) (Country, bool) {
	r, ok := c.byISO3[iso3]
	return r, ok
}

// FIPS returns the FIPS 10-4 code of an ISO alpha-3 code, or "".
func (c *Countries) FIPS(iso3 string) string { return c.byISO3[iso3].FIPS }

// Len returns the number of countries.
func (c *Countries) Len() int { return len(c.byISO3) }
