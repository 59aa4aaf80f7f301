package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func newVersionCommand(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print Parley's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rev := "unknown"
			if info, ok := debug.ReadBuildInfo(); ok {
				for _, kv := range info.Settings {
					if kv.Key == "vcs.revision" {
						rev = kv.Value
					}
				}
			}
			_, err := fmt.Fprintf(s.out, "parley %s (%s, %s/%s, revision %s)\n", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH, rev)
			return err
		},
	}
}
