package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Letter case a dictionary word demands of the text.
const (
	caseAny  = 0 // written in lowercase in the dictionary: any case matches
	caseCap  = 1 // Capitalised: the text word must start with a capital
	caseCaps = 2 // an acronym (USA, U.S.): every letter must be a capital
	// a short name with a capital inside (LeT, DoD): so must the text word
	// ("Let's" is no LeT).
	caseInner = 3
)

// word is one normalised unit of matching: a token, or a part of a token
// split at a hyphen or before a possessive "'s".
type word struct {
	key   string // lowercase, diacritics folded, dots removed
	start int    // byte offsets in the text it was cut from
	end   int
	tok   int  // token index (for document words)
	upper bool // first letter is a capital
	caps  bool // every letter is a capital (at least one letter)
	inner bool // a capital follows a lowercase letter ("LeT", "McCain")
	alpha bool // has a letter
}

// caseOf returns the case demand of a dictionary word.
func caseOf(w word) uint8 {
	switch {
	case w.caps && letterCount(w.key) >= 2:
		return caseCaps
	case w.inner && letterCount(w.key) <= 4:
		return caseInner
	case w.upper:
		return caseCap
	}
	return caseAny
}

// caseOK reports whether a text word satisfies a dictionary case demand.
func caseOK(demand uint8, w *word) bool {
	switch demand {
	case caseCap:
		return w.upper
	case caseCaps:
		return w.caps
	case caseInner:
		return w.inner
	}
	return true
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// splitWords cuts text (a token, or a dictionary form) into words: at spaces,
// at hyphens and dashes between letters, and before a trailing possessive
// "'s"/"’s", which becomes the word "'s". Offsets are relative to text plus
// base.
func splitWords(text string, base, tok int, out []word) []word {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || isHyphen(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) || isHyphen(r) {
				break
			}
			j += n
		}
		out = appendPossessive(text[i:j], base+i, tok, out)
		i = j
	}
	return out
}

// appendPossessive appends the word s, split before a final 's or ’s.
func appendPossessive(s string, start, tok int, out []word) []word {
	if len(s) > 2 {
		if strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "'S") {
			out = append(out, makeWord(s[:len(s)-2], start, tok))
			return append(out, word{key: "'s", start: start + len(s) - 2, end: start + len(s), tok: tok})
		}
		if len(s) > 4 && (strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "’S")) {
			out = append(out, makeWord(s[:len(s)-4], start, tok))
			return append(out, word{key: "'s", start: start + len(s) - 4, end: start + len(s), tok: tok})
		}
	}
	return append(out, makeWord(s, start, tok))
}

func isHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '‑' || r == '–' || r == '—'
}

// makeWord normalises one word: lowercase, folded diacritics, dots dropped
// from abbreviations, apostrophes unified; a lone apostrophe (plural
// possessive) becomes "'s".
func makeWord(s string, start, tok int) word {
	w := word{start: start, end: start + len(s), tok: tok}
	if s == "'" || s == "’" {
		w.key = "'s"
		return w
	}
	first := true
	caps := true
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	var b strings.Builder
	if ascii {
		lower, prevLower := true, false
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				lower = false
				if first {
					w.upper = true
				}
				if prevLower {
					w.inner = true
				}
				first, prevLower = false, false
				w.alpha = true
			} else if c >= 'a' && c <= 'z' {
				if first {
					first = false
				}
				caps, prevLower = false, true
				w.alpha = true
			} else if c == '.' || c == '`' {
				lower, prevLower = false, false
			}
		}
		w.caps = caps && w.alpha
		if lower {
			w.key = s
			return w
		}
		b.Grow(len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case c == '.':
				if len(s) == 1 {
					b.WriteByte(c)
				}
			case c == '`':
				b.WriteByte('\'')
			default:
				b.WriteByte(c)
			}
		}
		w.key = b.String()
		return w
	}
	b.Grow(len(s))
	prevLower := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			w.alpha = true
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				if first {
					w.upper = true
				}
				if prevLower {
					w.inner = true
				}
				prevLower = false
			} else {
				caps, prevLower = false, true
			}
			first = false
		} else {
			prevLower = false
		}
		switch {
		case r == '.':
			if len(s) == 1 {
				b.WriteByte('.')
			}
		case r == '’' || r == '‘' || r == '`' || r == '´' || r == 'ʼ' || r == 'ʻ':
			b.WriteByte('\'')
		default:
			foldRune(&b, unicode.ToLower(r))
		}
	}
	w.caps = caps && w.alpha
	w.key = b.String()
	return w
}

// Base letters of U+00C0–U+017F, lowercase, index r-0xC0; '*' marks the few
// letters written as two (handled in foldRune).
const latinFold = "aaaaaa*ceeeeiiiidnooooo×ouuuuy**aaaaaa*ceeeeiiiidnooooo÷ouuuuy*y" +
	"aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iiiijjkkklllllll" +
	"lllnnnnnnnnnoooo" + "oo**rrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs"

// foldRune writes r without its diacritics.
func foldRune(b *strings.Builder, r rune) {
	switch {
	case r < 0xC0:
		b.WriteRune(r)
	case r <= 0x17F:
		// latinFold holds two multi-byte runes (× ÷) at 0xD7 and 0xF7.
		switch r {
		case 0xD7, 0xF7:
			b.WriteRune(r)
			return
		case 0xC6, 0xE6:
			b.WriteString("ae")
			return
		case 0xDE, 0xFE:
			b.WriteString("th")
			return
		case 0xDF:
			b.WriteString("ss")
			return
		case 0x152, 0x153:
			b.WriteString("oe")
			return
		}
		b.WriteByte(latinFoldByte(r))
	case r >= 0x218 && r <= 0x21B: // Ș ș Ț ț
		if r < 0x21A {
			b.WriteByte('s')
		} else {
			b.WriteByte('t')
		}
	case r == 0x1A1 || r == 0x1A0:
		b.WriteByte('o')
	case r == 0x1AF || r == 0x1B0:
		b.WriteByte('u')
	case r == 0x259: // ə (Azerbaijani)
		b.WriteByte('a')
	case r >= 0x1EA0 && r <= 0x1EF9: // Vietnamese
		switch {
		case r <= 0x1EB7:
			b.WriteByte('a')
		case r <= 0x1EC7:
			b.WriteByte('e')
		case r <= 0x1ECB:
			b.WriteByte('i')
		case r <= 0x1EE3:
			b.WriteByte('o')
		case r <= 0x1EF1:
			b.WriteByte('u')
		default:
			b.WriteByte('y')
		}
	default:
		b.WriteRune(r)
	}
}

// latinFoldByte maps a rune of U+00C0–U+017F (not × ÷) to its base letter.
func latinFoldByte(r rune) byte {
	// latinFold is ASCII except for × and ÷ (2 bytes each) at indexes 0x17
	// and 0x37; shift the index past them.
	i := int(r - 0xC0)
	if i > 0x17 {
		i++
	}
	if i > 0x38 {
		i++
	}
	if i >= len(latinFold) {
		return '?'
	}
	return latinFold[i]
}

// joinKeys joins word keys with spaces.
func joinKeys(ws []word) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0].key
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.key)
	}
	return b.String()
}
