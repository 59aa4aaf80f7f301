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

const eventColumnsSQL = `e.id, coalesce(e.cluster_id, 0), e.idx,
	NOT EXISTS (SELECT 1 FROM sentences p WHERE p.doc_id = e.doc_id AND p.idx BETWEEN 1 AND e.sentence AND p.paragraph), e.event_key, e.grp, e.doc_id, e.sentence,
	coalesce(e.sent_text, CAST(substr(CAST(d.text AS BLOB), s.span_start + 1, s.span_end - s.span_start) AS TEXT), ''),
	e.event_time, e.day, e.cameo_code, e.cameo_root, e.cameo_name, e.goldstein, e.quad,
	e.plover_type, e.plover_mode, e.plover_context,
	e.src_actor IS NOT NULL, e.src_code, e.src_country, e.src_text, e.src_start, e.src_end,
	coalesce(sa.name, ''), coalesce(sa.kind, ''), coalesce(sa.sectors, ''), coalesce(sa.entry, ''),
	e.tgt_actor IS NOT NULL, e.tgt_code, e.tgt_country, e.tgt_text, e.tgt_start, e.tgt_end,
	coalesce(ta.name, ''), coalesce(ta.kind, ''), coalesce(ta.sectors, ''), coalesce(ta.entry, ''),
	e.modality, e.verb_text, e.verb_start, e.verb_end, e.rule, e.quote_ref,
	e.date_value, e.date_gran, e.date_text, e.date_start, e.date_end, e.date_rule,
	e.place_text IS NOT NULL, coalesce(e.place_text, ''), coalesce(e.place_start, 0), coalesce(e.place_end, 0),
	coalesce(e.place_name, ''), coalesce(e.place_country, ''), coalesce(e.place_admin1, ''),
	coalesce(e.place_lat, 0), coalesce(e.place_lon, 0), coalesce(e.place_geonames, 0),
	coalesce(e.place_class, ''), coalesce(e.place_rule, ''),
	e.tone, e.tone_pos, e.tone_neg, e.tone_pol, e.tone_words,
	` + docMetaColumns

const eventFrom = `
	FROM events e
	JOIN documents d ON d.id = e.doc_id
	LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
	LEFT JOIN actors sa ON sa.id = e.src_actor
	LEFT JOIN actors ta ON ta.id = e.tgt_actor`

// eventRow holds the scan targets of one eventSelect row.
type eventRow struct {
	r                                  store.EventRecord
	docID                              int64
	eventTime, ploverContext, modality string
	day                                int
	hasSrc, hasTgt, hasPlace           bool
	src, tgt                           text.Participant
	srcKind, tgtKind                   string
	srcSectors, tgtSectors             string
	dateValue                          string
	place                              text.Place
	published, added                   string
}

func (x *eventRow) dest() []any {
	e := &x.r.Event
	d := []any{&x.r.ID, &x.r.ClusterID, &x.r.Index, &x.r.InLead, &e.ID, &e.Group, &x.docID, &e.Sentence, &e.Text,
		&x.eventTime, &x.day, &e.CAMEO.Code, &e.CAMEO.Root, &e.CAMEO.Name, &e.CAMEO.Goldstein, &e.CAMEO.QuadClass,
		&e.PLOVER.Type, &e.PLOVER.Mode, &x.ploverContext,
		&x.hasSrc, &x.src.Code, &x.src.Country, &x.src.Text, &x.src.Span.Start, &x.src.Span.End,
		&x.src.Name, &x.srcKind, &x.srcSectors, &x.src.ID,
		&x.hasTgt, &x.tgt.Code, &x.tgt.Country, &x.tgt.Text, &x.tgt.Span.Start, &x.tgt.Span.End,
		&x.tgt.Name, &x.tgtKind, &x.tgtSectors, &x.tgt.ID,
		&x.modality, &e.Evidence.Verb.Text, &e.Evidence.Verb.Span.Start, &e.Evidence.Verb.Span.End,
		&e.Evidence.Rule, &e.Evidence.Quote,
		&x.dateValue, &e.Evidence.Date.Granularity, &e.Evidence.Date.Text,
		&e.Evidence.Date.Span.Start, &e.Evidence.Date.Span.End, &e.Evidence.Date.Rule,
		&x.hasPlace, &x.place.Text, &x.place.Span.Start, &x.place.Span.End, &x.place.Name, &x.place.Country,
		&x.place.Admin1, &x.place.Lat, &x.place.Lon, &x.place.GeoNamesID, &x.place.FeatureClass, &x.place.Rule,
		&e.Tone.Tone, &e.Tone.Positive, &e.Tone.Negative, &e.Tone.Polarity, &e.Tone.WordCount,
	}
	return append(d, docMetaDest(&x.r.Doc, &x.published, &x.added)...)
}

// record finishes the scanned row into a fresh EventRecord.
func (x *eventRow) record() store.EventRecord {
	r := x.r
	e := &r.Event
	e.DocID = r.Doc.Key
	e.Date = parseTime(x.eventTime)
	e.PLOVER.Context = splitList(x.ploverContext)
	e.Modality = text.Modality(x.modality)
	e.Evidence.Date.Value = parseTime(x.dateValue)
	if x.hasSrc {
		p := x.src
		p.Kind, p.Sectors = text.ActorKind(x.srcKind), splitList(x.srcSectors)
		e.Source = &p
	} else {
		e.Source = nil
	}
	if x.hasTgt {
		p := x.tgt
		p.Kind, p.Sectors = text.ActorKind(x.tgtKind), splitList(x.tgtSectors)
		e.Target = &p
	} else {
		e.Target = nil
	}
	if x.hasPlace {
		p := x.place
		e.Place = &p
	} else {
		e.Place = nil
	}
	r.Doc.Date = parseTime(x.published)
	r.Doc.Added = parseTime(x.added)
	return r
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

// addPrefix adds "col starts with p".
func (w *where) addPrefix(col, p string) {
	lo, hi := prefixRange(p)
	w.add("("+col+" >= ? AND "+col+" < ?)", lo, hi)
}

// eventWhere translates f into conditions on events (alias e), or, when
// cluster is set, on clusters (alias c) joined with their representative
// mention (alias e).
//
// Without a Source or Target filter, the Actor and Country conditions are
// written so that SQLite cannot use an index for them (a unary +): pages in
// day order then walk the day index and stop after a page of matches,
// instead of collecting and sorting every event of a common actor.
func eventWhere(f store.EventFilter, cluster bool) (*where, error) {
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
		w.add("(("+p+t+".src_code >= ? AND "+p+t+".src_code < ?) OR ("+p+t+".tgt_code >= ? AND "+p+t+".tgt_code < ?))", lo, hi, lo, hi)
	}
	if f.Source != "" {
		w.addPrefix(t+".src_code", f.Source)
	}
	if f.Target != "" {
		w.addPrefix(t+".tgt_code", f.Target)
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
		w.add("e.id >= ? AND e.id < ?", rowID(f.DocID, 0), rowID(f.DocID+1, 0))
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
	w, err := eventWhere(f, false)
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
	w, err := eventWhere(f, false)
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
		r := x.record()
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
	LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
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

func (x *clusterRow) record() store.Cluster {
	c := x.c
	c.Key.Day = dayTime(x.day)
	c.FirstSeen = parseTime(x.firstSeen)
	c.LastSeen = parseTime(x.lastSeen)
	c.Added = parseTime(x.added)
	if c.NumArticles > 0 {
		c.AvgTone = float64(x.toneSum) / 1e6 / float64(c.NumArticles)
	}
	c.Rep = x.ev.record()
	return c
}

// Clusters implements store.Reader.
func (db *DB) Clusters(ctx context.Context, f store.EventFilter, p store.Page) (store.ClusterPage, error) {
	w, err := eventWhere(f, true)
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
	w, err := eventWhere(f, true)
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
		c := x.record()
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
	if err := db.readSentences(ctx, id, doc); err != nil {
		return nil, err
	}
	err = db.eachEvent(ctx, eventSelect+eventFrom+" WHERE e.id >= ? AND e.id < ? ORDER BY e.id", []any{rowID(id, 0), rowID(id+1, 0)},
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
	if err := db.readPlaces(ctx, id, doc); err != nil {
		return nil, err
	}
	return sd, nil
}

func (db *DB) readSentences(ctx context.Context, id int64, doc *text.Document) error {
	rows, err := db.read.QueryContext(ctx, `SELECT tok_start, tok_end, span_start, span_end, paragraph,
		tone IS NOT NULL, coalesce(tone, 0), coalesce(tone_pos, 0), coalesce(tone_neg, 0), coalesce(tone_pol, 0), coalesce(tone_words, 0)
		FROM sentences WHERE doc_id = ? ORDER BY idx`, id)
	if err != nil {
		return fmt.Errorf("query sentences: %w", err)
	}
	defer rows.Close()
	var tones []text.Tone
	anyTone := false
	for rows.Next() {
		var s text.Sentence
		var tn text.Tone
		var has bool
		if err := rows.Scan(&s.Start, &s.End, &s.Span.Start, &s.Span.End, &s.ParagraphStart,
			&has, &tn.Tone, &tn.Positive, &tn.Negative, &tn.Polarity, &tn.WordCount); err != nil {
			return fmt.Errorf("read sentence: %w", err)
		}
		anyTone = anyTone || has
		doc.Sentences = append(doc.Sentences, s)
		tones = append(tones, tn)
	}
	if anyTone {
		doc.SentenceTone = tones
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read sentences: %w", err)
	}
	return nil
}

func (db *DB) readPlaces(ctx context.Context, id int64, doc *text.Document) error {
	rows, err := db.read.QueryContext(ctx, `SELECT place_text, span_start, span_end, name, country, admin1,
		lat, lon, geonames_id, feature_class, rule FROM places WHERE doc_id = ? ORDER BY idx`, id)
	if err != nil {
		return fmt.Errorf("query places: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p text.Place
		if err := rows.Scan(&p.Text, &p.Span.Start, &p.Span.End, &p.Name, &p.Country, &p.Admin1,
			&p.Lat, &p.Lon, &p.GeoNamesID, &p.FeatureClass, &p.Rule); err != nil {
			return fmt.Errorf("read place: %w", err)
		}
		doc.Places = append(doc.Places, p)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read places: %w", err)
	}
	return nil
}

// Quotes implements store.Reader.
func (db *DB) Quotes(ctx context.Context, f store.QuoteFilter, p store.Page) (store.QuotePage, error) {
	w := &where{}
	if f.SpeakerCode != "" {
		w.add("q.speaker_code = ?", f.SpeakerCode)
	}
	if f.SpeakerName != "" {
		w.add("q.speaker_name = ?", f.SpeakerName)
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

// Stats implements store.Reader.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.read.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),
		(SELECT count(*) FROM clusters), (SELECT count(*) FROM quotes), (SELECT count(*) FROM places),
		(SELECT count(*) FROM actors)`).
		Scan(&s.Documents, &s.Sentences, &s.Events, &s.Clusters, &s.Quotes, &s.Places, &s.Actors)
	if err != nil {
		return s, fmt.Errorf("count rows: %w", err)
	}
	return s, nil
}
