-- Field work that ends at the legal desk: the sanction procedure against a certificate holder
-- (domain-rules.md §3) and the window register from the police's registration tool (issue 4 §7).

CREATE TABLE holder_sanctions (
    id                TEXT PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    installation_code TEXT NOT NULL,
    year              INTEGER NOT NULL,
    sequence          INTEGER NOT NULL,
    premises_id       TEXT NOT NULL REFERENCES premises (id),
    certificate_id    TEXT REFERENCES certificates (id),
    holder_id         TEXT REFERENCES persons (id),
    opened_on         TEXT NOT NULL,
    notes             TEXT NOT NULL DEFAULT '',
    deleted           INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX holder_sanctions_premises ON holder_sanctions (premises_id);

-- finding | warning-letter | hearing-invitation | hearing-held | decision | execution-control |
-- appeal | appeal-outcome
CREATE TABLE holder_sanction_events (
    id            TEXT PRIMARY KEY,
    dossier_id    TEXT NOT NULL REFERENCES holder_sanctions (id),
    type          TEXT NOT NULL,
    event_date    TEXT NOT NULL,
    report_number TEXT NOT NULL DEFAULT '',
    finding_id    TEXT REFERENCES findings (id),
    decision      TEXT NOT NULL DEFAULT '',
    start_date    TEXT,
    end_date      TEXT,
    notified_on   TEXT,
    outcome       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX holder_sanction_events_dossier ON holder_sanction_events (dossier_id, event_date);

-- Only what the city needs: a pseudonymous reference issued by the police tool, never a name,
-- a national number or a copy of an identity document.
CREATE TABLE window_registrations (
    id               TEXT PRIMARY KEY,
    window_id        TEXT NOT NULL REFERENCES windows (id),
    period_start     TEXT NOT NULL,
    period_end       TEXT NOT NULL,
    worker_ref       TEXT NOT NULL,
    registered       INTEGER NOT NULL,
    police_validated INTEGER NOT NULL,
    source           TEXT NOT NULL DEFAULT '',
    deleted          INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX window_registrations_window ON window_registrations (window_id, period_start);

ALTER TABLE findings ADD COLUMN sanction_id TEXT REFERENCES holder_sanctions (id);
ALTER TABLE findings ADD COLUMN gas_dossier_id TEXT REFERENCES gas_dossiers (id);
