package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// occurred is the SQL of dyad.Mode.Occurred: the events that the running
// totals and the aggregates count.
const occurred = `mode NOT IN ('negated', 'hypothetical')`

// foldTotals adds the events stored after totals.counted that occurred to
// the running totals (migration 0003) and moves the mark past them all,
// within the caller's write transaction: set-based, one statement a table,
// which costs a batch of articles a fraction of what keeping the totals
// row by row did.
func foldTotals(ctx context.Context, tx *sql.Tx) error {
	var from, to int64
	if err := tx.QueryRowContext(ctx, `SELECT counted, (SELECT ifnull(max(rowid), 0) FROM events) FROM totals`).Scan(&from, &to); err != nil {
		return fmt.Errorf("totals: %w", err)
	}
	if to <= from {
		return nil
	}
	for _, q := range []string{
		`INSERT INTO pair_days (source_country, target_country, date, q1, q2, q3, q4, events, goldstein)
		SELECT source_country, target_country, date, ` + quadSums + `, count(*), sum(goldstein)
		FROM events WHERE rowid > ?1 AND rowid <= ?2 AND ` + occurred + `
		GROUP BY source_country, target_country, date
		ON CONFLICT DO UPDATE SET q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3,
			q4 = q4 + excluded.q4, events = events + excluded.events, goldstein = goldstein + excluded.goldstein`,
		`INSERT INTO pair_codes (source_country, target_country, code, events)
		SELECT source_country, target_country, code, count(*)
		FROM events WHERE rowid > ?1 AND rowid <= ?2 AND ` + occurred + `
		GROUP BY source_country, target_country, code
		ON CONFLICT DO UPDATE SET events = events + excluded.events`,
		`INSERT INTO pair_totals (source_country, target_country, cooperation, conflict, events, goldstein)
		SELECT source_country, target_country, sum(quad_class IN (1, 2)), sum(quad_class IN (3, 4)),
			count(*), sum(goldstein)
		FROM events WHERE rowid > ?1 AND rowid <= ?2 AND ` + occurred + `
		GROUP BY source_country, target_country
		ON CONFLICT DO UPDATE SET cooperation = cooperation + excluded.cooperation,
			conflict = conflict + excluded.conflict, events = events + excluded.events,
			goldstein = goldstein + excluded.goldstein`,
		`INSERT INTO country_events (country, events)
		SELECT country, sum(n) FROM (
			SELECT source_country AS country, count(*) AS n FROM events
			WHERE rowid > ?1 AND rowid <= ?2 AND ` + occurred + ` AND source_country <> '' GROUP BY source_country
			UNION ALL
			SELECT target_country, count(*) FROM events
			WHERE rowid > ?1 AND rowid <= ?2 AND ` + occurred + ` AND target_country NOT IN ('', source_country) GROUP BY target_country)
		WHERE true GROUP BY country
		ON CONFLICT DO UPDATE SET events = events + excluded.events`,
		`INSERT INTO place_totals (place_name, place_country, place_lat, place_lon, place_precision,
			q1, q2, q3, q4, events)
		SELECT place_name, ifnull(place_country, ''), ifnull(place_lat, 0), ifnull(place_lon, 0),
			ifnull(place_precision, ''), ` + quadSums + `, count(*)
		FROM events WHERE rowid > ?1 AND rowid <= ?2 AND ` + occurred + ` AND place_name IS NOT NULL
		GROUP BY 1, 2, 3, 4, 5
		ON CONFLICT DO UPDATE SET q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3,
			q4 = q4 + excluded.q4, events = events + excluded.events`,
		`UPDATE totals SET counted = ?2`,
	} {
		if _, err := tx.ExecContext(ctx, q, from, to); err != nil {
			return fmt.Errorf("totals: %w", err)
		}
	}
	return nil
}

// foldPending folds the events a file holds beyond its running totals
// (those of the migration that made the totals, or inserted by another
// program) into them. Whether there are any is read first outside a write
// transaction, so that opening an up-to-date store does not wait for a
// writer.
func (s *Store) foldPending(ctx context.Context) error {
	var pending bool
	if err := s.db.QueryRowContext(ctx, `SELECT counted < (SELECT ifnull(max(rowid), 0) FROM events) FROM totals`).Scan(&pending); err != nil || !pending {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := foldTotals(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}
