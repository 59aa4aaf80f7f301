package store

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/parleyproject/parley/text"
)

// Keys are the idempotency keys of a document: a document with the same URL
// or the same normalised text is the same document.
type Keys struct {
	URL      string // NormalizeURL of the document's URL; "" when it has none
	TextHash string // TextHash of the document's text
}

// KeysOf returns the keys of doc.
func KeysOf(doc *text.Document) Keys {
	return Keys{URL: NormalizeURL(doc.URL), TextHash: TextHash(doc.Text)}
}

// NormalizeURL returns u without surrounding space and without its
// fragment, which never names a different article.
func NormalizeURL(u string) string {
	u = strings.TrimSpace(u)
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	return u
}

// NormalizeText returns s in Unicode NFC with every run of white space made
// one space and no space at either end: two copies of an article that differ
// only in line breaks or indentation normalise to the same text.
func NormalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	normalize(s, func(p []byte) { b.Write(p) })
	return b.String()
}

// TextHash returns the hex SHA-256 of NormalizeText(s).
func TextHash(s string) string {
	h := sha256.New()
	normalize(s, func(p []byte) { h.Write(p) })
	return hex.EncodeToString(h.Sum(nil))
}

// normalize writes NormalizeText(s) to emit in pieces, without building it
// when s is already in NFC (as nearly all text is).
func normalize(s string, emit func([]byte)) {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var buf [4096]byte
	out := buf[:0]
	space, started := false, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			space = started
			i += size
			continue
		}
		if len(out)+size+1 > len(buf) {
			emit(out)
			out = buf[:0]
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, s[i:i+size]...)
		started = true
		i += size
	}
	if len(out) > 0 {
		emit(out)
	}
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// SourceName returns the outlet of a document: its Source when set, else the
// host of its URL without "www.", else "".
func SourceName(source, rawURL string) string {
	if s := strings.TrimSpace(source); s != "" {
		return s
	}
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// Clustered reports whether an event joins a cluster: only asserted events
// do (an empty modality counts as asserted).
func Clustered(e *text.Event) bool {
	return e.Modality == text.Asserted || e.Modality == ""
}

// EventDay returns the UTC day of an event: its own date, else the date of
// its document, else the zero time.
func EventDay(e *text.Event, docDate time.Time) time.Time {
	t := e.Date
	if t.IsZero() {
		t = docDate
	}
	if t.IsZero() {
		return time.Time{}
	}
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// KeyOf returns the cluster key of event e of a document dated docDate.
func KeyOf(e *text.Event, docDate time.Time) ClusterKey {
	k := ClusterKey{Code: e.CAMEO.Code, Day: EventDay(e, docDate)}
	if e.Source != nil {
		k.Source = e.Source.Code
	}
	if e.Target != nil {
		k.Target = e.Target.Code
	}
	return k
}

// String returns the key as "SOURCE>TARGET:CODE@YYYY-MM-DD".
func (k ClusterKey) String() string {
	day := "unknown"
	if !k.Day.IsZero() {
		day = k.Day.Format(time.DateOnly)
	}
	return k.Source + ">" + k.Target + ":" + k.Code + "@" + day
}

// Cursor returns the page cursor of kind that locates the last row of a
// page by vals; backends share this format, fields joined by '/'.
func Cursor(kind string, vals ...int64) string {
	var b strings.Builder
	b.WriteString(kind)
	for _, v := range vals {
		b.WriteByte('/')
		b.WriteString(strconv.FormatInt(v, 10))
	}
	return b.String()
}

// ParseCursor splits a cursor made by Cursor with the same kind and n
// values, or returns ErrBadCursor.
func ParseCursor(c, kind string, n int) ([]int64, error) {
	parts := strings.Split(c, "/")
	if len(parts) != n+1 || parts[0] != kind {
		return nil, ErrBadCursor
	}
	out := make([]int64, n)
	for i, p := range parts[1:] {
		v, err := strconv.ParseInt(p, 10, 64)
		if err != nil {
			return nil, ErrBadCursor
		}
		out[i] = v
	}
	return out, nil
}
