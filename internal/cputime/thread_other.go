//go:build !linux

package cputime

import "time"

// Thread reports that this system does not tell a thread's CPU time.
func Thread() (time.Duration, bool) { return 0, false }
