package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// eventColumns are the columns written for each event mention, in the order
// of eventArgs.
var eventColumns = []string{
	"id", "doc_id", "idx", "event_key", "grp", "sentence", "sent_text", "day", "event_time",
	"cameo_code", "cameo_root", "cameo_name", "goldstein", "quad",
	"plover_type", "plover_mode", "plover_context",
	"src_actor", "src_code", "src_country", "src_text", "src_start", "src_end",
	"tgt_actor", "tgt_code", "tgt_country", "tgt_text", "tgt_start", "tgt_end",
	"modality", "verb_text", "verb_start", "verb_end", "rule", "quote_ref",
	"date_value", "date_gran", "date_text", "date_start", "date_end", "date_rule",
	"place_text", "place_start", "place_end", "place_name", "place_country", "place_admin1",
	"place_lat", "place_lon", "place_geonames", "place_class", "place_rule",
	"tone", "tone_pos", "tone_neg", "tone_pol", "tone_words", "doc_tone", "cluster_id",
}

var (
	clusterColumns = []string{
		"src_code", "tgt_code", "cameo_code", "day", "cameo_root", "quad", "goldstein",
		"num_mentions", "num_articles", "num_sources", "first_seen", "last_seen", "tone_sum",
		"rep_event", "rep_order", "added",
	}
	sentenceColumns = []string{
		"doc_id", "idx", "tok_start", "tok_end", "span_start", "span_end", "paragraph",
		"tone", "tone_pos", "tone_neg", "tone_pol", "tone_words",
	}
	quoteColumns = []string{
		"id", "doc_id", "idx", "quote_key", "direct", "speaker_actor", "speaker_code", "speaker_name",
		"speaker_text", "speaker_start", "speaker_end", "cue_text", "cue_start", "cue_end",
		"content_text", "content_start", "content_end",
	}
	placeColumns = []string{
		"doc_id", "idx", "place_text", "span_start", "span_end", "name", "country", "admin1",
		"lat", "lon", "geonames_id", "feature_class", "rule",
	}
)

func insertSQL(table string, cols []string, suffix string) string {
	return "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES (" +
		strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")" + suffix
}

// statements of the write path, prepared once on the write connection.
var writeSQL = map[string]string{
	"doc": insertSQL("documents", []string{
		"doc_key", "url", "text_hash", "source", "outlet", "title", "byline", "published", "day",
		"added", "chars", "tone", "tone_pos", "tone_neg", "tone_pol", "tone_words", "text",
	}, " ON CONFLICT DO NOTHING RETURNING id"),
	"dupURL": "SELECT 1 FROM documents WHERE url = ?",
	"actor": insertSQL("actors", []string{"code", "name", "country", "kind", "sectors", "entry"},
		" ON CONFLICT DO NOTHING RETURNING id"),
	"actorID":     "SELECT id FROM actors WHERE code = ? AND name = ? AND country = ? AND kind = ? AND sectors = ? AND entry = ?",
	"actorEvents": "UPDATE actors SET events = events + ? WHERE id = ?",
	// One statement recounts the outlets of every cluster a call touched.
	"clusterOutlets": `UPDATE clusters SET num_sources = (SELECT count(*) FROM cluster_outlets o WHERE o.cluster_id = clusters.id)
		WHERE id IN (SELECT value FROM json_each(?))`,
}

// writer holds the prepared statements of the write connection and a cache
// of actor ids, which is dropped whenever a transaction fails.
type writer struct {
	stmts  map[string]*sql.Stmt
	actors map[actorKey]int64
}

type actorKey struct {
	code, name, country, kind, sectors, entry string
}

func newWriter(ctx context.Context, db *sql.DB) (*writer, error) {
	w := &writer{stmts: make(map[string]*sql.Stmt, len(writeSQL)), actors: make(map[actorKey]int64)}
	queries := maps.Clone(writeSQL)
	for table := range bulkTables {
		for _, n := range rowChunks {
			queries[bulkName(table, n)] = bulkSQL(table, n)
		}
	}
	for name, q := range queries {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare %s: %w", name, err)
		}
		w.stmts[name] = st
	}
	return w, nil
}

func (w *writer) close() error {
	var errs []error
	for _, st := range w.stmts {
		errs = append(errs, st.Close())
	}
	return errors.Join(errs...)
}

// ErrReadOnly is returned by PutDocuments on a database opened read-only.
var ErrReadOnly = errors.New("database is open read-only")

// HasDocument implements store.Writer.
func (db *DB) HasDocument(ctx context.Context, k store.Keys) (store.Duplicate, error) {
	var one int
	if k.URL != "" {
		err := db.read.QueryRowContext(ctx, "SELECT 1 FROM documents WHERE url = ?", k.URL).Scan(&one)
		if err == nil {
			return store.DuplicateURL, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("look up document: %w", err)
		}
	}
	err := db.read.QueryRowContext(ctx, "SELECT 1 FROM documents WHERE text_hash = ?", k.TextHash).Scan(&one)
	if err == nil {
		return store.DuplicateText, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("look up document: %w", err)
	}
	return store.NotDuplicate, nil
}

// PutDocuments implements store.Writer: all of docs in one transaction.
func (db *DB) PutDocuments(ctx context.Context, docs []*text.Document) ([]store.PutResult, error) {
	if db.write == nil {
		return nil, ErrReadOnly
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.w == nil {
		w, err := newWriter(ctx, db.write)
		if err != nil {
			return nil, err
		}
		db.w = w
	}
	res, err := db.put(ctx, docs)
	if err != nil {
		clear(db.w.actors)
		return nil, err
	}
	return res, nil
}

func (db *DB) put(ctx context.Context, docs []*text.Document) ([]store.PutResult, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	t := &txWriter{ctx: ctx, tx: tx, w: db.w, stmts: make(map[string]*sql.Stmt, len(db.w.stmts)),
		added: fmtTime(db.opts.Now()), clusters: map[store.ClusterKey]*clusterShare{}, actorEvents: map[int64]int{}}
	res := make([]store.PutResult, len(docs))
	for i, doc := range docs {
		if res[i], err = t.putDocument(doc); err != nil {
			return nil, fmt.Errorf("store document %q: %w", doc.ID, err)
		}
	}
	if err := t.flush(); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

// txWriter writes one PutDocuments call inside one transaction. Documents
// are inserted one by one (their ids are needed and duplicates must be
// seen at once); their rows and cluster updates are gathered and written at
// the end with multi-row statements, which costs far less per row.
type txWriter struct {
	ctx   context.Context
	tx    *sql.Tx
	w     *writer
	stmts map[string]*sql.Stmt
	added string

	sentences, events, quotes, places [][]any
	// eventShare is parallel to events: the cluster share of each, or nil.
	eventShare  []*clusterShare
	clusters    map[store.ClusterKey]*clusterShare
	shares      []*clusterShare // in order of first appearance
	actorEvents map[int64]int
}

// clusterShare is what the documents of one call add to one cluster.
type clusterShare struct {
	key            store.ClusterKey
	root           string
	quad           int
	goldstein      float64
	mentions, docs int
	toneSum        int64
	first, last    string // seen times
	repDoc         int64
	repIdx         int
	repOrder       string
	outlets        []string
	lastDoc        int64 // the last document counted
	id             int64
}

func (t *txWriter) stmt(name string) *sql.Stmt {
	st, ok := t.stmts[name]
	if !ok {
		st = t.tx.StmtContext(t.ctx, t.w.stmts[name])
		t.stmts[name] = st
	}
	return st
}

func (t *txWriter) exec(name string, args ...any) (sql.Result, error) {
	res, err := t.stmt(name).ExecContext(t.ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

func (t *txWriter) queryID(name string, args ...any) (int64, bool, error) {
	var id int64
	err := t.stmt(name).QueryRowContext(t.ctx, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("%s: %w", name, err)
	}
	return id, true, nil
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// MaxPerDocument is the most events, and the most quotes, one document may
// have: their ids are the document's id shifted left by 16 bits plus their
// index.
const MaxPerDocument = 1 << 16

func rowID(docID int64, idx int) int64 { return docID<<16 | int64(idx) }

// ErrTooMany is returned for a document with more than MaxPerDocument
// events or quotes.
var ErrTooMany = errors.New("too many events or quotes in one document")

func (t *txWriter) putDocument(doc *text.Document) (store.PutResult, error) {
	if len(doc.Events) > MaxPerDocument || len(doc.Quotes) > MaxPerDocument {
		return store.PutResult{}, fmt.Errorf("%w: %d events, %d quotes", ErrTooMany, len(doc.Events), len(doc.Quotes))
	}
	keys := store.KeysOf(doc)
	outlet := store.SourceName(doc.Source, doc.URL)
	docID, ok, err := t.queryID("doc",
		doc.ID, nullString(keys.URL), keys.TextHash, doc.Source, outlet, doc.Title, doc.Byline,
		fmtTime(doc.Date), dayInt(doc.Date), t.added, utf8.RuneCountInString(doc.Text),
		doc.Tone.Tone, doc.Tone.Positive, doc.Tone.Negative, doc.Tone.Polarity, doc.Tone.WordCount, doc.Text)
	if err != nil {
		return store.PutResult{}, err
	}
	if !ok {
		dup := store.DuplicateText
		if keys.URL != "" {
			if _, byURL, err := t.queryID("dupURL", keys.URL); err != nil {
				return store.PutResult{}, err
			} else if byURL {
				dup = store.DuplicateURL
			}
		}
		return store.PutResult{Duplicate: dup}, nil
	}
	for i, s := range doc.Sentences {
		row := []any{docID, i, s.Start, s.End, s.Span.Start, s.Span.End, s.ParagraphStart, nil, nil, nil, nil, nil}
		if i < len(doc.SentenceTone) {
			tn := doc.SentenceTone[i]
			row[7], row[8], row[9], row[10], row[11] = tn.Tone, tn.Positive, tn.Negative, tn.Polarity, tn.WordCount
		}
		t.sentences = append(t.sentences, row)
	}
	shares := t.addClusters(docID, doc, keys, outlet)
	res := store.PutResult{ID: docID, Events: len(doc.Events)}
	for i := range doc.Events {
		e := &doc.Events[i]
		src, err := t.participantActor(e.Source)
		if err != nil {
			return store.PutResult{}, err
		}
		tgt, err := t.participantActor(e.Target)
		if err != nil {
			return store.PutResult{}, err
		}
		if src != nil {
			t.actorEvents[src.(int64)]++
		}
		if tgt != nil && tgt != src {
			t.actorEvents[tgt.(int64)]++
		}
		if shares[i] != nil {
			res.Clustered++
		}
		t.events = append(t.events, eventArgs(docID, i, doc, e, src, tgt, nil))
		t.eventShare = append(t.eventShare, shares[i])
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		speaker, err := t.actorID(q.Speaker.Actor)
		if err != nil {
			return store.PutResult{}, err
		}
		t.quotes = append(t.quotes, []any{rowID(docID, i), docID, i, q.ID, q.Direct, speaker, q.Speaker.Code, q.Speaker.Name,
			q.Speaker.Text, q.Speaker.Span.Start, q.Speaker.Span.End,
			q.Cue.Text, q.Cue.Span.Start, q.Cue.Span.End,
			q.Content.Text, q.Content.Span.Start, q.Content.Span.End})
	}
	for i := range doc.Places {
		p := &doc.Places[i]
		t.places = append(t.places, []any{docID, i, p.Text, p.Span.Start, p.Span.End, p.Name, p.Country, p.Admin1,
			p.Lat, p.Lon, p.GeoNamesID, p.FeatureClass, p.Rule})
	}
	return res, nil
}

// participantActor returns the actor id of p, or nil when p is nil.
func (t *txWriter) participantActor(p *text.Participant) (any, error) {
	if p == nil {
		return nil, nil
	}
	id, err := t.actorID(p.Actor)
	if err != nil {
		return nil, err
	}
	return id, nil
}

func (t *txWriter) actorID(a text.Actor) (int64, error) {
	k := actorKey{a.Code, a.Name, a.Country, string(a.Kind), strings.Join(a.Sectors, " "), a.ID}
	if id, ok := t.w.actors[k]; ok {
		return id, nil
	}
	id, ok, err := t.queryID("actor", k.code, k.name, k.country, k.kind, k.sectors, k.entry)
	if err != nil {
		return 0, err
	}
	if !ok {
		if id, ok, err = t.queryID("actorID", k.code, k.name, k.country, k.kind, k.sectors, k.entry); err != nil {
			return 0, err
		} else if !ok {
			return 0, fmt.Errorf("actor %q: neither inserted nor found", k.code)
		}
	}
	t.w.actors[k] = id
	return id, nil
}

// addClusters adds the document's asserted events to the cluster shares of
// the call and returns the share of each event (nil when not clustered).
func (t *txWriter) addClusters(docID int64, doc *text.Document, keys store.Keys, outlet string) []*clusterShare {
	of := make([]*clusterShare, len(doc.Events))
	toneSum := int64(math.Round(doc.Tone.Tone * 1e6))
	for i := range doc.Events {
		e := &doc.Events[i]
		if !store.Clustered(e) {
			continue
		}
		k := store.KeyOf(e, doc.Date)
		s := t.clusters[k]
		if s == nil {
			s = &clusterShare{key: k, root: e.CAMEO.Root, quad: e.CAMEO.QuadClass, goldstein: e.CAMEO.Goldstein}
			t.clusters[k] = s
			t.shares = append(t.shares, s)
		}
		s.mentions++
		of[i] = s
		if s.lastDoc == docID {
			continue // the document's first mention of the key is already counted
		}
		s.lastDoc = docID
		seen := doc.Date
		if seen.IsZero() {
			seen = k.Day
		}
		st := fmtTime(seen)
		// Publication time, then the text hash, which is unique, then the
		// position in the document.
		order := st + "|" + keys.TextHash[:16] + "|" + pad(i)
		if s.docs == 0 || order < s.repOrder {
			s.repDoc, s.repIdx, s.repOrder = docID, i, order
		}
		if s.docs == 0 || st < s.first {
			s.first = st
		}
		if s.docs == 0 || st > s.last {
			s.last = st
		}
		s.docs++
		s.toneSum += toneSum
		if !slices.Contains(s.outlets, outlet) {
			s.outlets = append(s.outlets, outlet)
		}
	}
	return of
}

// flush writes the clusters, then the gathered rows.
func (t *txWriter) flush() error {
	if err := t.flushClusters(); err != nil {
		return err
	}
	clusterCol := len(eventColumns) - 1
	for i, s := range t.eventShare {
		if s != nil {
			t.events[i][clusterCol] = s.id
		}
	}
	for _, tbl := range []struct {
		name string
		rows [][]any
	}{
		{"sentences", t.sentences},
		{"events", t.events},
		{"quotes", t.quotes},
		{"places", t.places},
	} {
		if err := t.insertRows(tbl.name, tbl.rows, nil); err != nil {
			return err
		}
	}
	for id, n := range t.actorEvents {
		if _, err := t.exec("actorEvents", n, id); err != nil {
			return err
		}
	}
	return nil
}

// flushClusters upserts the clusters of the call in the order they first
// appeared (so that new clusters get ids in input order), records their
// outlets and recounts them.
func (t *txWriter) flushClusters() error {
	if len(t.shares) == 0 {
		return nil
	}
	rows := make([][]any, len(t.shares))
	for i, s := range t.shares {
		rows[i] = []any{s.key.Source, s.key.Target, s.key.Code, dayInt(s.key.Day),
			s.root, s.quad, s.goldstein, s.mentions, s.docs, 0, s.first, s.last, s.toneSum,
			rowID(s.repDoc, s.repIdx), s.repOrder, t.added}
	}
	err := t.insertRows("clusters", rows, func(r *sql.Rows) error {
		var id int64
		var k store.ClusterKey
		var day int
		if err := r.Scan(&id, &k.Source, &k.Target, &k.Code, &day); err != nil {
			return err
		}
		k.Day = dayTime(day)
		s := t.clusters[k]
		if s == nil {
			return fmt.Errorf("upsert returned unknown cluster %s", k)
		}
		s.id = id
		return nil
	})
	if err != nil {
		return err
	}
	var outlets [][]any
	ids := make([]int64, len(t.shares))
	for i, s := range t.shares {
		if s.id == 0 {
			return fmt.Errorf("cluster %s: upsert returned no id", s.key)
		}
		ids[i] = s.id
		for _, o := range s.outlets {
			outlets = append(outlets, []any{s.id, o})
		}
	}
	if err := t.insertRows("cluster_outlets", outlets, nil); err != nil {
		return err
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	_, err = t.exec("clusterOutlets", string(list))
	return err
}

// rowChunks are the row counts of the multi-row INSERT statements: a run of
// rows is written 64 at a time, then the rest by its binary digits, so seven
// statements per table, prepared once, serve every count.
var rowChunks = []int{64, 32, 16, 8, 4, 2, 1}

// bulkTables are the tables written with multi-row INSERTs, and their
// columns.
var bulkTables = map[string]struct {
	cols   []string
	suffix string
}{
	"sentences":       {sentenceColumns, ""},
	"events":          {eventColumns, ""},
	"quotes":          {quoteColumns, ""},
	"places":          {placeColumns, ""},
	"cluster_outlets": {[]string{"cluster_id", "outlet"}, " ON CONFLICT DO NOTHING"},
	// The upsert is a function of the set of mentions only: sums, minima
	// and maxima, and the representative by the least order key.
	"clusters": {clusterColumns, ` ON CONFLICT (src_code, tgt_code, cameo_code, day) DO UPDATE SET
		num_mentions = num_mentions + excluded.num_mentions,
		num_articles = num_articles + excluded.num_articles,
		first_seen = min(first_seen, excluded.first_seen),
		last_seen = max(last_seen, excluded.last_seen),
		tone_sum = tone_sum + excluded.tone_sum,
		rep_event = CASE WHEN excluded.rep_order < rep_order THEN excluded.rep_event ELSE rep_event END,
		rep_order = min(rep_order, excluded.rep_order)
		RETURNING id, src_code, tgt_code, cameo_code, day`},
}

func bulkSQL(table string, n int) string {
	cols := bulkTables[table].cols
	var b strings.Builder
	b.WriteString("INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ")
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	b.WriteString(bulkTables[table].suffix)
	return b.String()
}

func bulkName(table string, n int) string { return table + "/" + strconv.Itoa(n) }

// insertRows inserts rows into table with the multi-row statements. When
// returned is not nil, it is called with each row that the statements
// return.
func (t *txWriter) insertRows(table string, rows [][]any, returned func(*sql.Rows) error) error {
	if len(rows) == 0 {
		return nil
	}
	args := make([]any, 0, min(len(rows), rowChunks[0])*len(rows[0]))
	for _, n := range rowChunks {
		for len(rows) >= n {
			args = args[:0]
			for _, r := range rows[:n] {
				args = append(args, r...)
			}
			name := bulkName(table, n)
			if returned == nil {
				if _, err := t.exec(name, args...); err != nil {
					return err
				}
			} else if err := t.query(name, args, returned); err != nil {
				return err
			}
			rows = rows[n:]
		}
	}
	return nil
}

func (t *txWriter) query(name string, args []any, fn func(*sql.Rows) error) error {
	rows, err := t.stmt(name).QueryContext(t.ctx, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// pad formats n with leading zeros so that text order is numeric order.
func pad(n int) string {
	s := strconv.Itoa(n)
	if len(s) < 9 {
		s = strings.Repeat("0", 9-len(s)) + s
	}
	return s
}

func eventArgs(docID int64, idx int, doc *text.Document, e *text.Event, src, tgt, cluster any) []any {
	var sentText any
	if e.Sentence < 0 || e.Sentence >= len(doc.Sentences) || doc.SpanText(doc.Sentences[e.Sentence].Span) != e.Text {
		sentText = e.Text
	}
	modality := e.Modality
	if modality == "" {
		modality = text.Asserted
	}
	args := make([]any, 0, len(eventColumns))
	args = append(args, rowID(docID, idx), docID, idx, e.ID, e.Group, e.Sentence, sentText,
		dayInt(store.EventDay(e, doc.Date)), fmtTime(e.Date),
		e.CAMEO.Code, e.CAMEO.Root, e.CAMEO.Name, e.CAMEO.Goldstein, e.CAMEO.QuadClass,
		e.PLOVER.Type, e.PLOVER.Mode, strings.Join(e.PLOVER.Context, " "))
	args = appendParticipant(args, src, e.Source)
	args = appendParticipant(args, tgt, e.Target)
	ev := &e.Evidence
	args = append(args, string(modality), ev.Verb.Text, ev.Verb.Span.Start, ev.Verb.Span.End, ev.Rule, ev.Quote,
		fmtTime(ev.Date.Value), ev.Date.Granularity, ev.Date.Text, ev.Date.Span.Start, ev.Date.Span.End, ev.Date.Rule)
	if p := e.Place; p != nil {
		args = append(args, p.Text, p.Span.Start, p.Span.End, p.Name, p.Country, p.Admin1, p.Lat, p.Lon,
			p.GeoNamesID, p.FeatureClass, p.Rule)
	} else {
		args = append(args, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil)
	}
	args = append(args, e.Tone.Tone, e.Tone.Positive, e.Tone.Negative, e.Tone.Polarity, e.Tone.WordCount,
		doc.Tone.Tone, cluster)
	return args
}

func appendParticipant(args []any, actor any, p *text.Participant) []any {
	if p == nil {
		return append(args, nil, "", "", "", 0, 0)
	}
	return append(args, actor, p.Code, p.Country, p.Text, p.Span.Start, p.Span.End)
}
