package place

import (
	"unicode"
	"unicode/utf8"
)

// foldFrom and foldTo pair the accented Latin letters of place names with the
// ASCII letters they are matched as, rune for rune.
const (
	foldFrom = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽžȘșȚțḨḩḤḥṢṣṬṭẒẓẔẕḌḍĀāǦǧ"
	foldTo   = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZzSsTtHhHhSsTtZzZzDdAaGg"
)

// foldTable maps each accented letter to its ASCII letter; built once and
// never written afterwards.
var foldTable = func() map[rune]byte {
	m := make(map[rune]byte, utf8.RuneCountInString(foldFrom))
	to := []byte(foldTo)
	i := 0
	for _, r := range foldFrom {
		if i < len(to) {
			m[r] = to[i]
		}
		i++
	}
	return m
}()

// appendKey appends the lookup key of s to dst: letters and digits lower-cased
// and stripped of accents, apostrophes and periods dropped, every other run of
// characters (spaces, hyphens, commas) written as one space.
func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'' || c == '.' || c == '`':
				continue
			default:
				space = len(dst) > start
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var rep string
		switch r {
		case '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '´':
			continue
		case 'ß':
			rep = "ss"
		case 'æ', 'Æ':
			rep = "ae"
		case 'œ', 'Œ':
			rep = "oe"
		case 'þ', 'Þ':
			rep = "th"
		case 'ð', 'Ð':
			rep = "d"
		}
		if rep == "" {
			if b, ok := foldTable[r]; ok {
				if 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
				rep = string(rune(b))
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if space {
					dst = append(dst, ' ')
					space = false
				}
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
				continue
			} else if unicode.IsMark(r) {
				continue
			} else {
				space = len(dst) > start
				continue
			}
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, rep...)
	}
	return dst
}

// key returns the lookup key of s.
func key(s string) string { return string(appendKey(nil, s)) }

// isAcronym reports whether a name is written in capitals only ("UAE",
// "U.S."): such a name matches only text in capitals.
func isAcronym(s string) bool {
	n := upperLetters(s)
	return n > 0 && n <= 5
}

// isAbbreviation reports whether a name is an abbreviation with a final
// period ("Calif.", "Ga."), usable only after a comma as a qualifier.
func isAbbreviation(s string) bool {
	return len(s) > 1 && s[len(s)-1] == '.' && !isAcronym(s)
}

// allUpper reports whether every letter of s is upper case (and there is one).
func allUpper(s string) bool { return upperLetters(s) > 0 }

// upperLetters returns the number of letters in s, or -1 when one of them
// is not upper case.
func upperLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return -1
			}
			n++
		}
	}
	return n
}

// isWord reports whether a token holds a letter or a digit.
func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
