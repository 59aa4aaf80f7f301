package event

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/parleyproject/parley/text"
)

// sentenceTrace records how one sentence was coded, for --explain.
type sentenceTrace struct {
	index    int
	repaired string // how the parse was corrected, or ""
	// discarded is the discard phrase that stopped coding, or "".
	discarded string
	anchors   []anchorTrace
}

type anchorTrace struct {
	token  int
	tried  []patternTry
	result string
	cand   *candidate
}

type patternTry struct {
	rule    string
	code    string
	matched bool
	why     string
}

// Explain codes doc like Code and writes, sentence by sentence, the parse,
// the actor mentions, every pattern tried at every anchor word with why it
// matched or not, and why each candidate became events or was dropped.
func (c *Coder) Explain(ctx context.Context, doc *text.Document, w io.Writer) error {
	traces, err := c.code(ctx, doc, true)
	if err != nil {
		return err
	}
	ew := &errWriter{w: w}
	ew.printf("== document %s (%d sentences, date %s)\n", doc.ID, len(doc.Sentences), dateString(doc))
	for _, tr := range traces {
		s := doc.Sentences[tr.index]
		ew.printf("\n-- sentence %d [%d:%d]\n%s\n", tr.index, s.Span.Start, s.Span.End, doc.SentenceText(tr.index))
		ew.printf("parse:\n")
		for i := s.Start; i < s.End; i++ {
			t := doc.Tokens[i]
			head := "root"
			if t.Head >= 0 {
				head = fmt.Sprintf("%d:%s", t.Head-s.Start, doc.Tokens[t.Head].Form)
			}
			ew.printf("  %3d %-18s %-14s %-5s %-4s %-12s <- %s\n", i-s.Start, t.Form, t.Lemma, t.UPOS, t.XPOS, t.DepRel, head)
		}
		if tr.repaired != "" {
			ew.printf("parse repair: %s\n", tr.repaired)
		}
		if tr.discarded != "" {
			ew.printf("discarded: the sentence or its document holds %q; nothing is coded\n", tr.discarded)
		}
		ew.printf("actors:\n")
		any := false
		for _, m := range doc.Mentions {
			if m.Sentence != tr.index {
				continue
			}
			any = true
			var codes []string
			for _, a := range m.Actors {
				desc := a.Code
				if a.Name != "" {
					desc += " (" + a.Name + ")"
				}
				codes = append(codes, desc)
			}
			ew.printf("  %q [%d:%d] → %s   by %s\n", doc.SpanText(m.Span), m.Span.Start, m.Span.End, strings.Join(codes, ", "), m.Rule)
		}
		if !any {
			ew.printf("  (none)\n")
		}
		ew.printf("anchors:\n")
		if len(tr.anchors) == 0 {
			ew.printf("  (no word of the sentence anchors a pattern)\n")
		}
		for _, at := range tr.anchors {
			tok := doc.Tokens[s.Start+at.token]
			ew.printf("  %q (token %d): %s\n", tok.Form, at.token, at.result)
			for _, p := range at.tried {
				mark := "  no "
				if p.matched {
					mark = "  yes"
				}
				why := p.why
				if p.matched {
					why = "codes " + p.code
				}
				ew.printf("    %s %s: %s\n", mark, p.rule, why)
			}
			if cd := at.cand; cd != nil {
				if cd.m.group != nil && cd.m.group.legacy {
					ew.printf("    → petrarch style: the pattern decides modality (asserted); the event needs a source and a target\n")
				}
				if cd.m.reverse != "" {
					ew.printf("    → with the event %s in return, from the target to the source\n", cd.m.reverse)
				}
				switch {
				case cd.transformed:
					ew.printf("    → %s form %s (governed by %q)\n", cd.fr.kind, cd.code, cd.fr.why)
				case cd.fr.kind != noTransform:
					ew.printf("    → no %s form of %s: modality %s (%q)\n", cd.fr.kind, cd.m.code, cd.modality, cd.fr.why)
				case cd.modality != text.Asserted:
					ew.printf("    → modality %s (%q)\n", cd.modality, cd.fr.why)
				}
				if cd.dropped != "" {
					ew.printf("    → dropped: %s\n", cd.dropped)
				}
			}
		}
		ew.printf("events:\n")
		n := 0
		for _, e := range doc.Events {
			if e.Sentence != tr.index {
				continue
			}
			n++
			ew.printf("  %s %s %s (%s) %s → %s, %s, rule %s\n", e.ID, e.CAMEO.Code, e.CAMEO.Name, e.PLOVER.Type,
				participantString(e.Source), participantString(e.Target), e.Modality, e.Evidence.Rule)
		}
		if n == 0 {
			ew.printf("  (none)\n")
		}
	}
	return ew.err
}

func dateString(doc *text.Document) string {
	if doc.Date.IsZero() {
		return "unknown"
	}
	return doc.Date.Format("2006-01-02")
}

func participantString(p *text.Participant) string {
	if p == nil {
		return "(none)"
	}
	code := p.Code
	if code == "" {
		code = "unresolved"
	}
	return fmt.Sprintf("%q %s", p.Text, code)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
