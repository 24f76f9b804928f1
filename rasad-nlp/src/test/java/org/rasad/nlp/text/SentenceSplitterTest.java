package org.rasad.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.Span;

class SentenceSplitterTest {

    private static List<String> sentences(String s) {
        return SentenceSplitter.split(s).stream().map(sp -> sp.of(s)).toList();
    }

    @Test
    void splitsOnArabicAndLatinTerminators() {
        assertThat(sentences("وصل الوفد إلى المدينة. هل يلتقي الرئيس؟ نعم! وانتهى اللقاء؛ ثم غادر"))
            .containsExactly("وصل الوفد إلى المدينة.", "هل يلتقي الرئيس؟", "نعم!", "وانتهى اللقاء؛", "ثم غادر");
    }

    @Test
    void splitsOnLineBreaksAndBlankLines() {
        assertThat(sentences("العنوان الرئيسي\n\n\nقال المتحدث إن الاجتماع انتهى\r\nبلا اتفاق"))
            .containsExactly("العنوان الرئيسي", "قال المتحدث إن الاجتماع انتهى", "بلا اتفاق");
    }

    @Test
    void doesNotSplitInsideNumbersOrAbbreviations() {
        assertThat(sentences("ارتفع النمو 3.5 بالمئة. قال د. أحمد إن U.S. officials met Dr. Smith. وانتهى"))
            .containsExactly("ارتفع النمو 3.5 بالمئة.", "قال د. أحمد إن U.S. officials met Dr. Smith.", "وانتهى");
        assertThat(sentences("راجع الموقع www.un.org للمزيد.")).hasSize(1);
    }

    @Test
    void ellipsisIsAPause() {
        assertThat(sentences("التعاون بين بغداد وواشنطن.. تداعيات مرتقبة… على المواجهة. ثم انتهى"))
            .containsExactly("التعاون بين بغداد وواشنطن.. تداعيات مرتقبة… على المواجهة.", "ثم انتهى");
    }

    @Test
    void keepsQuotesInsideTheSentence() {
        assertThat(sentences("قال الوزير: «لن نتراجع. سنواصل العمل» وأضاف أن الحوار مستمر. ثم غادر."))
            .containsExactly("قال الوزير: «لن نتراجع. سنواصل العمل» وأضاف أن الحوار مستمر.", "ثم غادر.");
        assertThat(sentences("وقال “انتهى الأمر.” ثم صمت."))
            .containsExactly("وقال “انتهى الأمر.”", "ثم صمت.");
    }

    @Test
    void maskedTextKeepsOffsets() {
        String masked = "          \n\nالخبر الأول هنا.        \n   ";
        List<Span> spans = SentenceSplitter.split(masked);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).of(masked)).isEqualTo("الخبر الأول هنا.");
    }

    @Test
    void emptyInput() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(null)).isEmpty();
    }
}
