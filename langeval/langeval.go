// Package langeval scores CoNLL-U annotations against a gold treebank with the
// metrics of the CoNLL 2018 shared task on Universal Dependencies parsing.
package langeval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/conllu"
)

// Score counts one metric. For word-level metrics Aligned is the number of
// gold words the system words were aligned to; it is -1 for Tokens,
// Sentences and Words, which have no aligned accuracy.
type Score struct {
	Gold, System, Correct int
	Aligned               int
}

// Precision is Correct/System, or 0 when the system has nothing.
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall is Correct/Gold, or 0 when the gold has nothing.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 { return ratio(2*s.Correct, s.Gold+s.System) }

// AlignedAccuracy is Correct/Aligned: the accuracy on the words whose
// segmentation is right. With gold tokenization it equals F1.
func (s Score) AlignedAccuracy() float64 { return ratio(s.Correct, s.Aligned) }

func ratio(a, b int) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report holds every metric of the CoNLL 2018 evaluation.
type Report struct {
	Tokens, Sentences, Words    Score
	UPOS, XPOS, UFeats, AllTags Score
	Lemmas                      Score
	UAS, LAS, CLAS, MLAS, BLEX  Score
}

// Metric is one named row of a report.
type Metric struct {
	Name  string
	Score Score
}

// Metrics returns the report's rows in the order of the CoNLL 2018 script.
func (r Report) Metrics() []Metric {
	return []Metric{
		{"Tokens", r.Tokens}, {"Sentences", r.Sentences}, {"Words", r.Words},
		{"UPOS", r.UPOS}, {"XPOS", r.XPOS}, {"UFeats", r.UFeats}, {"AllTags", r.AllTags},
		{"Lemmas", r.Lemmas}, {"UAS", r.UAS}, {"LAS", r.LAS}, {"CLAS", r.CLAS},
		{"MLAS", r.MLAS}, {"BLEX", r.BLEX},
	}
}

// WriteTable writes the report as the verbose table of conll18_ud_eval.py,
// percentages with two decimals; when names are given, only those metrics.
func (r Report) WriteTable(w io.Writer, names ...string) error {
	var b strings.Builder
	b.WriteString("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n")
	b.WriteString("-----------+-----------+-----------+-----------+-----------\n")
	for _, m := range r.Metrics() {
		if len(names) > 0 && !slices.Contains(names, m.Name) {
			continue
		}
		acc := ""
		if m.Score.Aligned >= 0 {
			acc = fmt.Sprintf("%10.2f", 100*m.Score.AlignedAccuracy())
		}
		fmt.Fprintf(&b, "%-11s|%10.2f |%10.2f |%10.2f |%s\n", m.Name,
			100*m.Score.Precision(), 100*m.Score.Recall(), 100*m.Score.F1(), acc)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String returns the table that WriteTable writes.
func (r Report) String() string {
	var b strings.Builder
	_ = r.WriteTable(&b)
	return b.String()
}

// universalFeatures are the features the 2018 evaluation keeps in UFeats.
var universalFeatures = map[string]bool{
	"PronType": true, "NumType": true, "Poss": true, "Reflex": true, "Foreign": true,
	"Abbr": true, "Gender": true, "Animacy": true, "Number": true, "Case": true,
	"Definite": true, "Degree": true, "VerbForm": true, "Mood": true, "Tense": true,
	"Aspect": true, "Voice": true, "Evident": true, "Polarity": true, "Person": true,
	"Polite": true,
}

// contentRelations are scored by CLAS, MLAS and BLEX.
var contentRelations = map[string]bool{
	"nsubj": true, "obj": true, "iobj": true, "csubj": true, "ccomp": true, "xcomp": true,
	"obl": true, "vocative": true, "expl": true, "dislocated": true, "advcl": true,
	"advmod": true, "discourse": true, "nmod": true, "appos": true, "nummod": true,
	"acl": true, "amod": true, "conj": true, "fixed": true, "flat": true, "compound": true,
	"list": true, "parataxis": true, "orphan": true, "goeswith": true, "reparandum": true,
	"root": true, "dep": true,
}

// functionalRelations attach the function words MLAS checks with their head.
var functionalRelations = map[string]bool{
	"aux": true, "cop": true, "mark": true, "det": true, "clf": true, "case": true, "cc": true,
}

// Parent values besides word indices.
const (
	rootParent       = -1 // HEAD 0
	unknownGold      = -2 // HEAD "_" in the gold file
	notAligned       = -3 // the system head is a word aligned to no gold word
	unknownSystem    = -4 // HEAD "_" in the system file
	maxAlignmentCell = 1 << 22
)

type span struct{ start, end int }

type word struct {
	span                           span // the whole surface token for words of a multiword token
	form, lemma, upos, xpos, feats string
	deprel                         string // universal part only
	head                           int    // index in doc.words, rootParent, or unknown
	multi                          bool
	content, functional            bool
	children                       []int // functional children, in order
}

type doc struct {
	chars     []byte // the non-space characters of all tokens, concatenated
	tokens    []span
	words     []word
	sentences []span
}

// Error reports input the evaluation cannot score.
type Error struct {
	// Side is "gold" or "system".
	Side string
	// Sentence is the 1-based index of the offending sentence, or 0.
	Sentence int
	Msg      string
}

func (e *Error) Error() string {
	if e.Sentence > 0 {
		return fmt.Sprintf("%s sentence %d: %s", e.Side, e.Sentence, e.Msg)
	}
	return e.Side + ": " + e.Msg
}

// dropZs removes the space characters (category Zs) from a form, as the 2018
// script does so that a tokenizer that keeps spaces inside tokens aligns.
func dropZs(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Zs, r) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Zs, r) {
			return -1
		}
		return r
	}, s)
}

func load(sents []*conllu.Sentence, side string, unknownHead int) (*doc, error) {
	d := &doc{}
	for si, s := range sents {
		if s == nil || len(s.Words) == 0 {
			return nil, &Error{side, si + 1, "sentence has no words"}
		}
		start := len(d.chars)
		first := len(d.words)
		mw := 0
		for wi := 0; wi < len(s.Words); {
			w := s.Words[wi]
			if w.ID != wi+1 {
				return nil, &Error{side, si + 1, fmt.Sprintf("word %d has id %d", wi+1, w.ID)}
			}
			if mw < len(s.MultiWords) && s.MultiWords[mw].First == w.ID {
				m := s.MultiWords[mw]
				mw++
				if m.Last < m.First || m.Last > len(s.Words) {
					return nil, &Error{side, si + 1, fmt.Sprintf("multiword token %d-%d out of range", m.First, m.Last)}
				}
				tok, err := d.addToken(m.Form, side, si)
				if err != nil {
					return nil, err
				}
				for k := m.First; k <= m.Last; k++ {
					d.words = append(d.words, newWord(s.Words[k-1], tok, true))
				}
				wi = m.Last
				continue
			}
			tok, err := d.addToken(w.Form, side, si)
			if err != nil {
				return nil, err
			}
			d.words = append(d.words, newWord(w, tok, false))
			wi++
		}
		n := len(d.words) - first
		for k := first; k < len(d.words); k++ {
			w := &d.words[k]
			h := s.Words[k-first].Head
			switch {
			case h < 0:
				w.head = unknownHead
			case h == 0:
				w.head = rootParent
			case h > n:
				return nil, &Error{side, si + 1, fmt.Sprintf("word %d has HEAD %d outside the sentence", k-first+1, h)}
			default:
				w.head = first + h - 1
			}
		}
		for k := first; k < len(d.words); k++ {
			if w := d.words[k]; w.head >= 0 && w.functional {
				d.words[w.head].children = append(d.words[w.head].children, k)
			}
		}
		d.sentences = append(d.sentences, span{start, len(d.chars)})
	}
	return d, nil
}

func (d *doc) addToken(form, side string, si int) (span, error) {
	f := dropZs(form)
	if f == "" {
		return span{}, &Error{side, si + 1, "empty FORM"}
	}
	sp := span{len(d.chars), len(d.chars) + len(f)}
	d.chars = append(d.chars, f...)
	d.tokens = append(d.tokens, sp)
	return sp, nil
}

func newWord(w conllu.Word, tok span, multi bool) word {
	var feats []string
	if w.Feats != "" && w.Feats != "_" {
		for _, f := range strings.Split(w.Feats, "|") {
			name, _, _ := strings.Cut(f, "=")
			if universalFeatures[name] {
				feats = append(feats, f)
			}
		}
		slices.Sort(feats)
	}
	rel, _, _ := strings.Cut(w.DepRel, ":")
	return word{
		span: tok, form: strings.ToLower(w.Form), lemma: w.Lemma, upos: w.UPOS, xpos: w.XPOS,
		feats: strings.Join(feats, "|"), deprel: rel, multi: multi,
		content: contentRelations[rel], functional: functionalRelations[rel],
	}
}

// Evaluate scores system against gold. Both must spell the same text: the
// concatenation of their token forms, without spaces, must be equal, or
// Evaluate returns an *Error showing where they differ. Tokens, sentences
// and words are compared by character spans; the other metrics are computed
// on words aligned as the CoNLL 2018 script aligns them (exactly by span, or
// by the longest common subsequence of forms inside multiword tokens). A
// HEAD of "_" never counts as correct. Unlike the script, Evaluate does not
// reject cycles or several roots, so tokenizer output without a parse can be
// scored.
func Evaluate(gold, system []*conllu.Sentence) (Report, error) {
	g, err := load(gold, "gold", unknownGold)
	if err != nil {
		return Report{}, err
	}
	s, err := load(system, "system", unknownSystem)
	if err != nil {
		return Report{}, err
	}
	if string(g.chars) != string(s.chars) {
		return Report{}, charMismatch(g.chars, s.chars)
	}
	al := align(g.words, s.words)
	r := Report{
		Tokens:    spansScore(g.tokens, s.tokens),
		Sentences: spansScore(g.sentences, s.sentences),
		Words:     Score{Gold: len(g.words), System: len(s.words), Correct: len(al.pairs), Aligned: -1},
	}
	// toGold maps a system word index to the gold word it is aligned to.
	toGold := func(i int) int {
		if gi, ok := al.sysToGold[i]; ok {
			return gi
		}
		return notAligned
	}
	// sysParent is the gold word a system word's head is aligned to.
	sysParent := func(sw *word) int {
		if sw.head >= 0 {
			return toGold(sw.head)
		}
		return sw.head
	}
	all := func(*word) bool { return true }
	content := func(w *word) bool { return w.content }
	score := func(filter func(*word) bool, same func(gw, sw *word) bool) Score {
		sc := Score{}
		for i := range g.words {
			if filter(&g.words[i]) {
				sc.Gold++
			}
		}
		for i := range s.words {
			if filter(&s.words[i]) {
				sc.System++
			}
		}
		for _, p := range al.pairs {
			gw, sw := &g.words[p[0]], &s.words[p[1]]
			if !filter(gw) {
				continue
			}
			sc.Aligned++
			if same(gw, sw) {
				sc.Correct++
			}
		}
		return sc
	}
	lemma := func(gw, sw *word) string {
		if gw.lemma == "_" {
			return "_"
		}
		return sw.lemma
	}
	children := func(gw, sw *word) bool {
		if len(gw.children) != len(sw.children) {
			return false
		}
		for k := range gw.children {
			gc, sc := &g.words[gw.children[k]], &s.words[sw.children[k]]
			if toGold(sw.children[k]) != gw.children[k] || gc.deprel != sc.deprel || gc.upos != sc.upos || gc.feats != sc.feats {
				return false
			}
		}
		return true
	}
	r.UPOS = score(all, func(gw, sw *word) bool { return gw.upos == sw.upos })
	r.XPOS = score(all, func(gw, sw *word) bool { return gw.xpos == sw.xpos })
	r.UFeats = score(all, func(gw, sw *word) bool { return gw.feats == sw.feats })
	r.AllTags = score(all, func(gw, sw *word) bool {
		return gw.upos == sw.upos && gw.xpos == sw.xpos && gw.feats == sw.feats
	})
	r.Lemmas = score(all, func(gw, sw *word) bool { return gw.lemma == lemma(gw, sw) })
	r.UAS = score(all, func(gw, sw *word) bool { return gw.head == sysParent(sw) })
	r.LAS = score(all, func(gw, sw *word) bool { return gw.head == sysParent(sw) && gw.deprel == sw.deprel })
	r.CLAS = score(content, func(gw, sw *word) bool { return gw.head == sysParent(sw) && gw.deprel == sw.deprel })
	r.MLAS = score(content, func(gw, sw *word) bool {
		return gw.head == sysParent(sw) && gw.deprel == sw.deprel && gw.upos == sw.upos &&
			gw.feats == sw.feats && children(gw, sw)
	})
	r.BLEX = score(content, func(gw, sw *word) bool {
		return gw.head == sysParent(sw) && gw.deprel == sw.deprel && gw.lemma == lemma(gw, sw)
	})
	return r, nil
}

func charMismatch(g, s []byte) error {
	i := 0
	for i < len(g) && i < len(s) && g[i] == s[i] {
		i++
	}
	// Back up to the start of the rune the difference falls in.
	for i > 0 && i < len(g) && !utf8.RuneStart(g[i]) {
		i--
	}
	return &Error{Side: "system", Msg: fmt.Sprintf(
		"the tokens do not spell the gold text: first 20 differing characters in gold %q, in system %q",
		firstRunes(g[i:], 20), firstRunes(s[min(i, len(s)):], 20))}
}

func firstRunes(b []byte, n int) string {
	end := 0
	for k := 0; k < n && end < len(b); k++ {
		_, size := utf8.DecodeRune(b[end:])
		end += size
	}
	return string(b[:end])
}

func spansScore(gold, sys []span) Score {
	sc := Score{Gold: len(gold), System: len(sys), Aligned: -1}
	gi, si := 0, 0
	for gi < len(gold) && si < len(sys) {
		switch {
		case sys[si].start < gold[gi].start:
			si++
		case gold[gi].start < sys[si].start:
			gi++
		default:
			if gold[gi].end == sys[si].end {
				sc.Correct++
			}
			gi++
			si++
		}
	}
	return sc
}

type alignment struct {
	pairs     [][2]int // gold index, system index
	sysToGold map[int]int
}

func (a *alignment) add(g, s int) {
	a.pairs = append(a.pairs, [2]int{g, s})
	a.sysToGold[s] = g
}

// align pairs gold and system words as conll18_ud_eval.py does.
func align(gold, sys []word) *alignment {
	a := &alignment{sysToGold: make(map[int]int, len(gold))}
	gi, si := 0, 0
	for gi < len(gold) && si < len(sys) {
		if !gold[gi].multi && !sys[si].multi {
			switch {
			case gold[gi].span == sys[si].span:
				a.add(gi, si)
				gi++
				si++
			case gold[gi].span.start <= sys[si].span.start:
				gi++
			default:
				si++
			}
			continue
		}
		var gs, ss int
		gs, ss, gi, si = multiwordSpan(gold, sys, gi, si)
		if gi > gs && si > ss {
			alignLCS(a, gold[gs:gi], sys[ss:si], gs, ss)
		}
	}
	return a
}

// multiwordSpan finds the smallest stretch of words around a multiword token
// that starts and ends at the same characters in both files.
func multiwordSpan(gold, sys []word, gi, si int) (gs, ss, ge, se int) {
	var end int
	if gold[gi].multi {
		end = gold[gi].span.end
		if !sys[si].multi && sys[si].span.start < gold[gi].span.start {
			si++
		}
	} else {
		end = sys[si].span.end
		if !gold[gi].multi && gold[gi].span.start < sys[si].span.start {
			gi++
		}
	}
	gs, ss = gi, si
	beyond := func(ws []word, i int) bool {
		if i >= len(ws) {
			return true
		}
		if ws[i].multi {
			return ws[i].span.start >= end
		}
		return ws[i].span.end > end
	}
	extend := func(w word) {
		if w.multi && w.span.end > end {
			end = w.span.end
		}
	}
	for !beyond(gold, gi) || !beyond(sys, si) {
		if gi < len(gold) && (si >= len(sys) || gold[gi].span.start <= sys[si].span.start) {
			extend(gold[gi])
			gi++
		} else {
			extend(sys[si])
			si++
		}
	}
	return gs, ss, gi, si
}

// alignLCS aligns the words of a multiword stretch by the longest common
// subsequence of their lower-cased forms. Stretches too large for the table
// are aligned greedily, which only matters for pathological input.
func alignLCS(a *alignment, gold, sys []word, goff, soff int) {
	n, m := len(gold), len(sys)
	if n*m > maxAlignmentCell {
		for g, s := 0, 0; g < n && s < m; {
			if gold[g].form == sys[s].form {
				a.add(goff+g, soff+s)
				g++
				s++
			} else if gold[g].span.start <= sys[s].span.start {
				g++
			} else {
				s++
			}
		}
		return
	}
	lcs := make([]int, (n+1)*(m+1))
	at := func(g, s int) int { return lcs[g*(m+1)+s] }
	for g := n - 1; g >= 0; g-- {
		for s := m - 1; s >= 0; s-- {
			v := 0
			if gold[g].form == sys[s].form {
				v = 1 + at(g+1, s+1)
			}
			v = max(v, at(g+1, s), at(g, s+1))
			lcs[g*(m+1)+s] = v
		}
	}
	for g, s := 0, 0; g < n && s < m; {
		switch {
		case gold[g].form == sys[s].form:
			a.add(goff+g, soff+s)
			g++
			s++
		case at(g, s) == at(g+1, s):
			g++
		default:
			s++
		}
	}
}

// RawText returns the text that the gold sentences spell, built as
// conllu.ToDocument builds it: tokens joined as their SpaceAfter marks say,
// sentences joined by a space, paragraphs and documents by a blank line. It
// is the input for evaluating tokenization and segmentation from raw text.
func RawText(gold []*conllu.Sentence) string {
	return conllu.ToDocument("", gold, false).Text
}
