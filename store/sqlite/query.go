package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
)

// HasArticle reports whether the article with the given id is stored.
func (s *Store) HasArticle(ctx context.Context, id string) (bool, error) {
	stored, err := s.StoredArticles(ctx, []string{id})
	return stored[id], err
}

// StoredArticles reports which of the given article ids are stored, in one
// query: the ids it returns are those stored.
func (s *Store) StoredArticles(ctx context.Context, ids []string) (map[string]bool, error) {
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stored articles: %w", err)
	}
	found, err := collect(ctx, s.db, func(rows *sql.Rows, id *string) error {
		return rows.Scan(id)
	}, `SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("sqlite: stored articles: %w", err)
	}
	stored := make(map[string]bool, len(found))
	for _, id := range found {
		stored[id] = true
	}
	return stored, nil
}

// Article returns the stored article with the given id; ok is false when
// there is none.
func (s *Store) Article(ctx context.Context, id string) (a *dyad.Article, ok bool, err error) {
	var (
		date                               string
		dlPlace, dlDate, dlPrec, dlPublish sql.NullString
		dlStart, dlEnd                     sql.NullInt64
	)
	a = &dyad.Article{}
	err = s.db.QueryRowContext(ctx, `SELECT id, file, line, url, title, publisher, date,
		date_precision, dateline_place, dateline_date, dateline_precision,
		dateline_publisher, dateline_start, dateline_end, text
		FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.File, &a.Line, &a.URL, &a.Title,
		&a.Publisher, &date, &a.DatePrecision, &dlPlace, &dlDate, &dlPrec, &dlPublish,
		&dlStart, &dlEnd, &a.Text)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	if a.Date, err = parseTime(date); err != nil {
		return nil, false, fmt.Errorf("sqlite: article %s: date: %w", id, err)
	}
	if dlStart.Valid {
		d := &dyad.Dateline{
			Place:         dlPlace.String,
			DatePrecision: dyad.Precision(dlPrec.String),
			Publisher:     dlPublish.String,
			Span:          dyad.Span{Start: int(dlStart.Int64), End: int(dlEnd.Int64)},
		}
		if d.Date, err = parseTime(dlDate.String); err != nil {
			return nil, false, fmt.Errorf("sqlite: article %s: dateline date: %w", id, err)
		}
		a.Dateline = d
	}
	return a, true, nil
}

// eventColumns are the columns scanEvent reads, in its order.
const eventColumns = `id, article_id, sentence, span_start, span_end, text, date, date_precision,
	source_code, source_country, source_roles, source_name, source_text,
	source_start, source_end, source_place,
	target_code, target_country, target_roles, target_name, target_text,
	target_start, target_end, target_place,
	code, root, quad_class, goldstein, plover,
	place_name, place_geonames_id, place_country, place_admin1, place_admin1_code,
	place_lat, place_lon, place_precision, mode, evidence,
	num_mentions, num_articles, num_sources`

// Events returns the stored events the filter selects, newest first: by
// date, then id, descending, undated events last.
//
// Actor and Code match by prefix; Dyad with both codes set matches the two
// countries in either direction, with one set any event that has that country
// on either side. From and To compare the event date (YYYY-MM-DD) and leave
// out undated events. A negative Limit is an error.
func (s *Store) Events(ctx context.Context, f dyad.Filter) ([]dyad.StoredEvent, error) {
	where, args, err := filterWhere(f)
	if err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	q := `FROM events`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY ` + newestFirst
	if f.Limit > 0 {
		// A page is chosen from an index (or by sorting the dates and
		// ids of the matching events, not the whole rows), and only its
		// rows are read.
		q, args = `SELECT id `+q+` LIMIT ?`, append(args, f.Limit)
		if a, b := f.Dyad[0], f.Dyad[1]; a != "" && b != "" && a != b {
			q, args = pairPage(f)
		}
		q = `FROM events WHERE id IN (` + q + `) ORDER BY ` + newestFirst
	}
	q = `SELECT ` + eventColumns + ` ` + q
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	defer rows.Close()
	var evs []dyad.StoredEvent
	if f.Limit > 0 {
		evs = make([]dyad.StoredEvent, 0, min(f.Limit, 1024))
	}
	for rows.Next() {
		// Scanning in place spares a copy of each event on the heap.
		evs = append(evs, dyad.StoredEvent{})
		if err := scanEvent(rows, &evs[len(evs)-1]); err != nil {
			return nil, fmt.Errorf("sqlite: events: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	return evs, nil
}

// newestFirst is the order of Events: by date, then id, descending.
const newestFirst = `date DESC, id DESC`

// pairPage returns the SQL of the ids of a page of a pair's events, and
// its arguments: the page of each direction, read newest first from the
// index that starts with the direction (events_dyad), then the first of
// both. Asked in one, "either direction" would have SQLite sort all of a
// busy pair's events that the other conditions keep.
func pairPage(f dyad.Filter) (string, []any) {
	g := f
	g.Dyad = [2]string{}
	where, wArgs, _ := filterWhere(g) // f's own where was made without error
	var q []string
	var args []any
	for _, dir := range [][2]string{{f.Dyad[0], f.Dyad[1]}, {f.Dyad[1], f.Dyad[0]}} {
		cond := append([]string{`source_country = ?`, `target_country = ?`}, where...)
		q = append(q, `SELECT id, date FROM (SELECT id, date FROM events WHERE `+strings.Join(cond, ` AND `)+` ORDER BY `+newestFirst+` LIMIT ?)`)
		args = append(append(append(args, dir[0], dir[1]), wArgs...), f.Limit)
	}
	return `SELECT id FROM (` + strings.Join(q, ` UNION ALL `) + ` ORDER BY ` + newestFirst + ` LIMIT ?)`, append(args, f.Limit)
}

// filterWhere turns a filter into SQL conditions, to be joined with AND,
// and their arguments.
func filterWhere(f dyad.Filter) (where []string, args []any, err error) {
	if f.Limit < 0 {
		return nil, nil, fmt.Errorf("negative limit %d", f.Limit)
	}
	if f.Actor != "" {
		src, srcArgs := prefixCond("source_code", f.Actor)
		tgt, tgtArgs := prefixCond("target_code", f.Actor)
		where = append(where, "("+src+" OR "+tgt+")")
		args = append(append(args, srcArgs...), tgtArgs...)
	}
	switch a, b := f.Dyad[0], f.Dyad[1]; {
	case a != "" && b != "":
		where = append(where, `((source_country = ? AND target_country = ?)
			OR (source_country = ? AND target_country = ?))`)
		args = append(args, a, b, b, a)
	case a != "" || b != "":
		where = append(where, `(source_country = ? OR target_country = ?)`)
		args = append(args, a+b, a+b)
	}
	if f.Code != "" {
		c, cArgs := prefixCond("code", f.Code)
		where = append(where, c)
		args = append(args, cArgs...)
	}
	if f.Root != "" {
		where = append(where, `root = ?`)
		args = append(args, f.Root)
	}
	if f.Quad != 0 {
		where = append(where, `quad_class = ?`)
		args = append(args, f.Quad)
	}
	if !f.From.IsZero() {
		where = append(where, `date >= ?`)
		args = append(args, f.From.Format(eventDate))
	}
	if !f.To.IsZero() {
		where = append(where, `date <= ? AND date <> ''`)
		args = append(args, f.To.Format(eventDate))
	}
	if f.Place != "" {
		where = append(where, `place_name = ?`)
		args = append(args, f.Place)
	}
	if f.Country != "" {
		where = append(where, `place_country = ?`)
		args = append(args, f.Country)
	}
	if f.Diplomacy != nil {
		c, dArgs := diplomacyCond(f.Diplomacy)
		where = append(where, c)
		args = append(args, dArgs...)
	}
	if f.After != "" {
		// Older than the event After, or as old with a smaller id; none
		// when no event has that id.
		where = append(where, `(date, id) < (SELECT date, id FROM events WHERE id = ?)`)
		args = append(args, f.After)
	}
	return where, args, nil
}

// prefixCond matches col against a prefix with a range, which SQLite
// answers from an index on col (LIKE and GLOB would need escaping, and LIKE
// folds case).
func prefixCond(col, prefix string) (string, []any) {
	// The least string above every string that starts with prefix:
	// the prefix with its last byte below 0xff incremented.
	end := []byte(prefix)
	for len(end) > 0 && end[len(end)-1] == 0xff {
		end = end[:len(end)-1]
	}
	if len(end) == 0 {
		return col + ` >= ?`, []any{prefix}
	}
	end[len(end)-1]++
	return `(` + col + ` >= ? AND ` + col + ` < ?)`, []any{prefix, string(end)}
}

// scanEvent reads a row of eventColumns into e.
func scanEvent(rows *sql.Rows, e *dyad.StoredEvent) error {
	var (
		src, tgt actorRow
		place    placeRow
		evidence string
	)
	err := rows.Scan(&e.ID, &e.ArticleID, &e.Sentence, &e.Span.Start, &e.Span.End, &e.Text,
		&e.Date, &e.DatePrecision,
		&e.Source.Code, &e.Source.Country, &src.roles, &e.Source.Name, &e.Source.Text,
		&e.Source.Span.Start, &e.Source.Span.End, &src.place,
		&e.Target.Code, &e.Target.Country, &tgt.roles, &e.Target.Name, &e.Target.Text,
		&e.Target.Span.Start, &e.Target.Span.End, &tgt.place,
		&e.Code, &e.Root, &e.QuadClass, &e.Goldstein, &e.Plover,
		&place.name, &place.geonamesID, &place.country, &place.admin1, &place.admin1Code,
		&place.lat, &place.lon, &place.precision, &e.Mode, &evidence,
		&e.NumMentions, &e.NumArticles, &e.NumSources)
	if err != nil {
		return err
	}
	if err := src.decode(&e.Source); err != nil {
		return fmt.Errorf("event %s: source: %w", e.ID, err)
	}
	if err := tgt.decode(&e.Target); err != nil {
		return fmt.Errorf("event %s: target: %w", e.ID, err)
	}
	e.Place = place.place()
	if err := json.Unmarshal([]byte(evidence), &e.Evidence); err != nil {
		return fmt.Errorf("event %s: evidence: %w", e.ID, err)
	}
	return nil
}

// actorRow holds the JSON columns of an actor.
type actorRow struct {
	roles string
	place sql.NullString
}

// decode sets the actor's roles and place from their JSON.
func (r *actorRow) decode(act *dyad.Actor) error {
	if err := json.Unmarshal([]byte(r.roles), &act.Roles); err != nil {
		return fmt.Errorf("roles: %w", err)
	}
	if r.place.Valid {
		act.Place = &dyad.Place{}
		if err := json.Unmarshal([]byte(r.place.String), act.Place); err != nil {
			return fmt.Errorf("place: %w", err)
		}
	}
	return nil
}

// Mentions returns the reports of a stored event, ordered by article date,
// article and sentence; none when there is no such event.
func (s *Store) Mentions(ctx context.Context, eventID string) ([]dyad.Mention, error) {
	// The event's row is its first report; the mention rows are the
	// others (migration 0007).
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.article_id, e.sentence,
		e.span_start, e.span_end, a.publisher, a.url, a.date
		FROM events e JOIN articles a ON a.id = e.article_id
		WHERE e.id = ?1
		UNION ALL
		SELECT m.event_id, m.article_id, m.sentence,
		m.span_start, m.span_end, a.publisher, a.url, a.date
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = ?1
		ORDER BY 8, 2, 3, 4`, eventID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: mentions of %s: %w", eventID, err)
	}
	defer rows.Close()
	var ms []dyad.Mention
	for rows.Next() {
		var (
			m    dyad.Mention
			date string
		)
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.Sentence, &m.Span.Start, &m.Span.End,
			&m.Publisher, &m.URL, &date); err != nil {
			return nil, fmt.Errorf("sqlite: mentions of %s: %w", eventID, err)
		}
		if m.Date, err = parseTime(date); err != nil {
			return nil, fmt.Errorf("sqlite: mentions of %s: article %s: date: %w", eventID, m.ArticleID, err)
		}
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: mentions of %s: %w", eventID, err)
	}
	return ms, nil
}

// Facts returns the facts stored about actors a and b, in either order,
// ordered by article, sentence and position.
func (s *Store) Facts(ctx context.Context, a, b string) ([]dyad.Fact, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a, b, kind, value, article_id, sentence,
		span_start, span_end, text FROM facts
		WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)
		ORDER BY article_id, sentence, span_start, span_end, kind, value`, a, b, b, a)
	if err != nil {
		return nil, fmt.Errorf("sqlite: facts of %s and %s: %w", a, b, err)
	}
	defer rows.Close()
	var fs []dyad.Fact
	for rows.Next() {
		var f dyad.Fact
		if err := rows.Scan(&f.A, &f.B, &f.Kind, &f.Value, &f.ArticleID, &f.Sentence,
			&f.Span.Start, &f.Span.End, &f.Text); err != nil {
			return nil, fmt.Errorf("sqlite: facts of %s and %s: %w", a, b, err)
		}
		fs = append(fs, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: facts of %s and %s: %w", a, b, err)
	}
	return fs, nil
}

// parseTime reads a time written by formatTime.
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}
