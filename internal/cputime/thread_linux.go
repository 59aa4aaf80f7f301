package cputime

import (
	"syscall"
	"time"
)

// Thread returns the CPU time of the calling OS thread and true, or false
// where the system does not tell. The caller locks its goroutine to the
// thread (runtime.LockOSThread) for the figure to be its own.
func Thread() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
