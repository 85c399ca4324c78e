-- A leaner change log. The write path appends one row per changed field, so every byte and every
-- index of that row is paid on each edit (docs/performance.md):
-- * who, where and which action are stored once per action in change_txn, not on every field;
-- * the local sequence is the rowid (no AUTOINCREMENT bookkeeping table);
-- * the per-row UUID is gone: the HLC stamp (which ends in the installation id) is unique on
--   every installation and is the identity of a change when it travels;
-- * the op CHECK is enforced by the write path, the only writer.
-- change_history joins both tables back into the one row per change that readers want.

CREATE TABLE change_txn (
    id           INTEGER PRIMARY KEY,
    txn          TEXT NOT NULL,
    installation TEXT NOT NULL,
    user_name    TEXT NOT NULL
) STRICT;

INSERT INTO change_txn (txn, installation, user_name)
SELECT txn, installation, user_name FROM change_log
GROUP BY txn, installation, user_name
ORDER BY min(seq);

CREATE TABLE change_log_v2 (
    seq       INTEGER PRIMARY KEY,
    txn_id    INTEGER NOT NULL REFERENCES change_txn (id),
    hlc       TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op        TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    old_value ANY,
    new_value ANY
) STRICT;

INSERT INTO change_log_v2 (seq, txn_id, hlc, entity, entity_id, op, field, old_value, new_value)
SELECT c.seq, t.id, c.hlc, c.entity, c.entity_id, c.op, c.field, c.old_value, c.new_value
FROM change_log c
JOIN change_txn t ON t.txn = c.txn AND t.installation = c.installation
                 AND t.user_name = c.user_name
ORDER BY c.seq;

DROP TABLE change_log;
ALTER TABLE change_log_v2 RENAME TO change_log;
CREATE UNIQUE INDEX change_log_hlc ON change_log (hlc);
CREATE INDEX change_log_entity ON change_log (entity_id, field);

CREATE VIEW change_history AS
SELECT c.seq, t.txn, c.hlc, t.installation, t.user_name, c.entity, c.entity_id, c.op, c.field,
       c.old_value, c.new_value
FROM change_log c
JOIN change_txn t ON t.id = c.txn_id;
