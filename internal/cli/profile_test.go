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
	checkProfile(t, cpu)
	checkProfile(t, mem)
	// An unwritable memory profile is an error, and the CPU profile is
	// still stopped and written.
	bad := filepath.Join(dir, "missing", "mem.prof")
	cpu2 := filepath.Join(dir, "cpu2.prof")
	err := Execute(context.Background(), []string{"version", "--cpuprofile", cpu2, "--memprofile", bad}, strings.NewReader(""), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "memory profile") {
		t.Errorf("unwritable memory profile: error %v", err)
	}
	checkProfile(t, cpu2)
	if err := Execute(context.Background(), []string{"version", "--cpuprofile", cpu}, strings.NewReader(""), &out, &errOut); err != nil {
		t.Errorf("a CPU profile after a failed run: %v", err)
	}
}

// checkProfile checks that path holds a gzipped profile.
func checkProfile(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s is not gzipped: %v", filepath.Base(path), err)
	}
	if b, err := io.ReadAll(zr); err != nil || len(b) == 0 {
		t.Errorf("%s: %d bytes, %v", filepath.Base(path), len(b), err)
	}
}
