package quote

import (
	"strings"
	"unicode"

	"github.com/parleyproject/parley/internal/english"
	"github.com/parleyproject/parley/text"
)

// findCues finds the attributions that the parse shows: cues of the lexicon
// with their content and speaker.
func (w *work) findCues() {
	for si, sent := range w.doc.Sentences {
		w.headlineCue(si)
		for i := max(sent.Start, 0); i < min(sent.End, len(w.toks)); i++ {
			if w.regionAt[i] >= 0 {
				continue // words inside a quotation belong to its speaker
			}
			if w.phraseCue(i) || w.credit(i) {
				continue
			}
			switch w.toks[i].UPOS {
			case "VERB":
				if !w.adjCue(i) {
					w.verbCue(i)
				}
			case "NOUN":
				w.nounCue(i)
			case "ADJ":
				w.adjCue(i)
			}
		}
	}
	w.markNested()
	w.markInTranscripts()
}

// credit reports whether word i opens a credit line ("Reporting by Gernot
// Heller; writing by Tim Ahmann; editing by Todd Eastham"): a gerund of no
// subject, or a noun opening a sentence or a part of the line, with "by"
// right after it names who wrote the story, not what anyone said.
func (w *work) credit(i int) bool {
	switch w.toks[i].XPOS {
	case "VBG":
	case "NN", "NNP":
		// A noun is a credit only where a credit line starts ("a decision
		// by GM not to build" is GM's).
		if i > 0 && w.sentOf[i-1] == w.sentOf[i] && w.toks[i-1].Form != "(" && w.toks[i-1].Form != ";" {
			return false
		}
	default:
		return false
	}
	return i+1 < len(w.toks) && w.sentOf[i+1] == w.sentOf[i] && strings.EqualFold(w.toks[i+1].Form, "by") && w.child(i, "nsubj") < 0
}

// markInTranscripts marks as nested the attributions whose cue lies in a
// later sentence of a transcript turn ("FALLIN: … I think …"): the turn's
// speaker says them.
func (w *work) markInTranscripts() {
	for i := range w.atts {
		t := &w.atts[i]
		if t.nested || !t.headline {
			continue
		}
		for j := i + 1; j < len(w.atts); j++ {
			a := &w.atts[j]
			cue := w.toks[a.cue].Span
			if cue.Start >= t.content.End {
				break
			}
			if a.sent > t.sent && t.content.Contains(cue) {
				a.nested = true
			}
		}
	}
}

// maxHeadlineSpeaker bounds the words of the speaker in "Speaker: content".
const maxHeadlineSpeaker = 6

// datelineAt reports whether token i is in a city that opens the document
// before a colon: a dateline ("KARACHI: Police arrested …", "Makkah: The
// General Presidency has stated …"), not a speaker. A country stays one
// ("China: …" in a headline).
func (w *work) datelineAt(i int) bool {
	if i < 0 || w.mentionAt[i] < 0 {
		return false
	}
	men := &w.doc.Mentions[w.mentionAt[i]]
	if men.Start != 0 || men.End >= len(w.toks) || w.toks[men.End].Form != ":" {
		return false
	}
	for _, kind := range []string{"city:", "town:", "capital:"} {
		if strings.HasPrefix(men.Rule, kind) {
			return true
		}
	}
	return false
}

// headlineCue records the headline form "Graham: Trump's rhetoric destroys
// the party's chances": a name (a proper noun or an actor mention) and a
// colon opening the sentence, then the content.
func (w *work) headlineCue(si int) {
	s := w.doc.Sentences[si]
	start, end := max(s.Start, 0), min(s.End, len(w.toks))
	colon, prep := -1, -1
	for k := start + 1; k < end && k <= start+maxHeadlineSpeaker; k++ {
		if w.toks[k].Form == ":" {
			colon = k
			break
		}
		switch w.toks[k].UPOS {
		case "PROPN", "NOUN", "DET", "ADJ", "PART", "NUM", "CCONJ":
		case "ADP":
			// "Clinton to Planned Parenthood:", "Mukasey at RNC:": the
			// speaker, then whom or where the words were for.
			switch strings.ToLower(w.toks[k].Form) {
			case "to", "at", "on":
				if prep < 0 {
					prep = k
				}
			default:
				return
			}
		default:
			// A capitalised word after the preposition is part of a name
			// or a title-case headline ("to Planned Parenthood:", "To
			// Asians Worried About U.S. Election:").
			if w.toks[k].Form != "." && !(prep >= 0 && english.StartsUpper(w.toks[k].Form)) {
				return
			}
		}
	}
	if colon < 0 {
		return
	}
	if r := w.regionAt[colon]; r >= 0 && (!s.ParagraphStart || w.regionToks[r][0] != start+1 || !w.fillsParagraph(int(r), si)) {
		// A colon inside a quotation, unless the quotation is a
		// paragraph that opens with the speaker: a transcript quoted
		// paragraph by paragraph ("“PENCE: Well, look, …"), not a quoted
		// post addressing someone ("“Trump: You base …” tweeted Prince
		// Alwaleed").
		return
	}
	spk := colon - 1
	if prep > start {
		if w.regionAt[colon] >= 0 || w.toks[prep-1].UPOS != "PROPN" && w.mentionAt[prep-1] < 0 {
			return
		}
		spk = prep - 1
	}
	if w.datelineAt(spk) {
		return
	}
	// A transcript quoted paragraph by paragraph labels its speakers in
	// capitals ("“PENCE:"), which the tagger may read as common nouns (a
	// dateline, "LYON: Interpol said", is no quotation).
	label := s.ParagraphStart && w.regionAt[colon] >= 0 && w.toks[spk].UPOS == "NOUN" && upperWord(w.toks[spk].Form)
	if w.toks[spk].UPOS != "PROPN" && w.mentionAt[spk] < 0 && !label && !(si == 0 && w.toks[spk].UPOS == "NOUN" && english.StartsUpper(w.toks[spk].Form)) {
		return
	}
	last := end - 1
	if s.ParagraphStart {
		// A transcript: "FALLIN: I think … ." runs to the end of the
		// paragraph.
		last = w.paragraphEnd(si) - 1
	}
	for last > colon && w.isPunct(last) && w.regionAt[last] < 0 {
		last--
	}
	if last-colon < 2 || prep > start && (!w.hasFinite(colon+1, last) || !english.StartsUpper(w.toks[colon+1].Form)) {
		return // "EIA on Yemen: here Map of …": a link list, no words said
	}
	content, ok := w.tokenSpan(colon+1, last)
	if !ok {
		return
	}
	stop := 0
	if prep > start {
		stop = prep
	}
	w.atts = append(w.atts, attribution{
		cue: colon, cueEnd: -1, speaker: spk, content: content, sent: si, region: -1, headline: true, speakerStop: stop,
	})
}

// match returns the lexicon entry for head token i, trying phrasal entries
// ("point out", "call for") before the plain one; ok is false when none
// applies. part is the particle or preposition token, or -1.
func (w *work) match(i int, pos POS) (e Entry, part int, ok bool) {
	if pos != POSVerb {
		return w.matchEntry(i, pos)
	}
	// Verbs are asked about many times: remember the answer.
	if c := w.verbMatch[i]; c != matchUnknown {
		if c == matchNone {
			return Entry{}, -1, false
		}
		m := w.matches[c]
		return m.e, m.part, true
	}
	e, part, ok = w.matchEntry(i, pos)
	if !ok {
		w.verbMatch[i] = matchNone
		return e, part, ok
	}
	w.verbMatch[i] = int32(len(w.matches))
	w.matches = append(w.matches, tokenMatch{e, part})
	return e, part, true
}

// matchEntry is match without the memory.
func (w *work) matchEntry(i int, pos POS) (e Entry, part int, ok bool) {
	entries := w.lex.lookup(w.lemma(i), pos)
	if len(entries) == 0 {
		return Entry{}, -1, false
	}
	for _, e := range entries {
		if e.Particle == "" {
			continue
		}
		if p := w.particle(i, e); p >= 0 {
			return e, p, true
		}
	}
	if entries[0].Particle == "" && w.child(i, "compound:prt") < 0 {
		// A particle the lexicon does not list makes another verb:
		// "called off", "backed down".
		return entries[0], -1, true
	}
	return Entry{}, -1, false
}

// particle returns the token that completes phrasal entry e at head i: a
// particle dependent ("out"), or for a prep frame the preposition of an
// oblique dependent ("for" in "called for talks"); -1 when there is none.
func (w *work) particle(i int, e Entry) int {
	for _, c := range w.children(i) {
		c := int(c)
		switch w.rel(c) {
		case "compound":
			if w.lemma(c) == e.Particle {
				return c
			}
		case "obl", "nmod":
			if e.Frames&FramePrep == 0 {
				continue
			}
			if k := w.child(c, "case"); k >= 0 && w.lemma(k) == e.Particle {
				return k
			}
		case "advcl", "ccomp", "xcomp":
			// "talked about giving voters …", "talks about how she …": the
			// preposition marks a clause.
			if e.Frames&FramePrep == 0 {
				continue
			}
			if k := w.child(c, "mark"); k >= 0 && k > i && w.lemma(k) == e.Particle {
				return k
			}
		}
	}
	return -1
}

// verbCue records the attribution of verb i if the lexicon lists it and its
// content is found.
func (w *work) verbCue(i int) {
	e, part, ok := w.match(i, POSVerb)
	if !ok {
		return
	}
	if e.Frames&FrameNaming != 0 && w.toks[i].XPOS == "VBN" && w.rel(i) == "acl" {
		return // "a play called …" names, it does not attribute
	}
	// "Asked about the plan, she said …": the words of the participle are
	// not hers. A question put to her is attributed to whoever asked it,
	// named only by "by" ("When asked by a reporter whether …"); other
	// participles leave the attribution to the sentence's own cue. A
	// question before "asked" is the asker's own ('"How big is that
	// wall?" asked the boy').
	participle := w.rel(i) == "advcl" && w.child(i, "aux") < 0 && w.child(i, "aux:pass") < 0 && w.child(i, "nsubj") < 0
	c := w.child(i, "ccomp")
	putTo := participle && w.lemma(i) == "ask" && w.head(i) > i && (c > i || c < 0 && w.toks[i].XPOS == "VBN")
	if participle && w.toks[i].XPOS == "VBN" && !putTo {
		return
	}
	if e.Frames&FrameRaising != 0 {
		w.raisingCue(i)
		return
	}
	// A reporting clause set off inside what it reports holds its own
	// cue: the content is not cut there.
	content, parenthetical := text.Span{}, false
	if e.Frames&FrameClause != 0 && e.Frames&FrameQuote != 0 {
		content, parenthetical = w.parentheticalContent(i) // verbs of saying only
	}
	if !parenthetical {
		if content, ok = w.verbContent(i, e, part); !ok {
			return
		}
		if content, ok = w.cutAtInnerClause(content); !ok {
			return
		}
	}
	if content, ok = w.cutAtAddedParticiple(i, content); !ok {
		return
	}
	if content.Start > w.toks[i].Span.Start && w.isFinite(i) && w.afterQuotation(i) {
		// "“…,” said retired Army Lt. Gen. Mick Bednarek, who served …":
		// the reporting clause of the quotation before it; what follows
		// the verb is its speaker, not its content.
		return
	}
	speaker := w.speakerOf(i)
	if putTo {
		speaker = w.agentOf(i)
		if content, ok = w.questionBeforeAnswer(i, content); !ok {
			return
		}
	}
	if e.Frames&FrameActor != 0 && !w.isActor(speaker) {
		return
	}
	cueEnd := -1
	if part > i {
		if e.Frames&FramePrep == 0 || part == i+1 {
			cueEnd = part + 1
		}
	}
	w.atts = append(w.atts, attribution{
		cue: i, cueEnd: cueEnd, speaker: speaker, content: content,
		sent: int(w.sentOf[i]), region: -1,
	})
}

// afterQuotation reports whether verb i follows the closing mark of a
// quotation that ends in (or is followed by) a comma, adverbs aside: it
// opens the quotation's reporting clause.
func (w *work) afterQuotation(i int) bool {
	k := i - 1
	for k >= 0 && w.sentOf[k] == w.sentOf[i] && w.toks[k].UPOS == "ADV" {
		k--
	}
	comma := k >= 0 && w.toks[k].Form == ","
	if comma {
		k--
	}
	if k < 1 {
		return false
	}
	// The quotation ends in a comma, a question or an exclamation mark, or
	// a comma follows it: a name in quotation marks before a verb ("the
	// “Gang of Eight” said") is the verb's subject.
	switch w.toks[k-1].Form {
	case ",", "?", "!":
		comma = true
	}
	if !comma {
		return false
	}
	start := w.toks[k].Span.Start
	for ri, r := range w.regions {
		if !r.Close.Empty() && r.Close.Start == start {
			// A title in quotation marks is no quotation ("Joe
			// Scarborough, host of MSNBC's “Morning Joe,” suggested").
			return !w.objectOfParticiple(r.Open) && !w.isTitle(ri)
		}
	}
	return false
}

// objectOfParticiple reports whether the quotation opening at mark is the
// object of a present participle right before it, in an aside: in
// "Mr. Manafort, citing “the unique magic of Trump,” said the candidate
// could win" the verb after it reports what follows it, not the quotation.
func (w *work) objectOfParticiple(mark text.Span) bool {
	k := w.tokenAt(mark.Start) - 1
	return k >= 0 && w.toks[k].UPOS == "VERB" && w.toks[k].XPOS == "VBG"
}

// raisingCue records "X seemed to …": the subject and its complement are
// the content, and the subject is the source when it names someone.
func (w *work) raisingCue(i int) {
	s, c := w.child(i, "nsubj"), -1
	for _, k := range w.children(i) {
		if k := int(k); k > i && (w.rel(k) == "xcomp" || w.rel(k) == "ccomp") {
			c = k
			break
		}
	}
	if s < 0 || c < 0 || s > i {
		return
	}
	content, ok := w.tokenSpan(int(w.lo[s]), int(w.hi[c]))
	if !ok {
		return
	}
	// Someone who seems or appears to think or do something is its source
	// ("Obama himself seemed to recognize", "Voters seem to care"); a
	// thing that seems so has none named ("the issue seems to be echoing").
	speaker := -1
	if w.toks[s].UPOS == "PROPN" || w.toks[s].UPOS == "PRON" && !w.isRelative(s) && !thingPronoun(w.toks[s].Form) || w.mentionAt[s] >= 0 {
		speaker = s
	}
	w.atts = append(w.atts, attribution{cue: i, cueEnd: -1, speaker: speaker, content: content, sent: int(w.sentOf[i]), region: -1})
}

// thingPronoun reports a pronoun that stands for things, not people.
func thingPronoun(form string) bool {
	switch strings.ToLower(form) {
	case "it", "this", "that", "these", "those", "there", "which", "what", "something", "nothing", "everything", "anything":
		return true
	}
	return false
}

// verbContent finds the content of cue verb i by the entry's frames: a
// clausal complement in the parse, an infinitive, a prepositional phrase, the
// clause around the cue as the words show it, the object.
func (w *work) verbContent(i int, e Entry, part int) (text.Span, bool) {
	f := e.Frames
	says := f&(FrameClause|FrameQuote) != 0
	if says {
		if c := w.complement(i); c >= 0 && !w.inSpeakerPhrase(i, c) && !w.semicolonBetween(i, c) {
			switch {
			case w.toks[c].DepRel == "parataxis":
				// "He said: the talks failed."
				return w.subtreeSpan(c)
			case f&FrameClause == 0:
			case c > i:
				// The parse may start the clause late ("said the fading
				// attention … helped" with "attention" as an object): start
				// after the cue's adjuncts.
				end := min(w.doc.Sentences[w.sentOf[i]].End, len(w.toks)) - 1
				last := w.splitComplementEnd(i, c)
				if r := w.contentStart(i, end, e); r > i && r < int(w.lo[c]) {
					return w.tokenSpan(r, last)
				}
				sp, ok := w.clauseSpan(c)
				if int(w.lo[c]) < i {
					// The clause's relative pronoun stands before the
					// cue ("which he said was the key challenge"): the
					// content starts after the cue.
					sp, ok = w.tokenSpan(i+1, int(w.hi[c]))
				}
				if ok && last > int(w.hi[c]) {
					sp.End = w.toks[last].Span.End
				}
				return sp, ok
			default:
				if b := w.reportingStart(i); b > int(w.lo[c]) && b <= int(w.hi[c]) {
					// "The talks will resume, a spokesman said" with the
					// speaker parsed into the clause: stop before it.
					return w.tokenSpan(int(w.lo[c]), b-1)
				}
				return w.clauseSpan(c)
			}
		}
	}
	if f&FrameInf != 0 {
		if c := w.child(i, "xcomp"); c >= 0 && (w.toks[c].UPOS == "VERB" || w.child(c, "cop") >= 0) {
			return w.subtreeSpan(c)
		}
	}
	if f&FramePrep != 0 && part >= 0 {
		if h := w.head(part); h >= 0 {
			return w.withComplement(i, h, part+1)
		}
	}
	if says {
		if sp, ok := w.surfaceContent(i, e); ok {
			return sp, true
		}
	}
	if f&FrameObject != 0 {
		if c := w.child(i, "obj"); c >= 0 && !w.quotedAs(i, c) {
			sp, ok := w.withComplement(i, c, int(w.lo[c]))
			// A pronoun alone ("denied it") says nothing; with a
			// complement it does ("called him a liar").
			if ok && (w.toks[c].UPOS != "PRON" || sp.End > w.toks[c].Span.End) {
				return sp, true
			}
		}
	}
	return text.Span{}, false
}

// semicolonBetween reports a semicolon between tokens a and b: the clause
// of a ends there, and a clause after it is none of a's, whatever the parse
// says ("…, political analysts say; in 2012, Mitt Romney stumbled").
func (w *work) semicolonBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(w.toks); k++ {
		if w.toks[k].Form == ";" {
			return true
		}
	}
	return false
}

// questionBeforeAnswer ends the content of a question put to the subject
// of the clause that participle i modifies ("When asked how books would
// be handled, Sophia Chong, the council's director, said …") at the last
// comma before that clause's subject or verb, where a parse that ran the
// two together would carry it on.
func (w *work) questionBeforeAnswer(i int, content text.Span) (text.Span, bool) {
	m := w.head(i)
	if m < 0 {
		return content, true
	}
	comma := -1
	for k := i + 1; k < len(w.toks) && w.sentOf[k] == w.sentOf[i]; k++ {
		if w.toks[k].Form == "," {
			comma = k
			break
		}
	}
	if comma > 0 && m < comma {
		// The parse put the answer's verb inside the question: the
		// question ends at its comma.
		if comma+1 >= len(w.toks) {
			return w.tokenSpanBefore(content, comma)
		}
		m = comma + 1
	}
	first := m
	if s := w.child(m, "nsubj"); s >= 0 && s < first {
		first = s
	}
	for k := first - 1; k > i; k-- {
		if w.toks[k].Form == "," {
			return w.tokenSpanBefore(content, k)
		}
	}
	return content, content.End > content.Start
}

// tokenSpanBefore ends content before token k, when it runs past it.
func (w *work) tokenSpanBefore(content text.Span, k int) (text.Span, bool) {
	if w.toks[k].Span.Start < content.End {
		content.End = w.toks[k].Span.Start
	}
	return content, content.End > content.Start
}

// parentheticalContent returns the sentence around a reporting clause set
// off by commas inside it, outside quotation marks: in "It was, he said,
// one of the bitterest failures" or "The economy, the minister said, would
// grow" what is said runs on both sides of the clause, and one span holds
// it, the clause included. A participle, a coordinator or a relative
// after the closing comma starts words of the speaker's own ("…, he said,
// adding that …").
func (w *work) parentheticalContent(i int) (text.Span, bool) {
	si := w.sentOf[i]
	if si < 0 || !w.isFinite(i) || w.regionAt[i] >= 0 {
		return text.Span{}, false
	}
	sent := w.doc.Sentences[si]
	start, end := max(sent.Start, 0), min(sent.End, len(w.toks))-1
	for end > i && w.isPunct(end) {
		end--
	}
	left := w.reportingStart(i)
	if left < start+1 || w.toks[left].Form != "," {
		return text.Span{}, false
	}
	s := w.speakerOf(i)
	// "The talks, said one official, were tense": the speaker after the
	// verb, up to the closing comma; one word may open the sentence
	// before it ("Hloba, said the statement, was …").
	inverted := s > i && w.head(s) == i && w.rel(s) == "nsubj" && w.rel(i) == "parataxis" && w.head(i) > int(w.hi[s])
	if !inverted && (left < start+2 || s <= left || s >= i) {
		return text.Span{}, false
	}
	r := i + 1
	if inverted {
		r = int(w.hi[s]) + 1
	}
	for r < end {
		k := w.adjunctEnd(r, end)
		if k == r {
			break
		}
		r = k
	}
	if r+1 >= end || w.toks[r].Form != "," {
		return text.Span{}, false
	}
	next := w.toks[r+1]
	if next.XPOS == "VBG" || next.UPOS == "CCONJ" || next.UPOS == "SCONJ" || w.isRelative(r+1) {
		return text.Span{}, false
	}
	for k := start; k <= end; k++ {
		if w.regionAt[k] >= 0 {
			return text.Span{}, false
		}
	}
	return w.tokenSpan(start, end)
}

// quotedAs reports whether object c of cue i speaks an "as" participle of
// the cue ("quoted the minister as saying …"): the speaker of what is
// quoted, not its content.
func (w *work) quotedAs(i, c int) bool {
	for _, k := range w.children(i) {
		if k := int(k); k > c && w.rel(k) == "advcl" && w.asParticiple(k) {
			return true
		}
	}
	return false
}

// inSpeakerPhrase reports a complement c of cue i that holds the speaker of
// the inverted reporting clause ("…, said Democratic strategist Hank
// Sheinkopf" with "Sheinkopf" parsed as a clause; "…, said the source, who
// declined to be named"): no content.
func (w *work) inSpeakerPhrase(i, c int) bool {
	s := w.invertedSpeaker(i)
	return s >= 0 && c > i && int(w.lo[c]) <= s && s <= int(w.hi[c])
}

// complement returns the clausal complement of cue i: the first ccomp
// after it, else one before it, else a parataxis after it; -1 when none.
func (w *work) complement(i int) int {
	before, para := -1, -1
	for _, c := range w.children(i) {
		c := int(c)
		switch w.toks[c].DepRel {
		case "ccomp":
			if c > i {
				return c
			}
			if before < 0 {
				before = c
			}
		case "parataxis":
			if c > i && para < 0 {
				para = c
			}
		}
	}
	if before >= 0 {
		return before
	}
	return para
}

// withComplement is the span from token a to the end of dependent d of cue
// i, extended over the dependents of i that complete it: "described the
// plan as a disaster", "called for Clinton to release the transcripts".
func (w *work) withComplement(i, d, a int) (text.Span, bool) {
	b := int(w.hi[d])
	for _, c := range w.children(i) {
		c := int(c)
		if int(w.lo[c]) != b+1 {
			continue
		}
		switch w.rel(c) {
		case "xcomp", "ccomp":
			b = int(w.hi[c])
		case "obl", "advcl":
			if w.completes(c) {
				b = int(w.hi[c])
			}
		}
	}
	return w.tokenSpan(a, b)
}

// completes reports an oblique or adverbial clause that completes an
// object: "as a disaster", "of lying", "for his remarks", "to a dictator".
func (w *work) completes(c int) bool {
	k := w.child(c, "case")
	if k < 0 {
		k = w.child(c, "mark")
	}
	if k < 0 {
		return false
	}
	switch w.lemma(k) {
	case "as", "of", "for", "to":
		return true
	}
	return false
}

// surfaceContent finds the content of a verb of saying from the words
// around it, for the many sentences whose parse misses the complement
// ("said the majority of voters were polite" parsed as an object): the
// clause after the cue and its adjuncts ("said on Monday in a statement
// (that) …", "told reporters …"), else the clause before a reporting clause
// at the end of the sentence ("…, the spokesman said on Friday.").
func (w *work) surfaceContent(i int, e Entry) (text.Span, bool) {
	si := w.sentOf[i]
	if si < 0 {
		return text.Span{}, false
	}
	sent := w.doc.Sentences[si]
	start, end := max(sent.Start, 0), min(sent.End, len(w.toks))-1
	for k := i + 1; k < end; k++ {
		if w.toks[k].Form == ";" {
			end = k // the cue's clause ends (see semicolonBetween)
			break
		}
	}
	for end > i && w.isPunct(end) {
		end--
	}
	// After the cue: skip its adjuncts, then want a finite clause.
	r := w.contentStart(i, end, e)
	if r < 0 {
		return text.Span{}, false
	}
	if r <= end && w.hasFinite(r, end) {
		switch w.toks[r].XPOS {
		case "WP", "WDT", "WP$":
			return text.Span{}, false
		}
		if e.Frames&FrameClause == 0 || w.reportingClause(r, end) {
			return text.Span{}, false
		}
		return w.tokenSpan(r, w.clauseEnd(r, end))
	}
	// Before the cue: "<content>, <speaker> said <adjuncts>." Only the
	// speaker (after the cue) and adjuncts may follow the cue.
	s := w.speakerOf(i)
	if r <= end && s < i {
		return text.Span{}, false
	}
	left := w.reportingStart(i)
	if s >= 0 && s <= left {
		// The subject is before the comma: "X, who …, said" opens no
		// reporting clause, "<content>, his top aide, Tad Devine, told
		// the Post" does, before the speaker's phrase.
		left = w.speakerPhraseStart(s, i)
	}
	if left < start+2 {
		return text.Span{}, false
	}
	if !w.hasFinite(start, left-1) {
		return text.Span{}, false
	}
	return w.tokenSpan(start, left-1)
}

// speakerPhraseStart returns the sign before the phrase of speaker s when
// the phrase runs up to cue i ("…, his top aide, Tad Devine, told"), or -1.
func (w *work) speakerPhraseStart(s, i int) int {
	for k := int(w.hi[s]) + 1; k < i; k++ {
		if !w.isPunct(k) {
			return -1
		}
	}
	b := int(w.lo[s])
	if !w.isBoundary(b) {
		b-- // else the parse hung the comma before the phrase on it
	}
	if b < 0 || w.sentOf[b] != w.sentOf[i] || i-b > 2*maxReportingClause || !w.isBoundary(b) {
		return -1
	}
	return b
}

// reportingClause reports whether the first finite verb in tokens [r, end]
// is a verb of saying after a comma: "…, an adversary, she said" holds no
// content of its own.
func (w *work) reportingClause(r, end int) bool {
	comma := false
	for k := r; k <= end; k++ {
		if w.toks[k].Form == "," {
			comma = true
		}
		if w.isFinite(k) {
			if !comma {
				return false
			}
			e, _, ok := w.match(k, POSVerb)
			return ok && e.Frames&FrameQuote != 0
		}
	}
	return false
}

// maxReportingClause bounds the words between a cue and the sign that
// starts its reporting clause ("…, a spokesman for the ministry said").
const maxReportingClause = 12

// reportingStart returns the sign (comma, dash, colon, closing quotation
// mark) that starts the reporting clause of cue i at the end of a sentence
// ("<content>, a spokesman said"), or -1 when the words before the cue are
// not a reporting clause: another clause, a relative pronoun, a conjunction,
// or too many words.
func (w *work) reportingStart(i int) int {
	si := w.sentOf[i]
	if si < 0 {
		return -1
	}
	start := max(w.doc.Sentences[si].Start, 0)
	for k := i - 1; k >= start && i-k <= maxReportingClause; k-- {
		if w.isBoundary(k) {
			return k
		}
		switch {
		case w.isFinite(k) && w.toks[k].UPOS != "AUX", w.isRelative(k) && w.toks[k].UPOS == "PRON",
			w.toks[k].UPOS == "SCONJ", w.toks[k].UPOS == "CCONJ":
			return -1
		}
	}
	return -1
}

// isPassive reports a cue in the passive: "was asked", "is expected". Its
// subject is the addressee or the topic, not the speaker.
func (w *work) isPassive(i int) bool {
	if w.toks[i].XPOS != "VBN" {
		return false
	}
	// An auxiliary of the passive must be there: taggers often take a past
	// tense for a participle ("the group shouted").
	return w.child(i, "aux:pass") >= 0
}

// contentStart returns the first token after cue i and the adjuncts that
// follow it ("said on Monday in a statement (that) …", "told reporters …");
// -1 when a comma after an adjunct shows that what follows is an apposition
// or a relative clause ("apologized to Carson, whom …"). end is the last
// token of the sentence.
func (w *work) contentStart(i, end int, e Entry) int {
	r, adjuncts := i+1, 0
	for r <= end {
		if w.toks[r].DepRel == "compound:prt" {
			r++
			continue
		}
		if w.toks[r].Form == "," {
			if adjuncts > 0 {
				return -1
			}
			r++
			continue
		}
		if w.toks[r].UPOS == "SCONJ" && w.lemma(r) == "that" {
			return r + 1
		}
		if c := w.dependentAt(i, r); c >= 0 && w.isAdjunct(c, e) && !w.hasFinite(r, int(w.hi[c])) {
			r = int(w.hi[c]) + 1
			adjuncts++
			continue
		}
		// An adjunct whose head the parse put elsewhere: a preposition, an
		// adverb, a day.
		if k := w.adjunctEnd(r, end); k > r {
			r = k
			adjuncts++
			continue
		}
		break
	}
	return r
}

// dependentAt returns the dependent of cue i whose phrase starts at token r
// ("told reporters", "told The Wall Street Journal"), or -1.
func (w *work) dependentAt(i, r int) int {
	for _, c := range w.children(i) {
		if c := int(c); c >= r && w.startsAt(c, r) {
			return c
		}
	}
	return -1
}

// isAdjunct reports a dependent of a cue that sits between the cue and its
// content: a time or place phrase, an adverb, and for verbs with an
// addressee ("told reporters") the addressee.
func (w *work) isAdjunct(r int, e Entry) bool {
	switch w.toks[r].DepRel {
	case "iobj":
		return true
	case "obj":
		return e.Frames&FrameAddressee != 0
	}
	switch w.rel(r) {
	case "obl", "advmod", "nmod", "punct", "advcl":
		return true
	}
	return false
}

// adjunctEnd returns the token after a prepositional phrase, adverb or
// day name that starts at r and holds no finite verb, or r.
func (w *work) adjunctEnd(r, end int) int {
	t := &w.toks[r]
	switch {
	case t.UPOS == "ADV" && t.XPOS != "WRB":
		return r + 1
	case t.UPOS == "ADP" && w.lemma(r) != "that":
		h := w.head(r)
		if h > r && w.startsAt(h, r) && int(w.hi[h]) <= end && !w.hasFinite(r, int(w.hi[h])) {
			return int(w.hi[h]) + 1
		}
	case t.UPOS == "PROPN" && w.rel(r) == "obl":
		return int(w.hi[r]) + 1
	}
	return r
}

// startsAt reports whether the subtree of token h starts at token r, but
// for punctuation before r that the parse attached to it.
func (w *work) startsAt(h, r int) bool {
	lo := int(w.lo[h])
	if lo > r {
		return false
	}
	for k := lo; k < r; k++ {
		if !w.isPunct(k) {
			return false
		}
	}
	return true
}

// clauseEnd returns where content that starts at r ends: at the sentence's
// end, or before a conjunction that joins another clause with a cue of its
// own: "X said A, and Y said B", "said A but added B", "said A; B".
func (w *work) clauseEnd(r, end int) int {
	for k := r + 1; k <= end; k++ {
		next := int(w.nextCue[k])
		switch {
		case next > end:
			return end // no cue further on
		case w.toks[k].Form == ";", w.toks[k].UPOS == "CCONJ" && w.toks[k-1].Form == ",":
			return k - 1
		case w.toks[k].UPOS == "CCONJ" && next <= k+2:
			return k - 1
		}
	}
	return end
}

// isFinite reports a finite verb or auxiliary.
func (w *work) isFinite(k int) bool {
	switch w.toks[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// hasFinite reports a finite verb among tokens [a, b].
func (w *work) hasFinite(a, b int) bool {
	for k := max(a, 0); k <= b && k < len(w.toks); k++ {
		if w.isFinite(k) {
			return true
		}
	}
	return false
}

// isBoundary reports a sign that ends the content before a reporting
// clause: a comma, a dash, a colon, a closing quotation mark.
func (w *work) isBoundary(k int) bool {
	f := w.toks[k].Form
	return f == "," || f == ":" || english.ClosingQuote(f) || w.isDash(k)
}

// isDash reports a dash between words, not a hyphen inside one
// ("third-place").
func (w *work) isDash(k int) bool {
	switch w.toks[k].Form {
	case "—", "–", "--":
		return true
	case "-":
		return k == 0 || w.toks[k-1].SpaceAfter || w.toks[k].SpaceAfter
	}
	return false
}

// nounCue records "the claim that …", "his criticism of the plan", "her
// decision to run": the content is the noun's clause, prepositional phrase
// or infinitive; the speaker its possessor ("Trump's") or its "by" phrase.
func (w *work) nounCue(i int) {
	e, part, ok := w.match(i, POSNoun)
	if !ok {
		return
	}
	var content text.Span
	found := false
	for _, c := range w.children(i) {
		c := int(c)
		if c < i {
			continue
		}
		switch r := w.rel(c); {
		case e.Frames&FrameClause != 0 && (r == "acl" || r == "ccomp"):
			if m := w.child(c, "mark"); m >= 0 && w.lemma(m) == "that" {
				content, found = w.clauseSpan(c)
			}
		case e.Frames&FrameInf != 0 && r == "acl":
			if m := w.child(c, "mark"); m >= 0 && w.lemma(m) == "to" {
				content, found = w.subtreeSpan(c)
			}
		}
		if found {
			break
		}
	}
	if !found && e.Frames&FramePrep != 0 && part >= 0 {
		if h := w.head(part); h >= 0 {
			content, found = w.tokenSpan(part+1, int(w.hi[h]))
		}
	}
	if !found {
		return
	}
	cueEnd := -1
	if part == i+1 {
		cueEnd = part + 1
	}
	w.atts = append(w.atts, attribution{
		cue: i, cueEnd: cueEnd, speaker: w.nounSpeaker(i), content: content,
		sent: int(w.sentOf[i]), region: -1,
	})
}

// nounSpeaker returns the speaker of noun cue i: its possessor or its "by"
// phrase, an actor that modifies it ("Republican calls for …"), or, for the
// object of a verb, the speaker of the verb ("Trump has raised questions
// about …", "made an impassioned call for …"); -1 when none.
func (w *work) nounSpeaker(i int) int {
	modifier := -1
	for _, c := range w.children(i) {
		c := int(c)
		switch w.toks[c].DepRel {
		case "nmod:poss":
			return c
		case "nmod":
			if k := w.child(c, "case"); k >= 0 && w.lemma(k) == "by" {
				return c
			}
		case "amod", "compound":
			if c < i && modifier < 0 && w.mentionAt[c] >= 0 && w.isActor(c) {
				modifier = c
			}
		}
	}
	if modifier >= 0 {
		return modifier
	}
	if h := w.head(i); h >= 0 && w.sentOf[h] == w.sentOf[i] && w.toks[h].UPOS == "VERB" {
		switch w.rel(i) {
		case "obj", "obl":
			return w.speakerOf(h)
		}
	}
	return -1
}

// phraseCue records "according to X": X speaks the clause the phrase
// modifies. It reports whether token i starts a phrase of the lexicon.
func (w *work) phraseCue(i int) bool {
	if w.lex == nil || i+1 >= len(w.toks) || w.sentOf[i+1] != w.sentOf[i] {
		return false
	}
	var e Entry
	for _, p := range w.lex.phrases {
		// Lemmatisers disagree on "according"; its form is enough.
		if (strings.EqualFold(w.toks[i].Lemma, p.Lemma) || strings.EqualFold(w.toks[i].Form, p.Lemma)) &&
			strings.EqualFold(w.toks[i+1].Form, p.Particle) {
			e = p
			break
		}
	}
	if e.Frames&FrameSource == 0 {
		return false
	}
	// The phrase is the case marker of the speaker: "according" heads "to"
	// (fixed) and depends on the speaker noun; fall back on the next noun.
	spk := w.head(i)
	if spk < 0 || spk <= i+1 || w.sentOf[spk] != w.sentOf[i] {
		spk = -1
		for k := i + 2; k < len(w.toks) && w.sentOf[k] == w.sentOf[i]; k++ {
			if u := w.toks[k].UPOS; u == "NOUN" || u == "PROPN" || u == "PRON" {
				spk = k
				if w.head(k) != k+1 || w.rel(k) != "compound" && w.rel(k) != "flat" {
					break
				}
			}
		}
		if spk < 0 {
			return true
		}
	}
	// "according to a Reuters/Ipsos poll" with the phrase hung on a word
	// of the name before the noun: the noun speaks.
	for step := 0; step < maxClimb; step++ {
		h := w.head(spk)
		if h <= spk || w.sentOf[h] != w.sentOf[i] || !w.isNominal(h) {
			break
		}
		if r := w.rel(spk); r != "compound" && r != "flat" {
			break
		}
		spk = h
	}
	s := w.doc.Sentences[w.sentOf[i]]
	var content text.Span
	ok := false
	if edge, side := w.phraseAtEdge(i, spk); edge {
		// A phrase set off at the start or the end of the sentence
		// attributes the whole of the rest, wherever the parse hung it
		// ("He will help prepare Mr. Trump, according to three people").
		content, ok = side, true
	} else if w.setOffInside(i, spk) {
		// "The decision, according to two diplomats, was made on
		// Friday": an aside between commas attributes the sentence it
		// interrupts, whatever noun the parse hung it on.
		last := min(s.End, len(w.toks)) - 1
		for last > i && w.isPunct(last) {
			last--
		}
		content, ok = w.tokenSpan(max(s.Start, 0), last)
	} else if clause := w.head(spk); clause >= 0 && w.sentOf[clause] == w.sentOf[i] {
		content, ok = w.subtreeWithout(clause, spk)
	}
	if !ok {
		// The phrase modifies nothing the parse shows: take the rest of the
		// sentence on the longer side of the phrase.
		content, ok = w.sideOf(s.Start, s.End-1, i, int(w.hi[spk]))
		if !ok {
			return true
		}
	}
	w.atts = append(w.atts, attribution{
		cue: i, cueEnd: i + 2, speaker: spk, content: content,
		sent: int(w.sentOf[i]), region: -1, byPhrase: true,
	})
	return true
}

// setOffInside reports whether the phrase at i, with its speaker spk, is
// set off by commas inside its sentence and modifies a noun: a comma right
// before the phrase and right after the speaker's phrase, a finite verb
// after it.
func (w *work) setOffInside(i, spk int) bool {
	after := int(w.hi[spk]) + 1
	if i < 2 || after+1 >= len(w.toks) || w.toks[i-1].Form != "," || w.toks[after].Form != "," || w.sentOf[after] != w.sentOf[i] {
		return false
	}
	if w.isRelative(i - 2) {
		// "the commanders who, according to American accounts, held
		// their fire": the aside is the relative clause's.
		return false
	}
	if h := w.head(spk); h < 0 || !w.isNominal(h) {
		return false
	}
	return w.hasFinite(after+1, after+4)
}

// phraseAtEdge reports an attributing phrase, from token i to the end of
// the phrase of its speaker spk, that opens the sentence and is followed by
// a comma, or follows a comma and ends the sentence; side is then the rest
// of the sentence.
func (w *work) phraseAtEdge(i, spk int) (edge bool, side text.Span) {
	s := w.doc.Sentences[w.sentOf[i]]
	start, end := max(s.Start, 0), min(s.End, len(w.toks))-1
	last := max(int(w.hi[spk]), i+1)
	first := start
	for first < i && w.isPunct(first) && w.regionAt[first] < 0 {
		first++ // an opening bracket or dash
	}
	a, b := -1, -1
	if first == i && last+1 <= end && w.toks[last+1].Form == "," {
		a, b = last+2, end
	} else if i-1 > start && w.toks[i-1].Form == "," {
		k := last + 1
		for k <= end && w.isPunct(k) && w.regionAt[k] < 0 {
			k++
		}
		// What follows a dash or a comma after the phrase without a verb
		// of its own is an aside on it ("…, according to an ABC News
		// poll last week - virtually the same as Mr. Trump's 60
		// percent"), and the phrase still closes what it attributes.
		if k > end || k > last+1 && (w.isDash(last+1) || w.toks[last+1].Form == ",") && !w.hasFinite(k, end) {
			a, b = start, i-2
		}
	}
	if a < 0 || w.reports(a, b) {
		return false, text.Span{}
	}
	sp, ok := w.tokenSpan(a, b)
	return ok, sp
}

// reports reports a quotation or a finite verb of saying among tokens
// [a, b]: the phrase then attributes a report ("…,” the court said,
// according to Xinhua), which the parse, not the edge, places.
func (w *work) reports(a, b int) bool {
	for k := a; k <= b; k++ {
		if w.regionAt[k] >= 0 {
			return true
		}
		if w.isFinite(k) {
			if e, _, ok := w.match(k, POSVerb); ok && e.Frames&FrameQuote != 0 {
				return true
			}
		}
	}
	return false
}

// splitComplementEnd returns the last token of complement c of cue i,
// extended over the further complements of i that the parse split from it
// with nothing between them that ends a clause (said Trump's “excesses” are
// sickening, with the quoted word tagged a verb): one clause in two pieces.
func (w *work) splitComplementEnd(i, c int) int {
	last := int(w.hi[c])
	for _, k := range w.children(i) {
		k := int(k)
		if k <= c || w.toks[k].DepRel != "ccomp" || int(w.lo[k]) <= last {
			continue
		}
		for t := last + 1; t < int(w.lo[k]); t++ {
			if f := w.toks[t].Form; f == "," || f == ";" || f == ":" || w.toks[t].UPOS == "CCONJ" {
				return last
			}
		}
		last = int(w.hi[k])
	}
	return last
}

// clauseSpan is the span of clause c without a leading "that".
func (w *work) clauseSpan(c int) (text.Span, bool) {
	a, b := int(w.lo[c]), int(w.hi[c])
	if m := w.child(c, "mark"); m == a && w.lemma(m) == "that" {
		a++
	}
	return w.tokenSpan(a, b)
}

// subtreeSpan is the span of token c's subtree.
func (w *work) subtreeSpan(c int) (text.Span, bool) {
	return w.tokenSpan(int(w.lo[c]), int(w.hi[c]))
}

// subtreeWithout is the span of h's subtree on the longer side of the
// subtree of its dependent d.
func (w *work) subtreeWithout(h, d int) (text.Span, bool) {
	return w.sideOf(int(w.lo[h]), int(w.hi[h]), int(w.lo[d]), int(w.hi[d]))
}

// sideOf returns the span of tokens [a, b] before [x, y] or after it,
// whichever holds more tokens.
func (w *work) sideOf(a, b, x, y int) (text.Span, bool) {
	before, after := x-a, b-y
	if before <= 0 && after <= 0 {
		return text.Span{}, false
	}
	if before >= after {
		return w.tokenSpan(a, x-1)
	}
	return w.tokenSpan(y+1, b)
}

// markNested marks attributions whose cue lies inside the content of
// another attribution of the same sentence while that one's cue is not
// inside theirs. Attributions are decided in token order, and one already
// marked nested nests no other. A content that opens with another cue's
// reporting clause keeps both: one reports the other ("The army called for
// calm, officials said"), unless the two name one speaker ("Pence said …"
// parsed as the complement of a later "Pence said"), a misparse, dropped
// instead. Attributions are in
// token order, so those of a sentence are neighbours and the work stays
// linear in the number of sentences.
func (w *work) markNested() {
	for start := 0; start < len(w.atts); {
		end := start + 1
		for end < len(w.atts) && w.atts[end].sent == w.atts[start].sent {
			end++
		}
		for i := start; i < end; i++ {
			a := &w.atts[i]
			if a.nested {
				continue
			}
			for j := start; j < end; j++ {
				b := &w.atts[j]
				if i == j || (j < i && b.nested) {
					continue
				}
				if !b.content.Contains(w.toks[a.cue].Span) || a.content.Contains(w.toks[b.cue].Span) {
					continue
				}
				if b.cue > a.cue && w.opens(a, b) {
					if w.sameSpeaker(a, b) {
						b.nested = true
					}
					continue
				}
				a.nested = true
				break
			}
		}
		start = end
	}
}

// sameSpeaker reports whether a and b name the same speaker, or b none.
func (w *work) sameSpeaker(a, b *attribution) bool {
	if b.speaker < 0 {
		return true
	}
	if a.speaker < 0 {
		return false
	}
	return strings.EqualFold(w.toks[a.speaker].Form, w.toks[b.speaker].Form) || w.mentionAt[a.speaker] >= 0 && w.mentionAt[a.speaker] == w.mentionAt[b.speaker]
}

// opens reports whether b's content starts with a's reporting clause: its
// speaker and cue, a few words in. (Only asked when b's cue comes later.)
func (w *work) opens(a, b *attribution) bool {
	first := w.tokenAt(b.content.Start)
	clause := a.cue
	if a.speaker >= 0 && a.speaker < clause {
		clause = a.speaker
	}
	return first <= clause && clause-first <= 4 && !w.hasFinite(first, a.cue-1)
}

// fillsParagraph reports whether quotation r runs to the end of the
// paragraph that sentence si opens: it runs on into the next, or only
// punctuation follows its closing mark.
func (w *work) fillsParagraph(r, si int) bool {
	if w.regions[r].RunsOn {
		return true
	}
	end := w.paragraphEnd(si)
	for k := w.regionToks[r][1]; k < end; k++ {
		if !w.isPunct(k) {
			return false
		}
	}
	return true
}

// upperWord reports whether s is a word of two letters or more, all capitals.
func upperWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// paragraphEnd returns the token after the last of the paragraph that
// sentence si is in, from si on.
func (w *work) paragraphEnd(si int) int {
	end := min(w.doc.Sentences[si].End, len(w.toks))
	for k := si + 1; k < len(w.doc.Sentences) && !w.doc.Sentences[k].ParagraphStart; k++ {
		end = min(w.doc.Sentences[k].End, len(w.toks))
	}
	return end
}

// adjCue records the attribution of an adjective of stance or a
// participle used as one, "critical of the plan", "willing to talk", "are
// convinced that …": the content is its prepositional phrase, infinitive or
// clause, the speaker its subject or the noun it modifies ("voters
// skeptical of the deal"). It reports whether the lexicon knows token i as
// such an adjective and an attribution was recorded.
func (w *work) adjCue(i int) bool {
	t := &w.toks[i]
	if t.UPOS == "VERB" && (t.XPOS != "VBN" || w.child(i, "aux:pass") < 0 && w.child(i, "cop") < 0) {
		return false
	}
	entries := w.lex.lookup(strings.ToLower(t.Form), POSAdj)
	if len(entries) == 0 {
		entries = w.lex.lookup(w.lemma(i), POSAdj)
	}
	if len(entries) == 0 {
		return false
	}
	content, part, found := text.Span{}, -1, false
	for k := len(entries) - 1; k >= 0 && !found; k-- {
		e := entries[k]
		switch {
		case e.Particle != "":
			if p := w.particle(i, e); p > i {
				if h := w.head(p); h >= 0 {
					content, found = w.tokenSpan(p+1, int(w.hi[h]))
					part = p
				}
			}
		default:
			for _, c := range w.children(i) {
				c := int(c)
				if c < i || found {
					continue
				}
				switch w.rel(c) {
				case "xcomp", "advcl", "ccomp":
					m := w.child(c, "mark")
					switch {
					case e.Frames&FrameInf != 0 && m >= 0 && w.lemma(m) == "to":
						content, found = w.subtreeSpan(c)
					case e.Frames&FrameClause != 0 && (m < 0 || w.lemma(m) == "that") && w.rel(c) != "xcomp":
						content, found = w.clauseSpan(c)
					}
				}
			}
		}
	}
	if !found {
		return false
	}
	speaker := w.child(i, "nsubj")
	if speaker < 0 {
		speaker = w.child(i, "nsubj:pass")
	}
	if h := w.head(i); speaker < 0 && h >= 0 && w.sentOf[h] == w.sentOf[i] {
		switch w.rel(i) {
		case "amod", "acl":
			speaker = h
		case "xcomp":
			// "His donors remain confident that …"
			if w.toks[h].UPOS == "VERB" {
				speaker = w.speakerOf(h)
			}
		}
	}
	if speaker >= 0 && w.regionAt[speaker] >= 0 {
		speaker = -1
	}
	cueEnd := -1
	if part == i+1 {
		cueEnd = part + 1
	}
	w.atts = append(w.atts, attribution{
		cue: i, cueEnd: cueEnd, speaker: speaker, content: content,
		sent: int(w.sentOf[i]), region: -1,
	})
	return true
}

// cutAtAddedParticiple ends the content of cue i before a participle of
// saying set off by a comma that the parse hung inside it ("said the rebels
// had attacked first, adding that dozens were killed"): the speaker adds
// it, and it is reported on its own (see reportingHost); ok is false when
// nothing is left.
func (w *work) cutAtAddedParticiple(i int, content text.Span) (text.Span, bool) {
	a := w.tokenAt(content.Start)
	b := w.tokenAt(content.End - 1)
	if b >= len(w.toks) {
		b = len(w.toks) - 1
	}
	for p := a + 2; p <= b; p++ {
		if w.reportingHost(p) != i {
			continue
		}
		return w.tokenSpan(a, w.commaBefore(p)-1)
	}
	return content, true
}

// commaBefore returns the comma that sets off word p, right before it or
// before a closing quotation mark ("… self-deportation,” adding"), or -1.
func (w *work) commaBefore(p int) int {
	c := p - 1
	if english.ClosingQuote(w.toks[max(c, 0)].Form) {
		c--
	}
	if c < 0 || w.toks[c].Form != "," {
		return -1
	}
	return c
}

// reportingHost returns the cue whose clausal complement participle p, a
// verb of saying set off by a comma with no subject of its own, was hung
// inside ("said the rebels had attacked first, adding that …"), or -1: that
// cue's speaker adds it.
func (w *work) reportingHost(p int) int {
	if p < 1 || w.toks[p].XPOS != "VBG" || w.rel(p) != "advcl" && w.rel(p) != "acl" || w.commaBefore(p) < 1 || w.regionAt[p] >= 0 ||
		w.child(p, "nsubj") >= 0 {
		return -1
	}
	if e, _, ok := w.match(p, POSVerb); !ok || e.Frames&(FrameQuote|FrameClause) == 0 {
		return -1
	}
	for h, steps := w.head(p), 0; h >= 0 && steps < maxClimb && w.sentOf[h] == w.sentOf[p]; steps++ {
		g := w.head(h)
		if g < 0 || w.sentOf[g] != w.sentOf[p] {
			return -1
		}
		if w.rel(h) == "ccomp" {
			if e, _, ok := w.match(g, POSVerb); ok && e.Frames&(FrameQuote|FrameClause) != 0 {
				return g
			}
			return -1
		}
		switch w.rel(h) {
		case "conj", "advcl", "xcomp":
		case "obj", "obl", "nmod":
			// A participle the parse hung on a noun of the content
			// ("… a crazy policy,” adding, …").
			if w.rel(p) != "acl" {
				return -1
			}
		default:
			return -1
		}
		h = g
	}
	return -1
}

// cutAtInnerClause ends content before a clause of its own that reports
// someone else's words or thoughts: "24 percent said A, while 9 percent
// found B", "admitted it made a mistake when a pediatrician reported …".
// The inner attribution is then reported on its own. The clause must open
// with a conjunction or a comma after the content's first words, and hold
// a verb of the lexicon with a subject of its own; ok is false when
// nothing is left.
func (w *work) cutAtInnerClause(content text.Span) (text.Span, bool) {
	a := w.tokenAt(content.Start)
	b := w.tokenAt(content.End - 1)
	if b >= len(w.toks) {
		b = len(w.toks) - 1
	}
	for k := a + 2; k < b; k++ {
		if w.regionAt[k] >= 0 || !w.opensInnerClause(k) {
			continue
		}
		// The first finite verb after the boundary.
		for v := k + 1; v <= b && v <= k+maxReportingClause; v++ {
			if w.regionAt[v] >= 0 || w.isRelative(v) {
				break
			}
			if !w.isFinite(v) || w.toks[v].UPOS == "AUX" {
				continue
			}
			if _, _, ok := w.match(v, POSVerb); ok {
				if s := w.leftSpeaker(v); s > k {
					return w.tokenSpan(a, k-1)
				}
			}
			break
		}
	}
	return content, true
}

// opensInnerClause reports a token that may open a clause of its own inside
// reported content: a subordinating conjunction of time, contrast or
// cause, or a comma or semicolon.
func (w *work) opensInnerClause(k int) bool {
	switch w.toks[k].Form {
	case ",", ";":
		return true
	}
	if u := w.toks[k].UPOS; u != "SCONJ" && u != "ADV" { // "when" is often an adverb
		return false
	}
	return clauseOpener(w.lemma(k))
}
