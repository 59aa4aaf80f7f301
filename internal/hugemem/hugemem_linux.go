package hugemem

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a huge page on the platforms Parley runs on.
const hugePage = 2 << 20

// madviseHugepage is Linux's MADV_HUGEPAGE, which package syscall lacks.
const madviseHugepage = 14

// mapHuge maps size bytes (or nil when it cannot) starting at a huge-page
// boundary, asks the kernel for huge pages there, and returns a function that
// unmaps them. The kernel honours the request when its transparent huge
// pages are enabled for advised memory (the default of most distributions)
// and otherwise gives ordinary pages.
func mapHuge(size int) ([]byte, func()) {
	length := (size + hugePage - 1) &^ (hugePage - 1)
	// One huge page more than needed, so that an aligned start lies
	// within the mapping.
	mapped, err := syscall.Mmap(-1, 0, length+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil
	}
	offset := int(-uintptr(unsafe.Pointer(&mapped[0])) & (hugePage - 1))
	region := mapped[offset : offset+length]
	// Without huge pages the memory still serves, only slower.
	_ = syscall.Madvise(region, madviseHugepage)
	return region[:size], func() { _ = syscall.Munmap(mapped) }
}
