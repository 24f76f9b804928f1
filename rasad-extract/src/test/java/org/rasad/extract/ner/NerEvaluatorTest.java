package org.rasad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.extract.actors.ActorKb;

class NerEvaluatorTest {
    @Test
    void chunksFollowConlleval() {
        assertThat(NerEvaluator.chunks(List.of("B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER")))
            .containsExactlyInAnyOrder(new NerEvaluator.Chunk("PER", 0, 2), new NerEvaluator.Chunk("LOC", 3, 5),
                new NerEvaluator.Chunk("ORG", 5, 6), new NerEvaluator.Chunk("PER", 6, 7));
    }

    @Test
    void scoresExactSpansAndLeavesMiscOut(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.conll");
        Files.writeString(f, String.join("\n", "قال\tO", "جون\tB-PERS", "كيري\tI-PERS", "في\tO", "باريس\tB-LOC",
            "\tO", "", "الدولار\tB-MISC", "الأمم\tB-ORG", "المتحدة\tI-ORG", ""));
        NerTagger fake = words -> words.size() == 6
            ? List.of("O", "B-PER", "O", "O", "B-LOC", "O") : List.of("B-LOC", "B-ORG", "I-ORG");
        NerReport r = NerEvaluator.evaluate(f, fake);
        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.miscGold()).isEqualTo(1);
        assertThat(r.types()).extracting(NerReport.TypeScore::type).containsExactly("PER", "LOC", "ORG");
        assertThat(r.types().get(0).correct()).isZero();
        assertThat(r.types().get(1).predicted()).isEqualTo(2);
        assertThat(r.types().get(1).precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.micro().gold()).isEqualTo(3);
        assertThat(r.micro().correct()).isEqualTo(2);
        assertThat(r.table()).contains("micro").contains("MISC not scored");
    }

    @Test
    void perceptronLearnsFromATrainingFile(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        String[][] sents = {
            {"زار", "O", "كريم", "B-PERS", "سالم", "I-PERS", "مدينة", "O", "زحلون", "B-LOC"},
            {"التقى", "O", "نادر", "B-PERS", "فهمان", "I-PERS", "في", "O", "زحلون", "B-LOC"},
            {"غادر", "O", "كريم", "B-PERS", "سالم", "I-PERS", "إلى", "O", "قرطون", "B-LOC"}};
        for (int rep = 0; rep < 5; rep++) {
            for (String[] s : sents) {
                for (int i = 0; i < s.length; i += 2) {
                    b.append(s[i]).append('\t').append(s[i + 1]).append('\n');
                }
                b.append('\n');
            }
        }
        Path train = dir.resolve("train.conll");
        Files.writeString(train, b.toString());
        NerTagger none = words -> java.util.Collections.nCopies(words.size(), "O");
        PerceptronNerTagger p = PerceptronNerTagger.train(train, none, 5);
        assertThat(p.tag(List.of("زار", "كريم", "سالم", "مدينة", "زحلون")))
            .containsExactly("O", "B-PER", "I-PER", "O", "B-LOC");
    }

    @Test
    void ruleTaggerFindsTheThreeTypes() {
        RuleNerTagger t = new RuleNerTagger(ActorKb.load());
        List<String> words = List.of("وقال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو", "إن",
            "حلف", "الناتو", "يهدد", "روسيا", ".");
        assertThat(t.tag(words)).containsExactly("O", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG",
            "I-ORG", "O", "B-LOC", "O");
    }
}
