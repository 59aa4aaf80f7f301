package eventeval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// maxLine bounds one JSON line.
const maxLine = 64 << 20

// ReadError lists the malformed lines of a file; the records read before
// and after them are still returned.
type ReadError struct {
	File  string
	Lines []LineError
}

// LineError is one malformed line.
type LineError struct {
	Line int
	Err  error
}

func (e *ReadError) Error() string {
	var b strings.Builder
	for i, l := range e.Lines {
		if i == 10 {
			fmt.Fprintf(&b, "\n(and %d more)", len(e.Lines)-10)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s:%d: %v", e.File, l.Line, l.Err)
	}
	return b.String()
}

// eachJSON calls fn with every non-blank line of r; fn's errors are
// collected in a *ReadError.
func eachJSON(r io.Reader, name string, fn func([]byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	rerr := &ReadError{File: name}
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			rerr.Lines = append(rerr.Lines, LineError{n, err})
		}
	}
	if err := sc.Err(); err != nil {
		rerr.Lines = append(rerr.Lines, LineError{n + 1, fmt.Errorf("read: %w", err)})
	}
	if len(rerr.Lines) > 0 {
		return rerr
	}
	return nil
}

// ReadGold reads gold records, one JSON object per line; name appears in
// errors. Malformed lines are reported in a *ReadError and skipped.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	err := eachJSON(r, name, func(line []byte) error {
		g, err := parseGold(line)
		if err != nil {
			return err
		}
		out = append(out, g)
		return nil
	})
	return out, err
}

type rawGold struct {
	ID                  json.RawMessage              `json:"id"`
	Text                json.RawMessage              `json:"text"`
	Date                json.RawMessage              `json:"date"`
	Dataset             json.RawMessage              `json:"dataset"`
	Events              []map[string]json.RawMessage `json:"events"`
	NoEvents            json.RawMessage              `json:"noevents"`
	ExpectError         json.RawMessage              `json:"expect_error"`
	RelevantVotes       json.RawMessage              `json:"relevant_votes"`
	CAMEOCodeFromManual json.RawMessage              `json:"cameo_code_from_manual"`
}

func parseGold(line []byte) (Gold, error) {
	var raw rawGold
	if err := json.Unmarshal(line, &raw); err != nil {
		return Gold{}, fmt.Errorf("gold record: %w", err)
	}
	if raw.ID == nil {
		return Gold{}, fmt.Errorf("gold record without id")
	}
	g := Gold{
		ID:                  pyStr(raw.ID),
		Text:                textOf(raw.Text),
		Date:                textOf(raw.Date),
		NoEvents:            truthy(raw.NoEvents),
		ExpectError:         truthy(raw.ExpectError),
		CAMEOCodeFromManual: truthyText(raw.CAMEOCodeFromManual),
	}
	if truthy(raw.Dataset) {
		g.Dataset = pyStr(raw.Dataset)
	}
	if len(raw.RelevantVotes) > 0 && string(raw.RelevantVotes) != "null" {
		var votes map[string]json.RawMessage
		if err := json.Unmarshal(raw.RelevantVotes, &votes); err != nil {
			return Gold{}, fmt.Errorf("relevant_votes: %w", err)
		}
		g.HasVotes = true
		g.RelevantVotes = map[string]float64{}
		for k, v := range votes {
			var f float64
			if err := json.Unmarshal(v, &f); err != nil {
				return Gold{}, fmt.Errorf("relevant_votes[%q]: want a number", k)
			}
			g.RelevantVotes[k] = f
		}
	}
	for i, e := range raw.Events {
		ev, err := parseGoldEvent(e)
		if err != nil {
			return Gold{}, fmt.Errorf("event %d: %w", i, err)
		}
		g.Events = append(g.Events, ev)
	}
	return g, nil
}

func parseGoldEvent(e map[string]json.RawMessage) (GoldEvent, error) {
	ev := GoldEvent{
		Code:                truthyText(e["code"]),
		Pentaclass:          -1,
		Ontology:            textOf(e["ontology"]),
		Reciprocal:          truthy(e["reciprocal"]),
		CAMEOCodeFromManual: truthyText(e["cameo_code_from_manual"]),
	}
	if p := e["pentaclass"]; len(p) > 0 && string(p) != "null" {
		var f float64
		if json.Unmarshal(p, &f) == nil && f == math.Trunc(f) && f >= 0 && f < 1e9 {
			ev.Pentaclass = int(f)
		} else {
			ev.Pentaclass = -2 // present but no class any prediction has
		}
	}
	var err error
	if ev.Source, err = actorCodes(e, "source"); err != nil {
		return ev, err
	}
	if ev.Target, err = actorCodes(e, "target"); err != nil {
		return ev, err
	}
	return ev, nil
}

// actorCodes returns the gold codes of one side: the codes of
// "<side>_actors" when that list is not empty, else the "<side>" field (a
// code or a list of codes).
func actorCodes(e map[string]json.RawMessage, side string) ([]string, error) {
	if acts := e[side+"_actors"]; len(acts) > 0 && string(acts) != "null" {
		var list []map[string]json.RawMessage
		if err := json.Unmarshal(acts, &list); err != nil {
			return nil, fmt.Errorf("%s_actors: want a list of objects", side)
		}
		if len(list) > 0 {
			var out []string
			for _, a := range list {
				if c := a["code"]; truthy(c) {
					out = append(out, pyStr(c))
				}
			}
			return out, nil
		}
	}
	v := e[side]
	if !truthy(v) {
		return nil, nil
	}
	if bytes.HasPrefix(bytes.TrimSpace(v), []byte("[")) {
		var list []json.RawMessage
		if err := json.Unmarshal(v, &list); err != nil {
			return nil, fmt.Errorf("%s: %w", side, err)
		}
		var out []string
		for _, x := range list {
			if truthy(x) {
				out = append(out, pyStr(x))
			}
		}
		return out, nil
	}
	return []string{pyStr(v)}, nil
}

// ReadPredictions reads coded events (contract 1 of DESIGN.md), one JSON
// object per line. Malformed lines are reported in a *ReadError and
// skipped.
func ReadPredictions(r io.Reader, name string) ([]Prediction, error) {
	var out []Prediction
	err := eachJSON(r, name, func(line []byte) error {
		var raw struct {
			DocID    json.RawMessage            `json:"doc_id"`
			CAMEO    map[string]json.RawMessage `json:"cameo"`
			PLOVER   map[string]json.RawMessage `json:"plover"`
			Source   map[string]json.RawMessage `json:"source"`
			Target   map[string]json.RawMessage `json:"target"`
			Modality json.RawMessage            `json:"modality"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return fmt.Errorf("event: %w", err)
		}
		p := Prediction{DocID: pyStr(raw.DocID), Modality: modalityOf(raw.Modality)}
		p.Code = truthyText(raw.CAMEO["code"])
		p.Root = truthyText(raw.CAMEO["root"])
		if t := raw.PLOVER["type"]; len(t) > 0 && string(t) != "null" {
			p.Type, p.HasType = pyStr(t), true
		}
		p.Source = actorOf(raw.Source)
		p.Target = actorOf(raw.Target)
		out = append(out, p)
		return nil
	})
	return out, err
}

func actorOf(m map[string]json.RawMessage) *Actor {
	if len(m) == 0 {
		return nil
	}
	a := &Actor{Code: truthyText(m["code"]), Country: truthyText(m["country"])}
	if s := m["sectors"]; truthy(s) {
		var list []json.RawMessage
		if json.Unmarshal(s, &list) == nil {
			for _, x := range list {
				a.Sectors = append(a.Sectors, pyStr(x))
			}
		}
	}
	return a
}

// modalityOf maps the modality field: absent, null and "" count as
// asserted; any other value is kept as text.
func modalityOf(m json.RawMessage) string {
	if len(m) == 0 || string(m) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(m, &s) == nil {
		return s
	}
	return "other:" + string(m)
}

// truthy reports whether a JSON value is true in Python's sense.
func truthy(m json.RawMessage) bool {
	s := string(bytes.TrimSpace(m))
	switch s {
	case "", "null", "false", `""`, "[]", "{}":
		return false
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f != 0
	}
	return true
}

// truthyText is str(v) for a truthy value, else "".
func truthyText(m json.RawMessage) string {
	if !truthy(m) {
		return ""
	}
	return pyStr(m)
}

// textOf returns a JSON string's text, or "" for anything else.
func textOf(m json.RawMessage) string {
	var s string
	if json.Unmarshal(m, &s) == nil {
		return s
	}
	return ""
}

// pyStr renders a JSON value as Python's str() renders the decoded value
// (strings as they are, numbers as written, true as "True").
func pyStr(m json.RawMessage) string {
	s := string(bytes.TrimSpace(m))
	switch s {
	case "", "null":
		return "None"
	case "true":
		return "True"
	case "false":
		return "False"
	}
	var str string
	if json.Unmarshal(m, &str) == nil {
		return str
	}
	return s
}
