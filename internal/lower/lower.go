// Package lower lowercases words for dictionary lookups without allocating
// a string for each: most words of news text are short and ASCII.
package lower

import (
	"strings"
	"unicode/utf8"
)

// ASCII writes the lower case of s into buf and returns it, or returns
// false when s is longer than buf or not ASCII; callers then fall back to
// strings.ToLower. A map lookup with string(b) as its key allocates
// nothing.
func ASCII(buf []byte, s string) ([]byte, bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// IsASCII reports whether s holds only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Is reports whether strings.ToLower(s) == want, without lowercasing an
// ASCII s into a new string. Most callers ask it of every word for a rare
// one: a first byte that is ASCII and lowercases to another than want's
// answers at once, since lowercasing maps each rune on its own (small
// enough to be inlined at the call).
func Is(s, want string) bool {
	if s != "" && want != "" && s[0] < utf8.RuneSelf && lowerByte(s[0]) != want[0] {
		return false
	}
	return is(s, want)
}

// is is Is without its first test. Lowercasing keeps an ASCII string's
// length, so one of another length than want is not it.
func is(s, want string) bool {
	if !IsASCII(s) {
		return strings.ToLower(s) == want
	}
	if len(s) != len(want) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerByte(s[i]) != want[i] {
			return false
		}
	}
	return true
}

// lowerByte lowercases an ASCII letter and returns any other byte as it is.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
