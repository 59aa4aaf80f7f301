package depparse

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/internal/perceptron"
)

// TestDevLookupStats counts, per transition, the features looked up, found,
// and the weights added: a load-independent proxy of the parser's cost.
//
//	PARLEY_MODELS=dir[,dir...] go test ./depparse -run DevLookupStats -v
func TestDevLookupStats(t *testing.T) {
	dirs := os.Getenv("PARLEY_MODELS")
	if dirs == "" {
		t.Skip("PARLEY_MODELS not set")
	}
	list := strings.Split(dirs, ",")
	dev := devSet(t, list[0])
	for _, dir := range list {
		p := readParser(t, dir)
		var lookups, found, weights, transitions int
		scores := new(perceptron.Scores)
		nc := 2 + 2*len(p.groups)
		for _, in := range dev[:500] {
			var ws words
			ws.fill(in.Forms, in.Lemmas, in.XPOS, in.UPOS)
			var st state
			st.reset(len(in.Forms))
			for !st.terminal() {
				if len(st.stack) == 0 {
					st.apply(move{op: opShift})
					continue
				}
				feats := extract(nil, &st, &ws)
				f, w := p.model.LookupStats(feats)
				lookups += len(feats)
				found += f
				weights += w
				transitions++
				sc := scores[:nc]
				clear(sc)
				p.model.Score(feats, scores)
				st.apply(moveOf(bestValid(&st, sc, perceptron.FirstMax)))
			}
		}
		t.Logf("%s: per transition %.1f lookups, %.1f found, %.1f weights", dir, float64(lookups)/float64(transitions), float64(found)/float64(transitions), float64(weights)/float64(transitions))
	}
}

// TestDevPrune scores dev after pruning small weights at several
// thresholds, with the weights looked up per transition as a proxy of
// the cost.
//
//	PARLEY_MODELS=dir go test ./depparse -run DevPrune -v
func TestDevPrune(t *testing.T) {
	dev, p := devParser(t)
	for _, th := range []float32{0, 1.25, 1.5, 1.75, 2, 2.5, 0} {
		q := p
		if th > 0 {
			q = p.Prune(th)
		}
		var s Scores
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			s = q.Score(dev)
			best = min(best, time.Since(start))
		}
		t.Logf("prune %4.2f: %s; %d features, %v", th, s, q.model.Features(), best.Round(time.Millisecond))
	}
}
