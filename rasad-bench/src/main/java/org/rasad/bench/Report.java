package org.rasad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Everything one {@code rasad bench} run measured, written as Markdown and JSON.
 *
 * @param environment JVM, cores, heap limit, input file
 * @param stages      every stage and the full extraction, on 1 and 2 threads
 * @param peers       CoreNLP (if run), Lucene's ArabicAnalyzer, the floor; one thread
 * @param ingest      clean + extract + store into SQLite/Lucene, one thread
 * @param search      search latency over the fixed queries
 * @param startup     {@code rasad extract} on one file, fresh JVM
 * @param peakHeapBytes peak heap of this benchmark JVM without CoreNLP (holds the article sample too): the sum of
 *                      each heap pool's own peak, an upper bound
 * @param sampledPeakHeapBytes the largest used heap seen by sampling every 20 ms (CoreNLP excluded)
 * @param targets     the targets with the measured value and whether it is met
 */
public record Report(Environment environment, List<Measurement> stages, List<Measurement> peers,
                     StoreBench.Ingest ingest, StoreBench.Latency search, Startup.Timing startup,
                     long peakHeapBytes, long sampledPeakHeapBytes, List<Target> targets) {

    /** Where and on what it ran. */
    public record Environment(String java, String vm, int cores, long maxHeapBytes, String input,
                              int articles, int stageArticles, int peerArticles, double articleMb,
                              boolean quick, String startedUtc) {
    }

    /**
     * A target from the issue: measured value (wall clock), the same from CPU time (null where it does not
     * apply; for the 2-thread target it is the speed-up two free cores would give: 2 x the per-CPU-second
     * efficiency), threshold, met or not (null: not measured).
     */
    public record Target(String name, double measured, Double measuredCpu, String threshold, Boolean met) {
    }

    public Measurement find(List<Measurement> in, String name, int threads) {
        return in.stream().filter(m -> m.name().equals(name) && m.threads() == threads).findFirst().orElse(null);
    }

    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(dir.resolve("bench.json"), om.writeValueAsString(this), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("bench.md"), markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        Environment e = environment;
        sb.append("# rasad bench\n\n");
        sb.append(f("Started %s UTC on %s (%s), %d cores, max heap %s. Input: `%s`.%n%n", e.startedUtc(),
                e.java(), e.vm(), e.cores(), mib(e.maxHeapBytes()), e.input()));
        sb.append(f("MB = 10^6 bytes of article body text (UTF-8); every stage and peer divides by the same"
                + " bytes. Stage sample: %d articles; end to end: %d articles; peers: %d articles.%s%n%n",
                e.stageArticles(), e.articles(), e.peerArticles(), e.quick() ? " **Quick run** (CI form)." : ""));
        sb.append("## Stages and end to end\n\n| stage | threads | articles | MB | s | articles/s | MB/s | CPU s | MB per CPU-s |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : stages) {
            row(sb, m);
        }
        sb.append("\n## Peers (same articles, one thread)\n\n| peer | threads | articles | MB | s | articles/s | MB/s | CPU s | MB per CPU-s |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : peers) {
            row(sb, m);
        }
        if (ingest != null) {
            sb.append(f("%n## Store%n%nIngest (clean + extract + SQLite + Lucene, 1 thread): %d articles in %.2f s ="
                            + " %.1f articles/s, %.2f MB/s; %d events; database size %s (%.0f bytes/article).%n",
                    ingest.articles(), ingest.seconds(), ingest.articlesPerSecond(), ingest.mbPerSecond(),
                    ingest.events(), mib(ingest.dbBytes()), ingest.articles() == 0 ? 0.0
                            : (double) ingest.dbBytes() / ingest.articles()));
        }
        if (search != null) {
            sb.append(f("%nSearch latency over %d fixed Arabic queries, %d timed calls (top 20 with snippets):"
                    + " p50 %.2f ms, p99 %.2f ms, max %.2f ms.%n", search.queries(), search.samples(),
                    search.p50ms(), search.p99ms(), search.maxMs()));
        }
        if (startup != null) {
            sb.append(f("%nStart-up, `rasad extract` on one article in a fresh JVM (launcher options): median %.0f ms"
                    + " (min %.0f, max %.0f, %d runs, exit %d).%n", startup.medianMs(), startup.minMs(),
                    startup.maxMs(), startup.runs(), startup.exitCode()));
        }
        sb.append(f("%nPeak heap of the benchmark JVM while rasad ran (CoreNLP's models excluded; the in-memory article"
                + " sample included), max heap %s: %s sampled every 20 ms; %s as the sum of the heap pools' own peaks"
                + " (an upper bound).%n", mib(environment.maxHeapBytes()), mib(sampledPeakHeapBytes),
                mib(peakHeapBytes)));
        sb.append("\n## Targets\n\nWall-clock figures; the CPU-time column shows the same ratio computed from CPU"
                + " seconds (less disturbed by other processes on a shared machine).\n\n"
                + "| target | measured (wall) | measured (CPU time) | threshold | met (wall) |\n|---|---:|---:|---|---|\n");
        for (Target t : targets) {
            sb.append(f("| %s | %.3f | %s | %s | %s |%n", t.name(), t.measured(),
                    t.measuredCpu() == null ? "" : f("%.3f", t.measuredCpu()), t.threshold(),
                    t.met() == null ? "not measured" : t.met() ? "yes" : "**no**"));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, Measurement m) {
        sb.append(f("| %s | %d | %d | %.2f | %.3f | %.1f | %.3f | %.3f | %.3f |%n", m.name(), m.threads(),
                m.articles(), m.mb(), m.seconds(), m.articlesPerSecond(), m.mbPerSecond(), m.cpuSeconds(),
                m.mbPerCpuSecond()));
    }

    static String mib(long bytes) {
        return f("%.1f MiB", bytes / 1048576.0);
    }

    private static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }
}
