package org.rasad.store.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.rasad.store.Batch;
import org.rasad.store.Store;
import org.rasad.store.StoreException;
import org.rasad.store.internal.Db;

/**
 * The monitoring tables of a {@link Store} (migration V20__watch.sql). Reads use a read-only connection of its own;
 * writes go through the store's {@link Batch} so that the items a poll took, its matches and the documents
 * commit in one transaction ({@code static} methods taking a batch), or through a small batch of their own.
 */
public final class WatchStore implements AutoCloseable {
    private final Store store;
    private final Connection read;
    private final ReentrantLock lock = new ReentrantLock();

    private WatchStore(Store store, Connection read) {
        this.store = store;
        this.read = read;
    }

    public static WatchStore open(Store store) {
        try {
            return new WatchStore(store, Db.connect(store.dir().resolve("rasad.db"), true));
        } catch (SQLException e) {
            throw new StoreException("cannot open watch tables", e);
        }
    }

    public Store store() {
        return store;
    }

    // ---- writes inside the caller's batch ----

    /** Records that an item of a source was taken (stored, duplicate or rejected): it is never taken again. */
    public static void markSeen(Batch b, String source, String itemKey, String docId, String textHash, String outcome,
                                Instant at) {
        b.execute("INSERT OR REPLACE INTO watch_items (source, item_key, doc_id, text_hash, outcome, seen_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", source, itemKey, docId, textHash, outcome, iso(at));
    }

    /** Records a watchlist match; with a webhook it is queued for delivery. Returns false if already recorded. */
    public static boolean recordMatch(Batch b, String watchlist, String eventId, String docId, String type,
                                      String title, String url, String eventJson, Instant at, boolean webhook) {
        return b.execute("INSERT OR IGNORE INTO watch_matches (watchlist, event_id, doc_id, type, title, url, "
                + "event_json, matched_at, delivery, attempts, next_try) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                watchlist, eventId, docId, type, title, url, eventJson, iso(at),
                webhook ? "pending" : "none", webhook ? iso(at) : null) > 0;
    }

    public static void logFetch(Batch b, FetchRecord f) {
        b.execute("INSERT INTO watch_fetches (source, url, status, bytes, millis, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                f.source(), f.url(), f.status(), f.bytes(), f.millis(), f.note(), iso(f.at()));
    }

    public static void saveState(Batch b, SourceState s) {
        b.execute("INSERT OR REPLACE INTO watch_source_state (source, etag, last_modified, last_attempt, last_success, "
                + "error_streak, last_error, next_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.source(), s.etag(),
                s.lastModified(), str(s.lastAttempt()), str(s.lastSuccess()), s.errorStreak(), s.lastError(),
                str(s.nextDue()));
    }

    // ---- writes in a batch of their own ----

    public void putWatchlist(WatchlistRow w) {
        try (Batch b = store.batch()) {
            b.execute("INSERT OR REPLACE INTO watchlists (name, query, webhook, secret, created_at) VALUES (?, ?, ?, ?, ?)",
                    w.name(), w.queryJson(), w.webhook(), w.secret(), iso(w.createdAt()));
            b.commit();
        }
    }

    /** Removes a watchlist and its matches; false if there was none. */
    public boolean removeWatchlist(String name) {
        try (Batch b = store.batch()) {
            int n = b.execute("DELETE FROM watchlists WHERE name = ?", name);
            b.execute("DELETE FROM watch_matches WHERE watchlist = ?", name);
            b.commit();
            return n > 0;
        }
    }

    /** Forgets the state and items of a source removed from the sources file. */
    public void forgetSource(String source) {
        try (Batch b = store.batch()) {
            b.execute("DELETE FROM watch_source_state WHERE source = ?", source);
            b.execute("DELETE FROM watch_items WHERE source = ?", source);
            b.commit();
        }
    }

    public void delivered(long mid, int attempts) {
        try (Batch b = store.batch()) {
            b.execute("UPDATE watch_matches SET delivery = 'delivered', attempts = ?, next_try = NULL, last_error = NULL "
                    + "WHERE mid = ?", attempts, mid);
            b.commit();
        }
    }

    /** A failed delivery: retried at {@code nextTry}, or given up ("failed") when nextTry is null. */
    public void deliveryFailed(long mid, int attempts, Instant nextTry, String error) {
        try (Batch b = store.batch()) {
            b.execute("UPDATE watch_matches SET delivery = ?, attempts = ?, next_try = ?, last_error = ? WHERE mid = ?",
                    nextTry == null ? "failed" : "pending", attempts, str(nextTry), error, mid);
            b.commit();
        }
    }

    // ---- reads ----

    public SourceState state(String source) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT etag, last_modified, last_attempt, last_success, "
                    + "error_streak, last_error, next_due FROM watch_source_state WHERE source = ?")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new SourceState(source, rs.getString(1), rs.getString(2), time(rs.getString(3)),
                            time(rs.getString(4)), rs.getInt(5), rs.getString(6), time(rs.getString(7)))
                            : SourceState.fresh(source);
                }
            }
        });
    }

    public boolean seen(String source, String itemKey) {
        return exists("SELECT 1 FROM watch_items WHERE source = ? AND item_key = ?", source, itemKey);
    }

    /** Whether any source already took an item under this key (the same link in two outlets' feeds). */
    public boolean seenAnywhere(String itemKey) {
        return exists("SELECT 1 FROM watch_items WHERE item_key = ? AND outcome = 'stored'", itemKey);
    }

    /** Whether an article with this text hash was already stored (from any source). */
    public boolean hasTextHash(String textHash) {
        return exists("SELECT 1 FROM watch_items WHERE text_hash = ? AND outcome = 'stored'", textHash);
    }

    public SourceHealth health(String source, Instant now) {
        SourceState s = state(source);
        return query(c -> {
            long week;
            long total;
            int status = -1;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(sum(seen_at >= ?), 0) "
                    + "FROM watch_items WHERE source = ?")) {
                ps.setString(1, iso(now.minus(Duration.ofDays(7))));
                ps.setString(2, source);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                    week = rs.getLong(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status FROM watch_fetches WHERE source = ? ORDER BY fid DESC LIMIT 1")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        status = rs.getInt(1);
                    }
                }
            }
            return new SourceHealth(source, s.lastSuccess(), s.lastAttempt(), s.errorStreak(), s.lastError(),
                    week / 7.0, total, status);
        });
    }

    /** The newest fetches of a source (all sources when null), newest first. */
    public List<FetchRecord> fetches(String source, int limit) {
        return query(c -> {
            String sql = "SELECT source, url, status, bytes, millis, note, at FROM watch_fetches"
                    + (source == null ? "" : " WHERE source = ?") + " ORDER BY fid DESC LIMIT ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (source != null) {
                    ps.setString(i++, source);
                }
                ps.setInt(i, limit);
                List<FetchRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FetchRecord(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                                rs.getLong(5), rs.getString(6), time(rs.getString(7))));
                    }
                }
                return out;
            }
        });
    }

    public List<WatchlistRow> watchlists() {
        return query(c -> {
            List<WatchlistRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, query, webhook, secret, created_at FROM watchlists ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WatchlistRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            time(rs.getString(5))));
                }
            }
            return out;
        });
    }

    public Optional<WatchlistRow> watchlist(String name) {
        return watchlists().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** Matches of a watchlist recorded at or after {@code since} (null: all), newest first, at most limit. */
    public List<Match> matches(String watchlist, Instant since, int limit) {
        return matchQuery("WHERE watchlist = ? AND matched_at >= ? ORDER BY mid DESC LIMIT ?",
                watchlist, since == null ? "" : iso(since), limit);
    }

    /** Matches waiting for webhook delivery whose retry time has come, oldest first. */
    public List<Match> dueDeliveries(Instant now, int limit) {
        return matchQuery("WHERE delivery = 'pending' AND next_try <= ? ORDER BY mid LIMIT ?", iso(now), limit);
    }

    private List<Match> matchQuery(String where, Object... args) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT mid, watchlist, event_id, doc_id, type, title, url, "
                    + "event_json, matched_at, delivery, attempts, next_try, last_error FROM watch_matches " + where)) {
                bind(ps, args);
                List<Match> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Match(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                time(rs.getString(9)), rs.getString(10), rs.getInt(11), time(rs.getString(12)),
                                rs.getString(13)));
                    }
                }
                return out;
            }
        });
    }

    private boolean exists(String sql, Object... args) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, args[i] == null ? null : args[i].toString());
            }
        }
    }

    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(SqlWork<T> w) {
        lock.lock();
        try {
            return w.run(read);
        } catch (SQLException e) {
            throw new StoreException("watch query failed", e);
        } finally {
            lock.unlock();
        }
    }

    private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** Fixed-width UTC time (milliseconds), so that stored times compare as strings. */
    public static String iso(Instant t) {
        return ISO.format(t);
    }

    private static String str(Instant t) {
        return t == null ? null : iso(t);
    }

    private static Instant time(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }

    @Override
    public void close() {
        try {
            read.close();
        } catch (SQLException ignored) {
            // nothing to flush on a read-only connection
        }
    }
}
