package parley

import (
	"time"

	"github.com/parleyproject/parley/language"
)

// Stage names, in pipeline order, as Timings reports them.
const (
	StageSegment    = language.StageSegment // sentences and tokens
	StageTag        = language.StageTag     // parts of speech
	StageLemma      = language.StageLemma   // lemmas and morphological features
	StageParse      = language.StageParse   // dependency parse
	StageActors     = "actors"              // actor mentions and coreference
	StageQuotes     = "quotes"              // quotations and their speakers
	StageEvents     = "events"              // event coding
	StageAttributes = "attributes"          // dates, places and tone
)

// StageNames returns the stage names in pipeline order.
func StageNames() []string {
	return []string{StageSegment, StageTag, StageLemma, StageParse, StageActors, StageQuotes, StageEvents, StageAttributes}
}

// Timings accumulates the time each stage takes, for `parley bench`. The zero
// value is ready to use; it is not safe for concurrent use (give each worker
// its own and Add them up).
type Timings struct {
	d map[string]time.Duration
}

// Add adds the durations of o to t.
func (t *Timings) Add(o *Timings) {
	for k, v := range o.d {
		t.add(k, v)
	}
}

// Duration returns the time spent in stage.
func (t *Timings) Duration(stage string) time.Duration { return t.d[stage] }

func (t *Timings) add(stage string, d time.Duration) {
	if t == nil {
		return
	}
	if t.d == nil {
		t.d = map[string]time.Duration{}
	}
	t.d[stage] += d
}

// clock measures consecutive stages; a nil Timings makes it a no-op.
type clock struct {
	t    *Timings
	last time.Time
}

func (t *Timings) start() clock {
	if t == nil {
		return clock{}
	}
	return clock{t: t, last: time.Now()}
}

func (c *clock) lap(stage string) {
	if c.t == nil {
		return
	}
	now := time.Now()
	c.t.add(stage, now.Sub(c.last))
	c.last = now
}
