// Package english holds closed classes of English words that more than one
// stage of the pipeline consults.
package english

import (
	"unicode"
	"unicode/utf8"
)

// Auxiliary reports whether lower, a lowercase word, is a form of an
// English auxiliary verb: be, have, do, the modals (with the stems "ca" and
// "wo" that "can't" and "won't" leave), and get, need, dare and ought as
// Universal Dependencies tag them at times.
func Auxiliary(lower string) bool {
	switch lower {
	case "be", "is", "are", "was", "were", "been", "being", "am",
		"have", "has", "had", "having", "do", "does", "did",
		"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ca", "wo", "sha",
		"get", "gets", "got", "gotten", "getting", "need", "dare", "ought":
		return true
	}
	return false
}

// ClosingQuote reports whether form is a quotation mark that may close a
// quotation: the straight and the right double marks, the treebanks' pair
// of apostrophes, the right single mark (also an apostrophe) and the
// closing guillemets.
func ClosingQuote(form string) bool {
	switch form {
	case `"`, "''", "”", "’", "»", "›":
		return true
	}
	return false
}

// StartsUpper reports whether s begins with an upper-case letter.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
