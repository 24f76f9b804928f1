package org.rasad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs `rasad eval` on the dev gold (read from ../shared) and checks the headline scores. */
class EvalCommandTest {
    static final Path SHARED = Path.of(System.getProperty("rasad.shared", "../../shared"));

    static double value(String report, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "[^\\n]*?([0-9]\\.[0-9]{3})\\s*$", Pattern.MULTILINE).matcher(report);
        assertThat(m.find()).as(label + " in:\n" + report).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void seedsDevGold() {
        assumeTrue(Files.isDirectory(SHARED.resolve("corpus/seeds")), "shared/ not beside the project");
        Cli r = Cli.run("eval", "--gold", SHARED.resolve("gold/dev/seeds.jsonl").toString(),
                SHARED.resolve("corpus/seeds").toString());
        System.out.println("seeds dev gold:\n" + r.out());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("(?m)^event F1 [0-9.]+$");
        assertThat(value(r.out(), "event F1")).isGreaterThanOrEqualTo(EvalTargets.SEEDS_F1);
        assertThat(value(r.out(), "direction accuracy")).isGreaterThanOrEqualTo(EvalTargets.SEEDS_DIRECTION);
        assertThat(value(r.out(), "evidence accuracy")).isGreaterThanOrEqualTo(EvalTargets.SEEDS_EVIDENCE);
        assertThat(value(r.out(), "date accuracy")).isGreaterThanOrEqualTo(EvalTargets.DATE);
    }

    @Test
    void bulkDevGold() {
        assumeTrue(Files.isDirectory(SHARED.resolve("corpus/dev")), "shared/ not beside the project");
        Path gold = SHARED.resolve("gold/dev");
        Path both;
        try {
            both = Files.createTempFile("gold", ".jsonl");
            Files.write(both, Files.readAllLines(gold.resolve("snn10.jsonl")));
            Files.write(both, Files.readAllLines(gold.resolve("ant12.jsonl")), java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli r = Cli.run("eval", "--gold", both.toString(), SHARED.resolve("corpus/dev").toString());
        System.out.println("bulk dev gold (22 articles):\n" + r.out());
        assertThat(r.exit()).isZero();
        assertThat(value(r.out(), "event F1")).isGreaterThanOrEqualTo(EvalTargets.BULK_F1);
        assertThat(value(r.out(), "date accuracy")).isGreaterThanOrEqualTo(EvalTargets.DATE);
    }
}
