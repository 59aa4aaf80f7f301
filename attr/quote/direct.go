package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
)

// unlinkedPenalty is the distance in words added to a verb of saying that
// the parse does not join to the quotation: a joined verb wins unless an
// unjoined one stands much closer ("a man yelled “Stay there!”").
const unlinkedPenalty = 10

// continueWindow is how many sentences after an attributed quotation a new
// one opening a sentence still continues it.
const continueWindow = 2

// attachRegions turns the quotations into direct attributions: first those
// that make up (or lie inside) the content of a cue found in the parse, then
// the others by the cues around them.
func (w *work) attachRegions() {
	if len(w.regions) == 0 {
		return
	}
	owner := make([]int32, len(w.regions))
	for i := range owner {
		owner[i] = -1
	}
	n := len(w.atts)
	// The speaker labels of a transcript quoted paragraph by paragraph
	// first: the paragraph a label opens is its speaker's, not that of the
	// sentence before ("Partial transcript as follows:").
	order := make([]int, 0, n)
	for _, labelled := range [2]bool{true, false} {
		for ai := 0; ai < n; ai++ {
			if w.quotedLabel(&w.atts[ai]) == labelled {
				order = append(order, ai)
			}
		}
	}
	for _, ai := range order {
		if w.atts[ai].nested {
			continue
		}
		content := w.atts[ai].content
		r := sort.Search(len(w.regions), func(k int) bool { return w.regions[k].Content.End > content.Start })
		for ; r < len(w.regions) && w.regions[r].Content.Start < content.End; r++ {
			if owner[r] >= 0 {
				continue
			}
			rc := w.regions[r].Content
			ov := rc.Overlap(content)
			a := &w.atts[ai]
			switch {
			case a.region < 0 && !a.direct && 2*ov >= content.Len():
				// The reported content is the quotation; the speaker label
				// of a transcript quoted paragraph by paragraph stays out
				// of it.
				a.direct, a.region = true, r
				if !w.quotedLabel(a) {
					a.content = rc
				}
				owner[r] = int32(ai)
			case content.Contains(rc) && !w.isTitle(r):
				// A partial quotation inside reported speech.
				w.atts = append(w.atts, attribution{
					direct: true, cue: a.cue, cueEnd: a.cueEnd, speaker: a.speaker,
					content: rc, sent: a.sent, region: r,
				})
				owner[r] = int32(len(w.atts) - 1)
			}
		}
	}
	// The "according to" attributions of each sentence.
	sources := make(map[int]int)
	for ai := 0; ai < n; ai++ {
		if at := &w.atts[ai]; at.byPhrase {
			if _, ok := sources[at.sent]; !ok {
				sources[at.sent] = ai
			}
		}
	}
	last := -1 // the attribution of the last attributed quotation
	for r := range w.regions {
		if owner[r] < 0 {
			if ai := w.attachRegion(r, last, sources); ai >= 0 {
				owner[r] = int32(ai)
			}
		}
		if ai := owner[r]; ai >= 0 && w.atts[ai].cue >= 0 {
			last = int(ai)
		}
	}
}

// quotedLabel reports whether a is the attribution of a speaker label
// inside a quotation: "“PENCE: Well, look, …".
func (w *work) quotedLabel(a *attribution) bool {
	return a.headline && a.speaker >= 0 && w.regionAt[a.speaker] >= 0
}

// attachRegion attributes quotation r by the cues around it and returns the
// new attribution's index, or -1. prev is the attribution of the previous
// attributed quotation, or -1; sources holds the "according to" attribution
// of each sentence that has one.
func (w *work) attachRegion(r, prev int, sources map[int]int) int {
	toks := w.regionToks[r]
	a, b := toks[0], toks[1]
	if a >= b || a >= len(w.toks) {
		return -1
	}
	sa, sb := int(w.sentOf[a]), int(w.sentOf[b-1])
	if sa < 0 || sb < 0 || w.isTitle(r) {
		return -1
	}
	add := func(cue, cueEnd, speaker int) int {
		w.atts = append(w.atts, attribution{
			direct: true, cue: cue, cueEnd: cueEnd, speaker: speaker,
			content: w.regions[r].Content, sent: sa, region: r,
		})
		return len(w.atts) - 1
	}
	// "Mr. Manafort, citing “the unique magic of Trump,” said …": the
	// participle of the lexicon that takes the quotation as its object
	// cites it, for the subject of the clause its aside stands in.
	if k := w.tokenAt(w.regions[r].Open.Start) - 1; w.objectOfParticiple(w.regions[r].Open) {
		if e, _, ok := w.match(k, POSVerb); ok && e.Frames&FrameNaming == 0 {
			spk := w.speakerOf(k)
			if h := w.head(k); spk < 0 && h >= 0 {
				if w.rel(k) == "acl" {
					spk = h
				} else {
					spk = w.speakerOf(h)
				}
			}
			return add(k, -1, spk)
		}
	}
	// A verb of saying in the sentence where the quotation starts or ends.
	best, bestScore := -1, 1<<30
	for _, s := range [2]int{sa, sb} {
		sent := w.doc.Sentences[s]
		for i := max(sent.Start, 0); i < min(sent.End, len(w.toks)); i++ {
			if w.regionAt[i] >= 0 || !w.verbLike(i) {
				continue
			}
			e, _, ok := w.match(i, POSVerb)
			if !ok || e.Frames&FrameQuote == 0 {
				continue
			}
			d := a - i
			if i >= b {
				d = i - b
			}
			if !w.linked(i, a, b) {
				d += unlinkedPenalty
			}
			if d < bestScore {
				best, bestScore = i, d
			}
		}
		if sa == sb {
			break
		}
	}
	if best >= 0 {
		return add(best, -1, w.speakerOf(best))
	}
	// "According to X" in the sentence.
	if ai, ok := sources[sa]; ok {
		at := w.atts[ai]
		return add(at.cue, at.cueEnd, at.speaker)
	}
	// A reporting sentence that ends in a colon: "He added:" or "She
	// said in a statement:".
	open := a - 1
	if open < 0 || w.toks[open].Span.Start != w.regions[r].Open.Start {
		open = -1 // the opening mark is not a token of its own
	}
	if open >= 0 {
		if c := w.colonCue(open); c >= 0 {
			return add(c, -1, w.speakerOf(c))
		}
	}
	// Any verb where the reporting clause stands: "“Go back,” Trump
	// barked", "She then turned to the crowd: “…”".
	if c := w.reportingVerb(r, open); c >= 0 {
		return add(c, -1, w.speakerOf(c))
	}
	// "Rep. Trey Gowdy (R-S.C.): “…”", "Here's Clinton in 1992: “…”": the
	// name before the colon speaks.
	if open > 0 && w.toks[open-1].Form == ":" {
		if n := w.nameBefore(open - 1); n >= 0 {
			return add(open-1, -1, n)
		}
	}
	// A quotation that opens a sentence soon after another one continues it.
	if prev >= 0 && open >= 0 {
		p := &w.atts[prev]
		first := w.doc.Sentences[sa].Start
		pr := p.region
		if pr >= 0 && open == first && (w.regions[pr].RunsOn || int(w.sentOf[max(w.regionToks[pr][1]-1, 0)]) >= sa-continueWindow) {
			return add(p.cue, p.cueEnd, p.speaker)
		}
	}
	return -1
}

// maxReportingSubject bounds the words between a closing quotation mark
// and the verb of a reporting clause after it.
const maxReportingSubject = 8

// reportingVerb returns a verb that stands where a reporting clause does,
// whether or not the lexicon knows it: after a quotation that ends in a
// comma, a question or an exclamation and a short subject ("“Go back,”
// Trump barked"), or right after it ("“Go back,” barked Trump"), or as the
// last verb before a colon that opens the quotation; -1 when none. open is
// the opening mark's token, or -1.
func (w *work) reportingVerb(r, open int) int {
	reg := w.regions[r]
	if open > 0 && w.toks[open-1].Form == ":" {
		s := w.sentOf[open-1]
		for k := open - 2; k >= 0 && w.sentOf[k] == s && w.regionAt[k] < 0; k-- {
			if w.toks[k].UPOS == "VERB" && w.isFinite(k) {
				return k
			}
		}
		return -1
	}
	cl := w.regionToks[r][1]
	for cl < len(w.toks) && w.toks[cl].Span.Start < reg.Close.Start && w.isPunct(cl) {
		cl++ // "…,”": punctuation inside the marks
	}
	if cl >= len(w.toks) || w.toks[cl].Span.Start != reg.Close.Start || reg.Close.Empty() {
		return -1
	}
	txt := w.doc.Text
	ends := reg.Content.End > 0 && strings.ContainsAny(txt[reg.Content.End-1:reg.Content.End], "?!") ||
		strings.Contains(txt[reg.Content.End:reg.Close.Start], ",") ||
		cl+1 < len(w.toks) && w.toks[cl+1].Form == ","
	if !ends {
		return -1
	}
	s := w.sentOf[cl]
	for k := cl + 1; k < len(w.toks) && k <= cl+maxReportingSubject && w.sentOf[k] == s && w.regionAt[k] < 0; k++ {
		t := &w.toks[k]
		if t.UPOS == "VERB" {
			switch t.XPOS {
			case "VBD", "VBZ", "VBP", "VBN":
				return k
			}
			return -1
		}
		if k > cl+1 && w.isNominal(k-1) && w.saysInS(k) {
			// "“…,” Bozell concludes on the matchup": a verb of saying the
			// tagger took for a plural noun.
			return k
		}
		if w.isRelative(k) {
			return -1 // "“…” that includes …": a relative clause
		}
		switch t.UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADV":
		default:
			if t.Form != "," || k != cl+1 {
				return -1
			}
		}
	}
	return -1
}

// linked reports whether cue i and the quotation's tokens [a, b) are joined
// by a dependency: the quotation depends on the cue or the cue on it.
func (w *work) linked(i, a, b int) bool {
	if h := w.head(i); h >= a && h < b {
		return true
	}
	for _, c := range w.children(i) {
		if int(c) >= a-1 && int(c) <= b {
			return true
		}
	}
	return false
}

// colonCue returns the verb of saying of the reporting clause that ends in a
// colon just before token open (the opening mark), in its sentence or the
// one before; -1 when there is none.
func (w *work) colonCue(open int) int {
	k := open - 1
	if k < 0 || w.toks[k].Form != ":" {
		return -1
	}
	s := int(w.sentOf[k])
	if s < 0 {
		return -1
	}
	sent := w.doc.Sentences[s]
	for i := k - 1; i >= max(sent.Start, 0); i-- {
		if w.regionAt[i] >= 0 || !w.verbLike(i) {
			continue
		}
		if e, _, ok := w.match(i, POSVerb); ok && e.Frames&FrameQuote != 0 {
			return i
		}
	}
	return -1
}

// verbLike reports a verb, or a verb of saying in -s that the tagger took
// for a plural noun where only a verb fits: after a subject or a quotation and before
// the end of the clause ("…,” Viguerie notes.).
func (w *work) verbLike(i int) bool {
	t := &w.toks[i]
	if t.UPOS == "VERB" {
		return true
	}
	if t.UPOS != "NOUN" && t.UPOS != "PROPN" || !strings.HasSuffix(t.Form, "s") {
		return false
	}
	if i+1 < len(w.toks) && w.sentOf[i+1] == w.sentOf[i] && !w.isPunct(i+1) && w.lemma(i+1) != "that" {
		return false
	}
	if w.child(i, "det") >= 0 || w.child(i, "nmod:poss") >= 0 {
		return false // "the states that …", "his remarks."
	}
	if i > 0 && w.head(i-1) == i && w.rel(i-1) == "compound" && w.mentionAt[i-1] < 0 {
		return false // "battleground states that …"
	}
	return i > 0 && (w.isNominal(i-1) || w.isBoundary(i-1))
}

// maxTitleWords bounds the words of a quoted title.
const maxTitleWords = 6

// isTitle reports a quotation that names something rather than quotes
// anyone: a title after a possessive (CNN's “State of the Union”), a short
// capitalised name used as a modifier (the “Never Trump” movement) or after
// a preposition (speaking to “CBS This Morning”), or marks around no words
// at all (an identifier, a date).
func (w *work) isTitle(r int) bool {
	reg := w.regions[r]
	txt := w.doc.Text[reg.Content.Start:reg.Content.End]
	if !strings.ContainsFunc(txt, unicode.IsLetter) {
		return true
	}
	a, b := w.regionToks[r][0], w.regionToks[r][1]
	if a >= b || b > len(w.toks) {
		return false
	}
	before := a - 1
	if before >= 0 && w.toks[before].Span.Start == reg.Open.Start {
		before-- // the opening mark's own token
	}
	if before >= 0 && w.sentOf[before] == w.sentOf[a] && (w.toks[before].XPOS == "POS" || w.toks[before].Form == "=") {
		return true // CNN's “State of the Union”, id="…"
	}
	if b-a > maxTitleWords || !titleCase(w.toks[a:b]) {
		return false
	}
	after := b
	if after < len(w.toks) && w.toks[after].Span.Start == reg.Close.Start && !reg.Close.Empty() {
		after++
	}
	if after < len(w.toks) && w.sentOf[after] == w.sentOf[b-1] && (w.toks[after].UPOS == "NOUN" || w.toks[after].UPOS == "PROPN") {
		return true
	}
	return before >= 0 && w.sentOf[before] == w.sentOf[a] && w.toks[before].UPOS == "ADP"
}

// titleCase reports words that all start with a capital letter, but for
// short function words and punctuation, and that do not end a sentence.
func titleCase(toks []text.Token) bool {
	if len(toks) == 0 {
		return false
	}
	for i := range toks {
		t := &toks[i]
		switch t.UPOS {
		case "ADP", "DET", "CCONJ", "PART", "PUNCT":
			if i == len(toks)-1 && t.UPOS == "PUNCT" && strings.ContainsAny(t.Form, ".?!") {
				return false
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Form)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// saysInS reports a word in -s that the lexicon knows as a verb of saying
// ("notes", "concludes"), whatever its tag.
func (w *work) saysInS(k int) bool {
	t := &w.toks[k]
	if t.UPOS != "NOUN" && t.UPOS != "PROPN" || !strings.HasSuffix(t.Form, "s") {
		return false
	}
	e, _, ok := w.match(k, POSVerb)
	return ok && e.Frames&FrameQuote != 0
}

// maxNameDistance bounds the words between a name and the colon after it
// ("Here's Clinton in December 1992:").
const maxNameDistance = 5

// nameBefore returns the first actor mention or proper noun (not in a
// prepositional phrase, not a heading in capitals like "UPDATE") among the
// few words before token colon in its sentence, brackets passed over, or
// -1.
func (w *work) nameBefore(colon int) int {
	si := w.sentOf[colon]
	k := colon - 1
	if k >= 0 && w.toks[k].Form == ")" {
		for k >= 0 && w.sentOf[k] == si && w.toks[k].Form != "(" {
			k--
		}
		k--
	}
	name := -1
	for ; k >= 0 && k >= colon-maxNameDistance && w.sentOf[k] == si && w.regionAt[k] < 0; k-- {
		if w.isFinite(k) && w.toks[k].UPOS == "VERB" {
			break
		}
		if w.mentionAt[k] >= 0 && w.isActor(k) || w.toks[k].UPOS == "PROPN" && w.prepositionOf(k) < 0 && !upperCase(w.toks[k].Form) {
			name = k // the leftmost name: "Clinton in December 1992"
		}
	}
	if name < 0 {
		return -1
	}
	return w.phraseHead(name)
}

// upperCase reports a word of several letters, all capitals ("UPDATE").
func upperCase(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 1
}
