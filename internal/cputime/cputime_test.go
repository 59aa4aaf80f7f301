package cputime

import (
	"runtime"
	"testing"
	"time"
)

// TestThreadCountsOwnWork checks that a thread's CPU time grows with the
// work done on it and stays within the process's.
func TestThreadCountsOwnWork(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t0, ok := Thread()
	if !ok {
		t.Skip("this system does not report a thread's CPU time")
	}
	p0 := Process()
	// Work until the process has used 30 ms of CPU, however long a busy
	// machine takes to give it that much; nearly all of it is this
	// thread's.
	x := 0
	for deadline := time.Now().Add(10 * time.Second); Process()-p0 < 30*time.Millisecond && time.Now().Before(deadline); {
		for i := range 100000 {
			x ^= i * x
		}
	}
	t1, _ := Thread()
	p1 := Process()
	if p1-p0 < 30*time.Millisecond {
		t.Skipf("the process got only %v of CPU in 10 s", p1-p0)
	}
	if d := t1 - t0; d < (p1-p0)/2 {
		t.Errorf("thread CPU grew by %v while the process used %v", d, p1-p0)
	}
	if t1-t0 > p1-p0+10*time.Millisecond {
		t.Errorf("thread CPU %v exceeds process CPU %v", t1-t0, p1-p0)
	}
	_ = x
}
