package html

import (
	"strings"
	"time"

	nethtml "golang.org/x/net/html"
)

// dateKeys are meta names, properties and itemprops that carry a page's
// publication date, best first. Readability reads JSON-LD datePublished and
// article:published_time itself; these cover the rest.
var dateKeys = []string{
	"article:published_time", "og:published_time", "og:article:published_time",
	"datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "dc.date.created", "citation_publication_date",
	"parsely-pub-date", "sailthru.date", "publish-date", "publishdate",
	"publication_date", "pubdate", "date", "article.published", "og:updated_time",
}

// dateLayouts are the forms of dates found in meta tags.
var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04", time.DateOnly,
	time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", "January 2, 2006", "2 January 2006", "Jan 2, 2006",
	"2006/01/02", "20060102",
}

// pageMeta is what the page's head says about it.
type pageMeta struct {
	values    map[string]string // lower-cased key → first content
	timeDate  string            // datetime of <time itemprop=datePublished> or <time pubdate>
	canonical string
}

func readMeta(root *nethtml.Node) pageMeta {
	m := pageMeta{values: make(map[string]string)}
	var walk func(*nethtml.Node)
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode {
			switch n.Data {
			case "meta":
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
						if _, seen := m.values[key]; !seen {
							m.values[key] = content
						}
					}
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "time":
				dt := strings.TrimSpace(attr(n, "datetime"))
				if dt != "" && m.timeDate == "" &&
					(strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate")) {
					m.timeDate = dt
				}
			case "script", "style", "noscript", "svg":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if m.canonical == "" {
		m.canonical = m.values["og:url"]
	}
	return m
}

// date returns the first plausible publication date the page's meta tags
// give, or the zero time.
func (m pageMeta) date() time.Time {
	for _, k := range dateKeys {
		if t, ok := parseDate(m.values[k]); ok {
			return t
		}
	}
	if t, ok := parseDate(m.timeDate); ok {
		return t
	}
	return time.Time{}
}

func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil && plausible(t) {
			return t, true
		}
	}
	return time.Time{}, false
}

func attr(n *nethtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *nethtml.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
