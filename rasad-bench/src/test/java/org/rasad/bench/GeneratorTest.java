package org.rasad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale generator: N articles, every id, content and (for copies) date distinct from the source's. */
class GeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void replicatesWithDistinctIdsDatesAndContent() throws Exception {
        Path src = tmp.resolve("src.jsonl");
        Files.writeString(src, """
                {"id":"a","date":"2020-01-31","text":"الفقرة الأولى عن الاجتماع.\\nالفقرة الثانية عن الاتفاق.","url":"http://x/a"}
                {"id":"b","date":"2021-06-01","text":"خبر قصير من سطر واحد."}
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.jsonl.gz");
        long n = CorpusGenerator.generate(src, out, 7);
        assertThat(n).isEqualTo(7);

        List<JsonNode> recs = new ArrayList<>();
        ObjectMapper om = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(out)), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                recs.add(om.readTree(l));
            }
        }
        assertThat(recs).hasSize(7);
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        recs.forEach(j -> {
            ids.add(j.path("id").asText());
            texts.add(j.path("text").asText());
        });
        assertThat(ids).hasSize(7).contains("a", "b", "a-r1", "b-r1", "a-r3");
        assertThat(texts).hasSize(7);
        assertThat(recs.get(2).path("date").asText()).isEqualTo("2020-02-07");
        assertThat(recs.get(2).path("text").asText()).startsWith("الفقرة الثانية");
        assertThat(Corpus.of(List.of(om.writeValueAsBytes(recs.get(2)))).docs()).hasSize(1);
    }

    @Test
    void percentileIsNearestRank() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i + 1;
        }
        assertThat(StoreBench.percentile(v, 0.5)).isEqualTo(50);
        assertThat(StoreBench.percentile(v, 0.99)).isEqualTo(99);
        assertThat(StoreBench.percentile(new double[] {3}, 0.99)).isEqualTo(3);
    }
}
