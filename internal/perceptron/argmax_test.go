package perceptron

import (
	"math"
	"math/rand/v2"
	"testing"
)

// firstMaxNaive is the definition FirstMax must agree with.
func firstMaxNaive(s []int32, step int) int {
	best := 0
	for i := step; i < len(s); i += step {
		if s[i] > s[best] {
			best = i
		}
	}
	return best
}

func TestFirstMax(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	// Small value ranges make ties, which must go to the first index; the
	// extremes test the vector code's padding value for skipped lanes.
	ranges := []func() int32{
		func() int32 { return int32(rng.IntN(3)) },
		func() int32 { return int32(rng.IntN(1<<20)) - 1<<19 },
		func() int32 { return math.MinInt32 + int32(rng.IntN(2)) },
		func() int32 { return math.MaxInt32 - int32(rng.IntN(2)) },
	}
	for _, value := range ranges {
		for n := 1; n <= 120; n++ {
			for step := 1; step <= 3; step++ {
				for range 20 {
					s := make([]int32, n)
					for i := range s {
						s[i] = value()
					}
					want := firstMaxNaive(s, step)
					if got := FirstMax(s, step); got != want {
						t.Fatalf("FirstMax(%v, %d) = %d, want %d", s, step, got, want)
					}
					if got := firstMaxGo(s, step); got != want {
						t.Fatalf("firstMaxGo(%v, %d) = %d, want %d", s, step, got, want)
					}
				}
			}
		}
	}
}

func TestFirstMaxFloat(t *testing.T) {
	for _, c := range []struct {
		s    []float32
		step int
		want int
	}{
		{[]float32{1}, 1, 0},
		{[]float32{1, 3, 3, 2}, 1, 1},
		{[]float32{1, 3, 2, 9}, 2, 2},
		{[]float32{-1, -3, -1, -2, 0.5}, 2, 4},
		{[]float32{0, 5, -2, 5, 7, 1}, 3, 3},
		{[]float32{0, 5, -2, 0, 7, 1}, 3, 0},
	} {
		if got := FirstMaxFloat(c.s, c.step); got != c.want {
			t.Errorf("FirstMaxFloat(%v, %d) = %d, want %d", c.s, c.step, got, c.want)
		}
	}
}
