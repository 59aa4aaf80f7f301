package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/parleyproject/parley/export"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

func newExportCommand(s streams) *cobra.Command {
	var dbPath, format, outPath, from, to, modality string
	var f store.EventFilter
	var formats []string
	for _, ff := range export.Formats() {
		formats = append(formats, fmt.Sprintf("  %-9s %s", ff.Name, ff.Description))
	}
	cmd := &cobra.Command{
		Use:   "export --db FILE --format FORMAT [-o OUT] [filters]",
		Short: "Write the events of a database in an event-data format",
		Long: `Export writes the events of a database made by ingest, in one of these formats:

` + strings.Join(formats, "\n") + `

The gdelt format has one row per de-duplicated event (all the mentions of the
same source, target, CAMEO code and day); the others one row per mention.
Filters select events by date, actor, country, CAMEO code, root and QuadClass;
only asserted events are written unless --modality says otherwise.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ff, ok := export.LookupFormat(format)
			if !ok {
				return usageError{fmt.Errorf("--format %q: want one of %s", format, strings.Join(export.FormatNames(), ", "))}
			}
			var err error
			if f.From, err = parseDateFlag(from); err != nil {
				return usageError{fmt.Errorf("--from: %w", err)}
			}
			if f.To, err = parseDateFlag(to); err != nil {
				return usageError{fmt.Errorf("--to: %w", err)}
			}
			switch modality {
			case "", "asserted":
			case "all":
				f.Modalities = store.AllModalities
			default:
				for _, m := range strings.Split(modality, ",") {
					f.Modalities = append(f.Modalities, text.Modality(strings.TrimSpace(m)))
				}
			}
			if err := f.Validate(); err != nil {
				return usageError{err}
			}
			if _, err := os.Stat(dbPath); err != nil {
				return fmt.Errorf("open database: %w", err)
			}
			ctx := cmd.Context()
			db, err := sqlite.Open(ctx, dbPath, sqlite.Options{ReadOnly: true})
			if err != nil {
				return err
			}
			defer db.Close()
			if outPath == "" || outPath == "-" {
				if ff.Binary && isTerminal(s.out) {
					return usageError{fmt.Errorf("--format %s is binary: give -o FILE or redirect the output", ff.Name)}
				}
				_, err = export.Export(ctx, db, ff.Name, f, s.out, export.Options{})
				return err
			}
			return writeFileAtomic(outPath, func(w io.Writer) error {
				_, err := export.Export(ctx, db, ff.Name, f, w, export.Options{})
				return err
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dbPath, "db", "parley.db", "database file")
	fl.StringVar(&format, "format", "jsonl", "output format: "+strings.Join(export.FormatNames(), ", "))
	fl.StringVarP(&outPath, "output", "o", "", "output file (default: standard output)")
	fl.StringVar(&from, "from", "", "first event day (YYYY-MM-DD)")
	fl.StringVar(&to, "to", "", "last event day (YYYY-MM-DD)")
	fl.StringVar(&f.Actor, "actor", "", "source or target actor code prefix (USA matches USAGOV)")
	fl.StringVar(&f.Source, "source", "", "source actor code prefix")
	fl.StringVar(&f.Target, "target", "", "target actor code prefix")
	fl.StringVar(&f.Country, "country", "", "source or target country (ISO 3166-1 alpha-3)")
	fl.StringVar(&f.Code, "code", "", "CAMEO code or code prefix (043 matches 0431)")
	fl.StringVar(&f.Root, "root", "", "CAMEO root (two digits)")
	fl.IntVar(&f.QuadClass, "quad-class", 0, "QuadClass 1-4 (GDELT's mapping)")
	fl.StringVar(&modality, "modality", "asserted", "modalities to write: asserted, all, or a comma-separated list")
	return cmd
}

// writeFileAtomic writes a file through a temporary file in the same
// directory, renamed when write succeeds, so that a failed export leaves no
// half file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	err = write(tmp)
	err = errors.Join(err, tmp.Close())
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
