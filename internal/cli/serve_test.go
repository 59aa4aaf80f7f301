package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestLoopbackAddr(t *testing.T) {
	for _, c := range []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:8080", true},
		{"127.1.2.3:80", true},
		{"[::1]:8080", true},
		{"localhost:8080", true},
		{":8080", false},
		{"0.0.0.0:8080", false},
		{"[::]:8080", false},
		{"192.168.1.5:8080", false},
		{"example.org:8080", false},
		{"nonsense", false},
	} {
		if got := loopbackAddr(c.addr); got != c.want {
			t.Errorf("loopbackAddr(%q) = %v, want %v", c.addr, got, c.want)
		}
	}
}

func TestServeConfig(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte("  a-long-enough-token-value\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short")
	if err := os.WriteFile(short, []byte("abc"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PARLEY_TOKEN", "")
	for _, c := range []struct {
		name string
		cfg  serveConfig
		ok   bool
	}{
		{"OK", serveConfig{db: "x.db", addr: "127.0.0.1:8080", maxInFlight: 1, readers: 1}, true},
		{"OK/token-file", serveConfig{db: "x.db", addr: "127.0.0.1:8080", tokenFile: tokenFile, maxInFlight: 1, readers: 1}, true},
		{"ErrAddr", serveConfig{db: "x.db", addr: "8080", maxInFlight: 1, readers: 1}, false},
		{"ErrShortToken", serveConfig{db: "x.db", addr: ":8080", tokenFile: short, maxInFlight: 1, readers: 1}, false},
		{"ErrNoTokenFile", serveConfig{db: "x.db", addr: ":8080", tokenFile: filepath.Join(dir, "none"), maxInFlight: 1, readers: 1}, false},
		{"ErrInFlight", serveConfig{db: "x.db", addr: ":8080", readers: 1}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.cfg.validate()
			if (err == nil) != c.ok {
				t.Fatalf("validate: %v", err)
			}
			if c.name == "OK/token-file" && c.cfg.token != "a-long-enough-token-value" {
				t.Errorf("token %q", c.cfg.token)
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe to read while the command writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe runs `parley serve` on an ingested database, asks it a few
// questions and stops it by cancelling its context.
func TestServe(t *testing.T) {
	_, db := ingestCorpus(t, 20)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- Execute(ctx, []string{"serve", "--db", db, "--addr", addr, "--no-code"}, strings.NewReader(""), &out, &errOut)
	}()
	base := "http://" + addr
	deadline := time.Now().Add(10 * time.Second)
	for {
		res, err := http.Get(base + "/healthz")
		if err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("server did not start: %v; %s", err, errOut.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	for path, want := range map[string]int{"/healthz": 200, "/v1/stats": 200, "/v1/openapi.json": 200, "/": 200, "/v1/nothing": 404} {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("GET %s: %d, want %d: %s", path, res.StatusCode, want, body)
		}
		if path == "/v1/stats" {
			var st struct{ Documents int }
			if err := json.Unmarshal(body, &st); err != nil || st.Documents != 20 {
				t.Errorf("stats %s", body)
			}
		}
	}
	res, err := http.Post(base+"/v1/code", "application/json", strings.NewReader(`{"text":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotImplemented {
		t.Errorf("POST /v1/code with --no-code: %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(out.String(), "serving "+db) {
		t.Errorf("output %q", out.String())
	}
	if err := Execute(context.Background(), []string{"serve", "--addr", "nope"}, strings.NewReader(""), io.Discard, io.Discard); err == nil || ExitCode(err) != 2 {
		t.Errorf("bad --addr: %v", err)
	}
	var ue usageError
	if err := Execute(context.Background(), []string{"serve", "--db", filepath.Join(t.TempDir(), "missing", "x.db"), "--addr", addr}, strings.NewReader(""), io.Discard, io.Discard); err == nil || errors.As(err, &ue) {
		t.Errorf("missing database: %v", err)
	}
}
