package http

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// Store is what the server reads: the store's queries and the dashboard's.
type Store interface {
	store.Reader
	store.Dashboard
}

// CodeFunc codes a document in place, as parley.Pipeline.Code does.
type CodeFunc func(ctx context.Context, doc *text.Document) error

// Options configure a Server. Only Store is required.
type Options struct {
	Store Store
	// Code codes the text posted to /v1/code; nil disables the route.
	Code CodeFunc
	// Token, when set, must be sent as "Authorization: Bearer TOKEN" to
	// POST /v1/code.
	Token string
	// Loopback reports that the server listens on loopback addresses
	// only. Then requests must name a loopback Host, and /v1/code may be
	// used without a token when none is set; otherwise /v1/code needs
	// Token and is refused when it is empty.
	Loopback bool
	// Assets is the dashboard served at /; nil serves none.
	Assets fs.FS
	// QueryTimeout bounds the time of one API request (default 10 s);
	// CodeTimeout that of a POST /v1/code (default 30 s).
	QueryTimeout, CodeTimeout time.Duration
	// MaxInFlight bounds the store queries running at once (default 32);
	// other requests wait for a slot within their time limit.
	MaxInFlight int
	// MaxCodeBytes bounds the body of POST /v1/code (default 1 MiB).
	MaxCodeBytes int64
	// CacheTTL is how long the results of the aggregate queries (network,
	// map, total volume, stats) are reused (default 1 minute; negative:
	// never).
	CacheTTL time.Duration
	// ResponseTTL is how long a whole API answer is reused for the same
	// request (default 2 s; negative: never). The server never writes the
	// store: an ingest running beside it shows after at most this long.
	ResponseTTL time.Duration
	// Log receives request errors; nil discards them.
	Log *slog.Logger
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// Server is the HTTP handler of the API and the dashboard. It is safe for
// concurrent use.
type Server struct {
	opts      Options
	mux       *http.ServeMux
	routes    []route
	metrics   *metrics
	slots     chan struct{}
	cache     *ttlCache // aggregate query results
	responses *ttlCache // whole API answers
	assets    *assetServer
	gzips     sync.Pool
}

// route is one API route: its method and pattern (as http.ServeMux reads
// them), its handler, and whether it answers from the store (and so takes
// a query slot and may be answered from the response cache).
type route struct {
	method, pattern string
	handle          func(w http.ResponseWriter, r *http.Request) error
	query           bool
}

// New returns a Server for opts.
func New(opts Options) (*Server, error) {
	if opts.Store == nil {
		return nil, errors.New("http: no store")
	}
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 10 * time.Second
	}
	if opts.CodeTimeout <= 0 {
		opts.CodeTimeout = 30 * time.Second
	}
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = 32
	}
	if opts.MaxCodeBytes <= 0 {
		opts.MaxCodeBytes = 1 << 20
	}
	if opts.CacheTTL == 0 {
		opts.CacheTTL = time.Minute
	}
	if opts.ResponseTTL == 0 {
		opts.ResponseTTL = 2 * time.Second
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{
		opts:      opts,
		mux:       http.NewServeMux(),
		slots:     make(chan struct{}, opts.MaxInFlight),
		cache:     newTTLCache(256, opts.CacheTTL, opts.Now),
		responses: newTTLCache(512, opts.ResponseTTL, opts.Now),
	}
	s.gzips.New = func() any {
		zw, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
		return zw
	}
	if opts.Assets != nil {
		a, err := newAssetServer(opts.Assets)
		if err != nil {
			return nil, err
		}
		s.assets = a
	}
	s.routes = s.apiRoutes()
	names := []string{"other", "GET /"}
	for _, rt := range s.routes {
		names = append(names, rt.method+" "+rt.pattern)
	}
	s.metrics = newMetrics(names)
	for _, rt := range s.routes {
		s.mux.Handle(rt.method+" "+rt.pattern, s.apiHandler(rt))
	}
	if s.assets != nil {
		s.mux.Handle("GET /", s.observed("GET /", s.assets))
	}
	return s, nil
}

func (s *Server) apiRoutes() []route {
	return []route{
		{"GET", "/healthz", s.handleHealth, false},
		{"GET", "/metrics", s.handleMetrics, false},
		{"GET", "/v1/openapi.json", s.handleOpenAPI, false},
		{"GET", "/v1/stats", s.handleStats, true},
		{"GET", "/v1/events", s.handleEvents, true},
		{"GET", "/v1/events/{id}", s.handleEvent, true},
		{"GET", "/v1/clusters", s.handleClusters, true},
		{"GET", "/v1/series/dyad", s.handleDyadSeries, true},
		{"GET", "/v1/actors", s.handleActors, true},
		{"GET", "/v1/actors/{code}", s.handleActor, true},
		{"GET", "/v1/quotes", s.handleQuotes, true},
		{"GET", "/v1/documents", s.handleDocuments, true},
		{"GET", "/v1/documents/{id}", s.handleDocument, true},
		{"GET", "/v1/network", s.handleNetwork, true},
		{"GET", "/v1/map", s.handleMap, true},
		{"POST", "/v1/code", s.handleCode, false},
	}
}

// Routes lists the API routes as "METHOD /pattern".
func (s *Server) Routes() []string {
	var out []string
	for _, rt := range s.routes {
		out = append(out, rt.method+" "+rt.pattern)
	}
	return out
}

// ServeHTTP implements http.Handler: security headers, the Host check and
// panic recovery for every request, then the route.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	if s.opts.Loopback && !loopbackHost(r.Host) {
		s.metrics.observe("other", http.StatusMisdirectedRequest, 0)
		writeError(w, &apiError{status: http.StatusMisdirectedRequest, code: "bad_host",
			msg: "this server answers only requests to a loopback host name"})
		return
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.opts.Log.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			writeError(w, &apiError{status: http.StatusInternalServerError, code: "internal", msg: "internal error"})
		}
	}()
	if _, pattern := s.mux.Handler(r); pattern == "" {
		start := s.opts.Now()
		rec := &statusRecorder{ResponseWriter: w}
		if allow := s.allowed(r.URL.Path); allow != "" {
			rec.Header().Set("Allow", allow)
			writeError(rec, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
				msg: r.Method + " is not allowed here"})
		} else {
			writeError(rec, &apiError{status: http.StatusNotFound, code: "not_found", msg: "no such route"})
		}
		s.metrics.observe("other", rec.code(), s.opts.Now().Sub(start))
		return
	}
	s.mux.ServeHTTP(w, r)
}

// allowed returns the methods of the routes that match path.
func (s *Server) allowed(path string) string {
	var out []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		r, err := http.NewRequest(m, path, nil)
		if err != nil {
			continue
		}
		if _, p := s.mux.Handler(r); p != "" {
			out = append(out, m)
		}
	}
	return strings.Join(out, ", ")
}

// contentSecurityPolicy lets the dashboard load its own scripts, styles
// and data only: no inline script, no other origin, no framing.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// loopbackHost reports whether a Host header names a loopback address.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// apiHandler wraps a route: time limit, metrics, errors, and for store
// queries the response cache and the query slots.
func (s *Server) apiHandler(rt route) http.Handler {
	name := rt.method + " " + rt.pattern
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.opts.Now()
		rec := &statusRecorder{ResponseWriter: w}
		s.metrics.inFlight.Add(1)
		defer func() {
			s.metrics.inFlight.Add(-1)
			s.metrics.observe(name, rec.code(), s.opts.Now().Sub(start))
		}()
		timeout := s.opts.QueryTimeout
		if rt.method == http.MethodPost {
			timeout = s.opts.CodeTimeout
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		r = r.WithContext(ctx)
		if !rt.query {
			if err := rt.handle(rec, r); err != nil {
				s.fail(rec, r, err)
			}
			return
		}
		// Identical requests within ResponseTTL share one answer, and only
		// the request that computes it holds a query slot.
		key := r.URL.RequestURI()
		if acceptsGzip(r) {
			key += "\x00gzip"
		}
		v, err := s.responses.get(ctx, key, func() (any, error) {
			// The answer may serve other requests too: let it finish
			// when this one goes away.
			qctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
			defer cancel()
			if err := s.acquire(qctx); err != nil {
				return nil, err
			}
			defer s.release()
			c := newCapture()
			if err := rt.handle(c, r.WithContext(qctx)); err != nil {
				return nil, err
			}
			return c, nil
		})
		if err != nil {
			s.fail(rec, r, err)
			return
		}
		v.(*capture).writeTo(rec)
	})
}

// acquire takes a query slot, waiting at most until ctx is done.
func (s *Server) acquire(ctx context.Context) error {
	select {
	case s.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return &apiError{status: http.StatusServiceUnavailable, code: "busy", msg: "server busy: try again"}
	}
}

func (s *Server) release() { <-s.slots }

// observed counts the requests h answers under the route name.
func (s *Server) observed(name string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.opts.Now()
		rec := &statusRecorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		s.metrics.observe(name, rec.code(), s.opts.Now().Sub(start))
	})
}

// fail writes err as a JSON error, mapping application errors to statuses.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
	case errors.Is(err, store.ErrNotFound):
		ae = &apiError{status: http.StatusNotFound, code: "not_found", msg: err.Error()}
	case errors.Is(err, store.ErrBadCursor):
		ae = &apiError{status: http.StatusBadRequest, code: "bad_cursor", msg: "after: not a cursor of this query"}
	case errors.As(err, &mbe):
		ae = &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large",
			msg: fmt.Sprintf("request body over %d bytes", mbe.Limit)}
	case errors.Is(err, context.DeadlineExceeded):
		ae = &apiError{status: http.StatusServiceUnavailable, code: "timeout", msg: "the query took too long: narrow it"}
	case errors.Is(err, context.Canceled):
		ae = &apiError{status: 499, code: "canceled", msg: "request canceled"}
	default:
		s.opts.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		ae = &apiError{status: http.StatusInternalServerError, code: "internal", msg: "internal error"}
	}
	writeError(w, ae)
}

// apiError is an error with its HTTP status and a stable code.
type apiError struct {
	status int
	code   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

// badRequest returns a 400 error for a malformed parameter.
func badRequest(format string, args ...any) error {
	return &apiError{status: http.StatusBadRequest, code: "bad_request", msg: fmt.Sprintf(format, args...)}
}

func writeError(w http.ResponseWriter, e *apiError) {
	var b bytes.Buffer
	b.WriteString(`{"error":{"code":`)
	writeJSONString(&b, e.code)
	b.WriteString(`,"message":`)
	writeJSONString(&b, e.msg)
	b.WriteString("}}\n")
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Del("Content-Encoding")
	w.WriteHeader(e.status)
	w.Write(b.Bytes())
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(p)
}

func (r *statusRecorder) code() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}

// Unwrap lets http.ResponseController reach the connection.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// NewHTTPServer returns an http.Server for h with the limits Parley serves
// with: header size and read, write and idle timeouts.
func NewHTTPServer(addr string, h http.Handler, log *slog.Logger) *http.Server {
	srv := &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	if log != nil {
		srv.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn)
	}
	return srv
}
