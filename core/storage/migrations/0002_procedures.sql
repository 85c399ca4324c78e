-- Regie schema 2: GAS fine procedures (offence catalogue, dossiers, events, payments) and the
-- mayor's measures (place bans, closures, hearing orders) with their events.
-- Columns marked "derived" are computed by the services from the events and the rule set in
-- force (the same legal clock as `regie-cli clock`) and written through the write path in the
-- same change set as the event, so the deadline board reads them with one indexed query.
-- The search tables (gas_search) are derived data kept in sync by triggers; they are never
-- written by code and never synchronised.
-- Trigger bodies keep their inner semicolons off the end of a line (the migration splitter
-- ends a statement at a line that ends with a semicolon).

CREATE TABLE offences (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL,
    article       TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    offender_role TEXT NOT NULL DEFAULT 'other'
                  CHECK (offender_role IN ('sex-worker', 'client', 'operator', 'other')),
    active        INTEGER NOT NULL DEFAULT 1,
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX offences_code ON offences (code);

CREATE TABLE gas_dossiers (
    id                  TEXT PRIMARY KEY,
    number              TEXT NOT NULL,
    installation_code   TEXT NOT NULL,
    year                INTEGER NOT NULL,
    sequence            INTEGER NOT NULL,
    facts_date          TEXT NOT NULL,
    place               TEXT NOT NULL DEFAULT '',
    report_number       TEXT NOT NULL DEFAULT '',
    report_kind         TEXT NOT NULL DEFAULT 'police'
                        CHECK (report_kind IN ('police', 'administrative')),
    offence_id          TEXT NOT NULL REFERENCES offences (id),
    person_id           TEXT NOT NULL REFERENCES persons (id),
    offender_role       TEXT NOT NULL DEFAULT 'other',
    birth_date          TEXT,
    minor               INTEGER NOT NULL DEFAULT 0,
    intended_fine       REAL,
    state               TEXT NOT NULL DEFAULT 'registered',
    rule_set            TEXT NOT NULL,
    received_date       TEXT NOT NULL,
    received_late       INTEGER NOT NULL DEFAULT 0,
    repeat_of           TEXT,
    report_warning      TEXT NOT NULL DEFAULT '',
    payment_reference   TEXT NOT NULL DEFAULT '',
    created             TEXT NOT NULL,
    notes               TEXT NOT NULL DEFAULT '',
    decision_date       TEXT,
    decided_fine        REAL,
    paid_amount         REAL NOT NULL DEFAULT 0,
    hearing_date        TEXT,
    limitation_date     TEXT,
    payment_due         TEXT,
    next_deadline       TEXT,
    next_deadline_name  TEXT NOT NULL DEFAULT '',
    next_deadline_party TEXT NOT NULL DEFAULT '',
    deleted             INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX gas_dossiers_number ON gas_dossiers (number);
CREATE INDEX gas_dossiers_sequence ON gas_dossiers (installation_code, year, sequence);
CREATE INDEX gas_dossiers_state ON gas_dossiers (state, facts_date);
CREATE INDEX gas_dossiers_facts ON gas_dossiers (facts_date);
CREATE INDEX gas_dossiers_person ON gas_dossiers (person_id, offence_id, decision_date);
CREATE INDEX gas_dossiers_report ON gas_dossiers (report_number);

CREATE TABLE gas_events (
    id         TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES gas_dossiers (id),
    type       TEXT NOT NULL,
    date       TEXT NOT NULL,
    amount     REAL,
    court      TEXT NOT NULL DEFAULT '',
    outcome    TEXT NOT NULL DEFAULT '',
    details    TEXT NOT NULL DEFAULT '{}',
    recorded   TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX gas_events_dossier ON gas_events (dossier_id, date);

CREATE TABLE payments (
    id         TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES gas_dossiers (id),
    date       TEXT NOT NULL,
    amount     REAL NOT NULL,
    reference  TEXT NOT NULL DEFAULT '',
    late       INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX payments_dossier ON payments (dossier_id, date);

CREATE TABLE measures (
    id                TEXT PRIMARY KEY,
    number            TEXT NOT NULL,
    installation_code TEXT NOT NULL,
    year              INTEGER NOT NULL,
    sequence          INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('place-ban', 'closure-trafficking',
                                                    'closure-public-order', 'hearing-order')),
    person_id         TEXT REFERENCES persons (id),
    premises_id       TEXT REFERENCES premises (id),
    perimeter         TEXT NOT NULL DEFAULT '',
    order_text        TEXT NOT NULL DEFAULT '',
    reason            TEXT NOT NULL DEFAULT '',
    decision_date     TEXT NOT NULL,
    start_date        TEXT NOT NULL,
    months            INTEGER,
    renewals          INTEGER NOT NULL DEFAULT 0,
    end_date          TEXT,
    hearing_date      TEXT,
    urgency_reason    TEXT NOT NULL DEFAULT '',
    consultation_date TEXT,
    confirmation_date TEXT,
    state             TEXT NOT NULL DEFAULT 'in-force'
                      CHECK (state IN ('in-force', 'lifted', 'ended')),
    rule_set          TEXT NOT NULL DEFAULT '',
    gas_dossier_id    TEXT REFERENCES gas_dossiers (id),
    created           TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX measures_number ON measures (number);
CREATE INDEX measures_sequence ON measures (installation_code, year, sequence);
CREATE INDEX measures_state ON measures (state, end_date);
CREATE INDEX measures_person ON measures (person_id);
CREATE INDEX measures_premises ON measures (premises_id);

CREATE TABLE measure_events (
    id         TEXT PRIMARY KEY,
    measure_id TEXT NOT NULL REFERENCES measures (id),
    type       TEXT NOT NULL,
    date       TEXT NOT NULL,
    months     INTEGER,
    details    TEXT NOT NULL DEFAULT '',
    recorded   TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX measure_events_measure ON measure_events (measure_id, date);

CREATE VIRTUAL TABLE gas_search USING fts5 (number, report_number, place, person,
                                            tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER gas_search_insert AFTER INSERT ON gas_dossiers BEGIN
    INSERT INTO gas_search (rowid, number, report_number, place, person) VALUES (new.rowid, new.number, new.report_number, new.place, (SELECT trim(family_name || ' ' || given_names || ' ' || legal_name || ' ' || address) FROM persons WHERE id = new.person_id)); END;

CREATE TRIGGER gas_search_update AFTER UPDATE OF number, report_number, place, person_id ON gas_dossiers BEGIN
    DELETE FROM gas_search WHERE rowid = old.rowid; INSERT INTO gas_search (rowid, number, report_number, place, person) VALUES (new.rowid, new.number, new.report_number, new.place, (SELECT trim(family_name || ' ' || given_names || ' ' || legal_name || ' ' || address) FROM persons WHERE id = new.person_id)); END;

CREATE TRIGGER gas_search_person AFTER UPDATE OF family_name, given_names, legal_name, address ON persons BEGIN
    UPDATE gas_search SET person = trim(new.family_name || ' ' || new.given_names || ' ' || new.legal_name || ' ' || new.address) WHERE rowid IN (SELECT rowid FROM gas_dossiers WHERE person_id = new.id); END;
