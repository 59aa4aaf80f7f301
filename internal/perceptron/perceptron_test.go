package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// trainToy trains a three-class model where feature i votes for class i%3.
func trainToy(t testing.TB) *Model {
	t.Helper()
	tr := NewTrainer(3)
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for i := 0; i < 30; i++ {
			feats := toyItem(i)
			clear(scores)
			tr.Score(feats, scores)
			tr.Tick()
			tr.Update(feats, i%3, argmax(scores), 1)
		}
	}
	return tr.Freeze(0)
}

// toyItem returns the features of the toy models' item i.
func toyItem(i int) []uint64 { return []uint64{Feature1(1, uint64(i)), Feature1(2, uint64(i%3))} }

// sameToyScores fails the test unless got scores every toy item as want.
func sameToyScores(t *testing.T, want, got *Model, what string) {
	t.Helper()
	for i := 0; i < 30; i++ {
		var a, b Scores
		want.Score(toyItem(i), &a)
		got.Score(toyItem(i), &b)
		if !slices.Equal(a[:3], b[:3]) {
			t.Fatalf("item %d scores %v %s, %v before", i, b[:3], what, a[:3])
		}
	}
}

// written returns the bytes WriteTo writes for m.
func written(t testing.TB, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readBack reads the model in data, which must be valid.
func readBack(t testing.TB, data []byte) *Model {
	t.Helper()
	m, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func argmax[T int32 | float32](s []T) int {
	b := 0
	for i, v := range s {
		if v > s[b] {
			b = i
		}
	}
	return b
}

func TestFreezeScores(t *testing.T) {
	m := trainToy(t)
	for i := 0; i < 30; i++ {
		var sc Scores
		m.Score(toyItem(i), &sc)
		if got := argmax(sc[:3]); got != i%3 {
			t.Errorf("item %d: class %d, want %d", i, got, i%3)
		}
	}
	// An unseen feature scores nothing.
	var sc Scores
	m.Score([]uint64{Feature1(99, 12345)}, &sc)
	if sc[0] != 0 || sc[1] != 0 || sc[2] != 0 {
		t.Errorf("unseen feature scored %v", sc[:3])
	}
}

// TestScoreSums checks that Score adds exactly each feature's weights,
// whatever their count (the padding after them adds nothing), in a built
// model and in one read back.
func TestScoreSums(t *testing.T) {
	const classes = 11
	m := newModel(classes, 0)
	want := make([]int32, classes)
	var feats []uint64
	for n := 1; n <= classes; n++ {
		var ws []Weight
		for c := 0; c < n; c++ {
			w := float32(n*10+c) / 4
			ws = append(ws, Weight{Class: uint16(c), W: w})
			want[c] += int32(w * weightScale)
		}
		f := Feature1(7, uint64(n))
		if err := m.insert(Fingerprint(f), ws); err != nil {
			t.Fatal(err)
		}
		feats = append(feats, f)
	}
	r := readBack(t, written(t, m))
	for name, model := range map[string]*Model{"built": m, "read": r} {
		var sc Scores
		model.Score(feats, &sc)
		if !slices.Equal(sc[:classes], want) {
			t.Errorf("%s model: scores %v, want %v", name, sc[:classes], want)
		}
		if model.Weights() != classes*(classes+1)/2 {
			t.Errorf("%s model: %d weights, want %d", name, model.Weights(), classes*(classes+1)/2)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	m := trainToy(t)
	data := written(t, m)
	r := readBack(t, data)
	if r.Features() != m.Features() || r.Weights() != m.Weights() || r.Classes() != 3 {
		t.Fatalf("read %d/%d/%d, wrote %d/%d/3", r.Features(), r.Weights(), r.Classes(), m.Features(), m.Weights())
	}
	sameToyScores(t, m, r, "after the round trip")
	if !bytes.Equal(data, written(t, r)) {
		t.Error("writing a read model gives other bytes")
	}
}

// manyFeatures returns a model of n features, large enough for tables of
// their own mapping (see package hugemem), and feature i's hash.
func manyFeatures(t *testing.T, n int) (*Model, func(int) uint64) {
	t.Helper()
	m := newModel(5, n)
	feat := func(i int) uint64 { return Feature1(7, uint64(i)) }
	for i := range n {
		ws := []Weight{{Class: uint16(i % 5), W: float32(i%97 + 1)}, {Class: uint16((i + 2) % 5), W: -float32(i%13 + 1)}}
		if err := m.insert(Fingerprint(feat(i)), ws); err != nil {
			t.Fatal(err)
		}
	}
	return m, feat
}

// TestReadManyFeatures reads a model larger than placeAll's bucket count
// and than the chunks ReadModel reads, with a fingerprint written twice:
// every feature scores as it did before writing, and the second copy of the
// fingerprint is ignored.
func TestReadManyFeatures(t *testing.T) {
	const n = 20 * placeBuckets
	m, feat := manyFeatures(t, n)
	data := written(t, m)
	// Append a copy of the first feature written with other weights, and
	// count it in the header.
	dup := bytes.Clone(data[len(modelMagic)+12 : len(modelMagic)+12+5+4*int(data[len(modelMagic)+16])])
	binary.LittleEndian.PutUint32(dup[5:], quantize(50)|4)
	data = append(data, dup...)
	hdr := data[len(modelMagic):]
	binary.LittleEndian.PutUint32(hdr[4:], binary.LittleEndian.Uint32(hdr[4:])+1)
	binary.LittleEndian.PutUint32(hdr[8:], binary.LittleEndian.Uint32(hdr[8:])+uint32(dup[4]))
	r := readBack(t, data)
	if r.Features() != n {
		t.Fatalf("read %d features, want %d", r.Features(), n)
	}
	for i := range n {
		var a, b Scores
		m.Score([]uint64{feat(i)}, &a)
		r.Score([]uint64{feat(i)}, &b)
		if !slices.Equal(a[:5], b[:5]) {
			t.Fatalf("feature %d scores %v after reading, %v before", i, b[:5], a[:5])
		}
	}
}

// TestCountingKeepsTables checks that a Counting copy keeps the tables of
// the model it was made from, which are freed with that model, in use.
func TestCountingKeepsTables(t *testing.T) {
	const n = 20 * placeBuckets
	m, feat := manyFeatures(t, n)
	c := readBack(t, written(t, m)).Counting()
	for range 3 {
		runtime.GC()
	}
	for i := 0; i < n; i += 97 {
		var a, b Scores
		m.Score([]uint64{feat(i)}, &a)
		c.Score([]uint64{feat(i)}, &b)
		if !slices.Equal(a[:5], b[:5]) {
			t.Fatalf("feature %d scores %v in the counting copy, %v in the model", i, b[:5], a[:5])
		}
	}
}

func TestReadModelErrors(t *testing.T) {
	good := written(t, trainToy(t))
	tests := []struct {
		name string
		data []byte
	}{
		{"ErrEmpty", nil},
		{"ErrMagic", []byte("NOTAMODEL...")},
		{"ErrTruncated", good[:len(good)-3]},
		{"ErrHeaderOnly", good[:20]},
		{"ErrEntryCount", entryCount(good, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ReadModel(bytes.NewReader(tt.data)); !errors.Is(err, ErrBadModel) {
				t.Fatalf("err = %v, want ErrBadModel", err)
			}
		})
	}
}

// TestReadModelsInOneStream reads models written one after the other, as
// the tagger's and the parser's files hold them: each read stops at its
// model's end, in both formats.
func TestReadModelsInOneStream(t *testing.T) {
	big, feat := manyFeatures(t, 3*readChunk/13)
	toy := trainToy(t)
	v3 := written(t, toy)
	v2 := append([]byte(modelMagicV2), v3[len(modelMagic):len(modelMagic)+8]...)
	v2 = append(v2, v3[len(modelMagic)+12:]...)
	stream := slices.Concat(written(t, big), v3, v2, written(t, big))
	br := bufio.NewReaderSize(bytes.NewReader(stream), 1<<16)
	for i, want := range []*Model{big, toy, toy, big} {
		m, err := ReadModel(br)
		if err != nil {
			t.Fatalf("model %d: %v", i, err)
		}
		if m.Features() != want.Features() || m.Weights() != want.Weights() {
			t.Fatalf("model %d: %d features, %d weights, want %d, %d", i, m.Features(), m.Weights(), want.Features(), want.Weights())
		}
		if want == toy {
			sameToyScores(t, toy, m, fmt.Sprintf("in model %d", i))
			continue
		}
		for f := 0; f < want.Features(); f += 101 {
			var a, b Scores
			want.Score([]uint64{feat(f)}, &a)
			m.Score([]uint64{feat(f)}, &b)
			if !slices.Equal(a[:5], b[:5]) {
				t.Fatalf("model %d feature %d scores %v, want %v", i, f, b[:5], a[:5])
			}
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		t.Errorf("after the last model: %v, want EOF", err)
	}
}

// entryCount returns a copy of a written model whose header's entry count
// is off by delta.
func entryCount(model []byte, delta uint32) []byte {
	b := bytes.Clone(model)
	at := len(modelMagic) + 8
	binary.LittleEndian.PutUint32(b[at:], binary.LittleEndian.Uint32(b[at:])+delta)
	return b
}

// TestReadModelV2 checks that a model in the format without the entry
// count still reads, with the same scores.
func TestReadModelV2(t *testing.T) {
	m := trainToy(t)
	b := written(t, m)
	v2 := append([]byte(modelMagicV2), b[len(modelMagic):len(modelMagic)+8]...)
	v2 = append(v2, b[len(modelMagic)+12:]...)
	r := readBack(t, v2)
	sameToyScores(t, m, r, "in the version 2 model")
}

func TestPrune(t *testing.T) {
	m := trainToy(t)
	p := m.Prune(1e9)
	if p.Features() != 0 {
		t.Errorf("pruning everything left %d features", p.Features())
	}
	if q := m.Prune(0); q.Weights() != m.Weights() {
		t.Errorf("pruning nothing kept %d of %d weights", q.Weights(), m.Weights())
	}
}

func FuzzReadModel(f *testing.F) {
	f.Add(written(f, trainToy(f)))
	f.Add([]byte(modelMagic + "\x03\x00\x00\x00\xff\xff\xff\x0f\xff\xff\xff\x0f"))
	f.Add([]byte(modelMagicV2 + "\x03\x00\x00\x00\xff\xff\xff\x0f"))
	dense, _ := denseModel(f)
	f.Add(written(f, dense))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Every feature the model has, its rows among them: a
		// fingerprint with no high bits is its own hash.
		feats := []uint64{1, 2, 3}
		m.each(func(fp uint32, _ []Weight) { feats = append(feats, uint64(fp)) })
		var sc Scores
		m.Score(feats, &sc)
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
	})
}

// TestRanked checks that a model laid out by use scores as before, puts
// the most used feature's weights first, and keeps that layout through a
// write and a read.
func TestRanked(t *testing.T) {
	m := trainToy(t)
	c := m.Counting()
	hot := Feature1(2, 2)
	for range 5 {
		c.Score([]uint64{hot}, new(Scores))
	}
	c.Score([]uint64{Feature1(1, 3), hot}, new(Scores))
	if got := c.Uses(Fingerprint(hot)); got != 6 {
		t.Fatalf("hot feature counted %d times, want 6", got)
	}
	r := m.Ranked(c.Uses)
	sameToyScores(t, m, r, "ranked")
	firstStart := func(m *Model) uint32 {
		fp := Fingerprint(hot)
		for _, s := range m.slots {
			if s != 0 && uint32(s>>32) == fp {
				return uint32(s) >> countBits
			}
		}
		return 1 << 30
	}
	if s := firstStart(r); s != 0 {
		t.Errorf("the most used feature's weights start at %d, want 0", s)
	}
	if s := firstStart(readBack(t, written(t, r))); s != 0 {
		t.Errorf("after a round trip the most used feature's weights start at %d, want 0", s)
	}
}

// TestAddRows checks the vector adds of rows against the plain one for
// every stride up to 128 and a few row counts, the strides whose sums stay
// in registers among them.
func TestAddRows(t *testing.T) {
	if !vectorRows {
		t.Skip("no vector adds on this processor: models have no rows")
	}
	for stride := 8; stride <= 128; stride += 8 {
		dense := make([]int16, 5*stride)
		for i := range dense {
			dense[i] = int16((i*7919)%65536 - 32768)
		}
		for _, offs := range [][]uint32{{0}, {uint32(3 * stride)}, {uint32(4 * stride), 0, uint32(2 * stride), uint32(2 * stride)}} {
			want, got := make([]int32, MaxClasses+1), new(Scores)
			for i := range want {
				want[i], got[i] = int32(i*1000-5), int32(i*1000-5)
			}
			for _, o := range offs {
				addRowGo(want[:stride], dense[o:int(o)+stride])
			}
			addRows(got, dense, offs, stride)
			if !slices.Equal(want, got[:]) {
				t.Fatalf("stride %d, rows %v: got %v, want %v", stride, offs, got[:stride+1], want[:stride+1])
			}
		}
	}
}

// TestSumScores checks the vector sum of three score arrays against the
// plain one for lengths around the vector's, with overflow wrapping alike.
func TestSumScores(t *testing.T) {
	for n := 0; n <= 40; n++ {
		a, b, c := make([]int32, n+3), make([]int32, n+1), make([]int32, n+2)
		for i := range a {
			a[i] = int32(i*7919 - 100000)
		}
		for i := range b {
			b[i] = int32(i*104729) + 1<<30
		}
		for i := range c {
			c[i] = int32(i*31) + 1<<30
		}
		want, got := make([]int32, n), make([]int32, n)
		sumScoresGo(want, a, b, c)
		for i := range want {
			if want[i] != a[i]+b[i]+c[i] {
				t.Fatalf("sumScoresGo: %d at %d, want %d", want[i], i, a[i]+b[i]+c[i])
			}
		}
		SumScores(got, a, b, c)
		if !slices.Equal(want, got) {
			t.Fatalf("length %d: got %v, want %v", n, got, want)
		}
	}
}

// denseModel returns a model of 300 features whose weights cover few to all
// of its 40 classes, every seventh too large for a row, and feature i's
// hash.
func denseModel(t testing.TB) (*Model, func(int) uint64) {
	t.Helper()
	const classes, n = 40, 300
	m := newModel(classes, n)
	feat := func(i int) uint64 { return Feature1(9, uint64(i)) }
	for i := range n {
		var ws []Weight
		for k := range 1 + i%classes {
			w := float32((i*31+k*17)%200-100) / 8
			if i%7 == 0 {
				w *= 40 // beyond 16 bits: no row
			}
			ws = append(ws, Weight{Class: uint16((i + 3*k) % classes), W: w})
		}
		if err := m.insert(Fingerprint(feat(i)), ws); err != nil {
			t.Fatal(err)
		}
	}
	return m, feat
}

// TestDenseRows reads a model whose features have weights for few to all
// of its 40 classes, some too large for a row: the read model scores every
// set of features exactly as the one written, counts the same features and
// weights, and writes the same bytes.
func TestDenseRows(t *testing.T) {
	const classes, n = 40, 300
	m, feat := denseModel(t)
	data := written(t, m)
	r := readBack(t, data)
	if vectorRows && len(r.denseAt) == 0 {
		t.Fatal("no feature got a row")
	}
	t.Logf("%d of %d features have rows", len(r.denseAt), n)
	for i := range n {
		feats := []uint64{feat(i), feat((i * 7) % n), feat((i * 13) % n), Feature1(9, n+1)}
		var a, b Scores
		m.Score(feats, &a)
		r.Score(feats, &b)
		if !slices.Equal(a[:classes], b[:classes]) {
			t.Fatalf("features %d: read model scores %v, written %v", i, b[:classes], a[:classes])
		}
		fa, wa := m.LookupStats(feats)
		fb, wb := r.LookupStats(feats)
		if fa != fb || wa != wb {
			t.Fatalf("features %d: read model finds %d with %d weights, written %d with %d", i, fb, wb, fa, wa)
		}
	}
	if r.Features() != m.Features() || r.Weights() != m.Weights() {
		t.Errorf("read %d features, %d weights; wrote %d, %d", r.Features(), r.Weights(), m.Features(), m.Weights())
	}
	if !bytes.Equal(data, written(t, r)) {
		t.Error("writing the read model gives other bytes")
	}
}

// TestScoreGroups checks that scoring groups of features together gives each
// group the scores ScoreWith gives it alone, for groups of every size from
// none to more than a batch, with features kept as rows and as entries and
// features the model lacks, and that it counts each feature once a lookup.
func TestScoreGroups(t *testing.T) {
	const classes, n = 40, 300
	m, feat := denseModel(t)
	r := readBack(t, written(t, m))
	rng := rand.New(rand.NewPCG(3, 5))
	var feats []uint64
	var ends []int
	for len(ends) < 200 {
		size := rng.IntN(24)
		switch len(ends) {
		case 7:
			size = 0
		case 50:
			size = maxBatch
		case 51:
			size = maxBatch + 9
		}
		for range size {
			feats = append(feats, feat(rng.IntN(n+20))) // some beyond the model's features
		}
		ends = append(ends, len(feats))
	}
	out := make([]int32, len(ends)*classes)
	for i := range out {
		out[i] = -1 // replaced, not added to
	}
	var sc Scratch
	r.ScoreGroups(feats, ends, out, &sc)
	from := 0
	for g, end := range ends {
		var want Scores
		r.ScoreWith(feats[from:end], &want, &sc)
		if got := out[g*classes : (g+1)*classes]; !slices.Equal(got, want[:classes]) {
			t.Fatalf("group %d (%d features): %v, alone %v", g, end-from, got, want[:classes])
		}
		from = end
	}
	c := r.Counting()
	c.ScoreGroups(feats, ends, out, &sc)
	want := map[uint32]int{}
	for _, f := range feats {
		want[Fingerprint(f)]++
	}
	for fp, n := range want {
		if got := c.Uses(fp); got != n {
			t.Fatalf("feature %x counted %d times, looked up %d", fp, got, n)
		}
	}
}

// TestExtend checks that extending a feature hash gives the hash of the
// longer feature.
func TestExtend(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		tmpl, a, b, c := r.Uint64N(200), r.Uint64(), r.Uint64(), r.Uint64()
		if got, want := Extend(Feature1(tmpl, a), b), Feature2(tmpl, a, b); got != want {
			t.Fatalf("Extend(Feature1(%d, %d), %d) = %x, Feature2 = %x", tmpl, a, b, got, want)
		}
		if got, want := Extend(Feature2(tmpl, a, b), c), Feature3(tmpl, a, b, c); got != want {
			t.Fatalf("Extend(Feature2(%d, %d, %d), %d) = %x, Feature3 = %x", tmpl, a, b, c, got, want)
		}
	}
}

func TestLowerPrefixes(t *testing.T) {
	for _, s := range []string{"", "a", "Ab", "ABC", "Reuters", "naïve", "U.S."} {
		pre := make([]uint64, 3)
		if got, want := LowerPrefixes(s, pre), Lower(s); got != want {
			t.Errorf("LowerPrefixes(%q) = %x, want Lower's %x", s, got, want)
		}
		for k := 1; k <= len(pre); k++ {
			if want := Lower(s[:min(k, len(s))]); pre[k-1] != want {
				t.Errorf("LowerPrefixes(%q): prefix %d = %x, want %x", s, k, pre[k-1], want)
			}
		}
	}
}
