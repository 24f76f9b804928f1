package org.rasad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.app.Main;
import org.rasad.core.PipelineConfig;

/**
 * On local[2], the Spark job's events equal {@code rasad extract}'s on the same input, record for record,
 * and its Parquet output is partitioned by date and deduplicated.
 */
class SparkEqualityTest {
    static SparkSession spark;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("rasad-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Path shared() {
        String s = System.getProperty("rasad.shared");
        return s != null ? Path.of(s) : Path.of("../../shared");
    }

    /** Input: 24 bulk-corpus articles (every 2,000th, so several dates) in two JSONL files. */
    static Path input() throws Exception {
        Path bulk = shared().resolve("data/bulk-news/arabic_news_bulk.jsonl.gz");
        assumeTrue(Files.isRegularFile(bulk), "bulk corpus not found: " + bulk);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(bulk)), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String l; lines.size() < 24 && (l = r.readLine()) != null; n++) {
                if (n % 2000 == 0) {
                    lines.add(l);
                }
            }
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a.jsonl"), lines.subList(0, 12), StandardCharsets.UTF_8);
        Files.write(in.resolve("b.jsonl"), lines.subList(12, lines.size()), StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void eventsEqualRasadExtractRecordForRecord() throws Exception {
        Path in = input();
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("extract", in.toString())).isZero();
        List<String> expected = new ArrayList<>(Arrays.asList(out.toString().split("\n")));
        expected.removeIf(String::isBlank);
        expected.sort(null);
        assertThat(expected).isNotEmpty();

        Path outDir = tmp.resolve("out");
        RasadSpark.run(spark, in.toString(), outDir.toString(), PipelineConfig.defaults());

        Dataset<Row> events = spark.read().parquet(outDir.resolve("events").toString());
        List<String> actual = new ArrayList<>(events.select("json").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList());
        actual.sort(null);
        assertThat(actual).containsExactlyElementsOf(expected);

        Dataset<Row> docs = spark.read().parquet(outDir.resolve("documents").toString());
        assertThat(docs.count()).isEqualTo(24);
        assertThat(docs.select("date").distinct().count()).isGreaterThan(1);
        try (var parts = Files.list(outDir.resolve("documents"))) {
            assertThat(parts.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("date=")).toList())
                    .hasSizeGreaterThan(1).allMatch(n -> n.matches("date=(\\d{4}-\\d{2}-\\d{2}|unknown)"));
        }
    }

    @Test
    void dedupKeepsOneDocumentPerContentAndItsEvents() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("dup"));
        String rec = "{\"id\":\"%s\",\"date\":\"2024-03-0%d\",\"text\":\"استقبل الرئيس المصري في القاهرة"
                + " يوم الاثنين وزير الخارجية الأمريكي وبحث معه الأوضاع في المنطقة.\"}";
        Files.writeString(in.resolve("x.jsonl"), String.format(rec, "d1", 4) + "\n" + String.format(rec, "d2", 5)
                + "\n" + String.format(rec, "d1", 4) + "\n", StandardCharsets.UTF_8);
        Dataset<Row> processed = RasadSpark.process(RasadSpark.files(spark, in.toString()), PipelineConfig.defaults());
        RasadSpark.Dedup d = RasadSpark.dedup(RasadSpark.documents(processed), RasadSpark.events(processed));
        List<Row> docs = d.documents().select("doc_id").collectAsList();
        assertThat(docs).extracting(r -> r.getString(0)).containsExactly("d1");
        long rawEvents = RasadSpark.events(processed).count();
        List<String> evDocs = d.events().select("doc_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(evDocs).allMatch("d1"::equals);
        assertThat(rawEvents).isGreaterThanOrEqualTo(evDocs.size());
        assertThat(d.events().select("event_id").distinct().count()).isEqualTo(evDocs.size());
    }
}
