-- Regie schema 13: change_index keyed by one integer per record and field.
-- Its rows held the record id (36 characters) and the field name next to each sequence number:
-- about 50 bytes an entry, a large part of what an import of edits writes and sorts. The key is
-- now 48 bits of a hash of the record id and 16 of the field name (regie_index_key(), which
-- Database registers on every connection before migrating; ChangeIndex::keyOf() in C++): 8 bytes,
-- compared as an integer, and a record's fields lie next to each other. Keys may collide;
-- readers compare the change-log row's own record id and field.
DROP TABLE change_index;

CREATE TABLE change_index (
    record_key INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    PRIMARY KEY (record_key, seq)
) STRICT, WITHOUT ROWID;

INSERT INTO change_index (record_key, seq)
SELECT regie_index_key(c.entity_id, c.field), c.seq FROM change_log c
WHERE c.seq <= (SELECT seq FROM change_index_mark WHERE id = 1)
ORDER BY 1, 2;
