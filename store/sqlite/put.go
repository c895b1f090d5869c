package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/dyadcoder/dyad"
)

// eventDate is the layout of dyad.Event.Date.
const eventDate = "2006-01-02"

// PutArticle stores an article, its events and its facts in one transaction,
// so the store holds all of the article or none of it. An article already
// stored is left as it is and its events and facts are not read again.
//
// Each event becomes a mention of a stored event: the earliest one with the
// same source code, target code, CAMEO code, mode and place (GeoNames id,
// else place country, else no place) dated at most Window days from it, or
// else a new stored event with the event's id, whose row is its own first
// mention (migration 0007). The stored event's counts are updated:
// NumMentions by one, NumArticles and NumSources when the article, or its
// publisher, is new to the event (an article without a publisher is its own
// source).
//
// Events and facts must belong to the article (ArticleID empty or a.ID), and
// events must have an id and a YYYY-MM-DD date or none (undated events
// merge with undated ones only).
func (s *Store) PutArticle(ctx context.Context, a *dyad.Article, evs []dyad.Event, facts []dyad.Fact) error {
	return s.PutArticles(ctx, []dyad.Coded{{Article: a, Events: evs, Facts: facts}})
}

// PutArticles stores several articles as PutArticle does, in one
// transaction: all of them or none (a batch saves a commit per article).
// Articles already stored are left as they are.
func (s *Store) PutArticles(ctx context.Context, batch []dyad.Coded) error {
	for _, c := range batch {
		if c.Article == nil || c.Article.ID == "" {
			return fmt.Errorf("sqlite: put article: no article id")
		}
		if err := checkArticle(c.Article, c.Events, c.Facts); err != nil {
			return fmt.Errorf("sqlite: put article %s: %w", c.Article.ID, err)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: put articles: begin: %w", err)
	}
	defer tx.Rollback()
	w := s.writes.in(ctx, tx)
	for _, c := range batch {
		if err := s.put(ctx, w, c.Article, c.Events, c.Facts); err != nil {
			return fmt.Errorf("sqlite: put article %s: %w", c.Article.ID, err)
		}
	}
	if err := foldTotals(ctx, tx); err != nil {
		return fmt.Errorf("sqlite: put articles: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: put articles: commit: %w", err)
	}
	s.wrote.Store(true)
	return nil
}

// put writes one article within the transaction of w.
func (s *Store) put(ctx context.Context, w *writes, a *dyad.Article, evs []dyad.Event, facts []dyad.Fact) error {
	stored, err := w.putArticle(ctx, a)
	if err != nil || !stored {
		return err
	}
	seen := make(map[string]bool, len(evs))
	for i := range evs {
		if err := w.putEvent(ctx, a, &evs[i], s.window, seen); err != nil {
			return fmt.Errorf("event %s: %w", evs[i].ID, err)
		}
	}
	for i := range facts {
		f := &facts[i]
		if _, err := w.insertFact.ExecContext(ctx, f.A, f.B, f.Kind, f.Value, a.ID,
			f.Sentence, f.Span.Start, f.Span.End, f.Text); err != nil {
			return fmt.Errorf("fact %d: %w", i, err)
		}
	}
	return nil
}

// checkArticle rejects events and facts the store cannot file under a.
func checkArticle(a *dyad.Article, evs []dyad.Event, facts []dyad.Fact) error {
	ids := make(map[string]bool, len(evs))
	for i := range evs {
		ev := &evs[i]
		switch {
		case ev.ID == "":
			return fmt.Errorf("event %d: no id", i)
		case ids[ev.ID]:
			return fmt.Errorf("event %d: id %s given twice", i, ev.ID)
		case ev.ArticleID != "" && ev.ArticleID != a.ID:
			return fmt.Errorf("event %s: belongs to article %s", ev.ID, ev.ArticleID)
		}
		if _, err := time.Parse(eventDate, ev.Date); ev.Date != "" && err != nil {
			return fmt.Errorf("event %s: date %q is not YYYY-MM-DD", ev.ID, ev.Date)
		}
		ids[ev.ID] = true
	}
	for i := range facts {
		if id := facts[i].ArticleID; id != "" && id != a.ID {
			return fmt.Errorf("fact %d: belongs to article %s", i, id)
		}
	}
	return nil
}

// writes are the statements PutArticle runs, prepared once by Open:
// parsing them again for every article took a quarter of its time.
type writes struct {
	insertArticle, matchEvent, insertEvent, sourceIsNew,
	insertMention, countMention, insertFact *sql.Stmt
}

// statement is one of the writes and its SQL.
type statement struct {
	stmt  **sql.Stmt
	query string
}

// list returns the writes with their SQL.
func (w *writes) list() []statement {
	return []statement{
		// An article stored already is not stored again (and reported so).
		{&w.insertArticle, `INSERT INTO articles (id, file, line, url, title, publisher,
			date, date_precision, dateline_place, dateline_date, dateline_precision,
			dateline_publisher, dateline_start, dateline_end, text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`},
		{&w.matchEvent, `SELECT id FROM events
			WHERE source_code = ? AND target_code = ? AND code = ? AND mode = ?
			AND place_key = ? AND date BETWEEN ? AND ?
			ORDER BY date, id LIMIT 1`},
		// An input that reuses an event id across articles keeps the
		// stored event; the report becomes its mention.
		{&w.insertEvent, `INSERT INTO events (id, article_id, sentence,
			span_start, span_end, text, date, date_precision,
			source_code, source_country, source_roles, source_name, source_text,
			source_start, source_end, source_place,
			target_code, target_country, target_roles, target_name, target_text,
			target_start, target_end, target_place,
			code, root, quad_class, goldstein, plover,
			place_name, place_geonames_id, place_country, place_admin1, place_admin1_code,
			place_lat, place_lon, place_precision, place_key, mode, evidence,
			source_kind, target_kind, num_mentions, num_articles, num_sources)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1)
			ON CONFLICT (id) DO NOTHING`},
		{&w.sourceIsNew, `SELECT NOT EXISTS (SELECT 1 FROM mentions m
			JOIN articles a ON a.id = m.article_id
			WHERE m.event_id = ?1 AND a.publisher = ?2)
			AND NOT EXISTS (SELECT 1 FROM events e
			JOIN articles a ON a.id = e.article_id
			WHERE e.id = ?1 AND a.publisher = ?2)`},
		// The article is new and its event ids unique (checkArticle), so
		// its mentions are too. A stored event's first report is its own
		// row, not a mention row.
		{&w.insertMention, `INSERT INTO mentions (event_id, article_id, mention_id,
			sentence, span_start, span_end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.countMention, `UPDATE events SET num_mentions = num_mentions + 1,
			num_articles = num_articles + ?, num_sources = num_sources + ?
			WHERE id = ?`},
		{&w.insertFact, `INSERT INTO facts (a, b, kind, value, article_id,
			sentence, span_start, span_end, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`},
	}
}

// prepare prepares the writes on db.
func (w *writes) prepare(ctx context.Context, db *sql.DB) error {
	for _, st := range w.list() {
		var err error
		if *st.stmt, err = db.PrepareContext(ctx, st.query); err != nil {
			w.close()
			return fmt.Errorf("prepare %s: %w", st.query, err)
		}
	}
	return nil
}

// in returns the writes bound to tx.
func (w *writes) in(ctx context.Context, tx *sql.Tx) *writes {
	in := &writes{}
	to := in.list()
	for i, st := range w.list() {
		*to[i].stmt = tx.StmtContext(ctx, *st.stmt)
	}
	return in
}

// close closes the prepared writes.
func (w *writes) close() error {
	var errs []error
	for _, st := range w.list() {
		if *st.stmt != nil {
			errs = append(errs, (*st.stmt).Close())
		}
	}
	return errors.Join(errs...)
}

// putArticle inserts the article's row and reports whether it is new.
func (w *writes) putArticle(ctx context.Context, a *dyad.Article) (bool, error) {
	var dl struct {
		place, date, precision, publisher sql.NullString
		start, end                        sql.NullInt64
	}
	if d := a.Dateline; d != nil {
		dl.place = sql.NullString{String: d.Place, Valid: true}
		dl.date = sql.NullString{String: formatTime(d.Date), Valid: true}
		dl.precision = sql.NullString{String: string(d.DatePrecision), Valid: true}
		dl.publisher = sql.NullString{String: d.Publisher, Valid: true}
		dl.start = sql.NullInt64{Int64: int64(d.Span.Start), Valid: true}
		dl.end = sql.NullInt64{Int64: int64(d.Span.End), Valid: true}
	}
	return insertedOne(ctx, w.insertArticle, "insert article",
		a.ID, a.File, a.Line, a.URL, a.Title, a.Publisher,
		formatTime(a.Date), string(a.DatePrecision), dl.place, dl.date, dl.precision,
		dl.publisher, dl.start, dl.end, a.Text)
}

// insertedOne runs an insert that skips a row already there, and reports
// whether it inserted one.
func insertedOne(ctx context.Context, stmt *sql.Stmt, what string, args ...any) (bool, error) {
	res, err := stmt.ExecContext(ctx, args...)
	if err != nil {
		return false, fmt.Errorf("%s: %w", what, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("%s: %w", what, err)
	}
	return n == 1, nil
}

// putEvent files one event of article a as a mention of a stored event,
// creating the stored event when none dated within window days matches.
// seen holds the stored events the article has mentioned so far.
func (w *writes) putEvent(ctx context.Context, a *dyad.Article, ev *dyad.Event, window int, seen map[string]bool) error {
	evidence, err := json.Marshal(ev.Evidence)
	if err != nil {
		return fmt.Errorf("evidence: %w", err)
	}
	id, err := w.match(ctx, ev, window)
	if err != nil {
		return err
	}
	if id == "" {
		// A new stored event starts with this report's counts, which
		// spares the count queries and the update of a matched one,
		// and its row is this report's mention.
		created, err := w.putStored(ctx, a.ID, ev, evidence)
		if err != nil {
			return err
		}
		id = ev.ID
		if created {
			seen[id] = true
			return nil
		}
	}
	// The article is new to the event unless it mentioned it already; its
	// publisher is new unless another article of the publisher did. An
	// empty publisher makes the article its own source.
	newArticle := !seen[id]
	newSource := newArticle
	if newArticle && a.Publisher != "" {
		if err := w.sourceIsNew.QueryRowContext(ctx, id, a.Publisher).Scan(&newSource); err != nil {
			return fmt.Errorf("count sources: %w", err)
		}
	}
	seen[id] = true
	if err := w.putMention(ctx, id, a, ev, evidence); err != nil {
		return err
	}
	if _, err := w.countMention.ExecContext(ctx, newArticle, newSource, id); err != nil {
		return fmt.Errorf("update counts: %w", err)
	}
	return nil
}

// putMention files ev of article a as a mention of the stored event id.
func (w *writes) putMention(ctx context.Context, id string, a *dyad.Article, ev *dyad.Event, evidence []byte) error {
	if _, err := w.insertMention.ExecContext(ctx, id, a.ID, ev.ID, ev.Sentence,
		ev.Span.Start, ev.Span.End, string(evidence)); err != nil {
		return fmt.Errorf("insert mention: %w", err)
	}
	return nil
}

// match returns the id of the earliest stored event that ev reports again,
// or "" when there is none.
func (w *writes) match(ctx context.Context, ev *dyad.Event, window int) (string, error) {
	// An undated event (its article has no date) matches undated ones.
	from, to := ev.Date, ev.Date
	if ev.Date != "" {
		day, err := time.Parse(eventDate, ev.Date)
		if err != nil {
			return "", fmt.Errorf("date %q: %w", ev.Date, err)
		}
		from = day.AddDate(0, 0, -window).Format(eventDate)
		to = day.AddDate(0, 0, window).Format(eventDate)
	}
	var id string
	err := w.matchEvent.QueryRowContext(ctx, ev.Source.Code, ev.Target.Code, ev.Code,
		string(ev.Mode), placeKey(ev.Place), from, to).Scan(&id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", nil
	case err != nil:
		return "", fmt.Errorf("match: %w", err)
	}
	return id, nil
}

// putStored creates a stored event from ev, its first report, with the
// counts of one mention, and reports whether it did: an event id stored
// already (an input that reuses ids across articles) is left as it is.
func (w *writes) putStored(ctx context.Context, articleID string, ev *dyad.Event, evidence []byte) (bool, error) {
	src, err := actorColumns(&ev.Source)
	if err != nil {
		return false, fmt.Errorf("source: %w", err)
	}
	tgt, err := actorColumns(&ev.Target)
	if err != nil {
		return false, fmt.Errorf("target: %w", err)
	}
	place := placeColumns(ev.Place)
	args := []any{ev.ID, articleID, ev.Sentence, ev.Span.Start, ev.Span.End, ev.Text,
		ev.Date, string(ev.DatePrecision)}
	args = append(args, src...)
	args = append(args, tgt...)
	args = append(args, ev.Code, ev.Root, ev.QuadClass, ev.Goldstein, ev.Plover,
		place.name, place.geonamesID, place.country, place.admin1, place.admin1Code,
		place.lat, place.lon, place.precision, placeKey(ev.Place),
		string(ev.Mode), string(evidence), kind(&ev.Source), kind(&ev.Target))
	return insertedOne(ctx, w.insertEvent, "insert event", args...)
}

// actorColumns returns the values of an actor's eight columns: code,
// country, roles, name, text, start, end, place.
func actorColumns(act *dyad.Actor) ([]any, error) {
	roles, err := json.Marshal(act.Roles)
	if err != nil {
		return nil, fmt.Errorf("roles: %w", err)
	}
	var place sql.NullString
	if act.Place != nil {
		b, err := json.Marshal(act.Place)
		if err != nil {
			return nil, fmt.Errorf("place: %w", err)
		}
		place = sql.NullString{String: string(b), Valid: true}
	}
	return []any{act.Code, act.Country, string(roles), act.Name, act.Text,
		act.Span.Start, act.Span.End, place}, nil
}

// kind is the value of an actor's kind column: its first role, NULL when
// it has none.
func kind(act *dyad.Actor) sql.NullString {
	if len(act.Roles) == 0 {
		return sql.NullString{}
	}
	return sql.NullString{String: act.Roles[0], Valid: true}
}

// placeRow holds an event's place columns, all NULL when it has none.
type placeRow struct {
	name, country, admin1, admin1Code, precision sql.NullString
	geonamesID                                   sql.NullInt64
	lat, lon                                     sql.NullFloat64
}

// placeColumns returns the columns of a place.
func placeColumns(p *dyad.Place) placeRow {
	if p == nil {
		return placeRow{}
	}
	return placeRow{
		name:       sql.NullString{String: p.Name, Valid: true},
		geonamesID: sql.NullInt64{Int64: int64(p.GeonamesID), Valid: true},
		country:    sql.NullString{String: p.Country, Valid: true},
		admin1:     sql.NullString{String: p.Admin1, Valid: true},
		admin1Code: sql.NullString{String: p.Admin1Code, Valid: true},
		lat:        sql.NullFloat64{Float64: p.Lat, Valid: true},
		lon:        sql.NullFloat64{Float64: p.Lon, Valid: true},
		precision:  sql.NullString{String: p.Precision, Valid: true},
	}
}

// place returns the place the columns hold, nil when none.
func (r *placeRow) place() *dyad.Place {
	if !r.name.Valid {
		return nil
	}
	return &dyad.Place{
		Name:       r.name.String,
		GeonamesID: int(r.geonamesID.Int64),
		Country:    r.country.String,
		Admin1:     r.admin1.String,
		Admin1Code: r.admin1Code.String,
		Lat:        r.lat.Float64,
		Lon:        r.lon.Float64,
		Precision:  r.precision.String,
	}
}

// placeKey is what merging compares of a place: its GeoNames id, else its
// country, else nothing.
func placeKey(p *dyad.Place) string {
	switch {
	case p == nil:
		return ""
	case p.GeonamesID != 0:
		return "g:" + strconv.Itoa(p.GeonamesID)
	case p.Country != "":
		return "c:" + p.Country
	}
	return ""
}

// formatTime writes a time as RFC 3339 with nanoseconds, the zero time as "".
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}
