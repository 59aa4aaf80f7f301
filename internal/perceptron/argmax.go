package perceptron

// firstMaxGo is FirstMax in Go. It finds the highest value first, with
// four running maxima that need no branch and do not wait on each other,
// then its first index: half the instructions of a single scan that keeps
// the index as it goes.
func firstMaxGo[T int32 | float32](s []T, step int) int {
	m0, m1, m2, m3 := s[0], s[0], s[0], s[0]
	i := 0
	for ; i+3*step < len(s); i += 4 * step {
		m0, m1 = max(m0, s[i]), max(m1, s[i+step])
		m2, m3 = max(m2, s[i+2*step]), max(m3, s[i+3*step])
	}
	for ; i < len(s); i += step {
		m0 = max(m0, s[i])
	}
	m := max(max(m0, m1), max(m2, m3))
	for i := 0; i < len(s); i += step {
		if s[i] == m {
			return i
		}
	}
	return 0
}

// FirstMaxFloat is FirstMax for float32 scores (training's), which hold no
// NaN.
func FirstMaxFloat(s []float32, step int) int { return firstMaxGo(s, step) }
