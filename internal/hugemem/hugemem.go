// Package hugemem allocates the large tables that are read at random (the
// weights of the tagger and the parser) in memory the kernel may back with
// huge pages. A probe of a 10 MB table on 4 KiB pages nearly always misses
// the processor's address translation cache too, and in a virtual machine
// the page table walk that follows costs about as much as the cache miss
// itself; on 2 MiB pages the whole table needs a few translations.
//
// The memory lies outside the Go heap and is returned to the kernel once
// the owner given to Slice is unreachable, so the slice must not be used
// after its owner.
package hugemem

import (
	"runtime"
	"unsafe"
)

// minSize is the smallest table worth a mapping of its own: smaller ones
// take a fraction of one huge page.
const minSize = 1 << 20

// Slice returns a zeroed slice of n elements whose memory lives as long as
// owner. Small tables, and platforms without huge pages, get ordinary
// memory.
func Slice[T uint32 | uint64, O any](owner *O, n int) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if n <= 0 || size < minSize {
		return make([]T, n)
	}
	region, unmap := mapHuge(size)
	if region == nil {
		return make([]T, n)
	}
	runtime.AddCleanup(owner, func(unmap func()) { unmap() }, unmap)
	return unsafe.Slice((*T)(unsafe.Pointer(&region[0])), n)
}
