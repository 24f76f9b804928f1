package org.rasad.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasad.core.Event;
import org.rasad.core.EventType;

/** Subjects and objects separated by name remnants and time adverbs; joint peace announcements. */
class SubjectGapTest {
    @Test
    void receptionWhoseHostNameEndsWithANasabStillFindsTheVisitor() {
        String text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في جدة اليوم رئيس وزراء ماليزيا.";
        List<Event> found = Events.ofType(text, EventType.CONSULT);
        assertThat(found).as("events: %s", Events.of(text)).hasSize(1);
        assertThat(Events.codes(found.getFirst().source())).isEqualTo(Set.of("MYS"));
        assertThat(Events.codes(found.getFirst().target())).isEqualTo(Set.of("SAU"));
    }

    @Test
    void aNonTimeWordGapStillBlocksTheObject() {
        String text = "استقبل الملك سلمان في جدة ضمن جولة طويلة شملت عدة مدن رئيس وزراء ماليزيا.";
        assertThat(Events.ofType(text, EventType.CONSULT))
            .allSatisfy(e -> assertThat(Events.codes(e.source())).doesNotContain("MYS"));
    }

    @Test
    void gapWordsSkipTimeAdverbsAndNasab() {
        var toks = org.rasad.nlp.text.AnalyzedText.of("بن عبد الله أمس في القاهرة").tokens();
        assertThat(Clauses.gapWords(toks, 0, toks.size())).isEqualTo(2);
        assertThat(Clauses.words(toks, 0, toks.size())).isEqualTo(6);
    }

    @Test
    void twoStatesAnnouncingTheEndOfWarAgree() {
        String text = "أعلنت الهند وبنغلاديش في بيان مشترك إنهاء حالة الحرب بينهما.";
        List<Event> found = Events.ofType(text, EventType.AGREE);
        assertThat(found).as("events: %s", Events.of(text)).hasSize(1);
        assertThat(Events.codes(found.getFirst().source())).isEqualTo(Set.of("IND", "BGD"));
    }

    @Test
    void aPeaceTreatyWithOneNamedPartyIsNoAgreement() {
        assertThat(Events.ofType("تحدث الوزير عن اتفاق سلام محتمل.", EventType.AGREE)).isEmpty();
    }
}
