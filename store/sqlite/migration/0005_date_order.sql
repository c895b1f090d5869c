-- Pages of events go newest first (date, then id, descending), so the
-- indexes that choose a page for one filter end with the date and the id:
-- a page is read from the index in that order, without sorting the events
-- the filter keeps. Before, they ended with the id alone, and a page was
-- the events with the smallest ids: a sample, in no useful order.
-- events_root, events_quad and events_date end with (date, id) already.
DROP INDEX IF EXISTS events_target_code;
DROP INDEX IF EXISTS events_dyad;
DROP INDEX IF EXISTS events_target_country;
DROP INDEX IF EXISTS events_code;
DROP INDEX IF EXISTS events_place;
DROP INDEX IF EXISTS events_place_country;
DROP INDEX IF EXISTS events_diplomacy;
-- A bulk load killed before it built its indexes recorded the old
-- definitions; these are built here, new.
DELETE FROM deferred_indexes WHERE name IN ('events_target_code', 'events_dyad',
	'events_target_country', 'events_code', 'events_place', 'events_place_country',
	'events_diplomacy');

CREATE INDEX events_target_code ON events (target_code, date, id);
CREATE INDEX events_dyad ON events (source_country, target_country, date, id);
CREATE INDEX events_target_country ON events (target_country, date, id);
CREATE INDEX events_code ON events (code, date, id);
CREATE INDEX events_place ON events (place_name, date, id);
CREATE INDEX events_place_country ON events (place_country, date, id);

-- As in migration 0003, with the date before the id; the WHERE clause is
-- written again, word for word, by diplomacyCandidates in aggregate.go.
CREATE INDEX events_diplomacy ON events (source_country, target_country, date, id, quad_class,
	goldstein, source_kind, target_kind, place_precision, place_country, place_name)
WHERE (source_kind = 'GOV' AND (place_precision = 'city'
		OR target_kind IN ('EDU', 'BUS', 'MED', 'CVL', 'REL', 'LAB', 'HLH', 'AGR', 'HRI', 'NGO')))
	OR (target_kind = 'GOV' AND (place_precision = 'city'
		OR source_kind IN ('EDU', 'BUS', 'MED', 'CVL', 'REL', 'LAB', 'HLH', 'AGR', 'HRI', 'NGO')));
