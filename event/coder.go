// Package event codes political events (CAMEO and PLOVER) from parsed,
// actor-resolved documents with a dictionary of dependency patterns.
package event

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/parleyproject/parley/ontology"
	"github.com/parleyproject/parley/text"
)

// Coder codes events. It is read-only and safe for concurrent use.
type Coder struct {
	dict *Dictionary
	onto *ontology.Ontology
	lex  *Lexicon
	opts Options
}

// Options change what the coder emits.
type Options struct {
	// RequireSource drops events whose source is not resolved to an actor
	// code (the legacy coders' behaviour). By default such events are kept
	// with the source phrase and an empty code, as GDELT does.
	RequireSource bool
	// RequireTarget drops events without a resolved target.
	RequireTarget bool
}

// New returns a coder over a dictionary, an ontology and a modality
// lexicon.
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
	m        match
	modality text.Modality
	modWhy   string
	dropped  string // reason the candidate was dropped, or ""
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
	for si := range doc.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return traces, err
			}
		}
		v := newSentence(doc, si, bySent)
		var tr *sentenceTrace
		if explain {
			traces = append(traces, sentenceTrace{index: si})
			tr = &traces[len(traces)-1]
		}
		c.codeSentence(v, tr)
	}
	return traces, nil
}

func (c *Coder) codeSentence(v *sentence, tr *sentenceTrace) {
	var cands []*candidate
	for a := 0; a < v.n; a++ {
		var groups []*group
		switch v.upos[a] {
		case "VERB":
			groups = c.verbGroups(v, a)
		case "NOUN", "PROPN":
			groups = c.dict.nouns[v.lemma[a]]
			if len(groups) == 0 && v.lemma[a] != v.lower[a] {
				groups = c.dict.nouns[v.lower[a]]
			}
		default:
			// Parsers sometimes tag a verb as an adjective or noun ("Talks
			// stalled"); the lemma still finds verb anchors when the word
			// heads a clause.
			if v.isVerbal(a) {
				groups = c.verbGroups(v, a)
			}
		}
		if len(groups) == 0 {
			continue
		}
		var at *anchorTrace
		if tr != nil {
			tr.anchors = append(tr.anchors, anchorTrace{token: a})
			at = &tr.anchors[len(tr.anchors)-1]
		}
		m, ok := c.matchAnchor(v, a, groups, at)
		if !ok {
			if at != nil {
				at.result = "no pattern matched"
			}
			continue
		}
		if m.code == "---" {
			if at != nil {
				at.result = "matched " + m.rule + ", which codes no event"
			}
			continue
		}
		cd := &candidate{m: m}
		cd.modality, cd.modWhy = c.modality(v, a)
		cands = append(cands, cd)
		if at != nil {
			at.result = "matched " + m.rule + " → " + m.code
			at.cand = cd
		}
	}
	c.resolveNesting(v, cands)
	group := 0
	for _, cd := range cands {
		if cd.dropped != "" {
			continue
		}
		n := c.emit(v, cd, group)
		if n > 0 {
			group++
		} else if cd.dropped == "" {
			cd.dropped = "no participants"
		}
	}
}

func (c *Coder) verbGroups(v *sentence, a int) []*group {
	gs := c.dict.verbs[v.lemma[a]]
	if len(gs) == 0 && v.lemma[a] != v.lower[a] {
		gs = c.dict.verbs[v.lower[a]]
	}
	return gs
}

// resolveNesting drops candidates whose anchor another pattern used, and
// statements whose content yields a more specific event ("X said Y
// attacked Z" codes only the attack).
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
		if cd.dropped != "" || !isStatement(cd.m.code) {
			continue
		}
		for _, o := range cands {
			if o == cd || o.dropped != "" || isStatement(o.m.code) && o.m.code == cd.m.code {
				continue
			}
			if v.dominates(cd.m.anchor, o.m.anchor) {
				cd.dropped = "the statement's content is coded as " + o.m.code
				break
			}
		}
	}
	// A noun event inside a verb event's phrase adds nothing ("launched an
	// attack on X" is the verb's event).
	for _, cd := range cands {
		if cd.dropped != "" || cd.m.group == nil || cd.m.group.kind != nounGroup {
			continue
		}
		for _, o := range cands {
			if o == cd || o.dropped != "" || o.m.group == nil || o.m.group.kind != verbGroup {
				continue
			}
			if v.head[cd.m.anchor] == o.m.anchor && rootOf(o.m.code) == rootOf(cd.m.code) {
				cd.dropped = "the verb " + v.lower[o.m.anchor] + " codes the same event"
				break
			}
		}
	}
}

func isStatement(code string) bool { return len(code) >= 2 && code[:2] == "01" }

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

// emit turns a candidate into events (one per source–target pair) and
// returns how many it added.
func (c *Coder) emit(v *sentence, cd *candidate, group int) int {
	m := cd.m
	info, ok := c.onto.CAMEO(m.code)
	if !ok {
		info, ok = c.onto.Nearest(m.code)
	}
	if !ok {
		cd.dropped = "code " + m.code + " is not in the ontology"
		return 0
	}
	sources := c.sources(v, m)
	targets := c.targets(v, m)
	if c.opts.RequireSource {
		sources = onlyResolved(sources)
	}
	if c.opts.RequireTarget {
		targets = onlyResolved(targets)
	}
	if len(sources) == 0 {
		if c.opts.RequireSource {
			cd.dropped = "no resolved source"
			return 0
		}
		sources = []*text.Participant{nil}
	}
	if len(targets) == 0 {
		if c.opts.RequireTarget {
			cd.dropped = "no resolved target"
			return 0
		}
		targets = []*text.Participant{nil}
	}
	doc := v.doc
	anchorTok := v.tok(m.anchor)
	groupID := fmt.Sprintf("%s:s%d:g%d", doc.ID, v.index, group)
	added := 0
	for _, s := range sources {
		for _, t := range targets {
			if s == nil && t == nil {
				continue
			}
			if s != nil && t != nil && sameActor(s, t) {
				continue
			}
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
				Source:   s,
				Target:   t,
				Modality: cd.modality,
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

func (c *Coder) countInSentence(doc *text.Document, si int) int {
	n := 0
	for i := len(doc.Events) - 1; i >= 0 && doc.Events[i].Sentence == si; i-- {
		n++
	}
	return n
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
