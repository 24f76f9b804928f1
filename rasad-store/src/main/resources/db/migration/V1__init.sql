-- rasad store schema v1. Offsets are UTF-16 code units into documents.text (spec/events.md).

CREATE TABLE documents (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT, -- insertion order, never reused; the Lucene index records the last seq it holds
    id            TEXT    NOT NULL UNIQUE,
    content_hash  TEXT    NOT NULL UNIQUE,        -- sha256 hex of the original bytes
    title         TEXT    NOT NULL,
    text          TEXT    NOT NULL,               -- decoded text; evidence offsets index this
    clean_text    TEXT,                           -- cleaned body for search (null: not cleaned)
    original      BLOB    NOT NULL,               -- the bytes as read, byte for byte
    date          TEXT,
    url           TEXT,
    source        TEXT,
    charset       TEXT,
    origin        TEXT,
    ingested_at   TEXT    NOT NULL
);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE segments (
    id      TEXT    PRIMARY KEY,
    doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    date    TEXT
);
CREATE INDEX segments_doc ON segments(doc_seq);

CREATE TABLE actors (
    code     TEXT PRIMARY KEY,
    top_code TEXT NOT NULL,
    kind     TEXT,
    name_en  TEXT,
    names_ar TEXT
);

CREATE TABLE events (
    eid           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    doc_seq       INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    doc           TEXT    NOT NULL,
    type          TEXT    NOT NULL,
    mode          TEXT,
    contexts      TEXT    NOT NULL,               -- space-separated lower-case contexts
    date          TEXT,
    date_text     TEXT,
    date_lo       TEXT,                           -- event date (else document date) widened to a day range
    date_hi       TEXT,
    modality      TEXT    NOT NULL,
    location_name TEXT,
    location_code TEXT,
    confidence    REAL    NOT NULL
);
CREATE INDEX events_doc ON events(doc_seq);
CREATE INDEX events_type_date ON events(type, date_lo);
CREATE INDEX events_date ON events(date_lo);

CREATE TABLE event_actors (
    eid      INTEGER NOT NULL REFERENCES events(eid) ON DELETE CASCADE,
    side     TEXT    NOT NULL CHECK (side IN ('S', 'T')),
    ord      INTEGER NOT NULL,
    code     TEXT    NOT NULL,
    top_code TEXT    NOT NULL,
    sector   TEXT,
    person   TEXT,
    role     TEXT,
    text     TEXT,
    PRIMARY KEY (eid, side, ord)
) WITHOUT ROWID;
CREATE INDEX event_actors_top ON event_actors(top_code, side);
CREATE INDEX event_actors_code ON event_actors(code);

CREATE TABLE evidence (
    eid   INTEGER NOT NULL REFERENCES events(eid) ON DELETE CASCADE,
    ord   INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,
    text  TEXT,
    field TEXT,
    PRIMARY KEY (eid, ord)
) WITHOUT ROWID;

CREATE TABLE rejects (
    rid        INTEGER PRIMARY KEY,
    origin     TEXT,
    doc_id     TEXT,
    stage      TEXT,
    reason     TEXT NOT NULL,
    message    TEXT,
    bytes      BLOB,                              -- offending bytes, capped
    bytes_len  INTEGER NOT NULL,                  -- length before capping
    created_at TEXT NOT NULL
);
CREATE INDEX rejects_reason ON rejects(reason);

CREATE TABLE sources (
    origin       TEXT PRIMARY KEY,
    bytes_done   INTEGER NOT NULL,
    records_done INTEGER NOT NULL,
    complete     INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);
