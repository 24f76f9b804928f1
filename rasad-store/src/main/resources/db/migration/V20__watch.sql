-- Live monitoring (rasad watch): per-source state, the items already taken from each source, the fetch
-- log, saved watchlists and their matches (which double as the webhook outbox). Times are ISO-8601 UTC.

CREATE TABLE watch_source_state (
    source        TEXT PRIMARY KEY,              -- the source's name in the sources file
    etag          TEXT,                          -- validators of the last 200 response (conditional GET)
    last_modified TEXT,
    last_attempt  TEXT,
    last_success  TEXT,
    error_streak  INTEGER NOT NULL DEFAULT 0,    -- failed polls since the last success
    last_error    TEXT,
    next_due      TEXT                           -- earliest time of the next poll (interval or backoff)
);

CREATE TABLE watch_items (
    source     TEXT NOT NULL,
    item_key   TEXT NOT NULL,                    -- the item's link (else a hash of it), or file path+size+mtime
    doc_id     TEXT,                             -- the stored document, null when a duplicate or rejected
    text_hash  TEXT,                             -- sha256 of the whitespace-folded article text
    outcome    TEXT NOT NULL,                    -- stored | duplicate | rejected
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (source, item_key)
);
CREATE INDEX watch_items_text ON watch_items(text_hash);
CREATE INDEX watch_items_seen ON watch_items(source, seen_at);
CREATE INDEX watch_items_key ON watch_items(item_key);

CREATE TABLE watch_fetches (
    fid      INTEGER PRIMARY KEY,
    source   TEXT,
    url      TEXT NOT NULL,
    status   INTEGER NOT NULL,                   -- HTTP status; 0: no response (timeout, refused, robots)
    bytes    INTEGER NOT NULL,
    millis   INTEGER NOT NULL,
    note     TEXT,                               -- not-modified, robots, too-large, error message ...
    at       TEXT NOT NULL
);
CREATE INDEX watch_fetches_source ON watch_fetches(source, fid);

CREATE TABLE watchlists (
    name       TEXT PRIMARY KEY,
    query      TEXT NOT NULL,                    -- JSON: actors, source, target, types, modality, contexts, text
    webhook    TEXT,
    secret     TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE watch_matches (
    mid          INTEGER PRIMARY KEY,
    watchlist    TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    doc_id       TEXT NOT NULL,
    type         TEXT NOT NULL,
    title        TEXT NOT NULL,                  -- one-line summary
    url          TEXT,
    event_json   TEXT NOT NULL,                  -- the spec record (spec/events.md)
    matched_at   TEXT NOT NULL,
    delivery     TEXT NOT NULL,                  -- none | pending | delivered | failed
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_try     TEXT,
    last_error   TEXT,
    UNIQUE (watchlist, event_id)
);
CREATE INDEX watch_matches_list ON watch_matches(watchlist, mid);
CREATE INDEX watch_matches_delivery ON watch_matches(delivery, next_try);
