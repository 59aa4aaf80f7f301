// Package eventeval scores coded events against gold event records exactly
// as the reference scorer (score_events.py) does.
//
// Gold records are JSON lines {"id", "text", "date", "dataset", "events":
// [{"source", "target", "code", "pentaclass", "ontology", "source_actors",
// "target_actors", "reciprocal", "cameo_code_from_manual"}], "noevents",
// "expect_error", "relevant_votes", "cameo_code_from_manual"}. A record's key
// is "<dataset>/<id>" when it names a dataset, else "<id>"; predictions (the
// events of `parley code`, contract 1) join on doc_id.
//
// What is scored, per dataset and for all records ("ALL"):
//
//   - type recall: gold events whose type some asserted prediction on the
//     same record shares; type precision: asserted predictions on records
//     with gold events whose type matches one of them; their F1;
//   - dyad recall: gold events matched in type and in source and target
//     actors (where gold names them; country, IGO prefix or sector);
//   - code recall: gold events with a full CAMEO code (3+ digits) matched
//     exactly;
//   - false-positive rate: records gold says have no event on which
//     something was predicted.
//
// Type means the CAMEO root for CAMEO gold, the PLOVER 2.0 type for PLOVER
// gold (0.5b1 names mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
// INVESTIGATE→ACCUSE, FIGHT→ASSAULT) and the five-way class for gold that
// has only a pentaclass.
package eventeval

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/parleyproject/parley/text"
)

// Gold is one gold record.
type Gold struct {
	ID       string // the "id" field as text (numbers as written)
	Text     string
	Date     string
	Dataset  string // "" when the record names none
	Events   []GoldEvent
	NoEvents bool
	// ExpectError marks records the coder is expected to reject; they are
	// counted but not scored.
	ExpectError bool
	// RelevantVotes, when present, decides a record without events: more
	// "false" than "true" votes make it a no-event record.
	RelevantVotes map[string]float64
	HasVotes      bool
	// CAMEOCodeFromManual is the record's full code when it has one event.
	CAMEOCodeFromManual string
}

// Key returns the record key predictions join on.
func (g *Gold) Key() string {
	if g.Dataset != "" {
		return g.Dataset + "/" + g.ID
	}
	return g.ID
}

// GoldEvent is one gold event.
type GoldEvent struct {
	// Code is the CAMEO code or PLOVER type as text ("" when absent).
	Code string
	// Pentaclass is the five-way class, or -1 when absent.
	Pentaclass int
	Ontology   string
	// Source and Target are the gold actor codes of each side; empty when
	// gold does not say.
	Source, Target      []string
	Reciprocal          bool
	CAMEOCodeFromManual string
}

// Prediction is the part of a coded event the scorer reads.
type Prediction struct {
	DocID    string
	Code     string // CAMEO code
	Root     string // CAMEO root ("" to take the code's first two digits)
	Type     string // PLOVER type
	HasType  bool   // the prediction has a PLOVER type (even "")
	Source   *Actor // nil when absent
	Target   *Actor
	Modality string
}

// Actor is a predicted participant.
type Actor struct {
	Code    string
	Country string
	Sectors []string
}

// Kinds of gold event.
const (
	kindNone   = ""
	kindPLOVER = "plover"
	kindCAMEO  = "cameo"
	kindPenta  = "penta"
)

var ploverOld = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

var aliases = map[string]string{"JAP": "JPN"}

func alias(c string) string {
	if a, ok := aliases[c]; ok {
		return a
	}
	return c
}

func (e *GoldEvent) kind() string {
	switch {
	case strings.HasPrefix(e.Ontology, "PLOVER"):
		return kindPLOVER
	case e.Code != "":
		return kindCAMEO
	case e.Pentaclass >= 0:
		return kindPenta
	}
	return kindNone
}

// gtype is a gold or predicted type: a string (root or PLOVER type) or a
// five-way class.
type gtype struct {
	s     string
	class int // -1 when s is used
	ok    bool
}

func (e *GoldEvent) gtype() gtype {
	switch e.kind() {
	case kindPLOVER:
		if n, ok := ploverOld[e.Code]; ok {
			return gtype{s: n, class: -1, ok: true}
		}
		return gtype{s: e.Code, class: -1, ok: true}
	case kindCAMEO:
		return gtype{s: prefix(strings.TrimSpace(e.Code), 2), class: -1, ok: true}
	case kindPenta:
		return gtype{class: e.Pentaclass, ok: true}
	}
	return gtype{}
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// pentaclass maps a CAMEO root to the five-way class, or -1.
func pentaclass(root string) int {
	n, ok := pyInt(root)
	if !ok {
		return -1
	}
	switch {
	case n <= 2:
		return 0
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13 || n == 16:
		return 3
	}
	return 4
}

// pyInt parses an integer the way Python's int() parses a string: optional
// surrounding space, sign and underscores between digits.
func pyInt(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		return 0, false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, "_", ""))
	return n, err == nil
}

func (p *Prediction) root() string {
	if p.Root != "" {
		return p.Root
	}
	return prefix(p.Code, 2)
}

func (p *Prediction) ptype(kind string) gtype {
	switch kind {
	case kindPLOVER:
		return gtype{s: p.Type, class: -1, ok: p.HasType}
	case kindCAMEO:
		return gtype{s: p.root(), class: -1, ok: true}
	case kindPenta:
		c := pentaclass(p.root())
		return gtype{class: c, ok: c >= 0}
	}
	return gtype{}
}

func (a gtype) equal(b gtype) bool {
	if !a.ok || !b.ok {
		return !a.ok && !b.ok
	}
	if a.class >= 0 || b.class >= 0 {
		return a.class == b.class && a.class >= 0
	}
	return a.s == b.s
}

func actorOK(gcodes []string, pa *Actor) bool {
	if len(gcodes) == 0 {
		return true
	}
	if pa == nil {
		return false
	}
	pcode := strings.ToUpper(pa.Code)
	pcountry := strings.ToUpper(pa.Country)
	if pcountry == "" {
		pcountry = prefix(pcode, 3)
	}
	psectors := map[string]bool{}
	for _, s := range pa.Sectors {
		psectors[strings.ToUpper(s)] = true
	}
	if len(pcode) >= 6 {
		psectors[pcode[3:6]] = true
	}
	for _, g := range gcodes {
		g = strings.Trim(strings.ToUpper(g), `"`)
		if strings.HasPrefix(g, "IGO") {
			if strings.HasPrefix(pcode, "IGO") {
				return true
			}
			continue
		}
		if strings.HasPrefix(g, "---") {
			if psectors[pySlice(g, 3, 6)] {
				return true
			}
			continue
		}
		c := alias(prefix(g, 3))
		if c == alias(pcountry) || c == alias(prefix(pcode, 3)) {
			return true
		}
	}
	return false
}

// pySlice is s[lo:hi] with Python's clamping.
func pySlice(s string, lo, hi int) string {
	if lo > len(s) {
		return ""
	}
	return s[lo:min(hi, len(s))]
}

func asserted(p *Prediction) bool { return p.Modality == "" || p.Modality == "asserted" }

func (g *Gold) noEvent() bool {
	if g.NoEvents {
		return true
	}
	if g.HasVotes && len(g.Events) == 0 {
		return g.RelevantVotes["false"] > g.RelevantVotes["true"]
	}
	return false
}

// Result holds the figures of one dataset; nil figures have no denominator.
type Result struct {
	Records        int
	GoldEvents     int
	PredEvents     int
	NoEventRecords int

	TypeRecall        *float64
	TypePrecision     *float64
	TypeF1            *float64
	DyadRecall        *float64
	CodeRecall        *float64
	FalsePositiveRate *float64
}

type counts struct {
	records, goldEvents, predEvents, predCorrect, typeHit int
	dyadTotal, dyadHit, codeTotal, codeHit                int
	noeventRecords, noeventFP                             int
}

// All is the name of the overall row.
const All = "ALL"

// Score scores predictions against gold records and returns a result per
// dataset ("all" for records without one) and for All.
func Score(gold []Gold, preds []Prediction) map[string]*Result {
	byDoc := map[string][]*Prediction{}
	for i := range preds {
		p := &preds[i]
		if asserted(p) {
			byDoc[p.DocID] = append(byDoc[p.DocID], p)
		}
	}
	stats := map[string]*counts{}
	get := func(ds string) *counts {
		s := stats[ds]
		if s == nil {
			s = &counts{}
			stats[ds] = s
		}
		return s
	}
	for i := range gold {
		r := &gold[i]
		ds := r.Dataset
		if ds == "" {
			ds = "all"
		}
		both := [2]*counts{get(ds), get(All)}
		add := func(f func(*counts)) {
			for _, s := range both {
				f(s)
			}
		}
		ps := byDoc[r.Key()]
		add(func(s *counts) { s.records++ })
		if r.ExpectError {
			continue
		}
		if r.noEvent() {
			add(func(s *counts) {
				s.noeventRecords++
				if len(ps) > 0 {
					s.noeventFP++
				}
			})
			continue
		}
		var gev []*GoldEvent
		for j := range r.Events {
			if r.Events[j].kind() != kindNone {
				gev = append(gev, &r.Events[j])
			}
		}
		if len(gev) == 0 {
			continue
		}
		add(func(s *counts) {
			s.goldEvents += len(gev)
			s.predEvents += len(ps)
		})
		for _, p := range ps {
			for _, e := range gev {
				if p.ptype(e.kind()).equal(e.gtype()) {
					add(func(s *counts) { s.predCorrect++ })
					break
				}
			}
		}
		for _, e := range gev {
			kd, t := e.kind(), e.gtype()
			var same []*Prediction
			for _, p := range ps {
				if p.ptype(kd).equal(t) {
					same = append(same, p)
				}
			}
			if len(same) > 0 {
				add(func(s *counts) { s.typeHit++ })
			}
			if len(e.Source) > 0 || len(e.Target) > 0 {
				add(func(s *counts) { s.dyadTotal++ })
				for _, p := range same {
					ok := actorOK(e.Source, p.Source) && actorOK(e.Target, p.Target)
					if !ok && e.Reciprocal {
						ok = actorOK(e.Source, p.Target) || actorOK(e.Source, p.Source)
					}
					if ok {
						add(func(s *counts) { s.dyadHit++ })
						break
					}
				}
			}
			full := e.CAMEOCodeFromManual
			if full == "" && len(gev) == 1 {
				full = r.CAMEOCodeFromManual
			}
			if full == "" && kd == kindCAMEO && len(e.Code) >= 3 {
				full = e.Code
			}
			if full != "" {
				add(func(s *counts) { s.codeTotal++ })
				for _, p := range ps {
					if p.Code == full {
						add(func(s *counts) { s.codeHit++ })
						break
					}
				}
			}
		}
	}
	out := make(map[string]*Result, len(stats))
	for ds, s := range stats {
		res := &Result{Records: s.records, GoldEvents: s.goldEvents, PredEvents: s.predEvents, NoEventRecords: s.noeventRecords}
		res.TypeRecall = ratio(s.typeHit, s.goldEvents)
		res.TypePrecision = ratio(s.predCorrect, s.predEvents)
		switch rec, prec := res.TypeRecall, res.TypePrecision; {
		case rec != nil && prec != nil && *rec != 0 && *prec != 0:
			f := 2 * *rec * *prec / (*rec + *prec)
			res.TypeF1 = &f
		case rec != nil:
			f := 0.0
			res.TypeF1 = &f
		}
		res.DyadRecall = ratio(s.dyadHit, s.dyadTotal)
		res.CodeRecall = ratio(s.codeHit, s.codeTotal)
		res.FalsePositiveRate = ratio(s.noeventFP, s.noeventRecords)
		out[ds] = res
	}
	return out
}

func ratio(n, d int) *float64 {
	if d == 0 {
		return nil
	}
	f := float64(n) / float64(d)
	return &f
}

// Datasets returns the dataset names of results in table order: sorted,
// with All last.
func Datasets(res map[string]*Result) []string {
	var names []string
	for ds := range res {
		if ds != All {
			names = append(names, ds)
		}
	}
	sort.Strings(names)
	if _, ok := res[All]; ok {
		names = append(names, All)
	}
	return names
}

var columns = []string{"type_recall", "type_precision", "type_f1", "dyad_recall", "code_recall", "false_positive_rate"}

func (r *Result) column(name string) *float64 {
	switch name {
	case "type_recall":
		return r.TypeRecall
	case "type_precision":
		return r.TypePrecision
	case "type_f1":
		return r.TypeF1
	case "dyad_recall":
		return r.DyadRecall
	case "code_recall":
		return r.CodeRecall
	case "false_positive_rate":
		return r.FalsePositiveRate
	}
	return nil
}

// Table formats results as the reference scorer prints them.
func Table(res map[string]*Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-34s %5s %5s %5s ", "dataset", "recs", "gold", "pred")
	for i, c := range columns {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%12s", prefix(c, 12))
	}
	b.WriteByte('\n')
	for _, ds := range Datasets(res) {
		r := res[ds]
		fmt.Fprintf(&b, "%-34s %5d %5d %5d ", ds, r.Records, r.GoldEvents, r.PredEvents)
		for i, c := range columns {
			if i > 0 {
				b.WriteByte(' ')
			}
			v := "   -  "
			if f := r.column(c); f != nil {
				v = fmt.Sprintf("%6.3f", *f)
			}
			fmt.Fprintf(&b, "%12s", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// JSON formats results as the reference scorer's --json output
// (json.dumps with indent=1 and sorted keys).
func JSON(res map[string]*Result) []byte {
	var b bytes.Buffer
	names := make([]string, 0, len(res))
	for ds := range res {
		names = append(names, ds)
	}
	sort.Strings(names)
	b.WriteString("{")
	for i, ds := range names {
		if i > 0 {
			b.WriteString(",")
		}
		r := res[ds]
		b.WriteString("\n " + pyString(ds) + ": {")
		fields := []struct {
			name string
			val  string
		}{
			{"code_recall", pyFloat(r.CodeRecall)},
			{"dyad_recall", pyFloat(r.DyadRecall)},
			{"false_positive_rate", pyFloat(r.FalsePositiveRate)},
			{"gold_events", strconv.Itoa(r.GoldEvents)},
			{"noevent_records", strconv.Itoa(r.NoEventRecords)},
			{"pred_events", strconv.Itoa(r.PredEvents)},
			{"records", strconv.Itoa(r.Records)},
			{"type_f1", pyFloat(r.TypeF1)},
			{"type_precision", pyFloat(r.TypePrecision)},
			{"type_recall", pyFloat(r.TypeRecall)},
		}
		for j, f := range fields {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n  " + pyString(f.name) + ": " + f.val)
		}
		b.WriteString("\n }")
	}
	if len(names) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("}")
	return b.Bytes()
}

// pyFloat formats a float as Python's repr does (null for nil).
func pyFloat(f *float64) string {
	if f == nil {
		return "null"
	}
	x := *f
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Infinity"
	case math.IsInf(x, -1):
		return "-Infinity"
	}
	if ax := math.Abs(x); x == 0 || ax >= 1e-4 && ax < 1e16 {
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	return strconv.FormatFloat(x, 'e', -1, 64)
}

// pyString quotes s as json.dumps does with ensure_ascii.
func pyString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20 || r > 0x7e:
			if r > 0xffff {
				r -= 0x10000
				fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// PredictionOf returns the scored part of a coded event, as its JSON form
// (contract 1) reads.
func PredictionOf(e *text.Event) Prediction {
	return Prediction{
		DocID:    e.DocID,
		Code:     e.CAMEO.Code,
		Root:     e.CAMEO.Root,
		Type:     e.PLOVER.Type,
		HasType:  true,
		Source:   actorOfParticipant(e.Source),
		Target:   actorOfParticipant(e.Target),
		Modality: string(e.Modality),
	}
}

func actorOfParticipant(p *text.Participant) *Actor {
	if p == nil {
		return nil
	}
	return &Actor{Code: p.Code, Country: p.Country, Sectors: p.Sectors}
}
