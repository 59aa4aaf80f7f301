package cli

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// addProfileFlag gives every command --cpuprofile, which writes a CPU
// profile of the run for `go tool pprof`.
func addProfileFlag(root *cobra.Command) {
	var path string
	var file *os.File
	root.PersistentFlags().StringVar(&path, "cpuprofile", "", "write a CPU profile of the run to `FILE` (for go tool pprof)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if path == "" {
			return nil
		}
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Errorf("cpu profile: %w", err)
		}
		file = f
		return nil
	}
	root.PersistentPostRunE = func(*cobra.Command, []string) error {
		if file == nil {
			return nil
		}
		pprof.StopCPUProfile()
		if err := file.Close(); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		return nil
	}
}
