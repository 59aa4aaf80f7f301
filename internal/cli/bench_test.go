package cli

import (
	"strings"
	"testing"
	"time"
)

func TestBenchResultWrite(t *testing.T) {
	r := &benchResult{
		docs: 10, sentences: 40, tokens: 1000, events: 5,
		wall: 2 * time.Second, cpu: 4 * time.Second, startup: 450 * time.Millisecond,
		maxRSS: 300 << 20, workers: 2, storage: time.Second,
	}
	var b strings.Builder
	if err := r.write(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"documents        10          5.0/s\n",
		"tokens         1000        500.0/s        250.0/s per core (CPU time)\n",
		"wall time  2s on 2 workers; CPU time 4s; peak RSS 300 MB\n",
		"start-up   450ms to load the models and dictionaries (not in the figures above)\n",
		"  storage      100.0%  1s\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
