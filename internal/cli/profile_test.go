package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProfileFlags checks that --cpuprofile and --memprofile write
// profiles (gzipped protocol buffers, as go tool pprof reads them), and that
// a profile that cannot be written is an error naming it.
func TestProfileFlags(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	var out, errOut bytes.Buffer
	if err := Execute(context.Background(), []string{"version", "--cpuprofile", cpu, "--memprofile", mem}, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("version: %v (%s)", err, errOut.String())
	}
	for _, path := range []string{cpu, mem} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatalf("%s is not gzipped: %v", filepath.Base(path), err)
		}
		if b, err := io.ReadAll(zr); err != nil || len(b) == 0 {
			t.Errorf("%s: %d bytes, %v", filepath.Base(path), len(b), err)
		}
		f.Close()
	}
	bad := filepath.Join(dir, "missing", "mem.prof")
	err := Execute(context.Background(), []string{"version", "--memprofile", bad}, strings.NewReader(""), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "memory profile") {
		t.Errorf("unwritable memory profile: error %v", err)
	}
}
