package org.rasad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Runs `rasad eval` on the gold sets drawn from the bulk corpus: eval/heldout (30 articles annotated by hand,
 * never used for tuning) and eval/dev2 (50 articles annotated blind, used for development). The input is
 * rebuilt from ../shared like their make-input.sh does.
 */
class HeldoutEvalTest {
    static final Path SHARED = Path.of(System.getProperty("rasad.shared", "../../shared"));
    static final Path HELDOUT = Path.of("..", "eval", "heldout");
    static final Path DEV2 = Path.of("..", "eval", "dev2");
    /** A little under the measured held-out event F1 (see eval/heldout/README.md). */
    static final double FLOOR = 0.23;
    /** A little under the measured dev2 event F1 (see eval/dev2/README.md). */
    static final double DEV2_FLOOR = 0.35;

    static Path buildInput(Path bulk, List<String> ids) throws IOException {
        Set<String> want = Set.copyOf(ids);
        Map<String, String> got = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(bulk)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && got.size() < want.size(); line = in.readLine()) {
                String id = json.readTree(line).path("id").asText();
                if (want.contains(id)) {
                    got.putIfAbsent(id, line);
                }
            }
        }
        List<String> out = new ArrayList<>();
        ids.stream().filter(got::containsKey).forEach(i -> out.add(got.get(i)));
        Path file = Files.createTempFile("heldout", ".jsonl");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void heldoutGold() {
        scores(HELDOUT, "held-out", FLOOR);
    }

    @Test
    void dev2Gold() {
        scores(DEV2, "dev2", DEV2_FLOOR);
    }

    private static void scores(Path set, String name, double floor) {
        Path bulk = SHARED.resolve("data/bulk-news/arabic_news_bulk.jsonl.gz");
        assumeTrue(Files.isRegularFile(bulk) && Files.isRegularFile(set.resolve("ids.txt")),
                "shared/ bulk corpus or " + set + " not found");
        Path input;
        List<String> ids;
        try {
            ids = Files.readAllLines(set.resolve("ids.txt")).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            input = buildInput(bulk, ids);
            assertThat(Files.readAllLines(input)).hasSize(ids.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Cli r = Cli.run("eval", "--gold", set.resolve("gold.jsonl").toString(), input.toString());
        System.out.println(name + " gold (" + ids.size() + " articles):\n" + r.out());
        assertThat(r.exit()).isZero();
        assertThat(EvalCommandTest.value(r.out(), "event F1")).as(name + " event F1").isGreaterThanOrEqualTo(floor);
    }
}
