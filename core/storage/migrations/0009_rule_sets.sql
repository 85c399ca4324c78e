-- The rule sets in force, stored so that a newer set can be added without a new Regie and
-- travels to the other installations like any change (issue 3 §1). A row holds one set as the
-- JSON object of resources/rules/default-rules.json; the default sets are written on first start
-- with ids derived from procedure and valid-from date, the same on every installation.
CREATE TABLE rule_sets (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    procedure  TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    content    TEXT NOT NULL,
    origin     TEXT NOT NULL DEFAULT 'default',
    added_on   TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX rule_sets_procedure ON rule_sets (procedure, valid_from);
