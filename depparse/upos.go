package depparse

// uposTag is a universal part-of-speech tag as a small number. finish's
// repairs compare tags over and over, in some fifty passes over every
// sentence; a byte compares in one instruction, where a string needs its
// length and its bytes loaded and compared.
type uposTag uint8

// The seventeen tags of Universal Dependencies, and uposOther for any other
// string a caller may give.
const (
	uposOther uposTag = iota
	uposAdj
	uposAdp
	uposAdv
	uposAux
	uposCconj
	uposDet
	uposIntj
	uposNoun
	uposNum
	uposPart
	uposPron
	uposPropn
	uposPunct
	uposSconj
	uposSym
	uposVerb
	uposX
)

// uposTagOf returns the number of tag t.
func uposTagOf(t string) uposTag {
	switch t {
	case "ADJ":
		return uposAdj
	case "ADP":
		return uposAdp
	case "ADV":
		return uposAdv
	case "AUX":
		return uposAux
	case "CCONJ":
		return uposCconj
	case "DET":
		return uposDet
	case "INTJ":
		return uposIntj
	case "NOUN":
		return uposNoun
	case "NUM":
		return uposNum
	case "PART":
		return uposPart
	case "PRON":
		return uposPron
	case "PROPN":
		return uposPropn
	case "PUNCT":
		return uposPunct
	case "SCONJ":
		return uposSconj
	case "SYM":
		return uposSym
	case "VERB":
		return uposVerb
	case "X":
		return uposX
	}
	return uposOther
}

// appendUPOSTags appends the numbers of tags to dst.
func appendUPOSTags(dst []uposTag, tags []string) []uposTag {
	for _, t := range tags {
		dst = append(dst, uposTagOf(t))
	}
	return dst
}
