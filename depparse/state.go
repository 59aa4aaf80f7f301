package depparse

// Transitions of the arc-eager system (Nivre 2003) without an artificial root:
// words left without a head when the buffer is empty become roots.
const (
	opShift = iota
	opReduce
	opLeft  // s0 ← b: b becomes the head of s0, s0 is popped
	opRight // s0 → b: s0 becomes the head of b, b is pushed
)

// move is a transition with its label (for opLeft and opRight).
type move struct {
	op    int
	label int
}

// moveOf decodes a class number: 0 shift, 1 reduce, then left-l and
// right-l interleaved.
func moveOf(class int) move {
	switch class {
	case 0:
		return move{op: opShift}
	case 1:
		return move{op: opReduce}
	}
	c := class - 2
	if c%2 == 0 {
		return move{op: opLeft, label: c / 2}
	}
	return move{op: opRight, label: c / 2}
}

// state is a parser configuration. Per-word arrays describe the partial tree
// so that features need no search.
type state struct {
	n     int
	stack []int
	b     int // first word of the buffer; n when the buffer is empty

	head  []int
	label []int
	// Leftmost and second leftmost, rightmost and second rightmost children;
	// -1 when absent.
	l1, l2, r1, r2 []int
	nl, nr         []int       // number of left and right children
	ls, rs         [][2]uint64 // sets of left and right child labels (bitsets)
	// forms are the sentence's words while finish repairs the tree; nil
	// otherwise (and in tests of the repairs, which then leave alone what
	// needs the words).
	forms []string
	// lemmas are the words' lemmas while finish repairs the tree, when
	// the tagger gave them; nil otherwise.
	lemmas []string
}

// lemmaOf returns word i's lemma, or its form when there is none.
func (s *state) lemmaOf(i int) string {
	if i < len(s.lemmas) && s.lemmas[i] != "" {
		return s.lemmas[i]
	}
	return s.forms[i]
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	s.head = fill(s.head, n, -1)
	s.label = fill(s.label, n, -1)
	s.l1 = fill(s.l1, n, -1)
	s.l2 = fill(s.l2, n, -1)
	s.r1 = fill(s.r1, n, -1)
	s.r2 = fill(s.r2, n, -1)
	s.nl = fill(s.nl, n, 0)
	s.nr = fill(s.nr, n, 0)
	if cap(s.ls) < n {
		s.ls = make([][2]uint64, n)
		s.rs = make([][2]uint64, n)
	}
	s.ls = s.ls[:n]
	s.rs = s.rs[:n]
	clear(s.ls)
	clear(s.rs)
}

func fill(a []int, n, v int) []int {
	if cap(a) < n {
		a = make([]int, n)
	}
	a = a[:n]
	for i := range a {
		a[i] = v
	}
	return a
}

func (s *state) terminal() bool { return s.b >= s.n }

func (s *state) s0() int {
	if len(s.stack) == 0 {
		return -1
	}
	return s.stack[len(s.stack)-1]
}

func (s *state) valid(op int) bool {
	switch op {
	case opShift:
		return s.b < s.n
	case opReduce:
		return len(s.stack) > 0 && s.head[s.s0()] >= 0
	case opLeft:
		return len(s.stack) > 0 && s.b < s.n && s.head[s.s0()] < 0
	case opRight:
		return len(s.stack) > 0 && s.b < s.n
	}
	return false
}

func (s *state) apply(m move) {
	switch m.op {
	case opShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case opReduce:
		s.stack = s.stack[:len(s.stack)-1]
	case opLeft:
		d := s.s0()
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, d, m.label)
	case opRight:
		s.attach(s.s0(), s.b, m.label)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

func (s *state) attach(h, d, l int) {
	s.head[d] = h
	s.label[d] = l
	bit := [2]uint64{}
	bit[(l>>6)&1] = 1 << (l & 63)
	if d < h {
		s.nl[h]++
		s.ls[h][0] |= bit[0]
		s.ls[h][1] |= bit[1]
		if s.l1[h] < 0 || d < s.l1[h] {
			s.l2[h] = s.l1[h]
			s.l1[h] = d
		} else if s.l2[h] < 0 || d < s.l2[h] {
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		s.rs[h][0] |= bit[0]
		s.rs[h][1] |= bit[1]
		if s.r1[h] < 0 || d > s.r1[h] {
			s.r2[h] = s.r1[h]
			s.r1[h] = d
		} else if s.r2[h] < 0 || d > s.r2[h] {
			s.r2[h] = d
		}
	}
}

// costs fills cost[op] with the number of gold arcs each unlabeled transition
// makes unreachable (Goldberg and Nivre's dynamic oracle for arc-eager), and
// returns whether the arc each of Left and Right would add is a gold arc (so
// that only the gold label costs nothing). gold[i] is -1 for the root.
func (s *state) costs(gold []int, cost *[4]int) (leftGold, rightGold bool) {
	for i := range cost {
		cost[i] = 0
	}
	s0, b := s.s0(), s.b
	inStack := func(k int) bool {
		for _, x := range s.stack {
			if x == k {
				return true
			}
		}
		return false
	}
	inBuffer := func(k int) bool { return k >= b && k < s.n }
	if b < s.n {
		// Shift: b loses heads and dependents in the stack.
		for _, k := range s.stack {
			if gold[b] == k {
				cost[opShift]++
			}
			if gold[k] == b && s.head[k] < 0 {
				cost[opShift]++
			}
		}
	}
	if s0 >= 0 {
		// Reduce: s0 loses its dependents in the buffer.
		for k := b; k < s.n; k++ {
			if gold[k] == s0 {
				cost[opReduce]++
			}
		}
		if b < s.n {
			// Left: s0 gets b as head and loses its real head and its
			// dependents in the buffer.
			hs := gold[s0]
			if hs != b && (hs < 0 || inBuffer(hs)) {
				cost[opLeft]++
			}
			for k := b + 1; k < s.n; k++ {
				if gold[k] == s0 {
					cost[opLeft]++
				}
			}
			leftGold = hs == b
			// Right: b gets s0 as head; it loses a head elsewhere and its
			// headless dependents in the stack.
			hb := gold[b]
			if hb != s0 && (hb < 0 || inBuffer(hb) || inStack(hb)) {
				cost[opRight]++
			}
			for _, k := range s.stack {
				if gold[k] == b && s.head[k] < 0 {
					cost[opRight]++
				}
			}
			rightGold = hb == s0
		}
	}
	return leftGold, rightGold
}

// within reports whether word k is word i or hangs below it.
func (s *state) within(k, i int) bool {
	for steps := 0; k >= 0 && steps <= s.n; steps++ {
		if k == i {
			return true
		}
		k = s.head[k]
	}
	return false
}
