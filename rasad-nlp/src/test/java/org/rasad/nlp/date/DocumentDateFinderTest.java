package org.rasad.nlp.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentDateFinderTest {

    @Test
    void findsUpdateLine() {
        assertThat(DocumentDateFinder.find("آخر تحديث: 25 يوليوز 2024 - 11:18 ص بغداد/ شبكة أخبار- قال الوزير"))
            .contains(LocalDate.of(2024, 7, 25));
    }

    @Test
    void findsWeekdayAndNumericMonthLine() {
        assertThat(DocumentDateFinder.find("التعاون الأمني بين البلدين\n\nالأحد 03/سبتمبر/2023 - 04:20 م\nالمرجع"))
            .contains(LocalDate.of(2023, 9, 3));
    }

    @Test
    void findsDateline() {
        assertThat(DocumentDateFinder.find("بغداد - 12 أكتوبر 2024 - أعلنت الحكومة العراقية أمس"))
            .contains(LocalDate.of(2024, 10, 12));
    }

    @Test
    void findsIsoAndNumericDates() {
        assertThat(DocumentDateFinder.find("نشر في 2023-09-03 الساعة 10")).contains(LocalDate.of(2023, 9, 3));
        assertThat(DocumentDateFinder.find("03/09/2023 | الأخبار")).contains(LocalDate.of(2023, 9, 3));
    }

    @Test
    void findsCuedDateFurtherDown() {
        String body = "قال الوزير إن المحادثات مستمرة. ".repeat(40);
        assertThat(DocumentDateFinder.find(body + "\nتاريخ النشر: 5 مايو 2019")).contains(LocalDate.of(2019, 5, 5));
    }

    @Test
    void hijriDatelineIsConverted() {
        assertThat(DocumentDateFinder.find("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\nاجتمع الأمين العام"))
            .contains(LocalDate.of(2015, 8, 11));
    }

    @Test
    void datesInsideTheRunningTextAreNotDocumentDates() {
        String first = "أعلنت وسائل إعلام عربية اليوم وفاة الفنان الذي ولد في 10 أبريل 1932 في الإسكندرية وبدأ مسيرته "
                       + "الفنية في مطلع الخمسينيات قبل أن يشارك في أفلام عالمية عديدة في 5 مايو 2010 بحسب ما نقلت الوكالة.";
        assertThat(DocumentDateFinder.find(first)).isEmpty();
    }

    @Test
    void relativeOrYearlessDatesAreNotDocumentDates() {
        assertThat(DocumentDateFinder.find("التقى الوزير نظيره أمس الاثنين في 27 سبتمبر الماضي")).isEmpty();
        assertThat(DocumentDateFinder.find(null)).isEmpty();
        assertThat(DocumentDateFinder.find("")).isEmpty();
    }
}
