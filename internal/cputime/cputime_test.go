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
	x := 0
	for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		for i := range 1000 {
			x ^= i * x
		}
	}
	t1, _ := Thread()
	p1 := Process()
	if d := t1 - t0; d < 20*time.Millisecond {
		t.Errorf("thread CPU grew by %v during 50 ms of work", d)
	}
	if t1-t0 > p1-p0+10*time.Millisecond {
		t.Errorf("thread CPU %v exceeds process CPU %v", t1-t0, p1-p0)
	}
	_ = x
}
