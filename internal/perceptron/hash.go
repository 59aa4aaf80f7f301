package perceptron

// Feature hashing: the callers hash strings once per token with String or
// Lower and combine them with a template number using Feature*. The hashes are
// fixed (not seeded per process) so that saved models stay valid.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	mulA      = 0x9e3779b97f4a7c15
	mulB      = 0xbf58476d1ce4e5b9
	mulC      = 0x94d049bb133111eb
)

// String returns the 64-bit FNV-1a hash of s.
func String(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Lower returns String(lowercased s) for ASCII letters, without allocating.
func Lower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = lowerStep(h, s[i])
	}
	return h
}

// lowerStep adds the lower case of the byte c to the FNV-1a hash h.
func lowerStep(h uint64, c byte) uint64 {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return (h ^ uint64(c)) * fnvPrime
}

// LowerPrefixes returns Lower(s) and sets prefixes[k-1] to
// Lower(s[:min(k, len(s))]) for every k up to len(prefixes), in one pass.
func LowerPrefixes(s string, prefixes []uint64) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = lowerStep(h, s[i])
		if i < len(prefixes) {
			prefixes[i] = h
		}
	}
	for k := len(s); k < len(prefixes); k++ {
		prefixes[k] = h
	}
	return h
}

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= mulB
	x ^= x >> 27
	x *= mulC
	x ^= x >> 31
	return x
}

// Feature1 combines a template number with one value.
func Feature1(tmpl, a uint64) uint64 { return mix(tmpl*mulA + a) }

// Feature2 combines a template number with two values.
func Feature2(tmpl, a, b uint64) uint64 { return mix(mix(tmpl*mulA+a)*mulA + b) }

// Feature3 combines a template number with three values.
func Feature3(tmpl, a, b, c uint64) uint64 {
	return mix(mix(mix(tmpl*mulA+a)*mulA+b)*mulA + c)
}

// Extend adds a value to a feature hash: Feature2(t, a, b) is
// Extend(Feature1(t, a), b), and Feature3(t, a, b, c) is
// Extend(Feature2(t, a, b), c). A caller that uses Feature1(t, a) in many
// features keeps it and extends it, one hashing step instead of two or
// three.
func Extend(h, v uint64) uint64 { return mix(h*mulA + v) }
