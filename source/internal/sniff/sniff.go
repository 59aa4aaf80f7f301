// Package sniff guesses what a byte stream holds (gzip, binary, HTML, a feed,
// JSON lines) from its first bytes, and turns text bytes into clean UTF-8.
package sniff

import (
	"bytes"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// HeadSize is how many leading bytes the guesses look at.
const HeadSize = 4096

// Gzip reports whether head starts with the gzip magic number.
func Gzip(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// Binary reports whether head looks like binary data rather than text: it holds
// a NUL byte, more than 1% control characters, or a signature that
// http.DetectContentType knows as non-text (images, PDF, archives, ...).
func Binary(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			ctrl++
		}
	}
	if ctrl*100 > len(head) {
		return true
	}
	ct := http.DetectContentType(head)
	return !(strings.HasPrefix(ct, "text/") || strings.Contains(ct, "xml") ||
		strings.Contains(ct, "json") || ct == "application/octet-stream")
}

// HTML reports whether head looks like an HTML page.
func HTML(head []byte) bool {
	h := lowerTrim(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p "} {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	return strings.HasPrefix(http.DetectContentType(head), "text/html")
}

// Feed reports whether head looks like an RSS, Atom or RDF feed.
func Feed(head []byte) bool {
	h := lowerTrim(head)
	if !strings.HasPrefix(h, "<") {
		return false
	}
	return strings.Contains(h, "<rss") || strings.Contains(h, "<feed") || strings.Contains(h, "<rdf:rdf")
}

// JSONLines reports whether head looks like JSON lines: its first non-blank
// byte opens an object.
func JSONLines(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	return len(h) > 0 && h[0] == '{'
}

// WARC reports whether head starts a WARC record.
func WARC(head []byte) bool {
	return bytes.HasPrefix(head, []byte("WARC/"))
}

var bom = []byte("\xef\xbb\xbf")

// lowerTrim lower-cases head after dropping a byte-order mark, leading space
// and leading comments or XML declarations.
func lowerTrim(head []byte) string {
	h := strings.ToLower(string(bytes.TrimPrefix(head, bom)))
	for {
		h = strings.TrimLeft(h, " \t\r\n")
		switch {
		case strings.HasPrefix(h, "<!--"):
			end := strings.Index(h, "-->")
			if end < 0 {
				return ""
			}
			h = h[end+3:]
		case strings.HasPrefix(h, "<?"):
			end := strings.Index(h, "?>")
			if end < 0 {
				return ""
			}
			h = h[end+2:]
		default:
			return h
		}
	}
}

// Text turns the bytes of a text file into clean UTF-8: a byte-order mark is
// dropped, CRLF and lone CR become LF, and bytes that are not valid UTF-8 are
// read as Windows-1252, the usual encoding of older English text files.
func Text(b []byte) string {
	b = bytes.TrimPrefix(b, bom)
	var s string
	if utf8.Valid(b) {
		s = string(b)
	} else if d, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
		s = string(d)
	} else {
		s = strings.ToValidUTF8(string(b), "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}
