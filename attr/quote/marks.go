package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
)

// markFamily groups quotation marks that pair with each other.
type markFamily uint8

const (
	familyNone      markFamily = iota
	familyDouble               // " “ ” „
	familySingle               // ‘ ’ ‚
	familyGuillemet            // « » ‹ ›
)

// markRole is what a mark can do where it stands.
type markRole uint8

const (
	roleOpen  markRole = 1 << iota // may open a quotation
	roleClose                      // may close one
)

// maxNesting bounds the quotations tracked inside one another; deeper
// openings are ignored, which keeps the scan linear on any input.
const maxNesting = 6

// Region is a top-level quotation found in a text: the marks and the text
// between them.
type Region struct {
	// Open and Close are the spans of the opening and closing marks. Close is
	// empty (at the end of the paragraph) when the quotation runs on into the
	// next paragraph, as news writing does: the paragraph ends without a
	// closing mark and the next one opens again.
	Open, Close text.Span
	// Content lies between the marks, without the white space next to them.
	Content text.Span
	// RunsOn reports that the quotation continues in the next paragraph.
	RunsOn bool
}

// openMark is a mark waiting for its partner.
type openMark struct {
	family markFamily
	// straight marks an ASCII mark ("), which nests inside curly ones.
	straight bool
	span     text.Span
}

// Regions finds the top-level quotations of txt: the outermost pairs of
// matching quotation marks (straight "…", curly “…”, single ‘…’ and guillemets
// «…»), never across a paragraph. paraStarts holds the byte offsets at which
// paragraphs start, in increasing order (the first paragraph's start may be
// left out). A quotation still open at the end of a paragraph is kept
// (RunsOn) when the next paragraph starts with an opening mark and dropped
// otherwise; marks that pair with nothing are ignored. Quotations inside a
// top-level one are not reported. Regions runs in time linear in len(txt)
// whatever the marks, and appends to dst.
func Regions(dst []Region, txt string, paraStarts []int) []Region {
	var stack [maxNesting]openMark
	depth := 0
	// skipped counts openings past maxNesting, so that their closings are
	// not taken for the closing of a tracked mark.
	skipped := 0
	nextPara := 0
	for nextPara < len(paraStarts) && paraStarts[nextPara] <= 0 {
		nextPara++
	}
	paraEnd := func(at int) {
		// A paragraph ends at offset at: a quotation left open runs on only
		// when the next paragraph opens again with the same family.
		if depth > 0 {
			bottom := stack[0]
			if fam, role, _ := classifyAt(txt, firstNonSpace(txt, at)); role&roleOpen != 0 && fam == bottom.family {
				end := lastNonSpace(txt, at)
				if c := trimContent(txt, bottom.span.End, end); !c.Empty() {
					dst = append(dst, Region{Open: bottom.span, Close: text.Span{Start: end, End: end}, Content: c, RunsOn: true})
				}
			}
		}
		depth, skipped = 0, 0
	}
	for i := 0; i < len(txt); {
		if nextPara < len(paraStarts) && i >= paraStarts[nextPara] {
			paraEnd(i)
			for nextPara < len(paraStarts) && paraStarts[nextPara] <= i {
				nextPara++
			}
		}
		c := txt[i]
		// Every quotation mark starts with '"', '\'', '`', 0xC2 («, ») or
		// 0xE2 (the rest); other bytes are skipped quickly.
		if c != '"' && c != '\'' && c != '`' && c != 0xC2 && c != 0xE2 {
			i++
			continue
		}
		fam, role, size := classifyAt(txt, i)
		if fam == familyNone {
			i += size
			continue
		}
		span := text.Span{Start: i, End: i + size}
		i += size
		// Close the innermost open mark of this family, if the mark may close.
		if role&roleClose != 0 && depth > 0 {
			if skipped > 0 {
				skipped--
				continue
			}
			k := depth - 1
			for k >= 0 && stack[k].family != fam {
				k--
			}
			if k >= 0 && (role&roleOpen == 0 || stack[k].family == fam) {
				if k == 0 {
					if c := trimContent(txt, stack[0].span.End, span.Start); !c.Empty() {
						dst = append(dst, Region{Open: stack[0].span, Close: span, Content: c})
					}
				}
				depth = k
				continue
			}
		}
		if role&roleOpen == 0 {
			continue // a closing mark that closes nothing
		}
		straight := txt[span.Start] == '"'
		if depth > 0 && stack[depth-1].family == fam && fam == familyDouble && stack[depth-1].straight == straight {
			// A second opening double mark of the same kind while one is
			// open is far more often a missing closing mark than a nested
			// quotation: start again from here.
			depth--
			if depth == 0 {
				stack[0] = openMark{fam, straight, span}
				depth = 1
				continue
			}
		}
		if depth == maxNesting {
			skipped++
			continue
		}
		stack[depth] = openMark{fam, straight, span}
		depth++
	}
	paraEnd(len(txt))
	return dst
}

// classifyAt says which family the mark at byte i belongs to, whether it
// may open or close a quotation there, and how many bytes it takes. Straight
// marks and the apostrophe-like ’ are judged by their neighbours; two
// apostrophes in a row, or two backquotes, are a double mark, as some
// newspapers and the Penn Treebank write them.
func classifyAt(txt string, i int) (markFamily, markRole, int) {
	if i < 0 || i >= len(txt) {
		return familyNone, 0, 1
	}
	r, size := rune(txt[i]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(txt[i:])
	}
	switch {
	case r == '\'' || r == '`':
		if i+1 >= len(txt) || txt[i+1] != txt[i] {
			return familyNone, 0, 1
		}
		size = 2
		if r == '`' {
			return familyDouble, roleOpen, size
		}
		r = '"'
	}
	fam, role := classifyRune(r, txt, i, size)
	return fam, role, size
}

func classifyRune(r rune, txt string, i, size int) (markFamily, markRole) {
	var prev, next rune = ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(txt[:i])
	}
	if i+size < len(txt) {
		next, _ = utf8.DecodeRuneInString(txt[i+size:])
	}
	switch r {
	case '“', '„':
		return familyDouble, roleOpen | closeIfAfterWord(prev, next)
	case '”':
		// ” is sometimes typed for both marks.
		if opensBefore(prev, next) {
			return familyDouble, roleOpen | roleClose
		}
		return familyDouble, roleClose
	case '"':
		switch {
		case opensBefore(prev, next):
			return familyDouble, roleOpen
		case closesAfter(prev, next):
			return familyDouble, roleClose
		}
		return familyDouble, roleOpen | roleClose
	case '‘', '‚':
		if (isSpaceOrOpen(prev) || prev == '“' || prev == '"' || prev == '«') && !unicode.IsSpace(next) {
			return familySingle, roleOpen
		}
		return familyNone, 0
	case '’':
		// Mostly an apostrophe (don’t, Clinton’s, ’90s); it closes only
		// after a word and before no letter or digit.
		if !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			return familySingle, roleClose
		}
		return familyNone, 0
	case '«', '‹':
		return familyGuillemet, roleOpen
	case '»', '›':
		return familyGuillemet, roleClose
	}
	return familyNone, 0
}

// closeIfAfterWord lets an opening curly mark close a quotation when it is
// plainly placed as a closing one (“Hello“ written with the wrong mark).
func closeIfAfterWord(prev, next rune) markRole {
	if !unicode.IsSpace(prev) && !isOpenBracket(prev) && (unicode.IsSpace(next) || unicode.IsPunct(next)) {
		return roleClose
	}
	return 0
}

// opensBefore reports a mark with space (or an opening sign) before it and a
// word after it.
func opensBefore(prev, next rune) bool {
	return isSpaceOrOpen(prev) && !unicode.IsSpace(next) && !isClosingPunct(next)
}

// closesAfter reports a mark with a word or punctuation before it and space or
// punctuation after it.
func closesAfter(prev, next rune) bool {
	return !unicode.IsSpace(prev) && !isOpenBracket(prev) && (unicode.IsSpace(next) || unicode.IsPunct(next) || unicode.IsSymbol(next))
}

func isSpaceOrOpen(r rune) bool {
	return unicode.IsSpace(r) || isOpenBracket(r) || r == '—' || r == '–' || r == '-' || r == ':' || r == '/'
}

func isOpenBracket(r rune) bool { return r == '(' || r == '[' || r == '{' }

func isClosingPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}':
		return true
	}
	return false
}

// trimContent returns [a, b) without the white space at its edges and
// without a comma just before the closing mark (it belongs to the reporting
// sentence: “We will win,” she said).
func trimContent(txt string, a, b int) text.Span {
	for a < b {
		r, size := utf8.DecodeRuneInString(txt[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for a < b {
		r, size := utf8.DecodeLastRuneInString(txt[a:b])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		b -= size
	}
	return text.Span{Start: a, End: b}
}

// firstNonSpace returns the offset of the first non-space byte at or after
// i (len(txt) when none).
func firstNonSpace(txt string, i int) int {
	for i < len(txt) {
		r, size := utf8.DecodeRuneInString(txt[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// lastNonSpace returns the end of the text before i without trailing white
// space.
func lastNonSpace(txt string, i int) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(txt[:i])
		if !unicode.IsSpace(r) {
			return i
		}
		i -= size
	}
	return i
}
