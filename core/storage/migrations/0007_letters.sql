-- Regie schema 7: generated letters and the registered-letter register (domain-rules.md §1-§4).
-- A letter keeps the template id and version and the data it was filled with (JSON), and the
-- SHA-256 id of its PDF in `blobs`, so a reprint gives the same bytes. The register columns
-- (posted, tracking, received, returned) belong to the same row: one letter, one posting.

CREATE TABLE letters (
    id               TEXT PRIMARY KEY,
    dossier_kind     TEXT NOT NULL CHECK (dossier_kind IN ('gas', 'measure', 'holder-sanction', 'certificate')),
    dossier_id       TEXT NOT NULL,
    dossier_number   TEXT NOT NULL,
    template_id      TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    data_json        TEXT NOT NULL,
    pdf_blob_id      TEXT NOT NULL REFERENCES blobs (id),
    created          TEXT NOT NULL,
    registered       INTEGER NOT NULL DEFAULT 1,
    posted_date      TEXT,
    tracking         TEXT NOT NULL DEFAULT '',
    received_date    TEXT,
    returned_reason  TEXT NOT NULL DEFAULT '',
    returned_date    TEXT,
    notified_date    TEXT,
    notified_how     TEXT NOT NULL DEFAULT '',
    deleted          INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX letters_dossier ON letters (dossier_id, created);
CREATE INDEX letters_posted ON letters (posted_date);

-- The city's letterhead for letters (name, address, IBAN, the sanctioning official): one row per
-- key; defaults come from resources/letters/letterhead.json.
CREATE TABLE letter_settings (
    id      TEXT PRIMARY KEY,
    value   TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
) STRICT;
