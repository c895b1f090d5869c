-- The first schema: articles, the merged events with their counts, the
-- mentions that report them, and relation-level facts.
--
-- Dates are TEXT: article and dateline dates as RFC 3339 ('' when unknown),
-- event dates as YYYY-MM-DD, so that string order is date order. Spans are
-- byte offsets in articles.text, 0-based, end exclusive.

CREATE TABLE articles (
	id                  TEXT PRIMARY KEY,
	file                TEXT NOT NULL,
	line                INTEGER NOT NULL,
	url                 TEXT NOT NULL,
	title               TEXT NOT NULL,
	publisher           TEXT NOT NULL,
	date                TEXT NOT NULL,
	date_precision      TEXT NOT NULL,
	-- dateline_start is NULL when the article has no dateline.
	dateline_place      TEXT,
	dateline_date       TEXT,
	dateline_precision  TEXT,
	dateline_publisher  TEXT,
	dateline_start      INTEGER,
	dateline_end        INTEGER,
	text                TEXT NOT NULL
);

-- One row per event however many articles report it. The report that
-- created the row gives its id, sentence, span, text and evidence.
CREATE TABLE events (
	id                  TEXT PRIMARY KEY,
	article_id          TEXT NOT NULL REFERENCES articles (id),
	sentence            INTEGER NOT NULL,
	span_start          INTEGER NOT NULL,
	span_end            INTEGER NOT NULL,
	text                TEXT NOT NULL,
	date                TEXT NOT NULL,
	date_precision      TEXT NOT NULL,

	source_code         TEXT NOT NULL,
	source_country      TEXT NOT NULL,
	source_roles        TEXT NOT NULL, -- JSON array (or null)
	source_name         TEXT NOT NULL,
	source_text         TEXT NOT NULL,
	source_start        INTEGER NOT NULL,
	source_end          INTEGER NOT NULL,
	source_place        TEXT,          -- JSON object, NULL when none

	target_code         TEXT NOT NULL,
	target_country      TEXT NOT NULL,
	target_roles        TEXT NOT NULL,
	target_name         TEXT NOT NULL,
	target_text         TEXT NOT NULL,
	target_start        INTEGER NOT NULL,
	target_end          INTEGER NOT NULL,
	target_place        TEXT,

	code                TEXT NOT NULL,
	root                TEXT NOT NULL,
	quad_class          INTEGER NOT NULL,
	goldstein           REAL NOT NULL,
	plover              TEXT NOT NULL,

	-- The place columns are all NULL when the event has no place.
	place_name          TEXT,
	place_geonames_id   INTEGER,
	place_country       TEXT,
	place_admin1        TEXT,
	place_admin1_code   TEXT,
	place_lat           REAL,
	place_lon           REAL,
	place_precision     TEXT,
	-- place_key is what merging compares: 'g:' and the GeoNames id, else
	-- 'c:' and the place's country, else ''.
	place_key           TEXT NOT NULL,

	mode                TEXT NOT NULL,
	evidence            TEXT NOT NULL, -- JSON dyad.Evidence

	num_mentions        INTEGER NOT NULL DEFAULT 0,
	num_articles        INTEGER NOT NULL DEFAULT 0,
	num_sources         INTEGER NOT NULL DEFAULT 0
);

-- Each index serves a Filter field and ends with the id, so that a page of
-- events, in id order, is chosen from the index alone and only its rows are
-- read. The merge lookup (source, target, code, mode, place, date) also
-- serves the Actor filter on the source side.
CREATE INDEX events_merge ON events (source_code, target_code, code, mode, place_key, date, id);
CREATE INDEX events_target_code ON events (target_code, id);
CREATE INDEX events_dyad ON events (source_country, target_country, id);
CREATE INDEX events_target_country ON events (target_country, id);
CREATE INDEX events_date ON events (date, id);
CREATE INDEX events_code ON events (code, id);
CREATE INDEX events_root ON events (root, date, id);
CREATE INDEX events_quad ON events (quad_class, date, id);
CREATE INDEX events_place ON events (place_name, id);
CREATE INDEX events_place_country ON events (place_country, id);

-- One row per report of an event: an article-level dyad.Event.
CREATE TABLE mentions (
	event_id            TEXT NOT NULL REFERENCES events (id),
	article_id          TEXT NOT NULL REFERENCES articles (id),
	mention_id          TEXT NOT NULL, -- the article-level dyad.Event.ID
	sentence            INTEGER NOT NULL,
	span_start          INTEGER NOT NULL,
	span_end            INTEGER NOT NULL,
	evidence            TEXT NOT NULL, -- JSON dyad.Evidence
	PRIMARY KEY (article_id, mention_id)
) WITHOUT ROWID;

CREATE INDEX mentions_event ON mentions (event_id, article_id);

-- Facts keep their evidence text: the sentence the fact is read from.
-- The text depends on (article_id, sentence), so the unique key leaves it out.
CREATE TABLE facts (
	a                   TEXT NOT NULL,
	b                   TEXT NOT NULL,
	kind                TEXT NOT NULL,
	value               TEXT NOT NULL,
	article_id          TEXT NOT NULL REFERENCES articles (id),
	sentence            INTEGER NOT NULL,
	span_start          INTEGER NOT NULL,
	span_end            INTEGER NOT NULL,
	text                TEXT NOT NULL,
	UNIQUE (a, b, kind, value, article_id, sentence, span_start, span_end)
);
