// Package cli implements the parley command line: one file per subcommand, each
// a thin shell over the library packages.
package cli

import (
	"context"
	"errors"
	"io"

	"github.com/spf13/cobra"
)

// Version is Parley's release version.
const Version = "0.1.0-dev"

// usageError marks errors in how the command was called (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// ExitCode maps an error returned by Execute to a process exit code: 2 for
// usage errors, 1 for everything else.
func ExitCode(err error) int {
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// streams are the standard streams a command reads and writes; tests pass
// buffers.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// Execute runs the parley command line with args.
func Execute(ctx context.Context, args []string, in io.Reader, out, errOut io.Writer) error {
	root := newRootCommand(streams{in: in, out: out, err: errOut})
	root.SetArgs(args)
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errOut)
	return root.ExecuteContext(ctx)
}

func newRootCommand(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "parley",
		Short: "Parley turns news into political event data",
		Long: `Parley reads news and codes who did what to whom, when, where and in what
tone (CAMEO and PLOVER), with the evidence for every event.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	addProfileFlag(root)
	// Every subcommand is listed here rather than registered from init
	// functions, so the command set is visible in one place.
	root.AddCommand(
		newVersionCommand(s),
		newEvalParseCommand(s),
		newTrainCommand(s),
		newParseCommand(s),
		newCodeCommand(s),
		newBenchCommand(s),
		newEvalCommand(s),
		newIngestCommand(s),
		newExportCommand(s),
		newServeCommand(s),
		newQuotesCommand(s),
		newDictCommand(s),
	)
	return root
}
