-- The indexes that a bulk load (Store.DeferIndexes) has dropped, to be
-- built again from all the rows at once by Store.BuildIndexes: their names
-- and CREATE INDEX statements, as sqlite_schema held them. A row is written
-- in the transaction that drops its index and deleted in the one that
-- builds it, so a process killed in between leaves a record of what is
-- missing. A later migration that changes an index of events must look
-- here too: the index may be deferred.
CREATE TABLE deferred_indexes (
	name TEXT PRIMARY KEY,
	sql  TEXT NOT NULL
);
