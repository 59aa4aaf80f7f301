package http

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// maxParam bounds the length of one query parameter.
const maxParam = 256

// params reads query parameters, remembering the first malformed one.
type params struct {
	v   url.Values
	err error
}

func newParams(u *url.URL) *params {
	p := &params{}
	v, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		p.err = badRequest("query string: %v", err)
	}
	p.v = v
	return p
}

func (p *params) fail(name, format string, args ...any) {
	if p.err == nil {
		p.err = badRequest(name+": "+format, args...)
	}
}

// str returns parameter name, trimmed.
func (p *params) str(name string) string {
	s := strings.TrimSpace(p.v.Get(name))
	if len(s) > maxParam {
		p.fail(name, "longer than %d bytes", maxParam)
		return ""
	}
	if !utf8.ValidString(s) {
		p.fail(name, "not UTF-8")
		return ""
	}
	return s
}

// code returns an actor or country code parameter: letters, digits and
// '-' only, upper-cased.
func (p *params) code(name string) string {
	s := strings.ToUpper(p.str(name))
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			p.fail(name, "%q: want an actor or country code (letters and digits)", s)
			return ""
		}
	}
	return s
}

func (p *params) day(name string) time.Time {
	s := p.str(name)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		p.fail(name, "%q: want YYYY-MM-DD", s)
		return time.Time{}
	}
	return t
}

func (p *params) integer(name string, lo, hi int) int {
	s := p.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.fail(name, "%q: want a whole number from %d to %d", s, lo, hi)
		return 0
	}
	return n
}

func (p *params) id(name string) int64 {
	s := p.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		p.fail(name, "%q: want a positive id", s)
		return 0
	}
	return n
}

func (p *params) boolean(name string) bool {
	switch strings.ToLower(p.str(name)) {
	case "", "0", "false", "no":
		return false
	case "1", "true", "yes":
		return true
	}
	p.fail(name, "want true or false")
	return false
}

// optBool returns nil when the parameter is absent.
func (p *params) optBool(name string) *bool {
	if p.str(name) == "" {
		return nil
	}
	b := p.boolean(name)
	return &b
}

func (p *params) page() store.Page {
	pg := store.Page{Limit: p.integer("limit", 1, store.MaxLimit), After: p.str("after")}
	return pg
}

// modalities reads "modality", a comma-separated list or "all".
func (p *params) modalities() []text.Modality {
	s := p.str("modality")
	if s == "" {
		return nil
	}
	if s == "all" {
		return store.AllModalities
	}
	var out []text.Modality
	for _, m := range strings.Split(s, ",") {
		out = append(out, text.Modality(strings.TrimSpace(m)))
	}
	return out
}

// eventFilter reads the filters that events, clusters and their searches
// share.
func (p *params) eventFilter() store.EventFilter {
	f := store.EventFilter{
		From:       p.day("from"),
		To:         p.day("to"),
		Actor:      p.code("actor"),
		Source:     p.code("source"),
		Target:     p.code("target"),
		Country:    p.code("country"),
		Code:       p.str("code"),
		Root:       p.str("root"),
		QuadClass:  p.integer("quad", 1, 4),
		Modalities: p.modalities(),
		DocID:      p.id("doc"),
		ClusterID:  p.id("cluster"),
	}
	if p.err == nil {
		if err := f.Validate(); err != nil {
			p.err = badRequest("%v", err)
		}
	}
	return f
}

// side reads the actor match of one side of a dyad: PREFIX_code and
// PREFIX_country, and with bare also PREFIX as "country:XXX" or
// "actor:CODE" (the dashboard's pickers), a three-letter value alone being
// a country.
func (p *params) side(prefix string, bare bool) store.ActorMatch {
	m := store.ActorMatch{Code: p.code(prefix + "_code"), Country: p.code(prefix + "_country")}
	if !bare {
		return m
	}
	v := p.str(prefix)
	if v == "" {
		return m
	}
	kind, val, ok := strings.Cut(v, ":")
	if !ok {
		kind, val = "", v
	}
	val = strings.ToUpper(strings.TrimSpace(val))
	for _, r := range val {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			p.fail(prefix, "%q: want an actor or country code", v)
			return m
		}
	}
	switch {
	case kind == "country" || kind == "" && len(val) == 3:
		m.Country = val
	case kind == "actor" || kind == "":
		m.Code = val
	default:
		p.fail(prefix, "%q: want country:XXX or actor:CODE", v)
	}
	return m
}

func (p *params) interval() store.Interval {
	switch iv := store.Interval(p.str("interval")); iv {
	case "":
		return store.Day
	case store.Day, store.Week, store.Month:
		return iv
	}
	p.fail("interval", "want day, week or month")
	return store.Day
}
