-- Indexes for the aggregates that dyad serve answers (relations of a pair,
-- partners of a country, countries), so that they are counted from an index
-- alone, without reading the events' rows.
--
-- events_pair serves the relations of a pair: the events of one direction
-- by date, with what is counted (quad class, Goldstein value, code) and
-- what public diplomacy is told by (the actors' roles, the place), and the
-- id, so that the pair's public diplomacy events are chosen from the index
-- alone and only their rows are read.
CREATE INDEX events_pair ON events (source_country, target_country, date, quad_class,
	goldstein, code, source_roles, target_roles, place_precision, place_country, place_name, id);

-- events_partner serves the partners of a country on the target side, and
-- the countries of the targets.
CREATE INDEX events_partner ON events (target_country, source_country, quad_class, goldstein);
