package cli

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley/dict/petrarch"
)

func newDictCommand(s streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dict",
		Short: "Convert dictionaries of other coders into Parley's formats",
	}
	cmd.AddCommand(newDictImportPetrarchCommand(s))
	return cmd
}

func newDictImportPetrarchCommand(s streams) *cobra.Command {
	var o petrarch.Options
	var dir string
	var quiet bool
	cmd := &cobra.Command{
		Use:   "import-petrarch --out DIR (--dir LEGACY | --verbs F --actors F... --agents F --discards F)",
		Short: "Convert PETRARCH verb, actor, agent and discard dictionaries",
		Long: `Import-petrarch converts the dictionaries of the PETRARCH coders into
Parley's formats: verb patterns (synonym sets, verb blocks, patterns with
their codes) into event patterns under OUT/patterns, actors (names, synonyms,
date-restricted codes) and agents into actor entries under OUT/actors, and
discard phrases into @discard lines. With --dir, the files of a directory
are sorted by name (*verbs*, CAMEO*, *actors*, *agents*, *discards*).

Every entry that cannot be converted is reported with its file and line and
skipped; a summary counts them by reason. Code with the result:

  parley code --replace-actors --actors OUT/actors --replace-patterns --patterns OUT/patterns FILE`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.Out == "" {
				return usageError{errors.New("--out is required")}
			}
			if dir != "" {
				found, other, err := petrarch.FindFiles(dir)
				if err != nil {
					return err
				}
				o.Verbs = append(o.Verbs, found.Verbs...)
				o.Actors = append(o.Actors, found.Actors...)
				o.Agents = append(o.Agents, found.Agents...)
				o.Discards = append(o.Discards, found.Discards...)
				for _, f := range other {
					fmt.Fprintf(s.err, "%s: not a verb, actor, agent or discard file; not imported\n", f)
				}
			}
			if len(o.Verbs)+len(o.Actors)+len(o.Agents)+len(o.Discards) == 0 {
				return usageError{errors.New("nothing to import: give --dir or --verbs, --actors, --agents, --discards")}
			}
			rep, err := petrarch.Convert(cmd.Context(), o)
			if rep != nil {
				if !quiet {
					for _, p := range rep.Problems {
						fmt.Fprintln(s.err, p.String())
					}
				}
				printDictReport(s, rep, o.Out)
			}
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.Out, "out", "", "output directory")
	fl.StringVar(&dir, "dir", "", "directory of legacy dictionaries")
	fl.StringArrayVar(&o.Verbs, "verbs", nil, "verb pattern dictionary (repeatable)")
	fl.StringArrayVar(&o.Actors, "actors", nil, "actor dictionary (repeatable)")
	fl.StringArrayVar(&o.Agents, "agents", nil, "agent dictionary (repeatable)")
	fl.StringArrayVar(&o.Discards, "discards", nil, "discard list (repeatable)")
	fl.BoolVarP(&quiet, "quiet", "q", false, "print only the summary, not every skipped entry")
	return cmd
}

func printDictReport(s streams, rep *petrarch.Report, out string) {
	p, a := rep.Patterns, rep.Actors
	fmt.Fprintf(s.out, "verb patterns: %d patterns of %d verbs in %d groups, %d synonym sets (%d skip/compound marks dropped)\n",
		p.Patterns, p.Verbs, p.Groups, p.Sets, p.Dropped)
	fmt.Fprintf(s.out, "actors: %d countries, %d other actors, %d names, %d dated codes\n", a.Countries, a.Orgs, a.Names, a.DatedCodes)
	fmt.Fprintf(s.out, "agents: %d; discard phrases: %d\n", rep.Agents, rep.Discards)
	fmt.Fprintf(s.out, "skipped or not carried over: %d\n", len(rep.Problems))
	for _, r := range rep.Reasons() {
		fmt.Fprintf(s.out, "  %5d  %s\n", r.N, r.Reason)
	}
	fmt.Fprintf(s.out, "wrote %d files; code with:\n  parley code --replace-actors --actors %s --replace-patterns --patterns %s FILE\n",
		len(rep.Written), filepath.Join(out, petrarch.ActorDir), filepath.Join(out, petrarch.PatternDir))
}
