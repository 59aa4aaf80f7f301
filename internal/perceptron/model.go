package perceptron

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"unsafe"

	"github.com/parleyproject/parley/internal/hugemem"
)

// Model is a frozen averaged perceptron laid out for cache-friendly lookup:
// an open-addressing table of 8-byte slots (a 32-bit fingerprint of the
// feature, where its weights start and how many there are) and one array of
// 4-byte entries, each a class number and a fixed-point weight, a feature's
// weights padded to a multiple of two. A feature costs at most two cache
// misses. The fingerprint alone places a feature in the table, so a model
// can be rebuilt from what it stores; two features whose 64-bit hashes share
// a fingerprint (a few in a million) share weights. A model read from a file
// also keeps the weights of its features with many classes as dense rows
// (dense.go).
// The model is read-only and safe for concurrent use.
type Model struct {
	nClasses int
	shift    uint // 64 - log2(len(slots))
	mask     uint64
	slots    []uint64 // fp<<32 | start<<countBits | count; 0 = empty
	entries  []uint32 // weight<<classBits | class
	n        int
	weights  int // entries that are weights, not padding
	// dense holds, for a read model, the weights of its features with many
	// classes as rows of int16, one per class, stride apart (see
	// buildDense). Such a feature's slot has a count of 0 and the row's
	// index for start; denseAt and denseCount keep where its weights lie in
	// entries, which keeps them too.
	dense      []int16
	stride     int
	denseAt    []uint32
	denseCount []uint8
	// uses, when not nil, counts every feature Score looks up (see
	// Counting).
	uses map[uint32]int
	// owner, in a copy that shares m's tables, is m, which frees them
	// when it is unreachable.
	owner *Model
}

const (
	classBits  = 10
	classMask  = 1<<classBits - 1
	countBits  = 8
	maxCount   = 1<<countBits - 1
	startBits  = 32 - countBits
	maxEntries = 1 << startBits
	// weightScale converts weights to fixed point. Scores keep the scale,
	// which does not change which class scores highest.
	weightScale = 256
	maxWeight   = 1<<(31-classBits) - 1
)

// maxLoad is the table's highest load factor. A full table is smaller and
// misses the cache less; the longer probe runs it brings stay mostly within
// one cache line.
const maxLoad = 0.7

// A feature's weights are followed by padding entries (weight 0) up to a
// multiple of weightGroup, so that Score adds them a group at a time with
// no loop over a remainder, whose varying length the processor mispredicts.
// Groups of two, not four, keep the weights a quarter smaller (the parser's
// 1.52 M weights take 1.70 M entries instead of 2.33 M), which misses the
// cache less than the longer loop costs: side by side, coding runs 1.4 and
// 2.6 % faster (scripts/pair-bench.sh, two series of 30 pairs, standard
// errors 1.2 and 1.5 %), alone 3.7 and 1.1 % (16 pairs, 2.2 and 2.6 %).
// Without padding it runs 2.4 % slower than with groups of two (16 pairs
// alone, 1.9 %).
const (
	weightGroup = 2
	padEntry    = classMask // weight 0: adds nothing
)

// padded returns c rounded up to a multiple of weightGroup.
func padded(c uint32) uint32 { return (c + weightGroup - 1) &^ (weightGroup - 1) }

// appendPadding appends the padding that follows c weights.
func appendPadding(entries []uint32, c int) []uint32 {
	for range int(padded(uint32(c))) - c {
		entries = append(entries, padEntry)
	}
	return entries
}

// MaxClasses is the largest number of classes a Model can hold.
const MaxClasses = 1 << classBits

func newModel(nClasses, nFeatures int) *Model {
	m := new(Model)
	m.size(nClasses, nFeatures)
	m.slots = make([]uint64, m.mask+1)
	return m
}

// size sets the class count and the table geometry for nFeatures; the
// caller allocates the table.
func (m *Model) size(nClasses, nFeatures int) {
	size := 16
	for float64(size)*maxLoad < float64(nFeatures) {
		size <<= 1
	}
	m.nClasses = nClasses
	m.shift = uint(64 - bits.TrailingZeros(uint(size)))
	m.mask = uint64(size - 1)
}

// Fingerprint reduces a feature hash to the 32 bits a model stores.
func Fingerprint(k uint64) uint32 {
	fp := uint32(k>>32) ^ uint32(k)
	if fp == 0 {
		fp = 1
	}
	return fp
}

func (m *Model) home(fp uint32) uint64 { return (uint64(fp) * mulA) >> m.shift }

// span returns where the weights of the feature in slot s lie in entries
// and how many there are, for a feature with a dense row too.
func (m *Model) span(s uint64) (start, count uint32) {
	start, count = uint32(s)>>countBits, uint32(s)&maxCount
	if count == 0 {
		return m.denseAt[start], uint32(m.denseCount[start])
	}
	return start, count
}

func quantize(w float32) uint32 {
	q := math.Round(float64(w) * weightScale)
	q = math.Max(-maxWeight, math.Min(maxWeight, q))
	return uint32(int32(q)) << classBits
}

func dequantize(e uint32) float32 { return float32(int32(e)>>classBits) / weightScale }

// insert adds a feature's weights. A fingerprint already present keeps its
// first weights.
func (m *Model) insert(fp uint32, ws []Weight) error {
	if len(ws) == 0 {
		return nil
	}
	if len(ws) > maxCount {
		ws = topWeights(ws, maxCount)
	}
	if len(m.entries)+int(padded(uint32(len(ws)))) > maxEntries {
		return errors.New("perceptron: model too large")
	}
	if float64(m.n+1) > maxLoad*float64(len(m.slots)) {
		m.grow()
	}
	i := m.home(fp)
	for {
		s := m.slots[i]
		if s == 0 {
			break
		}
		if uint32(s>>32) == fp {
			return nil
		}
		i = (i + 1) & m.mask
	}
	start := uint64(len(m.entries))
	for _, w := range ws {
		m.entries = append(m.entries, quantize(w.W)|uint32(w.Class)&classMask)
	}
	m.entries = appendPadding(m.entries, len(ws))
	m.slots[i] = uint64(fp)<<32 | start<<countBits | uint64(len(ws))
	m.n++
	m.weights += len(ws)
	return nil
}

// grow doubles the table, keeping the entries where they are.
func (m *Model) grow() {
	old := m.slots
	g := newModel(m.nClasses, 2*len(old))
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := g.home(uint32(s >> 32))
		for g.slots[i] != 0 {
			i = (i + 1) & g.mask
		}
		g.slots[i] = s
	}
	m.slots, m.mask, m.shift = g.slots, g.mask, g.shift
}

func topWeights(ws []Weight, n int) []Weight {
	out := append([]Weight(nil), ws...)
	for i := 0; i < n; i++ {
		best := i
		for j := i + 1; j < len(out); j++ {
			if math.Abs(float64(out[j].W)) > math.Abs(float64(out[best].W)) {
				best = j
			}
		}
		out[i], out[best] = out[best], out[i]
	}
	return out[:n]
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nClasses }

// Features returns the number of features stored.
func (m *Model) Features() int { return m.n }

// Weights returns the number of class weights stored.
func (m *Model) Weights() int { return m.weights }

// Bytes returns the memory the model's tables take.
func (m *Model) Bytes() int {
	return 8*len(m.slots) + 4*len(m.entries) + 2*len(m.dense) + 5*len(m.denseAt)
}

// Scores holds one fixed-point score per class, and a last slot that Score
// uses as scratch.
type Scores [MaxClasses + 1]int32

// Score adds the weights of feats to scores, in the model's fixed-point
// scale (which does not change which class scores highest).
//
// Lookups are done in two passes, first every feature's slot, then every
// found feature's weights, so that the processor can have many cache misses
// in flight at once instead of waiting for each in turn.
//
// Only the first Classes() entries of scores are used; the array is sized so
// that indexing by class needs no bounds checks.
func (m *Model) Score(feats []uint64, scores *Scores) {
	var sc Scratch
	m.ScoreWith(feats, scores, &sc)
}

// Scratch is Score's working memory. A caller that scores often keeps one
// and calls ScoreWith: Go would zero Score's own at every call.
type Scratch struct {
	found [maxBatch]uint64
	// rows holds the dense rows of a batch's features; ScoreGroups
	// lists those of each group after the previous group's, up to a
	// batch's worth, so it is two batches long.
	rows [2 * maxBatch]uint32
	// sums holds a group's scores in ScoreGroups.
	sums *Scores
}

// ScoreWith is Score with working memory sc.
func (m *Model) ScoreWith(feats []uint64, scores *Scores, sc *Scratch) {
	m.count(feats)
	for len(feats) > 0 {
		n := min(len(feats), maxBatch)
		m.score(feats[:n], scores, sc.found[:n], (*[maxBatch]uint32)(sc.rows[:maxBatch]))
		feats = feats[n:]
	}
	// The tables may live outside the Go heap, freed with m (see hugemem).
	runtime.KeepAlive(m)
}

// ScoreGroups scores groups of features, each into scores of its own:
// group g is feats[ends[g-1]:ends[g]] (the first starts at 0), and its sums
// replace out[g*nc:(g+1)*nc], nc being Classes(). It looks up the features
// of as many whole groups as a batch holds at once, so that their cache
// misses overlap, where a call of ScoreWith per group would wait for each
// group's misses in turn.
func (m *Model) ScoreGroups(feats []uint64, ends []int, out []int32, sc *Scratch) {
	if sc.sums == nil {
		sc.sums = new(Scores)
	}
	nc, sums := m.nClasses, sc.sums
	from, g := 0, 0 // the first feature and the first group of a batch
	for g < len(ends) {
		if ends[g]-from > maxBatch {
			// A group larger than a batch is scored alone.
			clear(sums[:nc])
			m.ScoreWith(feats[from:ends[g]], sums, sc)
			copy(out[g*nc:(g+1)*nc], sums[:nc])
			from, g = ends[g], g+1
			continue
		}
		last := g
		for last+1 < len(ends) && last+1-g < maxBatch && ends[last+1]-from <= maxBatch {
			last++
		}
		to := ends[last]
		m.count(feats[from:to])
		found := sc.found[:to-from]
		probe(m.slots, m.shift, feats[from:to], found)
		// Each group's dense rows follow the previous group's in sc.rows.
		var rowEnds [maxBatch]uint8
		var touched uint32
		rows, start := 0, from
		for h := g; h <= last; h++ {
			t, n := touch(m.entries, m.dense, uint32(m.stride), found[start-from:ends[h]-from], (*[maxBatch]uint32)(sc.rows[rows:rows+maxBatch]))
			touched += t
			rows += n
			rowEnds[h-g] = uint8(rows)
			start = ends[h]
		}
		sums[MaxClasses] = int32(touched)
		rowStart := 0
		start = from
		for h := g; h <= last; h++ {
			clear(sums[:nc])
			addEntries(sums, m.entries, found[start-from:ends[h]-from])
			addRows(sums, m.dense, sc.rows[rowStart:rowEnds[h-g]], m.stride)
			copy(out[h*nc:(h+1)*nc], sums[:nc])
			rowStart, start = int(rowEnds[h-g]), ends[h]
		}
		from, g = to, last+1
	}
	runtime.KeepAlive(m)
}

// count counts the uses of feats when m counts them (see Counting).
func (m *Model) count(feats []uint64) {
	if m.uses == nil {
		return
	}
	for _, f := range feats {
		m.uses[Fingerprint(f)]++
	}
}

// score adds the weights of feats to scores; found (as long as feats) and
// rows are scratch for a slot and a row per feature. Its three passes are
// functions of their own, each with few live values: in one function the
// compiler kept the loops' values on the stack and reloaded them at every
// step, a quarter of the scoring instructions.
func (m *Model) score(feats []uint64, scores *Scores, found []uint64, rows *[maxBatch]uint32) {
	probe(m.slots, m.shift, feats, found)
	// Touch every feature's first weights before adding any: these loads
	// are independent, so the processor has all their cache misses in
	// flight at once, where the adding loop would wait for each in turn.
	// The sum goes to the scratch slot so that the loads are not elided.
	touched, n := touch(m.entries, m.dense, uint32(m.stride), found, rows)
	scores[MaxClasses] = int32(touched)
	addEntries(scores, m.entries, found)
	addRows(scores, m.dense, rows[:n], m.stride)
}

// maxBatch is how many features score takes at a time: 64 holds the
// tagger's and the parser's features at once.
const maxBatch = 64

// probe sets found[j] to the slot of feats[j], 0 when the model lacks it.
// slots is a table of a power-of-two length whose home slots shift picks
// (Model.home), so its loads need no bounds checks.
//
// Every feature's home slot is loaded first, with no branch on what it
// holds; the collisions are followed after. In one loop, a home slot that
// holds another feature (about a third of the lookups, at a load of 0.6)
// ended the probe on a mispredicted branch that waited for the slot's
// cache miss, and the processor dropped the loads it had begun for the
// features after it. Side by side with the one-loop probe, coding runs
// 2.5 % faster (scripts/pair-bench.sh, 20 pairs, standard error 1.4 %).
//
//go:noinline
func probe(slots []uint64, shift uint, feats, found []uint64) {
	base := unsafe.Pointer(unsafe.SliceData(slots))
	mask := uint64(len(slots) - 1)
	found = found[:len(feats)]
	for j, f := range feats {
		i := (uint64(Fingerprint(f)) * mulA) >> (shift & 63)
		found[j] = *(*uint64)(unsafe.Add(base, i*8))
	}
	for j, f := range feats {
		fp, s := Fingerprint(f), found[j]
		if s == 0 || uint32(s>>32) == fp {
			continue
		}
		i := (uint64(fp) * mulA) >> (shift & 63)
		for s != 0 && uint32(s>>32) != fp {
			i = (i + 1) & mask
			s = *(*uint64)(unsafe.Add(base, i*8))
		}
		found[j] = s
	}
}

// touch loads the first weight of every found feature, and the last of
// those kept as entries, and returns their sum. It moves the features whose
// weights are dense rows from found to rows, as the rows' offsets in dense,
// and returns how many it moved. A slot's start lies within entries, or its
// row within dense, by construction.
//
//go:noinline
func touch(entries []uint32, dense []int16, stride uint32, found []uint64, rows *[maxBatch]uint32) (touched uint32, n int) {
	eb := unsafe.Pointer(unsafe.SliceData(entries))
	db := unsafe.Pointer(unsafe.SliceData(dense))
	for j, s := range found {
		start := uint32(s) >> countBits
		switch {
		case s == 0:
		case uint32(s)&maxCount == 0:
			off := start * stride
			touched += uint32(*(*int16)(unsafe.Add(db, uintptr(off)*2)))
			rows[n&(maxBatch-1)] = off
			n++
			found[j] = 0
		default:
			// The last weight too: a feature's weights (the parser's and
			// the tagger's have up to 26 in entries) often end on the next
			// cache line, which the adding loop would otherwise miss one
			// feature at a time. Side by side, coding runs 2.3 % faster
			// (pair-bench, 20 pairs, standard error 1.6 %).
			last := start + padded(uint32(s)&maxCount) - 1
			touched += *(*uint32)(unsafe.Add(eb, uintptr(start)*4)) + *(*uint32)(unsafe.Add(eb, uintptr(last)*4))
		}
	}
	return touched, n
}

// addEntries adds the weights of the found features, all kept as entries.
//
//go:noinline
func addEntries(scores *Scores, entries []uint32, found []uint64) {
	eb := unsafe.Pointer(unsafe.SliceData(entries))
	for _, s := range found {
		if s == 0 {
			continue
		}
		// A group at a time: the adds are independent, since a feature's
		// classes are distinct (padding aside, which adds 0). The weights,
		// a multiple of the group long, are read by offset, so that no
		// pointer is formed past their end.
		off := uintptr(uint32(s)>>countBits) * 4
		for n := padded(uint32(s)&maxCount) / weightGroup; n > 0; n-- {
			g := (*[weightGroup]uint32)(unsafe.Add(eb, off))
			e0, e1 := g[0], g[1]
			scores[e0&classMask] += int32(e0) >> classBits
			scores[e1&classMask] += int32(e1) >> classBits
			off += 4 * weightGroup
		}
	}
}

// each calls fn for every feature, in slot order.
func (m *Model) each(fn func(fp uint32, ws []Weight)) {
	var ws []Weight
	for _, s := range m.slots {
		if s == 0 {
			continue
		}
		ws = ws[:0]
		start, n := m.span(s)
		for _, e := range m.entries[start : start+n] {
			ws = append(ws, Weight{Class: uint16(e & classMask), W: dequantize(e)})
		}
		fn(uint32(s>>32), ws)
	}
	runtime.KeepAlive(m)
}

// Prune returns a copy of m without the weights whose magnitude is below
// minWeight, and without features left with no weight.
func (m *Model) Prune(minWeight float32) *Model {
	p := newModel(m.nClasses, m.n)
	var keep []Weight
	m.each(func(fp uint32, ws []Weight) {
		keep = keep[:0]
		for _, w := range ws {
			if w.W >= minWeight || w.W <= -minWeight {
				keep = append(keep, w)
			}
		}
		_ = p.insert(fp, keep)
	})
	return p
}

// The model formats: version 3 adds the entry count to version 2's header,
// so that a reader allocates the entries once. Version 2 is still read.
const (
	modelMagic   = "PRLYPCP3"
	modelMagicV2 = "PRLYPCP2"
)

// WriteTo writes the model: the magic, the class count, feature count and
// entry count as uint32, then per feature its fingerprint (uint32), its
// weight count (uint8) and its entries (uint32 each), all little-endian.
// Features are written in the order their weights are laid out, which
// ReadModel keeps, so that a ranked model keeps its layout (see Ranked).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	order := make([]uint64, 0, m.n)
	var nEntries uint32
	for _, s := range m.slots {
		if s != 0 {
			order = append(order, s)
			_, c := m.span(s)
			nEntries += c
		}
	}
	slices.SortFunc(order, func(a, b uint64) int {
		sa, _ := m.span(a)
		sb, _ := m.span(b)
		return cmp.Compare(sa, sb)
	})
	bw := bufio.NewWriterSize(w, 1<<16)
	n := int64(len(modelMagic) + 12)
	bw.WriteString(modelMagic)
	var buf [12]byte
	binary.LittleEndian.PutUint32(buf[:4], uint32(m.nClasses))
	binary.LittleEndian.PutUint32(buf[4:8], uint32(m.n))
	binary.LittleEndian.PutUint32(buf[8:], nEntries)
	bw.Write(buf[:12])
	for _, s := range order {
		binary.LittleEndian.PutUint32(buf[:4], uint32(s>>32))
		start, cnt := m.span(s)
		buf[4] = byte(cnt)
		bw.Write(buf[:5])
		n += 5
		for _, e := range m.entries[start : start+cnt] {
			binary.LittleEndian.PutUint32(buf[:4], e)
			bw.Write(buf[:4])
			n += 4
		}
	}
	return n, bw.Flush()
}

// ErrBadModel reports model bytes that are not a valid perceptron model.
var ErrBadModel = errors.New("perceptron: bad model")

// preallocCap bounds what a header's counts can make ReadModel allocate
// before the bytes are read: larger models grow as they are read.
const preallocCap = 1 << 22

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var hdr [len(modelMagic) + 12]byte
	if _, err := io.ReadFull(br, hdr[:len(modelMagic)+8]); err != nil {
		return nil, fmt.Errorf("%w: missing header", ErrBadModel)
	}
	nEntries, v3 := 0, false
	switch string(hdr[:len(modelMagic)]) {
	case modelMagic:
		v3 = true
		if _, err := io.ReadFull(br, hdr[len(modelMagic)+8:]); err != nil {
			return nil, fmt.Errorf("%w: missing header", ErrBadModel)
		}
		nEntries = int(binary.LittleEndian.Uint32(hdr[len(modelMagic)+8:]))
	case modelMagicV2:
	default:
		return nil, fmt.Errorf("%w: missing header", ErrBadModel)
	}
	nClasses := int(binary.LittleEndian.Uint32(hdr[len(modelMagic):]))
	nFeats := int(binary.LittleEndian.Uint32(hdr[len(modelMagic)+4:]))
	if nClasses <= 0 || nClasses > MaxClasses || nFeats < 0 || nFeats > maxEntries || nEntries > maxEntries {
		return nil, fmt.Errorf("%w: %d classes, %d features, %d weights", ErrBadModel, nClasses, nFeats, nEntries)
	}
	// Read everything first and build the table once at its final size:
	// features arrive in the writer's slot order, and growing a
	// linear-probing table while inserting in that order packs them into one
	// long probe run. The header's counts size the slices, up to a bound, so
	// that a lying header cannot force a huge allocation. A model read is
	// used, not trained: its tables go where huge pages can back them,
	// owned by m (see package hugemem).
	m := new(Model)
	d := decoder{
		nClasses: nClasses,
		fps:      make([]uint32, 0, min(nFeats, preallocCap)),
		counts:   make([]uint8, 0, min(nFeats, preallocCap)),
		entries:  hugemem.Slice[uint32](m, min(nEntries+(weightGroup-1)*nFeats, preallocCap))[:0],
	}
	var err error
	if v3 {
		err = d.readSized(br, nFeats, 5*int64(nFeats)+4*int64(nEntries))
	} else {
		err = d.readPeeking(br, nFeats)
	}
	if err != nil {
		return nil, err
	}
	fps, counts, entries, weights := d.fps, d.counts, d.entries, d.weights
	if v3 && weights != nEntries {
		return nil, fmt.Errorf("%w: %d weights, header says %d", ErrBadModel, weights, nEntries)
	}
	m.size(nClasses, len(fps))
	m.slots = hugemem.Slice[uint64](m, int(m.mask+1))
	m.entries, m.weights = entries, weights
	m.buildDense(m.placeAll(fps, counts, m.minDenseCount()))
	return m, nil
}

// decoder collects the features of a model file as ReadModel reads them:
// their fingerprints and weight counts in file order, and their weights,
// each feature's padded, one after the other.
type decoder struct {
	nClasses int
	fps      []uint32
	counts   []uint8
	entries  []uint32
	weights  int
}

// maxFeatureBytes is the longest a feature takes in a model file.
const maxFeatureBytes = 5 + 4*maxCount

// readChunk is how many bytes of a model readSized decodes at a time.
const readChunk = 1 << 16

// readSized reads nFeats features that take size bytes, as the version 3
// header gives them: a chunk at a time into a buffer of its own, from
// which they are decoded without a call per feature.
func (d *decoder) readSized(r io.Reader, nFeats int, size int64) error {
	buf := make([]byte, int(min(size, readChunk))+maxFeatureBytes)
	p, n := 0, 0 // the bytes read and not yet decoded are buf[p:n]
	for i := 0; i < nFeats; i++ {
		if n-p < maxFeatureBytes && size > 0 {
			n = copy(buf, buf[p:n])
			p = 0
			k := int(min(size, int64(len(buf)-n)))
			if _, err := io.ReadFull(r, buf[n:n+k]); err != nil {
				return fmt.Errorf("%w: feature %d: %v", ErrBadModel, i, unexpectedEOF(err))
			}
			n += k
			size -= int64(k)
		}
		if n-p < 5 {
			return fmt.Errorf("%w: feature %d: %v", ErrBadModel, i, io.ErrUnexpectedEOF)
		}
		c := int(buf[p+4])
		if n-p < 5+4*c {
			return fmt.Errorf("%w: feature %d weights: %v", ErrBadModel, i, io.ErrUnexpectedEOF)
		}
		if err := d.add(i, binary.LittleEndian.Uint32(buf[p:]), buf[p+5:p+5+4*c]); err != nil {
			return err
		}
		p += 5 + 4*c
	}
	return nil
}

// readPeeking reads nFeats features of a version 2 model, whose header does
// not say how many bytes they take: each is peeked at in r's buffer, so
// that nothing after them is read.
func (d *decoder) readPeeking(br *bufio.Reader, nFeats int) error {
	for i := 0; i < nFeats; i++ {
		head, err := br.Peek(5)
		if err != nil {
			return fmt.Errorf("%w: feature %d: %v", ErrBadModel, i, unexpectedEOF(err))
		}
		fp, c := binary.LittleEndian.Uint32(head), int(head[4])
		br.Discard(5)
		ws, err := br.Peek(4 * c)
		if err != nil {
			return fmt.Errorf("%w: feature %d weights: %v", ErrBadModel, i, unexpectedEOF(err))
		}
		if err := d.add(i, fp, ws); err != nil {
			return err
		}
		br.Discard(len(ws))
	}
	return nil
}

// add appends feature i, with fingerprint fp and weights ws (4 bytes
// each, little-endian), and its padding.
func (d *decoder) add(i int, fp uint32, ws []byte) error {
	c := len(ws) / 4
	if fp == 0 || c == 0 {
		return fmt.Errorf("%w: feature %d: empty", ErrBadModel, i)
	}
	at := len(d.entries)
	if at+int(padded(uint32(c))) > maxEntries {
		return fmt.Errorf("%w: too many weights", ErrBadModel)
	}
	d.entries = appendPadding(append(d.entries, make([]uint32, c)...), c)
	dst := d.entries[at : at+c]
	// The classes are checked once for the feature, which leaves the loop
	// without a branch per weight.
	var top uint32
	for j := range dst {
		e := binary.LittleEndian.Uint32(ws[4*j:])
		top = max(top, e&classMask)
		dst[j] = e
	}
	if int(top) >= d.nClasses {
		for _, e := range dst {
			if int(e&classMask) >= d.nClasses {
				return fmt.Errorf("%w: feature %d: class %d out of range", ErrBadModel, i, e&classMask)
			}
		}
	}
	d.weights += c
	d.fps = append(d.fps, fp)
	d.counts = append(d.counts, uint8(c))
	return nil
}

// placeBuckets is how many parts of the table placeAll fills one after
// the other: few enough that the cursors of its sort stay in the cache,
// many enough that one part of the table does.
const placeBuckets = 1 << 12

// pageSize is the smallest memory page of the platforms Parley runs on.
const pageSize = 4096

// placeAll puts into the table the features whose weights lie in entries
// one after the other, fps and counts giving their fingerprints and weight
// counts in that order. Placing them in that order would touch the table at
// random, a cache miss for each of a million features; they are placed part
// of the table by part instead, in the order of their home slot's part (a
// counting sort), and in their own order within a part, so that features
// ranked first (see Ranked) still take their home slot first. It returns
// the slots of the features placed with at least minDense weights, the
// candidates for dense rows (see buildDense).
func (m *Model) placeAll(fps []uint32, counts []uint8, minDense int) (dense []int) {
	buckets := min(placeBuckets, len(m.slots))
	// home(fp) >> shift picks the bucket: the table's size and the bucket
	// count are powers of two.
	shift := uint(bits.TrailingZeros(uint(len(m.slots))) - bits.TrailingZeros(uint(buckets)))
	var cursor [placeBuckets + 1]uint32
	for _, fp := range fps {
		cursor[m.home(fp)>>shift+1]++
	}
	for b := 1; b <= buckets; b++ {
		cursor[b] += cursor[b-1]
	}
	// The sort moves whole slot values, so that placing them reads one
	// array in order.
	sorted := make([]uint64, len(fps))
	start := uint64(0)
	for k, fp := range fps {
		b := m.home(fp) >> shift
		sorted[cursor[b]] = uint64(fp)<<32 | start<<countBits | uint64(counts[k])
		cursor[b]++
		start += uint64(padded(uint32(counts[k])))
	}
	// Write to every page of the new table before the probes read it: a
	// fresh page first read maps the kernel's shared zero page, and the
	// write that follows must replace it and flush the address cache of
	// every core running the process, costlier than a first write (on a
	// 2-core VM, start-up spent 0.1 s of system time more).
	for i := 0; i < len(m.slots); i += pageSize / 8 {
		m.slots[i] = 0
	}
	for _, s := range sorted {
		i := m.home(uint32(s >> 32))
		for {
			t := m.slots[i]
			if t == 0 {
				m.slots[i] = s
				m.n++
				if int(s&maxCount) >= minDense {
					dense = append(dense, int(i))
				}
				break
			}
			if t>>32 == s>>32 {
				break // a fingerprint already present keeps its first weights
			}
			i = (i + 1) & m.mask
		}
	}
	return dense
}

// LookupStats reports, for a set of features, how many the model has and
// how many weights those carry (a measure of scoring cost that does not
// depend on the machine's load).
func (m *Model) LookupStats(feats []uint64) (found, weights int) {
	for _, f := range feats {
		fp := Fingerprint(f)
		i := m.home(fp)
		for {
			s := m.slots[i]
			if s == 0 {
				break
			}
			if uint32(s>>32) == fp {
				found++
				_, c := m.span(s)
				weights += int(c)
				break
			}
			i = (i + 1) & m.mask
		}
	}
	return found, weights
}

// Counting returns a copy of m that shares its weights and counts how often
// Score looks up each feature, for Ranked. Unlike m, the copy is not safe
// for concurrent use.
func (m *Model) Counting() *Model {
	c := *m
	c.uses = make(map[uint32]int)
	c.owner = m
	return &c
}

// Uses returns how often a Counting model looked up the feature with
// fingerprint fp.
func (m *Model) Uses(fp uint32) int { return m.uses[fp] }

// Ranked returns a copy of m whose features are laid out by how often they
// are used, most used first: uses reports a feature's count, as a Counting
// copy of m run over typical input gives them. Scores are unchanged, but
// the most used features then lie together in a small part of the model
// that stays in the processor's cache, and take the first place their hash
// points to in the table.
func (m *Model) Ranked(uses func(fp uint32) int) *Model {
	type feat struct {
		fp   uint32
		uses int
		ws   []Weight
	}
	var fs []feat
	m.each(func(fp uint32, ws []Weight) {
		fs = append(fs, feat{fp, uses(fp), append([]Weight(nil), ws...)})
	})
	slices.SortFunc(fs, func(a, b feat) int {
		if c := cmp.Compare(b.uses, a.uses); c != 0 {
			return c
		}
		return cmp.Compare(a.fp, b.fp)
	})
	r := newModel(m.nClasses, len(fs))
	for _, f := range fs {
		_ = r.insert(f.fp, f.ws)
	}
	return r
}

// unexpectedEOF reports a model cut short as io.ErrUnexpectedEOF: its
// header promised more.
func unexpectedEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
