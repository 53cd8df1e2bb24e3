-- Sync: the configured sources, what each sync did, and the staff's own knowledge about offers.

-- A place the catalogue is pulled from. etag / last_modified are the validators of the last good
-- fetch (for a file: its size and modification time); paged_api is learnt from the first answer
-- (an HSDS API page envelope) and allows incremental fetches with modified_after.
CREATE TABLE source (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE,
    kind           TEXT    NOT NULL,
    location       TEXT    NOT NULL,
    enabled        INTEGER NOT NULL DEFAULT 1,
    etag           TEXT,
    last_modified  TEXT,
    paged_api      INTEGER NOT NULL DEFAULT 0,
    last_full_sync TEXT,
    last_attempt   TEXT,
    last_success   TEXT,
    last_error     TEXT
);

-- One line per source per sync: counts, or the error (a Danish sentence) when it failed.
CREATE TABLE sync_log (
    id        INTEGER PRIMARY KEY,
    time      TEXT    NOT NULL,
    source    TEXT    NOT NULL,
    outcome   TEXT    NOT NULL,
    added     INTEGER NOT NULL DEFAULT 0,
    changed   INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    removed   INTEGER NOT NULL DEFAULT 0,
    error     TEXT
);

CREATE INDEX sync_log_source_time ON sync_log (source, time);

-- Local knowledge about an offer, kept by (source, source_id) and never written by a sync.
CREATE TABLE offer_note (
    source      TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    note        TEXT,
    verified_on TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (source, source_id)
);
