-- The offer catalogue. The full offer is kept as JSON in `data` (the domain record, see
-- dk.henvis.catalog.OfferJson); the columns beside it are what is searched, filtered or joined on.
CREATE TABLE offer (
    id            INTEGER PRIMARY KEY,
    source        TEXT    NOT NULL,
    source_id     TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    organisation  TEXT,
    postcode      TEXT,
    focus         TEXT,
    data          TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    first_seen    TEXT    NOT NULL,
    last_changed  TEXT    NOT NULL,
    withdrawn_at  TEXT,
    UNIQUE (source, source_id)
);

CREATE INDEX offer_status ON offer (status);

-- Full-text index over name, description, organisation and tags. unicode61 with
-- remove_diacritics 0 keeps æ, ø and å distinct from a and o.
CREATE VIRTUAL TABLE offer_fts USING fts5(
    name, description, organisation, tags,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER offer_fts_insert AFTER INSERT ON offer BEGIN
    INSERT INTO offer_fts (rowid, name, description, organisation, tags)
    VALUES (new.id, new.name, json_extract(new.data, '$.description'), new.organisation,
            coalesce(json_extract(new.data, '$.tags'), '') || ' ' || coalesce(json_extract(new.data, '$.categories'), ''));
END;

CREATE TRIGGER offer_fts_delete AFTER DELETE ON offer BEGIN
    DELETE FROM offer_fts WHERE rowid = old.id;
END;

CREATE TRIGGER offer_fts_update AFTER UPDATE OF name, data, organisation ON offer BEGIN
    DELETE FROM offer_fts WHERE rowid = old.id;
    INSERT INTO offer_fts (rowid, name, description, organisation, tags)
    VALUES (new.id, new.name, json_extract(new.data, '$.description'), new.organisation,
            coalesce(json_extract(new.data, '$.tags'), '') || ' ' || coalesce(json_extract(new.data, '$.categories'), ''));
END;
