package fetch

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parleyproject/parley/source"
)

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"93.184.216.34", true},
		{"2606:2800:220:1:248:1893:25c8:1946", true},
		{"127.0.0.1", false},
		{"127.9.9.9", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"fe80::1", false},
		{"fc00::1", false},
		{"224.0.0.1", false},
		{"ff02::1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"100.64.0.1", false},
		{"255.255.255.255", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:8.8.8.8", true},
		{"64:ff9b::a00:1", false},
		{"2002:a00:1::", false},
	}
	for _, tt := range tests {
		if got := PublicAddr(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("PublicAddr(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

// serve starts a test server on addr ("127.0.0.1:0" when empty).
func serve(t *testing.T, addr string, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(h)
	if addr != "" {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			t.Skipf("cannot listen on %s: %v", addr, err)
		}
		srv.Listener.Close()
		srv.Listener = l
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	srv := serve(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != "test-agent" {
			http.Error(w, "bad agent", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<p>hello</p>"))
	})
	f := New(Options{AllowPrivate: true, UserAgent: "test-agent"})
	resp, err := f.Get(context.Background(), srv.URL+"/page")
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "<p>hello</p>" || resp.ContentType() != "text/html" || resp.URL != srv.URL+"/page" {
		t.Errorf("Get = %q %q %q", resp.Body, resp.ContentType(), resp.URL)
	}
}

func TestGetErrors(t *testing.T) {
	var hits atomic.Int32
	big := bytes.Repeat([]byte("x"), 2<<20)
	mux := http.NewServeMux()
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(big)))
		w.Write(big)
	})
	mux.HandleFunc("/bigchunked", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 4; i++ {
			w.Write(big[:1<<19])
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/tofile", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	srv := serve(t, "", mux.ServeHTTP)
	port := srv.Listener.Addr().(*net.TCPAddr).Port

	tests := []struct {
		name    string
		opts    Options
		url     string
		wantErr []error
		want    string
	}{
		{"ErrLoopbackLiteral", Options{}, srv.URL + "/", []error{source.ErrFetch, ErrRefused}, "127.0.0.1 is not a public address"},
		// A name is resolved and refused at dial time.
		{"ErrLoopbackName", Options{}, "http://localhost:" + itoa(port) + "/", []error{source.ErrFetch, ErrRefused}, "is not a public address"},
		{"ErrMetadataAddress", Options{}, "http://169.254.169.254/latest/meta-data/", []error{ErrRefused}, "169.254.169.254"},
		{"ErrScheme", Options{AllowPrivate: true}, "file:///etc/passwd", []error{ErrRefused}, "scheme"},
		{"ErrRedirectScheme", Options{AllowPrivate: true}, srv.URL + "/tofile", []error{ErrRefused}, "scheme"},
		{"ErrRedirectLoop", Options{AllowPrivate: true, MaxRedirects: 3}, srv.URL + "/loop", []error{source.ErrFetch}, "stopped after 3 redirects"},
		{"ErrTooLarge", Options{AllowPrivate: true, MaxBytes: 1 << 20}, srv.URL + "/big", []error{source.ErrTooLarge}, "body of 2097152 bytes is over the limit of 1048576"},
		{"ErrTooLargeChunked", Options{AllowPrivate: true, MaxBytes: 1 << 20}, srv.URL + "/bigchunked", []error{source.ErrTooLarge}, "over the limit"},
		{"ErrTimeout", Options{AllowPrivate: true, Timeout: 200 * time.Millisecond}, srv.URL + "/slow", []error{source.ErrFetch}, "time"},
		{"ErrStatus", Options{AllowPrivate: true}, srv.URL + "/missing", []error{source.ErrFetch}, "status 404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.opts).Get(context.Background(), tt.url)
			if err == nil {
				t.Fatal("Get succeeded, want error")
			}
			for _, w := range tt.wantErr {
				if !errors.Is(err, w) {
					t.Errorf("error %q does not wrap %q", err, w)
				}
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("refused requests reached the server %d times", n)
	}
}

// TestRedirectToRefusedAddress checks that the address of every redirect is
// checked: a server that is allowed redirects to one that is not.
func TestRedirectToRefusedAddress(t *testing.T) {
	var reached atomic.Bool
	inner := serve(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) { reached.Store(true) })
	innerPort := itoa(inner.Listener.Addr().(*net.TCPAddr).Port)
	outer := serve(t, "127.0.0.2:0", func(w http.ResponseWriter, r *http.Request) {
		target := "http://127.0.0.1:" + innerPort + "/"
		if r.URL.Path == "/byname" {
			// A name that resolves to a refused address: only the dial check sees it.
			target = "http://localhost:" + innerPort + "/"
		}
		http.Redirect(w, r, target, http.StatusFound)
	})
	only := netip.MustParseAddr("127.0.0.2")
	for _, path := range []string{"/literal", "/byname"} {
		f := New(Options{})
		f.allowAddr = func(a netip.Addr) bool { return a.Unmap() == only }
		_, err := f.Get(context.Background(), outer.URL+path)
		if !errors.Is(err, ErrRefused) {
			t.Errorf("%s: error = %v, want ErrRefused", path, err)
		}
	}
	if reached.Load() {
		t.Error("the refused server was reached")
	}
}

func TestGetConditional(t *testing.T) {
	var full, notModified atomic.Int32
	srv := serve(t, "", func(w http.ResponseWriter, r *http.Request) {
		const etag = `"v1"`
		if r.Header.Get("If-None-Match") == etag {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		w.Write([]byte("<rss/>"))
	})
	cache := &MemCache{}
	f := New(Options{AllowPrivate: true, Cache: cache})
	ctx := context.Background()
	r1, err := f.GetConditional(ctx, srv.URL)
	if err != nil || r1.NotModified || string(r1.Body) != "<rss/>" {
		t.Fatalf("first GetConditional = %+v, %v", r1, err)
	}
	r2, err := f.GetConditional(ctx, srv.URL)
	if err != nil || !r2.NotModified || len(r2.Body) != 0 {
		t.Fatalf("second GetConditional = %+v, %v; want NotModified", r2, err)
	}
	// A plain Get ignores the cache.
	if r3, err := f.Get(ctx, srv.URL); err != nil || r3.NotModified {
		t.Fatalf("Get = %+v, %v", r3, err)
	}
	if full.Load() != 2 || notModified.Load() != 1 {
		t.Errorf("server saw %d full and %d conditional requests, want 2 and 1", full.Load(), notModified.Load())
	}

	// The cache survives a save and load.
	var buf bytes.Buffer
	if err := cache.Save(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadCache(&buf)
	if err != nil {
		t.Fatal(err)
	}
	v, ok := loaded.Validators(srv.URL)
	if !ok || v.ETag != `"v1"` || v.LastModified != "Mon, 02 Jan 2006 15:04:05 GMT" {
		t.Errorf("loaded validators = %+v, %v", v, ok)
	}
	f2 := New(Options{AllowPrivate: true, Cache: loaded})
	if r, err := f2.GetConditional(ctx, srv.URL); err != nil || !r.NotModified {
		t.Errorf("GetConditional with loaded cache = %+v, %v; want NotModified", r, err)
	}
}

func TestMemCacheEvicts(t *testing.T) {
	c := &MemCache{Max: 2}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	c.Store("a", Validators{ETag: "a", Stored: base})
	c.Store("b", Validators{ETag: "b", Stored: base.Add(time.Hour)})
	c.Store("c", Validators{ETag: "c", Stored: base.Add(2 * time.Hour)})
	if _, ok := c.Validators("a"); ok || c.Len() != 2 {
		t.Errorf("after overflow: len %d, oldest kept %v", c.Len(), ok)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
