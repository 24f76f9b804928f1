package org.rasad.store.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.rasad.extract.dedup.DedupConfig;
import org.rasad.extract.dedup.MinHash;
import org.rasad.extract.dedup.Shingles;

/**
 * Assigns documents to stories inside the caller's transaction (the batch's connection, so it sees the batch's own
 * uncommitted documents), incrementally across ingest runs.
 *
 * <p>Why probe SQL instead of rebuilding an in-memory {@code StoryIndex} at open: each document persists its MinHash
 * signature (1 KB) and its 32 LSH band keys ({@code doc_bands}, primary key (band_key, doc_seq)). A new document
 * asks for the documents that share one of its band keys (32 index seeks), verifies each candidate's signature
 * (estimated Jaccard ≥ threshold, dates within the window) and joins, or unites, their stories. Nothing is loaded when
 * the store opens (a rebuild would read 70 MB of signatures and build a 2.2 M-entry bucket map on every start at
 * 70k documents, and grow linearly), memory stays constant, and the cost per document does not grow with the
 * database. The links are the same candidate-verified edges {@code StoryIndex} uses, so the stories equal its
 * connected components whatever the order of ingest (tested).
 *
 * <p>A story that absorbs another (a bridging document) keeps the smaller sid; its story events are rebuilt from the
 * events of all its documents with {@link StoryEvents}. Not thread-safe: one batch owns it.
 */
public final class StoryWriter {
    /**
     * Stories up to this many documents are rebuilt whole from their documents' events on every change (exact and
     * independent of order; the largest story of the 69,519-article bulk corpus has 28). Past it a new document's
     * events are appended to the story's events, so a template chain of thousands of documents costs O(1) each.
     */
    static final int REBUILD_MAX = 64;
    /** Newest documents looked at per LSH bucket: near-duplicates arrive close together, boilerplate buckets are huge. */
    static final int BUCKET_PROBE = 64;

    private final Connection c;
    private final DedupConfig config;
    private final StoryEvents events;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement bucket;
    private final PreparedStatement candidate;
    private final PreparedStatement storyRow;
    private final PreparedStatement insertSig;
    private final PreparedStatement insertBand;
    private final PreparedStatement insertStory;
    private final PreparedStatement insertMember;
    private final PreparedStatement moveMembers;
    private final PreparedStatement moveEvents;
    private final PreparedStatement deleteStory;
    private final PreparedStatement storyOf;
    private final PreparedStatement deleteMember;

    public StoryWriter(Connection c, DedupConfig config) throws SQLException {
        this.c = c;
        this.config = config;
        bucket = prepare("SELECT doc_seq FROM doc_bands WHERE band_key = ? ORDER BY doc_seq DESC LIMIT " + BUCKET_PROBE);
        candidate = prepare("SELECT date, sig FROM doc_signatures WHERE doc_seq = ?");
        storyRow = prepare("SELECT doc_count, first_date, last_date, outlets FROM stories WHERE sid = ?");
        insertSig = prepare("INSERT OR REPLACE INTO doc_signatures (doc_seq, date, sig) VALUES (?, ?, ?)");
        insertBand = prepare("INSERT OR IGNORE INTO doc_bands (band_key, doc_seq) VALUES (?, ?)");
        insertStory = prepare("INSERT INTO stories (rep_seq, rep_doc, title, doc_count, outlets, outlet_count, "
                + "event_count) VALUES (?, '', '', 0, '', 0, 0)");
        insertMember = prepare("INSERT OR REPLACE INTO story_docs (doc_seq, sid, sim) VALUES (?, ?, ?)");
        moveMembers = prepare("UPDATE story_docs SET sid = ? WHERE sid = ?");
        moveEvents = prepare("UPDATE story_events SET sid = ? WHERE sid = ?");
        deleteStory = prepare("DELETE FROM stories WHERE sid = ?");
        storyOf = prepare("SELECT sid FROM story_docs WHERE doc_seq = ?");
        deleteMember = prepare("DELETE FROM story_docs WHERE doc_seq = ?");
        events = new StoryEvents(c, config.windowDays());
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        statements.add(ps);
        return ps;
    }

    /**
     * Puts a stored document (its events already inserted) into a story: an existing one when a document sharing a
     * band verifies, else a new one; a document that verifies against several stories unites them. Returns the
     * story's sid. A document already in a story keeps it.
     */
    public long assign(long seq, String cleanText, LocalDate date, String outlet) throws SQLException {
        Long known = sidOf(seq);
        if (known != null) {
            return known;
        }
        long[] shingles = Shingles.of(cleanText, Shingles.DEFAULT_K);
        long[] sig = config.minHash().signature(shingles);
        long[] keys = config.minHash().bandKeys(sig);
        TreeSet<Long> linked = new TreeSet<>();
        double best = -1;
        // an empty text (all slots MAX_VALUE) would share every band with every other empty text: no bands
        for (long other : shingles.length == 0 ? List.<Long>of() : candidates(keys)) {
            Long sid = sidOf(other);
            if (sid == null || linked.contains(sid)) {
                continue; // already in a story this document joins: no need to verify (as StoryIndex skips)
            }
            candidate.setLong(1, other);
            try (ResultSet rs = candidate.executeQuery()) {
                if (rs.next() && withinWindow(date, rs.getString(1))) {
                    double sim = MinHash.similarity(sig, longs(rs.getBytes(2)));
                    if (sim >= config.threshold()) {
                        linked.add(sid);
                        best = Math.max(best, sim);
                    }
                }
            }
        }
        StoryEvents.Summary sum = StoryEvents.Summary.of(date == null ? null : date.toString(), outlet);
        long sid;
        if (linked.isEmpty()) {
            insertStory.setLong(1, seq);
            insertStory.executeUpdate();
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()")) {
                sid = Sql.lastRowId(ps);
            }
        } else {
            sid = linked.first();
            for (long s : linked) {
                sum = sum.plus(storySummary(s));
            }
            for (long other : linked.tailSet(sid, false)) {
                moveMembers.setLong(1, sid);
                moveMembers.setLong(2, other);
                moveMembers.executeUpdate();
                moveEvents.setLong(1, sid);
                moveEvents.setLong(2, other);
                moveEvents.executeUpdate();
                deleteStory.setLong(1, other);
                deleteStory.executeUpdate();
            }
        }
        insertMember.setLong(1, seq);
        insertMember.setLong(2, sid);
        if (best < 0) {
            insertMember.setNull(3, java.sql.Types.REAL);
        } else {
            insertMember.setDouble(3, best);
        }
        insertMember.executeUpdate();
        insertSig.setLong(1, seq);
        insertSig.setString(2, date == null ? null : date.toString());
        insertSig.setBytes(3, bytes(sig));
        insertSig.executeUpdate();
        if (shingles.length > 0) {
            for (long k : keys) {
                insertBand.setLong(1, k);
                insertBand.setLong(2, seq);
                insertBand.executeUpdate();
            }
        }
        if (sum.docs() <= REBUILD_MAX) {
            events.rebuild(sid);
        } else {
            events.append(sid, seq, sum);
        }
        return sid;
    }

    /** Documents sharing a band key with the new one: the newest {@link #BUCKET_PROBE} per key, oldest first. */
    private List<Long> candidates(long[] keys) throws SQLException {
        java.util.TreeSet<Long> out = new java.util.TreeSet<>();
        for (long k : keys) {
            bucket.setLong(1, k);
            try (ResultSet rs = bucket.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return List.copyOf(out);
    }

    private Long sidOf(long seq) throws SQLException {
        storyOf.setLong(1, seq);
        try (ResultSet rs = storyOf.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private StoryEvents.Summary storySummary(long sid) throws SQLException {
        storyRow.setLong(1, sid);
        try (ResultSet rs = storyRow.executeQuery()) {
            if (!rs.next()) {
                return StoryEvents.Summary.EMPTY;
            }
            String outlets = rs.getString(4);
            return new StoryEvents.Summary(rs.getInt(1), rs.getString(2), rs.getString(3),
                    outlets == null || outlets.isEmpty() ? List.of() : List.of(outlets.split("\\|")));
        }
    }

    /**
     * Takes a document out of its story before the document is deleted (replaced by new content): the story's
     * summary and events are rebuilt without it, an emptied story is dropped. The story is not split.
     */
    public void remove(long seq) throws SQLException {
        Long sid = sidOf(seq);
        if (sid == null) {
            return;
        }
        deleteMember.setLong(1, seq);
        deleteMember.executeUpdate();
        events.rebuild(sid);
    }

    /**
     * Assigns the stored documents that have no story yet (a database ingested before stories existed), in ingest
     * order, at most {@code max}; returns how many.
     */
    public int assignMissing(int max) throws SQLException {
        // every story_docs row is a stored document (foreign key, cascade): equal counts mean nothing to do, answered
        // from two small indexes in milliseconds instead of scanning the documents table (a second at 70k)
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT (SELECT count(*) FROM documents) - (SELECT count(*) FROM story_docs)");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getLong(1) == 0) {
                return 0;
            }
        }
        List<Object[]> todo = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.seq, coalesce(d.clean_text, d.text), d.date, d.source "
                + "FROM documents d WHERE NOT EXISTS (SELECT 1 FROM story_docs m WHERE m.doc_seq = d.seq) "
                + "ORDER BY d.seq LIMIT ?")) {
            ps.setInt(1, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    todo.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        for (Object[] t : todo) {
            assign((Long) t[0], (String) t[1], parse((String) t[2]), (String) t[3]);
        }
        return todo.size();
    }

    private boolean withinWindow(LocalDate a, String other) {
        LocalDate b = parse(other);
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= config.windowDays();
    }

    static LocalDate parse(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static byte[] bytes(long[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : sig) {
            b.putLong(v);
        }
        return b.array();
    }

    static long[] longs(byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long[] out = new long[b.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong();
        }
        return out;
    }

    public void close() throws SQLException {
        events.close();
        for (PreparedStatement ps : statements) {
            ps.close();
        }
    }
}
