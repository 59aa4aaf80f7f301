// Command ontology generates the CAMEO tables of package ontology
// (ontology/data/cameo.tsv and cameo-plover.tsv) from the CAMEO code list and
// the CAMEO2PLOVER-2021 mapping in the shared data, applying renames.tsv and
// supplement.tsv (beside this file), and checks the result with
// ontology.Load.
//
// Run from the repository root:
//
//	go run ./internal/gen/ontology
//
// Only facts are taken: codes, roots, names, Goldstein scores and the
// mapping; the code list's descriptions are left out.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parleyproject/parley/internal/shareddata"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "ontology:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fl := flag.NewFlagSet("ontology", flag.ContinueOnError)
	cameo := fl.String("cameo", "", "CAMEO code list (default: the shared data's ontology/cameo-codes.tsv)")
	mapping := fl.String("mapping", "", "CAMEO to PLOVER mapping (default: the shared data's ontology/CAMEO2PLOVER-2021.txt)")
	dir := fl.String("out", "ontology/data", "directory to write cameo.tsv and cameo-plover.tsv to")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *cameo == "" || *mapping == "" {
		shared, err := shareddata.Find()
		if err != nil {
			return err
		}
		if *cameo == "" {
			*cameo = filepath.Join(shared, "data", "ontology", "cameo-codes.tsv")
		}
		if *mapping == "" {
			*mapping = filepath.Join(shared, "data", "ontology", "CAMEO2PLOVER-2021.txt")
		}
	}
	report, err := generate(*cameo, *mapping, *dir)
	if err != nil {
		return err
	}
	fmt.Fprint(out, report)
	return nil
}
