package org.rasad.store.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.rasad.core.Evidence;
import org.rasad.store.Store;
import org.rasad.store.StoreException;
import org.rasad.store.internal.Db;

/**
 * Reads the story tables of a {@link Store} (migration V21__stories.sql): stories (near-duplicate documents across
 * outlets), their documents, and story events with every mention kept as provenance. Stories are written by
 * {@link org.rasad.store.Batch#add} in the same transaction as their documents; this class only reads, on a
 * read-only connection of its own, so it works on stores opened read-only too. Thread-safe.
 */
public final class StoryStore implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "sid, rep_doc, title, first_date, last_date, doc_count, outlets, event_count";

    /** One story: its representative document (the first ingested), date span, size and outlets. */
    public record Summary(long id, String repDoc, String title, String firstDate, String lastDate, int docs,
                          List<String> outlets, int events) {
        public Summary {
            outlets = List.copyOf(outlets);
        }
    }

    /** A member document; {@code similarity} is the estimated Jaccard with the member that linked it (null: founder). */
    public record Doc(String id, String title, String date, String outlet, String url, Double similarity) {
    }

    /** One contributing event of a story event: the original event, its document, outlet and evidence. */
    public record Mention(String event, String doc, String outlet, List<Evidence> evidence) {
        public Mention {
            evidence = List.copyOf(evidence);
        }
    }

    /** A merged event: type, sorted actor set ("S:CODE", "T:CODE"), first and last date, its mentions. */
    public record StoryEvent(String id, String type, List<String> actors, String firstDate, String lastDate,
                             List<Mention> mentions) {
        public StoryEvent {
            actors = List.copyOf(actors);
            mentions = List.copyOf(mentions);
        }
    }

    /** A story with its documents (in ingest order) and its events. */
    public record Detail(Summary story, List<Doc> docs, List<StoryEvent> events) {
        public Detail {
            docs = List.copyOf(docs);
            events = List.copyOf(events);
        }
    }

    /** A page of stories and the number of stories matching. */
    public record Page(long total, int offset, int limit, List<Summary> items) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** Story orders: largest first, newest first (by last date), oldest first (by first date). */
    public enum Sort {
        SIZE("doc_count DESC, sid"), DATE_DESC("last_date IS NULL, last_date DESC, sid"),
        DATE_ASC("first_date IS NULL, first_date, sid");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }

        /** "size" / "-size" (largest first), "-date" / "newest", "date" / "oldest"; null: size. Unknown: empty. */
        public static Optional<Sort> parse(String s) {
            if (s == null || s.isBlank()) {
                return Optional.of(SIZE);
            }
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "size", "-size" -> Optional.of(SIZE);
                case "-date", "newest" -> Optional.of(DATE_DESC);
                case "date", "oldest" -> Optional.of(DATE_ASC);
                default -> Optional.empty();
            };
        }
    }

    private final Connection read;
    private final ReentrantLock lock = new ReentrantLock();

    private StoryStore(Connection read) {
        this.read = read;
    }

    public static StoryStore open(Store store) {
        try {
            return new StoryStore(Db.connect(store.dir().resolve("rasad.db"), true));
        } catch (SQLException e) {
            throw new StoreException("cannot open story tables", e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T read(Work<T> w) {
        lock.lock();
        try {
            return w.run();
        } catch (SQLException e) {
            throw new StoreException("story query failed", e);
        } finally {
            lock.unlock();
        }
    }

    /** Stories with at least {@code minDocs} documents, in {@code sort} order, one page. */
    public Page list(Sort sort, int minDocs, int offset, int limit) {
        return read(() -> {
            long total;
            try (PreparedStatement ps = read.prepareStatement("SELECT count(*) FROM stories WHERE doc_count >= ?")) {
                ps.setInt(1, minDocs);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getLong(1) : 0;
                }
            }
            List<Summary> out = new ArrayList<>();
            try (PreparedStatement ps = read.prepareStatement("SELECT " + COLUMNS + " FROM stories WHERE doc_count >= ? "
                    + "ORDER BY " + sort.sql + " LIMIT ? OFFSET ?")) {
                ps.setInt(1, minDocs);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(summary(rs));
                    }
                }
            }
            return new Page(total, offset, limit, out);
        });
    }

    /** Number of stories with at least {@code minDocs} documents. */
    public long count(int minDocs) {
        return list(Sort.SIZE, minDocs, 0, 0).total();
    }

    /** The story a document belongs to, if it has been assigned one. */
    public Optional<Long> storyOf(String docId) {
        return read(() -> {
            try (PreparedStatement ps = read.prepareStatement("SELECT m.sid FROM story_docs m JOIN documents d "
                    + "ON d.seq = m.doc_seq WHERE d.id = ?")) {
                ps.setString(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** One story with its documents and events, or empty. */
    public Optional<Detail> story(long id) {
        return read(() -> {
            Summary s;
            try (PreparedStatement ps = read.prepareStatement("SELECT " + COLUMNS + " FROM stories WHERE sid = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Detail>empty();
                    }
                    s = summary(rs);
                }
            }
            List<Doc> docs = new ArrayList<>();
            try (PreparedStatement ps = read.prepareStatement("SELECT d.id, d.title, d.date, d.source, d.url, m.sim "
                    + "FROM story_docs m JOIN documents d ON d.seq = m.doc_seq WHERE m.sid = ? ORDER BY d.seq")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double sim = rs.getDouble(6);
                        Double similarity = rs.wasNull() ? null : sim;
                        docs.add(new Doc(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), similarity));
                    }
                }
            }
            return Optional.of(new Detail(s, docs, events(id)));
        });
    }

    /** The story events of a story, most mentioned first, with their mentions. */
    public List<StoryEvent> events(long id) {
        return read(() -> {
            List<StoryEvent> out = new ArrayList<>();
            try (PreparedStatement ps = read.prepareStatement("SELECT seid, id, type, actors, first_date, last_date "
                    + "FROM story_events WHERE sid = ? ORDER BY mentions DESC, id");
                 PreparedStatement ms = read.prepareStatement("SELECT event_id, doc, outlet, evidence "
                    + "FROM story_event_mentions WHERE seid = ? ORDER BY doc, event_id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ms.setLong(1, rs.getLong(1));
                        List<Mention> mentions = new ArrayList<>();
                        try (ResultSet m = ms.executeQuery()) {
                            while (m.next()) {
                                mentions.add(new Mention(m.getString(1), m.getString(2), m.getString(3),
                                        evidence(m.getString(4))));
                            }
                        }
                        String actors = rs.getString(4);
                        out.add(new StoryEvent(rs.getString(2), rs.getString(3),
                                actors.isEmpty() ? List.of() : List.of(actors.split(" ")), rs.getString(5),
                                rs.getString(6), mentions));
                    }
                }
            }
            return out;
        });
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        String outlets = rs.getString(7);
        return new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), outlets == null || outlets.isEmpty() ? List.of() : List.of(outlets.split("\\|")),
                rs.getInt(8));
    }

    private static List<Evidence> evidence(String json) {
        List<Evidence> out = new ArrayList<>();
        try {
            for (JsonNode n : JSON.readTree(json)) {
                out.add(new Evidence(n.path("start").asInt(), n.path("end").asInt(),
                        n.path("text").isNull() ? null : n.path("text").asText(), null));
            }
        } catch (java.io.IOException e) {
            throw new StoreException("bad evidence in story_event_mentions: " + json, e);
        }
        return out;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            read.close();
        } catch (SQLException ignored) {
            // closing a read-only connection
        } finally {
            lock.unlock();
        }
    }
}
