package perceptron

import "golang.org/x/sys/cpu"

// vectorArgmax reports whether FirstMax uses AVX2; fixed at start-up.
var vectorArgmax = cpu.X86.HasAVX2

// firstMaxAVX2 returns the first index of the highest of s[0:n] among the
// lanes that lanes marks with -1 in every group of eight, and that value;
// n a multiple of 8, n > 0 (argmax_amd64.s).
//
//go:noescape
func firstMaxAVX2(s *int32, n int, lanes *[8]int32) (index int, top int32)

// The lanes of a group of eight that a scan with step 1 or 2 reads.
var (
	everyLane = [8]int32{-1, -1, -1, -1, -1, -1, -1, -1}
	evenLanes = [8]int32{-1, 0, -1, 0, -1, 0, -1, 0}
)

// FirstMax returns the first index of the highest of s[0], s[step],
// s[2*step] and so on; s is not empty and step is 1 or more.
func FirstMax(s []int32, step int) int {
	if !vectorArgmax || step > 2 || len(s) < 8 {
		return firstMaxGo(s, step)
	}
	lanes := &everyLane
	if step == 2 {
		lanes = &evenLanes
	}
	v := len(s) &^ 7
	best, top := firstMaxAVX2(&s[0], v, lanes)
	// The rest, from the first position the step reaches past v; the
	// vector part's indices are lower, so it wins ties.
	for i := v + (step-v%step)%step; i < len(s); i += step {
		if s[i] > top {
			best, top = i, s[i]
		}
	}
	return best
}
