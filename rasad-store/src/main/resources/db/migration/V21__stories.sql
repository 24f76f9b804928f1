-- Stories: near-duplicate documents across outlets (MinHash/LSH, org.rasad.extract.dedup), and story-level events
-- merged from the events of their documents, every contributing event kept as a mention (like GDELT's events and
-- mentions tables). Written in the same transaction as the documents (Batch.add), so a story never refers to a
-- document that did not commit.

-- One row per document: its MinHash signature (128 little-endian longs), kept so that later documents can be
-- verified against it without re-reading the text.
CREATE TABLE doc_signatures (
    doc_seq  INTEGER PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
    date     TEXT,                                -- the document's date (kept here: documents.date sits behind the text)
    sig      BLOB    NOT NULL
);

-- LSH band keys (32 per document): a new document looks up only the documents sharing one of its keys (the newest
-- 64 per key, so that a boilerplate bucket shared by thousands of documents stays cheap).
CREATE TABLE doc_bands (
    band_key INTEGER NOT NULL,
    doc_seq  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    PRIMARY KEY (band_key, doc_seq)
) WITHOUT ROWID;
CREATE INDEX doc_bands_doc ON doc_bands(doc_seq);

CREATE TABLE stories (
    sid         INTEGER PRIMARY KEY,              -- stable: a story that absorbs another keeps the smaller sid
    rep_seq     INTEGER NOT NULL,                 -- representative: the first member ingested
    rep_doc     TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    first_date  TEXT,                             -- earliest and latest member document date
    last_date   TEXT,
    doc_count   INTEGER NOT NULL,
    outlets     TEXT    NOT NULL,                 -- distinct member outlets (documents.source), sorted, '|'-separated
    outlet_count INTEGER NOT NULL,
    event_count INTEGER NOT NULL                  -- story events
);
CREATE INDEX stories_size ON stories(doc_count, sid);
CREATE INDEX stories_date ON stories(last_date, sid);

CREATE TABLE story_docs (
    doc_seq  INTEGER PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
    sid      INTEGER NOT NULL REFERENCES stories(sid) ON DELETE CASCADE,
    sim      REAL                                 -- estimated Jaccard with the member that linked it (null: founder)
);
CREATE INDEX story_docs_sid ON story_docs(sid);

-- Story events: same story, type and actor set, dates within a window (StoryEventMerger).
CREATE TABLE story_events (
    seid       INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,           -- sid/smallest mention event id
    sid        INTEGER NOT NULL REFERENCES stories(sid) ON DELETE CASCADE,
    type       TEXT    NOT NULL,
    actors     TEXT    NOT NULL,                  -- sorted "S:CODE" / "T:CODE", space-separated
    first_date TEXT,
    last_date  TEXT,
    mentions   INTEGER NOT NULL
);
CREATE INDEX story_events_sid ON story_events(sid);

CREATE TABLE story_event_mentions (
    seid     INTEGER NOT NULL REFERENCES story_events(seid) ON DELETE CASCADE,
    eid      INTEGER NOT NULL REFERENCES events(eid) ON DELETE CASCADE,
    event_id TEXT    NOT NULL,
    doc_seq  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    doc      TEXT    NOT NULL,
    outlet   TEXT,
    evidence TEXT    NOT NULL,                    -- JSON array of {"start","end","text"} (offsets into documents.text)
    PRIMARY KEY (seid, eid)
) WITHOUT ROWID;
CREATE INDEX story_event_mentions_eid ON story_event_mentions(eid);

-- The API's default event order (newest first, then document and id), also within one type, read straight from an
-- index, so that a page of /api/events does not sort the matching events (Store.eventPage, EventOrder.DATE_DESC).
CREATE INDEX events_date_desc ON events(date DESC, doc, id);
CREATE INDEX events_type_date_desc ON events(type, date DESC, doc, id);
