-- Regie schema 5: sync by signed, encrypted bundles. Everything here is installation-local
-- configuration and bookkeeping, not user data: no table has a `deleted` column, so the write
-- path refuses them, the change log never holds them, they never travel in a bundle and
-- `digest` leaves them out. core/sync writes them with plain SQL.

-- This installation's key pairs; the private halves sealed under a passphrase (Argon2id).
CREATE TABLE sync_keys (
    installation_id TEXT PRIMARY KEY,
    sign_public     BLOB NOT NULL,
    box_public      BLOB NOT NULL,
    salt            BLOB NOT NULL,
    nonce           BLOB NOT NULL,
    sealed          BLOB NOT NULL,
    ops_limit       INTEGER NOT NULL,
    mem_limit       INTEGER NOT NULL,
    created_at      TEXT NOT NULL
) STRICT;

-- The trust list. applied_seq: how far this installation has applied the peer's change stream
-- (its sequence numbers); acked_seq: how far the peer confirmed ours (receipts, bundle headers).
CREATE TABLE sync_peers (
    installation_id TEXT PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    short_code      TEXT NOT NULL,
    display_name    TEXT NOT NULL,
    sign_public     BLOB NOT NULL UNIQUE,
    box_public      BLOB NOT NULL,
    fingerprint     TEXT NOT NULL,
    trusted_at      TEXT NOT NULL,
    revoked_at      TEXT,
    applied_seq     INTEGER NOT NULL DEFAULT 0,
    acked_seq       INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE sync_sent (
    bundle_id  TEXT PRIMARY KEY,
    recipient  TEXT NOT NULL,
    from_seq   INTEGER NOT NULL,
    to_seq     INTEGER NOT NULL,
    changes    INTEGER NOT NULL,
    scope      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    file       TEXT NOT NULL DEFAULT ''
) STRICT;

-- status: applied, or waiting (in sync_backlog until its predecessor arrives).
CREATE TABLE sync_received (
    bundle_id   TEXT PRIMARY KEY,
    sender      TEXT NOT NULL,
    from_seq    INTEGER NOT NULL,
    to_seq      INTEGER NOT NULL,
    changes     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('applied', 'waiting'))
) STRICT;

CREATE TABLE sync_backlog (
    bundle_id  TEXT PRIMARY KEY,
    sender     TEXT NOT NULL,
    from_seq   INTEGER NOT NULL,
    to_seq     INTEGER NOT NULL,
    stored_at  TEXT NOT NULL,
    path       TEXT NOT NULL
) STRICT;
CREATE INDEX sync_backlog_sender ON sync_backlog (sender, from_seq);

-- Signed receipts received from peers: acknowledgements of our bundles.
CREATE TABLE sync_receipts (
    bundle_id   TEXT NOT NULL,
    peer        TEXT NOT NULL,
    applied_seq INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (bundle_id, peer)
) STRICT;

-- Concurrent edits of one field: both values kept for a person to decide. "local" is the change
-- that was here, "remote" the one that arrived; the record holds the later stamp's value.
CREATE TABLE sync_conflicts (
    conflict_id         INTEGER PRIMARY KEY,
    entity              TEXT NOT NULL,
    entity_id           TEXT NOT NULL,
    field               TEXT NOT NULL,
    local_hlc           TEXT NOT NULL,
    local_value         ANY,
    local_installation  TEXT NOT NULL,
    local_user          TEXT NOT NULL,
    remote_hlc          TEXT NOT NULL,
    remote_value        ANY,
    remote_installation TEXT NOT NULL,
    remote_user         TEXT NOT NULL,
    bundle_id           TEXT NOT NULL,
    detected_at         TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'resolved', 'superseded')),
    resolved_at         TEXT,
    resolved_by         TEXT,
    UNIQUE (local_hlc, remote_hlc)
) STRICT;
CREATE INDEX sync_conflicts_open ON sync_conflicts (status, entity, entity_id);
