package event

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parleyproject/parley/text"
)

// Lexicon holds the word lists that decide modality and the speech-act
// forms of events (data/modality.tsv, data/transform.tsv). Its class file
// format is one "CLASS<TAB>word, word, ..." line per class; classes may
// repeat.
type Lexicon struct {
	// words maps a word to the classes it is in, so that has looks a word
	// up once, with the map's fast path for string keys.
	words map[string]classSet
	// members lists the words of each class, each once, in file order.
	members [numLexClasses][]string
	// forms maps a CAMEO code prefix to its intent, refuse, appeal and
	// demand forms ("" for none).
	forms map[string][numForms]string
}

// classSet is a set of lexicon classes.
type classSet [(numLexClasses + 63) / 64]uint64

func (s classSet) has(c lexClass) bool { return s[c/64]&(1<<(c%64)) != 0 }

func (s *classSet) add(c lexClass) { s[c/64] |= 1 << (c % 64) }

// meets reports whether s and t share a class.
func (s classSet) meets(t classSet) bool {
	for i := range s {
		if s[i]&t[i] != 0 {
			return true
		}
	}
	return false
}

// classesOf returns the set of cs.
func classesOf(cs ...lexClass) classSet {
	var s classSet
	for _, c := range cs {
		s.add(c)
	}
	return s
}

// lexClassNamed returns the class a lexicon file names name.
func lexClassNamed(name string) (lexClass, bool) {
	for c, n := range lexClassNames {
		if n == name {
			return lexClass(c), true
		}
	}
	return 0, false
}

// lexClass is a word class of the modality lexicon: the classes that
// lexClassNames names in the file, each line's comment giving examples.
type lexClass uint8

// The classes a modality lexicon defines.
const (
	classNegator        lexClass = iota // not, never: negate the verb they modify
	classFutureAux                      // will, shall
	classPastFuture                     // would in reported speech
	classModalAux                       // could, might: hypothetical
	classRefusalAux                     // can: negated, a refusal (optional)
	classAppealAux                      // should: an appeal in reported speech
	classDemandAux                      // must: a demand in reported speech
	classCondition                      // if, unless: hypothetical clause
	classIntentGov                      // promise to, agree to: an intention
	classThreatGov                      // threaten to: a threat
	classRefuseGov                      // refuse to: a refusal
	classAppealGov                      // urge to, call for: an appeal
	classDemandGov                      // demand that: a demand
	classNegGov                         // fail to, avoid: not done
	classHypoGov                        // try to, want to: hypothetical
	classImplicative                    // let, help: happens when they do (optional)
	classFutureGov                      // be scheduled to: future
	classAllegeGov                      // accuse of, allege: alleged
	classPunishGov                      // arrested for, convicted of: the reason alleged (optional)
	classForOnlyGov                     // call, appeal: the object is not what is asked (optional)
	classPurposeGov                     // call X to: a purpose, not an appeal (optional)
	classSendGov                        // send X to: a purpose under way, but for force intended (optional)
	classReport                         // say, tell: the complement keeps its modality
	classFirstPerson                    // we, I: the speaker in quotes
	classSymmetric                      // CAMEO codes coded both ways with a with-partner
	classObjectOneWay                   // 19: subjects with a thing for object act side by side (optional)
	classTimeWord                       // May, Monday, week: never a participant (optional)
	classChannelSec                     // JRN: the press (optional)
	classChannelCode                    // 01, 04: codes the press is only the channel of (optional)
	classInterviewCode                  // 04: with the press alone, an interview (optional)
	classAdjunctCase                    // at, during: a noun they mark is no governed complement (optional)
	classJourneyNoun                    // trip, visit: "on" one says where, like an adjunct-case word (optional)
	classEndTime                        // end, start: at the end of X, X happened; the end of March is a time (optional)
	classMeasureNoun                    // price, market: a set word modifying them names no object (optional)
	classVenueNoun                      // talks, accord: a city before them names where, not who (optional)
	classBackground                     // after, amid: a noun they mark takes no frame of its clause (optional)
	classHelpPurpose                    // help, protect: a show of force done for them is protection (optional)
	classPurposePart                    // 051: in the purpose clause of a purpose-host-code event, part of it (optional)
	classPurposeHost                    // 07: material events whose purpose clause says what they are for (optional)
	classForNoun                        // support, plan: what their for-phrase names is wanted, not done (optional)
	classHelpCode                       // 074: what such a show of force is coded (optional)
	classActorCode                      // 02 … 20: codes that need a known actor on one side (optional)
	classVisitCode                      // 042: visits, which need a known visitor (optional)
	classPlaceTarget                    // 042, 14, 19: events that, with no recipient, target the country they happen in (optional)
	classTerritory                      // 192: codes whose known target must be a country or place (optional)
	classSeizedAs                       // 1711: what a territory code by a state becomes when it takes an organisation (optional)
	classSeizedSector                   // BUS, NGO: sectors of the organisations a state may seize (optional)
	classWholeActor                     // 043: codes whose actor slots take actors, not their things (optional)
	classAgentCode                      // 02 … 17: codes whose source, when no actor, must be someone (optional)
	classAnimate                        // author, body: nouns of people or bodies no actor entry codes (optional)
	classAnimateEnd                     // -ist, -ian: endings of nouns of people (optional)
	classWeaponNoun                     // bomb, blast: things that do violence as sources (optional)
	classViolence                       // 18, 19, 20: codes a weapon-noun source may do (optional)
	classPatientVerb                    // kill, torture: verbs done to someone, figurative when done to a thing (optional)
	classDocument                       // statement, report: speak for whoever issued them (optional)
	classForceCode                      // 19, 20: codes that need an armed actor or a state on one side (optional)
	classArmedSector                    // MIL, REB: sectors of armed actors (optional)
	classCommercial                     // 03 … 16: codes that are no event between businesses alone (optional)
	classCommSector                     // BUS: sectors of businesses (optional)
	classCommentCode                    // 01: statements that, by businesses or experts of no country alone, are commentary (optional)
	classCommentSector                  // BUS, EDU: sectors of commentators (optional)
	classQuarrelCode                    // 145, 190: clashes that, between officials alone, are quarrels (optional)
	classQuarrelSector                  // GOV, ELI: sectors of officials whose clashes are quarrels (optional)
	classQuarrelAs                      // 110: the code a quarrel takes (optional)
	classWarNoun                        // war, offensive: nouns that keep force between officials force (optional)
	classWordsCode                      // 19: force that, used by businesses or the media alone, is words (optional)
	classWordsSector                    // BUS, JRN: sectors that fight only in words (optional)
	classWordsAs                        // 110: the code such a fight takes (optional)
	classNeedAdj                        // vital, essential: their noun subject is wanted, not done (optional)
	classChanceAdj                      // likely, unlikely: their noun subject may not happen (optional)
	classVerbOnly                       // free: anchors as a verb, never as an adjective (optional)
	classStateVerb                      // have: its object agreement is a standing state (optional)
	classNamingVerb                     // call X Y: naming, coded only by patterns with words (optional)
	classRiotCode                       // 190: force that, used by crowds alone on the police, is rioting (optional)
	classRiotSector                     // OPP: sectors of crowds whose force is a riot (optional)
	classRiotTarget                     // COP: sectors of those a riot is fought against (optional)
	classStateCode                      // 05, 06: codes of nouns that a state verb makes a state (optional)
	classLocalSector                    // CVL, OPP: victims of the place an event happens in (optional)
	classUndergoer                      // ouster, release: their possessor undergoes them (optional)
	classSupportVerb                    // hold, launch: their subject does the event noun they take (optional)
	classPrepParticiple                 // given, including: participles used as prepositions (optional)
	classUndergoVerb                    // face, suffer: their subject undergoes the event noun they take (optional)
	classCauseVerb                      // worry, spark: an event noun as their subject happened on its own (optional)
	classStateOfMind                    // worried, pleased: passive in form, their subject is in the state (optional)
	classEngagedIn                      // engage, involve: passive in form, their subject takes part (optional)
	classConveyed                       // team, troops: what is sent or given, no party to it (optional)
	classConveyedCode                   // 03-07, 15: codes whose patterns name what is sent or given (optional)
	classAimNoun                        // aim, plan: as the subject of "be to", a purpose, not an arrangement (optional)
	classNotBeTo                        // yet, blame: with "be to" or as its verb, no arrangement (optional)
	classInvertedSpeech                 // say, add: after a quotation, their object is who speaks ("…," added the PM) (optional)
	classFutureMod                      // next, upcoming: an event noun they modify is to come (optional)
	classHypoMod                        // possible, proposed: an event noun they modify may not happen (optional)
	classWarningVerb                    // warn, caution: a warning of the warner's own act is a threat (optional)
	classAuthSector                     // COP, GOV: sectors that report their own arrests (optional)
	classAuthCode                       // 171, 173: codes an authority reports of its own acts (optional)
	classParticle                       // down, off: right after a verb, no preposition of its object (optional)
	classGivenWh                        // why, how: a clause they open takes its content as given (optional)
	classSettingRel                     // which, where: relatives that tie a clause to an event's time or place (optional)
	classMarketNoun                     // prices, shares: as a subject, the market moves, not who its phrase names (optional)
	classBareMass                       // demand: in the singular with no determiner or possessor, a quantity, no event (optional)
	classGiverNoun                      // donor, lender: who gives the event noun of their of-phrase (optional)
	classLinkingVerb                    // remain, become: their object is said of their subject (optional)
	classAssembleVerb                   // gather, meet: their subjects do the event noun of their for-phrase (optional)
	classExpelVerb                      // expel, deport: their from-phrase names the country expelling, not who is expelled (optional)
	classGatheringNoun                  // meeting, summit: a place they are in or at is where they are held, none of their parties (optional)
	classSeekGov                        // seek: an event noun for object is asked for, not intended (optional)
	classQuestionGov                    // ask: a whether-, wh- or about-complement is a question, no appeal (optional)
	numLexClasses
)

// lexClassNames are the classes' names in the lexicon file.
var lexClassNames = [numLexClasses]string{
	classNegator:        "negator",
	classFutureAux:      "future-aux",
	classPastFuture:     "past-future-aux",
	classModalAux:       "modal-aux",
	classRefusalAux:     "refusal-aux",
	classAppealAux:      "appeal-aux",
	classDemandAux:      "demand-aux",
	classCondition:      "condition",
	classIntentGov:      "intent-gov",
	classThreatGov:      "threat-gov",
	classRefuseGov:      "refuse-gov",
	classAppealGov:      "appeal-gov",
	classDemandGov:      "demand-gov",
	classNegGov:         "negative-gov",
	classHypoGov:        "hypo-gov",
	classImplicative:    "implicative-gov",
	classFutureGov:      "future-gov",
	classAllegeGov:      "allege-gov",
	classPunishGov:      "punish-gov",
	classForOnlyGov:     "for-only-gov",
	classPurposeGov:     "purpose-gov",
	classSendGov:        "send-gov",
	classReport:         "report",
	classFirstPerson:    "first-person",
	classSymmetric:      "symmetric-code",
	classObjectOneWay:   "object-oneway-code",
	classTimeWord:       "time-word",
	classChannelSec:     "channel-sector",
	classChannelCode:    "channel-code",
	classInterviewCode:  "interview-code",
	classAdjunctCase:    "adjunct-case",
	classJourneyNoun:    "journey-noun",
	classEndTime:        "end-time",
	classMeasureNoun:    "measure-noun",
	classVenueNoun:      "venue-noun",
	classBackground:     "background-case",
	classHelpPurpose:    "help-purpose",
	classPurposePart:    "purpose-part-code",
	classPurposeHost:    "purpose-host-code",
	classForNoun:        "for-noun",
	classHelpCode:       "help-purpose-code",
	classActorCode:      "actor-code",
	classVisitCode:      "visit-code",
	classPlaceTarget:    "place-target-code",
	classTerritory:      "territory-code",
	classSeizedAs:       "seized-as",
	classSeizedSector:   "seized-sector",
	classWholeActor:     "whole-actor-code",
	classAgentCode:      "agent-code",
	classAnimate:        "animate",
	classAnimateEnd:     "animate-suffix",
	classWeaponNoun:     "weapon-noun",
	classViolence:       "violence-code",
	classPatientVerb:    "patient-verb",
	classDocument:       "document",
	classForceCode:      "force-code",
	classArmedSector:    "armed-sector",
	classCommercial:     "commercial-code",
	classCommSector:     "commercial-sector",
	classCommentCode:    "commentary-code",
	classCommentSector:  "commentary-sector",
	classQuarrelCode:    "quarrel-code",
	classQuarrelSector:  "quarrel-sector",
	classQuarrelAs:      "quarrel-as",
	classWarNoun:        "war-noun",
	classWordsCode:      "words-code",
	classWordsSector:    "words-sector",
	classWordsAs:        "words-as",
	classNeedAdj:        "need-adj",
	classChanceAdj:      "chance-adj",
	classVerbOnly:       "verb-only",
	classStateVerb:      "state-verb",
	classNamingVerb:     "naming-verb",
	classRiotCode:       "riot-code",
	classRiotSector:     "riot-sector",
	classRiotTarget:     "riot-target",
	classStateCode:      "state-code",
	classLocalSector:    "local-sector",
	classUndergoer:      "undergoer-noun",
	classSupportVerb:    "support-verb",
	classPrepParticiple: "prep-participle",
	classUndergoVerb:    "undergo-verb",
	classCauseVerb:      "cause-verb",
	classStateOfMind:    "state-of-mind",
	classEngagedIn:      "engaged-in",
	classConveyed:       "conveyed-noun",
	classConveyedCode:   "conveyed-code",
	classAimNoun:        "aim-noun",
	classNotBeTo:        "not-be-to",
	classInvertedSpeech: "inverted-speech",
	classFutureMod:      "future-mod",
	classHypoMod:        "hypo-mod",
	classWarningVerb:    "warning-verb",
	classAuthSector:     "authority-sector",
	classAuthCode:       "authority-code",
	classParticle:       "verb-particle",
	classGivenWh:        "given-wh",
	classSettingRel:     "setting-relative",
	classMarketNoun:     "market-noun",
	classBareMass:       "bare-mass",
	classGiverNoun:      "giver-noun",
	classLinkingVerb:    "linking-verb",
	classAssembleVerb:   "assemble-verb",
	classExpelVerb:      "expel-verb",
	classGatheringNoun:  "gathering-noun",
	classSeekGov:        "seek-gov",
	classQuestionGov:    "question-gov",
}

// requiredClasses must be present in a lexicon.
var requiredClasses = []lexClass{
	classNegator, classFutureAux, classPastFuture, classModalAux, classAppealAux, classDemandAux,
	classCondition, classIntentGov, classThreatGov, classRefuseGov, classAppealGov, classDemandGov,
	classNegGov, classHypoGov, classFutureGov, classAllegeGov, classReport, classFirstPerson, classSymmetric,
}

// transformKind names a speech-act form (a column of transform.tsv).
type transformKind int

const (
	noTransform transformKind = iota - 1
	intentForm
	refuseForm
	appealForm
	demandForm
	allegeForm
	numForms
)

func (k transformKind) String() string {
	switch k {
	case intentForm:
		return "intent"
	case refuseForm:
		return "refusal"
	case appealForm:
		return "appeal"
	case demandForm:
		return "demand"
	case allegeForm:
		return "allegation"
	}
	return "none"
}

// ParseLexicon reads a modality class file; name appears in errors. The
// lexicon has no speech-act forms until ParseForms adds them.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	l := &Lexicon{words: map[string]classSet{}, forms: map[string][numForms]string{}}
	var problems []Problem
	err := eachLine(r, name, &problems, func(n int, line string) {
		className, words, ok := strings.Cut(line, "\t")
		className = strings.TrimSpace(className)
		if !ok || className == "" {
			problems = append(problems, Problem{name, n, "want CLASS<TAB>word, word, ..."})
			return
		}
		class, ok := lexClassNamed(className)
		if !ok {
			problems = append(problems, Problem{name, n, fmt.Sprintf("unknown class %q", className)})
			return
		}
		for _, w := range strings.Split(words, ",") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				set := l.words[w]
				if !set.has(class) {
					set.add(class)
					l.words[w] = set
					l.members[class] = append(l.members[class], w)
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	for _, c := range requiredClasses {
		if len(l.members[c]) == 0 {
			return nil, fmt.Errorf("modality lexicon %s: class %s is missing", name, lexClassNames[c])
		}
	}
	return l, nil
}

// ParseForms reads a speech-act form table (data/transform.tsv) into l,
// replacing rows of the same code.
func (l *Lexicon) ParseForms(r io.Reader, name string) error {
	var problems []Problem
	return eachLine(r, name, &problems, func(n int, line string) {
		f := strings.Split(line, "\t")
		if len(f) != 1+int(numForms) {
			problems = append(problems, Problem{name, n, fmt.Sprintf("want %d tab-separated columns: code, intent, refuse, appeal, demand, allege", 1+int(numForms))})
			return
		}
		code := strings.TrimSpace(f[0])
		if !validCodePrefix(code) {
			problems = append(problems, Problem{name, n, fmt.Sprintf("bad CAMEO code %q", code)})
			return
		}
		var row [numForms]string
		for i := range row {
			c := strings.TrimSpace(f[1+i])
			if c == "-" {
				continue
			}
			if !validCode(c) || c == "---" {
				problems = append(problems, Problem{name, n, fmt.Sprintf("bad CAMEO code %q", c)})
				return
			}
			row[i] = c
		}
		l.forms[code] = row
	})
}

func validCodePrefix(c string) bool {
	if len(c) == 2 {
		return validCode(c+"0") && c != "--"
	}
	return validCode(c) && c != "---"
}

// eachLine calls fn for every non-blank, non-comment line of r and returns a
// *LoadError if fn or reading reported problems.
func eachLine(r io.Reader, name string, problems *[]Problem, fn func(n int, line string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		fn(n, line)
	}
	if err := sc.Err(); err != nil {
		*problems = append(*problems, Problem{name, n + 1, "read: " + err.Error()})
	}
	if len(*problems) > 0 {
		return &LoadError{Problems: *problems}
	}
	return nil
}

func (l *Lexicon) has(class lexClass, word string) bool { return l.words[word].has(class) }

// sole returns the member of a class that has exactly one.
func (l *Lexicon) sole(class lexClass) (string, bool) {
	if len(l.members[class]) != 1 {
		return "", false
	}
	return l.members[class][0], true
}

// hasCode reports whether a CAMEO code or one of its prefixes of two digits
// or more is in class.
func (l *Lexicon) hasCode(class lexClass, code string) bool {
	for n := 2; n <= len(code); n++ {
		if l.words[code[:n]].has(class) {
			return true
		}
	}
	return false
}

// form returns the speech-act form of code, or "".
func (l *Lexicon) form(code string, k transformKind) string {
	if k < 0 || k >= numForms {
		return ""
	}
	for n := len(code); n >= 2; n-- {
		if row, ok := l.forms[code[:n]]; ok {
			return row[k]
		}
	}
	return ""
}

// DefaultLexicon returns the embedded modality lexicon with its speech-act
// forms.
func DefaultLexicon() (*Lexicon, error) {
	f, err := dataFS.Open("data/modality.tsv")
	if err != nil {
		return nil, fmt.Errorf("modality lexicon: %w", err)
	}
	defer f.Close()
	l, err := ParseLexicon(f, "modality.tsv")
	if err != nil {
		return nil, err
	}
	t, err := dataFS.Open("data/transform.tsv")
	if err != nil {
		return nil, fmt.Errorf("speech-act forms: %w", err)
	}
	defer t.Close()
	if err := l.ParseForms(t, "transform.tsv"); err != nil {
		return nil, err
	}
	return l, nil
}

// frame says how an event's clause is embedded: its modality, and when a
// governing word makes the event an intention, refusal, appeal or demand,
// which form applies and who speaks to whom.
type frame struct {
	modality text.Modality
	why      string // the word that decided, for --explain
	kind     transformKind
	// governor is the governing word's token, or -1; speaker is who states,
	// asks or demands (the governor's or the reporting verb's subject), and
	// addressee whom an appeal or demand is made to; -1 when unknown.
	governor, speaker, addressee int
	// selfClaim marks an allegation about the speaker's own side ("the US
	// claimed that they had attacked Iraq"): a claim of responsibility.
	selfClaim bool
	// prospective marks an intention or refusal stated by the clause's own
	// "will" or "would" ("the minister will visit China on Friday"): the
	// act lies ahead, and so do the dates in its clause.
	prospective bool
	// sent marks the purpose of sending someone ("sent experts to
	// investigate"): under way, but for force only intended ("sent
	// troops to attack").
	sent bool
}

// ownMarks are the auxiliaries, negation and conditions of one clause head.
type ownMarks struct {
	negated                   bool
	negWhy                    string
	future, pastFuture, modal bool
	// refusal marks a modal whose negation refuses ("cannot accept").
	refusal        bool
	appeal, demand bool
	auxWhy         string
	condition      bool
	condWhy        string
	// arranged marks "be to" ("is to visit"): a future arranged by
	// others, stated as a fact of the schedule, not an intention.
	arranged bool
}

func (c *Coder) marks(v *sentence, h int, used []int) ownMarks {
	lex := c.lex
	var m ownMarks
	for _, k := range v.kids[h] {
		if slices.Contains(used, k) {
			continue
		}
		w, f := v.lemma[k], v.lower[k]
		switch v.urel[k] {
		case "advmod", "neg", "det", "cc:preconj", "cc":
			// "cc": "Iran neither confirmed nor denied it" negates both.
			if (lex.has(classNegator, w) || lex.has(classNegator, f)) && !(k+1 < v.n && v.lower[k+1] == "only") {
				// "can not only help … but": no negation.
				m.negated, m.negWhy = true, f
			}
		case "aux":
			switch {
			case lex.has(classFutureAux, f) || lex.has(classFutureAux, w):
				m.future, m.auxWhy = true, f
			case lex.has(classAppealAux, f):
				m.appeal, m.auxWhy = true, f
			case lex.has(classDemandAux, f):
				m.demand, m.auxWhy = true, f
			case lex.has(classPastFuture, f):
				m.pastFuture, m.modal, m.auxWhy = true, true, f
			case lex.has(classModalAux, f) || lex.has(classModalAux, w):
				m.modal, m.auxWhy = true, f
				// A passive says what cannot be done to something, no
				// one's refusal ("he cannot be released").
				m.refusal = (lex.has(classRefusalAux, f) || lex.has(classRefusalAux, w)) && v.childExact(h, "aux:pass") < 0
			}
		case "mark":
			switch {
			case lex.has(classCondition, w):
				m.condition, m.condWhy = true, f
			case w == "against" || w == "from" || w == "without" || w == "instead":
				// "warned China against providing weapons", "barred them
				// from entering".
				m.negated, m.negWhy = true, f
			}
		}
	}
	if o := v.childUniversal(h, "obj"); o >= 0 && !m.negated && v.upos[h] == "VERB" {
		// "offered no concrete targets", "gave no details": nothing was.
		for _, k := range v.kids[o] {
			if v.urel[k] == "det" && lex.has(classNegator, v.lower[k]) && !slices.Contains(used, k) {
				m.negated, m.negWhy = true, v.lower[k]
			}
		}
	}
	if !m.future && !m.modal && c.beTo(v, h) && !c.purposeSubject(v, h) {
		// "Obama is to visit China next week", "the delegation are to
		// meet": what is arranged to happen.
		m.arranged, m.auxWhy = true, "is to"
	}
	// "is going to attack", "are set to meet": the future of a catenative.
	return m
}

// beTo reports whether verb h is the infinitive of "be to": "to" marks it
// and a form of "be" hangs from it as copula or auxiliary ("is to visit"),
// and no word of not-be-to is with it or is it ("are yet to make": not
// done; "is to blame").
func (c *Coder) beTo(v *sentence, h int) bool {
	if v.upos[h] != "VERB" || v.inClass(c.lex, classNotBeTo, h) {
		return false
	}
	to, be := false, false
	for _, k := range v.kids[h] {
		switch {
		case k > h:
		case v.urel[k] == "mark" && v.lower[k] == "to":
			to = true
		case (v.urel[k] == "cop" || v.urel[k] == "aux") && v.lemma[k] == "be":
			be = true
		case v.inClass(c.lex, classNotBeTo, k):
			return false
		}
	}
	return to && be
}

// purposeSubject reports whether the subject of "be to" verb h states a
// purpose rather than who acts ("the aim is to help", "the job of the IMF
// is to help", "this is to coordinate"): aim-noun in modality.tsv.
func (c *Coder) purposeSubject(v *sentence, h int) bool {
	s := v.childUniversal(h, "nsubj")
	return s >= 0 && v.inClass(c.lex, classAimNoun, s)
}

// frameOf decides the frame of the event anchored at a; used are the tokens
// its pattern matched (a negator matched by the pattern does not negate).
func (c *Coder) frameOf(v *sentence, a int, isNoun bool, used []int) frame {
	fr := c.clauseFrame(v, a, isNoun, used)
	if isNoun && v.urel[a] == "obl" && (c.markedBy(v, a, classBackground) || c.adjunct(v, a) && v.inClass(c.lex, classVenueNoun, a)) &&
		(fr.modality == text.Negated || fr.kind >= intentForm && fr.kind <= demandForm &&
			fr.governor >= 0 && !v.inClass(c.lex, classReport, fr.governor)) {
		// "agreed to postpone the protest after last week's clashes",
		// "will not alter its plans following a crackdown", "are under
		// pressure to show a united front at the summit": what came
		// before or around the clause, or the gathering where it happens,
		// is neither what its governor intends or asks nor undone by its
		// negation. It may still be yet to come, and then announced
		// ("Obama will change his view after the meeting, Peskov said").
		return frame{modality: text.Asserted, kind: noTransform, governor: -1, speaker: -1, addressee: -1}
	}
	return fr
}

// clauseFrame is frameOf without the exception of background nouns.
func (c *Coder) clauseFrame(v *sentence, a int, isNoun bool, used []int) frame {
	fr := frame{modality: text.Asserted, kind: noTransform, governor: -1, speaker: -1, addressee: -1}
	clause := a
	if isNoun && v.childUniversal(a, "cop") >= 0 && v.childUniversal(a, "nsubj") >= 0 {
		// "Tehran was behind the attack": a predicate noun heads its
		// clause, whose frame it takes.
		isNoun = false
	}
	if isNoun {
		// "no talks": a negated noun.
		for _, k := range v.kids[a] {
			if v.lemma[k] == "no" && !slices.Contains(used, k) && (v.urel[k] == "det" || v.urel[k] == "advmod") {
				fr.modality, fr.why = text.Negated, "no"
				return fr
			}
		}
		// "the next summit", "a possible strike": an event yet to come.
		for _, k := range v.kids[a] {
			if v.urel[k] != "amod" || slices.Contains(used, k) {
				continue
			}
			switch {
			case v.inClass(c.lex, classFutureMod, k):
				fr.modality, fr.why = text.Future, v.lower[k]
				return fr
			case v.inClass(c.lex, classHypoMod, k):
				fr.modality, fr.why = text.Hypothetical, v.lower[k]
				return fr
			}
		}
		// A noun event takes the frame of the verb it is an argument of,
		// unless that verb governs it directly ("called for talks").
		h := v.head[a]
		if h < 0 {
			return fr
		}
		if (v.urel[a] == "nmod" || v.urel[a] == "obj" || v.rel[a] == "nsubj:pass") &&
			v.inClass(c.lex, classNegGov, h) && !(v.inClass(c.lex, classEndTime, h) && c.adjunct(v, h)) {
			// "a pause in the bombing", "postponed the protest", "the
			// visit was cancelled": what is halted does not happen; but
			// "at the end of the summit" is a time and negates nothing.
			fr.modality, fr.why = text.Negated, v.lower[h]
			return fr
		}
		if (v.urel[a] == "obj" || v.rel[a] == "nsubj:pass") && c.lex.has(classHypoGov, v.lemma[h]) ||
			v.rel[a] == "nsubj" && v.childUniversal(h, "cop") >= 0 && c.lex.has(classNeedAdj, v.lemma[h]) {
			// "South Korea needs more missiles", "they discussed a
			// ceasefire": what is needed or discussed has not happened.
			fr.modality, fr.why = text.Hypothetical, v.lower[h]
			return fr
		}
		if p := v.predicateAdjective(a); p >= 0 && c.lex.has(classChanceAdj, v.lemma[p]) {
			// "new investments are unlikely", "a strike looks possible":
			// what is likely or not has not happened.
			fr.modality, fr.why = text.Hypothetical, v.lower[p]
			return fr
		}
		if v.urel[a] == "nmod" && v.hasCase(a, "of") && (v.upos[h] == "NOUN" || v.upos[h] == "ADJ") && c.lex.has(classHypoGov, v.lemma[h]) {
			// "no possibility of a military coup", "the risk of war", "the
			// prospect of talks": what may come has not happened.
			fr.modality, fr.why = text.Hypothetical, v.lower[h]
			return fr
		}
		if v.urel[a] == "nmod" && v.hasCase(a, "for") && v.inClass(c.lex, classForNoun, h) {
			// "support for military action", "plans for a summit": what
			// is supported or planned has not happened.
			fr.modality, fr.why = text.Hypothetical, v.lower[h]
			return fr
		}
		switch v.urel[a] {
		case "obj", "obl", "nsubj", "nsubj:pass", "iobj":
		default:
			if v.rel[a] == "nsubj:pass" {
				break
			}
			return fr
		}
		if k, ok := c.governorKind(v, h, a); ok && !c.adjunct(v, a) && v.rel[a] != "nsubj" &&
			!(v.urel[a] == "obj" && v.inClass(c.lex, classForOnlyGov, h)) {
			// (An active subject does the governing, it is not what is
			// intended or asked: "Li's visit will push forward cooperation".)
			return c.governed(v, a, h, k, fr)
		}
		if !v.isVerbal(h) && v.upos[h] != "VERB" {
			return fr
		}
		clause = h
	}
	own := c.marks(v, clause, used)
	if first := v.sharedAuxHost(clause); first >= 0 {
		// "will attend the debate and tell Kenyans", "did not attend or
		// vote": a base-form conjunct shares the first's auxiliaries.
		fm := c.marks(v, first, nil)
		own.future, own.pastFuture, own.modal = own.future || fm.future, own.pastFuture || fm.pastFuture, own.modal || fm.modal
		own.appeal, own.demand = own.appeal || fm.appeal, own.demand || fm.demand
		if !own.negated && fm.negated {
			own.negated, own.negWhy = true, fm.negWhy
		}
		if own.auxWhy == "" {
			own.auxWhy = fm.auxWhy
		}
	}
	if !isNoun {
		// "No politicians have been prosecuted", "nobody was arrested": a
		// subject that is none.
		if why := v.noSubject(clause); why != "" {
			own.negated, own.negWhy = true, why
		}
		// "imposed no sanctions": a negated object the pattern matched;
		// not a "no" the pattern names itself ("offered no comment").
		for _, u := range used {
			if u == a || !isNominal(v.upos[u]) {
				continue
			}
			for _, k := range v.kids[u] {
				if v.lemma[k] == "no" && !slices.Contains(used, k) && (v.urel[k] == "det" || v.urel[k] == "advmod") {
					own.negated, own.negWhy = true, "no"
				}
			}
		}
	}
	if own.condition {
		fr.modality, fr.why = text.Hypothetical, own.condWhy
		return fr
	}
	if v.asked(clause) {
		// "How many people will join the walkouts?", "'Will Iran talk?'
		// he asked": a question asserts nothing.
		fr.modality, fr.why = text.Hypothetical, "?"
		return fr
	}
	// Find the governor of the clause, through coordination.
	t := clause
	for steps := 0; steps <= v.n; steps++ {
		h := v.head[t]
		if h < 0 || v.urel[t] != "conj" {
			break
		}
		if !v.isVerbal(h) && v.upos[h] != "VERB" {
			break
		}
		t = h
	}
	g := -1
	if h := v.head[t]; h >= 0 {
		switch v.urel[t] {
		case "xcomp", "ccomp", "csubj":
			g = h
		case "advcl":
			if v.hasMark(t, "to") || !v.hasOwnSubject(t) && v.tok(t).XPOS == "VB" {
				g = h // "called on Russia to withdraw" parsed as a purpose clause
			} else if c.allegedReason(v, h, t) {
				g = h // "accused Hamas of firing rockets": what is alleged
			} else if v.hasMark(t, "of") && v.inClass(c.lex, classNegGov, h) {
				g = h // "stopped short of calling a strike"
			} else if v.hasMark(t, "by") && v.tok(t).XPOS == "VBG" {
				// "until Serbia and Kosovo resolve the dispute by signing an
				// agreement": the means takes the frame of what it is done
				// for.
				if hfr := c.frameOf(v, h, false, nil); hfr.modality != text.Asserted {
					fr.modality, fr.why = hfr.modality, hfr.why
					return fr
				}
			} else if k := v.conditionMark(t, c.lex); k != "" {
				fr.modality, fr.why = text.Hypothetical, k
				return fr
			} else if v.timeClauseAhead(t) && !own.future && !own.negated {
				// "After signing the deal, Ukraine will join", "will not
				// free them until Britain apologizes": a time clause of a
				// future or negated main clause has not happened either.
				gfr := c.frameOf(v, h, false, nil)
				switch {
				case gfr.kind == intentForm || gfr.kind == noTransform && gfr.modality == text.Future:
					fr.modality, fr.why = text.Future, v.lower[h]
					return fr
				case (gfr.kind == refuseForm || gfr.kind == noTransform && gfr.modality == text.Negated) && v.hasMark(t, "until", "till"):
					fr.modality, fr.why = text.Hypothetical, v.lower[h]
					return fr
				}
			}
		case "acl":
			if v.rel[t] != "acl:relcl" {
				g = h // "plans to visit", "the decision to withdraw"
				if d := v.head[h]; d >= 0 && v.urel[h] == "obj" && c.allegedReason(v, d, t) {
					// "arrested the man for attacking a soldier" with the
					// clause hung on the man: the reason given for what
					// is done to him.
					g = d
				} else if d >= 0 && v.urel[h] == "obj" && v.inClass(c.lex, classAppealGov, h) && v.inClass(c.lex, classRefuseGov, d) {
					// "rejected appeals to release her": who rejects an
					// appeal to act refuses to act.
					g = d
				} else if d >= 0 && v.urel[h] == "obj" && v.inClass(c.lex, classNegGov, d) {
					// "denied reports that police used rubber bullets":
					// the content of what is denied did not happen.
					fr.modality, fr.why = text.Negated, v.lower[d]
					return fr
				}
			}
		}
	}
	if g >= 0 && v.urel[t] == "ccomp" {
		if p := v.phraseGovernor(g); p != g && c.lex.has(classReport, v.phrasal[p]) {
			g = p // "made it clear it would not"
		}
	}
	if g < 0 {
		// A reporting verb attached to the event's own clause ("X will
		// free them, the minister said").
		if r := v.reportChild(t, c.lex); r >= 0 {
			return c.reported(v, clause, t, r, own, fr)
		}
		return c.unembedded(v, clause, own, fr)
	}
	if v.urel[t] == "ccomp" && c.givenWhClause(v, t) && !v.hasMark(t, "to") {
		// "cannot understand why he was assassinated", "did not say how
		// many were arrested": a why- or how-clause takes its content as
		// given; the governor's negation, doubt or report is about the
		// reason or the number, not the event.
		return c.unembedded(v, clause, own, fr)
	}
	reportish := v.inClass(c.lex, classReport, g) && (v.urel[t] == "ccomp" || v.urel[t] == "parataxis")
	if k, ok := c.governorKind(v, g, t); ok && !(reportish && (k == appealForm || k == demandForm)) {
		if (k == intentForm || k == refuseForm) && !v.controlled(g, t) {
			// "hoped that France would be indicted": a wish about others.
			fr.modality, fr.why = text.Hypothetical, v.lower[g]
			return fr
		}
		if own.negated && k != refuseForm {
			fr.modality, fr.why = text.Negated, own.negWhy
			return fr
		}
		return c.governed(v, clause, g, k, fr)
	}
	if (v.urel[t] == "advcl" || v.urel[t] == "xcomp") && v.callPurpose(g) && depthOK(v, t) && v.calledSomeone(g) {
		// "called Zelensky to congratulate him": what the call was made
		// for is done in it, as the call is (not so for "called a vote to
		// speed up approval").
		if own.negated {
			fr.modality, fr.why = text.Negated, own.negWhy
			return fr
		}
		fr.sent = v.inClass(c.lex, classSendGov, g)
		switch gfr := c.frameOf(v, g, false, nil); {
		case gfr.kind == intentForm:
			fr.modality, fr.why = text.Future, v.lower[g] // "promised to call X to discuss"
			return fr
		case gfr.kind != noTransform:
			fr.modality, fr.why = text.Hypothetical, v.lower[g]
			return fr
		case gfr.modality != text.Asserted:
			fr.modality, fr.why = gfr.modality, gfr.why
			return fr
		}
		return c.unembedded(v, clause, own, fr)
	}
	lex := c.lex
	gw, gf := v.lemma[g], v.lower[g]
	switch {
	case lex.has(classNegGov, gw) || lex.has(classNegGov, gf):
		fr.modality, fr.why = text.Negated, gf
		return fr
	case (lex.has(classAllegeGov, gw) || lex.has(classAllegeGov, gf)) && !c.activeReport(v, g),
		c.allegedReason(v, g, t):
		if own.negated {
			fr.modality, fr.why = text.Negated, own.negWhy
			return fr
		}
		return c.governed(v, clause, g, allegeForm, fr)
	case lex.has(classHypoGov, gw):
		fr.modality, fr.why = text.Hypothetical, gf
		return fr
	case lex.has(classImplicative, gw):
		// "let free the prisoners" frees them, "did not let them go" does
		// not; "would help regulators crack down" is no intention of the
		// regulators: a governor that is not simply asserted or negated
		// leaves its complement future or hypothetical.
		if gfr := c.frameOf(v, g, false, nil); gfr.kind != noTransform || gfr.modality != text.Asserted {
			switch {
			case gfr.kind == noTransform && (gfr.modality == text.Negated || gfr.modality == text.Future):
				fr.modality = gfr.modality
			case gfr.kind == intentForm:
				fr.modality = text.Future
			default:
				fr.modality = text.Hypothetical
			}
			fr.why = gf
			return fr
		}
	case lex.has(classFutureGov, gw) || lex.has(classFutureGov, gf):
		if gm := c.marks(v, g, nil); gm.negated {
			fr.modality, fr.why = text.Negated, gm.negWhy
			return fr
		}
		fr.modality, fr.why = text.Future, gf
		return fr
	case v.inClass(lex, classReport, g):
		if v.urel[t] == "ccomp" || v.urel[t] == "csubj" || v.urel[t] == "advcl" {
			return c.reported(v, clause, t, g, own, fr)
		}
	}
	if own.negated {
		fr.modality, fr.why = text.Negated, own.negWhy
		return fr
	}
	if (v.urel[t] == "advcl" || v.urel[t] == "acl") && v.hasMark(t, "to") {
		// A purpose: "sent troops to help Lebanon" says what was meant,
		// not what was done.
		fr.modality, fr.why = text.Hypothetical, "to"
		return fr
	}
	if v.urel[t] == "xcomp" && v.isVerbal(g) && depthOK(v, t) {
		// "would continue to support", "began to withdraw": the frame of
		// the catenative verb.
		if gf := c.frameOf(v, g, false, nil); gf.kind != noTransform || gf.modality != text.Asserted {
			return gf
		}
	}
	if v.urel[t] == "xcomp" || v.urel[t] == "ccomp" {
		// Other complements inherit the governor's own modality.
		gm := c.marks(v, g, nil)
		switch {
		case gm.negated:
			fr.modality, fr.why = text.Negated, gm.negWhy
		case gm.future:
			fr.modality, fr.why = text.Future, gm.auxWhy
		case gm.modal || gm.appeal || gm.demand:
			fr.modality, fr.why = text.Hypothetical, gm.auxWhy
		}
	}
	if fr.modality == text.Asserted {
		return c.unembedded(v, clause, own, fr)
	}
	return fr
}

// allegedReason reports whether clause t, marked by "of" or "for", gives
// what governor g alleges or punishes: "accused Hamas of firing rockets",
// "blamed Iran for attacking", "was arrested for collaborating with a
// terrorist group", "convicted of spying". A punishment states its
// reason, it does not assert it.
func (c *Coder) allegedReason(v *sentence, g, t int) bool {
	if !v.hasMark(t, "of") && !v.hasMark(t, "for") {
		return false
	}
	return v.inClass(c.lex, classAllegeGov, g) || v.inClass(c.lex, classPunishGov, g)
}

// activeReport reports whether governor g is a verb of both the report and
// the allege-gov classes used in the active voice: "the agency reported
// that troops attacked" reports the attack, while "reports that troops
// attacked" and "troops were reported to have attacked" only allege it.
func (c *Coder) activeReport(v *sentence, g int) bool {
	return v.upos[g] == "VERB" && !v.passive(g) &&
		v.inClass(c.lex, classReport, g)
}

// controlled reports whether clause t states what governor g's own
// subject is to do: an infinitive ("promised to free", "urged Iran to
// free") or a that-clause whose subject is a pronoun or the governor's
// subject ("promised that it would free"). "hoped that France would be
// indicted" is not an intention of the speaker.
func (v *sentence) controlled(g, t int) bool {
	switch v.urel[t] {
	case "xcomp", "acl", "advcl":
		return true
	}
	s := v.childUniversal(t, "nsubj", "csubj")
	if s < 0 {
		return true
	}
	if v.upos[s] == "PRON" {
		return true
	}
	gs := v.subject(g, 0)
	return gs >= 0 && v.mention[gs] >= 0 && v.mention[s] >= 0 && sameMentionActor(v.doc, v.mention[gs], v.mention[s])
}

// governorKind classifies a governing word g of the event clause t as an
// intention, threat, refusal, appeal or demand.
func (c *Coder) governorKind(v *sentence, g, t int) (transformKind, bool) {
	lex := c.lex
	w, f := v.lemma[g], v.lower[g]
	in := func(class lexClass) bool { return lex.has(class, w) || lex.has(class, f) }
	// "want Putin to attack" asks; "want to attack" intends.
	if (w == "want" || w == "wish" || w == "like" || w == "expect") && v.childUniversal(g, "obj", "iobj") >= 0 && v.urel[t] == "xcomp" {
		return appealForm, true
	}
	if v.urel[t] == "obj" && in(classSeekGov) {
		// "seeks the release of", "seeking aid": asked for.
		return appealForm, true
	}
	if (v.urel[t] == "xcomp" || v.urel[t] == "advcl") && v.callPurpose(g) {
		// "called Erdogan to apologize": a call made to apologize.
		return noTransform, false
	}
	switch {
	case in(classRefuseGov):
		return refuseForm, true
	case in(classThreatGov), in(classIntentGov):
		return intentForm, true
	case in(classAppealGov), in(classDemandGov):
		if c.toPress(v, g, t) {
			// "told a news conference to close the summit", "told
			// reporters to": the press is told, not asked.
			return noTransform, false
		}
		if in(classAppealGov) {
			return appealForm, true
		}
		return demandForm, true
	}
	return noTransform, false
}

// toPress reports whether the object of governor g, a verb of reporting,
// is a gathering ("told a news conference"), or whether it is the press
// alone ("told reporters"), other than the event clause t and not holding
// it.
func (c *Coder) toPress(v *sentence, g, t int) bool {
	o := v.childUniversal(g, "obj", "iobj")
	if o < 0 {
		return false
	}
	if v.inClass(c.lex, classVenueNoun, o) {
		// "told a meeting with officials", "told the Reuters summit":
		// where one speaks; "requested a meeting", "urged a deal" ask.
		return v.inClass(c.lex, classReport, g)
	}
	if o == t || v.dominates(o, t) {
		return false
	}
	ps := c.participantsAt(v, o, false)
	return len(ps) > 0 && !slices.ContainsFunc(ps, func(p *text.Participant) bool { return !c.pressOnly(p) })
}

// adjunct reports whether the noun a is marked by an adjunct-case word of
// the lexicon: "told Reuters at a meeting", "urged restraint during the
// visit" say where or when, and do not demand the meeting or the visit.
func (c *Coder) adjunct(v *sentence, a int) bool {
	return c.markedBy(v, a, classAdjunctCase) || v.inClass(c.lex, classJourneyNoun, a) && v.hasCase(a, "on")
}

// markedBy reports whether the noun a has a case word of the class, or an
// "of" right after a word of it that the parser hung elsewhere ("ahead of
// the summit").
func (c *Coder) markedBy(v *sentence, a int, class lexClass) bool {
	for _, k := range v.kids[a] {
		if v.urel[k] == "case" && (v.inClass(c.lex, class, k) || k > 0 && v.lower[k] == "of" && v.inClass(c.lex, class, k-1)) {
			return true
		}
	}
	return false
}

// noSubject returns the word that makes the subject of clause t none
// ("nobody", "no one", "no", "neither"), or "".
func (v *sentence) noSubject(t int) string {
	subj := v.childUniversal(t, "nsubj")
	if subj < 0 {
		return ""
	}
	why := ""
	switch v.lemma[subj] {
	case "nobody", "none", "noone":
		why = v.lower[subj]
	case "one":
		if k := v.childUniversal(subj, "det"); k >= 0 && v.lemma[k] == "no" {
			why = "no one"
		}
	}
	for _, k := range v.kids[subj] {
		if v.lemma[k] == "no" && v.urel[k] == "det" {
			why = "no"
		}
	}
	// "Neither Iran nor Iraq attended": the subjects are none.
	for _, k := range v.conjuncts(subj) {
		for _, j := range v.kids[k] {
			if (v.lower[j] == "neither" || v.lower[j] == "nor") && (v.urel[j] == "cc" || v.rel[j] == "cc:preconj") {
				why = v.lower[j]
			}
		}
	}
	return why
}

// governed builds the frame of an event governed by an intent, refusal,
// appeal or demand word g.
func (c *Coder) governed(v *sentence, clause, g int, k transformKind, fr frame) frame {
	if v.questionPut(g, clause) {
		// "When asked about reshuffling his Cabinet, Kishida said",
		// "asked whether Iran would attend": a question asks about the
		// event, it neither asserts nor requests it.
		fr.modality, fr.why = text.Hypothetical, "?"
		return fr
	}
	gm := c.marks(v, g, nil)
	if why := v.noSubject(g); why != "" && !gm.negated && v.isVerbal(g) {
		// "No one will want to invest in Egypt", "nobody wants to attack
		// Iran": no one intends it.
		gm.negated, gm.negWhy = true, why
	}
	if gm.negated {
		// "did not agree to meet", "did not call for talks".
		fr.modality, fr.why = text.Negated, gm.negWhy
		return fr
	}
	if gm.condition {
		fr.modality, fr.why = text.Hypothetical, gm.condWhy
		return fr
	}
	if gm.modal && (!gm.pastFuture || c.reportVerb(v, g) < 0) {
		// "would be forced to call elections": "would" is the future of
		// a report ("said it would agree to meet") only in one.
		fr.modality, fr.why = text.Hypothetical, gm.auxWhy
		return fr
	}
	fr.kind, fr.governor, fr.why = k, g, v.lower[g]
	fr.speaker = v.subject(g, 0)
	if fr.speaker < 0 && !v.isVerbal(g) && v.upos[g] != "VERB" {
		fr.speaker = v.nounSource(g) // "Iran's refusal to", "calls by X for"
	}
	if under := v.underPredicate(g); under >= 0 {
		// "Iran is under pressure from the US to halt enrichment": the US
		// demands it of Iran.
		fr.speaker = v.nounSource(g)
		if k == appealForm || k == demandForm {
			fr.addressee = under
			return fr
		}
	}
	switch k {
	case appealForm, demandForm:
		fr.addressee = v.addressee(g, clause)
	case allegeForm:
		// The accused: the governor's object ("accused Iran of ...") or the
		// alleged clause's subject ("claimed that Iran ...").
		fr.addressee = v.controller(g)
		if fr.addressee < 0 {
			fr.addressee = v.subject(clause, 0)
		}
		if a := fr.addressee; a >= 0 {
			fr.addressee = v.antecedentOfRelative(a) // "Iran, which the US accuses of ..."
		}
		if a := fr.addressee; a >= 0 && (v.upos[a] == "PRON" && v.mention[a] < 0 ||
			fr.speaker >= 0 && v.mention[a] >= 0 && v.mention[fr.speaker] >= 0 &&
				(sameMentionActor(v.doc, v.mention[a], v.mention[fr.speaker]) || c.sameState(v.doc, v.mention[a], v.mention[fr.speaker]))) {
			fr.selfClaim = true
		}
	}
	return fr
}

// reportVerb returns the verb of reporting whose content clause h is: the
// verb it is the complement of ("said it would agree"), or one attached
// to it ("X would agree, the minister said"); or -1.
func (c *Coder) reportVerb(v *sentence, h int) int {
	for steps := 0; v.urel[h] == "conj" && v.head[h] >= 0 && steps < v.n; steps++ {
		h = v.head[h] // "said it would push for a deal and would pledge to"
	}
	if g := v.head[h]; g >= 0 && (v.urel[h] == "ccomp" || v.urel[h] == "parataxis") {
		if p := v.phraseGovernor(g); p != g && c.lex.has(classReport, v.phrasal[p]) {
			return p
		}
		if v.inClass(c.lex, classReport, g) {
			return g
		}
	}
	return v.reportChild(h, c.lex)
}

// reported builds the frame of an event clause t reported by verb r: a
// future in a statement is an announced intention (CAMEO 03 or 13), a
// negated future a refusal, "should" an appeal and "must" a demand.
func (c *Coder) reported(v *sentence, clause, t, r int, own ownMarks, fr frame) frame {
	speaker := v.subject(r, 0)
	set := func(k transformKind) frame {
		fr.kind, fr.governor, fr.speaker, fr.why = k, r, speaker, own.auxWhy
		if k == appealForm || k == demandForm {
			if s := v.subject(clause, 0); s >= 0 {
				fr.addressee = s
			}
		}
		return fr
	}
	rm := c.marks(v, r, nil)
	if rm.negated || rm.condition {
		fr.modality = text.Hypothetical
		fr.why = rm.negWhy + rm.condWhy
		return fr
	}
	switch {
	case v.imperative(clause):
		// "'Release the prisoners,' the minister said": what the speaker
		// calls for.
		return set(appealForm)
	case own.arranged && !own.negated:
		fr.modality, fr.why = text.Future, own.auxWhy
	case (own.future || own.pastFuture) && own.negated:
		fr.prospective = true
		return set(refuseForm)
	case own.refusal && own.negated:
		return set(refuseForm)
	case own.future || own.pastFuture:
		fr.prospective = true
		return set(intentForm)
	case own.appeal && !own.negated:
		return set(appealForm)
	case own.demand && !own.negated:
		return set(demandForm)
	case own.negated:
		fr.modality, fr.why = text.Negated, own.negWhy
	case own.modal:
		fr.modality, fr.why = text.Hypothetical, own.auxWhy
	}
	if fr.modality == text.Asserted {
		fr.speaker = speaker
	}
	return fr
}

// unembedded decides the frame of a clause no word governs: "will" states
// an intention, "will not" a refusal; other modals make it hypothetical.
func (c *Coder) unembedded(v *sentence, clause int, own ownMarks, fr frame) frame {
	if v.urel[clause] != "ccomp" && v.imperative(clause) {
		// "Visit our website", "(To read more, visit Reuters online)": a
		// directive to the reader, not an event.
		fr.modality, fr.why = text.Hypothetical, "imperative"
		return fr
	}
	switch {
	case own.arranged && !own.negated:
		fr.modality, fr.why = text.Future, own.auxWhy
	case own.future && own.negated:
		fr.kind, fr.why, fr.prospective = refuseForm, own.negWhy, true
	case own.refusal && own.negated:
		fr.kind, fr.why = refuseForm, own.negWhy
	case own.future:
		fr.kind, fr.why, fr.prospective = intentForm, own.auxWhy, true
	case own.negated:
		fr.modality, fr.why = text.Negated, own.negWhy
	case own.modal || own.appeal || own.demand:
		fr.modality, fr.why = text.Hypothetical, own.auxWhy
	}
	return fr
}

// fallbackModality is the modality of an event whose speech-act form does
// not exist (transform.tsv has "-").
func fallbackModality(k transformKind) text.Modality {
	switch k {
	case intentForm:
		return text.Future
	case refuseForm:
		return text.Negated
	}
	return text.Hypothetical
}

// depthOK bounds the chain of catenative verbs frameOf climbs.
func depthOK(v *sentence, t int) bool {
	n := 0
	for ; t >= 0 && v.urel[t] == "xcomp" && n < 8; t = v.head[t] {
		n++
	}
	return n < 8
}

// isTime reports whether the phrase headed by t is a time ("May", "last
// week", "2012") rather than a participant.
func (c *Coder) isTime(v *sentence, t int) bool {
	if c.lex.has(classTimeWord, v.lower[t]) {
		return true
	}
	if v.inClass(c.lex, classEndTime, t) {
		// "at the end of March", "the start of the year".
		for _, k := range v.kids[t] {
			if v.urel[k] == "nmod" && v.hasCase(k, "of") && c.lex.has(classTimeWord, v.lower[k]) {
				return true
			}
		}
	}
	if v.upos[t] == "NUM" {
		// "October 16", "16 October": a day of a named month.
		if h := v.head[t]; h >= 0 && c.lex.has(classTimeWord, v.lower[h]) {
			return true
		}
		for _, k := range v.kids[t] {
			if c.lex.has(classTimeWord, v.lower[k]) {
				return true
			}
		}
	}
	w := v.lower[t]
	if len(w) != 4 || v.upos[t] != "NUM" {
		return false
	}
	for i := range 4 {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w >= "1900" && w <= "2099"
}

// asked reports whether clause c is a question: a question mark follows its
// last word (closing quotes and brackets aside).
func (v *sentence) asked(c int) bool {
	last := c
	var walk func(t, depth int)
	walk = func(t, depth int) {
		if depth > v.n {
			return
		}
		for _, k := range v.kids[t] {
			if v.upos[k] == "PUNCT" || k > c && v.clauseBoundary(k) {
				continue
			}
			last = max(last, k)
			walk(k, depth+1)
		}
	}
	walk(c, 0)
	for i := last + 1; i < v.n; i++ {
		switch v.lower[i] {
		case "?":
			return true
		case "\"", "'", "”", "’", ")", "»":
			continue
		}
		return false
	}
	return false
}

// timeClauseAhead reports whether clause t is a time clause that may lie
// ahead of its main clause's time: "before arriving", "until Britain
// apologizes", "once the deal is signed", "after the delegation arrives";
// not one in the past ("after Berlin accused London", "after experts had
// started") nor a gerund after "after" ("after ordering the closure", as
// often done as to be done).
func (v *sentence) timeClauseAhead(t int) bool {
	x := v.tok(t).XPOS
	if x == "VBD" || x == "VBN" && !v.passive(t) {
		return false
	}
	for _, k := range v.kids[t] {
		if (v.urel[k] == "aux" || v.urel[k] == "aux:pass") && (v.lemma[k] == "have" || v.tok(k).XPOS == "VBD") {
			return false // "after it had signed", "when it was signed"
		}
	}
	switch {
	case v.hasMark(t, "before", "until", "till", "once", "upon"):
		return true
	case v.hasMark(t, "after", "when"):
		return x != "VBG"
	}
	return false
}

// givenWhClause reports whether clause t opens with a wh-adverb of class
// given-wh ("why", "how"), of its own head or of a word in its first
// phrase ("how many were killed").
func (c *Coder) givenWhClause(v *sentence, t int) bool {
	first := t
	for k := 0; k < t; k++ {
		if v.dominates(t, k) {
			first = k
			break
		}
	}
	return v.tok(first).XPOS == "WRB" && v.inClass(c.lex, classGivenWh, first)
}
