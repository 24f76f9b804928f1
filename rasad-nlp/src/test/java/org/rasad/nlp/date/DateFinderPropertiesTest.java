package org.rasad.nlp.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasad.core.TimeExpr;
import org.rasad.nlp.text.AnalyzedText;

class DateFinderPropertiesTest {

    @Provide
    Arbitrary<String> dateSoup() {
        Arbitrary<String> words = Arbitraries.of("أمس", "اليوم", "غدا", "الأحد", "الماضي", "المقبل", "الجاري", "عام",
            "سنة", "هـ", "م", "يوم", "مساء", "منتصف", "سبتمبر", "أيلول", "آب", "شوال", "ذو", "الحجة", "كانون", "الأول",
            "الثاني", "من", "الشهر", "قبل", "منذ", "أيام", "يومين", "ثلاثة", "هذا", "العام", "الصيف", "/", "-", ".",
            "(", ")", "«", "»", "الموافق", "مؤخرا", "أول", "عشر", "العشرين", "\n", "،");
        Arbitrary<String> numbers = Arbitraries.integers().between(0, 40000).map(String::valueOf);
        return Arbitraries.oneOf(words, words, words, numbers).list().ofMaxSize(25).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<LocalDate> docDates() {
        return Arbitraries.integers().between(-3000, 40000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d))
            .injectNull(0.2);
    }

    @Property(tries = 500)
    void neverThrowsAndSpansAreOrderedAndValid(@ForAll("dateSoup") String s, @ForAll("docDates") LocalDate doc) {
        List<TimeExpr> all = DateFinder.find(AnalyzedText.of(s), doc);
        int last = 0;
        for (TimeExpr t : all) {
            assertThat(t.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(t.text()).isEqualTo(t.span().of(s));
            if (t.value() != null) {
                assertThat(t.value()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            }
            last = t.span().end();
        }
    }

    @Property(tries = 300)
    void documentDateNeverThrows(@ForAll("dateSoup") String s) {
        assertThat(DocumentDateFinder.find(s)).isNotNull();
    }
}
