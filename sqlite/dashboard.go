package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

var _ store.Dashboard = (*DB)(nil)

// SearchEvents implements store.Dashboard. A dyad in one direction walks the
// dyad indexes in page order; both directions are an OR of the two, whose
// matches are sorted. A text condition is checked here on each row the
// other conditions select, until a page is full, so a rare text over a wide
// range costs a scan of that range (bounded by ctx).
func (db *DB) SearchEvents(ctx context.Context, q store.EventSearch, p store.Page) (store.EventPage, error) {
	if err := q.Validate(); err != nil {
		return store.EventPage{}, err
	}
	var after []int64
	if p.After != "" {
		c, err := store.ParseCursor(p.After, "e", 2)
		if err != nil {
			return store.EventPage{}, err
		}
		after = c
	}
	n := p.Size()
	// Each direction of a dyad is one query in index order; both are
	// merged here, as an OR of the two would have to sort all matches.
	dirs := [][2]store.ActorMatch{{q.Source, q.Target}}
	if q.HasDyad() && q.Both {
		dirs = append(dirs, [2]store.ActorMatch{q.Target, q.Source})
	}
	var lists [][]dayRecord
	for _, d := range dirs {
		w, err := eventWhere(q.Filter, false)
		if err != nil {
			return store.EventPage{}, err
		}
		if q.HasDyad() {
			w.conds = append(w.conds, dyadCond(w, d[0], d[1]))
		}
		if after != nil {
			w.add("(e.day < ? OR (e.day = ? AND e.id < ?))", after[0], after[0], after[1])
		}
		recs, err := db.searchPage(ctx, w, q.Text, n+1)
		if err != nil {
			return store.EventPage{}, err
		}
		lists = append(lists, recs)
	}
	recs := lists[0]
	if len(lists) == 2 {
		recs = mergeNewest(lists[0], lists[1], n+1)
	}
	var page store.EventPage
	for i, r := range recs {
		if i == n {
			last := recs[n-1]
			page.Next = store.Cursor("e", int64(last.day), last.r.ID)
			break
		}
		page.Events = append(page.Events, r.r)
	}
	return page, nil
}

// dayRecord is an event record with its event day as stored (YYYYMMDD).
type dayRecord struct {
	r   store.EventRecord
	day int
}

// searchPage returns up to limit events matching w, newest first, whose
// sentence contains text (ignoring ASCII case) when it is set.
func (db *DB) searchPage(ctx context.Context, w *where, text string, limit int) ([]dayRecord, error) {
	query := eventSelect + eventFrom + w.String() + " ORDER BY e.day DESC, e.id DESC"
	args := w.args
	if text == "" {
		query += " LIMIT ?"
		args = append(args, limit)
	}
	needle := []byte(strings.ToLower(text))
	var out []dayRecord
	err := db.eachEvent(ctx, query, args, func(r *store.EventRecord, day int) error {
		if len(needle) > 0 && !containsFold(r.Event.Text, needle) {
			return ctx.Err()
		}
		out = append(out, dayRecord{*r, day})
		if len(out) == limit {
			return errStop
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	return out, nil
}

// mergeNewest merges two lists in (day, id) descending order into one of at
// most limit records, an event in both lists counting once.
func mergeNewest(a, b []dayRecord, limit int) []dayRecord {
	out := make([]dayRecord, 0, min(limit, len(a)+len(b)))
	for len(out) < limit && (len(a) > 0 || len(b) > 0) {
		switch {
		case len(b) == 0:
			out, a = append(out, a[0]), a[1:]
		case len(a) == 0:
			out, b = append(out, b[0]), b[1:]
		case a[0].r.ID == b[0].r.ID:
			out, a, b = append(out, a[0]), a[1:], b[1:]
		case a[0].day > b[0].day || a[0].day == b[0].day && a[0].r.ID > b[0].r.ID:
			out, a = append(out, a[0]), a[1:]
		default:
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// containsFold reports whether s contains lower, ignoring the case of ASCII
// letters in s.
func containsFold(s string, lower []byte) bool {
	n := len(lower)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for ; j < n; j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lower[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

// dyadCond returns the condition that an event goes from src to tgt, as
// DyadSeries matches them, adding its arguments to w.
func dyadCond(w *where, src, tgt store.ActorMatch) string {
	var c []string
	for _, m := range []struct{ col, v string }{
		{"e.src_code", src.Code}, {"e.tgt_code", tgt.Code}, {"e.src_country", src.Country}, {"e.tgt_country", tgt.Country},
	} {
		if m.v != "" {
			c = append(c, equals(m.col))
			w.args = append(w.args, m.v)
		}
	}
	if len(c) == 0 {
		return "1"
	}
	return "(" + strings.Join(c, " AND ") + ")"
}

// Event implements store.Dashboard.
func (db *DB) Event(ctx context.Context, id int64) (*store.EventDetail, error) {
	var d *store.EventDetail
	err := db.eachEvent(ctx, eventSelect+eventFrom+" WHERE e.id = ?", []any{id}, func(r *store.EventRecord, _ int) error {
		d = &store.EventDetail{EventRecord: *r}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, fmt.Errorf("event %d: %w", id, store.ErrNotFound)
	}
	docID := d.Doc.ID
	var body string
	err = db.read.QueryRowContext(ctx, "SELECT text FROM documents WHERE id = ?", docID).Scan(&body)
	if err != nil {
		return nil, fmt.Errorf("read event %d: %w", id, err)
	}
	d.SentenceSpan = findSentence(body, &d.Event)
	if ref := d.Event.Evidence.Quote; ref != "" {
		w := &where{}
		w.add("q.id >= ? AND q.id < ?", rowID(docID, 0), rowID(docID+1, 0))
		w.add("q.quote_key = ?", ref)
		qs, err := db.quotes(ctx, w, "q.id", 1)
		if err != nil {
			return nil, err
		}
		if len(qs) > 0 {
			d.Quote = &qs[0]
		}
	}
	return d, nil
}

// findSentence finds the span of e's sentence in body: the occurrence of
// its text that holds its verb (or its source), else the first; [0, 0] when
// the sentence is not the document's text at any span.
func findSentence(body string, e *text.Event) [2]int {
	if e.Text == "" {
		return [2]int{}
	}
	anchor := e.Evidence.Verb.Span
	if anchor.Empty() && e.Source != nil {
		anchor = e.Source.Span
	}
	first := -1
	for off := 0; off < len(body); {
		i := strings.Index(body[off:], e.Text)
		if i < 0 {
			break
		}
		start := off + i
		if first < 0 {
			first = start
		}
		if start <= anchor.Start && anchor.End <= start+len(e.Text) {
			return [2]int{start, start + len(e.Text)}
		}
		off = start + 1
	}
	if first < 0 {
		return [2]int{}
	}
	return [2]int{first, first + len(e.Text)}
}

// Network implements store.Dashboard. It reads the summaries when they
// answer: dyad_totals, a few rows per pair of actors, without a date range,
// and dyad_days, a row per pair and day, with one but no country or
// QuadClass. Otherwise it reads the clusters, which hold the asserted
// mentions' counts by actor codes and day, so that the network of a long
// range reads one row per distinct event rather than per mention; or,
// since a country condition needs the mentions' countries, the events.
func (db *DB) Network(ctx context.Context, q store.NetworkQuery) ([]store.Edge, error) {
	if q.QuadClass < 0 || q.QuadClass > 4 {
		return nil, fmt.Errorf("quad class %d: want 1 to 4", q.QuadClass)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, store.MaxLimit)
	w := &where{}
	var query string
	// goldUnit is the unit of the sum of Goldstein scores.
	goldUnit := 1.0
	switch {
	case q.From.IsZero() && q.To.IsZero():
		w.add("src_code != '' AND tgt_code != ''")
		if q.Country != "" {
			w.add("(src_country = ? OR tgt_country = ?)", q.Country, q.Country)
		}
		if q.QuadClass != 0 {
			w.add("quad = ?", q.QuadClass)
		}
		query = `SELECT src_code, tgt_code, sum(events),
			sum(events * (quad = 1)), sum(events * (quad = 2)), sum(events * (quad = 3)), sum(events * (quad = 4)),
			total(goldstein_sum) FROM dyad_totals` + w.String()
		goldUnit = goldsteinScale
	case q.Country == "" && q.QuadClass == 0:
		w.add("src_code != '' AND tgt_code != ''")
		addDays(w, "day", q.From, q.To)
		query = `SELECT src_code, tgt_code, sum(events), sum(quad1), sum(quad2), sum(quad3), sum(quad4),
			total(goldstein_sum) FROM dyad_days` + w.String()
		goldUnit = goldsteinScale
	case q.Country == "":
		w.add("c.src_code != '' AND c.tgt_code != ''")
		addDays(w, "c.day", q.From, q.To)
		w.add("c.quad = ?", q.QuadClass)
		query = `SELECT c.src_code, c.tgt_code, sum(c.num_mentions),
			sum(c.num_mentions * (c.quad = 1)), sum(c.num_mentions * (c.quad = 2)),
			sum(c.num_mentions * (c.quad = 3)), sum(c.num_mentions * (c.quad = 4)),
			sum(c.num_mentions * c.goldstein)
			FROM clusters c` + w.String()
	default:
		w.add("e.src_code != '' AND e.tgt_code != ''")
		w.add("e.modality = 'asserted'")
		w.add("(e.src_country = ? OR e.tgt_country = ?)", q.Country, q.Country)
		addDays(w, "e.day", q.From, q.To)
		if q.QuadClass != 0 {
			w.add("e.quad = ?", q.QuadClass)
		}
		query = `SELECT e.src_code, e.tgt_code, count(*),
			sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4), sum(e.goldstein)
			FROM events e` + w.String()
	}
	rows, err := db.read.QueryContext(ctx, query+" GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?", append(w.args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("query network: %w", err)
	}
	defer rows.Close()
	var out []store.Edge
	for rows.Next() {
		var e store.Edge
		var gold float64
		if err := rows.Scan(&e.Source, &e.Target, &e.Events, &e.Quad[1], &e.Quad[2], &e.Quad[3], &e.Quad[4], &gold); err != nil {
			return nil, fmt.Errorf("read network: %w", err)
		}
		if e.Events > 0 {
			e.GoldsteinMean = gold / goldUnit / float64(e.Events)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read network: %w", err)
	}
	return out, nil
}

// addDays adds the day range [from, to] on col, each bound when set.
func addDays(w *where, col string, from, to time.Time) {
	if !from.IsZero() {
		w.add(col+" >= ?", dayInt(from))
	}
	if !to.IsZero() {
		w.add(col+" <= ?", dayInt(to))
	}
}

// MapPoints implements store.Dashboard.
func (db *DB) MapPoints(ctx context.Context, q store.MapQuery) ([]store.MapPoint, error) {
	if q.QuadClass < 0 || q.QuadClass > 4 {
		return nil, fmt.Errorf("quad class %d: want 1 to 4", q.QuadClass)
	}
	if strings.ContainsAny(q.Actor, "%_") {
		return nil, fmt.Errorf("actor %q: wildcards are not allowed", q.Actor)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 500
	}
	limit = min(limit, 5000)
	w := &where{}
	w.add("e.place_lat IS NOT NULL")
	w.add("e.modality = 'asserted'")
	addDays(w, "e.day", q.From, q.To)
	if q.Actor != "" {
		lo, hi := prefixRange(q.Actor)
		w.add("((e.src_code >= ? AND e.src_code < ?) OR (e.tgt_code >= ? AND e.tgt_code < ? AND "+nonEmpty("e.tgt_code")+"))", lo, hi, lo, hi)
	}
	if q.QuadClass != 0 {
		w.add("e.quad = ?", q.QuadClass)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT e.place_name, e.place_country, e.place_lat, e.place_lon, count(*),
		sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4)
		FROM events e`+w.String()+" GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT ?", append(w.args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("query map points: %w", err)
	}
	defer rows.Close()
	var out []store.MapPoint
	for rows.Next() {
		var p store.MapPoint
		if err := rows.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Events, &p.Quad[1], &p.Quad[2], &p.Quad[3], &p.Quad[4]); err != nil {
			return nil, fmt.Errorf("read map points: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read map points: %w", err)
	}
	return out, nil
}

// VolumeSeries implements store.Dashboard. It reads the summary
// day_totals, one row per day and modality.
func (db *DB) VolumeSeries(ctx context.Context, q store.SeriesQuery) ([]store.SeriesPoint, error) {
	switch q.Interval {
	case "":
		q.Interval = store.Day
	case store.Day, store.Week, store.Month:
	default:
		return nil, fmt.Errorf("interval %q: want day, week or month", q.Interval)
	}
	ms := store.ModalitiesOrDefault(q.Modalities)
	for _, m := range ms {
		if !slices.Contains(store.AllModalities, m) {
			return nil, fmt.Errorf("modality %q: want one of asserted, negated, future, hypothetical", m)
		}
	}
	w := &where{}
	addDays(w, "day", q.From, q.To)
	if len(ms) < len(store.AllModalities) {
		w.add("modality IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(ms)), ", ") + ")")
		for _, m := range ms {
			w.args = append(w.args, string(m))
		}
	}
	rows, err := db.read.QueryContext(ctx, `SELECT day, sum(events), sum(quad1), sum(quad2), sum(quad3), sum(quad4),
		sum(goldstein_sum) FROM day_totals`+w.String()+" GROUP BY 1 ORDER BY 1", w.args...)
	if err != nil {
		return nil, fmt.Errorf("query volume: %w", err)
	}
	defer rows.Close()
	var out []store.SeriesPoint
	var golds []int64 // the Goldstein sum of each point, in millionths
	for rows.Next() {
		var day int
		var gold int64
		var p store.SeriesPoint
		if err := rows.Scan(&day, &p.Events, &p.Quad[1], &p.Quad[2], &p.Quad[3], &p.Quad[4], &gold); err != nil {
			return nil, fmt.Errorf("read volume: %w", err)
		}
		p.Start = bucketStart(dayTime(day), q.Interval)
		if n := len(out); n > 0 && out[n-1].Start.Equal(p.Start) {
			last := &out[n-1]
			last.Events += p.Events
			for i := range last.Quad {
				last.Quad[i] += p.Quad[i]
			}
			golds[n-1] += gold
			continue
		}
		out = append(out, p)
		golds = append(golds, gold)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read volume: %w", err)
	}
	for i := range out {
		out[i].GoldsteinSum = float64(golds[i]) / goldsteinScale
		if out[i].Events > 0 {
			out[i].GoldsteinMean = out[i].GoldsteinSum / float64(out[i].Events)
		}
	}
	return out, nil
}

// EventDays implements store.Dashboard.
func (db *DB) EventDays(ctx context.Context) (first, last time.Time, err error) {
	var lo, hi sql.NullInt64
	err = db.read.QueryRowContext(ctx, "SELECT (SELECT min(day) FROM events WHERE day > 0), (SELECT max(day) FROM events)").Scan(&lo, &hi)
	if err != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("read event days: %w", err)
	}
	return dayTime(int(lo.Int64)), dayTime(int(hi.Int64)), nil
}
