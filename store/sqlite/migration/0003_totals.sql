-- The wide indexes of migration 0002 go: the totals below count what they
-- served (a pair's periods and codes, partners, countries), and
-- events_diplomacy holds a pair's public diplomacy. Kept up row by row,
-- they doubled the time of an ingest.
DROP INDEX events_pair;
DROP INDEX events_partner;

-- Running totals of the stored events, so that a pair's relations, its top
-- codes, a country's partners and the countries are counted from a few rows,
-- not from every event (the busiest pair of a million events holds tens of
-- thousands). The store folds the events stored after totals.counted (a
-- rowid of events) into them at the end of each write transaction, and
-- when it opens a file that has events not counted yet (this migration's
-- own, or those another program inserted). Stored events are never deleted
-- or changed in what is counted: merging adds mentions, not events.

CREATE TABLE totals (counted INTEGER NOT NULL);
INSERT INTO totals (counted) VALUES (0);

-- Events per direction and day (date '' for undated events), by quad class,
-- and the sum of their Goldstein values.
CREATE TABLE pair_days (
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	date           TEXT NOT NULL,
	q1             INTEGER NOT NULL,
	q2             INTEGER NOT NULL,
	q3             INTEGER NOT NULL,
	q4             INTEGER NOT NULL,
	events         INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	PRIMARY KEY (source_country, target_country, date)
) WITHOUT ROWID;

-- Events per direction and CAMEO code (all dates), for a pair's top codes.
CREATE TABLE pair_codes (
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	code           TEXT NOT NULL,
	events         INTEGER NOT NULL,
	PRIMARY KEY (source_country, target_country, code)
) WITHOUT ROWID;

-- Events per direction (all dates and codes), for a country's partners.
CREATE TABLE pair_totals (
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	cooperation    INTEGER NOT NULL, -- quad classes 1 and 2
	conflict       INTEGER NOT NULL, -- quad classes 3 and 4
	events         INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	PRIMARY KEY (source_country, target_country)
) WITHOUT ROWID;

CREATE INDEX pair_totals_target ON pair_totals (target_country, source_country);

-- Events per place (as the events' place columns give it), by quad class,
-- for the map. Events without a place are not counted.
CREATE TABLE place_totals (
	place_name      TEXT NOT NULL,
	place_country   TEXT NOT NULL,
	place_lat       REAL NOT NULL,
	place_lon       REAL NOT NULL,
	place_precision TEXT NOT NULL,
	q1              INTEGER NOT NULL,
	q2              INTEGER NOT NULL,
	q3              INTEGER NOT NULL,
	q4              INTEGER NOT NULL,
	events          INTEGER NOT NULL,
	PRIMARY KEY (place_name, place_country, place_lat, place_lon, place_precision)
) WITHOUT ROWID;

-- Events per country, on either side; an event of a country with itself
-- counts once.
CREATE TABLE country_events (
	country TEXT PRIMARY KEY,
	events  INTEGER NOT NULL
) WITHOUT ROWID;

-- The kind of each actor, its first role ('GOV', 'EDU', ...; NULL when it
-- has none), which public diplomacy is told by: columns of their own, so
-- that the index below holds them and a pair's diplomacy is chosen without
-- reading the roles' JSON (SQLite reads the row for a generated column).
ALTER TABLE events ADD COLUMN source_kind TEXT;
ALTER TABLE events ADD COLUMN target_kind TEXT;
UPDATE events SET source_kind = json_extract(source_roles, '$[0]'),
	target_kind = json_extract(target_roles, '$[0]');

-- The candidates for public diplomacy (dyad.Diplomacy): a government on
-- one side and, on the other, a society role or a city. A pair's public
-- diplomacy is chosen from this index, where the capital and the place's
-- country are checked, instead of from all the pair's events; in id order,
-- so a page of it is read without sorting. The WHERE
-- clause is written again, word for word, by diplomacyCandidates in
-- aggregate.go: SQLite uses a partial index only for a query that has it.
CREATE INDEX events_diplomacy ON events (source_country, target_country, id, date, quad_class,
	goldstein, source_kind, target_kind, place_precision, place_country, place_name)
WHERE (source_kind = 'GOV' AND (place_precision = 'city'
		OR target_kind IN ('EDU', 'BUS', 'MED', 'CVL', 'REL', 'LAB', 'HLH', 'AGR', 'HRI', 'NGO')))
	OR (target_kind = 'GOV' AND (place_precision = 'city'
		OR source_kind IN ('EDU', 'BUS', 'MED', 'CVL', 'REL', 'LAB', 'HLH', 'AGR', 'HRI', 'NGO')));
