package org.rasad.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rasad.core.Document;

/** Furniture rules on pages written for these tests (general shapes, not any real page). */
class CleanerTest {
    private static final String P1 = "قالت وزارة الخارجية الكويتية في بيان إن الوزير أجرى اتصالا هاتفيا مع نظيره "
            + "العماني تناول العلاقات الثنائية وسبل تطويرها في المجالات كافة.";
    private static final String P2 = "وأضاف البيان أن الجانبين اتفقا على مواصلة التنسيق والتشاور إزاء القضايا "
            + "الإقليمية والدولية ذات الاهتمام المشترك.";
    private final Cleaner cleaner = new Cleaner();

    private static Document doc(String text) {
        return new Document("t", "", text, null, null, null, "UTF-8", "t");
    }

    @Test
    void inlineReadAlsoLinkIsMaskedAndTheArticleGoesOnInOneSegment() {
        String text = "عنوان الخبر عن الاتصال الهاتفي\n" + P1 + "\nاقرأ أيضا: الكويت وعمان تبحثان التعاون\n" + P2 + "\n";
        CleanedDocument c = cleaner.clean(doc(text));
        assertThat(c.segments()).hasSize(1);
        assertThat(c.masked()).doesNotContain("اقرأ أيضا").contains(P1).contains(P2);
    }

    @Test
    void readAlsoListWithoutArticleIsMasked() {
        String text = P1 + "\n" + P2 + "\nاقرأ أيضاً:\n• عنوان أول عن شيء\n• عنوان ثان عن شيء آخر\n";
        CleanedDocument c = cleaner.clean(doc(text));
        assertThat(c.segments()).hasSize(1);
        assertThat(c.cleanText()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void shareBarsTagsAndCopyrightMasked() {
        String text = "فيسبوك تويتر واتساب\nالرئيسية / أخبار / الخليج\n" + P1 + "\n" + P2
                + "\nالوسوم: الكويت، عمان\n© 2024 جميع الحقوق محفوظة\n";
        CleanedDocument c = cleaner.clean(doc(text));
        assertThat(c.cleanText()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void shortHeadlineStaysButBylinesAndOutletNamesGo() {
        String text = "الكويت وعمان تتشاوران\nسالم العلي/ الكويت\nموقع الخليج اليوم\nسياسة\n" + P1 + "\n" + P2;
        CleanedDocument c = cleaner.clean(doc(text));
        assertThat(c.cleanText()).isEqualTo("الكويت وعمان تتشاوران\n" + P1 + "\n" + P2);
        String bylineFirst = "كتب: سالم العلي\nالكويت وعمان تتشاوران\n" + P1;
        assertThat(cleaner.clean(doc(bylineFirst)).cleanText()).isEqualTo("الكويت وعمان تتشاوران\n" + P1);
        assertThat(cleaner.clean(doc("سالم العلي - الكويت\n" + P1)).cleanText()).isEqualTo(P1);
        assertThat(cleaner.clean(doc("وكالة الأنباء الكويتية\n" + P1)).cleanText()).isEqualTo(P1);
    }

    @Test
    void shortStatementInsideTheBodyIsKept() {
        String text = P1 + "\nتفاصيل الاتصال\n" + P2 + "\n";
        assertThat(cleaner.clean(doc(text)).cleanText()).contains("تفاصيل الاتصال");
    }

    @Test
    void htmlDocumentsAreMaskedFromTheirSource() {
        String html = "<html><head><title>x</title></head><body><nav>الرئيسية</nav><p>" + P1 + "</p><p>اقرأ أيضا: "
                + "<a href=#>خبر آخر</a></p><p>" + P2 + "</p><p>جميع الحقوق محفوظة</p></body></html>";
        CleanedDocument c = cleaner.clean(doc(html));
        assertThat(c.masked()).hasSize(html.length());
        assertThat(c.cleanText()).isEqualTo(P1 + "\n" + P2);
        assertThat(c.segments()).hasSize(1);
        assertThat(c.segments().get(0).span().of(html)).startsWith(P1).endsWith(P2);
    }

    @Test
    void documentDateFromHeaderLinesAndDocumentDateWins() {
        String text = "الثلاثاء ١٢ مارس ٢٠٢٤\n" + P1 + "\n" + P2;
        assertThat(cleaner.clean(doc(text)).segments().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 12));
        Document dated = doc(text).withDate(LocalDate.of(2024, 3, 13));
        assertThat(cleaner.clean(dated).segments().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 13));
        assertThat(cleaner.clean(doc("نشر في 2023-10-05\n" + P1)).doc().date()).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(cleaner.clean(doc("15 تشرين الأول 2023\n" + P1)).doc().date()).isEqualTo(LocalDate.of(2023, 10, 15));
    }

    @Test
    void emptyAndFurnitureOnlyDocumentsHaveNoSegments() {
        assertThat(cleaner.clean(doc("")).segments()).isEmpty();
        assertThat(cleaner.clean(doc("ad a b\n© 2024\n")).segments()).isEmpty();
    }

    @Test
    void strayEntitiesInPlainTextAreDecodedInPlace() {
        String text = "قال الوزير &quot;نرفض التصعيد&quot; و&#8220;ندعو للحوار&#8221; &amp; أكثر &bogus; &#xZZ;\n" + P1;
        CleanedDocument c = cleaner.clean(doc(text));
        assertThat(c.masked()).hasSize(text.length());
        int q = text.indexOf("&quot;");
        assertThat(c.masked().charAt(q)).isEqualTo('"');
        assertThat(c.masked().substring(q + 1, q + 6)).isBlank();
        assertThat(c.cleanText()).startsWith("قال الوزير \" نرفض التصعيد\" و“ ندعو للحوار” & أكثر &bogus; &#xZZ;");
    }

    @Property(tries = 300)
    void plainTextMaskDiffersOnlyBySpaces(@ForAll @StringLength(max = 600) String noise) {
        String text = noise + "\n" + P1 + "\nشارك\n" + noise;
        CleanedDocument c = cleaner.clean(doc(text));
        if (!HtmlMasker.looksLikeHtml(text) && text.indexOf('&') < 0) {
            CleanerSeedTest.assertMaskedDiffersOnlyBySpaces(text, c.masked());
        }
        assertThat(c.masked()).hasSize(text.length());
        for (CleanedDocument.Segment s : c.segments()) {
            assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
        }
    }
}
