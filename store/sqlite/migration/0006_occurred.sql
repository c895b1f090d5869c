-- The running totals count only the events that occurred (dyad.Mode
-- Occurred): not negated or hypothetical ones, which they counted before.
-- They are emptied here and counted again, from every event, when the
-- store opens (Store.foldPending).
DELETE FROM pair_days;
DELETE FROM pair_codes;
DELETE FROM pair_totals;
DELETE FROM place_totals;
DELETE FROM country_events;
UPDATE totals SET counted = 0;
