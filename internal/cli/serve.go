package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	parleyhttp "github.com/parleyproject/parley/http"
	"github.com/parleyproject/parley/sqlite"
	"github.com/parleyproject/parley/text"
	"github.com/parleyproject/parley/web"
)

// serveConfig is the configuration of `parley serve`.
type serveConfig struct {
	db, addr, token, tokenFile string
	noCode                     bool
	queryTimeout               time.Duration
	maxInFlight, readers       int
}

// validate checks the flags and reads the token file.
func (c *serveConfig) validate() error {
	if c.db == "" {
		return errors.New("--db: required")
	}
	if _, _, err := net.SplitHostPort(c.addr); err != nil {
		return fmt.Errorf("--addr %q: want HOST:PORT", c.addr)
	}
	if c.tokenFile != "" {
		b, err := os.ReadFile(c.tokenFile)
		if err != nil {
			return fmt.Errorf("--token-file: %w", err)
		}
		c.token = strings.TrimSpace(string(b))
	}
	if c.token == "" {
		c.token = os.Getenv("PARLEY_TOKEN")
	}
	if c.token != "" && len(c.token) < 16 {
		return errors.New("token: want at least 16 characters")
	}
	if c.maxInFlight < 1 || c.readers < 1 {
		return errors.New("--max-inflight and --readers: want at least 1")
	}
	return nil
}

// loopbackAddr reports whether a listen address is on loopback only: a
// loopback IP or "localhost". An empty host listens everywhere.
func loopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// lazyCoder loads the pipeline on the first text to code, so that serving
// queries does not wait for the models.
type lazyCoder struct {
	pf   *pipelineFlags
	once sync.Once
	code func(ctx context.Context, doc *text.Document) error
	err  error
}

func (l *lazyCoder) Code(ctx context.Context, doc *text.Document) error {
	l.once.Do(func() {
		fn, err := pipelineCoder(l.pf)
		l.code, l.err = fn, err
	})
	if l.err != nil {
		return l.err
	}
	return l.code(ctx, doc)
}

func newServeCommand(s streams) *cobra.Command {
	var pf pipelineFlags
	c := serveConfig{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API and the dashboard",
		Long: `Serve answers queries on a database over HTTP: a JSON API under /v1 (described
at /v1/openapi.json), Prometheus metrics at /metrics, a health check at
/healthz, and the dashboard at /. The database is opened read-only.

POST /v1/code codes a posted text without storing it. When the server listens
beyond loopback it needs a token (--token-file, or $PARLEY_TOKEN), sent as
"Authorization: Bearer TOKEN"; without one that route is refused.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := c.validate(); err != nil {
				return usageError{err}
			}
			ctx := cmd.Context()
			db, err := sqlite.Open(ctx, c.db, sqlite.Options{ReadOnly: true, Readers: c.readers})
			if err != nil {
				return err
			}
			defer db.Close()
			log := slog.New(slog.NewTextHandler(s.err, nil))
			opts := parleyhttp.Options{Store: db, Token: c.token, Loopback: loopbackAddr(c.addr),
				Assets: web.Assets(), QueryTimeout: c.queryTimeout, MaxInFlight: c.maxInFlight, Log: log}
			if !c.noCode {
				opts.Code = (&lazyCoder{pf: &pf}).Code
			}
			h, err := parleyhttp.New(opts)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", c.addr)
			if err != nil {
				return fmt.Errorf("listen: %w", err)
			}
			srv := parleyhttp.NewHTTPServer(c.addr, h, log)
			fmt.Fprintf(s.out, "serving %s on http://%s/\n", c.db, ln.Addr())
			if !opts.Loopback && c.token == "" && !c.noCode {
				fmt.Fprintln(s.err, "note: listening beyond loopback without a token: POST /v1/code is refused")
			}
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return fmt.Errorf("serve: %w", err)
			case <-ctx.Done():
			}
			shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutCtx); err != nil {
				return fmt.Errorf("shut down: %w", err)
			}
			if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("serve: %w", err)
			}
			return nil
		},
	}
	pf.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&c.db, "db", "parley.db", "database file")
	fl.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on (HOST:PORT)")
	fl.StringVar(&c.tokenFile, "token-file", "", "file holding the bearer token for POST /v1/code (default: $PARLEY_TOKEN)")
	fl.BoolVar(&c.noCode, "no-code", false, "disable POST /v1/code")
	fl.DurationVar(&c.queryTimeout, "query-timeout", 10*time.Second, "time limit of one API request")
	fl.IntVar(&c.maxInFlight, "max-inflight", 32, "API requests answered at once (others wait)")
	fl.IntVar(&c.readers, "readers", 4, "database connections for queries")
	return cmd
}
