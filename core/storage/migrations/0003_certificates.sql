-- Regie schema 3: holders of premises, fitness-certificate dossiers with their dated events,
-- inspections on versioned checklists, content-addressed attachments and draft findings.
-- Status is never stored: it is computed from the dated events at a given date.

CREATE TABLE premises_holders (
    id          TEXT PRIMARY KEY,
    premises_id TEXT NOT NULL REFERENCES premises (id),
    person_id   TEXT NOT NULL REFERENCES persons (id),
    role        TEXT NOT NULL CHECK (role IN ('main-holder', 'holder', 'manager')),
    begins      TEXT NOT NULL,
    ends        TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX premises_holders_premises ON premises_holders (premises_id);

CREATE TABLE certificates (
    id               TEXT PRIMARY KEY,
    premises_id      TEXT NOT NULL REFERENCES premises (id),
    kind             TEXT NOT NULL CHECK (kind IN ('application', 'renewal')),
    application_date TEXT NOT NULL,
    renewal_of       TEXT REFERENCES certificates (id),
    notes            TEXT NOT NULL DEFAULT '',
    deleted          INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX certificates_premises ON certificates (premises_id);

CREATE TABLE certificate_documents (
    id             TEXT PRIMARY KEY,
    certificate_id TEXT NOT NULL REFERENCES certificates (id),
    kind           TEXT NOT NULL,
    document_date  TEXT NOT NULL,
    reference      TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX certificate_documents_certificate ON certificate_documents (certificate_id);

CREATE TABLE certificate_checks (
    id             TEXT PRIMARY KEY,
    certificate_id TEXT NOT NULL REFERENCES certificates (id),
    kind           TEXT NOT NULL,
    check_date     TEXT NOT NULL,
    inspector      TEXT NOT NULL,
    result         TEXT NOT NULL CHECK (result IN ('favourable', 'unfavourable')),
    remarks        TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX certificate_checks_certificate ON certificate_checks (certificate_id);

CREATE TABLE certificate_conditions (
    id             TEXT PRIMARY KEY,
    certificate_id TEXT NOT NULL REFERENCES certificates (id),
    text           TEXT NOT NULL,
    due_date       TEXT NOT NULL,
    met_date       TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX certificate_conditions_certificate ON certificate_conditions (certificate_id);

CREATE TABLE certificate_events (
    id             TEXT PRIMARY KEY,
    certificate_id TEXT NOT NULL REFERENCES certificates (id),
    kind           TEXT NOT NULL,
    event_date     TEXT NOT NULL,
    end_date       TEXT,
    outcome        TEXT NOT NULL DEFAULT '',
    valid_until    TEXT,
    reference      TEXT NOT NULL DEFAULT '',
    detail         TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX certificate_events_certificate ON certificate_events (certificate_id, event_date);

CREATE TABLE checklist_templates (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    valid_from TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    items_json TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX checklist_templates_code ON checklist_templates (code, version);

CREATE TABLE inspections (
    id               TEXT PRIMARY KEY,
    premises_id      TEXT NOT NULL REFERENCES premises (id),
    certificate_id   TEXT REFERENCES certificates (id),
    kind             TEXT NOT NULL CHECK (kind IN ('proactive', 'reactive')),
    inspection_date  TEXT NOT NULL,
    inspector        TEXT NOT NULL DEFAULT '',
    template_id      TEXT NOT NULL REFERENCES checklist_templates (id),
    template_code    TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    finalised_at     TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX inspections_premises ON inspections (premises_id, inspection_date);

CREATE TABLE inspection_answers (
    id            TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    item_code     TEXT NOT NULL,
    window_number TEXT NOT NULL DEFAULT '',
    result        TEXT NOT NULL CHECK (result IN ('conform', 'not-conform', 'na')),
    remark        TEXT NOT NULL DEFAULT '',
    answered_at   TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX inspection_answers_inspection ON inspection_answers (inspection_id, item_code);

CREATE TABLE inspection_amendments (
    id            TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    answer_id     TEXT NOT NULL REFERENCES inspection_answers (id),
    result        TEXT NOT NULL CHECK (result IN ('conform', 'not-conform', 'na')),
    remark        TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL,
    amended_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX inspection_amendments_inspection ON inspection_amendments (inspection_id);

CREATE TABLE blobs (
    id          TEXT PRIMARY KEY,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    data_base64 TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE inspection_photos (
    id            TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    item_code     TEXT NOT NULL,
    blob_id       TEXT NOT NULL REFERENCES blobs (id),
    file_name     TEXT NOT NULL DEFAULT '',
    added_at      TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX inspection_photos_inspection ON inspection_photos (inspection_id);

CREATE TABLE findings (
    id            TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections (id),
    premises_id   TEXT NOT NULL REFERENCES premises (id),
    item_code     TEXT NOT NULL,
    window_number TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'draft',
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX findings_inspection ON findings (inspection_id);
