-- Regie schema 6: what the action plan's indicators count that no other feature records:
-- the police team's branch inventory (action 2.1), meetings and notes (actions 3.3-3.5),
-- partners' figures entered per period, aggregates of the yearly minimum-format registration
-- files (actions 3.1-3.2), and reporting rounds with the values they froze.
-- Registration files are reduced to counts on import: no client identity is ever stored.

CREATE TABLE branch_counts (
    id                     TEXT PRIMARY KEY,
    period_start           TEXT NOT NULL,
    period_end             TEXT NOT NULL,
    branch                 TEXT NOT NULL CHECK (branch IN ('window', 'street', 'strip-club',
                                 'escort', 'private-reception', 'home-reception', 'massage',
                                 'other')),
    establishments         INTEGER NOT NULL DEFAULT 0,
    controls               INTEGER NOT NULL DEFAULT 0,
    establishments_checked INTEGER NOT NULL DEFAULT 0,
    persons_checked        INTEGER NOT NULL DEFAULT 0,
    reports_pv             INTEGER NOT NULL DEFAULT 0,
    rir                    INTEGER NOT NULL DEFAULT 0,
    information_reports    INTEGER NOT NULL DEFAULT 0,
    administrative_arrests INTEGER NOT NULL DEFAULT 0,
    judicial_arrests       INTEGER NOT NULL DEFAULT 0,
    source                 TEXT NOT NULL DEFAULT '',
    source_date            TEXT,
    deleted                INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX branch_counts_period ON branch_counts (period_start, period_end);

CREATE TABLE meetings (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX meetings_date ON meetings (type, meeting_date);

CREATE TABLE policy_notes (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('policy-note', 'signal-note', 'covenant',
                                            'report', 'explanation')),
    note_date TEXT NOT NULL,
    title     TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    deleted   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX policy_notes_date ON policy_notes (kind, note_date);

CREATE TABLE indicator_figures (
    id            TEXT PRIMARY KEY,
    indicator_key TEXT NOT NULL,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    value         REAL NOT NULL,
    source        TEXT NOT NULL,
    source_date   TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX indicator_figures_key ON indicator_figures (indicator_key, period_start);

CREATE TABLE registration_imports (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('care', 'safety')),
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    rows         INTEGER NOT NULL,
    imported_at  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE registration_aggregates (
    id           TEXT PRIMARY KEY,
    import_id    TEXT NOT NULL REFERENCES registration_imports (id),
    kind         TEXT NOT NULL CHECK (kind IN ('care', 'safety')),
    organisation TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    measure      TEXT NOT NULL,
    value        INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX registration_aggregates_measure ON registration_aggregates (kind, measure,
                                                                         period_start);

CREATE TABLE report_rounds (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('half-year', 'year', 'other')),
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    frozen_at    TEXT,
    frozen_by    TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX report_rounds_name ON report_rounds (name);

CREATE TABLE round_values (
    id            TEXT PRIMARY KEY,
    round_id      TEXT NOT NULL REFERENCES report_rounds (id),
    indicator_key TEXT NOT NULL,
    fiche_code    TEXT NOT NULL,
    kind          TEXT NOT NULL,
    value         REAL,
    source        TEXT NOT NULL DEFAULT '',
    source_date   TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX round_values_round ON round_values (round_id, indicator_key);

-- The indicators count other features' records by date: one index per counted date.
CREATE INDEX gas_dossiers_decision ON gas_dossiers (decision_date, offender_role);
CREATE INDEX measures_decision ON measures (decision_date, kind);
CREATE INDEX inspections_date ON inspections (inspection_date, kind);
CREATE INDEX certificate_events_date ON certificate_events (event_date, kind);
