package org.rasad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.PipelineConfig;
import org.rasad.extract.eval.EventScorer;
import org.rasad.extract.eval.Evaluation;

class PipelineTest {
    private static final Pipeline P = Pipeline.create(PipelineConfig.defaults());
    private static final String TEXT = "استقبل الرئيس المصري وزير الخارجية الأردني أمس في القاهرة.\n\n"
                                       + "وفرضت الولايات المتحدة عقوبات جديدة على إيران.";

    private static List<Event> run(Pipeline p, String text) {
        return p.extract(Evaluation.uncleaned(new Document("doc7", "", text, LocalDate.of(2024, 5, 2), null, null,
                "UTF-8", "-")));
    }

    @Test
    void idsAreDocOrdinalsInTextOrderAndStable() {
        List<Event> a = run(P, TEXT);
        assertThat(a).extracting(Event::id).containsExactly("doc7#1", "doc7#2");
        assertThat(a).extracting(Event::doc).containsOnly("doc7");
        assertThat(run(P, TEXT)).isEqualTo(a);
    }

    @Test
    void evidenceIndexesTheOriginalText() {
        for (Event e : run(P, TEXT)) {
            e.evidence().forEach(ev -> assertThat(TEXT.substring(ev.start(), ev.end())).isEqualTo(ev.text()));
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void minConfidenceDropsWeakEvents() {
        Pipeline strict = Pipeline.create(PipelineConfig.defaults().withMinConfidence(0.999));
        assertThat(run(strict, TEXT)).isEmpty();
        assertThat(run(P, TEXT)).isNotEmpty();
    }

    @Test
    void emptyAndFurnitureOnlyDocumentsHaveNoEvents() {
        assertThat(run(P, "")).isEmpty();
        assertThat(run(P, "   \n\n ... ،،، 12345")).isEmpty();
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryText(@ForAll @StringLength(max = 300) @CharRange(from = ' ', to = 'ۿ') String s) {
        List<Event> events = run(P, s);
        assertThat(events).allSatisfy(e -> assertThat(e.evidence()).isNotEmpty());
    }

    @Test
    void seedGoldTargets() throws Exception {
        Path shared = Path.of(System.getProperty("rasad.shared", "../../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")), "shared corpus not present");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventScorer.Report r = Evaluation.run(P, shared.resolve("gold/dev/seeds.jsonl"),
                List.of(shared.resolve("corpus/seeds")), new PrintStream(out, true, StandardCharsets.UTF_8), false, null);
        assertThat(r.f1()).as(out.toString(StandardCharsets.UTF_8)).isGreaterThanOrEqualTo(0.9);
        assertThat(r.accuracy("date")).isGreaterThanOrEqualTo(0.8);
    }
}
