package org.rasad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rasad bench --quick} end to end: the report is written and every figure is present and sane. */
class QuickBenchTest {
    @TempDir
    Path tmp;

    @Test
    void quickRunWritesACompleteReport() throws Exception {
        Path in = BenchCommand.defaultInput();
        assumeTrue(Files.isRegularFile(in), "shared bulk corpus not found: " + in);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = BenchCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("--quick", "--out", tmp.toString());
        assertThat(rc).as(err.toString()).isZero();

        JsonNode j = new ObjectMapper().readTree(tmp.resolve("bench.json").toFile());
        assertThat(j.path("environment").path("articles").asInt()).isEqualTo(300);
        assertThat(j.path("environment").path("quick").asBoolean()).isTrue();
        // every stage on 1 and 2 threads, each with a positive rate over the same MB
        assertThat(j.path("stages")).hasSize(20);
        for (JsonNode m : j.path("stages")) {
            assertThat(m.path("seconds").asDouble()).as(m.toString()).isPositive();
            assertThat(m.path("mb").asDouble()).as(m.toString()).isGreaterThan(0.1);
            assertThat(m.path("checksum").asLong()).as(m.toString()).isPositive();
            assertThat(m.path("cpuSeconds").asDouble()).as(m.toString()).isPositive();
        }
        assertThat(j.path("peers")).hasSize(3);
        assertThat(j.path("ingest").path("articles").asLong()).isEqualTo(300);
        assertThat(j.path("ingest").path("dbBytes").asLong()).isPositive();
        assertThat(j.path("ingest").path("events").asLong()).isPositive();
        assertThat(j.path("search").path("samples").asInt()).isEqualTo(StoreBench.QUERIES.size() * 3);
        assertThat(j.path("search").path("p99ms").asDouble()).isGreaterThanOrEqualTo(j.path("search").path("p50ms").asDouble());
        assertThat(j.path("search").path("totalHits").asLong()).isPositive();
        assertThat(j.path("startup").path("exitCode").asInt()).isZero();
        assertThat(j.path("startup").path("medianMs").asDouble()).isPositive();
        assertThat(j.path("peakHeapBytes").asLong()).isPositive();
        assertThat(j.path("sampledPeakHeapBytes").asLong()).isPositive().isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(j.path("targets").size()).isGreaterThanOrEqualTo(4);

        String md = Files.readString(tmp.resolve("bench.md"));
        assertThat(md).contains("| full extraction (clean+extract) | 2 |", "Lucene ArabicAnalyzer", "p99", "## Targets");
        assertThat(out.toString()).contains("# rasad bench");
    }
}
