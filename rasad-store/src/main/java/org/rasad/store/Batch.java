package org.rasad.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasad.core.ActorRef;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.Evidence;
import org.rasad.core.Problem;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.store.internal.Dates;
import org.rasad.store.internal.DocIndex;
import org.rasad.store.internal.Sql;
import org.rasad.store.internal.StoryWriter;

/**
 * One SQLite transaction: documents, their events, rejects and source progress become visible together on
 * {@link #commit()}, or not at all ({@link #close()} without commit rolls back). After the SQLite commit the
 * batch's documents go into the Lucene index and it is committed; a crash between the two is repaired when the
 * store is next opened. One batch at a time per store; not thread-safe.
 */
public final class Batch implements AutoCloseable {
    /** Offending bytes kept per reject, at most. */
    public static final int MAX_REJECT_BYTES = 64 * 1024;

    private final Connection c;
    private final DocIndex index;
    private final Runnable release;
    private final List<DocIndex.Entry> pending = new ArrayList<>();
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement selectHash;
    private final PreparedStatement selectId;
    private final PreparedStatement deleteDoc;
    private final PreparedStatement insertDoc;
    private final PreparedStatement lastRowId;
    private final PreparedStatement insertSegment;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertActor;
    private final PreparedStatement insertActorCode;
    private final PreparedStatement insertEvidence;
    private final PreparedStatement insertReject;
    private final PreparedStatement upsertSource;
    private final StoryWriter stories;
    private long maxSeq;
    private int added;
    private int skipped;
    private int replaced;
    private int events;
    private int rejects;
    private boolean done;

    Batch(Connection c, DocIndex index, Runnable release) throws SQLException {
        this.c = c;
        this.index = index;
        this.release = release;
        selectHash = prepare("SELECT 1 FROM documents WHERE content_hash = ?");
        selectId = prepare("SELECT seq FROM documents WHERE id = ?");
        deleteDoc = prepare("DELETE FROM documents WHERE seq = ?");
        insertDoc = prepare("INSERT INTO documents (id, content_hash, title, text, clean_text, original, date, url, "
                + "source, charset, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        lastRowId = prepare("SELECT last_insert_rowid()");
        insertSegment = prepare("INSERT OR REPLACE INTO segments (id, doc_seq, ord, start, end, date) VALUES (?, ?, ?, ?, ?, ?)");
        insertEvent = prepare("INSERT INTO events (id, doc_seq, doc, type, mode, contexts, date, date_text, date_lo, "
                + "date_hi, modality, location_name, location_code, confidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertActor = prepare("INSERT INTO event_actors (eid, side, ord, code, top_code, sector, person, role, text) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertActorCode = prepare("INSERT OR IGNORE INTO actors (code, top_code) VALUES (?, ?)");
        insertEvidence = prepare("INSERT INTO evidence (eid, ord, start, end, text, field) VALUES (?, ?, ?, ?, ?, ?)");
        insertReject = prepare("INSERT OR IGNORE INTO rejects (origin, doc_id, stage, reason, message, bytes, "
                + "bytes_len, created_at, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        upsertSource = prepare("INSERT INTO sources (origin, bytes_done, records_done, complete, updated_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT(origin) DO UPDATE SET bytes_done = excluded.bytes_done, "
                + "records_done = excluded.records_done, complete = excluded.complete, updated_at = excluded.updated_at");
        stories = new StoryWriter(c, org.rasad.extract.dedup.DedupConfig.DEFAULT);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        statements.add(ps);
        return ps;
    }

    /**
     * Stores a document with its cleaned text, segments and events. A document whose content hash is already
     * stored is skipped (returns false). A document with a stored id but new content replaces the old one.
     * Events the schema cannot hold (no type) are kept as rejects, not thrown.
     */
    public boolean add(StoredDocument d) {
        check();
        try {
            String hash = d.contentHash();
            selectHash.setString(1, hash);
            try (ResultSet rs = selectHash.executeQuery()) {
                if (rs.next()) {
                    skipped++;
                    return false;
                }
            }
            Document doc = d.doc();
            selectId.setString(1, doc.id());
            try (ResultSet rs = selectId.executeQuery()) {
                if (rs.next()) {
                    stories.remove(rs.getLong(1));
                    deleteDoc.setLong(1, rs.getLong(1));
                    deleteDoc.executeUpdate();
                    replaced++;
                }
            }
            String date = doc.date() == null ? null : doc.date().toString();
            int i = 1;
            insertDoc.setString(i++, doc.id());
            insertDoc.setString(i++, hash);
            insertDoc.setString(i++, doc.title());
            insertDoc.setString(i++, doc.text());
            insertDoc.setString(i++, d.cleaned() == null ? null : d.cleaned().cleanText());
            insertDoc.setBytes(i++, d.storedOriginal());
            insertDoc.setString(i++, date);
            insertDoc.setString(i++, doc.url());
            insertDoc.setString(i++, doc.source());
            insertDoc.setString(i++, doc.charset());
            insertDoc.setString(i++, doc.origin());
            insertDoc.setString(i, Instant.now().toString());
            insertDoc.executeUpdate();
            long seq = Sql.lastRowId(lastRowId);
            maxSeq = Math.max(maxSeq, seq);
            int ord = 0;
            for (CleanedDocument.Segment s : d.segments()) {
                insertSegment.setString(1, s.id());
                insertSegment.setLong(2, seq);
                insertSegment.setInt(3, ord++);
                insertSegment.setInt(4, s.span().start());
                insertSegment.setInt(5, s.span().end());
                insertSegment.setString(6, s.date() == null ? null : s.date().toString());
                insertSegment.executeUpdate();
            }
            addEvents(d, seq, date);
            stories.assign(seq, d.cleaned() == null ? doc.text() : d.cleaned().cleanText(), doc.date(), doc.source());
            pending.add(new DocIndex.Entry(doc.id(), doc.title(), d.searchText()));
            added++;
            return true;
        } catch (SQLException e) {
            throw new StoreException("cannot store document " + d.doc().id(), e);
        }
    }

    private void addEvents(StoredDocument d, long seq, String docDate) throws SQLException {
        Set<String> ids = new HashSet<>();
        int ord = 0;
        for (Event e : d.events()) {
            ord++;
            if (e.type() == null) {
                reject(new Problem(d.doc().id(), "store", "bad-event", "event without a type: " + e.id(), null),
                        d.doc().origin());
                continue;
            }
            String id = e.id() == null ? d.doc().id() + "#" + ord : e.id();
            while (!ids.add(id)) {
                id = id + "'";
            }
            String segDate = segmentDate(d, e.doc(), docDate);
            String lo = Dates.lo(e.date() != null ? e.date() : segDate);
            String hi = Dates.hi(e.date() != null ? e.date() : segDate);
            long eid = insertEvent(e, id, seq, d.doc().id(), lo, hi);
            actors(eid, "S", e.source());
            actors(eid, "T", e.target());
            int k = 0;
            for (Evidence ev : e.evidence()) {
                insertEvidence.setLong(1, eid);
                insertEvidence.setInt(2, k++);
                insertEvidence.setInt(3, ev.start());
                insertEvidence.setInt(4, ev.end());
                insertEvidence.setString(5, ev.text());
                insertEvidence.setString(6, ev.field());
                insertEvidence.executeUpdate();
            }
            events++;
        }
    }

    private static String segmentDate(StoredDocument d, String eventDoc, String docDate) {
        for (CleanedDocument.Segment s : d.segments()) {
            if (s.id().equals(eventDoc) && s.date() != null) {
                return s.date().toString();
            }
        }
        return docDate;
    }

    private long insertEvent(Event e, String id, long seq, String docId, String lo, String hi) throws SQLException {
        int i = 1;
        insertEvent.setString(i++, id);
        insertEvent.setLong(i++, seq);
        insertEvent.setString(i++, e.doc() == null ? docId : e.doc());
        insertEvent.setString(i++, e.type().name());
        insertEvent.setString(i++, e.mode());
        insertEvent.setString(i++, String.join(" ", e.contexts()));
        insertEvent.setString(i++, e.date());
        insertEvent.setString(i++, e.dateText());
        insertEvent.setString(i++, lo);
        insertEvent.setString(i++, hi);
        insertEvent.setString(i++, e.modality().json());
        insertEvent.setString(i++, e.location() == null ? null : e.location().name());
        insertEvent.setString(i++, e.location() == null ? null : e.location().code());
        insertEvent.setDouble(i, e.confidence());
        try {
            insertEvent.executeUpdate();
        } catch (SQLException dup) {
            // another document already holds this event id: keep the event under a qualified id
            insertEvent.setString(1, id + "@" + seq);
            insertEvent.executeUpdate();
        }
        return Sql.lastRowId(lastRowId);
    }

    private void actors(long eid, String side, List<ActorRef> actors) throws SQLException {
        int ord = 0;
        for (ActorRef a : actors) {
            if (a == null || a.code() == null || a.code().isBlank()) {
                continue;
            }
            insertActor.setLong(1, eid);
            insertActor.setString(2, side);
            insertActor.setInt(3, ord++);
            insertActor.setString(4, a.code());
            insertActor.setString(5, a.topCode());
            insertActor.setString(6, a.sector());
            insertActor.setString(7, a.person());
            insertActor.setString(8, a.role());
            insertActor.setString(9, a.text());
            insertActor.executeUpdate();
            insertActorCode.setString(1, a.code());
            insertActorCode.setString(2, a.topCode());
            insertActorCode.executeUpdate();
        }
    }

    /**
     * Keeps a problem in the rejects table (bytes capped at {@link #MAX_REJECT_BYTES}). The same problem
     * (origin, doc id, stage, reason, bytes) is kept once: re-running an ingest adds no duplicate
     * ({@link BatchResult#rejects()} counts only new ones).
     */
    public void reject(Problem p, String origin) {
        check();
        try {
            byte[] b = p.bytes();
            int i = 1;
            insertReject.setString(i++, origin);
            insertReject.setString(i++, p.docId());
            insertReject.setString(i++, p.stage());
            insertReject.setString(i++, p.reason() == null ? "unknown" : p.reason());
            insertReject.setString(i++, p.message());
            if (b.length == 0) {
                insertReject.setNull(i++, Types.BLOB);
            } else {
                insertReject.setBytes(i++, b.length > MAX_REJECT_BYTES ? Arrays.copyOf(b, MAX_REJECT_BYTES) : b);
            }
            insertReject.setInt(i++, b.length);
            insertReject.setString(i++, Instant.now().toString());
            insertReject.setString(i, rejectKey(p, origin));
            if (insertReject.executeUpdate() > 0) {
                rejects++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store reject " + p.oneLine(), e);
        }
    }

    private static String rejectKey(Problem p, String origin) {
        byte[] head = String.join("\u0000", String.valueOf(origin), String.valueOf(p.docId()), String.valueOf(p.stage()),
                String.valueOf(p.reason()), "").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + p.bytes().length);
        System.arraycopy(p.bytes(), 0, all, head.length, p.bytes().length);
        return StoredDocument.sha256(all);
    }

    /** Records how far the ingest of a source got; committed atomically with this batch's documents. */
    public void progress(SourceProgress p) {
        check();
        try {
            upsertSource.setString(1, p.origin());
            upsertSource.setLong(2, p.bytesDone());
            upsertSource.setLong(3, p.recordsDone());
            upsertSource.setInt(4, p.complete() ? 1 : 0);
            upsertSource.setString(5, Instant.now().toString());
            upsertSource.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record progress of " + p.origin(), e);
        }
    }

    /**
     * Runs one extra SQL statement inside this batch's transaction, so that bookkeeping tables of other
     * packages (e.g. {@code org.rasad.store.watch}) commit or roll back together with the documents.
     * Arguments bind in order (String, Long/Integer, Double, byte[] or null). Returns the update count.
     */
    public int execute(String sql, Object... args) {
        check();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("statement failed: " + sql, e);
        }
    }

    /**
     * Assigns up to {@code max} stored documents that have no story yet (a database ingested before stories
     * existed) to stories, in ingest order, inside this batch; returns how many were assigned (0: none left).
     */
    public int assignMissingStories(int max) {
        check();
        try {
            return stories.assignMissing(max);
        } catch (SQLException e) {
            throw new StoreException("story assignment failed", e);
        }
    }

    /** Commits SQLite, then indexes and commits Lucene. The batch is finished afterwards. */
    public BatchResult commit() {
        commitDatabase();
        commitIndex();
        return new BatchResult(added, skipped, replaced, events, rejects);
    }

    void commitDatabase() {
        check();
        try {
            c.commit();
            done = true;
        } catch (SQLException e) {
            throw new StoreException("batch commit failed", e);
        }
    }

    void commitIndex() {
        try {
            if (!pending.isEmpty()) {
                index.put(pending);
                index.commit(Math.max(maxSeq, index.committedSeq()));
            }
        } catch (java.io.IOException e) {
            throw new StoreException("index commit failed (repaired on next open)", e);
        } finally {
            pending.clear();
        }
    }

    private void check() {
        if (done) {
            throw new IllegalStateException("batch already finished");
        }
    }

    /** Rolls back unless committed; releases the store for the next batch. */
    @Override
    public void close() {
        try {
            if (!done) {
                c.rollback();
                done = true;
            }
            for (PreparedStatement ps : statements) {
                ps.close();
            }
            stories.close();
        } catch (SQLException e) {
            throw new StoreException("rollback failed", e);
        } finally {
            release.run();
        }
    }

    /** UTF-8 bytes of a string (helper for callers building rejects). */
    public static byte[] utf8(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
