package org.rasad.app;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.rasad.core.Document;
import org.rasad.core.Problem;
import org.rasad.core.Result;
import org.rasad.store.Batch;
import org.rasad.store.BatchResult;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;

/**
 * Reads documents, skips those whose content hash the store already has (so a killed ingest
 * resumes where it stopped), processes the rest on {@code threads} workers in a bounded window
 * (results are stored in reading order) and commits every {@code batchSize} documents.
 */
final class Ingester {
    /** What one ingest run did. */
    record Summary(long read, long ingested, long skipped, long rejected, long events, double seconds) {
        double docsPerSecond() {
            return seconds > 0 ? read / seconds : 0;
        }
    }

    private final Processor processor;
    private final Store store;
    private final int threads;
    private final int batchSize;
    private final Progress progress;

    Ingester(Processor processor, Store store, int threads, int batchSize, Progress progress) {
        this.processor = processor;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.progress = progress;
    }

    /**
     * Puts the stored documents that have no story yet (a database from before stories existed) into stories, 1,000
     * per committed batch, so that an interrupted backfill resumes; returns how many were assigned.
     */
    static long backfillStories(Store store) {
        long total = 0;
        while (true) {
            int n;
            try (Batch b = store.batch()) {
                n = b.assignMissingStories(1000);
                b.commit();
            }
            if (n == 0) {
                return total;
            }
            total += n;
        }
    }

    Summary run(List<String> paths, PrintWriter err, Consumer<StoredDocument> onStored) {
        long start = System.nanoTime();
        Counters c = new Counters();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "rasad-worker", 16L << 20);
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Result<StoredDocument>>> window = new ArrayDeque<>();
        Batch[] batch = {store.batch()};
        try {
            processor.read(paths, doc -> {
                c.read++;
                if (store.hasContentHash(StoredDocument.sha256(Processor.originalBytes(doc)))) {
                    c.skipped++;
                    progress.update(c.read, c.skipped, c.rejected);
                    return;
                }
                window.add(pool.submit(() -> processor.process(doc)));
                while (window.size() >= threads * 4) {
                    drainOne(window, batch, c, err, onStored);
                }
            }, p -> {
                c.read++;
                reject(batch[0], p, c, err);
            });
            while (!window.isEmpty()) {
                drainOne(window, batch, c, err, onStored);
            }
            commit(batch[0], c);
        } finally {
            batch[0].close();
            pool.shutdownNow();
            progress.done();
        }
        return new Summary(c.read, c.ingested, c.skipped, c.rejected, c.events, (System.nanoTime() - start) / 1e9);
    }

    private void drainOne(ArrayDeque<Future<Result<StoredDocument>>> window, Batch[] batch, Counters c,
                          PrintWriter err, Consumer<StoredDocument> onStored) {
        Result<StoredDocument> r;
        try {
            r = window.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        r.problems().forEach(p -> reject(batch[0], p, c, err));
        if (r.isOk()) {
            StoredDocument p = r.value();
            if (batch[0].add(p)) {
                c.ingested++;
                c.events += p.events().size();
                onStored.accept(p);
            } else {
                c.skipped++;
            }
            c.pending++;
        }
        if (c.pending >= batchSize) {
            commit(batch[0], c);
            batch[0].close();
            batch[0] = store.batch();
        }
        progress.update(c.read, c.skipped, c.rejected);
    }

    private void reject(Batch batch, Problem p, Counters c, PrintWriter err) {
        c.rejected++;
        c.pending++;
        batch.reject(p, p.docId());
        progress.clearLine();
        err.println("rasad: rejected " + p.oneLine());
    }

    private static void commit(Batch batch, Counters c) {
        BatchResult ignored = batch.commit();
        c.pending = 0;
    }

    /** Mutable counters confined to the reading thread. */
    private static final class Counters {
        long read;
        long ingested;
        long skipped;
        long rejected;
        long events;
        long pending;
    }
}
