package cli

import (
	"errors"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// addProfileFlag gives every command --cpuprofile, which writes a CPU
// profile of the run for `go tool pprof`, and --memprofile, which writes
// where the run allocated memory (`go tool pprof -sample_index=alloc_space`).
func addProfileFlag(root *cobra.Command) {
	var path, memPath string
	var file *os.File
	root.PersistentFlags().StringVar(&path, "cpuprofile", "", "write a CPU profile of the run to `FILE` (for go tool pprof)")
	root.PersistentFlags().StringVar(&memPath, "memprofile", "", "write a profile of the run's memory allocations to `FILE` (for go tool pprof)")
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
		var cpuErr error
		if file != nil {
			pprof.StopCPUProfile()
			if err := file.Close(); err != nil {
				cpuErr = fmt.Errorf("cpu profile: %w", err)
			}
		}
		if memPath != "" {
			if err := writeMemProfile(memPath); err != nil {
				return errors.Join(cpuErr, err)
			}
		}
		return cpuErr
	}
}

// writeMemProfile writes the allocations of the run so far to path.
func writeMemProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("memory profile: %w", err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("memory profile %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("memory profile: %w", err)
	}
	return nil
}
