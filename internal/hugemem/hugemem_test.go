package hugemem

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

func TestSlice(t *testing.T) {
	for _, n := range []int{0, 1, 1000, minSize/8 - 1, minSize / 8, 3 * hugePage / 8} {
		owner := new(int)
		s := Slice[uint64](owner, n)
		if len(s) != n {
			t.Fatalf("n=%d: len %d", n, len(s))
		}
		for i := range s {
			if s[i] != 0 {
				t.Fatalf("n=%d: s[%d] = %d, want 0", n, i, s[i])
			}
			s[i] = uint64(i)
		}
		for i := range s {
			if s[i] != uint64(i) {
				t.Fatalf("n=%d: s[%d] = %d after writing", n, i, s[i])
			}
		}
		runtime.KeepAlive(owner)
	}
}

// TestSliceHuge checks that a large table starts on a huge page boundary
// and, where the kernel grants huge pages to advised memory, gets them.
func TestSliceHuge(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("huge pages are asked for on Linux only")
	}
	owner := new(int)
	s := Slice[uint32](owner, 2*hugePage/4)
	if p := uintptr(unsafe.Pointer(&s[0])); p%hugePage != 0 {
		t.Fatalf("table at %#x, not on a huge page boundary", p)
	}
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || strings.Contains(string(mode), "[never]") {
		t.Skip("transparent huge pages unavailable or disabled on this machine")
	}
	for i := range s {
		s[i] = 1
	}
	rollup, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		t.Skipf("cannot read the process's memory map: %v", err)
	}
	for line := range strings.SplitSeq(string(rollup), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "AnonHugePages:" {
			if f[1] == "0" {
				t.Log("the kernel granted no huge pages (fragmented memory?); the table works on ordinary pages")
			}
			runtime.KeepAlive(owner)
			return
		}
	}
	t.Skip("no AnonHugePages in /proc/self/smaps_rollup")
}
