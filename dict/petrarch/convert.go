package petrarch

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parleyproject/parley/actor"
)

// Options name the legacy files to convert and where to write the result.
type Options struct {
	Verbs, Actors, Agents, Discards []string
	// Out is the output directory: pattern files go to Out/patterns, actor
	// files to Out/actors.
	Out string
}

// Report says what Convert read, wrote and skipped.
type Report struct {
	// Problems lists every entry skipped or construct not carried over,
	// with file and line.
	Problems []Problem
	// Written lists the files written.
	Written  []string
	Patterns PatternStats
	Actors   ActorStats
	Agents   int
	Discards int
}

// PatternDir and ActorDir are the subdirectories of the output directory.
const (
	PatternDir = "patterns"
	ActorDir   = "actors"
)

// grammarFiles are the files of the embedded actor dictionary that every
// imported dictionary needs (the resolver's grammar words and the sector
// codes): copied so that the output works on its own (--replace-actors).
var grammarFiles = []string{"classes.txt", "modifiers.txt", "sectors.txt"}

// FindFiles sorts the files of a legacy dictionary directory by kind, by
// their names as the PETRARCH distributions name them: "*verbs*" and
// "CAMEO*" are verb dictionaries, "*actors*", "*agents*" and "*discards*"
// the others. It returns the files it did not recognise.
func FindFiles(dir string) (Options, []string, error) {
	var o Options
	var other []string
	ents, err := os.ReadDir(dir)
	if err != nil {
		return o, nil, fmt.Errorf("read dictionary directory: %w", err)
	}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		name := e.Name()
		p := filepath.Join(dir, name)
		low := strings.ToLower(name)
		switch {
		case strings.Contains(low, "verbs") || strings.HasPrefix(low, "cameo"):
			o.Verbs = append(o.Verbs, p)
		case strings.Contains(low, "actors"):
			o.Actors = append(o.Actors, p)
		case strings.Contains(low, "agents"):
			o.Agents = append(o.Agents, p)
		case strings.Contains(low, "discards"):
			o.Discards = append(o.Discards, p)
		default:
			other = append(other, p)
		}
	}
	return o, other, nil
}

// Convert reads the legacy files of o and writes Parley dictionaries under
// o.Out. Malformed entries are skipped and listed in the report; an error
// is returned only when a file cannot be read or written.
func Convert(ctx context.Context, o Options) (*Report, error) {
	if o.Out == "" {
		return nil, fmt.Errorf("convert: no output directory")
	}
	rep := &Report{}
	sectors, err := embeddedSectors()
	if err != nil {
		return nil, err
	}
	patDir, actDir := filepath.Join(o.Out, PatternDir), filepath.Join(o.Out, ActorDir)
	if len(o.Verbs)+len(o.Discards) > 0 {
		if err := os.MkdirAll(patDir, 0o755); err != nil {
			return nil, fmt.Errorf("convert: %w", err)
		}
	}
	if len(o.Actors)+len(o.Agents) > 0 {
		if err := os.MkdirAll(actDir, 0o755); err != nil {
			return nil, fmt.Errorf("convert: %w", err)
		}
	}
	names := map[string]int{}
	outName := func(dir, in string) string {
		base := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		names[dir+"/"+base]++
		if k := names[dir+"/"+base]; k > 1 {
			base = fmt.Sprintf("%s-%d", base, k)
		}
		return filepath.Join(dir, base+".txt")
	}
	write := func(path string, buf *bytes.Buffer) error {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("convert: %w", err)
		}
		rep.Written = append(rep.Written, path)
		return nil
	}
	for _, f := range o.Verbs {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return rep, fmt.Errorf("convert: %w", err)
		}
		d, probs := ReadVerbs(bytes.NewReader(data), f)
		rep.Problems = append(rep.Problems, probs...)
		for _, b := range d.Blocks {
			if len(b.Verbs) == 0 {
				rep.Problems = append(rep.Problems, Problem{f, b.Line, "block without verbs", b.Name})
			}
		}
		var buf bytes.Buffer
		st, _ := WritePatterns(&buf, d)
		rep.Patterns.add(st)
		if err := write(outName(patDir, f), &buf); err != nil {
			return rep, err
		}
	}
	for _, f := range o.Discards {
		data, err := os.ReadFile(f)
		if err != nil {
			return rep, fmt.Errorf("convert: %w", err)
		}
		ds, probs := ReadDiscards(bytes.NewReader(data), f)
		rep.Problems = append(rep.Problems, probs...)
		rep.Discards += len(ds)
		var buf bytes.Buffer
		_ = WriteDiscards(&buf, f, ds)
		if err := write(outName(patDir, f), &buf); err != nil {
			return rep, err
		}
	}
	if len(o.Actors)+len(o.Agents) == 0 {
		return rep, nil
	}
	used := map[string]bool{}
	for _, f := range o.Agents {
		data, err := os.ReadFile(f)
		if err != nil {
			return rep, fmt.Errorf("convert: %w", err)
		}
		as, probs := ReadAgents(bytes.NewReader(data), f)
		rep.Problems = append(rep.Problems, probs...)
		rep.Agents += len(as)
		var buf bytes.Buffer
		u, _ := WriteAgents(&buf, f, as)
		for s := range u {
			used[s] = true
		}
		if err := write(outName(actDir, f), &buf); err != nil {
			return rep, err
		}
	}
	for _, f := range o.Actors {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return rep, fmt.Errorf("convert: %w", err)
		}
		as, probs := ReadActors(bytes.NewReader(data), f)
		rep.Problems = append(rep.Problems, probs...)
		var buf bytes.Buffer
		st, wprobs, _ := WriteActors(&buf, f, as, sectors)
		rep.Problems = append(rep.Problems, wprobs...)
		rep.Actors.add(st)
		if err := write(outName(actDir, f), &buf); err != nil {
			return rep, err
		}
	}
	// The grammar of the embedded dictionary, and the sectors the agents
	// use that it does not know.
	for _, g := range grammarFiles {
		data, err := fs.ReadFile(actor.Embedded(), g)
		if err != nil {
			return rep, fmt.Errorf("convert: embedded %s: %w", g, err)
		}
		if err := write(filepath.Join(actDir, "grammar-"+g), bytes.NewBuffer(data)); err != nil {
			return rep, err
		}
	}
	var extra []string
	for s := range used {
		if !sectors[s] {
			extra = append(extra, s)
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		var buf bytes.Buffer
		buf.WriteString("# Sector codes the imported agents use that Parley does not define.\nformat parley.actors.v1\n")
		for _, s := range extra {
			fmt.Fprintf(&buf, "\nsector %s\n  name %s (imported)\n", s, s)
		}
		if err := write(filepath.Join(actDir, "sectors-imported.txt"), &buf); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

func (s *PatternStats) add(o PatternStats) {
	s.Sets += o.Sets
	s.Groups += o.Groups
	s.Patterns += o.Patterns
	s.Verbs += o.Verbs
	s.Dropped += o.Dropped
}

func (s *ActorStats) add(o ActorStats) {
	s.Countries += o.Countries
	s.Orgs += o.Orgs
	s.Names += o.Names
	s.DatedCodes += o.DatedCodes
}

// embeddedSectors returns the sector codes of the embedded actor dictionary.
func embeddedSectors() (map[string]bool, error) {
	data, err := fs.ReadFile(actor.Embedded(), "sectors.txt")
	if err != nil {
		return nil, fmt.Errorf("convert: embedded sectors: %w", err)
	}
	es, err := actor.ReadEntries("sectors.txt", data)
	if err != nil {
		return nil, fmt.Errorf("convert: embedded sectors: %w", err)
	}
	out := map[string]bool{}
	for _, e := range es {
		if e.Kind == "sector" {
			out[e.Key] = true
		}
	}
	return out, nil
}

// Reasons counts the problems of a report by reason, most frequent first.
func (r *Report) Reasons() []ReasonCount {
	m := map[string]int{}
	for _, p := range r.Problems {
		m[p.Reason]++
	}
	out := make([]ReasonCount, 0, len(m))
	for k, v := range m {
		out = append(out, ReasonCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Reason < out[j].Reason
	})
	return out
}

// ReasonCount is a number of problems of one reason.
type ReasonCount struct {
	Reason string
	N      int
}
