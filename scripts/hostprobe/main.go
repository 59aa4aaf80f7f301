// Command hostprobe measures how fast this machine runs right now, for
// reading benchmark figures taken on a shared host: the time of a chain of
// dependent integer operations (the processor's own speed), of independent
// random reads over a 32 MB array, larger than the caches a core has to
// itself (the memory system, which neighbours share; Parley's models are
// looked up at random), and how much faster two such chains run side by
// side than one (the compute the host gives to all cores at once). On the
// 2-core VM the first stays within a few percent while the second moves by
// half within minutes, and two cores have given as little as 1.2 times the
// work of one.
//
//	go run ./scripts/hostprobe
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

const chain = 200_000_000

// multiplyAdds runs a chain of dependent multiply-adds and returns its end.
func multiplyAdds() uint64 {
	x := uint64(1)
	for range chain {
		x = x*6364136223846793005 + 1442695040888963407
	}
	return x
}

func main() {
	start := time.Now()
	x := multiplyAdds()
	alu := time.Since(start)

	const size, reads = 8 << 20, 40_000_000 // 32 MB of uint32
	a := make([]uint32, size)
	for i := range a {
		a[i] = uint32(i) * 2654435761
	}
	start = time.Now()
	var sum uint32
	h := uint32(12345)
	for range reads {
		h = h*1664525 + 1013904223
		sum += a[h>>9]
	}
	mem := time.Since(start)

	// The same chain on every core at once: n chains in the time of one
	// would be a speed-up of n.
	n := runtime.GOMAXPROCS(0)
	ends := make([]uint64, n)
	var wg sync.WaitGroup
	start = time.Now()
	for i := range n {
		wg.Go(func() { ends[i] = multiplyAdds() })
	}
	wg.Wait()
	all := time.Since(start)
	for _, e := range ends {
		x ^= e
	}
	// The results are printed so that the loops are not optimised away.
	fmt.Printf("host probe: %.2f ns per dependent multiply-add, %.1f ns per random read over 32 MB, %d cores do %.2f times the work of one (%d)\n",
		float64(alu.Nanoseconds())/chain, float64(mem.Nanoseconds())/reads,
		n, float64(n)*alu.Seconds()/all.Seconds(), (x^uint64(sum))&1)
}
