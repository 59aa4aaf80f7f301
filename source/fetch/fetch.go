// Package fetch gets feeds and pages over HTTP with the limits an ingest
// service needs: timeouts, a size limit, conditional GET, and refusal of
// private, loopback, link-local and multicast addresses.
//
// The address check runs when a connection is dialled, on the address actually
// dialled after name resolution, so a name that resolves to a public address
// when checked and to a private one when used (DNS rebinding) is still
// refused; it applies to every redirect as well. Proxies from the environment
// are not used, since they would hide the real destination.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/parleyproject/parley/source"
)

// Defaults for Options left zero.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "Parley news reader"
)

// ErrRefused means the URL's address is private, loopback, link-local,
// multicast or reserved and AllowPrivate is off, or its scheme is not HTTP(S).
var ErrRefused = errors.New("address refused")

// Options configure a Fetcher.
type Options struct {
	// AllowPrivate lets requests reach private and loopback addresses (for a
	// feed on the local network, and for tests).
	AllowPrivate bool
	// Timeout bounds one request from dial to the last byte of the body.
	Timeout time.Duration
	// MaxBytes bounds a response body; a larger one is an error wrapping
	// source.ErrTooLarge.
	MaxBytes int64
	// MaxRedirects bounds the redirects followed for one request.
	MaxRedirects int
	// UserAgent is sent with every request.
	UserAgent string
	// Cache keeps ETag and Last-Modified validators for GetConditional; may be
	// nil, and then GetConditional is a plain Get.
	Cache Cache
	// Client replaces the built-in client; may be nil. A caller's client is
	// used as given: the address check is then the caller's business.
	Client *http.Client
}

// Fetcher performs GET requests under its Options. It is safe for concurrent
// use.
type Fetcher struct {
	opts   Options
	client *http.Client
	// allowAddr decides which dialled addresses are acceptable.
	allowAddr func(netip.Addr) bool
}

// New returns a Fetcher with opts, zero fields taking their defaults.
func New(opts Options) *Fetcher {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	f := &Fetcher{opts: opts, allowAddr: PublicAddr}
	if opts.AllowPrivate {
		f.allowAddr = func(netip.Addr) bool { return true }
	}
	if opts.Client != nil {
		f.client = opts.Client
	} else {
		f.client = f.newClient()
	}
	return f
}

func (f *Fetcher) newClient() *http.Client {
	dialer := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: cannot check address %q", ErrRefused, address)
			}
			if !f.allowAddr(ap.Addr()) {
				return fmt.Errorf("%w: %s is not a public address", ErrRefused, ap.Addr())
			}
			return nil
		},
	}
	transport := &http.Transport{
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  f.opts.Timeout,
		MaxIdleConns:           16,
		MaxIdleConnsPerHost:    2,
		IdleConnTimeout:        60 * time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
	return &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= f.opts.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", len(via))
			}
			return f.checkURL(req.URL)
		},
	}
}

// checkURL refuses non-HTTP schemes and literal addresses that are not public,
// before any connection is made (the dial check covers names).
func (f *Fetcher) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: scheme %q is not http or https", ErrRefused, u.Scheme)
	}
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("%w: no host in %q", ErrRefused, u.Redacted())
	}
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil && !f.allowAddr(ip) {
		return fmt.Errorf("%w: %s is not a public address", ErrRefused, ip)
	}
	return nil
}

// Response is a fetched resource.
type Response struct {
	// URL is the final URL, after redirects.
	URL string
	// Status is the HTTP status code.
	Status int
	Header http.Header
	// Body is the whole body, at most MaxBytes long.
	Body []byte
	// NotModified reports a 304 answer to a conditional request; Body is
	// then empty.
	NotModified bool
}

// ContentType returns the media type of the response, lower case, without
// parameters.
func (r *Response) ContentType() string {
	ct, _, _ := strings.Cut(r.Header.Get("Content-Type"), ";")
	return strings.ToLower(strings.TrimSpace(ct))
}

// Get fetches rawURL. Errors wrap source.ErrFetch; a refused address also
// wraps ErrRefused, and a body over MaxBytes wraps source.ErrTooLarge. A
// status other than 2xx is an error.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Response, error) {
	return f.get(ctx, rawURL, false)
}

// GetConditional is Get with a conditional request: when the Cache holds
// validators for rawURL they are sent, a 304 answer yields a Response with
// NotModified set, and the validators of a 200 answer are stored.
func (f *Fetcher) GetConditional(ctx context.Context, rawURL string) (*Response, error) {
	return f.get(ctx, rawURL, f.opts.Cache != nil)
}

func (f *Fetcher) get(ctx context.Context, rawURL string, conditional bool) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", source.ErrFetch, err)
	}
	if err := f.checkURL(u); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", source.ErrFetch, u.Redacted(), err)
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", source.ErrFetch, err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8")
	if conditional {
		if v, ok := f.opts.Cache.Validators(rawURL); ok {
			if v.ETag != "" {
				req.Header.Set("If-None-Match", v.ETag)
			}
			if v.LastModified != "" {
				req.Header.Set("If-Modified-Since", v.LastModified)
			}
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		if ctx.Err() != nil && parent.Err() == nil {
			return nil, fmt.Errorf("%w: %s: timed out after %s", source.ErrFetch, u.Redacted(), f.opts.Timeout)
		}
		return nil, fmt.Errorf("%w: %w", source.ErrFetch, err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, Header: resp.Header}
	if conditional && resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%w: %s: status %s", source.ErrFetch, u.Redacted(), resp.Status)
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %s: %w: body of %d bytes is over the limit of %d",
			source.ErrFetch, u.Redacted(), source.ErrTooLarge, resp.ContentLength, f.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: read body: %w", source.ErrFetch, u.Redacted(), err)
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %s: %w: body is over the limit of %d bytes",
			source.ErrFetch, u.Redacted(), source.ErrTooLarge, f.opts.MaxBytes)
	}
	out.Body = body
	if conditional {
		etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag != "" || lm != "" {
			f.opts.Cache.Store(rawURL, Validators{ETag: etag, LastModified: lm, Stored: time.Now().UTC()})
		}
	}
	return out, nil
}
