package org.rasad.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasad.app.Main;
import org.rasad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasad bench scale FILE --db DIR}: runs the product's own {@code rasad ingest} on a large file
 * in this JVM while a sampler logs, every {@code --every} seconds, documents stored, articles/s, heap
 * used and database size (one line each, so a run under nohup can be read while it goes); then measures
 * search latency at the size reached. {@code --search-only} measures an existing store.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Ingest a large corpus with 'rasad ingest', sampling throughput and heap; then search p50/p99.")
final class ScaleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "JSONL(.gz) to ingest (e.g. from 'bench generate').")
    Path file;

    @Option(names = "--db", required = true, description = "Store folder (under /tmp; never commit it).")
    Path db;

    @Option(names = "--threads", defaultValue = "2", description = "Ingest worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--every", defaultValue = "30", description = "Sampling period, seconds (default ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--search-only", description = "Skip the ingest; measure search on the store as it is.")
    boolean searchOnly;

    @Option(names = "--rounds", defaultValue = "20", description = "Rounds over the fixed queries (default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!searchOnly) {
            if (file == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "FILE is required unless --search-only");
            }
            long t0 = System.nanoTime();
            Thread sampler = new Thread(() -> sample(out, t0), "scale-sampler");
            sampler.setDaemon(true);
            sampler.start();
            int rc = Main.commandLine().execute("ingest", "--db", db.toString(), "--threads", String.valueOf(threads),
                    "--quiet", file.toString());
            sampler.interrupt();
            line(out, t0, "ingest finished, exit " + rc);
        }
        try (Store store = Store.open(db)) {
            long docs = store.stats().documents();
            StoreBench.Latency l = StoreBench.search(store, StoreBench.QUERIES, rounds, 20);
            out.printf(Locale.ROOT, "search at %d documents: %d calls, p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                            + " database %s%n", docs, l.samples(), l.p50ms(), l.p99ms(), l.maxMs(),
                    Report.mib(StoreBench.sizeOf(db)));
        }
        out.flush();
        return 0;
    }

    private void sample(PrintWriter out, long t0) {
        long lastDocs = 0;
        long lastT = t0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(every * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            long docs = countDocuments(db.resolve("rasad.db"));
            double rate = (docs - lastDocs) / ((now - lastT) / 1e9);
            line(out, t0, String.format(Locale.ROOT, "documents %d, %.1f articles/s (last %ds), heap used %s,"
                            + " peak %s, max %s, database %s", docs, rate, every, Report.mib(Heap.usedBytes()),
                    Report.mib(Heap.peakBytes()), Report.mib(Heap.maxBytes()),
                    Report.mib(Files.isDirectory(db) ? StoreBench.sizeOf(db) : 0)));
            lastDocs = docs;
            lastT = now;
        }
    }

    private static void line(PrintWriter out, long t0, String msg) {
        out.printf(Locale.ROOT, "[%7.0f s] %s%n", (System.nanoTime() - t0) / 1e9, msg);
        out.flush();
    }

    /** Documents committed so far, read through a separate read-only SQLite connection. */
    static long countDocuments(Path sqlite) {
        if (!Files.isRegularFile(sqlite)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + sqlite + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return -1;
        }
    }
}
