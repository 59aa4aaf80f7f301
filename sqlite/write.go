package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// The columns written to each table, in the order the rows are gathered.
var (
	// The id is left to SQLite, which gives max(id)+1 (see nextEvent):
	// an INSERT that gives the INTEGER PRIMARY KEY of several rows makes
	// SQLite keep a statement journal, a copy of every page it changes.
	eventColumns = []string{
		"doc_id", "idx", "sentence", "sent_start", "sent_end", "in_lead", "sent_text", "day",
		"cameo_code", "cameo_root", "quad", "goldstein", "modality",
		"src_actor", "src_code", "src_country", "tgt_actor", "tgt_code", "tgt_country",
		"place_name", "place_country", "place_lat", "place_lon", "doc_tone", "cluster_id", "detail",
	}
	// eventClusterCol is the position of cluster_id, filled in once the
	// clusters are written.
	eventClusterCol = slices.Index(eventColumns, "cluster_id")

	clusterColumns = []string{
		"src_code", "tgt_code", "cameo_code", "day", "cameo_root", "quad", "goldstein",
		"num_mentions", "num_articles", "num_sources", "first_seen", "last_seen", "tone_sum",
		"rep_event", "rep_order", "added",
	}
	quoteColumns = []string{
		"id", "doc_id", "idx", "quote_key", "direct", "speaker_actor", "speaker_code", "speaker_name",
		"speaker_text", "speaker_start", "speaker_end", "cue_text", "cue_start", "cue_end",
		"content_text", "content_start", "content_end",
	}
	annotationColumns = []string{"doc_id", "event_start", "event_count", "sentences", "places"}
	outletColumns     = []string{"cluster_id", "outlet"}
	dayTotalColumns   = []string{"day", "modality", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum"}
	dyadTotalColumns  = []string{
		"src_code", "tgt_code", "src_country", "tgt_country", "quad", "events", "goldstein_sum", "first_day", "last_day",
	}
	dyadDayColumns = []string{
		"src_code", "tgt_code", "day", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "tone_sum",
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
	"dupURL":    "SELECT 1 FROM documents WHERE url = ?",
	"lastEvent": "SELECT coalesce(max(id), 0) FROM events",
	// The first event of an empty table, whose id is given.
	"firstEvent": insertSQL("events", append([]string{"id"}, eventColumns...), ""),
	"actor": insertSQL("actors", []string{"code", "name", "country", "kind", "sectors", "entry"},
		" ON CONFLICT DO NOTHING RETURNING id"),
	"actorID":     "SELECT id FROM actors WHERE code = ? AND name = ? AND country = ? AND kind = ? AND sectors = ? AND entry = ?",
	"actorEvents": "UPDATE actors SET events = events + ? WHERE id = ?",
	"totals": `INSERT OR FAIL INTO totals (name, n) VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?)
		ON CONFLICT (name) DO UPDATE SET n = n + excluded.n`,
	// Adds to the outlet counts of clusters stored before this call:
	// [[cluster id, new outlets], ...].
	"addSources": `UPDATE OR FAIL clusters SET num_sources = num_sources + n.added
		FROM (SELECT value ->> 0 AS id, value ->> 1 AS added FROM json_each(?)) AS n
		WHERE clusters.id = n.id`,
}

// bulkTables are the tables written with multi-row INSERTs: their columns
// and what follows the VALUES.
var bulkTables = map[string]struct {
	cols   []string
	suffix string
}{
	"events":          {eventColumns, ""},
	"quotes":          {quoteColumns, ""},
	"doc_annotations": {annotationColumns, ""},
	// Only the outlets new to their cluster come back.
	"cluster_outlets": {outletColumns, " ON CONFLICT DO NOTHING RETURNING cluster_id"},
	// The upserts are functions of the set of mentions only: sums, minima
	// and maxima, and the representative by the least order key. A new
	// cluster's num_sources is right as inserted; an existing one's is
	// raised by addSources.
	"clusters": {clusterColumns, ` ON CONFLICT (day, src_code, tgt_code, cameo_code) DO UPDATE SET
		num_mentions = num_mentions + excluded.num_mentions,
		num_articles = num_articles + excluded.num_articles,
		first_seen = min(first_seen, excluded.first_seen),
		last_seen = max(last_seen, excluded.last_seen),
		tone_sum = tone_sum + excluded.tone_sum,
		rep_event = CASE WHEN excluded.rep_order < rep_order THEN excluded.rep_event ELSE rep_event END,
		rep_order = min(rep_order, excluded.rep_order)
		RETURNING id, src_code, tgt_code, cameo_code, day, num_articles`},
	// The summaries are sums, minima and maxima too (see migration 3).
	"day_totals": {dayTotalColumns, ` ON CONFLICT (day, modality) DO UPDATE SET
		events = events + excluded.events,
		quad1 = quad1 + excluded.quad1, quad2 = quad2 + excluded.quad2,
		quad3 = quad3 + excluded.quad3, quad4 = quad4 + excluded.quad4,
		goldstein_sum = goldstein_sum + excluded.goldstein_sum`},
	"dyad_totals": {dyadTotalColumns, ` ON CONFLICT (src_code, tgt_code, src_country, tgt_country, quad) DO UPDATE SET
		events = events + excluded.events,
		goldstein_sum = goldstein_sum + excluded.goldstein_sum,
		first_day = CASE WHEN first_day = 0 THEN excluded.first_day WHEN excluded.first_day = 0 THEN first_day
			ELSE min(first_day, excluded.first_day) END,
		last_day = max(last_day, excluded.last_day)`},
	"dyad_days": {dyadDayColumns, ` ON CONFLICT (src_code, tgt_code, day) DO UPDATE SET
		events = events + excluded.events,
		quad1 = quad1 + excluded.quad1, quad2 = quad2 + excluded.quad2,
		quad3 = quad3 + excluded.quad3, quad4 = quad4 + excluded.quad4,
		goldstein_sum = goldstein_sum + excluded.goldstein_sum,
		tone_sum = tone_sum + excluded.tone_sum`},
}

// rowChunks are the row counts of the multi-row INSERT statements: a run of
// rows is written 64 at a time, then the rest by its binary digits, so seven
// statements per table, prepared once, serve every count.
var rowChunks = []int{64, 32, 16, 8, 4, 2, 1}

func bulkSQL(table string, n int) string {
	cols := bulkTables[table].cols
	var b strings.Builder
	// OR FAIL: a failing statement leaves the rows it wrote, which saves
	// SQLite the statement journal (a copy of every page it changes); the
	// transaction is rolled back whole anyway.
	b.WriteString("INSERT OR FAIL INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ")
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

// writer holds the statements of the write path, prepared on the driver's
// connection (see PutDocuments), a cache of actor ids, which is dropped
// whenever a transaction fails, and buffers reused from one transaction to
// the next.
type writer struct {
	conn   any // the driver connection the statements belong to
	stmts  map[string]driver.Stmt
	actors map[actorKey]int64
	json   []byte
	args   []driver.NamedValue
	// The additions of a call to the summary tables.
	days     summaryRows[dayTotalKey]
	dyads    summaryRows[dyadTotalKey]
	dyadDays summaryRows[dyadDayKey]
}

type actorKey struct {
	code, name, country, kind, sectors, entry string
}

// rawConn is what the write path needs of the driver's connection.
type rawConn interface {
	driver.ConnPrepareContext
	driver.ConnBeginTx
}

// prepare prepares the statements on dc unless they already are.
func (w *writer) prepare(ctx context.Context, dc any) error {
	if w.conn == dc {
		return nil
	}
	c, ok := dc.(rawConn)
	if !ok {
		return fmt.Errorf("sqlite driver connection %T cannot prepare statements", dc)
	}
	// Statements of an earlier connection went with it.
	w.conn, w.stmts = nil, make(map[string]driver.Stmt, len(writeSQL)+len(bulkTables)*len(rowChunks))
	queries := maps.Clone(writeSQL)
	for table := range bulkTables {
		for _, n := range rowChunks {
			queries[bulkName(table, n)] = bulkSQL(table, n)
		}
	}
	for name, q := range queries {
		st, err := c.PrepareContext(ctx, q)
		if err != nil {
			w.closeStmts()
			return fmt.Errorf("prepare %s: %w", name, err)
		}
		w.stmts[name] = st
	}
	w.conn = dc
	return nil
}

func (w *writer) closeStmts() error {
	var errs []error
	for _, st := range w.stmts {
		errs = append(errs, st.Close())
	}
	w.stmts, w.conn = nil, nil
	return errors.Join(errs...)
}

// close closes the statements, on the connection they belong to.
func (w *writer) close(db *sql.DB) error {
	if w.stmts == nil {
		return nil
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		if dc != w.conn {
			w.stmts, w.conn = nil, nil // gone with their connection
			return nil
		}
		return w.closeStmts()
	})
}

// totals returns the fields of s by their row in the table totals.
func totals(s *store.Stats) map[string]*int {
	return map[string]*int{"documents": &s.Documents, "sentences": &s.Sentences, "events": &s.Events,
		"clusters": &s.Clusters, "quotes": &s.Quotes, "places": &s.Places, "actors": &s.Actors}
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
//
// The transaction runs on the driver's connection itself (sql.Conn.Raw):
// multi-row statements with thousands of arguments cost database/sql, which
// converts and copies every argument of every call, about as much as
// SQLite's own work.
func (db *DB) PutDocuments(ctx context.Context, docs []*text.Document) ([]store.PutResult, error) {
	keys := make([]store.Keys, len(docs))
	for i, doc := range docs {
		keys[i] = store.KeysOf(doc)
	}
	return db.PutKeyedDocuments(ctx, docs, keys)
}

// PutKeyedDocuments implements store.KeyedWriter.
func (db *DB) PutKeyedDocuments(ctx context.Context, docs []*text.Document, keys []store.Keys) ([]store.PutResult, error) {
	if len(keys) != len(docs) {
		return nil, fmt.Errorf("store: %d documents, %d keys", len(docs), len(keys))
	}
	if db.write == nil {
		return nil, ErrReadOnly
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.w == nil {
		db.w = &writer{actors: make(map[actorKey]int64)}
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer conn.Close()
	var res []store.PutResult
	err = conn.Raw(func(dc any) error {
		if err := db.w.prepare(ctx, dc); err != nil {
			return err
		}
		res, err = db.put(ctx, dc.(rawConn), docs, keys)
		return err
	})
	if err != nil {
		clear(db.w.actors)
		return nil, err
	}
	db.ckpt.committed()
	return res, nil
}

func (db *DB) put(ctx context.Context, c rawConn, docs []*text.Document, keys []store.Keys) ([]store.PutResult, error) {
	tx, err := c.BeginTx(ctx, driver.TxOptions{})
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			tx.Rollback()
		}
	}()
	var events, quotes int
	for _, d := range docs {
		events += len(d.Events)
		quotes += len(d.Quotes)
	}
	t := &txWriter{ctx: ctx, db: db, w: db.w, now: fmtTime(db.opts.Now()), json: db.w.json[:0],
		events:      make([]any, 0, events*len(eventColumns)),
		eventShare:  make([]*clusterShare, 0, events),
		quotes:      make([]any, 0, quotes*len(quoteColumns)),
		annotations: make([]any, 0, len(docs)*len(annotationColumns)),
		clusters:    make(map[store.ClusterKey]*clusterShare, events),
		actorEvents: map[int64]int{}}
	db.w.days.reset()
	db.w.dyads.reset()
	db.w.dyadDays.reset()
	res := make([]store.PutResult, len(docs))
	for i, doc := range docs {
		if res[i], err = t.putDocument(doc, keys[i]); err != nil {
			return nil, fmt.Errorf("store document %q: %w", doc.ID, err)
		}
	}
	if err := t.flush(); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	committed = true
	if cap(t.json) <= 4<<20 {
		db.w.json = t.json
	}
	return res, nil
}

// txWriter writes one PutDocuments call inside one transaction. Documents
// are inserted one by one (their ids are needed and duplicates must be
// seen at once); the rows they bring and their additions to clusters are
// gathered and written at the end with multi-row statements, which costs
// far less per row.
type txWriter struct {
	ctx context.Context
	db  *DB
	w   *writer
	now string // the storage time
	// encoded is the scratch of a document that was not prepared (see
	// DB.Prepare).
	encoded encoded

	// The gathered rows of each table, their values one after another.
	// JSON values are jsonRefs into json until flush.
	events, quotes, annotations []any
	json                        []byte
	// eventShare holds the cluster share of each gathered event, or nil.
	eventShare []*clusterShare
	// nextEvent is the id SQLite will give the next event: ids are
	// max(id)+1, read once per call, and the events are inserted in the
	// order they are gathered.
	nextEvent int64
	// lastInsert is the id of the last event inserted; firstID is set when
	// the table was empty, and the first event's id must be given.
	lastInsert int64
	firstID    bool

	clusters map[store.ClusterKey]*clusterShare
	shares   []*clusterShare // in order of first appearance

	actorEvents map[int64]int
	// added counts the rows the call adds, for the table totals.
	added store.Stats
}

// jsonRef locates a JSON value in txWriter.json.
type jsonRef struct{ start, end int }

// clusterShare is what the documents of one call add to one cluster.
type clusterShare struct {
	key            store.ClusterKey
	root           string
	quad           int
	goldstein      float64
	mentions, docs int
	toneSum        int64
	first, last    string // seen times
	repEvent       int64  // id of the representative mention
	repOrder       string
	outlets        []string
	lastDoc        int64 // the first event id of the last document counted
	id             int64
	existed        bool // the cluster was stored before this call
}

// dayTotalKey is the key of a row of day_totals.
type dayTotalKey struct {
	day      int64
	modality string
}

// dyadTotalKey is the key of a row of dyad_totals.
type dyadTotalKey struct {
	src, tgt, srcCountry, tgtCountry string
	quad                             int64
}

// dyadDayKey is the key of a row of dyad_days.
type dyadDayKey struct {
	src, tgt string
	day      int64
}

// eventTotals is what the events of one call add to a row of a summary
// table.
type eventTotals struct {
	events    int64
	quad      [5]int64 // by QuadClass, for day_totals and dyad_days
	goldstein int64    // millionths
	tone      int64    // 10⁻¹⁰, for dyad_days
	// first and last event day, first ignoring unknown days (0), for
	// dyad_totals.
	first, last int64
}

func (s *eventTotals) add(day int64, quad int, goldstein int64) {
	s.events++
	if quad >= 1 && quad <= 4 {
		s.quad[quad]++
	}
	s.goldstein += goldstein
	if day != 0 && (s.first == 0 || day < s.first) {
		s.first = day
	}
	s.last = max(s.last, day)
}

// summaryRows gathers the rows of a summary table, by key, in order of
// first appearance; its memory is reused from one call to the next.
type summaryRows[K comparable] struct {
	at     map[K]int
	keys   []K
	totals []eventTotals
}

func (r *summaryRows[K]) reset() {
	if r.at == nil {
		r.at = map[K]int{}
	}
	clear(r.at)
	r.keys, r.totals = r.keys[:0], r.totals[:0]
}

// row returns the totals of key k, adding them when new.
func (r *summaryRows[K]) row(k K) *eventTotals {
	i, ok := r.at[k]
	if !ok {
		i = len(r.keys)
		r.at[k] = i
		r.keys = append(r.keys, k)
		r.totals = append(r.totals, eventTotals{})
	}
	return &r.totals[i]
}

// Units of the integer sums of the summaries.
const (
	goldsteinScale = 1e6  // millionths
	toneScale      = 1e10 // 10⁻¹⁰: a mean tone is off by less than 10⁻¹⁰
)

// scaled returns x·unit rounded half away from zero, computed exactly as
// SQLite's CAST(round(x * unit) AS INTEGER), which the migration that made
// the summaries of existing events used.
func scaled(x, unit float64) int64 {
	r := x * unit
	const whole = 1 << 52 // from here on a double has no fraction, and round leaves it
	switch {
	case r > -whole && r < whole:
		if r < 0 {
			return -int64(-r + 0.5)
		}
		return int64(r + 0.5)
	case r != r: // NaN
		return 0
	case r >= math.MaxInt64:
		return math.MaxInt64
	case r <= math.MinInt64:
		return math.MinInt64
	}
	return int64(r)
}

// addTotals adds an event of a document of tone docTone to the summaries
// of the call.
func (t *txWriter) addTotals(day int64, modality text.Modality, e *text.Event, docTone float64) {
	quad, gold := e.CAMEO.QuadClass, scaled(e.CAMEO.Goldstein, goldsteinScale)
	t.w.days.row(dayTotalKey{day, string(modality)}).add(day, quad, gold)
	if modality != text.Asserted {
		return
	}
	var k dyadTotalKey
	k.src, k.srcCountry = side(e.Source)
	k.tgt, k.tgtCountry = side(e.Target)
	k.quad = int64(quad)
	t.w.dyads.row(k).add(day, quad, gold)
	dd := t.w.dyadDays.row(dyadDayKey{k.src, k.tgt, day})
	dd.add(day, quad, gold)
	dd.tone += scaled(docTone, toneScale)
}

// side returns the code and country of p, empty when p is nil.
func side(p *text.Participant) (code, country string) {
	if p == nil {
		return "", ""
	}
	return p.Code, p.Country
}

// argCache makes each distinct value a statement argument once.
type argCache[T comparable] map[T]any

func (c argCache[T]) arg(v T) any {
	a, ok := c[v]
	if !ok {
		a = v
		c[v] = a
	}
	return a
}

// flushTotals adds the call's summaries to the summary tables.
func (t *txWriter) flushTotals() error {
	days, dyads, dyadDays := &t.w.days, &t.w.dyads, &t.w.dyadDays
	// The keys repeat from row to row: each is made a statement argument
	// (an interface value, which costs an allocation) once.
	strs, ints := argCache[string]{}, argCache[int64]{}
	str, num := strs.arg, ints.arg
	rows := make([]any, 0, max(len(days.keys)*len(dayTotalColumns), len(dyadDays.keys)*len(dyadDayColumns)))
	for i, k := range days.keys {
		s := &days.totals[i]
		rows = append(rows, num(k.day), str(k.modality), s.events, s.quad[1], s.quad[2], s.quad[3], s.quad[4], s.goldstein)
	}
	if err := t.insertRows("day_totals", rows, nil); err != nil {
		return err
	}
	rows = rows[:0]
	for i, k := range dyads.keys {
		s := &dyads.totals[i]
		rows = append(rows, str(k.src), str(k.tgt), str(k.srcCountry), str(k.tgtCountry), k.quad, s.events, s.goldstein,
			num(s.first), num(s.last))
	}
	if err := t.insertRows("dyad_totals", rows, nil); err != nil {
		return err
	}
	rows = rows[:0]
	for i, k := range dyadDays.keys {
		s := &dyadDays.totals[i]
		rows = append(rows, str(k.src), str(k.tgt), num(k.day), s.events, s.quad[1], s.quad[2], s.quad[3], s.quad[4],
			s.goldstein, s.tone)
	}
	return t.insertRows("dyad_days", rows, nil)
}

// namedArgs returns vals as the arguments of a statement, in a buffer
// reused from call to call. The values must be driver.Values: int64,
// float64, bool, string, []byte or nil.
func (t *txWriter) namedArgs(vals []any) []driver.NamedValue {
	args := t.w.args[:0]
	for i, v := range vals {
		args = append(args, driver.NamedValue{Ordinal: i + 1, Value: v})
	}
	t.w.args = args
	return args
}

func (t *txWriter) exec(name string, vals ...any) (driver.Result, error) {
	res, err := t.w.stmts[name].(driver.StmtExecContext).ExecContext(t.ctx, t.namedArgs(vals))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// query runs a statement and calls fn with each row it returns; row is
// reused from one call to the next.
func (t *txWriter) query(name string, vals []any, fn func(row []driver.Value) error) error {
	rows, err := t.w.stmts[name].(driver.StmtQueryContext).QueryContext(t.ctx, t.namedArgs(vals))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer rows.Close()
	row := make([]driver.Value, len(rows.Columns()))
	for {
		err := rows.Next(row)
		if err == io.EOF {
			return nil
		}
		if err == nil {
			err = fn(row)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
}

// queryID runs a statement that returns at most one integer.
func (t *txWriter) queryID(name string, vals ...any) (id int64, found bool, err error) {
	err = t.query(name, vals, func(row []driver.Value) error {
		id, found = row[0].(int64)
		if !found {
			return fmt.Errorf("got %T, want an integer", row[0])
		}
		return nil
	})
	return id, found, err
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// MaxPerDocument is the most events, and the most quotes, one document may
// have: quote ids are the document's id shifted left by 16 bits plus their
// index.
const MaxPerDocument = 1 << 16

func rowID(docID int64, idx int) int64 { return docID<<16 | int64(idx) }

// ErrTooMany is returned for a document with more than MaxPerDocument
// events or quotes.
var ErrTooMany = errors.New("too many events or quotes in one document")

func (t *txWriter) putDocument(doc *text.Document, keys store.Keys) (store.PutResult, error) {
	if len(doc.Events) > MaxPerDocument || len(doc.Quotes) > MaxPerDocument {
		return store.PutResult{}, fmt.Errorf("%w: %d events, %d quotes", ErrTooMany, len(doc.Events), len(doc.Quotes))
	}
	enc := t.db.takePrepared(doc)
	outlet := store.SourceName(doc.Source, doc.URL)
	docID, ok, err := t.queryID("doc",
		doc.ID, nullString(keys.URL), keys.TextHash, doc.Source, outlet, doc.Title, doc.Byline,
		fmtTime(doc.Date), int64(dayInt(doc.Date)), t.now, int64(utf8.RuneCountInString(doc.Text)),
		doc.Tone.Tone, doc.Tone.Positive, doc.Tone.Negative, doc.Tone.Polarity, int64(doc.Tone.WordCount), doc.Text)
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
	if t.nextEvent == 0 {
		last, _, err := t.queryID("lastEvent")
		if err != nil {
			return store.PutResult{}, err
		}
		// Event ids start at 65536, as those of schema version 1 (the
		// first document's id shifted left by 16 bits) did.
		t.nextEvent, t.firstID = last+1, last == 0
		if t.firstID {
			t.nextEvent = 1 << 16
		}
	}
	if enc == nil || len(enc.details) != len(doc.Events) || len(enc.speakers) != len(doc.Quotes) {
		// Not prepared, or changed since (against Prepare's contract).
		t.encoded.encode(doc)
		enc = &t.encoded
	}
	firstEvent := t.nextEvent
	t.nextEvent += int64(len(doc.Events))
	t.added.Documents++
	t.added.Sentences += len(doc.Sentences)
	t.added.Events += len(doc.Events)
	t.added.Quotes += len(doc.Quotes)
	t.added.Places += len(doc.Places)
	base := len(t.json)
	t.json = append(t.json, enc.json...)
	at := func(r jsonRef) jsonRef { return jsonRef{base + r.start, base + r.end} }
	t.annotations = append(t.annotations, docID, firstEvent, int64(len(doc.Events)), at(enc.sentences), at(enc.places))
	shares := t.addClusters(firstEvent, doc, keys, outlet)
	res := store.PutResult{ID: docID, Events: len(doc.Events)}
	cols := len(eventColumns)
	for i := range doc.Events {
		e := &doc.Events[i]
		row := enc.eventRows[i*cols : (i+1)*cols]
		row[eventDocCol], row[eventDetailCol] = docID, at(enc.details[i])
		var src, tgt int64
		if e.Source != nil {
			if src, err = t.actorID(enc.src[i]); err != nil {
				return store.PutResult{}, err
			}
			row[eventSrcCol] = src
			t.actorEvents[src]++
		}
		if e.Target != nil {
			if tgt, err = t.actorID(enc.tgt[i]); err != nil {
				return store.PutResult{}, err
			}
			row[eventTgtCol] = tgt
			if e.Source == nil || tgt != src {
				t.actorEvents[tgt]++
			}
		}
		if shares[i] != nil {
			res.Clustered++
		}
		t.addTotals(enc.days[i], modalityOf(e), e, doc.Tone.Tone)
		t.events = append(t.events, row...)
		t.eventShare = append(t.eventShare, shares[i])
	}
	cols = len(quoteColumns)
	for i := range doc.Quotes {
		speaker, err := t.actorID(enc.speakers[i])
		if err != nil {
			return store.PutResult{}, err
		}
		row := enc.quoteRows[i*cols : (i+1)*cols]
		row[quoteIDCol], row[quoteDocCol], row[quoteSpeakerCol] = rowID(docID, i), docID, speaker
		t.quotes = append(t.quotes, row...)
	}
	return res, nil
}

// sentenceSpan returns the span of the sentence of e, clamped to the text
// as Document.SpanText clamps it; [0, 0] when the index is out of range.
func sentenceSpan(doc *text.Document, e *text.Event) text.Span {
	if e.Sentence < 0 || e.Sentence >= len(doc.Sentences) {
		return text.Span{}
	}
	s := doc.Sentences[e.Sentence].Span
	lo, hi := max(0, s.Start), min(len(doc.Text), s.End)
	if hi <= lo {
		return text.Span{}
	}
	return text.Span{Start: lo, End: hi}
}

// appendParticipant appends the columns of participant p (nil for none):
// its actor's id, which the transaction fills in, its code and country.
func appendParticipant(args []any, p *text.Participant) []any {
	if p == nil {
		return append(args, nil, "", "")
	}
	return append(args, nil, p.Code, p.Country)
}

// actorID returns the id of the actor of key k, inserting the actor when
// it is new.
func (t *txWriter) actorID(k actorKey) (int64, error) {
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
	} else {
		t.added.Actors++
	}
	t.w.actors[k] = id
	return id, nil
}

// addClusters adds the document's asserted events, whose ids start at
// firstEvent, to the cluster shares of the call and returns the share of
// each event (nil when not clustered).
func (t *txWriter) addClusters(firstEvent int64, doc *text.Document, keys store.Keys, outlet string) []*clusterShare {
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
		if s.lastDoc == firstEvent {
			continue // the document's first mention of the key is already counted
		}
		s.lastDoc = firstEvent
		seen := doc.Date
		if seen.IsZero() {
			seen = k.Day
		}
		st := fmtTime(seen)
		// Publication time, then the text hash, which is unique, then the
		// position in the document.
		order := st + "|" + keys.TextHash[:16] + "|" + pad(i)
		if s.docs == 0 || order < s.repOrder {
			s.repEvent, s.repOrder = firstEvent+int64(i), order
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
	for i, s := range t.eventShare {
		if s != nil {
			t.events[i*len(eventColumns)+eventClusterCol] = s.id
		}
	}
	// One string holds every JSON value of the call.
	all := string(t.json)
	for _, tbl := range []struct {
		name string
		rows []any
	}{
		{"doc_annotations", t.annotations},
		{"events", t.events},
		{"quotes", t.quotes},
	} {
		for i, v := range tbl.rows {
			if r, ok := v.(jsonRef); ok {
				tbl.rows[i] = all[r.start:r.end]
			}
		}
		rows := tbl.rows
		if tbl.name == "events" && t.firstID && len(rows) > 0 {
			first := rows[:len(eventColumns)]
			if _, err := t.exec("firstEvent", append([]any{t.nextEvent - int64(len(t.eventShare))}, first...)...); err != nil {
				return err
			}
			rows = rows[len(eventColumns):]
			t.lastInsert = t.nextEvent - int64(len(t.eventShare))
		}
		if err := t.insertRows(tbl.name, rows, nil); err != nil {
			return err
		}
	}
	if len(t.eventShare) > 0 && t.lastInsert != t.nextEvent-1 {
		return fmt.Errorf("store events: ids end at %d, want %d", t.lastInsert, t.nextEvent-1)
	}
	if err := t.flushTotals(); err != nil {
		return err
	}
	for _, id := range slices.Sorted(maps.Keys(t.actorEvents)) {
		if _, err := t.exec("actorEvents", int64(t.actorEvents[id]), id); err != nil {
			return err
		}
	}
	if t.added != (store.Stats{}) {
		var args []any
		for name, n := range totals(&t.added) {
			args = append(args, name, int64(*n))
		}
		if _, err := t.exec("totals", args...); err != nil {
			return err
		}
	}
	return nil
}

// flushClusters upserts the clusters of the call in the order they first
// appeared (so that new clusters get ids in input order), records their
// outlets and adds the new ones to the clusters stored before.
func (t *txWriter) flushClusters() error {
	if len(t.shares) == 0 {
		return nil
	}
	rows := make([]any, 0, len(t.shares)*len(clusterColumns))
	for _, s := range t.shares {
		rows = append(rows, s.key.Source, s.key.Target, s.key.Code, int64(dayInt(s.key.Day)),
			s.root, int64(s.quad), s.goldstein, int64(s.mentions), int64(s.docs), int64(len(s.outlets)), s.first, s.last, s.toneSum,
			s.repEvent, s.repOrder, t.now)
	}
	err := t.insertRows("clusters", rows, func(r []driver.Value) error {
		id, _ := r[0].(int64)
		src, _ := r[1].(string)
		tgt, _ := r[2].(string)
		code, _ := r[3].(string)
		day, _ := r[4].(int64)
		articles, _ := r[5].(int64)
		k := store.ClusterKey{Source: src, Target: tgt, Code: code, Day: dayTime(int(day))}
		s := t.clusters[k]
		if s == nil {
			return fmt.Errorf("upsert returned unknown cluster %s", k)
		}
		// A cluster inserted now counts exactly this call's articles.
		s.id, s.existed = id, articles != int64(s.docs)
		if !s.existed {
			t.added.Clusters++
		}
		return nil
	})
	if err != nil {
		return err
	}
	byID := make(map[int64]*clusterShare, len(t.shares))
	var outlets []any
	for _, s := range t.shares {
		if s.id == 0 {
			return fmt.Errorf("cluster %s: upsert returned no id", s.key)
		}
		byID[s.id] = s
		for _, o := range s.outlets {
			outlets = append(outlets, s.id, o)
		}
	}
	added := map[int64]int{}
	err = t.insertRows("cluster_outlets", outlets, func(r []driver.Value) error {
		id, _ := r[0].(int64)
		if s := byID[id]; s != nil && s.existed {
			added[id]++
		}
		return nil
	})
	if err != nil || len(added) == 0 {
		return err
	}
	list := []byte{'['}
	for _, id := range slices.Sorted(maps.Keys(added)) {
		if len(list) > 1 {
			list = append(list, ',')
		}
		list = fmt.Appendf(list, "[%d,%d]", id, added[id])
	}
	list = append(list, ']')
	_, err = t.exec("addSources", string(list))
	return err
}

// insertRows inserts rows, the values of each row after another, into
// table with the multi-row statements. When returned is not nil, it is
// called with each row that the statements return.
func (t *txWriter) insertRows(table string, rows []any, returned func([]driver.Value) error) error {
	cols := len(bulkTables[table].cols)
	for _, n := range rowChunks {
		for len(rows) >= n*cols {
			name := bulkName(table, n)
			args := rows[:n*cols]
			if returned == nil {
				res, err := t.exec(name, args...)
				if err != nil {
					return err
				}
				if table == "events" {
					if t.lastInsert, err = res.LastInsertId(); err != nil {
						return fmt.Errorf("%s: %w", name, err)
					}
				}
			} else if err := t.query(name, args, returned); err != nil {
				return err
			}
			rows = rows[n*cols:]
		}
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
