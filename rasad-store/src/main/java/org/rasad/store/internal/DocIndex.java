package org.rasad.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.sinks.TeeSinkTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene side of the store: one IndexWriter, near-real-time searchers, and a commit marker
 * ({@code seq}: the last documents.seq whose batch is in the index) used to repair the index on open.
 */
public final class DocIndex implements AutoCloseable {
    private static final String SEQ = "rasad.seq";
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** After a failed put or commit: the seq the index is known complete up to; later commits never pass it. */
    private final java.util.concurrent.atomic.AtomicLong completeUpTo = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);

    /** One hit: document id and score. */
    public record Hit(String id, float score) {
    }

    /** What a search found: the top hits and the total number of matches. */
    public record Hits(Query query, long total, List<Hit> hits) {
    }

    /** A document to index. */
    public record Entry(String id, String title, String text) {
    }

    private DocIndex(FSDirectory dir, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    private DocIndex(FSDirectory dir) throws IOException {
        this.dir = dir;
        this.writer = null;
        this.searchers = new SearcherManager(dir, null);
    }

    /**
     * Opens (or creates) the index for writing. An unreadable index is discarded and started empty (the store
     * then re-indexes everything from SQLite); an index locked by another process is an error.
     */
    public static DocIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        FSDirectory dir = FSDirectory.open(path);
        try {
            return new DocIndex(dir, newWriter(dir, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException locked) {
            dir.close();
            throw locked;
        } catch (IOException | RuntimeException corrupt) {
            try {
                // SQLite is the source of truth: drop the unreadable index files and start empty
                for (String f : dir.listAll()) {
                    dir.deleteFile(f);
                }
                return new DocIndex(dir, newWriter(dir, IndexWriterConfig.OpenMode.CREATE));
            } catch (IOException | RuntimeException again) {
                dir.close();
                again.addSuppressed(corrupt);
                throw again;
            }
        }
    }

    /** Opens the last commit of an existing index for searching only (sees later commits on each search). */
    public static DocIndex openReader(Path path) throws IOException {
        FSDirectory dir = FSDirectory.open(path);
        try {
            return new DocIndex(dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index is open read-only");
        }
        return writer;
    }

    private static IndexWriter newWriter(FSDirectory dir, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(SearchAnalyzers.perField());
        cfg.setOpenMode(mode);
        cfg.setRAMBufferSizeMB(64);
        cfg.setCommitOnClose(false);
        return new IndexWriter(dir, cfg);
    }

    /** The last documents.seq committed to the index (0 when empty or unknown). */
    public long committedSeq() {
        for (Map.Entry<String, String> e : writer().getLiveCommitData()) {
            if (SEQ.equals(e.getKey())) {
                return Long.parseLong(e.getValue());
            }
        }
        return 0L;
    }

    /** Adds or replaces documents (by id). Not visible, nor durable, before {@link #commit}. */
    public void put(List<Entry> entries) throws IOException {
        try {
            putAll(entries);
        } catch (IOException | RuntimeException e) {
            lagging();
            throw e;
        }
    }

    /**
     * Records that some committed documents may be missing from the index: later commits keep the marker at the
     * last seq known complete, so the next open re-indexes everything after it.
     */
    private void lagging() {
        long known = committedSeq();
        completeUpTo.accumulateAndGet(known, Math::min);
    }

    private void putAll(List<Entry> entries) throws IOException {
        for (Entry en : entries) {
            Document d = new Document();
            d.add(new StringField(SearchAnalyzers.ID, en.id(), Field.Store.YES));
            d.add(new TextField(SearchAnalyzers.NORM, en.title(), Field.Store.NO));
            d.add(new TextField(SearchAnalyzers.STEM, en.title(), Field.Store.NO));
            // the body is tokenised and folded once: the stemmed field reads the normalised tokens from a tee
            Tokenizer tok = new StandardTokenizer();
            tok.setReader(new StringReader(en.text()));
            TeeSinkTokenFilter tee = new TeeSinkTokenFilter(new FoldFilter(tok));
            d.add(new TextField(SearchAnalyzers.NORM, tee));
            d.add(new TextField(SearchAnalyzers.STEM, new ArabicStemFilter(tee.newSinkTokenStream())));
            writer().updateDocument(new Term(SearchAnalyzers.ID, en.id()), d);
        }
    }

    public void delete(List<String> ids) throws IOException {
        for (String id : ids) {
            writer().deleteDocuments(new Term(SearchAnalyzers.ID, id));
        }
    }

    /** Removes everything (before a full rebuild). */
    public void clear() throws IOException {
        writer().deleteAll();
        completeUpTo.set(Long.MAX_VALUE);
    }

    /** Makes the changes durable and records {@code seq} as indexed. */
    public void commit(long seq) throws IOException {
        long marker = Math.min(seq, completeUpTo.get());
        try {
            writer().setLiveCommitData(Map.of(SEQ, Long.toString(marker)).entrySet());
            writer().commit();
        } catch (IOException | RuntimeException e) {
            lagging();
            throw e;
        }
        searchers.maybeRefresh();
    }

    public int size() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** Parses a user query over the normalised (boosted) and stemmed fields; AND between words. */
    public static Query parse(String text) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {SearchAnalyzers.NORM, SearchAnalyzers.STEM},
                SearchAnalyzers.perField(), Map.of(SearchAnalyzers.NORM, 2.0f, SearchAnalyzers.STEM, 1.0f));
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(text);
        } catch (ParseException | RuntimeException e) {
            try {
                return p.parse(QueryParser.escape(text));
            } catch (ParseException | RuntimeException e2) {
                return null;
            }
        }
    }

    public Hits search(String text, int limit) throws IOException {
        Query q = parse(text);
        if (q == null || limit <= 0) {
            return new Hits(q, 0, List.of());
        }
        if (writer == null) {
            searchers.maybeRefresh();
        }
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, new TopScoreDocCollectorManager(limit, 1000));
            StoredFields stored = s.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new Hit(stored.document(sd.doc).get(SearchAnalyzers.ID), sd.score));
            }
            return new Hits(q, top.totalHits.value(), hits);
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                dir.close();
            }
        }
    }
}
