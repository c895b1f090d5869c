package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
)

// Event returns the stored event with the given id; ok is false when there
// is none.
func (s *Store) Event(ctx context.Context, id string) (*dyad.StoredEvent, bool, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventColumns+` FROM events WHERE id = ?`, id)
	if err != nil {
		return nil, false, fmt.Errorf("sqlite: event %s: %w", id, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, false, fmt.Errorf("sqlite: event %s: %w", id, err)
		}
		return nil, false, nil
	}
	e := &dyad.StoredEvent{}
	if err := scanEvent(rows, e); err != nil {
		return nil, false, fmt.Errorf("sqlite: event %s: %w", id, err)
	}
	return e, true, nil
}

// periodExpr writes the SQL of an event date's period. Dates are
// YYYY-MM-DD, so a month and a year are prefixes of them. A week is its
// number since weekEpoch, which Periods writes as an ISO 8601 week: the
// same Monday to Sunday, and cheaper for SQLite to reckon, row by row, than
// strftime's %G-W%V.
var periodExpr = map[dyad.Period]string{
	dyad.PeriodDay:   `date`,
	dyad.PeriodWeek:  `CAST((julianday(date) - julianday('1800-01-06')) / 7 AS INTEGER)`,
	dyad.PeriodMonth: `substr(date, 1, 7)`,
	dyad.PeriodYear:  `substr(date, 1, 4)`,
}

// weekEpoch is the Monday that weeks are numbered from: events dated
// before it would fall in the wrong week (the division truncates).
var weekEpoch = time.Date(1800, 1, 6, 0, 0, 0, 0, time.UTC)

// quadSums are the SQL of the counts of each quad class.
const quadSums = `sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4)`

// quadOnly reports whether a filter selects all the events, or those of a
// quad class, and nothing else: what the places' running totals count.
func quadOnly(f dyad.Filter) bool {
	return f.Quad >= 0 && f.Quad <= 4 && f == dyad.Filter{Quad: f.Quad, After: f.After, Limit: f.Limit}
}

// pairOnly reports whether a filter selects the events of a pair of
// countries, within dates or not, and nothing else: what the running totals
// (migration 0003) count.
func pairOnly(f dyad.Filter) bool {
	return f.Dyad[0] != "" && f.Dyad[1] != "" && f == dyad.Filter{Dyad: f.Dyad, From: f.From, To: f.To, After: f.After, Limit: f.Limit}
}

// aggregateWhere is filterWhere for an aggregate of table: the page fields
// do not apply, and of the events table only those that occurred are
// counted, the running totals' own rows being of those alone.
func aggregateWhere(f dyad.Filter, table string, extra ...string) (string, []any, error) {
	f.After, f.Limit = "", 0
	where, args, err := filterWhere(f)
	if err != nil {
		return "", nil, err
	}
	if table == `events` {
		where = append(where, occurred)
	}
	where = append(where, extra...)
	if len(where) == 0 {
		return "", nil, nil
	}
	return ` WHERE ` + strings.Join(where, ` AND `), args, nil
}

// Periods counts the dated events the filter selects by period and
// direction (source country -> target country), sorted by period and
// direction. An unknown period is an error.
func (s *Store) Periods(ctx context.Context, f dyad.Filter, by dyad.Period) ([]dyad.PeriodCount, error) {
	expr, ok := periodExpr[by]
	if !ok {
		return nil, fmt.Errorf("sqlite: periods: unknown period %q", by)
	}
	// A pair's events, however many, are counted from its daily totals.
	from, counts := `events`, quadSums+`, count(*), sum(goldstein)`
	if pairOnly(f) {
		from, counts = `pair_days`, `sum(q1), sum(q2), sum(q3), sum(q4), sum(events), sum(goldstein)`
	}
	where, args, err := aggregateWhere(f, from, `date <> ''`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: periods: %w", err)
	}
	out, err := collect(ctx, s.db, func(rows *sql.Rows, p *dyad.PeriodCount) error {
		return rows.Scan(&p.Period, &p.Direction, &p.Quad[0], &p.Quad[1], &p.Quad[2], &p.Quad[3],
			&p.Events, &p.Goldstein)
	}, `SELECT `+expr+` AS period,
		source_country || '->' || target_country AS direction, `+counts+`
		FROM `+from+where+`
		GROUP BY period, direction ORDER BY period, direction`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: periods: %w", err)
	}
	if by == dyad.PeriodWeek {
		// SQLite counted weeks by their number since weekEpoch.
		for i := range out {
			n, err := strconv.Atoi(out[i].Period)
			if err != nil {
				return nil, fmt.Errorf("sqlite: periods: week %q: %w", out[i].Period, err)
			}
			y, w := weekEpoch.AddDate(0, 0, 7*n).ISOWeek()
			out[i].Period = fmt.Sprintf("%d-W%02d", y, w)
		}
	}
	for i := range out {
		out[i].Goldstein /= float64(out[i].Events)
	}
	return out, nil
}

// Codes returns, for each direction, the n CAMEO codes of the most events
// the filter selects, sorted by direction, most events first, then code.
func (s *Store) Codes(ctx context.Context, f dyad.Filter, n int) ([]dyad.CodeCount, error) {
	if n < 1 {
		return nil, fmt.Errorf("sqlite: codes: want at least 1 code a direction, not %d", n)
	}
	from, count := `events`, `count(*)`
	if pairOnly(f) && f.From.IsZero() && f.To.IsZero() {
		from, count = `pair_codes`, `sum(events)`
	}
	where, args, err := aggregateWhere(f, from)
	if err != nil {
		return nil, fmt.Errorf("sqlite: codes: %w", err)
	}
	out, err := collect(ctx, s.db, func(rows *sql.Rows, c *dyad.CodeCount) error {
		return rows.Scan(&c.Direction, &c.Code, &c.Events)
	}, `SELECT direction, code, n FROM (
		SELECT source_country || '->' || target_country AS direction, code, `+count+` AS n,
			row_number() OVER (PARTITION BY source_country, target_country
				ORDER BY `+count+` DESC, code) AS r
		FROM `+from+where+`
		GROUP BY source_country, target_country, code)
		WHERE r <= ? ORDER BY direction, n DESC, code`, append(args, n)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: codes: %w", err)
	}
	return out, nil
}

// Partners returns the countries with events with country, in either
// direction, most events first, then by code, at most n of them. Events of
// a country with itself, and actors of no country, are left out.
func (s *Store) Partners(ctx context.Context, country string, n int) ([]dyad.Partner, error) {
	out, err := collect(ctx, s.db, func(rows *sql.Rows, p *dyad.Partner) error {
		err := rows.Scan(&p.Country, &p.Events, &p.Cooperation, &p.Conflict, &p.Goldstein)
		p.Goldstein /= float64(p.Events)
		return err
	}, `SELECT partner, sum(events), sum(cooperation), sum(conflict), sum(goldstein) FROM (
			SELECT target_country AS partner, cooperation, conflict, events, goldstein FROM pair_totals
			WHERE source_country = ? AND target_country NOT IN (?, '')
			UNION ALL
			SELECT source_country, cooperation, conflict, events, goldstein FROM pair_totals
			WHERE target_country = ? AND source_country NOT IN (?, ''))
		GROUP BY partner ORDER BY sum(events) DESC, partner LIMIT ?`,
		country, country, country, country, n)
	if err != nil {
		return nil, fmt.Errorf("sqlite: partners of %s: %w", country, err)
	}
	return out, nil
}

// Countries returns the countries on either side of the stored events,
// most events first, then by code; an event of a country with itself
// counts once.
func (s *Store) Countries(ctx context.Context) ([]dyad.CountryCount, error) {
	out, err := collect(ctx, s.db, func(rows *sql.Rows, c *dyad.CountryCount) error {
		return rows.Scan(&c.Country, &c.Events)
	}, `SELECT country, events FROM country_events ORDER BY events DESC, country`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: countries: %w", err)
	}
	return out, nil
}

// Places counts the events the filter selects by place (name, country,
// position and precision), most events first, then by name, at most n
// places. Events without a place are left out.
func (s *Store) Places(ctx context.Context, f dyad.Filter, n int) ([]dyad.PlaceCount, error) {
	where, args, err := aggregateWhere(f, `events`, `place_name IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: places: %w", err)
	}
	q := `SELECT place_name, place_country, place_lat, place_lon,
		place_precision, count(*) AS n, ` + quadSums + `
		FROM events` + where + `
		GROUP BY place_name, place_country, place_lat, place_lon, place_precision`
	// All the events, or those of one quad class, are counted from the
	// places' running totals.
	if quadOnly(f) {
		quads := [4]string{`q1`, `q2`, `q3`, `q4`}
		count := `events`
		if f.Quad > 0 {
			count = quads[f.Quad-1]
			for i := range quads {
				if i != f.Quad-1 {
					quads[i] = `0`
				}
			}
		}
		q = `SELECT place_name, place_country, place_lat, place_lon, place_precision,
			` + count + ` AS n, ` + strings.Join(quads[:], `, `) + `
			FROM place_totals WHERE ` + count + ` > 0`
		args = nil
	}
	out, err := collect(ctx, s.db, func(rows *sql.Rows, p *dyad.PlaceCount) error {
		var lat, lon sql.NullFloat64
		err := rows.Scan(&p.Name, &p.Country, &lat, &lon, &p.Precision, &p.Events,
			&p.Quad[0], &p.Quad[1], &p.Quad[2], &p.Quad[3])
		p.Lat, p.Lon = lat.Float64, lon.Float64
		return err
	}, `SELECT * FROM (`+q+`)
		ORDER BY n DESC, place_name, place_country, place_lat, place_lon, place_precision LIMIT ?`, append(args, n)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: places: %w", err)
	}
	return out, nil
}

// querier runs a query: a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// collect runs a query and scans each row into a new T.
func collect[T any](ctx context.Context, db querier, scan func(*sql.Rows, *T) error, query string, args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := scan(rows, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// diplomacyCandidates is the WHERE clause of the partial index
// events_diplomacy (migration 0005), word for word: a government on one
// side and one of dyad.SocietyRoles or a city on the other
// (TestDiplomacyIndex checks that the lists agree).
const diplomacyCandidates = `((source_kind = 'GOV' AND (place_precision = 'city'
		OR target_kind IN ('EDU', 'BUS', 'MED', 'CVL', 'REL', 'LAB', 'HLH', 'AGR', 'HRI', 'NGO')))
	OR (target_kind = 'GOV' AND (place_precision = 'city'
		OR source_kind IN ('EDU', 'BUS', 'MED', 'CVL', 'REL', 'LAB', 'HLH', 'AGR', 'HRI', 'NGO'))))`

// diplomacyCond matches the events of public diplomacy d describes, those
// that occurred; an actor's kind is the first of its roles (source_kind,
// target_kind). A rule within the
// candidates of events_diplomacy (GOV and some of its society roles) names
// them too, so that SQLite reads that index.
func diplomacyCond(d *dyad.Diplomacy) (string, []any) {
	const src, tgt = `source_kind`, `target_kind`
	society := `NULL`
	var socArgs []any
	if len(d.Society) > 0 {
		society = `?` + strings.Repeat(`, ?`, len(d.Society)-1)
		for _, r := range d.Society {
			socArgs = append(socArgs, r)
		}
	}
	// The capital of the place's country, '' when not given.
	capital := `''`
	var capArgs []any
	if len(d.Capitals) > 0 {
		capital = `CASE place_country`
		for _, c := range slices.Sorted(maps.Keys(d.Capitals)) {
			capital += ` WHEN ? THEN ?`
			capArgs = append(capArgs, c, d.Capitals[c])
		}
		capital += ` ELSE '' END`
	}
	cond := occurred + ` AND ((` + src + ` = ? AND ` + tgt + ` IN (` + society + `))
		OR (` + tgt + ` = ? AND ` + src + ` IN (` + society + `))
		OR (place_precision = 'city' AND place_name <> ` + capital + ` AND (
			(` + src + ` = ? AND place_country = target_country AND place_country <> source_country)
			OR (` + tgt + ` = ? AND place_country = source_country AND place_country <> target_country))))`
	within := d.Gov == "GOV"
	for _, r := range d.Society {
		within = within && slices.Contains(dyad.SocietyRoles, r)
	}
	if within {
		cond = diplomacyCandidates + ` AND ` + cond
	}
	args := []any{d.Gov}
	args = append(args, socArgs...)
	args = append(args, d.Gov)
	args = append(args, socArgs...)
	args = append(args, capArgs...)
	args = append(args, d.Gov, d.Gov)
	return cond, args
}
