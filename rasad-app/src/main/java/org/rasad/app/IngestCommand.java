package org.rasad.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.core.PipelineConfig;
import org.rasad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads, cleans, extracts and stores; idempotent (same content → skipped) and resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest files, folders or - (stdin) into the database: clean, extract events, index.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursive) or - for stdin.")
    List<String> paths;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--batch", defaultValue = "500", description = "Documents per committed batch (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X", description = "Drop events below X.")
    double minConfidence;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Ingester.Summary s = ingest(paths, db, threads, batch, minConfidence, !quiet, err);
        out.printf("ingested %,d, skipped %,d (already stored), rejected %,d; %,d events; %.1f s, %,.0f docs/s%n",
                s.ingested(), s.skipped(), s.rejected(), s.events(), s.seconds(), s.docsPerSecond());
        out.printf("database: %s (%,.1f MB)   peak heap %,.0f MB%n", db.path().toAbsolutePath().normalize(),
                sizeOf(db.path()) / 1e6, peakHeapBytes() / 1e6);
        out.flush();
        return s.ingested() + s.skipped() == 0 && s.rejected() > 0 ? 1 : 0;
    }

    /** Sum of the peak usage of the heap memory pools since the JVM started. */
    static long peakHeapBytes() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static long sizeOf(java.nio.file.Path dir) {
        try (var s = java.nio.file.Files.walk(dir)) {
            return s.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    static Ingester.Summary ingest(List<String> paths, DbOption db, int threads, int batch, double minConf,
                                   boolean progress, PrintWriter err) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Processor processor = new Processor(PipelineConfig.defaults().withMinConfidence(minConf));
        try (Store store = Store.open(db.path())) {
            long backfilled = Ingester.backfillStories(store);
            if (backfilled > 0) {
                err.printf("rasad: %,d documents stored before stories existed were assigned to stories%n", backfilled);
            }
            return new Ingester(processor, store, n, batch, new Progress(err, progress)).run(paths, err, p -> { });
        }
    }
}
