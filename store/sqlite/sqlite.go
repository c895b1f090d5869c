// Package sqlite implements dyad.Store on an SQLite file: articles, the
// events coded from them merged across reports, the mentions that report each
// event, and relation-level facts.
//
// The file runs in WAL mode, so queries go on while articles are written, and
// each article is written in one transaction: a process killed mid-write
// leaves the whole article or none of it. The schema is created and upgraded
// by the SQL files under migration/, embedded in the binary.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path/filepath"
	"sort"
	"sync/atomic"
	"time"

	"github.com/dyadcoder/dyad"

	// The pure-Go SQLite driver, registered as "sqlite".
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

var _ dyad.Store = (*Store)(nil)

//go:embed migration/*.sql
var migrations embed.FS

// busyTimeout is how long, in milliseconds, a connection waits for another
// writer (in this process or another) before giving up with SQLITE_BUSY.
const busyTimeout = 10000

// mmapSize (bytes) and cacheKiB bound, for each connection, the part of the
// file read through a memory map and the page cache. Reads go through the
// map, so the cache holds mostly the pages a writer changes: 8 MiB spent 8%
// less CPU than 32 MiB ingesting 12,500 articles (each page of a larger
// cache is allocated afresh and freed when another connection writes),
// and the queries of server's BenchmarkAPI on a million events took as
// long with either.
const (
	mmapSize = 1 << 30
	cacheKiB = 8 << 10
)

// pageSize is the page size, in bytes, of a store the file is created for
// (an existing file keeps its own). A commit writes every page it changed
// to the WAL with two system calls, and the checkpoint reads and writes it
// again; 16 KiB pages, four times SQLite's default, hold the same rows in
// a quarter of the calls. Ingesting 25,000 news articles into a new store
// took 8% less time than with 4 KiB pages, and adding 2,500 to a store of
// 50,000, 12% less.
const pageSize = 16 << 10

// maxIdle is how many connections a Store keeps open between queries.
const maxIdle = 8

// Options configure a Store.
type Options struct {
	// Window is how many days apart, at most, two reports of the same
	// event may be dated and still be merged into one stored event.
	// 0 means the default, 1.
	Window int
}

// Store is a dyad.Store on one SQLite file. It is safe for concurrent use.
type Store struct {
	db     *sql.DB
	path   string
	window int
	writes writes
	// wrote records that the store has stored articles since Open.
	wrote atomic.Bool
}

// Open opens the store in the SQLite file at path, creating the file when
// it does not exist, and brings its schema up to date.
func Open(path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: open: empty path")
	}
	if opts.Window < 0 {
		return nil, fmt.Errorf("sqlite: open %s: negative window %d", path, opts.Window)
	}
	if opts.Window == 0 {
		opts.Window = 1
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// The settings go in the DSN so that every pooled connection gets them:
	// PRAGMAs run with Exec would reach one connection only. Writes begin
	// IMMEDIATE so that a writer waits (busy timeout) for another one
	// instead of failing when its read snapshot goes stale.
	q := url.Values{}
	q.Set("_busy_timeout", fmt.Sprint(busyTimeout))
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "NORMAL")
	q.Set("_foreign_keys", "1")
	q.Set("_txlock", "immediate")
	// Reading through a memory map spares a system call per page; the
	// page cache is given in KiB.
	q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", mmapSize))
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cacheKiB))
	// The driver runs the pragmas before it turns on WAL, the last moment
	// a new file's page size can be set.
	q.Add("_pragma", fmt.Sprintf("page_size(%d)", pageSize))
	dsn := (&url.URL{Scheme: "file", Path: abs, RawQuery: q.Encode()}).String()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// Connections are kept rather than closed after use (database/sql
	// keeps two idle by default): a query on a new connection reads every
	// page afresh, which made a report's five queries at once several times
	// slower.
	db.SetMaxIdleConns(maxIdle)
	s := &Store{db: db, path: path, window: opts.Window}
	if err := whileBusy(func() error { return s.migrate(context.Background()) }); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := whileBusy(func() error { return s.foldPending(context.Background()) }); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := s.writes.prepare(context.Background(), db); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return s, nil
}

// whileBusy runs f again while it fails with SQLITE_BUSY, for up to the busy
// timeout. SQLite's busy handler does not cover every wait: a connection
// that reads a new file while another one turns it to WAL and creates its
// first tables is told SQLITE_BUSY at once. f must be safe to repeat.
func whileBusy(f func() error) error {
	deadline := time.Now().Add(busyTimeout * time.Millisecond)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		err := f()
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		time.Sleep(wait)
	}
}

// migrate applies, in name order, the embedded migrations the file has not
// had yet, each in its own transaction with the record of its name.
func (s *Store) migrate(ctx context.Context) error {
	if err := s.createMigrations(ctx); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// createMigrations creates the table of applied migrations in a new file.
// It does so in a write transaction, begun IMMEDIATE: a bare CREATE TABLE
// IF NOT EXISTS reads the schema before it takes the write lock, and fails
// with SQLITE_BUSY, without waiting, when another process has created the
// file's first table in between.
func (s *Store) createMigrations(ctx context.Context) error {
	var exists bool
	const q = `SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'migrations')`
	if err := s.db.QueryRowContext(ctx, q).Scan(&exists); err != nil || exists {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return err
	}
	return tx.Commit()
}

// migrateFile applies one migration unless the file has had it already.
// Whether it has is read first outside a write transaction, so that opening
// an up-to-date store does not wait for a writer (a query during an ingest),
// and again inside one, for two processes migrating at once.
func (s *Store) migrateFile(ctx context.Context, name string) error {
	if done, err := applied(ctx, s.db, name); err != nil || done {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if done, err := applied(ctx, tx, name); err != nil || done {
		return err
	}
	script, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(script)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name) VALUES (?)`, name); err != nil {
		return err
	}
	return tx.Commit()
}

// rowQuerier reads one row: a *sql.DB or a *sql.Tx.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// applied reports whether the migration name is recorded as applied.
func applied(ctx context.Context, q rowQuerier, name string) (bool, error) {
	var done bool
	err := q.QueryRowContext(ctx,
		`SELECT EXISTS (SELECT 1 FROM migrations WHERE name = ?)`, name).Scan(&done)
	return done, err
}

// Counts returns how many articles, stored (merged) events and mentions the
// store holds: an event's first report counts as a mention, though it has
// no row of its own (migration 0007).
func (s *Store) Counts(ctx context.Context) (articles, events, mentions int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM mentions) + (SELECT count(*) FROM events)`).Scan(&articles, &events, &mentions)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("sqlite: %s: counts: %w", s.path, err)
	}
	return articles, events, mentions, nil
}

// Close lets SQLite update its query planner statistics, as it advises
// before a connection closes, and closes the file.
func (s *Store) Close() error {
	var errs []error
	// Only a store that wrote has statistics to update: optimizing may
	// write, and so wait for another process's writer (a query run during
	// an ingest would wait for it to pause).
	if s.wrote.Load() {
		if _, err := s.db.Exec(`PRAGMA optimize`); err != nil {
			errs = append(errs, fmt.Errorf("optimize: %w", err))
		}
	}
	if err := s.writes.close(); err != nil {
		errs = append(errs, fmt.Errorf("statements: %w", err))
	}
	if err := s.db.Close(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("sqlite: close %s: %w", s.path, err)
	}
	return nil
}
