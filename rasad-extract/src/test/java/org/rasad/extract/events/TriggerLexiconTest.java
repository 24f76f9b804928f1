package org.rasad.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.EventType;
import org.rasad.nlp.text.AnalyzedText;

class TriggerLexiconTest {
    private static final TriggerLexicon LEX = TriggerLexicon.load();

    @Test
    void verbEntriesExpandToConjugations() {
        assertThat(TriggerLexicon.expand("V:استقبل:ستقبل")).contains("استقبل", "استقبلت", "استقبلوا", "يستقبل",
                "تستقبلان", "يستقبلون");
        assertThat(TriggerLexicon.expand("V:التقى:لتقي")).contains("التقي", "التقت", "التقيا", "يلتقي", "يلتقون");
        assertThat(TriggerLexicon.expand("V:فرض عقوبات:فرض")).contains("فرضت عقوبات", "تفرض عقوبات");
    }

    private static List<EventType> types(String text) {
        AnalyzedText at = AnalyzedText.of(text);
        return LEX.find(at.tokens(), 0, at.tokens().size()).stream().map(m -> m.trigger().type()).toList();
    }

    @Test
    void findsTriggersWithCliticsAndLongestFirst() {
        assertThat(types("واستقبلهم")).containsExactly(EventType.CONSULT);
        assertThat(types("سيزور")).containsExactly(EventType.CONSULT);
        assertThat(types("وقف إطلاق النار")).containsExactly(EventType.RETREAT);
        assertThat(types("فرضت واشنطن عقوبات")).containsExactly(EventType.SANCTION);
    }

    @Test
    void tehMarbutaIsNotAPronoun() {
        assertThat(types("وزارة")).isEmpty();
    }

    @Test
    void recallOfOwnAmbassadorIsSanctionSummoningAnotherIsAccusation() {
        assertThat(types("استدعت سفيرها")).containsExactly(EventType.SANCTION);
        assertThat(types("استدعت السفير")).containsExactly(EventType.ACCUSE);
    }

    @Test
    void futurePrefixIsReported() {
        AnalyzedText at = AnalyzedText.of("سيزور");
        assertThat(LEX.find(at.tokens(), 0, 1).getFirst().future()).isTrue();
    }
}
