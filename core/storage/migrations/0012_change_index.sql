-- Regie schema 12: the change log's lookup by record leaves the write path's hot path.
-- Only sync asks "which changes did this field of this record have, in stamp order?" (the
-- neighbours of an arriving change, what a deletion knew). As an index of change_log, every edit
-- paid for it with an insert at a random place of a large index: about half of an edit's cost
-- (docs/performance.md). change_index holds the same lookup; ChangeIndex::catchUp() brings it up
-- to date in sorted batches before sync reads it, and change_index_mark remembers how far it is.
DROP INDEX change_log_entity;

CREATE TABLE change_index (
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (entity_id, field, seq)
) STRICT, WITHOUT ROWID;

INSERT INTO change_index (entity_id, field, seq)
SELECT entity_id, field, seq FROM change_log ORDER BY entity_id, field, seq;

CREATE TABLE change_index_mark (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
) STRICT;

INSERT INTO change_index_mark (id, seq) SELECT 1, coalesce(max(seq), 0) FROM change_log;
