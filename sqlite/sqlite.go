package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/parleyproject/parley/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Options configure a database. The zero value is ready to use.
type Options struct {
	// ReadOnly opens the database for queries only; PutDocuments fails and
	// no migration is applied (the schema must be current).
	ReadOnly bool
	// CacheMiB is the page cache of the write connection in MiB (default
	// 64); ReadCacheMiB that of each read connection (default CacheMiB).
	// A cache takes up to about twice its size in memory: each page is
	// allocated with SQLite's bookkeeping in a block of twice the page size.
	CacheMiB, ReadCacheMiB int
	// Readers is the number of connections for queries (default 4).
	Readers int
	// Now returns the time stored as a document's and cluster's "added"
	// time; nil means time.Now.
	Now func() time.Time
}

// DB is a Parley store in one SQLite file. Writes go through one connection,
// serialised by a mutex; queries use a pool of read connections, which WAL
// lets run while a write is in progress.
type DB struct {
	path string
	opts Options
	read *sql.DB
	// write is nil when the database was opened read-only.
	write *sql.DB

	mu sync.Mutex // serialises writes and guards w
	w  *writer
	// ckpt is nil when the database was opened read-only.
	ckpt *checkpointer
	// prepared holds what Prepare built of documents not yet put (an
	// *encoded), by *text.Document.
	prepared sync.Map
}

var (
	_ store.Store    = (*DB)(nil)
	_ store.Preparer = (*DB)(nil)
)

// ErrSchemaTooNew is returned by Open when the database was written by a
// newer Parley whose schema this one does not know.
var ErrSchemaTooNew = errors.New("database schema is newer than this program")

// Open opens or creates the database at path and brings its schema up to
// date (see Migrate).
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if opts.CacheMiB <= 0 {
		opts.CacheMiB = 64
	}
	if opts.ReadCacheMiB <= 0 {
		opts.ReadCacheMiB = opts.CacheMiB
	}
	if opts.Readers <= 0 {
		opts.Readers = 4
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	db := &DB{path: path, opts: opts}
	var err error
	if !opts.ReadOnly {
		db.write, err = sql.Open("sqlite", dsn(path, opts, false))
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		db.write.SetMaxOpenConns(1)
		db.write.SetMaxIdleConns(1)
		db.write.SetConnMaxLifetime(0)
		db.write.SetConnMaxIdleTime(0)
		if err := migrate(ctx, db.write); err != nil {
			db.write.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		if db.ckpt, err = startCheckpointer(path, opts); err != nil {
			db.write.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	db.read, err = sql.Open("sqlite", dsn(path, opts, true))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.read.SetMaxOpenConns(opts.Readers)
	db.read.SetMaxIdleConns(opts.Readers)
	if opts.ReadOnly {
		v, err := schemaVersion(ctx, db.read)
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		if latest := latestVersion(); v != latest {
			db.Close()
			if v > latest {
				return nil, fmt.Errorf("open %s: %w (version %d, know %d)", path, ErrSchemaTooNew, v, latest)
			}
			return nil, fmt.Errorf("open %s: schema version %d, want %d: open it once for writing to migrate", path, v, latest)
		}
	}
	return db, nil
}

// dsn builds the connection string: WAL with synchronous=NORMAL, which
// survives the process being killed at any moment (only a power loss may
// lose the last transactions, never corrupt the file), a busy timeout so
// that readers and the writer wait for each other instead of failing, and
// BEGIN IMMEDIATE for writes so that a write transaction never has to
// upgrade its lock. The writer itself checkpoints the WAL only every 10,000
// pages (about 40 MiB) rather than SQLite's 1,000, which would stall its
// transactions: the checkpointer does it beside them.
func dsn(p string, opts Options, read bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	cache := opts.CacheMiB
	if read {
		cache = opts.ReadCacheMiB
	}
	q.Add("_pragma", "cache_size(-"+strconv.Itoa(cache*1024)+")")
	q.Add("_pragma", "temp_store(MEMORY)")
	if read {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
		q.Add("_pragma", "wal_autocheckpoint(10000)")
	}
	return "file:" + p + "?" + q.Encode()
}

// Close closes the database.
func (db *DB) Close() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	db.prepared.Clear() // documents prepared and never put
	var errs []error
	if db.ckpt != nil {
		errs = append(errs, db.ckpt.close())
		db.ckpt = nil
	}
	if db.w != nil && db.write != nil {
		errs = append(errs, db.w.close(db.write))
		db.w = nil
	}
	if db.read != nil {
		errs = append(errs, db.read.Close())
		db.read = nil
	}
	if db.write != nil {
		// A last checkpoint folds the WAL into the database file.
		_, err := db.write.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		errs = append(errs, err, db.write.Close())
		db.write = nil
	}
	return errors.Join(errs...)
}

// Path returns the database file name.
func (db *DB) Path() string { return db.path }

// migration is one schema change: a file migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		base := strings.TrimSuffix(e.Name(), ".sql")
		num, name, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: want NNNN_name.sql", e.Name())
		}
		b, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: name, sql: string(b)})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %d: versions must run 1, 2, 3... without gaps", m.version)
		}
	}
	return out, nil
}

func latestVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// Migrate brings the schema of the database at path up to date; Open does
// it too. It is safe to run again: applied versions are recorded in the
// table schema_migrations and skipped.
func Migrate(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", dsn(path, Options{CacheMiB: 8}, false))
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	return migrate(ctx, db)
}

// migrate applies, each in its own transaction, the migrations newer than
// the database's version.
func migrate(ctx context.Context, db *sql.DB) error { return migrateTo(ctx, db, 0) }

// migrateTo is migrate up to version target, or to the latest when target
// is 0.
func migrateTo(ctx context.Context, db *sql.DB, target int) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	current, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	if current > len(ms) {
		return fmt.Errorf("%w (version %d, know %d)", ErrSchemaTooNew, current, len(ms))
	}
	if target > 0 && target < len(ms) {
		ms = ms[:target]
	}
	for _, m := range ms[min(current, len(ms)):] {
		if err := applyMigration(ctx, db, m); err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
		}
	}
	return nil
}

func applyMigration(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Another process may have applied it since we looked.
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations WHERE version = ?", m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations(version, name, applied) VALUES (?, ?, ?)",
		m.version, m.name, fmtTime(time.Now())); err != nil {
		return err
	}
	return tx.Commit()
}

func schemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v sql.NullInt64
	err := db.QueryRowContext(ctx, "SELECT max(version) FROM schema_migrations").Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}

// SchemaVersion returns the schema version of the open database.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	return schemaVersion(ctx, db.read)
}

// timeLayout is how times are stored: UTC, to the second, fixed width, so
// that text order is time order.
const timeLayout = "2006-01-02T15:04:05Z"

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// dayInt returns t's UTC day as YYYYMMDD, or 0 for the zero time.
func dayInt(t time.Time) int {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.UTC().Date()
	return y*10000 + int(m)*100 + d
}

// dayTime is the inverse of dayInt.
func dayTime(d int) time.Time {
	if d <= 0 {
		return time.Time{}
	}
	return time.Date(d/10000, time.Month(d/100%100), d%100, 0, 0, 0, 0, time.UTC)
}
