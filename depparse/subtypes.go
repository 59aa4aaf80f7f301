package depparse

import "strings"

// restoreSubtypes adds the UD English relation subtypes that follow from the
// tree and the tags to a parse made with universal relations only:
// aux:pass, nsubj:pass, csubj:pass, obl:agent, nmod:poss, compound:prt,
// acl:relcl, det:predet and cc:preconj. heads are sentence-relative (-1 for
// the root); rels are rewritten in place.
func restoreSubtypes(in *Sentence, heads []int, rels []string) {
	n := len(heads)
	lemma := func(i int) string {
		if in.Lemmas != nil && in.Lemmas[i] != "" {
			return strings.ToLower(in.Lemmas[i])
		}
		return strings.ToLower(in.Forms[i])
	}
	// Passive auxiliaries: of the "be"/"get" auxiliaries of a past
	// participle, the one nearest to it ("has been attacked", "is being
	// attacked").
	passive := make([]bool, n)
	for h := 0; h < n; h++ {
		if in.XPOS[h] != "VBN" {
			continue
		}
		best := -1
		for d := 0; d < h; d++ {
			if heads[d] == h && rels[d] == "aux" {
				if l := lemma(d); l == "be" || l == "get" {
					best = d
				}
			}
		}
		if best >= 0 {
			rels[best] = "aux:pass"
			passive[h] = true
		}
	}
	for d := 0; d < n; d++ {
		h := heads[d]
		switch rels[d] {
		case "nsubj", "csubj":
			if h >= 0 && passive[h] {
				rels[d] += ":pass"
			}
		case "obl":
			switch {
			case h >= 0 && (passive[h] || in.XPOS[h] == "VBN") && hasCaseChild(heads, rels, in, d, "by"):
				rels[d] = "obl:agent"
			case !hasChildRel(heads, rels, d, "case") && nominalTag(in.XPOS[d]):
				rels[d] = "obl:unmarked" // "last week", "two miles"
			}
		case "nmod":
			switch {
			case in.XPOS[d] == "PRP$" || in.XPOS[d] == "WP$" || hasPossessiveCase(heads, rels, in, d):
				rels[d] = "nmod:poss"
			case hasChildRel(heads, rels, d, "case"):
			case h > d && strings.HasPrefix(in.XPOS[h], "NNP"):
				rels[d] = "nmod:desc" // "President Bush"
			case nominalTag(in.XPOS[d]):
				rels[d] = "nmod:unmarked"
			}
		case "compound":
			if in.XPOS[d] == "RP" {
				rels[d] = "compound:prt"
			}
		case "acl":
			if relativeClause(heads, rels, in, d) {
				rels[d] = "acl:relcl"
			}
		case "det":
			if l := lemma(d); (l == "all" || l == "both" || l == "half" || l == "such") && nextDet(heads, rels, d) {
				rels[d] = "det:predet"
			}
		case "cc":
			if l := lemma(d); (l == "either" || l == "neither" || l == "both" || l == "whether") && h > d && firstConjunct(heads, rels, h) {
				rels[d] = "cc:preconj"
			}
		}
	}
}

func hasCaseChild(heads []int, rels []string, in *Sentence, d int, word string) bool {
	for k := range heads {
		if heads[k] == d && rels[k] == "case" && strings.EqualFold(in.Forms[k], word) {
			return true
		}
	}
	return false
}

func hasPossessiveCase(heads []int, rels []string, in *Sentence, d int) bool {
	for k := range heads {
		if heads[k] == d && rels[k] == "case" && in.XPOS[k] == "POS" {
			return true
		}
	}
	return false
}

// relativeClause tells a relative clause ("the man who came", "the man I
// saw") from other clausal modifiers of nouns ("a plan to leave", "troops
// stationed there"): it has a relative word or a subject of its own and a
// finite verb.
func relativeClause(heads []int, rels []string, in *Sentence, a int) bool {
	subject := false
	for k := range heads {
		if heads[k] != a {
			continue
		}
		switch in.XPOS[k] {
		case "WDT", "WP", "WP$", "WRB":
			return true
		}
		if strings.HasPrefix(rels[k], "nsubj") || strings.HasPrefix(rels[k], "csubj") || rels[k] == "expl" {
			subject = true
		}
		if rels[k] == "mark" && strings.EqualFold(in.Forms[k], "to") {
			return false
		}
	}
	switch in.XPOS[a] {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	case "VBG", "VBN", "VB":
		return subject
	}
	return subject
}

// nextDet reports whether determiner d precedes another determiner of the
// same noun ("all the people").
func nextDet(heads []int, rels []string, d int) bool {
	for k := d + 1; k < len(heads); k++ {
		if heads[k] == heads[d] && rels[k] == "det" {
			return true
		}
	}
	return false
}

// firstConjunct reports whether h has conjuncts (so "either" before it
// pairs them).
func firstConjunct(heads []int, rels []string, h int) bool {
	for k := range heads {
		if heads[k] == h && rels[k] == "conj" {
			return true
		}
	}
	return false
}

func hasChildRel(heads []int, rels []string, d int, rel string) bool {
	for k := range heads {
		if heads[k] == d && rels[k] == rel {
			return true
		}
	}
	return false
}

func nominalTag(xpos string) bool {
	return strings.HasPrefix(xpos, "NN") || xpos == "CD" || xpos == "PRP" || xpos == "DT"
}
