//go:build !unix

package cputime

import "time"

// Process is not measured on this system.
func Process() time.Duration { return 0 }

// MaxRSS is not measured on this system.
func MaxRSS() int64 { return 0 }
