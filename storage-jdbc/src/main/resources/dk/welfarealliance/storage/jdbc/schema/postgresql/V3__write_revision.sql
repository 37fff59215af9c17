-- welfare-alliance JDBC store, schema version 3, PostgreSQL: a revision token on the alliance row. Every write of the
-- store sets a new random revision together with the next version, so that a store which remembers the
-- (version, revision) it last read or wrote can tell from the versioned UPDATE alone that the stored rows are
-- still the ones it knows, and update without reading them again. Additive only: existing rows get no
-- revision (NULL), which never matches, so their first update reads the stored rows as before. Same
-- placeholder "prefix" as version 1.

ALTER TABLE ${prefix}alliance ADD COLUMN revision uuid;

INSERT INTO ${prefix}schema_info (version, script) VALUES (3, 'V3__write_revision.sql');
