package org.rasad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.PipelineConfig;
import org.rasad.extract.Pipeline;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.clean.Cleaner;
import org.rasad.store.Batch;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;

/** Ingest into a real store (SQLite + Lucene), its size on disk, and search latency over fixed queries. */
public final class StoreBench {
    /** Fixed Arabic queries (words, several words, quoted phrases) used for every latency figure. */
    public static final List<String> QUERIES = List.of("السعودية", "وزير الخارجية", "الأمم المتحدة", "اليمن",
            "إيران", "مجلس الأمن", "النفط", "الحوثيين", "داعش", "الرئيس الأمريكي", "\"ولي العهد\"",
            "الاتفاق النووي", "سوريا روسيا", "كرة القدم", "تونس", "الاقتصاد العالمي", "مصر", "قطر",
            "الانتخابات", "اللاجئين", "\"البيت الأبيض\"", "أسعار النفط", "الجيش العراقي", "غزة");

    /**
     * @param articles  articles ingested
     * @param seconds   wall time of clean + extract + store, one thread
     * @param dbBytes   store folder size (SQLite + Lucene index)
     * @param events    events stored
     */
    public record Ingest(long articles, double mb, double seconds, long dbBytes, long events) {
        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }

        public double mbPerSecond() {
            return seconds > 0 ? mb / seconds : 0;
        }
    }

    /** Search latency percentiles in milliseconds over {@code samples} timed queries. */
    public record Latency(int queries, int samples, double p50ms, double p99ms, double maxMs, long totalHits) {
    }

    private StoreBench() {
    }

    /** Cleans, extracts and stores every article in batches of {@code batchSize}; one thread. */
    public static Ingest ingest(Corpus corpus, Path dir, int batchSize) {
        PipelineConfig cfg = PipelineConfig.defaults();
        Cleaner cleaner = new Cleaner(cfg);
        Pipeline pipeline = Pipeline.create(cfg);
        long events = 0;
        long t0 = System.nanoTime();
        try (Store store = Store.open(dir)) {
            Batch batch = store.batch();
            int pending = 0;
            try {
                for (Document d : corpus.docs()) {
                    CleanedDocument c = cleaner.clean(d);
                    List<Event> evs = pipeline.extract(c);
                    if (batch.add(new StoredDocument(d, c, d.text().getBytes(StandardCharsets.UTF_8), evs))) {
                        events += evs.size();
                    }
                    if (++pending >= batchSize) {
                        batch.commit();
                        batch.close();
                        batch = store.batch();
                        pending = 0;
                    }
                }
                batch.commit();
            } finally {
                batch.close();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        return new Ingest(corpus.docs().size(), corpus.textBytes() / 1e6, s, sizeOf(dir), events);
    }

    /** Runs every query once to warm up, then {@code rounds} times each, timing each call. */
    public static Latency search(Store store, List<String> queries, int rounds, int limit) {
        for (String q : queries) {
            store.search(q, limit);
        }
        List<Double> ms = new ArrayList<>();
        long hits = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : queries) {
                long t0 = System.nanoTime();
                hits += store.search(q, limit).total();
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return new Latency(queries.size(), a.length, percentile(a, 0.50), percentile(a, 0.99),
                a.length == 0 ? 0 : a[a.length - 1], hits);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Total size of the regular files under a folder. */
    public static long sizeOf(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
