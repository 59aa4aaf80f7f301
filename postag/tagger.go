// Package postag assigns Universal Dependencies parts of speech (UPOS) and Penn
// Treebank tags (XPOS) with an averaged perceptron trained on the UD English
// treebanks.
package postag

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/internal/binfmt"
	"github.com/parleyproject/parley/internal/english"
	"github.com/parleyproject/parley/internal/lower"
	"github.com/parleyproject/parley/internal/perceptron"
	"github.com/parleyproject/parley/text"
)

// Name identifies the tagger and its model format.
const Name = "parley.postag.v1"

// Tag is one joint class: a UPOS with its XPOS.
type Tag struct {
	UPOS, XPOS string
}

// Tagger tags words. It is read-only after loading and safe for concurrent use.
type Tagger struct {
	classes []Tag
	// index maps a class to its number in a read tagger; nil in one being
	// trained, where classOf searches classes.
	index map[Tag]int
	// first is the left-to-right model; second, when not nil, re-tags with the
	// first pass's right context.
	first, second *perceptron.Model
	// known maps frequent, unambiguous word forms straight to their class.
	known map[string]int
	// forced maps word forms to the class the pipeline's tagging gives
	// them whatever the model says (see FixForms).
	forced map[string]int
	// amb maps a lowercased form's hash to the hash of its ambiguity class.
	amb map[uint64]uint64
	// listed holds the ambiguity classes of listed words the model has
	// none for (see AddWordClasses), for their lowercase forms.
	listed map[uint64]uint64

	// confident is the first-pass margin (in model score units) above
	// which the second pass keeps the first pass's tag; 0 means never.
	confident float32

	scratch sync.Pool
}

type scratch struct {
	words  []wordInfo
	feats  []uint64
	scores *perceptron.Scores
	work   perceptron.Scratch
	fixed  []int // class of a known unambiguous word, or -1
	// margin is the first pass's lead of its best class over the next.
	margin []float32
	pass1  []int
	pass2  []int
	// quoted marks the words inside quotation marks (ensureFiniteVerb).
	quoted []bool
}

func (t *Tagger) getScratch(n int) *scratch {
	s, _ := t.scratch.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: new(perceptron.Scores)}
	}
	if cap(s.words) < n+4 {
		s.words = make([]wordInfo, n+4)
		s.pass1 = make([]int, n)
		s.pass2 = make([]int, n)
		s.fixed = make([]int, n)
		s.margin = make([]float32, n)
	}
	s.words = s.words[:n+4]
	s.pass1 = s.pass1[:n]
	s.pass2 = s.pass2[:n]
	s.fixed = s.fixed[:n]
	s.margin = s.margin[:n]
	return s
}

// Classes returns the joint tags the model knows.
func (t *Tagger) Classes() []Tag { return t.classes }

// Tag fills UPOS and XPOS of every token of doc, sentence by sentence.
func (t *Tagger) Tag(doc *text.Document) {
	for _, s := range doc.Sentences {
		t.TagTokens(doc.Tokens[s.Start:s.End])
	}
}

// TagTokens tags one sentence's tokens in place.
func (t *Tagger) TagTokens(toks []text.Token) {
	n := len(toks)
	if n == 0 {
		return
	}
	s := t.getScratch(n)
	defer t.scratch.Put(s)
	t.prepare(s, n, func(i int) string { return toks[i].Form })
	for i := range toks {
		if c, ok := t.forced[toks[i].Form]; ok {
			s.fixed[i] = c
		}
		if xpos := guillemetKind(toks[i].Form); xpos != "" {
			// Quotation marks the treebanks barely show are punctuation,
			// not names or interjections.
			if c := t.classOf(Tag{UPOS: "PUNCT", XPOS: xpos}); c >= 0 {
				s.fixed[i] = c
			}
		}
	}
	out := t.decode(s, n)
	t.headlineVerbs(toks, out)
	// The repairs that make a word a name get the proper noun's class.
	if name := t.classOf(Tag{UPOS: "PROPN", XPOS: "NNP"}); name >= 0 {
		t.namesNotAuxiliaries(toks, out, name)
		t.codesNotNumbers(toks, out, name)
		t.namesNotInfinitives(toks, out, name)
		t.namesNotVerbs(toks, out, name)
		t.acronymsNotFunctionWords(toks, out, name)
		partyAndState(toks, out, name)
	}
	t.wordsNotPunctuation(s, toks, out)
	t.nounAfterPluralModifier(toks, out)
	t.baseAfterModal(toks, out)
	t.ensureFiniteVerb(s, toks, out)
	t.embeddedClauseVerb(s, toks, out)
	t.verbBeforeItsClause(s, toks, out)
	t.participleSetOff(toks, out)
	t.invertedReport(toks, out)
	t.hopefulsAsNouns(toks, out)
	t.phrasalVerbsNotNouns(toks, out)
	t.adjectiveVerbsAfterTo(toks, out)
	for i := range toks {
		c := t.classes[out[i]]
		toks[i].UPOS, toks[i].XPOS = c.UPOS, c.XPOS
	}
}

// headlineVerbs finds the verb of a headline in title case, which the
// model reads as a name ("China Condemns North Korean Nuclear Test"): the
// sentence is tagged again with its capitalised words in lowercase, and the
// first word tagged a proper noun that the lowercase reading makes a tensed
// verb (VBZ, VBD), a word the treebanks or the word list know ("Stephens"
// is none), takes the verb's class. Names stay names ("China" is no noun
// here).
func (t *Tagger) headlineVerbs(toks []text.Token, out []int) {
	if !t.titleCase(toks, out) {
		return
	}
	lower := make([]string, len(toks))
	for i, tok := range toks {
		lower[i] = tok.Form
		if i > 0 && capitalisedWord(tok.Form) {
			lower[i] = strings.ToLower(tok.Form)
		}
	}
	s := t.getScratch(len(toks))
	defer t.scratch.Put(s)
	t.prepare(s, len(toks), func(i int) string { return lower[i] })
	again := t.decode(s, len(toks))
	for i := range toks {
		if c := t.classes[again[i]]; t.classes[out[i]].UPOS == "PROPN" && c.UPOS == "VERB" && (c.XPOS == "VBZ" || c.XPOS == "VBD") && t.wordClass(lower[i], s.words[i+2].lower, false) != 0 {
			out[i] = again[i]
			return // a headline has one verb
		}
	}
}

// titleCase reports whether a sentence is written in title case: every word
// of four letters or more that the tagging in out makes no function word is
// capitalised, and there are three of them at least.
func (t *Tagger) titleCase(toks []text.Token, out []int) bool {
	caps := 0
	for i, tok := range toks {
		if len(tok.Form) < 4 || !hasLetter(tok.Form) {
			continue
		}
		switch t.classes[out[i]].UPOS {
		case "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART":
			continue
		}
		if !capitalisedWord(tok.Form) {
			return false
		}
		caps++
	}
	return caps >= 3
}

// guillemetKind returns the Penn tag of an opening quotation mark when form
// is made of opening guillemets alone ("«", "‹‹"), that of a closing one
// when of closing guillemets, and "" otherwise. (The single curly quotation
// marks also serve as apostrophes: "Morales’ supporters".)
func guillemetKind(form string) string {
	kind := ""
	for _, r := range form {
		k := ""
		switch r {
		case '«', '‹':
			k = "``"
		case '»', '›':
			k = "''"
		default:
			return ""
		}
		if kind != "" && k != kind {
			return ""
		}
		kind = k
	}
	return kind
}

// LeaveToModel makes the tagger read the word forms in context: forms the
// training made known, unambiguous words (see known) that a lexicon knows
// to be of several parts of speech ("free", read as an adjective even in
// "to free the hostages"). It must be called before the tagger is used.
func (t *Tagger) LeaveToModel(forms []string) {
	for _, f := range forms {
		delete(t.known, f)
	}
}

// FixForms makes the pipeline's tagging (TagTokens) give the word forms
// the tag whatever the model says: forms a lexicon knows to be of one part
// of speech that the treebanks seldom or never show ("withdrew", "arose").
// The tags the parser is trained on (TagWords) stay the model's own. It must
// be called before the tagger is used.
func (t *Tagger) FixForms(forms []string, tag Tag) error {
	c := t.classOf(tag)
	if c < 0 {
		return fmt.Errorf("postag: the model has no tag %s/%s", tag.UPOS, tag.XPOS)
	}
	if t.forced == nil {
		t.forced = make(map[string]int, len(forms))
	}
	for _, f := range forms {
		t.forced[f] = c
	}
	return nil
}

// TagWords returns the tags of a sentence given as word forms.
func (t *Tagger) TagWords(forms []string) []Tag {
	n := len(forms)
	out := make([]Tag, n)
	if n == 0 {
		return out
	}
	s := t.getScratch(n)
	defer t.scratch.Put(s)
	t.prepare(s, n, func(i int) string { return forms[i] })
	for i, c := range t.decode(s, n) {
		out[i] = t.classes[c]
	}
	return out
}

func (t *Tagger) prepare(s *scratch, n int, form func(int) string) {
	padInfo(&s.words[0], hashBOS)
	padInfo(&s.words[1], hashBOS)
	padInfo(&s.words[n+2], hashEOS)
	padInfo(&s.words[n+3], hashEOS)
	first := sentenceStart(n, form)
	for i := 0; i < n; i++ {
		f := form(i)
		w := &s.words[i+2]
		fillWordInfo(w, f)
		w.amb = t.wordClass(f, w.lower, i == first)
		s.fixed[i] = -1
		if c, ok := t.known[f]; ok {
			s.fixed[i] = c
		}
	}
}

// decode runs the first pass and, when the model has one, the second; it
// returns the chosen classes (a scratch slice).
func (t *Tagger) decode(s *scratch, n int) []int {
	t.pass(s, t.first, n, s.pass1, nil)
	if t.second == nil {
		return s.pass1
	}
	t.pass(s, t.second, n, s.pass2, s.pass1)
	return s.pass2
}

func (t *Tagger) pass(s *scratch, m *perceptron.Model, n int, out, next []int) {
	for i := 0; i < n; i++ {
		if s.fixed[i] >= 0 {
			out[i] = s.fixed[i]
			continue
		}
		// The second pass only revisits words the first was unsure of.
		if next != nil && t.confident > 0 && s.margin[i] >= t.confident {
			out[i] = next[i]
			continue
		}
		s.feats = extract(s.feats[:0], s.words, i, out, next)
		sc := s.scores[:len(t.classes)]
		clear(sc)
		m.ScoreWith(s.feats, s.scores, &s.work)
		best, margin := argmaxMargin(sc)
		out[i] = best
		if next == nil {
			s.margin[i] = margin
		}
	}
}

// wordsNotPunctuation gives a word of letters the model tagged as
// punctuation its best class of another part of speech: "Voters in November
// say/PUNCT they have" read the verb as a comma. Only the pipeline's tagging
// (TagTokens) does this.
func (t *Tagger) wordsNotPunctuation(s *scratch, toks []text.Token, out []int) {
	m, next := t.lastPass(s)
	for i := range toks {
		if t.classes[out[i]].UPOS != "PUNCT" || s.fixed[i] >= 0 || !lettersOnly(toks[i].Form) {
			continue
		}
		s.feats = extract(s.feats[:0], s.words, i, out, next)
		sc := s.scores[:len(t.classes)]
		clear(sc)
		m.ScoreWith(s.feats, s.scores, &s.work)
		best := -1
		for c, tag := range t.classes {
			if tag.UPOS != "PUNCT" && tag.UPOS != "SYM" && (best < 0 || sc[c] > sc[best]) {
				best = c
			}
		}
		if best >= 0 {
			out[i] = best
		}
	}
}

// lettersOnly reports whether s is a word of two letters or more and
// nothing else.
func lettersOnly(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// baseAfterModal gives the base verb form to a word tagged adjective or
// noun right after a modal ("would free over 150 prisoners", "would total
// $5 billion"): English puts a verb there, and the treebanks seldom show
// these words as verbs, even words known as adjectives ("free"). An
// adjective before a noun is left ("could next year"), and so is a modal
// that opens a question ("Can anyone tell?"). Only the pipeline's tagging
// (TagTokens) does this.
func (t *Tagger) baseAfterModal(toks []text.Token, out []int) {
	n := len(toks)
	base := t.classOf(Tag{UPOS: "VERB", XPOS: "VB"})
	if base < 0 {
		return
	}
	for i := 1; i < n; i++ {
		if t.classes[out[i-1]].XPOS != "MD" || i < 2 {
			continue
		}
		if before := t.classes[out[i-2]]; before.UPOS == "PUNCT" || before.UPOS == "CCONJ" || strings.HasPrefix(before.XPOS, "W") {
			continue // a question: "Can anyone tell?", "But will diplomacy work?"
		}
		if i+1 < n {
			if next := t.classes[out[i+1]].UPOS; next == "VERB" || next == "AUX" {
				continue // the modal's subject before its verb: "can anyone use"
			}
		}
		if indefinitePronoun(toks[i].Form) {
			continue // "can someone else help"
		}
		switch t.classes[out[i]].XPOS {
		case "JJ":
			if i+1 < n {
				if next := t.classes[out[i+1]].UPOS; next == "NOUN" || next == "PROPN" {
					continue
				}
			}
			out[i] = base
		case "NN":
			out[i] = base
		}
	}
}

// phrasalVerbsNotNouns makes a verb of a phrasal verb (english.PhrasalVerb)
// that the model read as a noun before its particle: "to hand over the
// arms" (after "to", the base form) and "Wen formally hands over the reins"
// (after an adverb, a name or a pronoun, the third person). After a
// determiner, a possessive or a preposition the noun stays: "his hands over
// his face". After a verb form of one, the particle the model read as a
// preposition is a particle: "EU and UN hand over urgently needed supplies".
func (t *Tagger) phrasalVerbsNotNouns(toks []text.Token, out []int) {
	base := t.classOf(Tag{UPOS: "VERB", XPOS: "VB"})
	third := t.classOf(Tag{UPOS: "VERB", XPOS: "VBZ"})
	particle := t.classOf(Tag{UPOS: "ADP", XPOS: "RP"})
	if base < 0 || third < 0 || particle < 0 {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		tag := t.classes[out[i]]
		verb := tag.UPOS == "VERB" && t.classes[out[i+1]].XPOS == "IN"
		if !verb && tag.XPOS != "NN" && tag.XPOS != "NNS" {
			continue // the tests below take no other word: lowercase none
		}
		form, before := strings.ToLower(toks[i].Form), t.classes[out[i-1]].XPOS
		if verb && phrasalForm(form, toks[i+1].Form) {
			out[i+1] = particle
			continue
		}
		switch tag.XPOS {
		case "NN":
			// "to" the model may read as a preposition before the noun.
			if (before == "TO" || strings.EqualFold(toks[i-1].Form, "to")) && english.PhrasalVerb(form, toks[i+1].Form) {
				out[i] = base
				t.infinitiveMarker(out, i-1)
			}
		case "NNS":
			verb, ok := strings.CutSuffix(form, "s")
			if ok && (before == "RB" || before == "NNP" || before == "PRP") && english.PhrasalVerb(verb, toks[i+1].Form) {
				out[i] = third
			}
		}
	}
}

// adjectiveVerbsAfterTo makes a word that is an adjective and a verb
// ("free", "clear"; english.AdjectiveVerb) a base verb after "to" when a
// determiner, a pronoun, a number or a name follows, its object: "set to
// free 100 prisoners", "the decision to free Megrahi", "to free up funds".
// Before a noun it describes it stays an adjective: "access to free
// medicines", "committed to free trade".
func (t *Tagger) adjectiveVerbsAfterTo(toks []text.Token, out []int) {
	base := t.classOf(Tag{UPOS: "VERB", XPOS: "VB"})
	if base < 0 {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		if t.classes[out[i]].XPOS != "JJ" || !strings.EqualFold(toks[i-1].Form, "to") || !english.AdjectiveVerb(toks[i].Form) {
			continue
		}
		switch t.classes[out[i+1]].XPOS {
		case "DT", "PRP", "PRP$", "CD", "NNP", "NNPS":
		default:
			if !strings.EqualFold(toks[i+1].Form, "up") {
				continue
			}
		}
		out[i] = base
		t.infinitiveMarker(out, i-1)
	}
}

// infinitiveMarker makes "to" at i, which a repair found before a base
// verb, the infinitive's marker (PART/TO) where the model read a
// preposition.
func (t *Tagger) infinitiveMarker(out []int, i int) {
	if marker := t.classOf(Tag{UPOS: "PART", XPOS: "TO"}); marker >= 0 && t.classes[out[i]].XPOS == "IN" {
		out[i] = marker
	}
}

// phrasalForm reports whether form, a regular form of a verb (hand, hands,
// handed, handing), and particle are a phrasal verb (english.PhrasalVerb).
func phrasalForm(form, particle string) bool {
	if english.PhrasalVerb(form, particle) {
		return true
	}
	for _, suffix := range []string{"s", "ed", "d", "ing"} {
		if stem, ok := strings.CutSuffix(form, suffix); ok && english.PhrasalVerb(stem, particle) {
			return true
		}
	}
	return false
}

// nounAfterPluralModifier makes a verb after "a" or "an" and a plural noun
// a singular noun: the article cannot go with the plural, which must be the
// modifier of a noun after it ("an arms deal", "a jobs report", "a drugs
// raid"), not a subject ("arms deal with"). Only the pipeline's tagging
// (TagTokens) does this.
func (t *Tagger) nounAfterPluralModifier(toks []text.Token, out []int) {
	noun := t.classOf(Tag{UPOS: "NOUN", XPOS: "NN"})
	if noun < 0 {
		return
	}
	for i := 2; i < len(toks); i++ {
		switch t.classes[out[i]].XPOS {
		case "VBP", "VB":
		default:
			continue
		}
		if t.classes[out[i-1]].XPOS != "NNS" || !isLowerASCII(toks[i].Form) {
			continue
		}
		if a := toks[i-2].Form; strings.EqualFold(a, "a") || strings.EqualFold(a, "an") {
			out[i] = noun
		}
	}
}

// namesNotAuxiliaries makes a capitalised word within a sentence that the
// model tagged as an auxiliary a proper noun: auxiliaries are a closed
// class, and a name ending like one ("DeSantis said", read as "is") is no
// verb. Title case ("Catastrophe Will Be Averted") and a capital after
// opening punctuation ("“Are you") are left alone, and so is a first word
// that is an auxiliary's form. Only the pipeline's tagging (TagTokens) does
// this.
func (t *Tagger) namesNotAuxiliaries(toks []text.Token, out []int, name int) {
	for i := 1; i < len(toks); i++ {
		if t.classes[out[i]].UPOS != "AUX" || !capitalisedWord(toks[i].Form) {
			continue
		}
		switch prev := toks[i-1].Form; {
		case capitalisedWord(prev) || prev == "I":
			continue // title case: "Catastrophe Will Be Averted"
		case strings.Contains("“‘([{:—–-,", prev) || prev == `"` && opensQuote(toks, i-1):
			continue // a clause opening: "“Are you", ": Is it", ", Do you"
		}
		out[i] = name
	}
	// The first word: a name unless it is an auxiliary's form ("DeSantis
	// said", but "Will it rain").
	if t.classes[out[0]].UPOS == "AUX" && capitalisedWord(toks[0].Form) && !english.Auxiliary(strings.ToLower(toks[0].Form)) {
		out[0] = name
	}
}

// namesNotInfinitives makes a capitalised word after "to" that the model
// tagged as a base verb a proper noun: in running text that is a place or a
// name ("dispatching a team to Detroit to investigate" had "to Detroit" as
// an infinitive). Title case ("How to Make Money") is left alone. Only the
// pipeline's tagging (TagTokens) does this.
func (t *Tagger) namesNotInfinitives(toks []text.Token, out []int, name int) {
	for i := 2; i < len(toks); i++ {
		// Title case ("How to Make Money") capitalises the word before "to".
		if t.classes[out[i]].XPOS == "VB" && toks[i-1].Form == "to" && capitalisedWord(toks[i].Form) && !capitalisedWord(toks[i-2].Form) {
			out[i] = name
		}
	}
}

// namesNotVerbs makes a capitalised word inside a sentence that the model
// tagged as a verb's base or present form a proper noun when a capitalised
// proper noun follows it: the two are one name ("later on Thursday, Bar Lev
// released a statement" banned nothing). Title case, and a word that opens
// a quotation or a clause after a colon, a dash or a bracket, are left
// alone. Only the pipeline's tagging (TagTokens) does this.
func (t *Tagger) namesNotVerbs(toks []text.Token, out []int, name int) {
	for i := 1; i+1 < len(toks); i++ {
		switch t.classes[out[i]].XPOS {
		case "VB", "VBP":
		default:
			continue
		}
		if !capitalisedWord(toks[i].Form) || !capitalisedWord(toks[i+1].Form) || t.classes[out[i+1]].UPOS != "PROPN" {
			continue
		}
		switch prev := toks[i-1].Form; {
		case capitalisedWord(prev) || prev == "I" || prev == "to":
			continue // title case; after "to" see namesNotInfinitives
		case strings.Contains("“‘([{:—–-", prev) || prev == `"` || prev == "'":
			continue // a quotation or a clause opening
		}
		out[i] = name
	}
}

// codesNotNumbers makes a code of capital letters and digits ("G20",
// "MH17", "A380") that the model tagged as a number, an adjective or a list
// marker a proper noun: the treebanks never tag one so, while the digits
// led the model to ("the G20/NUM summit"). Only the pipeline's tagging
// (TagTokens) does this.
func (t *Tagger) codesNotNumbers(toks []text.Token, out []int, name int) {
	for i := range toks {
		switch t.classes[out[i]].UPOS {
		case "NUM", "ADJ", "X":
			if lettersThenDigits(toks[i].Form) {
				out[i] = name
			}
		}
	}
}

// acronymsNotFunctionWords makes a word of capitals that spells a function
// word ("WHO", "IT", "US") a proper noun where only a name can stand: after
// "the" or alone in parentheses ("the WHO warned", "the World Health
// Organization (WHO) threatened"). The model reads such a word by its
// lowercase form, and "(WHO) threatening" opened a relative clause. Only the
// pipeline's tagging (TagTokens) does this.
func (t *Tagger) acronymsNotFunctionWords(toks []text.Token, out []int, name int) {
	for i := 1; i < len(toks); i++ {
		if !capitalsOnly(toks[i].Form) {
			continue // most words: one byte tells
		}
		switch t.classes[out[i]].UPOS {
		case "PRON", "DET", "AUX", "ADP", "SCONJ", "CCONJ", "PART", "ADV":
		default:
			continue
		}
		prev := toks[i-1].Form
		if prev == "the" || prev == "The" || prev == "(" && i+1 < len(toks) && toks[i+1].Form == ")" {
			out[i] = name
		}
	}
}

// partyAndState makes names of the party letter and the state of a
// legislator's designation in parentheses, "(R-OH)", "(D-Calif.)": the
// model reads "OH" as an interjection and "R" as anything, and the parse
// then takes the designation for a clause.
func partyAndState(toks []text.Token, out []int, name int) {
	for i := 1; i+3 < len(toks); i++ {
		if toks[i-1].Form != "(" || toks[i+1].Form != "-" || toks[i+3].Form != ")" {
			continue
		}
		switch toks[i].Form {
		case "R", "D", "I":
		default:
			continue
		}
		if f := toks[i+2].Form; f != "" && f[0] >= 'A' && f[0] <= 'Z' {
			out[i], out[i+2] = name, name
		}
	}
}

// capitalsOnly reports whether s is two or more capital ASCII letters.
func capitalsOnly(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// lettersThenDigits reports whether s is one to four capital ASCII letters
// followed by one to four digits.
func lettersThenDigits(s string) bool {
	i := 0
	for i < len(s) && 'A' <= s[i] && s[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 4 {
		return false
	}
	j := i
	for j < len(s) && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	return j == len(s) && j > i && j-i <= 4
}

// opensQuote reports whether the straight quotation mark at q opens a
// quotation: an even number of them comes before it in the sentence.
func opensQuote(toks []text.Token, q int) bool {
	n := 0
	for _, tok := range toks[:q] {
		if tok.Form == `"` {
			n++
		}
	}
	return n%2 == 0
}

// capitalisedWord reports whether s starts with a capital letter and has a
// lowercase letter after it ("DeSantis", not "IS" or "is").
func capitalisedWord(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && strings.IndexFunc(s[size:], unicode.IsLower) >= 0
}

// indefinitePronoun reports whether a word is "someone", "anybody" and the
// like, which the treebanks tag as nouns and which follow a modal only in a
// question.
func indefinitePronoun(form string) bool {
	switch strings.ToLower(form) {
	case "someone", "anyone", "everyone", "noone", "somebody", "anybody", "everybody", "nobody":
		return true
	}
	return false
}

// subordinator reports whether a word opens a clause of its own: a
// relative pronoun or adverb ("where", "when") or a subordinating
// conjunction.
func subordinator(form string) bool {
	var lower [8]byte
	if len(form) < 2 || len(form) > len(lower) {
		return false
	}
	for i := 0; i < len(form); i++ {
		c := form[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	switch string(lower[:len(form)]) {
	case "who", "whom", "whose", "which", "that", "where", "when", "because", "although", "though", "while", "whereas", "unless", "if":
		return true
	}
	return false
}

// minClauseWords is the fewest tokens, the full stop included, of a
// sentence that ensureFiniteVerb holds to have a finite verb.
const minClauseWords = 6

// ensureFiniteVerb gives a sentence that ends with a full stop and has no
// finite verb outside its subordinate clauses one: of the words right after
// a noun or pronoun that end in "-ed" and were tagged past participle or
// adjective, the one whose past-tense score comes nearest to its tag's
// becomes a past-tense verb.
// Wire copy puts time words between subject and verb ("Venezuela on
// Wednesday ruled out", "A Zimbabwean court on Tuesday freed activist
// pastor Evan Mawarire"), which the treebanks seldom do, and the tagger then
// reads the verb as a modifier of the noun after it, leaving the clause
// without a predicate. Only the pipeline's tagging (TagTokens) does this:
// the tags the parser is trained on (TagWords) stay the model's own.
func (t *Tagger) ensureFiniteVerb(s *scratch, toks []text.Token, out []int) {
	n := len(toks)
	end := n - 1
	for end > 0 && closingQuote(toks[end].Form) {
		end-- // `rallied supporters, saying: "We will win."`
	}
	if n < minClauseWords || toks[end].Form != "." {
		return
	}
	// The finite verbs of a quotation are the quotation's own ("Clinton's
	// aide rallied/VBN supporters, saying: "We have to be ready.""), unless
	// the quotation is all there is.
	quoted := slices.Grow(s.quoted[:0], n)[:n]
	clear(quoted)
	inside, outside := false, false
	for i := range n {
		f := toks[i].Form
		switch {
		case f == "\"" || f == "``" || f == "''":
			inside = !inside
		case f == "“":
			inside = true
		case f == "”":
			inside = false
		default:
			quoted[i] = inside
			if !inside && f != "." {
				outside = true
			}
		}
	}
	if !outside || inside {
		clear(quoted) // no text outside the marks, or a mark left open
	}
	s.quoted = quoted
	// A finite verb of a clause a relative pronoun or subordinator opens
	// is that clause's: each such word takes the first finite verb after
	// it ("Police used/VBN gas to subdue protesters who smashed windows").
	opened := 0
	for i, c := range out[:n] {
		if quoted[i] {
			continue
		}
		if subordinator(toks[i].Form) || i > 0 && toks[i-1].Form == "," && coordinator(toks[i].Form) {
			// A coordinator after a comma opens a clause too ("Boeing
			// lost/VBN the contest in February, but protested the award").
			opened++
			continue
		}
		if finiteXPOS(t.classes[c].XPOS) {
			if opened == 0 {
				return
			}
			opened--
		}
	}
	past := t.classOf(Tag{UPOS: "VERB", XPOS: "VBD"})
	plural := t.classOf(Tag{UPOS: "VERB", XPOS: "VBP"})
	singular := t.classOf(Tag{UPOS: "VERB", XPOS: "VBZ"})
	// A past tense in -ed first; a present tense only where none is, and
	// only where no base form stands elsewhere ("let me know", "Recommend
	// you call": imperatives need no finite verb).
	for tier, tenses := range [2][3]int{{past, -1, -1}, {-1, plural, singular}} {
		if tier == 1 && t.hasBaseVerb(toks, out) {
			return
		}
		// A base form after a plural subject is the verb before any
		// noun is ("Corona dryers remove").
		verbOnly := tier == 1 && t.baseAfterPlural(toks, out)
		best, bestClass, bestGap := -1, -1, int32(math.MinInt32)
		for i := 1; i < n; i++ {
			if s.fixed[i] >= 0 || quoted[i] {
				continue
			}
			p := i - 1
			setOff := toks[p].Form == ","
			if setOff {
				// A subject set off by a phrase between commas ("Britain's
				// Brown, on a visit to Gulf states, called/VBN on").
				if p = parentheticalSubject(toks, p); p < 0 {
					continue
				}
			}
			prev := t.classes[out[p]]
			switch {
			case prev.UPOS == "NOUN" || prev.UPOS == "PROPN" || prev.UPOS == "PRON":
			case prev.XPOS == "NNP" || prev.XPOS == "NNPS":
				// A word of a name the model read as an adjective
				// ("battery maker China Strategic sparked/VBN protests").
			default:
				continue
			}
			// "EU and UN hand over": names joined by "and" are plural
			// ("service and quality work." is no clause).
			prevXPOS := prev.XPOS
			if p >= 2 && strings.EqualFold(toks[p-1].Form, "and") && prevXPOS == "NNP" {
				switch t.classes[out[p-2]].XPOS {
				case "NNP", "NNPS":
					prevXPOS = "NNPS"
				}
			}
			to := finiteCandidate(t.classes[out[i]].XPOS, prevXPOS, toks[i].Form, toks[p].Form, setOff, tenses[0], tenses[1], tenses[2])
			if to < 0 || verbOnly && t.classes[out[i]].XPOS != "VB" {
				continue
			}
			if gap := t.gap(s, out, i, to); gap > bestGap {
				best, bestClass, bestGap = i, to, gap
			}
		}
		if best >= 0 {
			out[best] = bestClass
			return
		}
	}
}

// embeddedClauseVerb gives a clause that a verb of saying reports without
// "that", or that a subordinator opens, its past tense when the tagger
// read it as a participle or adjective after the clause's subject: "The
// budget office said about half of the adjustment reflected/VBN revenue
// losses", "after gunmen seized/VBN 18 workers". Wire copy puts long
// subjects there, which the treebanks seldom do. The clause runs from the
// opening word to the next punctuation mark; it must hold no finite verb
// and no word opening a clause of its own, and the word must be followed
// by what an object starts with, not by a time or an agent ("plans
// announced last week", "the unrest set off by"). Of several such words
// the one whose past-tense score comes nearest to its tag's is taken.
// Like ensureFiniteVerb, only the pipeline's tagging does this.
func (t *Tagger) embeddedClauseVerb(s *scratch, toks []text.Token, out []int) {
	n := len(toks)
	past := t.classOf(Tag{UPOS: "VERB", XPOS: "VBD"})
	if past < 0 {
		return
	}
	for r := 0; r+3 < n; r++ {
		if !t.opensReportedClause(toks, out, r) && !t.opensAdverbialClause(toks, out, r) {
			continue
		}
		from := r + 1
		if strings.EqualFold(toks[from].Form, "that") {
			from++
		}
		if from >= n || english.In(english.ThingObject, toks[from].Form) {
			continue
		}
		best, bestGap := -1, int32(math.MinInt32)
		for i := from + 1; i < n && !clauseBreak(toks[i].Form); i++ {
			if subordinator(toks[i].Form) {
				best = -1
				break
			}
			if finiteXPOS(t.classes[out[i]].XPOS) {
				best = -1 // the clause has its verb
				break
			}
			if i+1 >= n || !t.objectFollows(toks, out, i+1) || !t.pastAfterSubject(s, toks, out, i, past) {
				continue
			}
			if gap := t.gap(s, out, i, past); gap > bestGap {
				best, bestGap = i, gap
			}
		}
		if best >= 0 {
			out[best] = past
		}
	}
}

// pastAfterSubject reports whether word i, right after a noun or a
// personal pronoun, is a past tense the tagger read as a participle or an
// adjective (see finiteCandidate): not after "its" ("its alleged support"),
// not a word the model always tags alike, not "armed" or "aged".
func (t *Tagger) pastAfterSubject(s *scratch, toks []text.Token, out []int, i, past int) bool {
	if s.fixed[i] >= 0 || english.In(english.AdjectivalParticiple, toks[i].Form) {
		return false
	}
	prev := t.classes[out[i-1]]
	switch prev.XPOS {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
	default:
		return false
	}
	return finiteCandidate(t.classes[out[i]].XPOS, prev.XPOS, toks[i].Form, toks[i-1].Form, false, past, -1, -1) == past
}

// coordinator reports a conjunction that joins clauses, not the "and" or
// "or" that also ends a list ("Bulgaria, Denmark, and Finland").
func coordinator(form string) bool {
	switch strings.ToLower(form) {
	case "but", "yet":
		return true
	}
	return false
}

// finiteXPOS reports a tag of a finite verb or a modal.
func finiteXPOS(xpos string) bool {
	return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD"
}

// verbBeforeItsClause makes a participle right after a sentence's subject
// a past tense when a clause with its own subject and finite verb follows
// it, and no finite verb comes before it: "The central bank chief
// promised/VBN this would change". The clause's verb made the tagger and
// ensureFiniteVerb take the sentence for one with its verb. A reduced
// relative ("the plan announced last week would", "officials contacted by
// Reuters said") has a time or an agent after the participle, and a name
// after a participle of naming ("a woman named Mary said") is none.
func (t *Tagger) verbBeforeItsClause(s *scratch, toks []text.Token, out []int) {
	past := t.classOf(Tag{UPOS: "VERB", XPOS: "VBD"})
	if past < 0 {
		return
	}
	for i := 1; i+2 < len(toks); i++ {
		if finiteXPOS(t.classes[out[i-1]].XPOS) || subordinator(toks[i-1].Form) {
			return // the sentence has its verb, or the word is in a clause
		}
		if english.In(english.NamingParticiple, toks[i].Form) || !t.pastAfterSubject(s, toks, out, i, past) {
			continue
		}
		if !t.subjectFollows(toks, out, i+1) {
			continue
		}
		// A subject, then a finite verb within a few words, nothing
		// setting them off. A bare noun alone is no subject there ("Any
		// opinions expressed herein are").
		from := i + 2
		switch t.classes[out[i+1]].XPOS {
		case "NN", "NNS", "JJ":
			from = i + 3
		}
		for k := from; k < len(toks) && k <= i+6; k++ {
			if clauseBreak(toks[k].Form) || subordinator(toks[k].Form) {
				break
			}
			if finiteXPOS(t.classes[out[k]].XPOS) {
				out[i] = past
				return
			}
		}
		return // only the first participle after a subject
	}
}

// subjectFollows reports whether the word at i may start the subject of a
// clause: a pronoun, a determiner, a number, a noun or an adjective, but
// not a time ("announced this week", "killed last year").
func (t *Tagger) subjectFollows(toks []text.Token, out []int, i int) bool {
	f := strings.ToLower(toks[i].Form)
	if english.In(english.TimeOpener, f) {
		return false
	}
	switch f {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december":
		return false // "a report published Wednesday said"
	case "this", "that":
		if i+1 < len(toks) && english.In(english.TimeNoun, toks[i+1].Form) {
			return false
		}
	}
	switch t.classes[out[i]].XPOS {
	case "PRP", "DT", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return false
}

// participleSetOff makes a past tense set off by commas right after a
// noun a participle when a finite verb follows the closing comma with no
// subject of its own: in "Hu, branded/VBD a turncoat on the internet, was
// seen as ..." the phrase between the commas describes the subject of
// "was seen". Only the first such phrase of a sentence is looked at.
func (t *Tagger) participleSetOff(toks []text.Token, out []int) {
	participle := t.classOf(Tag{UPOS: "VERB", XPOS: "VBN"})
	if participle < 0 {
		return
	}
	n := len(toks)
	for i := 2; i+3 < n; i++ {
		if toks[i-1].Form != "," {
			continue
		}
		if prev := t.classes[out[i-2]].UPOS; prev != "NOUN" && prev != "PROPN" || t.classes[out[i]].XPOS != "VBD" || !hasSuffixFold(toks[i].Form, "ed") && !sharedPastForm(strings.ToLower(toks[i].Form)) {
			return
		}
		for k := i + 1; k+1 < n; k++ {
			if finiteXPOS(t.classes[out[k]].XPOS) || subordinator(toks[k].Form) || clauseBreak(toks[k].Form) && toks[k].Form != "," {
				return
			}
			if toks[k].Form != "," {
				continue
			}
			j := k + 1
			for j < n && t.classes[out[j]].XPOS == "RB" {
				j++
			}
			if j < n && finiteXPOS(t.classes[out[j]].XPOS) {
				out[i] = participle
			}
			return
		}
		return
	}
}

// invertedReport makes "said" or "added" set off by commas before its
// speaker a past tense, not a participle: "The talks, said one official,
// were tense" (the speaker a noun phrase of determiners, numbers,
// adjectives and nouns up to the closing comma).
func (t *Tagger) invertedReport(toks []text.Token, out []int) {
	past := t.classOf(Tag{UPOS: "VERB", XPOS: "VBD"})
	if past < 0 {
		return
	}
	n := len(toks)
	for i := 1; i+2 < n; i++ {
		if toks[i-1].Form != "," || t.classes[out[i]].XPOS != "VBN" || !english.In(english.InvertedReport, toks[i].Form) {
			continue
		}
		k, noun := i+1, false
		for k < n {
			switch t.classes[out[k]].UPOS {
			case "DET", "NUM", "ADJ":
				k++
				continue
			case "NOUN", "PROPN":
				noun = true
				k++
				continue
			}
			break
		}
		if noun && k < n && toks[k].Form == "," {
			out[i] = past
		}
	}
}

// hopefulsAsNouns makes "hopeful" a noun where it names a candidate:
// after a modifier or a determiner, with no noun after it for it to
// modify ("Republican presidential hopeful Ted Cruz said", "a GOP
// hopeful,"); "is hopeful", "a hopeful sign" keep the adjective. The
// treebanks show the adjective only, and political news the noun often.
func (t *Tagger) hopefulsAsNouns(toks []text.Token, out []int) {
	for i := 1; i < len(toks); i++ {
		f := toks[i].Form
		plural := lower.Is(f, "hopefuls")
		if !plural && !lower.Is(f, "hopeful") {
			continue
		}
		switch t.classes[out[i-1]].XPOS {
		case "JJ", "NNP", "NNPS", "NN", "DT":
		default:
			continue
		}
		if i+1 < len(toks) {
			switch t.classes[out[i+1]].XPOS {
			case "NN", "NNS", "IN", "TO":
				continue // "a hopeful sign", "hopeful of", "hopeful that"
			}
		}
		tag := Tag{UPOS: "NOUN", XPOS: "NN"}
		if plural {
			tag.XPOS = "NNS"
		}
		if c := t.classOf(tag); c >= 0 {
			out[i] = c
		}
	}
}

// opensReportedClause reports a verb of saying at r that may take a clause
// without "that" after it.
func (t *Tagger) opensReportedClause(toks []text.Token, out []int, r int) bool {
	switch t.classes[out[r]].XPOS {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return false
	}
	if !english.In(english.ReportForm, toks[r].Form) {
		return false
	}
	// '…," said Dubai-based analyst X': the speaker follows.
	return r == 0 || toks[r-1].Form != "," && !english.ClosingQuote(toks[r-1].Form)
}

// opensAdverbialClause reports a subordinating conjunction at r ("after
// gunmen seized/VBN 18 workers", "when a judge accused/VBN").
func (t *Tagger) opensAdverbialClause(toks []text.Token, out []int, r int) bool {
	switch t.classes[out[r]].XPOS {
	case "IN", "WRB":
	default:
		return false
	}
	switch strings.ToLower(toks[r].Form) {
	case "when", "where", "after", "before", "as", "since", "until", "because", "although", "though", "while", "whereas", "unless", "if", "once", "whether":
		return true
	}
	return false
}

// clauseBreak reports a mark that ends the clause a verb of saying reports.
func clauseBreak(form string) bool {
	switch form {
	case ",", ".", ";", ":", "?", "!", "(", ")", "--", "—", "–":
		return true
	}
	return english.ClosingQuote(form) || guillemetKind(form) != "" || form == "“" || form == "``"
}

// objectFollows reports whether the word at i starts what an active verb
// takes after it (an object, a complement, a particle), not a time phrase
// or an agent ("announced last week", "issued on Monday", "led by").
func (t *Tagger) objectFollows(toks []text.Token, out []int, i int) bool {
	f := strings.ToLower(toks[i].Form)
	if english.In(english.TimeOpener, f) {
		return false
	}
	switch f {
	case "this", "by", "in", "on", "at", "for", "from", "with", "as", "during", "after", "before", "since":
		return false
	}
	switch t.classes[out[i]].XPOS {
	case "DT", "PRP$", "PRP", "CD", "NN", "NNS":
		return true
	case "RP":
		// A particle, unless an agent follows: "the unrest set off by".
		return i+1 >= len(toks) || !strings.EqualFold(toks[i+1].Form, "by")
	case "JJ", "JJR":
		// An adjective that starts a noun phrase ("reflected higher
		// costs"), not a predicative one ("funds made available under").
		if i+1 < len(toks) {
			switch t.classes[out[i+1]].XPOS {
			case "NN", "NNS", "JJ":
				return true
			}
		}
	}
	return false
}

// lastPass returns the model of the tagger's last pass and the tags of
// the pass before it that the model reads (nil for a single pass).
func (t *Tagger) lastPass(s *scratch) (*perceptron.Model, []int) {
	if t.second == nil {
		return t.first, nil
	}
	return t.second, s.pass1
}

// gap returns how far the score of class to at word i falls short of (or
// exceeds) that of its tag in out, by the last pass's model.
func (t *Tagger) gap(s *scratch, out []int, i, to int) int32 {
	m, next := t.lastPass(s)
	s.feats = extract(s.feats[:0], s.words, i, out, next)
	sc := s.scores[:len(t.classes)]
	clear(sc)
	m.ScoreWith(s.feats, s.scores, &s.work)
	return sc[to] - sc[out[i]]
}

// closingQuote reports a closing quotation mark or bracket.
func closingQuote(f string) bool { return f == ")" || english.ClosingQuote(f) }

// maxParenthetical is the most words a phrase set off by commas between a
// subject and its verb may have.
const maxParenthetical = 12

// parentheticalSubject returns the word before the comma that opens the
// phrase the comma at c closes, or -1 when no such phrase is there: the
// opening comma lies at most maxParenthetical words back, with no other
// punctuation but hyphens between.
func parentheticalSubject(toks []text.Token, c int) int {
	for j := c - 1; j >= 1 && j >= c-maxParenthetical; j-- {
		switch f := toks[j].Form; f {
		case ",":
			if j == c-1 {
				return -1
			}
			return j - 1
		case ".", ";", ":", "(", ")", "\"", "“", "”", "—", "–":
			return -1
		}
	}
	return -1
}

// finiteCandidate returns the finite verb class a word tagged xpos after a
// word tagged prevXPOS may be, or -1: a past tense in -ed read as a
// participle or adjective ("A Zimbabwean court on Tuesday freed"), or one
// of the irregular forms past tense and participle share ("Militants set
// off a car bomb"); a
// present tense read as a noun, adjective or base form after a plural
// subject ("Gunmen kidnap two engineers", "motorbikes clog the streets"),
// but not an auxiliary ("demanded steps be taken" is a subjunctive);
// a third person singular read as a plural noun after a singular subject
// ("Buffett controls 33 percent"), which a proper noun alone is taken to
// be, "oil workers" being a compound, and a singular noun too when a phrase
// set off by commas stands between (setOff: "Trump's running mate, Indiana
// Gov. Mike Pence, plans to"). Classes passed as -1 are not considered.
func finiteCandidate(xpos, prevXPOS, form, prevForm string, setOff bool, past, plural, singular int) int {
	switch {
	case past >= 0 && (xpos == "VBN" || xpos == "JJ") && len(form) > 3 && hasSuffixFold(form, "ed"):
		return past
	case !isLowerASCII(form):
		return -1
	case past >= 0 && xpos == "VBN" && sharedPastForm(form):
		return past
	case plural >= 0 && (xpos == "NN" || xpos == "JJ" || xpos == "VB") && pluralSubject(prevXPOS, prevForm) && !english.Auxiliary(strings.ToLower(form)):
		return plural
	case singular >= 0 && xpos == "NNS" && hasSuffixFold(form, "s") && (prevXPOS == "NNP" || setOff && prevXPOS == "NN"):
		return singular
	}
	return -1
}

// sharedPastForm reports whether a lowercase participle may also be an
// irregular past tense ("set", "held", "fought", "hit"): not the forms that
// are participles only, which end in -n, -ne or -me ("taken", "done",
// "become") or in -ung, -unk or -um ("sung", "drunk", "swum").
func sharedPastForm(form string) bool {
	if len(form) < 3 {
		return false
	}
	for _, suffix := range []string{"n", "ne", "me", "ung", "unk", "um"} {
		if strings.HasSuffix(form, suffix) {
			return false
		}
	}
	return true
}

// pluralSubject reports whether a word tagged xpos may be the plural subject
// of a present tense after it: a plural noun, or we or they.
func pluralSubject(xpos, form string) bool {
	switch xpos {
	case "NNS", "NNPS":
		return true
	case "PRP":
		return strings.EqualFold(form, "we") || strings.EqualFold(form, "they")
	}
	return false
}

// hasBaseVerb reports whether a word other than one after a plural subject
// is tagged as a base-form verb.
func (t *Tagger) hasBaseVerb(toks []text.Token, out []int) bool {
	for i := range toks {
		if t.classes[out[i]].XPOS != "VB" || t.infinitive(out, i) {
			continue
		}
		if i == 0 || !pluralSubject(t.classes[out[i-1]].XPOS, toks[i-1].Form) {
			return true
		}
	}
	return false
}

// infinitive reports whether the base form at i follows "to", an adverb
// between ("plans to release", "to quickly release"): it heads no
// imperative.
func (t *Tagger) infinitive(out []int, i int) bool {
	k := i - 1
	if k >= 0 && t.classes[out[k]].XPOS == "RB" {
		k--
	}
	return k >= 0 && t.classes[out[k]].XPOS == "TO"
}

// baseAfterPlural reports whether a base-form verb follows a plural subject.
func (t *Tagger) baseAfterPlural(toks []text.Token, out []int) bool {
	for i := 1; i < len(toks); i++ {
		if t.classes[out[i]].XPOS == "VB" && pluralSubject(t.classes[out[i-1]].XPOS, toks[i-1].Form) {
			return true
		}
	}
	return false
}

// isLowerASCII reports whether s is lowercase ASCII letters.
func isLowerASCII(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix,
// ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// argmaxMargin returns the best class (the first of equals) and its lead
// over the best of the others. Both are found with perceptron.FirstMax,
// vector instructions where the processor has them: the second search with
// the best class's score set aside.
func argmaxMargin(scores []int32) (int, float32) {
	if len(scores) < 2 {
		return 0, 0
	}
	best := perceptron.FirstMax(scores, 1)
	top := scores[best]
	scores[best] = math.MinInt32
	next := scores[perceptron.FirstMax(scores, 1)]
	scores[best] = top
	return best, float32(top - next)
}

func argmax[T int32 | float32](scores []T) int {
	best := 0
	for i, v := range scores {
		if v > scores[best] {
			best = i
		}
	}
	return best
}

// defaultConfident was chosen on the EWT development set: above it the
// second pass almost never changes a tag.
const defaultConfident = 1500

const magic = "PRLYTAG1"

// WriteTo writes the tagger model.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	bw := binfmt.NewWriter(cw, magic)
	bw.Uint(uint64(len(t.classes)))
	for _, c := range t.classes {
		bw.String(c.UPOS)
		bw.String(c.XPOS)
	}
	bw.Uint(uint64(len(t.known)))
	for _, f := range sortedKeys(t.known) {
		bw.String(f)
		bw.Uint(uint64(t.known[f]))
	}
	bw.Uint(uint64(len(t.amb)))
	for _, k := range sortedKeys(t.amb) {
		bw.Uint(k)
		bw.Uint(t.amb[k])
	}
	if t.second != nil {
		bw.Uint(2)
	} else {
		bw.Uint(1)
	}
	for _, m := range []*perceptron.Model{t.first, t.second} {
		if m == nil {
			continue
		}
		if _, err := m.WriteTo(bw); err != nil {
			return cw.n, fmt.Errorf("write tagger model: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("write tagger model: %w", err)
	}
	return cw.n, nil
}

// Read reads a tagger model written by WriteTo.
func Read(r io.Reader) (*Tagger, error) {
	br, err := binfmt.NewReader(r, magic)
	if err != nil {
		return nil, fmt.Errorf("read tagger model: %w", err)
	}
	t := &Tagger{}
	nc := br.Len(1 << 12)
	for i := 0; i < nc; i++ {
		t.classes = append(t.classes, Tag{UPOS: br.String(), XPOS: br.String()})
	}
	nk := br.Len(1 << 24)
	t.known = make(map[string]int, min(nk, 1<<16))
	for i := 0; i < nk && br.Err() == nil; i++ {
		f := br.String()
		c := br.Len(nc - 1)
		t.known[f] = c
	}
	na := br.Len(1 << 26)
	t.amb = make(map[uint64]uint64, min(na, 1<<16))
	for i := 0; i < na && br.Err() == nil; i++ {
		k := br.Uint()
		t.amb[k] = br.Uint()
	}
	passes := br.Len(2)
	if err := br.Err(); err != nil {
		return nil, fmt.Errorf("read tagger model: %w", err)
	}
	if nc == 0 || passes == 0 {
		return nil, fmt.Errorf("read tagger model: %w: no classes or passes", binfmt.ErrFormat)
	}
	models := make([]*perceptron.Model, passes)
	for i := range models {
		m, err := perceptron.ReadModel(br.Underlying())
		if err != nil {
			return nil, fmt.Errorf("read tagger model pass %d: %w", i+1, err)
		}
		if m.Classes() != nc {
			return nil, fmt.Errorf("read tagger model pass %d: %w: %d classes, want %d", i+1, binfmt.ErrFormat, m.Classes(), nc)
		}
		models[i] = m
	}
	t.first = models[0]
	t.index = make(map[Tag]int, nc)
	for c, tag := range t.classes {
		if _, ok := t.index[tag]; !ok {
			t.index[tag] = c
		}
	}
	t.confident = defaultConfident
	if passes == 2 {
		t.second = models[1]
	}
	return t, nil
}

// classOf returns the number of class tag, or -1 when the model has none.
func (t *Tagger) classOf(tag Tag) int {
	if t.index == nil {
		return slices.Index(t.classes, tag)
	}
	if c, ok := t.index[tag]; ok {
		return c
	}
	return -1
}

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Prune returns a copy of the tagger without weights smaller than
// minWeight, trading a little accuracy for size and speed.
func (t *Tagger) Prune(minWeight float32) *Tagger {
	p := &Tagger{classes: t.classes, index: t.index, known: t.known, amb: t.amb, first: t.first.Prune(minWeight), confident: t.confident}
	if t.second != nil {
		p.second = t.second.Prune(minWeight)
	}
	return p
}
