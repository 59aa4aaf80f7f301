package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// docMetaColumns select a document's metadata from alias d, in the order
// scanDocMeta reads them.
const docMetaColumns = `d.id, d.doc_key, coalesce(d.url, ''), d.text_hash, d.source, d.outlet, d.title, d.byline,
	d.published, d.added, d.chars, d.tone, d.tone_pos, d.tone_neg, d.tone_pol, d.tone_words`

func docMetaDest(m *store.DocMeta, published, added *string) []any {
	return []any{&m.ID, &m.Key, &m.URL, &m.TextHash, &m.Source, &m.Outlet, &m.Title, &m.Byline,
		published, added, &m.Chars, &m.Tone.Tone, &m.Tone.Positive, &m.Tone.Negative, &m.Tone.Polarity, &m.Tone.WordCount}
}

// eventSelect selects event mentions (alias e) with their document (d), the
// text of their sentence and their actors (sa, ta), in the order eventRow
// reads them.
const eventSelect = `SELECT ` + eventColumnsSQL

const eventColumnsSQL = `e.id, coalesce(e.cluster_id, 0), e.idx, e.in_lead, e.sentence, e.sent_start,
	CAST(substr(CAST(d.text AS BLOB), e.sent_start + 1, e.sent_end - e.sent_start) AS TEXT), e.sent_text,
	e.day, e.cameo_code, e.cameo_root, e.goldstein, e.quad, e.modality,
	e.src_actor IS NOT NULL, e.src_code, e.src_country,
	coalesce(sa.name, ''), coalesce(sa.kind, ''), coalesce(sa.sectors, ''), coalesce(sa.entry, ''),
	e.tgt_actor IS NOT NULL, e.tgt_code, e.tgt_country,
	coalesce(ta.name, ''), coalesce(ta.kind, ''), coalesce(ta.sectors, ''), coalesce(ta.entry, ''),
	e.place_name IS NOT NULL, coalesce(e.place_name, ''), coalesce(e.place_country, ''),
	coalesce(e.place_lat, 0), coalesce(e.place_lon, 0), e.detail,
	` + docMetaColumns

// eventFrom joins an event (e) with its document (d) and actors (sa, ta).
// The alias s gives the span of the event's sentence (s.span_start,
// s.span_end), as a join with the sentences did in schema version 1; when
// a query does not use it, SQLite leaves the join out.
const eventFrom = `
	FROM events e
	JOIN documents d ON d.id = e.doc_id
	LEFT JOIN (SELECT id AS sid, sent_start AS span_start, sent_end AS span_end FROM events) s ON s.sid = e.id
	LEFT JOIN actors sa ON sa.id = e.src_actor
	LEFT JOIN actors ta ON ta.id = e.tgt_actor`

// eventRow holds the scan targets of one eventSelect row.
type eventRow struct {
	r                      store.EventRecord
	sentStart              int
	sentDoc                string // the document's text at the sentence's span
	sentText               sql.NullString
	modality               string
	day                    int
	hasSrc, hasTgt         bool
	hasPlace               bool
	src, tgt               text.Participant
	srcKind, tgtKind       string
	srcSectors, tgtSectors string
	place                  text.Place
	detail                 sql.RawBytes
	published, added       string
	d                      eventDetail
}

func (x *eventRow) dest() []any {
	e := &x.r.Event
	d := []any{&x.r.ID, &x.r.ClusterID, &x.r.Index, &x.r.InLead, &e.Sentence, &x.sentStart, &x.sentDoc, &x.sentText,
		&x.day, &e.CAMEO.Code, &e.CAMEO.Root, &e.CAMEO.Goldstein, &e.CAMEO.QuadClass, &x.modality,
		&x.hasSrc, &x.src.Code, &x.src.Country, &x.src.Name, &x.srcKind, &x.srcSectors, &x.src.ID,
		&x.hasTgt, &x.tgt.Code, &x.tgt.Country, &x.tgt.Name, &x.tgtKind, &x.tgtSectors, &x.tgt.ID,
		&x.hasPlace, &x.place.Name, &x.place.Country, &x.place.Lat, &x.place.Lon, &x.detail,
	}
	return append(d, docMetaDest(&x.r.Doc, &x.published, &x.added)...)
}

// record finishes the scanned row into a fresh EventRecord.
func (x *eventRow) record() (store.EventRecord, error) {
	r := x.r
	d := &x.d
	if err := parseEventDetail(x.detail, d); err != nil {
		return r, fmt.Errorf("event %d: %w", r.ID, err)
	}
	ctx, err := d.contexts()
	if err != nil {
		return r, fmt.Errorf("event %d: %w", r.ID, err)
	}
	r.Doc.Date = parseTime(x.published)
	r.Doc.Added = parseTime(x.added)
	e := &r.Event
	e.DocID = r.Doc.Key
	at := func(sp [2]int, s *string) (text.Span, string) {
		return span(sp), or(s, textAt(x.sentDoc, x.sentStart, span(sp)))
	}
	e.ID, e.Group = d.K, d.G
	if d.KS != nil {
		e.ID = r.Doc.Key + *d.KS
	}
	if d.GS != nil {
		e.Group = r.Doc.Key + *d.GS
	}
	e.Text = x.sentDoc
	if x.sentText.Valid {
		e.Text = x.sentText.String
	}
	e.Date = dayTime(x.day)
	if d.T != nil {
		e.Date = parseTime(*d.T)
	}
	e.CAMEO.Name = d.N
	e.PLOVER = text.PLOVER{Type: d.PT, Mode: d.PM, Context: ctx}
	e.Modality = text.Modality(x.modality)
	e.Source, e.Target = nil, nil
	if x.hasSrc {
		p := x.src
		p.Kind, p.Sectors = text.ActorKind(x.srcKind), splitList(x.srcSectors)
		p.Span, p.Text = at(d.SS, d.SX)
		e.Source = &p
	}
	if x.hasTgt {
		p := x.tgt
		p.Kind, p.Sectors = text.ActorKind(x.tgtKind), splitList(x.tgtSectors)
		p.Span, p.Text = at(d.TS, d.TX)
		e.Target = &p
	}
	ev := &e.Evidence
	ev.Verb = text.Participant{}
	ev.Verb.Span, ev.Verb.Text = at(d.VS, d.VX)
	ev.Rule, ev.Quote = d.R, d.Q
	ev.Date = text.DateRef{Value: e.Date, Granularity: d.DG, Rule: d.DR}
	if d.DV != nil {
		ev.Date.Value = parseTime(*d.DV)
	}
	ev.Date.Span, ev.Date.Text = at(d.DS, d.DX)
	e.Place = nil
	if x.hasPlace {
		p := x.place
		p.Span, p.Text = at(d.PS, d.PX)
		p.Admin1, p.GeoNamesID, p.FeatureClass, p.Rule = d.PA, d.PI, d.PF, d.PR
		e.Place = &p
	}
	e.Tone = text.Tone{Tone: d.TN[0], Positive: d.TN[1], Negative: d.TN[2], Polarity: d.TN[3], WordCount: int(d.TN[4])}
	return r, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, " ")
}

// where accumulates SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// nonEmpty is the condition of the partial indexes (migration 4) on col:
// events.tgt_code, events.src_country, quotes.speaker_code and
// quotes.speaker_name. SQLite uses such an index only for a query that
// states its condition, so a condition that col equals, or starts with, a
// value that is not empty adds it.
func nonEmpty(col string) string { return col + " <> ''" }

// equals is the condition that col (with or without a table alias) equals
// a value that is not empty. For the columns whose indexes leave out empty
// values (migration 4) it states the index's condition.
func equals(col string) string {
	switch col[strings.IndexByte(col, '.')+1:] {
	case "tgt_code", "src_country", "speaker_code", "speaker_name":
		return col + " = ? AND " + nonEmpty(col)
	}
	return col + " = ?"
}

// prefixRange returns the bounds [lo, hi) of the strings that start with p.
func prefixRange(p string) (string, string) {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return p, string(b[:i+1])
		}
	}
	return p, "\xff\xff\xff\xff"
}

// addIn adds "col is one of vals".
func (w *where) addIn(col string, vals []string) {
	if len(vals) == 1 {
		w.add(col+" = ?", vals[0])
		return
	}
	w.conds = append(w.conds, col+" IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(vals)), ", ")+")")
	for _, v := range vals {
		w.args = append(w.args, v)
	}
}

// addPrefix adds "col starts with p".
func (w *where) addPrefix(col, p string) {
	lo, hi := prefixRange(p)
	w.add("("+col+" >= ? AND "+col+" < ?)", lo, hi)
}

// docEventsSQL is the condition that event e belongs to a document, whose
// id it takes twice: the range of its event ids.
const docEventsSQL = `e.id >= (SELECT event_start FROM doc_annotations WHERE doc_id = ?)
	AND e.id < (SELECT event_start + event_count FROM doc_annotations WHERE doc_id = ?)`

// eventWhere translates f into conditions on events (alias e), or, when
// cluster is set, on clusters (alias c) joined with their representative
// mention (alias e).
//
// Without a Source or Target filter, the Actor and Country conditions are
// written so that SQLite cannot use an index for them (a unary +): pages in
// day order then walk the day index and stop after a page of matches,
// instead of collecting and sorting every event of a common actor.
func eventWhere(f store.EventFilter, cluster bool) (*where, error) {
	return eventWhereCodes(f, cluster, nil, nil)
}

// maxPrefixCodes is the most actor codes a Source or Target prefix is
// replaced with (see actorCodes).
const maxPrefixCodes = 32

// actorCodes returns the actor codes of the store that start with prefix,
// or nil when there are more than maxPrefixCodes of them. A filter by one
// code lets SQLite walk a dyad index in day order and stop after a page,
// where a prefix range makes it collect and sort every match.
func (db *DB) actorCodes(ctx context.Context, prefix string) ([]string, error) {
	if prefix == "" {
		return nil, nil
	}
	lo, hi := prefixRange(prefix)
	rows, err := db.read.QueryContext(ctx, "SELECT DISTINCT code FROM actors WHERE code >= ? AND code < ? LIMIT ?",
		lo, hi, maxPrefixCodes+1)
	if err != nil {
		return nil, fmt.Errorf("look up actor codes: %w", err)
	}
	defer rows.Close()
	codes := []string{}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("look up actor codes: %w", err)
		}
		codes = append(codes, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("look up actor codes: %w", err)
	}
	if len(codes) > maxPrefixCodes {
		return nil, nil
	}
	return codes, nil
}

// resolvedWhere is eventWhere with the Source and Target prefixes of f
// replaced by the codes they match, when they are few.
func (db *DB) resolvedWhere(ctx context.Context, f store.EventFilter, cluster bool) (*where, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	src, err := db.actorCodes(ctx, f.Source)
	if err != nil {
		return nil, err
	}
	tgt, err := db.actorCodes(ctx, f.Target)
	if err != nil {
		return nil, err
	}
	return eventWhereCodes(f, cluster, src, tgt)
}

// eventWhereCodes is eventWhere with the source and target codes that
// f.Source and f.Target match, when not nil, in place of the prefixes.
func eventWhereCodes(f store.EventFilter, cluster bool, srcCodes, tgtCodes []string) (*where, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	t := "e"
	if cluster {
		t = "c"
	}
	p := ""
	if f.Source == "" && f.Target == "" {
		p = "+"
	}
	w := &where{}
	if !f.From.IsZero() {
		w.add(t+".day >= ?", dayInt(f.From))
	}
	if !f.To.IsZero() {
		w.add(t+".day <= ?", dayInt(f.To))
	}
	if f.Actor != "" {
		lo, hi := prefixRange(f.Actor)
		tgt := p + t + ".tgt_code >= ? AND " + p + t + ".tgt_code < ?"
		if p == "" && !cluster {
			tgt += " AND " + nonEmpty("e.tgt_code")
		}
		w.add("(("+p+t+".src_code >= ? AND "+p+t+".src_code < ?) OR ("+tgt+"))", lo, hi, lo, hi)
	}
	for _, side := range []struct {
		col, prefix string
		codes       []string
	}{{t + ".src_code", f.Source, srcCodes}, {t + ".tgt_code", f.Target, tgtCodes}} {
		switch {
		case side.prefix == "":
			continue
		case side.codes != nil:
			w.addIn(side.col, side.codes)
		default:
			w.addPrefix(side.col, side.prefix)
		}
		if side.col == "e.tgt_code" {
			w.add(nonEmpty(side.col))
		}
	}
	if f.Country != "" {
		w.add("("+p+"e.src_country = ? OR "+p+"e.tgt_country = ?)", f.Country, f.Country)
	}
	if f.Code != "" {
		w.addPrefix(t+".cameo_code", f.Code)
	}
	if f.Root != "" {
		w.add(t+".cameo_root = ?", f.Root)
	}
	if f.QuadClass != 0 {
		w.add(t+".quad = ?", f.QuadClass)
	}
	if f.DocID != 0 {
		w.add(docEventsSQL, f.DocID, f.DocID)
	}
	if f.ClusterID != 0 {
		if cluster {
			w.add("c.id = ?", f.ClusterID)
		} else {
			// Through the cluster's key, which events_dyad indexes.
			w.add(`e.cluster_id = ? AND (e.src_code, e.tgt_code, e.day, e.cameo_code) =
				(SELECT src_code, tgt_code, day, cameo_code FROM clusters WHERE id = ?)`, f.ClusterID, f.ClusterID)
		}
	}
	if !cluster {
		ms := store.ModalitiesOrDefault(f.Modalities)
		if len(ms) < len(store.AllModalities) {
			w.add("e.modality IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(ms)), ", ") + ")")
			for _, m := range ms {
				w.args = append(w.args, string(m))
			}
		}
	}
	return w, nil
}

// Events implements store.Reader.
func (db *DB) Events(ctx context.Context, f store.EventFilter, p store.Page) (store.EventPage, error) {
	w, err := db.resolvedWhere(ctx, f, false)
	if err != nil {
		return store.EventPage{}, err
	}
	if p.After != "" {
		c, err := store.ParseCursor(p.After, "e", 2)
		if err != nil {
			return store.EventPage{}, err
		}
		w.add("(e.day < ? OR (e.day = ? AND e.id < ?))", c[0], c[0], c[1])
	}
	n := p.Size()
	q := eventSelect + eventFrom + w.String() + " ORDER BY e.day DESC, e.id DESC LIMIT ?"
	var page store.EventPage
	var lastDay int
	err = db.eachEvent(ctx, q, append(w.args, n+1), func(r *store.EventRecord, day int) error {
		if len(page.Events) == n {
			page.Next = store.Cursor("e", int64(lastDay), page.Events[n-1].ID)
			return errStop
		}
		page.Events = append(page.Events, *r)
		lastDay = day
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return store.EventPage{}, err
	}
	return page, nil
}

var errStop = errors.New("stop")

// ScanEvents implements store.Reader.
func (db *DB) ScanEvents(ctx context.Context, f store.EventFilter, fn func(*store.EventRecord) error) error {
	w, err := db.resolvedWhere(ctx, f, false)
	if err != nil {
		return err
	}
	q := eventSelect + eventFrom + w.String() + " ORDER BY e.day, e.id"
	return db.eachEvent(ctx, q, w.args, func(r *store.EventRecord, _ int) error { return fn(r) })
}

func (db *DB) eachEvent(ctx context.Context, q string, args []any, fn func(*store.EventRecord, int) error) error {
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	var x eventRow
	dest := x.dest()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("read event: %w", err)
		}
		r, err := x.record()
		if err != nil {
			return fmt.Errorf("read event: %w", err)
		}
		if err := fn(&r, x.day); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	return nil
}

// clusterSelect selects clusters (alias c) with their representative
// mention, in the order clusterRow reads them.
const clusterSelect = `SELECT c.id, c.src_code, c.tgt_code, c.cameo_code, c.day, c.cameo_root, c.quad, c.goldstein,
	c.num_mentions, c.num_articles, c.num_sources, c.first_seen, c.last_seen, c.tone_sum, c.added, ` +
	eventColumnsSQL + `
	FROM clusters c
	JOIN events e ON e.id = c.rep_event
	JOIN documents d ON d.id = e.doc_id
	LEFT JOIN actors sa ON sa.id = e.src_actor
	LEFT JOIN actors ta ON ta.id = e.tgt_actor`

type clusterRow struct {
	c                          store.Cluster
	day                        int
	firstSeen, lastSeen, added string
	toneSum                    int64
	ev                         eventRow
}

func (x *clusterRow) dest() []any {
	c := &x.c
	d := []any{&c.ID, &c.Key.Source, &c.Key.Target, &c.Key.Code, &x.day, &c.Root, &c.QuadClass, &c.Goldstein,
		&c.NumMentions, &c.NumArticles, &c.NumSources, &x.firstSeen, &x.lastSeen, &x.toneSum, &x.added}
	return append(d, x.ev.dest()...)
}

func (x *clusterRow) record() (store.Cluster, error) {
	c := x.c
	c.Key.Day = dayTime(x.day)
	c.FirstSeen = parseTime(x.firstSeen)
	c.LastSeen = parseTime(x.lastSeen)
	c.Added = parseTime(x.added)
	if c.NumArticles > 0 {
		c.AvgTone = float64(x.toneSum) / 1e6 / float64(c.NumArticles)
	}
	rep, err := x.ev.record()
	c.Rep = rep
	return c, err
}

// Clusters implements store.Reader.
func (db *DB) Clusters(ctx context.Context, f store.EventFilter, p store.Page) (store.ClusterPage, error) {
	w, err := db.resolvedWhere(ctx, f, true)
	if err != nil {
		return store.ClusterPage{}, err
	}
	if p.After != "" {
		c, err := store.ParseCursor(p.After, "c", 2)
		if err != nil {
			return store.ClusterPage{}, err
		}
		w.add("(c.day < ? OR (c.day = ? AND c.id < ?))", c[0], c[0], c[1])
	}
	n := p.Size()
	q := clusterSelect + w.String() + " ORDER BY c.day DESC, c.id DESC LIMIT ?"
	var page store.ClusterPage
	var lastDay int
	err = db.eachCluster(ctx, q, append(w.args, n+1), func(c *store.Cluster, day int) error {
		if len(page.Clusters) == n {
			page.Next = store.Cursor("c", int64(lastDay), page.Clusters[n-1].ID)
			return errStop
		}
		page.Clusters = append(page.Clusters, *c)
		lastDay = day
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return store.ClusterPage{}, err
	}
	return page, nil
}

// ScanClusters implements store.Reader.
func (db *DB) ScanClusters(ctx context.Context, f store.EventFilter, fn func(*store.Cluster) error) error {
	w, err := db.resolvedWhere(ctx, f, true)
	if err != nil {
		return err
	}
	q := clusterSelect + w.String() + " ORDER BY c.day, c.id"
	return db.eachCluster(ctx, q, w.args, func(c *store.Cluster, _ int) error { return fn(c) })
}

func (db *DB) eachCluster(ctx context.Context, q string, args []any, fn func(*store.Cluster, int) error) error {
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query clusters: %w", err)
	}
	defer rows.Close()
	var x clusterRow
	dest := x.dest()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("read cluster: %w", err)
		}
		c, err := x.record()
		if err != nil {
			return fmt.Errorf("read cluster %d: %w", x.c.ID, err)
		}
		if err := fn(&c, x.day); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read clusters: %w", err)
	}
	return nil
}

// Documents implements store.Reader.
func (db *DB) Documents(ctx context.Context, f store.DocumentFilter, p store.Page) (store.DocumentPage, error) {
	w := &where{}
	if !f.From.IsZero() {
		w.add("d.day >= ?", dayInt(f.From))
	}
	if !f.To.IsZero() {
		w.add("d.day <= ?", dayInt(f.To))
	}
	if f.Outlet != "" {
		w.add("d.outlet = ?", f.Outlet)
	}
	if p.After != "" {
		c, err := store.ParseCursor(p.After, "d", 2)
		if err != nil {
			return store.DocumentPage{}, err
		}
		w.add("(d.day < ? OR (d.day = ? AND d.id < ?))", c[0], c[0], c[1])
	}
	n := p.Size()
	rows, err := db.read.QueryContext(ctx, "SELECT d.day, "+docMetaColumns+" FROM documents d"+w.String()+
		" ORDER BY d.day DESC, d.id DESC LIMIT ?", append(w.args, n+1)...)
	if err != nil {
		return store.DocumentPage{}, fmt.Errorf("query documents: %w", err)
	}
	defer rows.Close()
	var page store.DocumentPage
	var day, lastDay int
	for rows.Next() {
		var m store.DocMeta
		var published, added string
		if err := rows.Scan(append([]any{&day}, docMetaDest(&m, &published, &added)...)...); err != nil {
			return store.DocumentPage{}, fmt.Errorf("read document: %w", err)
		}
		if len(page.Documents) == n {
			page.Next = store.Cursor("d", int64(lastDay), page.Documents[n-1].ID)
			break
		}
		m.Date, m.Added = parseTime(published), parseTime(added)
		page.Documents = append(page.Documents, m)
		lastDay = day
	}
	if err := rows.Err(); err != nil {
		return store.DocumentPage{}, fmt.Errorf("read documents: %w", err)
	}
	return page, nil
}

// Document implements store.Reader.
func (db *DB) Document(ctx context.Context, id int64) (*store.StoredDocument, error) {
	sd := &store.StoredDocument{}
	var published, added, body string
	err := db.read.QueryRowContext(ctx, "SELECT "+docMetaColumns+", d.text FROM documents d WHERE d.id = ?", id).
		Scan(append(docMetaDest(&sd.Meta, &published, &added), &body)...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read document %d: %w", id, err)
	}
	m := &sd.Meta
	m.Date, m.Added = parseTime(published), parseTime(added)
	doc := &text.Document{ID: m.Key, URL: m.URL, Title: m.Title, Source: m.Source, Byline: m.Byline,
		Date: m.Date, Text: body, Tone: m.Tone}
	sd.Document = doc
	if err := db.readAnnotations(ctx, id, doc); err != nil {
		return nil, err
	}
	err = db.eachEvent(ctx, eventSelect+eventFrom+" WHERE "+docEventsSQL+" ORDER BY e.id", []any{id, id},
		func(r *store.EventRecord, _ int) error {
			doc.Events = append(doc.Events, r.Event)
			sd.EventIDs = append(sd.EventIDs, r.ID)
			sd.ClusterIDs = append(sd.ClusterIDs, r.ClusterID)
			return nil
		})
	if err != nil {
		return nil, err
	}
	qp, err := db.quotes(ctx, &where{conds: []string{"q.id >= ? AND q.id < ?"}, args: []any{rowID(id, 0), rowID(id+1, 0)}}, "q.id", -1)
	if err != nil {
		return nil, err
	}
	for _, q := range qp {
		doc.Quotes = append(doc.Quotes, q.Quote)
	}
	return sd, nil
}

// readAnnotations fills doc's sentences, sentence tones and places.
func (db *DB) readAnnotations(ctx context.Context, id int64, doc *text.Document) error {
	var sentences, places []byte
	err := db.read.QueryRowContext(ctx, "SELECT sentences, places FROM doc_annotations WHERE doc_id = ?", id).
		Scan(&sentences, &places)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read annotations of document %d: %w", id, err)
	}
	if err := parseSentences(sentences, doc); err != nil {
		return fmt.Errorf("read annotations of document %d: %w", id, err)
	}
	if err := parsePlaces(places, doc); err != nil {
		return fmt.Errorf("read annotations of document %d: %w", id, err)
	}
	return nil
}

// Quotes implements store.Reader.
func (db *DB) Quotes(ctx context.Context, f store.QuoteFilter, p store.Page) (store.QuotePage, error) {
	w := &where{}
	if f.SpeakerCode != "" {
		w.add(equals("q.speaker_code"), f.SpeakerCode)
	}
	if f.SpeakerName != "" {
		w.add(equals("q.speaker_name"), f.SpeakerName)
	}
	if f.Direct != nil {
		w.add("q.direct = ?", *f.Direct)
	}
	if f.DocID != 0 {
		w.add("q.id >= ? AND q.id < ?", rowID(f.DocID, 0), rowID(f.DocID+1, 0))
	}
	if p.After != "" {
		c, err := store.ParseCursor(p.After, "q", 1)
		if err != nil {
			return store.QuotePage{}, err
		}
		w.add("q.id < ?", c[0])
	}
	n := p.Size()
	qs, err := db.quotes(ctx, w, "q.id DESC", n+1)
	if err != nil {
		return store.QuotePage{}, err
	}
	page := store.QuotePage{Quotes: qs}
	if len(qs) > n {
		page.Quotes = qs[:n]
		page.Next = store.Cursor("q", qs[n-1].ID)
	}
	return page, nil
}

func (db *DB) quotes(ctx context.Context, w *where, order string, limit int) ([]store.QuoteRecord, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT q.id, q.quote_key, q.direct,
		q.speaker_code, a.name, a.country, a.kind, a.sectors, a.entry,
		q.speaker_text, q.speaker_start, q.speaker_end, q.cue_text, q.cue_start, q.cue_end,
		q.content_text, q.content_start, q.content_end, `+docMetaColumns+`
		FROM quotes q JOIN documents d ON d.id = q.doc_id JOIN actors a ON a.id = q.speaker_actor`+
		w.String()+" ORDER BY "+order+" LIMIT ?", append(w.args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("query quotes: %w", err)
	}
	defer rows.Close()
	var out []store.QuoteRecord
	for rows.Next() {
		var r store.QuoteRecord
		q := &r.Quote
		var kind, sectors, published, added string
		dest := []any{&r.ID, &q.ID, &q.Direct,
			&q.Speaker.Code, &q.Speaker.Name, &q.Speaker.Country, &kind, &sectors, &q.Speaker.ID,
			&q.Speaker.Text, &q.Speaker.Span.Start, &q.Speaker.Span.End,
			&q.Cue.Text, &q.Cue.Span.Start, &q.Cue.Span.End,
			&q.Content.Text, &q.Content.Span.Start, &q.Content.Span.End}
		if err := rows.Scan(append(dest, docMetaDest(&r.Doc, &published, &added)...)...); err != nil {
			return nil, fmt.Errorf("read quote: %w", err)
		}
		q.Speaker.Kind, q.Speaker.Sectors = text.ActorKind(kind), splitList(sectors)
		r.Doc.Date, r.Doc.Added = parseTime(published), parseTime(added)
		q.DocID = r.Doc.Key
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read quotes: %w", err)
	}
	return out, nil
}

// Stats implements store.Reader. The counts are kept in the table totals
// by every write.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	fields := totals(&s)
	rows, err := db.read.QueryContext(ctx, "SELECT name, n FROM totals")
	if err != nil {
		return s, fmt.Errorf("count rows: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return s, fmt.Errorf("count rows: %w", err)
		}
		if p := fields[name]; p != nil {
			*p = n
		}
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("count rows: %w", err)
	}
	return s, nil
}
