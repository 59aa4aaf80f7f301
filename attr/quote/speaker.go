package quote

import (
	"strings"
	"unicode"

	"github.com/parleyproject/parley/internal/english"
	"github.com/parleyproject/parley/text"
)

// maxClimb bounds how far speakerOf climbs from a cue to the clause or noun
// it belongs to.
const maxClimb = 4

// maxApposition bounds the words of an apposition or a bracket between a
// speaker and the cue.
const maxApposition = 20

// speakerOf returns the head token of the speaker of cue verb i, or -1: its
// subject or passive agent; for a participle, infinitive, conjunct or
// adverbial clause without a subject, the speaker of the verb it belongs to
// ("…, adding that …", "declined to say"); for a relative or participial
// clause, the person it modifies ("officials who said …") or the speaker of
// the verb whose object it modifies ("issued a statement saying …"). Where
// the parse shows none, or an unlikely one, the words next to the cue
// decide.
func (w *work) speakerOf(i int) int {
	s := w.speakerOfCue(i)
	if w.datelineAt(s) {
		// "Makkah: The General Presidency … has stated": the parse made
		// the dateline the subject and the speaker its apposition.
		s = w.child(s, "appos")
	}
	if s >= 0 && s < i && w.isRelative(s) && w.isFinite(i) && w.afterComma(i) && w.clauseBetween(s, i) {
		// "Paulson, who made billions on the bet, told investors": the
		// relative pronoun is the subject of its own clause, and the noun it
		// refers to speaks.
		if a := w.antecedent(s); a >= 0 {
			return a
		}
	}
	return s
}

// afterComma reports a comma or a dash just before verb i, adverbs and
// auxiliaries aside: the end of a clause set off before it.
func (w *work) afterComma(i int) bool {
	si := w.sentOf[i]
	k := i - 1
	for k >= 0 && w.sentOf[k] == si && (w.toks[k].UPOS == "ADV" || w.toks[k].UPOS == "AUX" || w.toks[k].UPOS == "PART") {
		k--
	}
	if k < 0 || w.sentOf[k] != si {
		return false
	}
	return w.toks[k].Form == "," || w.isDash(k)
}

// subjectOver returns the parsed subject of cue i instead of a, the noun
// just before the cue, when a lies in a clause that modifies the subject
// ("A news report published Wednesday said") or is a bare time phrase; a
// otherwise.
func (w *work) subjectOver(i, a int) int {
	for _, c := range w.children(i) {
		p := int(c)
		if p >= a {
			break
		}
		if w.toks[p].DepRel != "nsubj" || w.unlikelySpeaker(p) || w.isRelative(p) {
			continue
		}
		if w.afterComma(i) && w.inPhraseOf(a, p) {
			// "Sandy Phillips, who lost her daughter in Aurora, Colorado,
			// in July 2012, said", "Woodrow Benford, 58, who lives outside
			// Minneapolis, says": a noun of the subject's own description.
			return p
		}
		if w.punctBetween(p, a) {
			continue
		}
		if w.inModifierClause(a, p) || w.isTimePhrase(a) {
			return p
		}
	}
	return a
}

// inPhraseOf reports whether token a lies inside the phrase of noun p, set
// off from it by a comma, in a relative clause describing p or as its age:
// not a name in apposition ("the company's chief, John Smith, said").
func (w *work) inPhraseOf(a, p int) bool {
	if a <= p || !w.punctBetween(p, a) {
		return false
	}
	return w.inModifierClause(a, p) || w.toks[a].UPOS == "NUM" && w.head(a) == p
}

// inModifierClause reports whether token a lies in a clause that modifies
// noun p: "a report published Wednesday", "officials who spoke with The
// Huffington Post".
func (w *work) inModifierClause(a, p int) bool {
	clause := false
	for k, step := a, 0; k >= 0 && step < 2*maxClimb; step++ {
		h := w.head(k)
		if h < 0 {
			return false
		}
		// The clause may modify a conjunct of p ("Hawkins and others who
		// want to ban abortion said").
		clause = clause || w.rel(k) == "acl"
		if h == p {
			return clause
		}
		k = h
	}
	return false
}

// isTimePhrase reports a noun the parse marks as a bare time phrase
// ("Wednesday", "two weeks ago").
func (w *work) isTimePhrase(a int) bool {
	switch w.toks[a].DepRel {
	case "obl:unmarked", "obl:tmod", "nmod:tmod", "obl:npmod", "nmod:unmarked":
		return true
	}
	return false
}

// clauseBetween reports a finite verb between tokens a and b that is not an
// auxiliary of b: the two belong to different clauses.
func (w *work) clauseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w.isFinite(k) && w.head(k) != b {
			return true
		}
	}
	return false
}

// agentOf returns the agent of passive verb i, its "by" phrase, or -1.
func (w *work) agentOf(i int) int {
	if a := w.child(i, "obl:agent"); a >= 0 {
		return a
	}
	if a := w.child(i, "obl"); a >= 0 {
		if c := w.child(a, "case"); c >= 0 && w.lemma(c) == "by" {
			return a
		}
	}
	return -1
}

// speakerOfCue is speakerOf before the check of relative pronouns.
func (w *work) speakerOfCue(i int) int {
	if w.isPassive(i) {
		// Only a passive agent speaks: "was asked by reporters".
		return w.agentOf(i)
	}
	if w.isFinite(i) {
		// "X said", "X, an aide, said": the words are surer than the parse.
		if a := w.leftSpeaker(i); a >= 0 {
			if a+1 < i && w.afterComma(i) {
				// "…, such as heart disease, cancer or diabetes, says
				// Jorge Bucaram": a name that closes the sentence after
				// a cue set off by a comma is its speaker, not a noun
				// before the comma.
				if r := w.namedAfterComma(i); r >= 0 {
					return r
				}
			}
			return w.subjectOver(i, a)
		}
		// "…, said Katie Harbath, a director": a cue that opens its clause
		// with the noun phrase after it, whatever clause the parse hung the
		// cue on.
		if a := w.invertedSpeaker(i); a >= 0 {
			return a
		}
	}
	if a := w.absoluteSpeaker(i); a >= 0 {
		return a
	}
	if h := w.reportingHost(i); h >= 0 {
		// "Officials said the rebels had attacked first, adding that …":
		// who said it adds it, not the subject of the clause the parse
		// hung the participle on.
		return w.speakerOfCue(h)
	}
	s := w.parsedSpeaker(i)
	if s >= 0 && w.regionAt[s] >= 0 && w.regionAt[s] != w.regionAt[i] {
		s = -1 // a word of a quotation does not speak it
	}
	if s >= 0 && !w.unlikelySpeaker(s) {
		return s
	}
	if a := w.participleSpeaker(i); a >= 0 {
		return a
	}
	if a := w.adjacentSpeaker(i); a >= 0 {
		return a
	}
	// An unlikely subject ("it", "on Saturday") is no speaker at all.
	return -1
}

// unlikelySpeaker reports a parsed subject s that cannot speak: "it" or
// "there", or a prepositional phrase ("on Saturday") other than a passive
// agent.
func (w *work) unlikelySpeaker(s int) bool {
	switch strings.ToLower(w.toks[s].Form) {
	case "it", "there":
		return true
	}
	if c := w.child(s, "case"); c >= 0 && w.lemma(c) != "by" {
		return true
	}
	return false
}

// parsedSpeaker is speakerOf by the parse alone.
func (w *work) parsedSpeaker(i int) int {
	c := i
	for step := 0; step < maxClimb && c >= 0; step++ {
		for _, k := range w.children(c) {
			k := int(k)
			switch w.toks[k].DepRel {
			case "nsubj", "nsubj:outer":
				// "said he was …": the subject of the content, misattached.
				if k > c && k+1 < len(w.toks) && w.isFinite(k+1) {
					continue
				}
				return k
			case "obl:agent":
				return k
			case "nsubj:pass":
				// "She was quoted as saying …", not "It was said that …".
				if step > 0 {
					return k
				}
			}
		}
		h := w.head(c)
		if h < 0 || w.sentOf[h] != w.sentOf[c] {
			return -1
		}
		switch w.rel(c) {
		case "acl":
			if w.isNominal(h) && (w.mentionAt[h] >= 0 || w.toks[h].UPOS == "PROPN" || w.toks[h].UPOS == "PRON" || w.toks[c].DepRel == "acl:relcl") {
				return h
			}
			// "issued a statement saying …": the speaker of the verb whose
			// object or oblique the noun is.
			switch w.rel(h) {
			case "obj", "obl":
				if hh := w.head(h); hh >= 0 && w.sentOf[hh] == w.sentOf[h] {
					c = hh
					continue
				}
			}
			return -1
		case "advcl":
			// "Iranian TV quoted the minister as saying …": whom the
			// governor quotes says it, not the governor's subject.
			if w.asParticiple(c) {
				if o := w.child(h, "obj"); o >= 0 && o < c {
					return o
				}
			}
			c = h
		case "xcomp", "conj":
			c = h
		default:
			return -1
		}
	}
	return -1
}

// asParticiple reports whether verb c is a cue's participle marked by "as"
// ("as saying", "as telling"): in "quoted the minister as saying …" the
// object of the verb it modifies speaks ("described the agenda as going
// beyond aid" quotes no one).
func (w *work) asParticiple(c int) bool {
	m := w.child(c, "mark")
	if m < 0 || w.lemma(m) != "as" || w.toks[c].XPOS != "VBG" {
		return false
	}
	e, _, ok := w.match(c, POSVerb)
	return ok && e.Frames&FrameQuote != 0
}

// absoluteSpeaker returns the noun of a with-phrase right before
// participle cue i ("with 30 percent of voters saying …"), or -1: the
// absolute phrase's noun says it, not the clause's subject.
func (w *work) absoluteSpeaker(i int) int {
	if w.toks[i].XPOS != "VBG" || i == 0 || !w.isNominal(i-1) {
		return -1
	}
	k := i - 1
	for step := 0; step < maxClimb; step++ {
		if w.hasCaseWith(k) {
			return k
		}
		h := w.head(k)
		if h < 0 || h > k || !w.isNominal(h) || w.sentOf[h] != w.sentOf[k] {
			return -1
		}
		k = h
	}
	return -1
}

// hasCaseWith reports whether noun k is marked by "with".
func (w *work) hasCaseWith(k int) bool {
	c := w.child(k, "case")
	return c >= 0 && strings.EqualFold(w.toks[c].Form, "with")
}

// adjacentSpeaker finds the speaker of cue i from the words next to it, for
// parses that miss the subject: the noun just before the cue ("the
// spokesman also said"), or, when a finite cue opens its clause after a
// quotation or a comma, the noun phrase just after it ("…,” said Jake
// Sullivan, an aide; not "…, calling Trump a liar").
func (w *work) adjacentSpeaker(i int) int {
	if a := w.leftSpeaker(i); a >= 0 {
		return a
	}
	if !w.isFinite(i) {
		return -1
	}
	return w.rightSpeaker(i)
}

// rightSpeaker returns the head of the noun phrase just after cue i when
// the cue opens its clause after a quotation or a comma ("…,” said Jake
// Sullivan, an aide), or -1.
func (w *work) rightSpeaker(i int) int {
	s, _ := w.rightPhrase(i)
	return s
}

// rightPhrase is rightSpeaker that also returns the token after the noun
// phrase.
func (w *work) rightPhrase(i int) (head, next int) {
	si := w.sentOf[i]
	k := i - 1
	for k >= 0 && w.sentOf[k] == si && (w.toks[k].UPOS == "ADV" || w.toks[k].UPOS == "AUX" || w.toks[k].UPOS == "PART") {
		k--
	}
	if k >= 0 && w.sentOf[k] == si && !w.isBoundary(k) {
		return -1, -1
	}
	// After the cue: the noun phrase up to a comma, a preposition or the
	// end ("…,” said Jake Sullivan, an aide"), not the subject of a clause
	// ("said Clinton didn't …").
	head = -1
	for k = i + 1; k < len(w.toks) && w.sentOf[k] == si && k <= i+8; k++ {
		switch w.toks[k].UPOS {
		case "PROPN", "NOUN", "PRON", "NUM":
			head = k
			continue
		case "DET", "ADJ", "PART":
			continue
		case "VERB":
			if head < 0 && w.toks[k].XPOS == "VBN" {
				continue // "said retired Army Lt. Gen. Mick Bednarek"
			}
		}
		break
	}
	if head >= 0 && k < len(w.toks) && w.sentOf[k] == si && !w.isPunct(k) && w.toks[k].UPOS != "ADP" &&
		!(w.toks[k].XPOS == "VBN" && w.regionAt[k] < 0) {
		// A clause's subject ("said Clinton didn't …"), not a noun a
		// participle describes ("said the base chief known as Bob").
		return -1, -1
	}
	if head < 0 {
		return -1, -1
	}
	return w.phraseHead(head), k
}

// namedAfterComma returns the name that follows cue i, a verb that reports
// quotations and takes no object, up to a comma or the sentence's end, or
// -1.
func (w *work) namedAfterComma(i int) int {
	e, _, ok := w.match(i, POSVerb)
	if !ok || e.Frames&FrameQuote == 0 || e.Frames&FrameObject != 0 || w.child(i, "obj") >= 0 || w.child(i, "iobj") >= 0 {
		return -1 // "told Reuters": whom it is said to
	}
	s, next := w.rightPhrase(i)
	if s < 0 || w.toks[s].UPOS != "PROPN" || timeNoun(w.toks[s].Form) {
		return -1
	}
	if next < len(w.toks) && w.sentOf[next] == w.sentOf[i] && w.toks[next].Form != "," && w.toks[next].Form != "." {
		return -1
	}
	return s
}

// invertedSpeaker returns the speaker of a reporting clause in inverted
// order, the cue without a subject of its own after a comma, dash or
// closing quotation mark ("…, said Hank Sheinkopf, a strategist"), or -1.
// Only a verb that reports quotations inverts, and one that may take an
// object must have none ("…, mocked his calls for more ships").
func (w *work) invertedSpeaker(i int) int {
	if w.child(i, "nsubj") >= 0 || w.child(i, "nsubj:pass") >= 0 {
		return -1
	}
	e, _, ok := w.match(i, POSVerb)
	if !ok || e.Frames&FrameQuote == 0 || e.Frames&FrameObject != 0 && w.child(i, "obj") >= 0 {
		return -1
	}
	// The phrase ends the sentence or meets a comma or a preposition
	// ("said Phil Finnegan of the Teal Group"), not a participle ("said
	// more work needed to be done").
	s, next := w.rightPhrase(i)
	if s < 0 || next < len(w.toks) && w.sentOf[next] == w.sentOf[i] && !w.isPunct(next) && w.toks[next].UPOS != "ADP" {
		return -1
	}
	return s
}

// phraseHead climbs from noun k to the head of the name or noun phrase it
// belongs to, in the parse, leftwards: "Ekovich" in "Steven M. Ekovich" to
// "Steven", "ministry" in "a spokesman for the ministry" to "spokesman".
func (w *work) phraseHead(k int) int {
	for step := 0; step < maxClimb; step++ {
		h := w.head(k)
		if h < 0 || h > k || w.sentOf[h] != w.sentOf[k] || !w.isNominal(h) || w.regionAt[h] >= 0 {
			break
		}
		if w.punctBetween(h, k) {
			break // a comma or a bracket ends the phrase
		}
		switch w.rel(k) {
		case "nmod", "compound", "flat", "appos":
			k = h
			continue
		}
		break
	}
	return k
}

// punctBetween reports punctuation among the tokens strictly between a and
// b.
func (w *work) punctBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w.isPunct(k) {
			return true
		}
	}
	return false
}

// participleSpeaker returns the speaker of a participle after a comma or a
// conjunction ("…, saying …", "…, trashing Trump and accusing him …") as the
// speaker of the nearest verb before it that has one, for parses that do
// not join the two; -1 otherwise. Other participles and relative clauses on
// the way are passed over; a finite verb ends the search.
func (w *work) participleSpeaker(i int) int {
	if w.toks[i].XPOS != "VBG" || i == 0 || w.toks[i-1].UPOS != "CCONJ" && !w.isBoundary(i-1) {
		return -1
	}
	si := w.sentOf[i]
	for k := i - 2; k >= 0 && w.sentOf[k] == si; k-- {
		if w.regionAt[k] >= 0 || w.toks[k].UPOS != "VERB" && !(w.toks[k].UPOS == "AUX" && w.isFinite(k)) {
			continue
		}
		if w.toks[k].DepRel == "acl:relcl" {
			continue
		}
		if s := w.parsedSpeaker(k); s >= 0 && !w.unlikelySpeaker(s) {
			if w.isRelative(s) {
				continue // "Bush, who lost to Trump, …, calling him …"
			}
			return s
		}
		if !w.isFinite(k) {
			continue
		}
		return w.leftSpeaker(k)
	}
	return -1
}

// leftSpeaker returns the noun just before cue i (adverbs and auxiliaries
// aside: "the spokesman also said"), or the noun before an apposition or a
// bracket that ends just before it; -1 when there is none.
func (w *work) leftSpeaker(i int) int {
	si := w.sentOf[i]
	k := i - 1
	for k >= 0 && w.sentOf[k] == si {
		switch {
		case w.toks[k].UPOS == "ADV" || w.toks[k].UPOS == "AUX" || w.toks[k].UPOS == "PART":
			k--
			continue
		case w.head(k) == i && w.rel(k) == "obl" && int(w.lo[k]) <= k:
			// "Trump last year proposed": a time phrase of the cue.
			k = int(w.lo[k]) - 1
			continue
		case timeNoun(w.toks[k].Form):
			// "Frank Mugisha today said", "the court yesterday voiced",
			// "the office this week dismissed", "Wynne, who chaired the
			// panel, on Thursday said": a time phrase the parse did not
			// hang on the cue.
			k--
			for k >= 0 && w.sentOf[k] == si && timeWord(w.toks[k].Form) {
				k--
			}
			continue
		}
		break
	}
	nominal := func(k int) bool {
		return k >= 0 && w.sentOf[k] == si && w.regionAt[k] < 0 && w.isNominal(k) && !w.isRelative(k)
	}
	if nominal(k) {
		if s := w.child(i, "nsubj"); (s < 0 || s == k) && w.isFinite(i) {
			// The parse took the last noun of a relative clause for the
			// subject, or found none.
			if a := w.relativeAntecedent(k); a >= 0 {
				return w.phraseHead(a)
			}
		}
		return w.phraseHead(k)
	}
	if f := w.firstWordSpeaker(i); f >= 0 {
		return f
	}
	if k < 0 || w.sentOf[k] != si {
		return -1
	}
	// "Rep. Earl Blumenauer (D-Ore.) said": the noun before the bracket.
	if w.toks[k].Form == ")" {
		for j := k - 1; j >= 0 && j >= k-maxApposition && w.sentOf[j] == si && w.regionAt[j] < 0; j-- {
			if w.toks[j].Form == "(" {
				if nominal(j - 1) {
					return j - 1
				}
				break
			}
			if w.isFinite(j) {
				break
			}
		}
		return -1
	}
	// "Adam Green, co-founder of the committee, said", "Cruz, who has
	// proposed repealing the mandate, said", "Trump - who said … - said":
	// the noun before the apposition or the clause set off by commas or
	// dashes. A clause must open with a relative pronoun or a participle;
	// its own commas are passed over.
	dash := w.isDash(k)
	if !dash && w.toks[k].Form != "," {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-maxClauseApposition && w.sentOf[j] == si && w.regionAt[j] < 0; j-- {
		comma := w.toks[j].Form == ","
		if !comma && !(dash && w.isDash(j)) {
			if w.isBoundary(j) {
				break
			}
			continue
		}
		clause := w.hasFinite(j+1, k-1)
		if clause && !w.opensClause(j+1) && !w.relativeFirst(j+1, k-1) {
			if !comma {
				break
			}
			continue // a comma inside the clause
		}
		if !clause && k-j > maxApposition {
			break
		}
		n := j - 1
		if n > 0 && w.toks[n].Form == ")" {
			// "Rep. Elijah Cummings (D-Md.), chair of …, said"
			for n > 0 && n > j-maxApposition && w.toks[n].Form != "(" {
				n--
			}
			n--
		}
		if nominal(n) && w.prepositionOf(n) < 0 {
			return w.phraseHead(n) // "Andrei Ryabov, an analyst who …, said": the whole name
		}
		if nominal(n) && !clause && comma {
			// "Clinton, during a meeting in Columbus, Ohio, said": a place
			// in a phrase set off by commas; look further left.
			continue
		}
		break
	}
	return -1
}

// prepositionOf returns the preposition (case dependent) before noun k, or
// -1.
func (w *work) prepositionOf(k int) int {
	for _, c := range w.children(k) {
		c := int(c)
		if c > k {
			break
		}
		if w.rel(c) == "case" && w.toks[c].UPOS == "ADP" {
			return c
		}
	}
	return -1
}

// relativeFirst reports whether a relative pronoun comes before the first
// finite verb of tokens a to b: an apposition whose clause describes its
// noun ("Rex Early, a former state party chairman who just signed on, said").
func (w *work) relativeFirst(a, b int) bool {
	for k := a; k <= b; k++ {
		if w.isRelative(k) {
			return true
		}
		if w.isFinite(k) {
			return false
		}
	}
	return false
}

// maxClauseApposition bounds the words of a relative or participial clause
// between a speaker and the cue ("Cruz, who has proposed …, said").
const maxClauseApposition = 40

// opensClause reports a relative pronoun or a participle at token j: the
// start of a clause that describes the noun before it.
func (w *work) opensClause(j int) bool {
	switch w.toks[j].XPOS {
	case "WP", "WP$", "WDT", "VBG", "VBN":
		return true
	}
	return false
}

// relativeAntecedent returns the antecedent of a relative clause that
// noun k, right before a cue, ends with no comma, when the relative
// pronoun is the subject of a verb of its own before k ("Hawkins and
// others who want to ban abortion said", "officials who spoke to the
// journalist said"): the clause cannot hold the cue, so the noun it
// describes speaks ("a wave of takeovers that Chavez says" is no such
// clause). It returns -1 otherwise.
func (w *work) relativeAntecedent(k int) int {
	si := w.sentOf[k]
	if w.toks[k].UPOS == "PRON" && strings.Contains(w.toks[k].Feats, "Case=Nom") {
		return -1 // "where she wrote"
	}
	for j := k - 1; j >= 0 && w.sentOf[j] == si && w.regionAt[j] < 0; j-- {
		// A clause of its own between them ("… which failed as the IMF
		// declined") ends the relative clause first.
		t := &w.toks[j]
		if t.UPOS == "PUNCT" || t.UPOS == "SCONJ" || t.DepRel == "mark" || t.XPOS == "WRB" || clauseOpener(w.lemma(j)) {
			return -1
		}
		if !w.isRelative(j) {
			continue
		}
		v := w.head(j)
		if w.toks[j].DepRel != "nsubj" || v <= j || v >= k || w.toks[v].DepRel != "acl:relcl" || w.toks[v].UPOS != "VERB" {
			return -1
		}
		if w.head(k) == v && w.rel(k) == "conj" {
			return -1 // "a style that admirers/VBZ and adversaries alike say"
		}
		for m := j + 1; m < k; m++ {
			if e, _, ok := w.match(m, POSVerb); ok && w.toks[m].UPOS == "VERB" && e.Frames&FrameClause != 0 {
				return -1 // "players who alleged Domínguez requested": k speaks in the clause's content
			}
		}
		if a := w.antecedent(j); a >= 0 && a < j {
			return a
		}
		return -1
	}
	return -1
}

// clauseOpener reports a subordinator of time, contrast or cause, whatever
// its tag.
func clauseOpener(lemma string) bool {
	switch lemma {
	case "while", "whereas", "although", "though", "when", "as", "because", "after", "before", "since", "until":
		return true
	}
	return false
}

// antecedent returns the noun that relative pronoun r refers to: the head
// of its relative clause, or the noun before it; -1 when none.
func (w *work) antecedent(r int) int {
	if c := w.head(r); c >= 0 && w.toks[c].DepRel == "acl:relcl" {
		if h := w.head(c); h >= 0 && w.isNominal(h) {
			return h
		}
	}
	k := r - 1
	for k >= 0 && w.sentOf[k] == w.sentOf[r] && (w.toks[k].Form == "," || w.toks[k].UPOS == "PUNCT") {
		k--
	}
	if k >= 0 && w.sentOf[k] == w.sentOf[r] && w.isNominal(k) {
		return k
	}
	return -1
}

// isRelative reports a relative pronoun (who, which, that).
func (w *work) isRelative(i int) bool {
	switch w.toks[i].XPOS {
	case "WP", "WDT":
		return true
	}
	switch w.lemma(i) {
	case "who", "which", "that":
		return true
	}
	return false
}

// firstWordSpeaker returns the first word of the sentence of cue i, a verb
// in the past or present tense, when that word is all that stands before
// the cue, adverbs and auxiliaries aside, and the tagger read it as an
// adverb, auxiliary or adjective though it is the subject: a name ("Jolly
// said", "DeSantis said") or a quantifier standing for people ("Several
// said", "Most said"); -1 otherwise. Auxiliaries ("Has opposed the war" in
// a list) and adverbs that may open an inverted clause ("So said the
// minister") are no subject.
func (w *work) firstWordSpeaker(i int) int {
	switch w.toks[i].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	first := w.doc.Sentences[w.sentOf[i]].Start
	if first < 0 || first >= i || w.regionAt[first] >= 0 {
		return -1
	}
	for k := first + 1; k < i; k++ {
		if u := w.toks[k].UPOS; u != "ADV" && u != "AUX" {
			return -1
		}
	}
	form := w.toks[first].Form
	lower := strings.ToLower(form)
	u := w.toks[first].UPOS
	if u != "DET" && u != "ADV" && u != "AUX" && u != "ADJ" {
		return -1
	}
	if quantifierSpeaker(lower) {
		return first // "Several said", "Another said"
	}
	if u == "DET" || !english.StartsUpper(form) || invertingAdverb(lower) || english.Auxiliary(lower) {
		return -1
	}
	for _, r := range form {
		if !unicode.IsLetter(r) {
			return -1
		}
	}
	return first
}

// quantifierSpeaker reports a quantifier that stands for people when it is
// a subject ("Several said").
func quantifierSpeaker(lower string) bool {
	switch lower {
	case "most", "many", "several", "some", "others", "few", "both", "all", "each", "none", "half",
		"another", "one", "neither", "either":
		return true
	}
	return false
}

// invertingAdverb reports an adverb that may open a clause whose subject
// follows its verb ("So said the minister"), or that stands for no one.
func invertingAdverb(lower string) bool {
	switch lower {
	case "so", "thus", "also", "then", "here", "there", "now", "still", "yet", "again", "instead", "as",
		"how", "why", "when", "where", "never", "only", "rarely", "seldom", "later", "earlier", "finally":
		return true
	}
	return false
}

func (w *work) isNominal(i int) bool {
	switch w.toks[i].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// speakerParticipant describes the speaker headed by token s: the actor
// mention that covers it, with its resolved actor, or else the noun phrase s
// heads.
func (w *work) speakerParticipant(s int) text.Participant {
	if w.isRelative(s) {
		// "Obama, who said …": the pronoun in the text, the antecedent's
		// actor.
		p := text.Participant{Text: w.toks[s].Form, Span: w.toks[s].Span}
		if a := w.antecedent(s); a >= 0 {
			if m := w.mentionAt[a]; m >= 0 && len(w.doc.Mentions[m].Actors) > 0 {
				p.Actor = w.doc.Mentions[m].Actors[0]
			}
		}
		return p
	}
	if m := w.mentionAt[s]; m >= 0 {
		men := &w.doc.Mentions[m]
		sp := men.Span
		// "Representative Dave Camp said": a name the parse joins to the
		// mention's head (a title) but no entry knows still names the
		// speaker; not a time, nor a dateline in capitals.
		last := -1
		for _, c := range w.children(s) {
			if c := int(c); c >= men.End && w.rel(c) == "flat" && w.toks[c].UPOS == "PROPN" && !timeNoun(w.toks[c].Form) &&
				!(upperWord(w.toks[c].Form) && len(w.toks[c].Form) > 3) &&
				(last < 0 && c == men.End || c == last+1) {
				last = c
			}
		}
		if last >= 0 {
			if ext, ok := w.tokenSpan(s, last); ok && ext.End > sp.End {
				sp.End = ext.End
			}
		}
		p := text.Participant{Text: w.doc.SpanText(sp), Span: sp}
		if len(men.Actors) > 0 {
			p.Actor = men.Actors[0]
		}
		return p
	}
	sp := w.nounPhrase(s)
	if h := w.head(s); h >= 0 && h < s && w.rel(s) == "flat" && (w.toks[h].UPOS == "NOUN" || w.toks[h].UPOS == "PROPN") {
		// "Former AG Mukasey": a name the parse hung as a flat word of
		// the title before it (as GUM does) starts with the title's
		// phrase.
		if hs := w.nounPhrase(h); hs.Start < sp.Start {
			sp.Start = hs.Start
		}
	}
	return text.Participant{Text: w.doc.SpanText(sp), Span: sp}
}

// nounPhrase returns the span of the noun phrase headed by s: s with the
// dependents that name it (determiners, modifiers, compounds, "of"
// phrases), without appositions, relative clauses and punctuation.
func (w *work) nounPhrase(s int) text.Span {
	a, b := s, s
	kids := w.children(s)
	// Dependents to the left, nearest first; stop at the first that does
	// not belong to the name.
	for k := len(kids) - 1; k >= 0; k-- {
		c := int(kids[k])
		if c > s {
			continue
		}
		if !w.inPhrase(c) || int(w.hi[c]) < a-1 {
			break
		}
		a = int(w.lo[c])
	}
	for _, c := range kids {
		c := int(c)
		if c < s {
			continue
		}
		if !w.inPhrase(c) || int(w.lo[c]) > b+1 {
			break
		}
		b = int(w.hi[c])
	}
	for a < s && (w.toks[a].UPOS == "ADP" || w.rel(a) == "case" || w.rel(a) == "fixed") {
		a++ // "by Miller", "according to officials": the noun without its preposition
	}
	sp, ok := w.tokenSpan(a, b)
	if !ok {
		return w.toks[s].Span
	}
	return sp
}

func (w *work) inPhrase(c int) bool {
	switch w.rel(c) {
	case "det", "amod", "compound", "flat", "nummod", "nmod", "case", "fixed", "advmod":
		return true
	}
	return false
}

// isActor reports whether token s (-1 for none) is an actor the document
// resolved (a person, an organisation, a country) or a personal pronoun.
func (w *work) isActor(s int) bool {
	if s < 0 {
		return false
	}
	if m := w.mentionAt[s]; m >= 0 {
		for _, a := range w.doc.Mentions[m].Actors {
			if a.Kind != text.KindSector {
				return true
			}
		}
	}
	switch strings.ToLower(w.toks[s].Form) {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// timeNoun reports a noun that names a time, never a speaker: "today",
// "Monday", "week".
func timeNoun(form string) bool {
	switch strings.ToLower(form) {
	case "today", "yesterday", "tomorrow", "tonight",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"week", "weekend", "month", "year", "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}

// timeWord reports a word that opens a time phrase before its noun: "on
// Monday", "this week", "late last year".
func timeWord(form string) bool {
	switch strings.ToLower(form) {
	case "on", "since", "this", "last", "next", "early", "late", "earlier", "later", "the", "each", "every", "previous":
		return true
	}
	return timeNoun(form)
}
