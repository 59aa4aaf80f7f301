package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Problem is an entry of a legacy file that was skipped, or a construct
// that could not be carried over: Reason says why in a few words (reports
// count problems by it), Detail names the entry.
type Problem struct {
	File   string
	Line   int
	Reason string
	Detail string
}

func (p Problem) String() string {
	if p.Detail == "" {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Reason)
	}
	return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Reason, p.Detail)
}

// maxLine bounds a line of a legacy file; a longer line is reported and
// skipped.
const maxLine = 1 << 16

// line is one line of a legacy file after comments were removed.
type line struct {
	n    int
	text string // without comments, trailing space trimmed; never empty
	raw  string // as read, for messages
}

// commentStyle says which end-of-line comment markers a file uses.
type commentStyle struct {
	// semicolon makes ";" start a comment too (TABARI actor files).
	semicolon bool
}

// readLines reads r and returns its non-empty lines without comments:
// XML-style comments "<!-- ... -->" (over several lines too), lines starting
// with "#", and from " #" (or ";" with semicolon set) to the end of a line,
// except inside a [...] code block ("[###]" is a code). Read errors and
// over-long lines are reported as problems.
func readLines(r io.Reader, file string, style commentStyle) ([]line, []Problem) {
	var out []line
	var probs []Problem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	inComment := false
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if !utf8.ValidString(raw) {
			raw = latin1(raw) // the Phoenix files hold some Latin-1 names
		}
		s := raw
		if n == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if !inComment && strings.HasPrefix(strings.TrimSpace(s), "<!") && !strings.HasPrefix(strings.TrimSpace(s), "<!--") {
			continue // "<! -- ... -->": PETRARCH skips any line that starts "<!"
		}
		s, inComment = stripXMLComments(s, inComment)
		s = stripLineComment(s, style)
		s = strings.TrimRight(s, " \t\r")
		if strings.TrimSpace(s) == "" {
			continue
		}
		out = append(out, line{n: n, text: s, raw: raw})
	}
	if err := sc.Err(); err != nil {
		probs = append(probs, Problem{file, n + 1, "unreadable", fmt.Sprintf("%v (the rest of the file is skipped)", err)})
	}
	return out, probs
}

// latin1 reads s as ISO 8859-1, keeping valid UTF-8 sequences as they are.
func latin1(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n <= 1 {
			b.WriteRune(rune(s[0]))
			s = s[1:]
			continue
		}
		b.WriteString(s[:n])
		s = s[n:]
	}
	return b.String()
}

// stripXMLComments removes "<!-- ... -->" comments from s; inComment says
// whether s starts inside one, and the result whether it ends inside one.
func stripXMLComments(s string, inComment bool) (string, bool) {
	var b strings.Builder
	for {
		if inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				return b.String(), true
			}
			s = s[i+3:]
			inComment = false
			continue
		}
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			return b.String(), false
		}
		b.WriteString(s[:i])
		s = s[i+4:]
		inComment = true
	}
}

// stripLineComment cuts s at a comment marker outside brackets: "#" at the
// start or after a blank, or ";" when the style allows it.
func stripLineComment(s string, style commentStyle) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == ']') {
				return s[:i]
			}
		case ';':
			if style.semicolon && depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// splitPhrase splits a legacy phrase on blanks and underscores into
// uppercase words; empty pieces (a trailing "_") are dropped.
func splitPhrase(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == ' ' || r == '\t' || r == '_' })
}

// splitName splits a legacy name like splitPhrase, with commas as words of
// their own ("AGRICULTURE,_FISHERIES" → AGRICULTURE , FISHERIES), as text
// tokenizes them.
func splitName(s string) []string {
	var out []string
	for _, w := range splitPhrase(s) {
		for {
			i := strings.IndexByte(w, ',')
			if i < 0 {
				break
			}
			if i > 0 {
				out = append(out, w[:i])
			}
			out = append(out, ",")
			w = w[i+1:]
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// validName reports whether every word of a name is a word or a comma.
func validName(words []string) bool {
	for _, w := range words {
		if w != "," && !validWord(w) {
			return false
		}
	}
	return len(words) > 0 && words[0] != ","
}

// cutCodes splits "TEXT [CODE ...] [CODE ...]" into the text before the
// first "[" and the contents of every [...] block. ok is false when a
// bracket is not closed.
func cutCodes(s string) (text string, blocks []string, ok bool) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), nil, true
	}
	text = strings.TrimSpace(s[:i])
	rest := s[i:]
	for {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return text, blocks, true
		}
		if rest[0] != '[' {
			return text, blocks, false
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return text, blocks, false
		}
		blocks = append(blocks, strings.TrimSpace(rest[1:j]))
		rest = rest[j+1:]
	}
}
