package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// mergeIndex is the one index of events, besides its key's, that writing
// needs: every report stored looks up the event it may merge into with it.
const mergeIndex = "events_merge"

// DeferIndexes drops the indexes of events that only queries use, and
// records them, in one transaction, for BuildIndexes to build again.
//
// It is for a bulk load, an ingest that adds many events to few: each event
// stored costs an entry in every index, at a place that is random in each,
// so a large ingest rewrites most index pages in every transaction, while
// building an index at the end sorts the rows once. Ingesting 25,000
// articles (225,000 events) into an empty store in batches of 512 took 68 s
// with the indexes kept and 37 s with them deferred (4.5 s of it building
// them). Adding a tenth to a store gains nothing: rebuilding costs as much.
//
// Until BuildIndexes, queries give the same answers, slower: they scan what
// the indexes would have chosen. Indexes deferred already stay deferred.
func (s *Store) DeferIndexes(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: defer indexes: %w", err)
	}
	defer tx.Rollback()
	// The key's own index (sqlite_autoindex_events_1) has no SQL and
	// cannot be dropped.
	indexes, err := indexList(ctx, tx, `SELECT name, sql FROM sqlite_schema
		WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL AND name <> ?
		ORDER BY name`, mergeIndex)
	if err != nil {
		return fmt.Errorf("sqlite: defer indexes: %w", err)
	}
	for _, ix := range indexes {
		if _, err := tx.ExecContext(ctx, `INSERT INTO deferred_indexes (name, sql) VALUES (?, ?)`,
			ix[0], ix[1]); err != nil {
			return fmt.Errorf("sqlite: defer index %s: %w", ix[0], err)
		}
		if _, err := tx.ExecContext(ctx, `DROP INDEX `+quoteName(ix[0])); err != nil {
			return fmt.Errorf("sqlite: defer index %s: %w", ix[0], err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: defer indexes: %w", err)
	}
	return nil
}

// Deferred returns how many indexes DeferIndexes dropped that BuildIndexes
// has not built yet: those of a bulk load still running, or of one that
// was killed.
func (s *Store) Deferred(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM deferred_indexes`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: %s: deferred indexes: %w", s.path, err)
	}
	return n, nil
}

// BuildIndexes builds the indexes that DeferIndexes dropped, each in a
// transaction of its own that also deletes its record, so that a process
// killed meanwhile leaves the rest to build. The query planner's
// statistics for them are gathered when the store is closed.
func (s *Store) BuildIndexes(ctx context.Context) error {
	indexes, err := indexList(ctx, s.db, `SELECT name, sql FROM deferred_indexes ORDER BY name`)
	if err != nil {
		return fmt.Errorf("sqlite: build indexes: %w", err)
	}
	for _, ix := range indexes {
		if err := s.buildIndex(ctx, ix[0], ix[1]); err != nil {
			return fmt.Errorf("sqlite: build index %s: %w", ix[0], err)
		}
	}
	return nil
}

// buildIndex creates one deferred index and deletes its record, unless
// another process built it first.
func (s *Store) buildIndex(ctx context.Context, name, sql string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM deferred_indexes WHERE name = ?`, name)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	if _, err := tx.ExecContext(ctx, sql); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.wrote.Store(true)
	return nil
}

// indexList returns the rows of a query of index names and their SQL.
func indexList(ctx context.Context, q querier, query string, args ...any) ([][2]string, error) {
	return collect(ctx, q, func(rows *sql.Rows, ix *[2]string) error {
		return rows.Scan(&ix[0], &ix[1])
	}, query, args...)
}

// quoteName quotes an SQL identifier.
func quoteName(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
