package sqlite

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// DyadSeries implements store.Reader. SQL aggregates by day, from the
// summary dyad_days for the asserted events of a source's actor code
// (its rows lead with the codes), else from the entries of the dyad
// indexes of the events, which hold every column it needs (see schema
// version 2); days are then rolled up into weeks or months here.
func (db *DB) DyadSeries(ctx context.Context, q store.SeriesQuery) ([]store.SeriesPoint, error) {
	switch q.Interval {
	case "":
		q.Interval = store.Day
	case store.Day, store.Week, store.Month:
	default:
		return nil, fmt.Errorf("interval %q: want day, week or month", q.Interval)
	}
	if q.Both {
		// One indexed query per direction, merged: an OR of the two
		// would not use the dyad indexes.
		q.Both = false
		there, err := db.DyadSeries(ctx, q)
		if err != nil {
			return nil, err
		}
		q.Source, q.Target = q.Target, q.Source
		back, err := db.DyadSeries(ctx, q)
		if err != nil {
			return nil, err
		}
		return mergeSeries(there, back), nil
	}
	ms := store.ModalitiesOrDefault(q.Modalities)
	for _, m := range ms {
		if !slices.Contains(store.AllModalities, m) {
			return nil, fmt.Errorf("modality %q: want one of asserted, negated, future, hypothetical", m)
		}
	}
	w := &where{}
	query := `SELECT day, count(*), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4),
		total(goldstein), total(doc_tone) FROM events`
	// The sums are in these units: integers in the summary's.
	goldUnit, toneUnit := 1.0, 1.0
	summary := q.Source.Code != "" && q.Source.Country == "" && q.Target.Country == "" &&
		len(ms) == 1 && ms[0] == text.Asserted
	if summary {
		query = `SELECT day, sum(events), sum(quad1), sum(quad2), sum(quad3), sum(quad4),
			total(goldstein_sum), total(tone_sum) FROM dyad_days`
		goldUnit, toneUnit = goldsteinScale, toneScale
	}
	for _, m := range []struct{ col, v string }{
		{"src_code", q.Source.Code}, {"tgt_code", q.Target.Code},
		{"src_country", q.Source.Country}, {"tgt_country", q.Target.Country},
	} {
		if m.v != "" {
			if summary {
				w.add(m.col+" = ?", m.v)
			} else {
				w.add(equals(m.col), m.v)
			}
		}
	}
	if !q.From.IsZero() {
		w.add("day >= ?", dayInt(q.From))
	}
	if !q.To.IsZero() {
		w.add("day <= ?", dayInt(q.To))
	}
	if len(ms) < len(store.AllModalities) && !summary {
		w.add("modality IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(ms)), ", ") + ")")
		for _, m := range ms {
			w.args = append(w.args, string(m))
		}
	}
	rows, err := db.read.QueryContext(ctx, query+w.String()+" GROUP BY day ORDER BY day", w.args...)
	if err != nil {
		return nil, fmt.Errorf("query dyad series: %w", err)
	}
	defer rows.Close()
	var out []store.SeriesPoint
	var goldSum, toneSum float64 // of the last bucket, in their units
	flush := func() {
		if n := len(out); n > 0 {
			p := &out[n-1]
			p.GoldsteinSum = goldSum / goldUnit
			p.GoldsteinMean = p.GoldsteinSum / float64(p.Events)
			p.MeanTone = toneSum / toneUnit / float64(p.Events)
		}
	}
	for rows.Next() {
		var day, n, q1, q2, q3, q4 int
		var gold, tone float64
		if err := rows.Scan(&day, &n, &q1, &q2, &q3, &q4, &gold, &tone); err != nil {
			return nil, fmt.Errorf("read dyad series: %w", err)
		}
		start := bucketStart(dayTime(day), q.Interval)
		if len(out) == 0 || !out[len(out)-1].Start.Equal(start) {
			flush()
			out = append(out, store.SeriesPoint{Start: start})
			goldSum, toneSum = 0, 0
		}
		p := &out[len(out)-1]
		p.Events += n
		p.Quad[1] += q1
		p.Quad[2] += q2
		p.Quad[3] += q3
		p.Quad[4] += q4
		goldSum += gold
		toneSum += tone
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read dyad series: %w", err)
	}
	flush()
	return out, nil
}

// mergeSeries adds two series with buckets of the same width.
func mergeSeries(a, b []store.SeriesPoint) []store.SeriesPoint {
	var out []store.SeriesPoint
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || len(a) > 0 && a[0].Start.Before(b[0].Start):
			out, a = append(out, a[0]), a[1:]
		case len(a) == 0 || b[0].Start.Before(a[0].Start):
			out, b = append(out, b[0]), b[1:]
		default:
			p, o := a[0], b[0]
			n := p.Events + o.Events
			tone := p.MeanTone*float64(p.Events) + o.MeanTone*float64(o.Events)
			p.Events = n
			for i := range p.Quad {
				p.Quad[i] += o.Quad[i]
			}
			p.GoldsteinSum += o.GoldsteinSum
			p.GoldsteinMean = p.GoldsteinSum / float64(n)
			p.MeanTone = tone / float64(n)
			out, a, b = append(out, p), a[1:], b[1:]
		}
	}
	return out
}

// bucketStart returns the first day of the bucket holding day; the unknown
// day (zero time) is its own bucket.
func bucketStart(day time.Time, iv store.Interval) time.Time {
	if day.IsZero() {
		return day
	}
	switch iv {
	case store.Week:
		wd := (int(day.Weekday()) + 6) % 7 // Monday = 0
		return day.AddDate(0, 0, -wd)
	case store.Month:
		return time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return day
}

// SearchActors implements store.Reader.
func (db *DB) SearchActors(ctx context.Context, query string, limit int) ([]store.ActorSummary, error) {
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	limit = min(limit, store.MaxLimit)
	query = strings.TrimSpace(query)
	lo, hi := prefixRange(strings.ToUpper(query))
	like := "%" + escapeLike(query) + "%"
	rows, err := db.read.QueryContext(ctx, `SELECT code, name, country, kind, sectors, events FROM actors
		WHERE (code >= ? AND code < ?) OR name LIKE ? ESCAPE '\'
		ORDER BY events DESC, code, name LIMIT ?`, lo, hi, like, limit)
	if err != nil {
		return nil, fmt.Errorf("search actors: %w", err)
	}
	return scanActors(rows)
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

type rowsScanner interface {
	Next() bool
	Scan(...any) error
	Err() error
	Close() error
}

func scanActors(rows rowsScanner) ([]store.ActorSummary, error) {
	defer rows.Close()
	var out []store.ActorSummary
	for rows.Next() {
		var a store.ActorSummary
		var kind, sectors string
		if err := rows.Scan(&a.Code, &a.Name, &a.Country, &kind, &sectors, &a.Events); err != nil {
			return nil, fmt.Errorf("read actor: %w", err)
		}
		a.Kind, a.Sectors = text.ActorKind(kind), splitList(sectors)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read actors: %w", err)
	}
	return out, nil
}

// ActorProfile implements store.Reader.
func (db *DB) ActorProfile(ctx context.Context, code string) (*store.ActorProfile, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT code, name, country, kind, sectors, events FROM actors
		WHERE code = ? ORDER BY events DESC, name`, code)
	if err != nil {
		return nil, fmt.Errorf("actor profile: %w", err)
	}
	names, err := scanActors(rows)
	if err != nil {
		return nil, err
	}
	p := &store.ActorProfile{Code: code}
	for _, a := range names {
		if a.Events > 0 {
			p.Names = append(p.Names, a)
		}
	}
	if len(p.Names) == 0 {
		return nil, fmt.Errorf("actor %q: %w", code, store.ErrNotFound)
	}
	var first, last int
	for _, side := range []struct {
		col, other string
		quad       *[5]int
		partners   *[]store.Count
	}{
		{"src_code", "tgt_code", &p.AsSource, &p.Targets},
		{"tgt_code", "src_code", &p.AsTarget, &p.Sources},
	} {
		// The actor's rows of the summary dyad_totals: counts by partner
		// and QuadClass, and the first and last known day.
		rows, err := db.read.QueryContext(ctx, `SELECT `+side.other+`, sum(events), sum(events * (quad = 1)),
			sum(events * (quad = 2)), sum(events * (quad = 3)), sum(events * (quad = 4)),
			coalesce(min(nullif(first_day, 0)), 0), max(last_day)
			FROM dyad_totals WHERE `+side.col+` = ? GROUP BY 1`, code)
		if err != nil {
			return nil, fmt.Errorf("actor profile: %w", err)
		}
		byPartner := map[string]int{}
		for rows.Next() {
			var partner string
			var n, lo, hi int
			var quad [5]int
			if err := rows.Scan(&partner, &n, &quad[1], &quad[2], &quad[3], &quad[4], &lo, &hi); err != nil {
				rows.Close()
				return nil, fmt.Errorf("actor profile: %w", err)
			}
			for i := 1; i <= 4; i++ {
				side.quad[i] += quad[i]
			}
			side.quad[0] += n
			if partner != "" {
				byPartner[partner] += n
			}
			if lo > 0 && (first == 0 || lo < first) {
				first = lo
			}
			last = max(last, hi)
		}
		err = errors.Join(rows.Err(), rows.Close())
		if err != nil {
			return nil, fmt.Errorf("actor profile: %w", err)
		}
		*side.partners = store.TopCounts(byPartner, 10)
	}
	p.FirstSeen, p.LastSeen = dayTime(first), dayTime(last)
	if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM quotes WHERE "+equals("speaker_code"), code).Scan(&p.Quotes); err != nil {
		return nil, fmt.Errorf("actor profile: %w", err)
	}
	return p, nil
}
