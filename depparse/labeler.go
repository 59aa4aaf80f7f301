package depparse

import "github.com/parleyproject/parley/internal/perceptron"

// Label feature templates: the labeler names an arc once the transition
// model has decided to make it, from the head h, the dependent d and what
// the partial tree already holds around them. Append, never renumber.
const (
	lBias = iota + 1
	lDw
	lDp
	lDwp
	lDlem
	lHw
	lHp
	lHwp
	lHlem
	lHpDp
	lHwDp
	lHpDw
	lHwDw
	lHlemDlem
	lDirHpDp
	lDistHpDp
	lDlsetDp
	lDl1pDp
	lHlsetHp
	lHrsetHp
	lHhpHpDp
	lDnextpDp
	lDprevpDp
	lDsufHp
	lDuHu
	lDirDw
	lHl1pHpDp
	lDr1pDp
)

// extractLabel appends the features of the arc h → d to feats.
func extractLabel(feats []uint64, s *state, ws *words, h, d int) []uint64 {
	at := func(i int) int { return i + 1 }
	get := func(a []int, i int) int {
		if i < 0 {
			return -1
		}
		return a[i]
	}
	dir := uint64(0)
	if d < h {
		dir = 1
	}
	dist := distBucket(max(h-d, d-h))
	next, prev := d+1, d-1
	if next >= s.n {
		next = -1
	}
	w, p, u, wp, lem, suf := ws.w, ws.p, ws.u, ws.wp, ws.lem, ws.suf
	Dw, Dp, Hw, Hp := w[at(d)], p[at(d)], w[at(h)], p[at(h)]
	hh := get(s.head, h)
	set := func(b [2]uint64) uint64 { return b[0]*0x9e3779b97f4a7c15 ^ b[1] }
	f1, f2, f3 := perceptron.Feature1, perceptron.Feature2, perceptron.Feature3
	return append(feats,
		f1(lBias, 0),
		f1(lDw, Dw), f1(lDp, Dp), f1(lDwp, wp[at(d)]), f1(lDlem, lem[at(d)]),
		f1(lHw, Hw), f1(lHp, Hp), f1(lHwp, wp[at(h)]), f1(lHlem, lem[at(h)]),
		f2(lHpDp, Hp, Dp), f2(lHwDp, Hw, Dp), f2(lHpDw, Hp, Dw), f2(lHwDw, Hw, Dw),
		f2(lHlemDlem, lem[at(h)], lem[at(d)]),
		f3(lDirHpDp, dir, Hp, Dp), f3(lDistHpDp, dist, Hp, Dp),
		f2(lDlsetDp, set(s.ls[d]), Dp), f2(lDl1pDp, p[at(get(s.l1, d))], Dp),
		f2(lHlsetHp, set(s.ls[h]), Hp), f2(lHrsetHp, set(s.rs[h]), Hp),
		f3(lHhpHpDp, p[at(hh)], Hp, Dp),
		f2(lDnextpDp, p[at(next)], Dp), f2(lDprevpDp, p[at(prev)], Dp),
		f2(lDsufHp, suf[at(d)], Hp), f2(lDuHu, u[at(d)], u[at(h)]),
		f2(lDirDw, dir, Dw),
		f3(lHl1pHpDp, p[at(get(s.l1, h))], Hp, Dp),
		f2(lDr1pDp, p[at(get(s.r1, d))], Dp),
	)
}
