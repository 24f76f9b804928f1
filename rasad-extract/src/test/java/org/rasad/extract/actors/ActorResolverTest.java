package org.rasad.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.Mention;
import org.rasad.nlp.text.AnalyzedText;

class ActorResolverTest {
    static final ActorResolver R = new ActorResolver(ActorKb.load());

    static List<Mention> find(String text, LocalDate date) {
        return R.find(AnalyzedText.of(text), date);
    }

    static Mention first(List<Mention> ms, Mention.Kind kind) {
        return ms.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow(
            () -> new AssertionError("no " + kind + " in " + ms));
    }

    @Test
    void roleNationalityAndNameAreOneMention() {
        List<Mention> ms = find("وصل وزير الدفاع العراقي جمعة عناد سعدون إلى القاهرة.", LocalDate.of(2021, 5, 1));
        Mention p = first(ms, Mention.Kind.PERSON);
        assertThat(p.text()).isEqualTo("وزير الدفاع العراقي جمعة عناد سعدون");
        assertThat(p.code()).isEqualTo("IRQ");
        assertThat(p.sector()).isEqualTo("MIL");
        assertThat(p.person()).isEqualTo("جمعة عناد سعدون");
        assertThat(p.role()).isEqualTo("وزير الدفاع");
        assertThat(first(ms, Mention.Kind.CAPITAL).code()).isEqualTo("EGY");
    }

    @Test
    void unknownNameIntroducedByRoleBecomesPersonOfTheRoleState() {
        List<Mention> ms = find("وقال المتحدث باسم الرئاسة المصرية بسام راضي إن اللقاء كان مثمرا.", null);
        Mention p = first(ms, Mention.Kind.PERSON);
        assertThat(p.person()).isEqualTo("بسام راضي");
        assertThat(p.code()).isEqualTo("EGY");
        assertThat(p.sector()).isEqualTo("GOV");
    }

    @Test
    void saudiKingsHonorificNamesSaudiArabia() {
        List<Mention> ms = find("وتلقى خادم الحرمين الشريفين اتصالا هاتفيا من الرئيس المصري.", LocalDate.of(2015, 8, 3));
        assertThat(ms).extracting(Mention::code).contains("SAU", "EGY");
        Mention king = ms.stream().filter(m -> "SAU".equals(m.code())).findFirst().orElseThrow();
        assertThat(king.text()).isEqualTo("خادم الحرمين الشريفين");
        assertThat(king.sector()).isEqualTo("GOV");
    }

    @Test
    void cliticsAreStrippedFromStatesAndCapitals() {
        List<Mention> ms = find("وأكد دعمه وللعراق وبالقاهرة والسعوديين.", null);
        assertThat(ms).extracting(Mention::code).containsExactly("IRQ", "EGY", "SAU");
        assertThat(ms.get(1).text()).isEqualTo("القاهرة");
        assertThat(ms.get(2).text()).isEqualTo("السعوديين");
    }

    @Test
    void kbPersonBareGetsOfficeAtDate() {
        List<Mention> ms = find("استقبل السيسي الوفد في القاهرة.", LocalDate.of(2016, 1, 1));
        Mention p = first(ms, Mention.Kind.PERSON);
        assertThat(p.person()).isEqualTo("عبد الفتاح السيسي");
        assertThat(p.code()).isEqualTo("EGY");
        assertThat(p.sector()).isEqualTo("GOV");
        List<Mention> older = find("استقبل السيسي الوفد.", LocalDate.of(2013, 1, 1));
        assertThat(first(older, Mention.Kind.PERSON).sector()).isEqualTo("MIL");
    }
}
