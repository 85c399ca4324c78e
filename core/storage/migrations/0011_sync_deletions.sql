-- Regie schema 11: an edit and a deletion of the same record made without knowing each other.
-- Sync bookkeeping, not user data (see 0005): core/sync writes these with plain SQL.

-- kind 'field': two concurrent values of one field (0005). kind 'deletion': one side deleted the
-- record while the other edited `field` without either knowing the other's change; deletion_side
-- says which side is the deletion ('local' = the change that was here, 'remote' = the one that
-- arrived) and that side's value is NULL.
ALTER TABLE sync_conflicts ADD COLUMN kind TEXT NOT NULL DEFAULT 'field'
    CHECK (kind IN ('field', 'deletion'));
ALTER TABLE sync_conflicts ADD COLUMN deletion_side TEXT
    CHECK (deletion_side IN ('local', 'remote'));

-- What a deletion that arrived from another installation was made knowing: per field of the
-- record, the latest stamp its installation held when it deleted (JSON {"field":"hlc"}). Kept so
-- that a later edit can be judged, and so that the deletion can be relayed with it.
CREATE TABLE sync_deletion_basis (
    hlc   TEXT PRIMARY KEY,
    basis TEXT NOT NULL
) STRICT;
