package org.rasad.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasad.nlp.read.DocumentReader;
import org.rasad.nlp.read.TestFiles;

/** On the dev JSONL articles the cleaner keeps every gold evidence span, inside a segment. */
class CleanerDevCorpusTest {
    @Test
    void goldEvidenceInDevArticlesIsKept() throws IOException {
        Path dev = TestFiles.shared().resolve("corpus/dev");
        Path gold = TestFiles.shared().resolve("gold/dev");
        assumeTrue(Files.isDirectory(dev) && Files.isDirectory(gold), "dev corpus missing");
        Cleaner cleaner = new Cleaner();
        Map<String, CleanedDocument> docs = new HashMap<>();
        new DocumentReader().read(dev, r -> {
            assertThat(r.problems()).isEmpty();
            docs.put(r.value().id(), cleaner.clean(r.value()));
        });
        assertThat(docs).hasSizeGreaterThanOrEqualTo(20);
        ObjectMapper json = new ObjectMapper();
        int spans = 0;
        for (String name : new String[] {"ant12.jsonl", "snn10.jsonl"}) {
            for (String line : Files.readAllLines(gold.resolve(name), StandardCharsets.UTF_8)) {
                JsonNode e = line.isBlank() ? null : json.readTree(line);
                if (e == null || !e.has("evidence")) {
                    continue;
                }
                CleanedDocument c = docs.get(e.get("doc").asText());
                assertThat(c).as(e.get("doc").asText()).isNotNull();
                for (JsonNode ev : e.get("evidence")) {
                    if (ev.has("field")) {
                        continue;
                    }
                    int s = ev.get("start").asInt();
                    int end = ev.get("end").asInt();
                    assertThat(c.masked().substring(s, end)).isEqualTo(c.doc().text().substring(s, end));
                    assertThat(c.segments()).anyMatch(g -> g.span().start() <= s && end <= g.span().end());
                    spans++;
                }
            }
        }
        assertThat(spans).isGreaterThan(100);
    }
}
