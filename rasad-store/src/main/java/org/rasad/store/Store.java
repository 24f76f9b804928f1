package org.rasad.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.rasad.core.Event;
import org.rasad.store.internal.Db;
import org.rasad.store.internal.DocIndex;
import org.rasad.store.internal.DocumentReader;
import org.rasad.store.internal.EventReader;
import org.rasad.store.internal.Snippets;

/**
 * The rasad store: {@code dir/rasad.db} (SQLite, WAL, Flyway-migrated) and {@code dir/index} (Lucene).
 * Writes go through {@link #batch()}; reads are safe from any thread while a batch runs.
 */
public final class Store implements AutoCloseable {
    private final Path dir;
    private final Connection writeConn;
    private final Connection readConn;
    private final DocIndex index;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final int repaired;

    private Store(Path dir, Connection writeConn, Connection readConn, DocIndex index) throws SQLException, IOException {
        this.dir = dir;
        this.writeConn = writeConn;
        this.readConn = readConn;
        this.index = index;
        this.repaired = writeConn == null ? 0 : repairIndex();
    }

    /** Opens or creates a store in {@code dir}: migrates the schema and repairs the index if it lags SQLite. */
    public static Store open(Path dir) {
        Connection w = null;
        Connection r = null;
        DocIndex idx = null;
        try {
            Files.createDirectories(dir);
            Path db = dir.resolve("rasad.db");
            Db.migrateIfNeeded(db);
            w = Db.connect(db, false);
            r = Db.connect(db, true);
            idx = DocIndex.open(dir.resolve("index"));
            return new Store(dir, w, r, idx);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(idx, r, w);
            throw new StoreException("cannot open store at " + dir, e);
        }
    }

    /**
     * Opens an existing store for reading only (search, events, stats, export) while another process may be
     * writing to it: no migration, no repair; searches see the writer's latest committed batch.
     */
    public static Store openReadOnly(Path dir) {
        Connection r = null;
        DocIndex idx = null;
        try {
            Path db = dir.resolve("rasad.db");
            if (!Files.isRegularFile(db)) {
                throw new java.io.FileNotFoundException(db + " does not exist");
            }
            r = Db.connect(db, true);
            idx = DocIndex.openReader(dir.resolve("index"));
            return new Store(dir, null, r, idx);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(idx, r);
            throw new StoreException("cannot open store at " + dir + " read-only", e);
        }
    }

    public boolean isReadOnly() {
        return writeConn == null;
    }

    private void checkWritable() {
        if (writeConn == null) {
            throw new IllegalStateException("store opened read-only");
        }
    }

    private static void closeQuietly(AutoCloseable... all) {
        for (AutoCloseable a : all) {
            try {
                if (a != null) {
                    a.close();
                }
            } catch (Exception ignored) {
                // best effort on a failed open
            }
        }
    }

    public Path dir() {
        return dir;
    }

    /** Documents re-indexed when this store was opened (the index lagged behind SQLite). */
    public int repairedOnOpen() {
        return repaired;
    }

    /** Indexes documents committed to SQLite after the index's last commit (a crash between the two commits). */
    private int repairIndex() throws SQLException, IOException {
        long from = index.committedSeq();
        int n = 0;
        long last = from;
        List<DocIndex.Entry> chunk = new ArrayList<>();
        try (PreparedStatement ps = readConn.prepareStatement(
                "SELECT seq, id, title, coalesce(clean_text, text) FROM documents WHERE seq > ? ORDER BY seq")) {
            ps.setLong(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    chunk.add(new DocIndex.Entry(rs.getString(2), rs.getString(3), rs.getString(4)));
                    if (chunk.size() == 1000) {
                        index.put(chunk);
                        n += chunk.size();
                        chunk.clear();
                    }
                }
            }
        }
        index.put(chunk);
        n += chunk.size();
        if (n > 0) {
            index.commit(last);
        }
        return n;
    }

    /** Drops and rebuilds the whole Lucene index from SQLite; returns the number of documents indexed. */
    public int reindex() {
        checkWritable();
        writeLock.lock();
        try {
            index.clear();
            index.commit(0);
            return repairIndex();
        } catch (SQLException | IOException e) {
            throw new StoreException("reindex failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Starts a write batch (one SQLite transaction). Blocks while another thread's batch is open. */
    public Batch batch() {
        checkWritable();
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a batch is already open on this thread");
        }
        writeLock.lock();
        try {
            return new Batch(writeConn, index, writeLock::unlock);
        } catch (SQLException | RuntimeException e) {
            writeLock.unlock();
            throw new StoreException("cannot start batch", e);
        }
    }

    public boolean hasContentHash(String sha256) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE content_hash = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Committed progress of an ingest source, if any. */
    public Optional<SourceProgress> progress(String origin) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT bytes_done, records_done, complete FROM sources WHERE origin = ?")) {
                ps.setString(1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new SourceProgress(origin, rs.getLong(1), rs.getLong(2),
                            rs.getInt(3) != 0)) : Optional.<SourceProgress>empty();
                }
            }
        });
    }

    /**
     * Full-text search over titles and cleaned text. Arabic words match across clitics, hamza/yeh/teh-marbuta
     * spellings and diacritics; several words must all match; "quotes" make a phrase.
     */
    public SearchResult search(String query, int limit) {
        DocIndex.Hits hits;
        try {
            hits = index.search(query == null ? "" : query, limit);
        } catch (IOException e) {
            throw new StoreException("search failed", e);
        }
        Snippets.Terms terms = Snippets.terms(query == null ? "" : query);
        List<SearchHit> out = new ArrayList<>();
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT title, date, coalesce(clean_text, text) FROM documents WHERE id = ?")) {
                for (DocIndex.Hit h : hits.hits()) {
                    ps.setString(1, h.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            Snippets.Snippet s = Snippets.snippet(rs.getString(3), terms);
                            out.add(new SearchHit(h.id(), rs.getString(1), rs.getString(2), s.text(),
                                    s.highlights(), h.score()));
                        }
                    }
                }
            }
            return null;
        });
        return new SearchResult(query, hits.total(), out);
    }

    /** Events matching the query, in insertion order. */
    public List<Event> events(EventQuery q) {
        List<Event> out = new ArrayList<>();
        forEachEvent(q, out::add);
        return out;
    }

    /** Streams matching events (constant memory; do not call the store from the consumer). */
    public void forEachEvent(EventQuery q, Consumer<Event> sink) {
        read(c -> {
            EventReader.forEach(c, q, sink);
            return null;
        });
    }

    /**
     * One page of matching events sorted in SQL ({@code q.limit()} and {@code q.offset()}; limit <= 0: all), without
     * reading the others: what the API's event table asks for.
     */
    public List<Event> eventPage(EventQuery q, EventOrder order) {
        return read(c -> EventReader.page(c, q, order));
    }

    public long countEvents(EventQuery q) {
        return read(c -> EventReader.count(c, q));
    }

    public Stats stats() {
        return read(c -> new Stats(count(c, "documents"), count(c, "segments"), count(c, "events"),
                count(c, "rejects"), count(c, "sources"), groups(c, "SELECT type, count(*) FROM events GROUP BY type"),
                groups(c, "SELECT reason, count(*) FROM rejects GROUP BY reason")));
    }

    private static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static TreeMap<String, Long> groups(Connection c, String sql) throws SQLException {
        TreeMap<String, Long> m = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }

    /**
     * Writes matching events to {@code out} (not closed). JSONL: one spec record per line; CSV: {@link EventCsv};
     * PARQUET: {@link EventParquet} (the whole file is written to the stream). Returns the number written.
     */
    public long exportEvents(EventQuery q, ExportFormat f, OutputStream out) {
        return EventExport.write(this, q, f, out);
    }

    /** A stored document with its segments and events ({@code cleaned.masked()} is not kept: null). */
    public Optional<StoredDocument> document(String id) {
        Optional<StoredDocument> bare = read(c -> DocumentReader.read(c, id));
        return bare.map(d -> new StoredDocument(d.doc(), d.cleaned(), d.originalBytes(),
                events(EventQuery.all().withDoc(id))));
    }

    /** Loads actor definitions (e.g. spec/actors.tsv rows); existing codes are updated. */
    public void putActors(List<ActorInfo> actors) {
        checkWritable();
        writeLock.lock();
        try (PreparedStatement ps = writeConn.prepareStatement("INSERT INTO actors (code, top_code, kind, name_en, "
                + "names_ar) VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, "
                + "name_en = excluded.name_en, names_ar = excluded.names_ar")) {
            for (ActorInfo a : actors) {
                ps.setString(1, a.code());
                ps.setString(2, a.topCode());
                ps.setString(3, a.kind());
                ps.setString(4, a.nameEn());
                ps.setString(5, String.join("|", a.namesAr()));
                ps.executeUpdate();
            }
            writeConn.commit();
        } catch (SQLException e) {
            try {
                writeConn.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new StoreException("cannot store actors", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** All actors known to the store (loaded definitions and codes seen in events), by code. */
    public List<ActorInfo> actors() {
        return read(c -> {
            List<ActorInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, kind, name_en, names_ar FROM actors ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ar = rs.getString(4);
                    out.add(new ActorInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                            ar == null || ar.isEmpty() ? List.of() : List.of(ar.split("\\|"))));
                }
            }
            return out;
        });
    }

    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            return work.run(readConn);
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closeQuietly(index);
            try {
                if (writeConn != null) {
                    writeConn.rollback();
                }
            } catch (SQLException ignored) {
                // nothing pending
            }
            closeQuietly(readConn, writeConn);
        } finally {
            writeLock.unlock();
        }
    }
}
