//go:build !amd64

package perceptron

// FirstMax returns the first index of the highest of s[0], s[step],
// s[2*step] and so on; s is not empty and step is 1 or more.
func FirstMax(s []int32, step int) int { return firstMaxGo(s, step) }
