-- Regie schema 1: installation identity, change log, audit trail, people, organisations,
-- premises and the action plan. Every user table has a UUID key and a soft-delete flag so that
-- deletions travel as tombstones. Statements end with a semicolon at the end of a line.

CREATE TABLE installation (
    id           TEXT PRIMARY KEY,
    short_code   TEXT NOT NULL,
    display_name TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    is_self      INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) STRICT;

CREATE TABLE change_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id    TEXT NOT NULL UNIQUE,
    txn          TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    installation TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('create', 'set', 'delete', 'restore')),
    field        TEXT NOT NULL DEFAULT '',
    old_value    ANY,
    new_value    ANY
) STRICT;
CREATE INDEX change_log_entity ON change_log (entity_id, field);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    installation TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT,
    entity_id    TEXT,
    txn          TEXT,
    detail       TEXT
) STRICT;

CREATE TABLE organisations (
    id        TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES organisations (id),
    seed_key  TEXT,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'other',
    address   TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE persons (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('natural', 'legal')),
    family_name     TEXT NOT NULL DEFAULT '',
    given_names     TEXT NOT NULL DEFAULT '',
    birth_date      TEXT,
    national_number TEXT,
    legal_name      TEXT NOT NULL DEFAULT '',
    legal_form      TEXT NOT NULL DEFAULT '',
    company_number  TEXT,
    address         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    deleted         INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX persons_family_name ON persons (family_name);
CREATE INDEX persons_legal_name ON persons (legal_name);

CREATE TABLE premises (
    id               TEXT PRIMARY KEY,
    street           TEXT NOT NULL,
    number           TEXT NOT NULL,
    box              TEXT NOT NULL DEFAULT '',
    postcode         TEXT NOT NULL DEFAULT '2000',
    city             TEXT NOT NULL DEFAULT 'Antwerpen',
    cadastral_parcel TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    deleted          INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE windows (
    id          TEXT PRIMARY KEY,
    premises_id TEXT NOT NULL REFERENCES premises (id),
    number      TEXT NOT NULL,
    floor       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX windows_premises ON windows (premises_id);

CREATE TABLE plans (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    version      TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    introduction TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE policy_lines (
    id         TEXT PRIMARY KEY,
    plan_id    TEXT NOT NULL REFERENCES plans (id),
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    goal_codes TEXT NOT NULL DEFAULT '',
    goal       TEXT NOT NULL DEFAULT '',
    vision     TEXT NOT NULL DEFAULT '',
    results    TEXT NOT NULL DEFAULT '',
    sort       INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE objectives (
    id             TEXT PRIMARY KEY,
    policy_line_id TEXT NOT NULL REFERENCES policy_lines (id),
    code           TEXT NOT NULL,
    text           TEXT NOT NULL,
    sort           INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE line_indicators (
    id             TEXT PRIMARY KEY,
    policy_line_id TEXT NOT NULL REFERENCES policy_lines (id),
    text           TEXT NOT NULL,
    sort           INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE fiches (
    id                  TEXT PRIMARY KEY,
    plan_id             TEXT NOT NULL REFERENCES plans (id),
    policy_line_id      TEXT NOT NULL REFERENCES policy_lines (id),
    code                TEXT NOT NULL,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL DEFAULT '',
    critical_conditions TEXT NOT NULL DEFAULT '',
    executor_id         TEXT REFERENCES organisations (id),
    contact_role        TEXT NOT NULL DEFAULT '',
    fte                 REAL,
    fte_text            TEXT NOT NULL DEFAULT '',
    funding             TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    sort                INTEGER NOT NULL DEFAULT 0,
    deleted             INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX fiches_plan ON fiches (plan_id, policy_line_id);

CREATE TABLE fiche_actions (
    id       TEXT PRIMARY KEY,
    fiche_id TEXT NOT NULL REFERENCES fiches (id),
    text     TEXT NOT NULL,
    status   TEXT NOT NULL DEFAULT 'planned',
    sort     INTEGER NOT NULL DEFAULT 0,
    deleted  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX fiche_actions_fiche ON fiche_actions (fiche_id);

CREATE TABLE fiche_indicators (
    id         TEXT PRIMARY KEY,
    fiche_id   TEXT NOT NULL REFERENCES fiches (id),
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'entered',
    definition TEXT NOT NULL DEFAULT '',
    sort       INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX fiche_indicators_fiche ON fiche_indicators (fiche_id);

CREATE TABLE fiche_partners (
    id              TEXT PRIMARY KEY,
    fiche_id        TEXT NOT NULL REFERENCES fiches (id),
    name            TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    sort            INTEGER NOT NULL DEFAULT 0,
    deleted         INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX fiche_partners_fiche ON fiche_partners (fiche_id);
