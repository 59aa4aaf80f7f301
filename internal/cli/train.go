package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley/internal/langtrain"
)

func newTrainCommand(s streams) *cobra.Command {
	var opts langtrain.Options
	var components string
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the language core's models from the UD treebanks",
		Long: `Train reproduces the tagger, lemmatizer and dependency parser that Parley
embeds, from the Universal Dependencies English treebanks (EWT and the open
part of GUM). Training is deterministic for a given --seed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if components != "" {
				opts.Components = strings.Split(components, ",")
			}
			opts.Log = s.err
			return langtrain.Run(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.UDDir, "ud", "../shared/data/ud", "directory of the UD treebanks")
	cmd.Flags().StringVar(&opts.OutDir, "out", "models", "directory to write the models to")
	cmd.Flags().StringVar(&components, "only", "", "comma-separated components to train (tagger,lemma,feats,parser)")
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 1, "random seed")
	cmd.Flags().Uint64Var(&opts.ParserSeed, "parser-seed", 0, "seed for the parser alone (0: --seed)")
	cmd.Flags().IntVar(&opts.TaggerEpochs, "tagger-epochs", 0, "tagger epochs (0: default)")
	cmd.Flags().IntVar(&opts.JackknifeEpochs, "jackknife-epochs", 0, "epochs of the taggers that tag the parser's training data (0: default)")
	cmd.Flags().IntVar(&opts.ParserEpochs, "parser-epochs", 0, "parser epochs (0: default)")
	cmd.Flags().IntVar(&opts.ParserEWTCopies, "parser-ewt-copies", 0, "copies of EWT in the parser's training data (0: default)")
	cmd.Flags().Float32Var(&opts.TaggerMinWeight, "tagger-min-weight", 0, "drop the tagger's averaged weights smaller than this (0: default)")
	cmd.Flags().Float32Var(&opts.ParserMinWeight, "parser-min-weight", 0, "drop the parser's averaged weights smaller than this (0: default)")
	cmd.Flags().BoolVar(&opts.ParserUniversal, "parser-universal", false, "train the parser on universal relations, subtypes restored by rule (smaller, faster, less accurate)")
	cmd.Flags().BoolVar(&opts.ParserGroups, "parser-groups", false, "train the parser's transitions over label groups (faster, less accurate)")
	cmd.Flags().BoolVar(&opts.EWTOnly, "ewt-only", false, "train on EWT alone (experiments only)")
	cmd.Flags().BoolVar(&opts.TaggerOnePass, "tagger-one-pass", false, "train the tagger without its second pass (experiments only)")
	cmd.Flags().BoolVar(&opts.ParserGoldTags, "parser-gold-tags", false, "train and tune the parser on gold tags (experiments only)")
	cmd.Flags().IntVar(&opts.JackknifeFolds, "jackknife-folds", 5, "folds for the parser's predicted training tags")
	return cmd
}
