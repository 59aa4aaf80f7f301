// Package perceptron implements the averaged multiclass perceptron that the
// tagger and the parser are trained with, and the compact frozen model they
// run with.
//
// Features are 64-bit hashes built by the caller; each feature carries a
// sparse list of per-class weights, since an update only ever touches the
// gold class and the predicted one.
package perceptron

import (
	"cmp"
	"math"
	"slices"
)

// entry is one class weight of a feature during training, with what the
// averaging needs.
type entry struct {
	class uint16
	w     float32
	total float64 // sum of w over all updates so far, up to stamp
	stamp int64   // update count at which total was last brought up to date
}

// Trainer accumulates an averaged perceptron. It is not safe for concurrent use.
type Trainer struct {
	nClasses int
	feats    map[uint64][]entry
	updates  int64
}

// NewTrainer returns a trainer for nClasses classes.
func NewTrainer(nClasses int) *Trainer {
	return &Trainer{nClasses: nClasses, feats: make(map[uint64][]entry)}
}

// Classes returns the number of classes.
func (t *Trainer) Classes() int { return t.nClasses }

// Features returns the number of features with at least one weight.
func (t *Trainer) Features() int { return len(t.feats) }

// Score adds the current (not averaged) weights of feats to scores, which
// has one slot per class.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		for _, e := range t.feats[f] {
			scores[e.class] += e.w
		}
	}
}

// Tick counts one training example; call it once per example, whether or not
// Update is called, so that averaging weights each example equally.
func (t *Trainer) Tick() { t.updates++ }

// Update moves weights towards gold and away from guess by delta.
func (t *Trainer) Update(feats []uint64, gold, guess int, delta float32) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		es := t.feats[f]
		es = t.add(es, uint16(gold), delta)
		es = t.add(es, uint16(guess), -delta)
		t.feats[f] = es
	}
}

func (t *Trainer) add(es []entry, class uint16, delta float32) []entry {
	for i := range es {
		if es[i].class == class {
			e := &es[i]
			e.total += float64(e.w) * float64(t.updates-e.stamp)
			e.stamp = t.updates
			e.w += delta
			return es
		}
	}
	return append(es, entry{class: class, w: delta, stamp: t.updates})
}

// Freeze returns the averaged model. Weights whose averaged magnitude is below
// minWeight are dropped, which keeps the model small at little cost in
// accuracy. The trainer may go on training afterwards.
func (t *Trainer) Freeze(minWeight float32) *Model {
	keys := make([]uint64, 0, len(t.feats))
	for k := range t.feats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	n := max(t.updates, 1)
	type kv struct {
		key uint64
		es  []Weight
	}
	var kept []kv
	for _, k := range keys {
		var ws []Weight
		for _, e := range t.feats[k] {
			total := e.total + float64(e.w)*float64(t.updates-e.stamp)
			avg := float32(total / float64(n))
			if math.Abs(float64(avg)) >= float64(minWeight) && avg != 0 {
				ws = append(ws, Weight{Class: e.class, W: avg})
			}
		}
		if len(ws) == 0 {
			continue
		}
		slices.SortFunc(ws, func(a, b Weight) int { return cmp.Compare(a.Class, b.Class) })
		kept = append(kept, kv{k, ws})
	}
	m := newModel(t.nClasses, len(kept))
	for _, e := range kept {
		_ = m.insert(Fingerprint(e.key), e.es)
	}
	return m
}

// Weight is one class weight of a frozen feature.
type Weight struct {
	Class uint16
	W     float32
}
