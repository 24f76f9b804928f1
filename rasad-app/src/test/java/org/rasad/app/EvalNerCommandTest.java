package org.rasad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `rasad eval-ner` on ANERcorp's test split (read from ../shared, never shipped). */
class EvalNerCommandTest {
    static final Path TEST = EvalCommandTest.SHARED.resolve("data/anercorp/ANERCorp_CamelLab_test.tsv");

    @Test
    void scoresTheShippedTaggerOnTheTestSplit() {
        assumeTrue(Files.isRegularFile(TEST), "ANERcorp not beside the project");
        Cli r = Cli.run("eval-ner", "--file", TEST.toString());
        System.out.println("eval-ner (ANERcorp test split):\n" + r.out());
        assertThat(r.exit()).isZero();
        Matcher m = Pattern.compile("(?m)^micro\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)$")
                .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        // 1,976 B- tags; conlleval also opens a chunk at each stray I- tag
        assertThat(Integer.parseInt(m.group(1))).as("gold PER+LOC+ORG chunks").isGreaterThanOrEqualTo(858 + 668 + 450);
        // issue 5 target 0.70; measured 0.704 (2026-12-07)
        assertThat(Double.parseDouble(m.group(6))).as("micro F1 regression floor").isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void missingFileIsAUserError() {
        Cli r = Cli.run("eval-ner", "--file", "/nonexistent/conll.tsv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no CoNLL file");
    }
}
