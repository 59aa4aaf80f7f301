// Package event codes political events (CAMEO and PLOVER) from parsed,
// actor-resolved documents with a dictionary of dependency patterns.
package event

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/parleyproject/parley/ontology"
	"github.com/parleyproject/parley/text"
)

// Coder codes events. It is read-only and safe for concurrent use.
type Coder struct {
	dict *Dictionary
	onto *ontology.Ontology
	lex  *Lexicon
	opts Options
	// views recycles sentence views (their buffers) between documents.
	views sync.Pool
}

// Options change what the coder emits.
type Options struct {
	// RequireSource drops events whose source is not resolved to an actor
	// code (the legacy coders' behaviour). By default such events are kept
	// with the source phrase and an empty code, as GDELT does: the event is
	// real even when its source is not in the dictionaries ("a car bomb
	// killed ten people").
	RequireSource bool
	// RequireTarget drops events without a resolved target.
	RequireTarget bool
}

// New returns a coder over a dictionary, an ontology and a modality
// lexicon. A lexicon without speech-act forms (ParseLexicon alone) codes
// announced, refused, asked-for and demanded events with their own code and
// a non-asserted modality.
func New(dict *Dictionary, onto *ontology.Ontology, lex *Lexicon, opts Options) *Coder {
	return &Coder{dict: dict, onto: onto, lex: lex, opts: opts}
}

// Code codes every sentence of doc and sets doc.Events. The document must be
// parsed and its actor mentions resolved.
func (c *Coder) Code(ctx context.Context, doc *text.Document) error {
	_, err := c.code(ctx, doc, false)
	return err
}

// candidate is a matched anchor on its way to becoming events.
type candidate struct {
	m      match
	isNoun bool
	fr     frame
	// code and modality are the coded result after the speech-act form
	// (transformed is then true).
	code        string
	modality    text.Modality
	transformed bool
	dropped     string // reason the candidate was dropped, or ""
	// partOf is the event a nesting rule dropped this one as part of: if
	// that one codes nothing in the end, this one is coded after all.
	partOf *candidate
	// codedNothing says emit was called for it and coded no event.
	codedNothing bool
}

func (c *Coder) code(ctx context.Context, doc *text.Document, explain bool) ([]sentenceTrace, error) {
	doc.Events = doc.Events[:0]
	bySent := make([][]int, len(doc.Sentences))
	for i, m := range doc.Mentions {
		if m.Sentence >= 0 && m.Sentence < len(bySent) {
			bySent[m.Sentence] = append(bySent[m.Sentence], i)
		}
	}
	var traces []sentenceTrace
	v, _ := c.views.Get().(*sentence)
	if v == nil {
		v = &sentence{}
	}
	v.lex = c.lex
	defer func() {
		v.doc = nil // do not keep the document alive
		c.views.Put(v)
	}()
	docDiscard := ""
	if len(c.dict.docDiscards) > 0 {
		docDiscard = c.documentDiscard(doc)
	}
	for si := range doc.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return traces, err
			}
		}
		s := doc.Sentences[si]
		if s.Start < 0 || s.End > len(doc.Tokens) || s.Start >= s.End {
			continue
		}
		v.load(doc, si, bySent, c.dict)
		var tr *sentenceTrace
		if explain {
			traces = append(traces, sentenceTrace{index: si, repaired: v.repaired})
			tr = &traces[len(traces)-1]
		}
		discard := docDiscard
		if discard == "" && len(c.dict.discards) > 0 {
			discard = discardIn(v.lower[:v.n], c.dict.discards)
		}
		if discard == "" && inCapitals(doc.SpanText(s.Span)) && strings.ContainsFunc(doc.Text, unicode.IsLower) {
			// "EXXON STRIKES BACK", "AID AGENCY ATTACKED": a heading in
			// capitals, which the language core cannot read as a sentence
			// (a text all in capitals is read as it is).
			discard = "(a heading in capitals)"
		}
		if discard != "" {
			if tr != nil {
				tr.discarded = discard
			}
			continue
		}
		c.codeSentence(v, tr)
	}
	return traces, nil
}

// inCapitals reports whether s has two or more words with letters and no
// lowercase letter.
func inCapitals(s string) bool {
	words, inWord, letters := 0, false, false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters = true
			if !inWord {
				words++
			}
			inWord = true
		case unicode.IsSpace(r):
			inWord = false
		}
	}
	return letters && words >= 2
}

// discardIn returns the first discard phrase found in words, or "".
func discardIn(words []string, index map[string][][]string) string {
	for i, w := range words {
		for _, ph := range index[w] {
			if i+len(ph) > len(words) {
				continue
			}
			ok := true
			for k := 1; k < len(ph); k++ {
				if words[i+k] != ph[k] {
					ok = false
					break
				}
			}
			if ok {
				return strings.Join(ph, " ")
			}
		}
	}
	return ""
}

// documentDiscard returns a document-discard phrase the document holds,
// or "".
func (c *Coder) documentDiscard(doc *text.Document) string {
	words := make([]string, 0, 64)
	for si := range doc.Sentences {
		s := doc.Sentences[si]
		if s.Start < 0 || s.End > len(doc.Tokens) || s.Start >= s.End {
			continue
		}
		words = words[:0]
		for i := s.Start; i < s.End; i++ {
			words = append(words, lowerASCII(doc.Tokens[i].Form))
		}
		if ph := discardIn(words, c.dict.docDiscards); ph != "" {
			return ph
		}
	}
	return ""
}

func (c *Coder) codeSentence(v *sentence, tr *sentenceTrace) {
	var cands []*candidate
	// voided are the words that patterns coding no event matched.
	type voidedWord struct {
		token int
		rule  string
	}
	var voided []voidedWord
	for a := 0; a < v.n; a++ {
		groups, key, isNoun := c.anchorGroups(v, a)
		if len(groups) == 0 {
			continue
		}
		if !isNoun && (v.urel[a] == "amod" || v.urel[a] == "compound") {
			continue // "the exiled leaders", "the jailed mayor": a state, not an event
		}
		if v.urel[a] == "fixed" {
			continue // "as opposed to", "according to": a function word of many
		}
		if v.insideActorPhrase(a) {
			continue // "Asia-Pacific Economic Cooperation", "aid workers"
		}
		var at *anchorTrace
		if tr != nil {
			tr.anchors = append(tr.anchors, anchorTrace{token: a})
			at = &tr.anchors[len(tr.anchors)-1]
		}
		m, ok := c.matchAnchor(v, a, key, groups, at)
		if !ok {
			if at != nil {
				at.result = "no pattern matched"
			}
			continue
		}
		if m.code == "012" && c.warnsOfOwnAct(v, a) {
			// "warned that Britain would block it unless ...",
			// "'Determined action will be taken,' he warned": a
			// warning of what the warner will do is a threat.
			m.code, m.rule = "130", m.rule+"+threat"
		}
		if rootOf(m.code) == "15" && c.helpPurpose(v, a) {
			// "sent troops to Mali to help the army", "the deployment
			// of troops on a peacekeeping mission": a deployment for
			// someone's sake protects, it threatens no one.
			if code, ok := c.lex.sole(classHelpCode); ok {
				m.code, m.rule = code, m.rule+"+help"
			}
		}
		if m.code == "---" && m.reverse == "" {
			if at != nil {
				at.result = "matched " + m.rule + ", which codes no event"
			}
			// The words of such a pattern of a verb are not events of
			// their own either: "took charge of" accuses no one. A noun's
			// pattern that codes nothing ("war games" for "war") says
			// nothing of the other words' own events.
			for _, u := range m.used {
				if u != a && !isNoun {
					voided = append(voided, voidedWord{u, m.rule})
				}
			}
			continue
		}
		if !isNoun && m.specificity == 0 && v.inClass(c.lex, classNamingVerb, a) && c.namesObject(v, a) {
			// "what the US calls rogue states", "called Putin a genius":
			// naming someone is no phone call; only a pattern with words
			// ("called him a liar") codes it.
			if at != nil {
				at.result = "matched " + m.rule + ", but the verb names its object (naming-verb)"
			}
			continue
		}
		if isNoun && c.standingState(v, a, m.code) {
			// "Japan already has free trade pacts with Chile and Mexico":
			// what one has was agreed before, not now.
			if at != nil {
				at.result = "matched " + m.rule + ", the object of " + v.lower[v.head[a]] + ": a state, not an event (state-verb)"
			}
			continue
		}
		cd := &candidate{m: m, isNoun: isNoun}
		cd.fr = c.frameOf(v, a, isNoun, m.used)
		if m.group.legacy {
			// A legacy pattern says all about modality ("WILL NOT *").
			cd.fr.modality, cd.fr.kind, cd.fr.why = text.Asserted, noTransform, ""
		}
		c.applyFrame(cd)
		cands = append(cands, cd)
		if at != nil {
			at.result = "matched " + m.rule + " → " + m.code
			at.cand = cd
		}
	}
	for _, cd := range cands {
		for _, w := range voided {
			if w.token == cd.m.anchor && cd.dropped == "" {
				cd.dropped = "part of " + w.rule + ", which codes no event"
			}
		}
	}
	c.takeNounKinds(v, cands)
	c.liftIntents(v, cands)
	c.resolveNesting(v, cands)
	group := 0
	emit := func(cd *candidate) {
		if c.emit(v, cd, group) > 0 {
			group++
			return
		}
		cd.codedNothing = true
		if cd.dropped == "" {
			cd.dropped = "no participants"
		}
	}
	for _, cd := range cands {
		if cd.dropped == "" {
			emit(cd)
		}
	}
	// An event dropped as part of another that coded nothing (no actor on
	// either side, no participants) is coded on its own: in "six were
	// killed when Boko Haram ambushed the convoy" the ambush names who
	// attacked whom; a statement whose content codes nothing is a
	// statement ("the judge said that granting the request will lead to a
	// breach").
	for _, cd := range cands {
		if o := cd.partOf; o != nil && o.codedNothing {
			if cd.code == "010" && codedBesides(cands) != nil {
				// A bare statement still adds nothing to a sentence that
				// codes something else ("rejected the demands, arguing
				// that …").
				continue
			}
			cd.dropped, cd.partOf = "", nil
			emit(cd)
		}
	}
}

// insideName reports whether proper noun a is a word inside a name, before
// its head ("the Joint Strike Fighter", "the Peace Corps"): a word of a name
// is no event. The head of a name may be one ("the G20 Summit").
func (v *sentence) insideName(a int) bool {
	h := v.head[a]
	return v.upos[a] == "PROPN" && v.urel[a] == "compound" && h > a && v.upos[h] == "PROPN"
}

// anchorGroups returns the pattern groups anchored at token a, the word
// they are indexed by, and whether they are noun groups. Tagging errors are
// tolerated: a word heading a clause is tried as a verb whatever its tag
// ("Talks stalled"), and a verb in a nominal function as a noun.
func (c *Coder) anchorGroups(v *sentence, a int) ([]*group, string, bool) {
	if v.hyphenModifier(a) || v.insideName(a) || c.monthName(v, a) {
		return nil, "", false
	}
	switch v.upos[a] {
	case "VERB":
		if gs, key := c.lookup(false, v, a); len(gs) > 0 {
			return gs, key, false
		}
		switch v.urel[a] {
		case "obj", "nsubj", "obl", "nmod", "iobj":
			gs, key := c.lookup(true, v, a)
			return gs, key, true
		}
		return nil, "", false
	case "NOUN", "PROPN":
		if v.tok(a).XPOS == "NN" && v.inClass(c.lex, classBareMass, a) && v.childUniversal(a, "det", "nmod:poss") < 0 {
			// "as demand from China stretched supply": the market's demand.
			return nil, "", false
		}
		if v.childUniversal(a, "nsubj") >= 0 && v.childUniversal(a, "cop") < 0 {
			if gs, key := c.lookup(false, v, a); len(gs) > 0 {
				return gs, key, false
			}
		}
		gs, key := c.lookup(true, v, a)
		return gs, key, true
	case "ADJ":
		if v.inClass(c.lex, classVerbOnly, a) {
			return nil, "", false // "Tripoli is free of his rule"
		}
		if v.isVerbal(a) || v.urel[a] == "xcomp" || v.urel[a] == "root" {
			gs, key := c.lookup(false, v, a)
			return gs, key, false
		}
		return nil, "", false
	}
	if v.isVerbal(a) && v.upos[a] != "ADV" || v.upos[a] == "X" && v.childUniversal(a, "nsubj") >= 0 {
		// A word the tagger could not place but that has a subject heads
		// a clause ("The United States cut/X aid to Egypt"); an adverb
		// after a copula is no verb ("the workers will be back").
		gs, key := c.lookup(false, v, a)
		return gs, key, false
	}
	return nil, "", false
}

// monthName reports whether token a is a capitalised name of a month or
// day used as a time ("the emergency declared March 27", "in March"): no
// protest march. At the start of a sentence a capital says nothing, and a
// number must follow.
func (c *Coder) monthName(v *sentence, a int) bool {
	f := v.tok(a).Form
	if f == v.lower[a] || !c.lex.has(classTimeWord, v.lower[a]) {
		return false
	}
	if a > 0 {
		return true
	}
	return a+1 < v.n && v.upos[a+1] == "NUM"
}

// hyphenModifier reports whether token a ends a hyphenated modifier of a
// noun after it ("crisis-struck Greece", "its best-selling jet"): part of
// an adjective, no verb of its own.
func (v *sentence) hyphenModifier(a int) bool {
	if a < 2 || v.tok(a-1).Form != "-" || !v.joinsNeighbours(a-1) {
		return false
	}
	if h := v.head[a]; h > a && (v.upos[h] == "NOUN" || v.upos[h] == "PROPN") {
		return true
	}
	// The parser may make the participle a verb taking the noun (after a
	// number: "best-selling 737 jet") as object.
	x := v.tok(a).XPOS
	n := a + 1
	for n < v.n && v.upos[n] == "NUM" {
		n++
	}
	return (x == "VBN" || x == "VBG") && n < v.n && (v.upos[n] == "NOUN" || v.upos[n] == "PROPN")
}

// lookup finds the noun or verb groups of token a by lemma, form,
// hyphenated compound or a regular inflection of an anchor the lemmatizer
// missed, and returns the anchor word that found them. The sentence's
// vocab holds what the dictionary has of the first three.
func (c *Coder) lookup(nouns bool, v *sentence, a int) ([]*group, string) {
	index := c.dict.verbs
	if nouns {
		index = c.dict.nouns
	}
	lemma, lower, joined := v.vocab[a][0], v.vocab[a][1], v.vocab[a][2]
	// A legacy dictionary lists inflected forms as verbs of their own
	// ("LEFT [032:033]" beside "LEAVE [012]"): the form comes first.
	if w := v.lower[a]; w != v.lemma[a] {
		if gs := lower.groups(nouns); len(gs) > 0 && gs[0].legacy {
			return gs, w
		}
	}
	if gs := lemma.groups(nouns); len(gs) > 0 {
		return gs, v.lemma[a]
	}
	if gs := lower.groups(nouns); len(gs) > 0 {
		return gs, v.lower[a]
	}
	if j := v.joined[a]; j != "" {
		if gs := joined.groups(nouns); len(gs) > 0 {
			return gs, j
		}
	}
	if base, ok := lower.form(nouns); ok && !v.bareIngAdjective(a) {
		return index[base], base
	}
	// "re-examine", "re-impose": the verb after a prefix.
	if w := v.lemma[a]; strings.HasPrefix(w, "re-") {
		if gs := index[w[3:]]; len(gs) > 0 {
			return gs, w[3:]
		}
	}
	return nil, ""
}

// namesObject reports whether naming verb a predicates a noun or an
// adjective of its object ("called Putin a genius", "called the response
// hasty"), also where the parser made the noun a bare oblique after the
// object, or of the noun its participle modifies ("a group called the
// Islamic State"); a bare time noun is when, not what ("called Putin last
// week").
func (c *Coder) namesObject(v *sentence, a int) bool {
	if v.predicateNominal(a) >= 0 {
		return true
	}
	if v.rel[a] == "acl" && v.agent(a) < 0 {
		// "a tourist attraction called the Mongol Village", "a group
		// called the Islamic State": the participle names its noun.
		return true
	}
	o := v.childUniversal(a, "obj")
	if o < 0 {
		return false
	}
	for _, k := range v.kids[a] {
		if k > o && v.rel[k] == "obl:unmarked" && (v.upos[k] == "NOUN" || v.upos[k] == "PROPN") && !c.isTime(v, k) {
			return true
		}
	}
	return c.objectGapRelative(v, a) || v.predicateAfterObject(o)
}

// objectGapRelative reports whether relative clause a, which has a subject
// and an object of its own and no relative word, relativizes its object's
// predicate: "what he calls U.S. imperialism", "the land we call Australia".
// A time noun is when the clause happened ("the day we called the police").
func (c *Coder) objectGapRelative(v *sentence, a int) bool {
	h := v.head[a]
	if v.rel[a] != "acl:relcl" || h < 0 || c.isTime(v, h) || v.childUniversal(a, "nsubj") < 0 {
		return false
	}
	for _, k := range v.kids[a] {
		switch v.tok(k).XPOS {
		case "WDT", "WP", "WP$", "WRB":
			return false // "a president who calls 50 ambassadors"
		}
	}
	return true
}

// predicateAfterObject reports whether object o is followed by what can only
// be its predicate: a quoted phrase right after it ("called the decision
// “ill-informed”") or a noun the parser made its conjunct with no
// coordinator or comma, or its apposition without one ("calls Castro his
// mentor").
func (v *sentence) predicateAfterObject(o int) bool {
	_, hi := v.phrase(o)
	if q := hi + 1; q+1 < v.n && isOpeningQuote(v.tok(q).Form) && v.head[q] > q && quotedPredicate(v.tok(q+1)) {
		return true
	}
	for _, k := range v.kids[o] {
		if v.urel[k] != "conj" && v.urel[k] != "appos" || v.upos[k] != "NOUN" && v.upos[k] != "ADJ" {
			continue
		}
		joined := false
		for _, j := range v.kids[k] {
			if j < k && (v.urel[j] == "cc" || v.urel[j] == "punct") {
				joined = true
			}
		}
		if !joined && k > hi && !v.isVerbal(k) {
			return true
		}
	}
	return false
}

// quotedPredicate reports whether t, opening a quote after an object, can
// start a predicate of it: not a clause ("told him “we will”"), an
// infinitive or a pronoun; a participle can ("called it “ill-informed”").
func quotedPredicate(t *text.Token) bool {
	switch t.UPOS {
	case "AUX", "PRON", "PART", "PUNCT":
		return false
	case "VERB":
		return t.XPOS == "VBN" || t.XPOS == "VBG"
	}
	return true
}

// isOpeningQuote reports whether s is a quotation mark that can open a quote
// (a straight one opens when it hangs on what follows it).
func isOpeningQuote(s string) bool {
	switch s {
	case "\"", "“", "'", "‘", "``":
		return true
	}
	return false
}

// insideActorPhrase reports whether token a is a noun or adjective of a
// phrase that names an actor, other than the head of a phrase known only by
// sector: a name ("Asia-Pacific Economic Cooperation", "Rapid Support
// Forces") or the modifier of an agent noun ("aid workers", "riot police")
// names, it does not report an event. (Verbs are left: a mention's span may
// run over a clause the parser hung inside it.)
func (v *sentence) insideActorPhrase(a int) bool {
	mi := v.mention[a]
	if mi < 0 || v.upos[a] == "AUX" {
		return false
	}
	m := v.doc.Mentions[mi]
	if v.upos[a] == "VERB" {
		// A participle that opens a name's phrase, with no auxiliary or
		// subject of its own, describes the one named ("retired Justice
		// John Paul Stevens", "alleged gangsters"), whatever the parser
		// hung it on.
		return v.start+a == m.Start && m.End-m.Start > 1 && v.tok(a).XPOS == "VBN" &&
			v.childUniversal(a, "aux", "nsubj") < 0 // "have deposed Gaddafi" is the act
	}
	for _, act := range m.Actors {
		if act.Kind != text.KindSector {
			return true // a name, even of one word ("Royal Dutch Shell, Shell and BP")
		}
	}
	return m.End-m.Start > 1 && v.start+a != m.Head
}

// bareIngAdjective reports whether token a is an adjective in -ing without
// an object or complement, which means something of its own ("the package
// was encouraging", "a promising start"), unlike a verb the tagger took for
// an adjective ("are promising to block", "welcoming the investment").
func (v *sentence) bareIngAdjective(a int) bool {
	if v.upos[a] != "ADJ" || !strings.HasSuffix(v.lower[a], "ing") {
		return false
	}
	for _, rel := range []string{"obj", "xcomp", "ccomp", "obl"} {
		if v.childUniversal(a, rel) >= 0 {
			return false
		}
	}
	return true
}

// applyFrame sets the candidate's code and modality from its frame: the
// speech-act form of its code when one applies, else its own code with the
// frame's modality.
func (c *Coder) applyFrame(cd *candidate) {
	cd.code, cd.modality = cd.m.code, cd.fr.modality
	if cd.fr.sent && cd.modality == text.Asserted && c.lex.hasCode(classViolence, cd.m.code) {
		cd.modality = text.Hypothetical // "sent troops to Lebanon to attack Hezbollah"
	}
	k := cd.fr.kind
	if k == noTransform {
		return
	}
	if f := c.lex.form(cd.m.code, k); f != "" {
		if k == allegeForm && cd.fr.selfClaim {
			f = "015"
		}
		cd.code, cd.modality, cd.transformed = f, text.Asserted, true
		return
	}
	// An event that already is the speech act ("promised to offer
	// mediation", 039) keeps its code; but to refuse a rejection is not to
	// reject ("will not ignore the moves", "refused to veto").
	if k == refuseForm && rootOf(cd.m.code) == speechActRoot(k) {
		cd.modality = text.Negated
		return
	}
	if rootOf(cd.m.code) == speechActRoot(k) || k == intentForm && rootOf(cd.m.code) == "13" {
		cd.modality = text.Asserted
		return
	}
	cd.modality = fallbackModality(k)
}

func speechActRoot(k transformKind) string {
	switch k {
	case intentForm:
		return "03"
	case refuseForm:
		return "12"
	case appealForm:
		return "02"
	case demandForm:
		return "10"
	case allegeForm:
		return "11"
	}
	return ""
}

// liftIntents codes an intention that is itself asked for, demanded or
// refused as that appeal, demand or refusal of its content: "urged Israel
// to agree to a ceasefire" appeals for the ceasefire (0256, from the one
// who urges to Israel); it is no intention of Israel's (0356). The verb of
// intention is then part of the event.
func (c *Coder) liftIntents(v *sentence, cands []*candidate) {
	for _, cd := range cands {
		if cd.dropped != "" || cd.fr.kind != intentForm || cd.fr.governor < 0 {
			continue
		}
		for _, o := range cands {
			if o == cd || o.m.anchor != cd.fr.governor || o.dropped != "" || o.fr.governor < 0 || slices.Contains(o.m.used, cd.m.anchor) {
				continue // "urged Germany to promise aid": promising aid is the pattern's event
			}
			switch o.fr.kind {
			case appealForm, demandForm, refuseForm:
			default:
				continue
			}
			cd.fr = o.fr
			c.applyFrame(cd)
			o.dropped = fmt.Sprintf("its content is coded as the %s %s of %q", cd.fr.kind, cd.code, v.lower[cd.m.anchor])
			break
		}
	}
}

// takeNounKinds gives a support verb's event the kind its event noun's
// modifiers name: "launched a political attack on Georgia" criticises
// Georgia (111) as "the political attack on Georgia" does, where the verb's
// pattern ("launch &attack on +") codes what any attack is (190). Only a
// verb event whose code is the one the noun has without its kind takes the
// kind: "condemned the terror attack" stays a condemnation.
func (c *Coder) takeNounKinds(v *sentence, cands []*candidate) {
	for _, cd := range cands {
		if cd.isNoun || !v.inClass(c.lex, classSupportVerb, cd.m.anchor) {
			continue
		}
		for _, o := range cands {
			if !o.isNoun || o.m.plainCode == "" || o.m.code == o.m.plainCode || cd.m.code != o.m.plainCode ||
				o.m.anchor == cd.m.anchor || !slices.Contains(cd.m.used, o.m.anchor) {
				continue
			}
			cd.m.code, cd.m.reverse = o.m.code, o.m.reverse
			cd.m.rule += "+" + o.m.kindID
			cd.transformed = false
			c.applyFrame(cd)
			break
		}
	}
}

// presentRelative reports whether verb a heads a relative clause in the
// present tense whose subject is someone other than the noun it modifies
// ("Iran, which the US accuses of sponsoring terrorism"): what someone
// else does now is an event of its own, not background.
func (v *sentence) presentRelative(a int) bool {
	if v.rel[a] != "acl:relcl" {
		return false
	}
	switch v.tok(a).XPOS {
	case "VBZ", "VBP":
	case "NNS": // a verb the tagger read as a plural noun ("which the US accuses")
	default:
		return false
	}
	s := v.childExact(a, "nsubj")
	return s >= 0 && v.antecedentOfRelative(s) == s
}

// resolveNesting drops candidates whose anchor another pattern used,
// governing verbs whose complement was coded in their speech-act form,
// statements whose content yields a more specific event ("X said Y
// attacked Z" codes only the attack) and noun events a verb event already
// codes.
func (c *Coder) resolveNesting(v *sentence, cands []*candidate) {
	usedBy := map[int]*candidate{}
	for _, cd := range cands {
		for _, t := range cd.m.used {
			if t != cd.m.anchor {
				usedBy[t] = cd
			}
		}
	}
	for _, cd := range cands {
		if by, ok := usedBy[cd.m.anchor]; ok && by != cd {
			cd.dropped = "part of " + by.m.rule
		}
	}
	for _, cd := range cands {
		if cd.dropped != "" || !cd.transformed || cd.fr.governor < 0 {
			continue
		}
		if cd.fr.kind == allegeForm && v.inClass(c.lex, classPunishGov, cd.fr.governor) {
			continue // "arrested X for spying": an arrest, and the charge
		}
		for _, o := range cands {
			if o != cd && o.m.anchor == cd.fr.governor && o.dropped == "" {
				o.dropped = fmt.Sprintf("coded as the %s %s of %q", cd.fr.kind, cd.code, v.lower[cd.m.anchor])
			}
		}
	}
	for _, cd := range cands {
		if cd.dropped != "" || cd.code != "010" {
			continue
		}
		for _, o := range cands {
			if o == cd || o.dropped != "" || o.code == "010" {
				continue
			}
			if v.inComplement(cd.m.anchor, o.m.anchor) && (o.modality == text.Asserted || o.transformed) {
				cd.dropped = "the statement's content is coded as " + o.code
				cd.partOf = o // the statement, if the content names no one
				break
			}
		}
	}
	// An event in the purpose or complement clause of an event of the same
	// kind is part of it ("met to discuss", "attacked, killing ten"), not
	// one with a subject of its own ("as Hamas fighters fought back").
	for _, cd := range cands {
		if cd.dropped != "" {
			continue
		}
		part := c.lex.hasCode(classPurposePart, cd.code)
		for _, o := range cands {
			// Support in the purpose clause of material help is that
			// help's purpose ("provided $1.7 billion to support Syrian
			// refugees").
			purpose := part && c.lex.hasCode(classPurposeHost, o.code)
			if o == cd || o.dropped != "" || rootOf(o.code) != rootOf(cd.code) && !purpose || !coded(o) {
				continue
			}
			if h := v.head[cd.m.anchor]; h == o.m.anchor && (v.urel[cd.m.anchor] == "advcl" && !v.hasOwnSubject(cd.m.anchor) || v.urel[cd.m.anchor] == "xcomp") {
				cd.dropped = "part of the event of " + v.lower[o.m.anchor] + " (" + o.code + ")"
				cd.partOf = o
				if q, _ := ontology.QuadClassOf(rootOf(o.code)); o.m.target < 0 && (purpose || q == ontology.MaterialConflict) {
					// Whom the help is for is whom it supports, when the
					// help's own object is a sum or a thing; whom force
					// strikes is its target ("rebels attacked on Sunday,
					// killing five soldiers", "fired tear gas to disperse
					// the protesters"). A statement's content is no target.
					if t := v.object(cd.m.anchor); t >= 0 && v.actorMention(t) >= 0 {
						if ho := v.object(o.m.anchor); ho < 0 || v.actorMention(ho) < 0 {
							o.m.target = t
						}
					}
				}
				break
			}
		}
	}
	// A noun event inside another event's clause is its background or its
	// object ("condemned the attack on X", "arrested suspects in the
	// bombing"): the governing event is the one reported.
	for _, cd := range cands {
		if cd.dropped != "" || !cd.isNoun {
			continue
		}
		for _, o := range cands {
			if o == cd || o.dropped != "" || o.code == "010" || !coded(o) {
				continue
			}
			if v.head[cd.m.anchor] == o.m.anchor && v.urel[cd.m.anchor] == "nsubj" && v.inClass(c.lex, classCauseVerb, o.m.anchor) {
				// "China's support for Russia worries Europe", "the arrest
				// angered his supporters": the cause is an event of its own.
				continue
			}
			if v.dominates(o.m.anchor, cd.m.anchor) {
				cd.dropped = "inside the event of " + v.lower[o.m.anchor] + " (" + o.code + ")"
				if v.head[cd.m.anchor] == o.m.anchor && v.urel[cd.m.anchor] == "nsubj" {
					cd.partOf = o // "a suicide attack ... killed eight people": the attack, if the killing names no one
				}
				break
			}
		}
	}
	// An event in a relative clause of another event's participant is
	// background ("freed a journalist who had been sentenced"), unless the
	// clause tells what someone does now, itself or as the allegation it
	// makes ("Iran, which the United States accuses of sponsoring terrorism").
	for _, cd := range cands {
		if cd.dropped != "" || !v.inRelative(cd.m.anchor) || c.documentContent(v, cd.m.anchor) {
			continue
		}
		if !cd.isNoun && (v.presentRelative(cd.m.anchor) || cd.fr.kind == allegeForm && cd.fr.governor >= 0 && v.presentRelative(cd.fr.governor)) {
			continue
		}
		for _, o := range cands {
			if o.m.anchor == cd.fr.governor && cd.fr.kind == allegeForm {
				continue // "arrested the man for attacking": the reason o alleges
			}
			if t := v.relativeClause(cd.m.anchor); v.head[t] == o.m.anchor && c.settingRelative(v, t) {
				// "paid a visit, during which he met the crown prince", "the
				// siege in which four staff were killed": a clause on the
				// event noun's time or place tells part of the event.
				continue
			}
			if o != cd && o.dropped == "" && o.code != "010" && coded(o) && v.dominates(o.m.anchor, cd.m.anchor) {
				cd.dropped = "background to the event of " + v.lower[o.m.anchor] + " (" + o.code + ")"
				break
			}
		}
	}
	// A statement that an actor must or should do something is a demand or
	// an appeal to it even when what is to be done codes nothing ("said the
	// government must ensure security"); not when no actor is asked ("the
	// war's end should boost sales") or the speakers ask themselves ("we
	// must act").
	for _, cd := range cands {
		if cd.dropped != "" || cd.code != "010" {
			continue
		}
		for _, k := range v.kids[cd.m.anchor] {
			if v.urel[k] != "ccomp" {
				continue
			}
			own := c.marks(v, k, nil)
			if own.negated || !own.demand && !own.appeal {
				continue
			}
			s := v.childUniversal(k, "nsubj", "nsubj:pass")
			if s < 0 || v.mentionFor(s) < 0 || c.lex.has(classFirstPerson, v.lower[s]) {
				continue
			}
			cd.code = "020"
			if own.demand {
				cd.code = "100"
			}
			cd.m.target = s
			break
		}
	}
	// A bare statement ("X said", 010) adds nothing to a sentence that
	// codes something else.
	for _, cd := range cands {
		if cd.dropped != "" || cd.code != "010" {
			continue
		}
		if o := codedBesides(cands); o != nil {
			cd.dropped = "the sentence codes " + o.code
		}
	}
}

// codedBesides returns a candidate that codes an asserted event other than
// a bare statement (010) and is kept, or nil.
func codedBesides(cands []*candidate) *candidate {
	for _, o := range cands {
		if o.code != "010" && o.dropped == "" && !o.codedNothing && coded(o) {
			return o
		}
	}
	return nil
}

// inRelative reports whether the clause of a modifies a noun (a relative
// or participial clause).
func (v *sentence) inRelative(a int) bool {
	t := v.relativeClause(a)
	return v.urel[t] == "acl" && v.head[t] >= 0 && (v.upos[v.head[t]] == "NOUN" || v.upos[v.head[t]] == "PROPN" || v.upos[v.head[t]] == "PRON")
}

// settingRelative reports whether relative clause t is attached through a
// time or place: a relative pronoun of class setting-relative under a
// preposition ("during which", "in which") or a relative adverb of it
// ("where", "when", "wherein").
func (c *Coder) settingRelative(v *sentence, t int) bool {
	if v.rel[t] != "acl:relcl" {
		return false
	}
	for _, k := range v.kids[t] {
		if !v.inClass(c.lex, classSettingRel, k) {
			continue
		}
		if v.upos[k] == "PRON" && v.childUniversal(k, "case") >= 0 || v.urel[k] == "advmod" {
			return true
		}
	}
	return false
}

// documentContent reports whether a lies in a clause that says what a
// document says ("approved a resolution criticizing Nicaragua", "a letter
// that threatened to cut funding"): what its issuer does, not background.
func (c *Coder) documentContent(v *sentence, a int) bool {
	t := v.relativeClause(a)
	return v.urel[t] == "acl" && v.head[t] >= 0 && c.issuer(v, v.head[t]) >= 0
}

// relativeClause returns the head of the clause that a's clause belongs to
// through coordination, control and adverbial clauses: the relative clause
// when a is in one.
func (v *sentence) relativeClause(a int) int {
	t := a
	for steps := 0; steps <= v.n && v.head[t] >= 0; steps++ {
		switch v.urel[t] {
		case "conj", "xcomp", "advcl":
			t = v.head[t] // "protesters who had gathered to oppose the war"
			continue
		}
		break
	}
	return t
}

// inComplement reports whether b lies in a clause that complements a (its
// content: "said that ...", "said: ...", "... , he said").
func (v *sentence) inComplement(a, b int) bool {
	if v.head[a] == b && (v.urel[a] == "parataxis" || v.urel[a] == "ccomp") {
		return true // "X attacked Y, Z said"
	}
	for steps, t := 0, b; t >= 0 && steps <= v.n; steps++ {
		h := v.head[t]
		if h == a {
			switch v.urel[t] {
			case "ccomp", "xcomp", "parataxis", "csubj", "advcl", "obj", "nsubj", "nsubj:pass", "conj":
				return true
			}
			return false
		}
		t = h
	}
	return false
}

// coded reports whether a candidate counts as an asserted event.
func coded(cd *candidate) bool { return cd.modality == text.Asserted }

func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// dominates reports whether a is an ancestor of b.
func (v *sentence) dominates(a, b int) bool {
	for steps, t := 0, v.head[b]; t >= 0 && steps <= v.n; steps++ {
		if t == a {
			return true
		}
		t = v.head[t]
	}
	return false
}

// emit turns a candidate into events (one per source–target pair, and the
// target's events in return for a paired code) and returns how many it
// added.
func (c *Coder) emit(v *sentence, cd *candidate, group int) int {
	m := cd.m
	legacy := m.group != nil && m.group.legacy
	var info, rinfo ontology.CAMEOCode
	forward, reverse := cd.code != "---", m.reverse != "" && cd.modality == text.Asserted
	var ok bool
	if forward {
		if info, ok = c.codeInfo(cd.code, legacy); !ok {
			cd.dropped = "code " + cd.code + " is not in the ontology"
			return 0
		}
	}
	if reverse {
		if rinfo, ok = c.codeInfo(m.reverse, legacy); !ok {
			reverse = false
		}
	}
	if !forward && !reverse {
		if cd.dropped == "" {
			cd.dropped = "no event from the source (---) and none in return"
		}
		return 0
	}
	sources, targets, mode := c.participants(v, cd)
	// Two words of one phrase may lead to the same actor.
	sources, targets = uniqueParticipants(sources), uniqueParticipants(targets)
	if m.placeTarget && !knownFromAbroad(sources, targets) {
		// "flights arriving in Osaka", "pilgrims arrived in Madinah",
		// "flying to Peoria, Illinois": a place stands for its country
		// only when a known actor of another country goes there.
		cd.dropped = "a place is a partner only of a known actor from abroad"
		return 0
	}
	if forward && c.throughChannel(cd.code) {
		// "X told Reuters", "speaking to reporters": the press a statement
		// is made to is how it reaches the public, not a party to it.
		before := len(targets)
		targets = slices.DeleteFunc(targets, func(p *text.Participant) bool {
			return c.pressAddressed(v, m.anchor, p)
		})
		if len(targets) == 0 && before > 0 && c.lex.hasCode(classInterviewCode, cd.code) {
			cd.dropped = "talking to the press (interview-code)"
			return 0
		}
		// "Reuters reported", "the newspaper said": the press reporting
		// with no one addressed is the channel of news, not an actor's
		// statement.
		if len(targets) == 0 && len(sources) > 0 && !slices.ContainsFunc(sources, func(p *text.Participant) bool { return !c.pressOnly(p) }) {
			cd.dropped = "the press reporting (channel-sector)"
			return 0
		}
	}
	if forward && !legacy && (c.lex.hasCode(classTerritory, cd.code) || c.lex.hasCode(classTerritory, cd.m.code)) {
		// "took over the presidency", "took control of the bank": what is
		// occupied is a country or place; an office or a company is not.
		// Whom a place the pattern names is taken from may be any actor
		// ("captured the town from Tigrayan rebels"; but "took over from
		// Blair" takes no place).
		takesPlace := slices.ContainsFunc(m.used, func(u int) bool {
			return u != m.anchor && u >= 0 && u < v.n && isNominal(v.upos[u]) && !v.hasCase(u, "from")
		})
		kept := slices.DeleteFunc(slices.Clone(targets), func(p *text.Participant) bool {
			return p != nil && p.Code != "" && p.Kind != text.KindCountry && !(takesPlace && v.markedFrom(p))
		})
		switch {
		case len(targets) == 0 || len(kept) > 0:
			targets = kept
		case knownOnly(sources, stateOrGovernment) && c.crowdsOnly(targets, classSeizedSector) && c.recode(cd, &info, classSeizedAs, legacy):
			// "The government seized control of the charities": a state
			// takes an organisation, a confiscation.
		default:
			cd.dropped = "what is taken is no territory (territory-code)"
			return 0
		}
	}
	violence := c.lex.hasCode(classViolence, cd.code)
	if forward && !legacy && violence && c.disasterStruck(v, m.anchor) {
		cd.dropped = "a disaster struck (set disaster)"
		return 0
	}
	if forward && !legacy && c.lex.hasCode(classAgentCode, cd.code) && (c.thingsOnly(v, sources, violence) || !violence && c.thingInPlace(v, m)) {
		// "global copper prices hit investors", "the law calls for": a
		// thing does not act.
		cd.dropped = "the source is a thing (agent-code)"
		return 0
	}
	if forward && !legacy && rootOf(cd.code) == "01" && c.thingInState(v, m) {
		// "after Iraq's own gas needs are satisfied", "financial
		// markets, which are wary": a thing feels nothing, whoever owns it.
		cd.dropped = "a thing is in no state of mind (state-of-mind)"
		return 0
	}
	if forward && !legacy && c.patientThing(v, m) {
		// "lobbying to kill the report", "will execute the first phase",
		// "beat expectations": violence is done to someone.
		cd.dropped = "what it is done to is a thing (patient-verb)"
		return 0
	}
	if forward && !legacy && c.lex.hasCode(classCommercial, cd.code) && c.commercialOnly(sources) && c.commercialOnly(targets) &&
		(anyResolved(sources) || anyResolved(targets)) {
		// "Exxon won a $655 million contract", "companies demand sums
		// for the machinery", "Raytheon hopes to boost its business":
		// between businesses alone these words are trade, not politics.
		cd.dropped = "businesses alone (commercial-code)"
		return 0
	}
	if forward && !legacy && c.lex.hasCode(classCommentCode, cd.code) && c.commentatorsOnly(sources) && !anyResolved(targets) {
		// "analysts say", "a trader said": commentary of businesses or
		// experts of no country, addressed to no one, is no political
		// statement.
		cd.dropped = "commentary (commentary-code)"
		return 0
	}
	if forward && !legacy && (c.lex.hasCode(classForceCode, cd.code) || cd.fr.kind != allegeForm && c.lex.hasCode(classForceCode, cd.m.code)) && len(sources) > 0 &&
		!c.anyForce(sources, false) && !c.anyForce(targets, true) && !c.weaponsOnly(v, sources) {
		// "The IMF has fought hard", "the heat hit the country": force is
		// used by armed actors or states. (With no one named who used it,
		// "26 people were killed" stays.) So is the force one intends or
		// threatens: "Mazda and Ford want to begin operations in 2009" is
		// no threat. (Anyone may be accused of killing.)
		cd.dropped = "no armed actor or state on either side (force-code)"
		return 0
	}
	if forward && !legacy && c.lex.hasCode(classWordsCode, cd.code) && c.crowdsOnly(sources, classWordsSector) {
		// "Business had fought Obama's overhaul", "attacks on his
		// government by Murdoch's newspapers": businesses and the media
		// fight in words.
		c.recode(cd, &info, classWordsAs, legacy)
	}
	if forward && !legacy && c.lex.hasCode(classRiotCode, cd.code) && c.crowdsOnly(sources, classRiotSector) &&
		c.crowdsOnly(targets, classRiotTarget) {
		// "Rioters fought police", "demonstrators attacked police with
		// stones": the force of protesters is a violent protest (145).
		if ri, ok := c.codeInfo("145", legacy); ok {
			cd.code, info = "145", ri
		}
	}
	if forward && !legacy && c.lex.hasCode(classQuarrelCode, cd.code) && c.crowdsOnly(sources, classQuarrelSector) &&
		c.crowdsOnly(targets, classQuarrelSector) && !c.usesClass(v, m.used, classWarNoun) {
		// "Chavez clashes with Washington over oil prices", "Park
		// attacked Han": officials clash in words. A war they step up is
		// no quarrel ("the Taliban stepped up their war against the Kabul
		// government").
		c.recode(cd, &info, classQuarrelAs, legacy)
	}
	if forward && !legacy && c.lex.hasCode(classVisitCode, cd.code) && !anyAgent(sources) {
		// "Over 1 million visitors traveled to Costa Rica", "the rig
		// should arrive in Cuba", "on a trip to Yunnan": the place is
		// always known; a visit is an event only of a known visitor.
		cd.dropped = "a visit of no known visitor (visit-code)"
		return 0
	}
	if !legacy && c.needsActor(cd.code, m.reverse, forward, reverse) && !anyAgent(sources) && !anyAgent(targets) {
		// "prices hit a record", "the law calls for": between no known
		// actors the words of an event are mostly used in another sense.
		cd.dropped = "no known actor on either side (actor-code)"
		return 0
	}
	requireSource, requireTarget := c.opts.RequireSource || legacy, c.opts.RequireTarget || legacy
	if requireSource {
		sources = onlyResolved(sources)
	}
	if requireTarget {
		targets = onlyResolved(targets)
	}
	if len(sources) == 0 {
		if requireSource {
			cd.dropped = "no resolved source"
			return 0
		}
		sources = []*text.Participant{nil}
	}
	if len(targets) == 0 {
		if requireTarget {
			cd.dropped = "no resolved target"
			return 0
		}
		targets = []*text.Participant{nil}
	}
	var sameSide func(s, t *text.Participant) bool
	if mode == bothWays {
		// Both sides are known unless a side is the single nil.
		if sources[0] != nil && targets[0] != nil {
			// "Sinopec's China unit settled its dispute with Iran": each
			// side with the other, not the parts of one side together.
			side := sources
			sameSide = func(s, t *text.Participant) bool {
				return slices.Contains(side, s) == slices.Contains(side, t)
			}
			sources = append(slices.Clone(sources), targets...)
			targets = sources
		} else {
			// A mutual event needs both sides: "trade agreements with Panama
			// and Colombia" names one side, whose parts are not each
			// other's partners.
			cd.dropped = "one side of a mutual event"
			return 0
		}
	}
	if mode == eachToEach {
		all := uniqueParticipants(append(slices.Clone(sources), targets...))
		sources, targets = all, all
	}
	added := 0
	if forward {
		added += c.emitPairs(v, cd, group, info, sources, targets, sameSide)
	}
	if reverse && mode == oneWay {
		added += c.emitPairs(v, cd, group, rinfo, targets, sources, nil)
	}
	return added
}

// codeInfo describes a code. A legacy code that is not a CAMEO code is
// kept as written, its root its first two characters and its name, tone
// and PLOVER type those of its nearest CAMEO ancestor, if any.
func (c *Coder) codeInfo(code string, legacy bool) (ontology.CAMEOCode, bool) {
	if !legacy {
		info, ok := c.onto.CAMEO(code)
		if !ok {
			info, ok = c.onto.Nearest(code)
		}
		return info, ok
	}
	if validCode(code) {
		if info, ok := c.onto.CAMEO(code); ok && info.Code == code {
			return info, true
		}
	}
	info := ontology.CAMEOCode{Code: code, Root: code}
	if len(code) >= 2 {
		info.Root = code[:2]
	}
	if validCode(code) {
		if near, ok := c.onto.Nearest(code); ok {
			near.Code, near.Root = info.Code, info.Root
			return near, true
		}
	}
	return info, true
}

// emitPairs adds an event of the given code for every source–target pair
// that skip, when not nil, does not reject.
func (c *Coder) emitPairs(v *sentence, cd *candidate, group int, info ontology.CAMEOCode, sources, targets []*text.Participant, skip func(s, t *text.Participant) bool) int {
	m := cd.m
	doc := v.doc
	anchorTok := v.tok(m.anchor)
	groupID := doc.ID + ":s" + strconv.Itoa(v.index) + ":g" + strconv.Itoa(group)
	added := 0
	seen := map[[2]*text.Participant]bool{}
	for _, s := range sources {
		for _, t := range targets {
			if s == nil && t == nil || seen[[2]*text.Participant{s, t}] {
				continue
			}
			if s != nil && t != nil && sameActor(s, t) || skip != nil && skip(s, t) {
				continue
			}
			if info.Code == "042" && s != nil && t != nil && t.Kind == text.KindCountry && t.Code == t.Country && s.Country == t.Country {
				continue // "the British prime minister flew to Manchester": a trip at home visits no one
			}
			seen[[2]*text.Participant{s, t}] = true
			ev := text.Event{
				ID:       doc.ID + ":s" + strconv.Itoa(v.index) + ":e" + strconv.Itoa(c.countInSentence(doc, v.index)),
				Group:    groupID,
				DocID:    doc.ID,
				Sentence: v.index,
				Text:     doc.SentenceText(v.index),
				Date:     doc.Date,
				CAMEO: text.CAMEO{
					Code: info.Code, Root: info.Root, Name: info.Name,
					Goldstein: info.Goldstein, QuadClass: int(info.QuadClass),
				},
				PLOVER: text.PLOVER{
					Type: info.PLOVER.Type, Mode: info.PLOVER.Mode,
					Context: slices.Clone(info.PLOVER.Context),
				},
				Source:      s,
				Target:      t,
				Modality:    cd.modality,
				Prospective: cd.modality == text.Future || cd.transformed && cd.fr.prospective,
				Evidence: text.Evidence{
					Verb: text.Participant{Text: anchorTok.Form, Span: anchorTok.Span},
					Rule: m.rule,
				},
			}
			doc.Events = append(doc.Events, ev)
			added++
		}
	}
	return added
}

// throughChannel reports whether code, or its root or three-digit parent,
// is a channel-code of the lexicon: an event the press only passes on.
func (c *Coder) throughChannel(code string) bool { return c.lex.hasCode(classChannelCode, code) }

// pressOnly reports whether p is an actor all of whose sectors are
// channel-sectors: the press, not state media that speak for a government
// (CHNGOVJRN).
func (c *Coder) pressOnly(p *text.Participant) bool { return c.sectorsIn(p, classChannelSec) }

// crowdsOnly reports whether ps name at least one actor and every actor
// named has its sectors all of the class (riot-sector: crowds;
// riot-target: the police).
func (c *Coder) crowdsOnly(ps []*text.Participant, class lexClass) bool {
	return knownOnly(ps, func(p *text.Participant) bool { return c.sectorsIn(p, class) })
}

// knownOnly reports whether ps name at least one known actor and every known
// actor is as ok says.
func knownOnly(ps []*text.Participant, ok func(*text.Participant) bool) bool {
	named := false
	for _, p := range ps {
		if p == nil || p.Code == "" {
			continue
		}
		if !ok(p) {
			return false
		}
		named = true
	}
	return named
}

// knownFromAbroad reports whether a source is a known actor (of a country
// or an organisation) from another country than every target's.
func knownFromAbroad(sources, targets []*text.Participant) bool {
	for _, s := range sources {
		if s == nil || s.Code == "" || strings.HasPrefix(s.Code, "---") {
			continue
		}
		if !slices.ContainsFunc(targets, func(t *text.Participant) bool { return t != nil && t.Country != "" && t.Country == s.Country }) {
			return true
		}
	}
	return false
}

// ofIGO reports whether p is an international organisation or one of its
// people, whose code's sector says what kind of organisation it is (BUS in
// IGOBUSIMF), not what kind of actor.
func ofIGO(p *text.Participant) bool {
	return p.Kind == text.KindIGO || strings.HasPrefix(p.Code, "IGO")
}

// commercialOnly reports whether every participant of ps is a business
// (its sectors all of the commercial-sector class, and no international
// organisation: the IMF and the WTO are no businesses) or names no actor.
func (c *Coder) commercialOnly(ps []*text.Participant) bool {
	for _, p := range ps {
		if p != nil && p.Code != "" && (ofIGO(p) || !c.sectorsIn(p, classCommSector)) {
			return false
		}
	}
	return true
}

// commentatorsOnly reports whether ps are all actors of no country whose
// sectors are all in commentary-sector (businesses, experts); not an
// international organisation nor its people, whose code's BUS says what kind
// of organisation ("IMF chief Christine Lagarde said", IGOBUSIMF).
func (c *Coder) commentatorsOnly(ps []*text.Participant) bool {
	for _, p := range ps {
		if p == nil || p.Code == "" || p.Country != "" || ofIGO(p) || !c.sectorsIn(p, classCommentSector) {
			return false
		}
	}
	return len(ps) > 0
}

// sectorsIn reports whether p has sectors and every one of them is in the
// lexicon's class.
func (c *Coder) sectorsIn(p *text.Participant, class lexClass) bool {
	if p == nil || len(p.Sectors) == 0 {
		return false
	}
	for _, s := range p.Sectors {
		if !c.lex.has(class, strings.ToLower(s)) {
			return false
		}
	}
	return true
}

// pressAddressed reports whether p is the press (an actor all of whose
// sectors are channel-sectors of the lexicon) spoken to at token a: its
// object ("told Reuters") or a to- or with-phrase of it ("speaking to
// reporters", "an interview with the BBC"). The press as a topic ("concern
// about the fate of a journalist") stays a target.
func (c *Coder) pressAddressed(v *sentence, a int, p *text.Participant) bool {
	if !c.pressOnly(p) {
		return false
	}
	mi := v.mentionStarting(p.Span.Start)
	if mi < 0 {
		return false
	}
	h := v.mentionHead(mi)
	if h < 0 || v.head[h] != a {
		return false
	}
	switch v.urel[h] {
	case "obj", "iobj":
		return true
	case "obl", "nmod":
		return v.hasCase(h, "to", "with")
	}
	return false
}

func uniqueParticipants(ps []*text.Participant) []*text.Participant {
	var out []*text.Participant
	for _, p := range ps {
		if p == nil {
			continue
		}
		dup := false
		for _, q := range out {
			if q.Span == p.Span && q.Code == p.Code && q.Name == p.Name {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

func (c *Coder) countInSentence(doc *text.Document, si int) int {
	n := 0
	for i := len(doc.Events) - 1; i >= 0 && doc.Events[i].Sentence == si; i-- {
		n++
	}
	return n
}

// needsActor reports whether every code the candidate emits (forward,
// and in return) is of the actor-code class.
func (c *Coder) needsActor(code, reverseCode string, forward, reverse bool) bool {
	if forward && !c.lex.hasCode(classActorCode, code) {
		return false
	}
	if reverse && !c.lex.hasCode(classActorCode, reverseCode) {
		return false
	}
	return forward || reverse
}

// thingsOnly reports whether every source is a phrase that names no actor
// and is headed by a common noun in lowercase that is not of the animate
// class: a thing, not someone ("export duties", "the plan"). Names,
// pronouns and nouns of people ("the author") are someone.
//
// With weapons set (codes of violence), the means of violence are someone
// too: "a car bomb killed ten people", not "the downturn hit Japan".
func (c *Coder) thingsOnly(v *sentence, ps []*text.Participant, weapons bool) bool {
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p == nil || p.Code != "" {
			return false
		}
		h := v.spanHead(p.Span)
		if h >= 0 {
			// "a series of car bombs", "a wave of attacks": what is
			// counted; "most of the oil", "a fifth of its exports": what
			// a part is of.
			k := v.childUniversal(h, "nmod")
			if k >= 0 && (c.dict.quantity[v.lemma[h]] || v.upos[h] != "NOUN" && v.upos[h] != "PROPN" && v.hasCase(k, "of")) {
				h = k
			} else if k < 0 && c.dict.quantity[v.lower[h]] && v.tok(h).XPOS == "NNS" {
				return false // "where thousands demonstrated": people counted
			}
		}
		if !c.thingNoun(v, h) || weapons && c.lex.has(classWeaponNoun, v.lemma[h]) {
			return false
		}
	}
	return true
}

// usesClass reports whether a word a match used has its lemma in class.
func (c *Coder) usesClass(v *sentence, used []int, class lexClass) bool {
	return slices.ContainsFunc(used, func(u int) bool { return u >= 0 && u < v.n && c.lex.has(class, v.lemma[u]) })
}

// recode gives the candidate the one code of class as (quarrel-as,
// words-as, seized-as) and reports whether the lexicon has one the
// ontology knows.
func (c *Coder) recode(cd *candidate, info *ontology.CAMEOCode, as lexClass, legacy bool) bool {
	q, ok := c.lex.sole(as)
	if !ok {
		return false
	}
	qi, ok := c.codeInfo(q, legacy)
	if ok {
		cd.code, *info = q, qi
	}
	return ok
}

// stateOrGovernment reports whether p is a state (a country code alone) or
// a country's government.
func stateOrGovernment(p *text.Participant) bool {
	return p.Country != "" && (len(p.Sectors) == 0 || len(p.Sectors) == 1 && p.Sectors[0] == "GOV")
}

// weaponsOnly reports whether every source is an unresolved weapon or
// attack ("A suicide attack on a convoy has killed eight people"): force
// used by no one named, which the force check lets stand.
func (c *Coder) weaponsOnly(v *sentence, ps []*text.Participant) bool {
	for _, p := range ps {
		if p == nil || p.Code != "" {
			return false
		}
		if h := v.spanHead(p.Span); h < 0 || !c.lex.has(classWeaponNoun, v.lemma[h]) {
			return false
		}
	}
	return len(ps) > 0
}

// thingInState reports whether the anchor of match m is a predicate
// adjective or a passive participle of a state of mind whose subject is an
// actor's thing (thingNoun with an actor as its possessor: "Iraq's gas
// needs are satisfied"): the possessor owns the thing, it is in no state.
func (c *Coder) thingInState(v *sentence, m match) bool {
	a := m.anchor
	s := -1
	switch {
	case v.upos[a] == "ADJ":
		s = v.childUniversal(a, "nsubj")
	case v.inClass(c.lex, classStateOfMind, a):
		s = v.childExact(a, "nsubj:pass")
	}
	if s < 0 || v.mention[s] >= 0 || !c.thingNoun(v, s) || c.dict.quantity[v.lemma[s]] {
		return false
	}
	for _, k := range v.kids[s] {
		if v.rel[k] == "nmod:poss" && v.mentionFor(k) >= 0 {
			return true
		}
	}
	return false
}

// disasterStruck reports whether the doer of verb a is a disaster: its
// subject, or the noun its participle describes when the parser made it
// one ("The quake struck in northern Luzon" read as "the quake, struck
// in ..."), or, for a passive, the noun of an in- or by-phrase of the verb
// or of a verb conjoined to it ("Two Israelis were killed and five others
// were injured in a car accident").
func (c *Coder) disasterStruck(v *sentence, a int) bool {
	s := v.subject(a, 0)
	if s < 0 && v.urel[a] == "acl" && v.head[a] >= 0 && v.head[a] < a {
		s = v.head[a]
	}
	if s >= 0 && v.upos[s] == "NOUN" && c.isDisaster(v, s) {
		return true
	}
	if v.childExact(a, "nsubj:pass") < 0 {
		return false
	}
	verbs := []int{a}
	for _, k := range v.kids[a] {
		if v.urel[k] == "conj" && v.upos[k] == "VERB" {
			verbs = append(verbs, k)
		}
	}
	for _, h := range verbs {
		for _, k := range v.kids[h] {
			if v.urel[k] == "obl" && v.upos[k] == "NOUN" && c.isDisaster(v, k) && v.hasCase(k, "in", "by") {
				return true
			}
		}
	}
	return false
}

// isDisaster reports whether token t is a one-word member of the set
// disaster.
func (c *Coder) isDisaster(v *sentence, t int) bool {
	return c.dict.disaster[v.lemma[t]] || c.dict.disaster[v.lower[t]]
}

// patientThing reports whether the anchor of match m is a verb of
// violence done to someone (patient-verb) whose object is a thing: a
// common noun in lowercase that names no actor, no one (animate) and no
// people counted ("killed dozens").
func (c *Coder) patientThing(v *sentence, m match) bool {
	a := m.anchor
	if v.upos[a] != "VERB" {
		return false
	}
	if p := v.phrasal[a]; p != "" && !c.lex.has(classPatientVerb, p) || p == "" && !v.inClass(c.lex, classPatientVerb, a) {
		return false // "shot down a drone" is not "shot a drone"
	}
	o := v.object(a)
	if o >= 0 && slices.Contains(m.used[m.phrase:], o) {
		// A pattern that names the object ("* plan => 120") says what
		// killing a plan is.
		return false
	}
	if o < 0 || o == a || v.mentionFor(o) >= 0 || c.dict.quantity[v.lemma[o]] || c.dict.quantity[v.lower[o]] {
		return false
	}
	// Nouns of doers ("the hitchhiker", "a visitor") are someone here:
	// the things figuratively killed are reports, plans and hopes.
	l := v.lemma[o]
	if strings.HasSuffix(l, "er") || strings.HasSuffix(l, "or") {
		return false
	}
	return v.upos[o] == "NOUN" && v.lower[o] == v.tok(o).Form && !c.animate(l)
}

// thingInPlace reports whether the subject of match m is a thing that an
// actor's name only places: "political turmoil in Libya could threaten
// exports" names Libya as where the turmoil is, not as who threatens.
func (c *Coder) thingInPlace(v *sentence, m match) bool {
	s := m.source
	if s < 0 {
		s = v.subject(m.anchor, 0)
	}
	if s < 0 || v.mention[s] >= 0 || !c.thingNoun(v, s) || c.dict.quantity[v.lemma[s]] {
		return false
	}
	placed := false
	for _, k := range v.kids[s] {
		if v.mention[k] < 0 && v.mentionFor(k) < 0 {
			continue
		}
		if v.urel[k] != "nmod" || !v.hasCase(k, "in", "across", "around", "at") {
			return false // "Russia's move", "the Libyan government": whose
		}
		placed = true
	}
	return placed
}

// thingNoun reports whether token h is a common noun in lowercase that
// names no one: not animate, and no document, which speaks for whoever
// issued it ("the report said").
func (c *Coder) thingNoun(v *sentence, h int) bool {
	return h >= 0 && v.upos[h] == "NOUN" && v.lower[h] == v.tok(h).Form && !c.animate(v.lemma[h]) && !c.lex.has(classDocument, v.lemma[h])
}

// animate reports whether the noun lemma names people or a body: listed
// in animate, or ending as nouns of people do (animate-suffix: "an
// archaeologist", "a librarian").
func (c *Coder) animate(lemma string) bool {
	if c.lex.has(classAnimate, lemma) {
		return true
	}
	for _, suffix := range c.lex.members[classAnimateEnd] {
		if len(lemma) > len(suffix)+2 && strings.HasSuffix(lemma, suffix) {
			return true
		}
	}
	return false
}

// spanHead returns the token of the sentence that covers the start of span
// sp's phrase and heads it (its head lies outside sp), or -1.
func (v *sentence) spanHead(sp text.Span) int {
	for i := 0; i < v.n; i++ {
		t := v.tok(i).Span
		if t.Start < sp.Start || t.End > sp.End {
			continue
		}
		h := v.head[i]
		if h < 0 || v.tok(h).Span.Start < sp.Start || v.tok(h).Span.End > sp.End {
			return i
		}
	}
	return -1
}

// anyForce reports whether a participant takes part in the use of force:
// an actor of an armed sector (armed-sector: soldiers, rebels, police,
// gunmen), a state (a country code alone), a country's government, or,
// with victims set, a named person ("Bhutto was killed"; a businessman who
// "launched a media campaign" used no force).
func (c *Coder) anyForce(ps []*text.Participant, victims bool) bool {
	return slices.ContainsFunc(ps, func(p *text.Participant) bool {
		if p == nil || p.Code == "" {
			return false
		}
		if stateOrGovernment(p) {
			return true
		}
		if victims && p.Kind == text.KindPerson && p.Name != "" {
			return true // "Bhutto was killed": force against a named person
		}
		for _, s := range p.Sectors {
			if c.lex.has(classArmedSector, strings.ToLower(s)) {
				return true
			}
		}
		return false
	})
}

// anyAgent reports whether a participant is an actor that can act: known,
// and not a bare region, which is mostly a place ("unrest in the Middle
// East", "European stock markets rallied"; "European leaders" can act).
func anyAgent(ps []*text.Participant) bool {
	return slices.ContainsFunc(ps, func(p *text.Participant) bool {
		return p != nil && p.Code != "" && !(p.Kind == text.KindRegion && len(p.Sectors) == 0)
	})
}

func anyResolved(ps []*text.Participant) bool {
	return slices.ContainsFunc(ps, func(p *text.Participant) bool { return p != nil && p.Code != "" })
}

func onlyResolved(ps []*text.Participant) []*text.Participant {
	var out []*text.Participant
	for _, p := range ps {
		if p != nil && p.Code != "" {
			out = append(out, p)
		}
	}
	return out
}

func sameActor(a, b *text.Participant) bool {
	if a.Code == "" || b.Code == "" {
		return a.Span == b.Span
	}
	return a.Code == b.Code && a.Name == b.Name
}

// standingState reports whether noun anchor a, coded code, is the object of
// a verb of having (state-verb) and its code one of a standing relation
// (state-code): "has a free trade pact with Chile" is no signing.
func (c *Coder) standingState(v *sentence, a int, code string) bool {
	h := v.head[a]
	return h >= 0 && v.urel[a] == "obj" && v.inClass(c.lex, classStateVerb, h) && c.lex.hasCode(classStateCode, code)
}

// helpPurpose reports whether the verb or event noun a has an infinitive of
// purpose of a help-purpose verb ("to help", "to protect"), or a
// help-purpose noun in a phrase or purpose of its ("on a peacekeeping
// mission", "to join the peacekeeping force").
func (c *Coder) helpPurpose(v *sentence, a int) bool {
	for _, k := range v.kids[a] {
		switch v.urel[k] {
		case "advcl", "xcomp":
			if !v.hasMark(k, "to") {
				continue
			}
			if v.inClass(c.lex, classHelpPurpose, k) || c.helpNounUnder(v, k, 2) {
				return true
			}
		case "obl", "obj", "nmod":
			if c.helpNounUnder(v, k, 1) {
				return true
			}
		}
	}
	return false
}

// helpNounUnder reports whether a noun of class help-purpose is t or lies
// within depth levels below it.
func (c *Coder) helpNounUnder(v *sentence, t, depth int) bool {
	if v.upos[t] != "VERB" && v.inClass(c.lex, classHelpPurpose, t) {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, k := range v.kids[t] {
		if c.helpNounUnder(v, k, depth-1) {
			return true
		}
	}
	return false
}

// warnsOfOwnAct reports whether a verb of warning at a (warning-verb)
// warns of an act of the warner's own side: its complement (a that-clause,
// or the quote it reports) says, in the future tense or under a condition
// ("if", "unless"), what the warner's side will do ("Britain would block
// it unless ...", "Tehran would reconsider ties if ...") or what will be
// done, by no one named, with no actor undergoing it ("action will be
// taken", "gas would be used").
func (c *Coder) warnsOfOwnAct(v *sentence, a int) bool {
	if !c.lex.has(classWarningVerb, v.lemma[a]) {
		return false
	}
	comp := v.childUniversal(a, "ccomp")
	if comp < 0 && v.urel[a] == "parataxis" && v.head[a] >= 0 {
		comp = v.head[a] // the quote a reports
	}
	if comp < 0 || v.childUniversal(comp, "cop") >= 0 || v.lemma[comp] == "be" {
		return false
	}
	future := v.conditionBelow(comp, 3, c.lex)
	for _, k := range v.kids[comp] {
		if v.urel[k] == "aux" && (v.inClass(c.lex, classFutureAux, k) || v.inClass(c.lex, classPastFuture, k)) {
			future = true
		}
	}
	if !future {
		return false
	}
	if s := v.childExact(comp, "nsubj:pass"); s >= 0 && v.agent(comp) < 0 {
		return v.mentionFor(s) < 0
	}
	subj := v.childUniversal(comp, "nsubj")
	warner := v.subject(a, 0)
	if subj < 0 || warner < 0 {
		return false
	}
	if v.isWord(subj, "we") {
		return true
	}
	sm, wm := v.mentionFor(subj), v.mentionFor(warner)
	if sm < 0 || wm < 0 {
		return false
	}
	for _, x := range v.doc.Mentions[sm].Actors {
		for _, y := range v.doc.Mentions[wm].Actors {
			if sameSide(x, y) {
				return true
			}
		}
	}
	return false
}

// sameSide reports whether two actors are of one side: of one country, and
// one of them the country itself or both of a sector (Britain and its
// prime minister, the Pentagon and the defense secretary; not a president
// and his rival).
func sameSide(x, y text.Actor) bool {
	if x.Country == "" || x.Country != y.Country {
		return false
	}
	if x.Code == x.Country || y.Code == y.Country {
		return true
	}
	for _, s := range x.Sectors {
		if slices.Contains(y.Sectors, s) {
			return true
		}
	}
	return false
}

// conditionBelow reports whether a condition ("if", "unless": the
// condition class) depends on h within depth levels ("ready to launch an
// investigation if they do not negotiate").
func (v *sentence) conditionBelow(h, depth int, lex *Lexicon) bool {
	if depth == 0 {
		return false
	}
	for _, k := range v.kids[h] {
		if v.urel[k] == "advcl" && v.conditionMark(k, lex) != "" {
			return true
		}
		if v.urel[k] != "ccomp" && v.urel[k] != "parataxis" && v.conditionBelow(k, depth-1, lex) {
			return true
		}
	}
	return false
}
