package org.rasad.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.Document;
import org.rasad.core.Span;
import org.rasad.nlp.read.TestFiles;

/** The five real scraped pages in ../shared/corpus/seeds: furniture masked, article bodies kept. */
class CleanerSeedTest {
    private final Cleaner cleaner = new Cleaner();

    private static Path seed(String stem) {
        Path p = TestFiles.shared().resolve("corpus/seeds/" + stem + ".txt");
        assumeTrue(Files.isRegularFile(p), "seed missing: " + p);
        return p;
    }

    private CleanedDocument clean(String stem) throws IOException {
        String text = Files.readString(seed(stem), StandardCharsets.UTF_8);
        CleanedDocument c = cleaner.clean(new Document(stem, "", text, null, null, null, "UTF-8", stem));
        assertMaskedDiffersOnlyBySpaces(text, c.masked());
        return c;
    }

    static void assertMaskedDiffersOnlyBySpaces(String text, String masked) {
        assertThat(masked).hasSize(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (masked.charAt(i) != text.charAt(i)) {
                assertThat(masked.charAt(i)).as("char %d", i).isEqualTo(' ');
                assertThat(text.charAt(i)).as("line breaks survive at %d", i).isNotEqualTo('\n');
            }
        }
    }

    /** The line of the original text that contains {@code needle}, and whether it is masked entirely. */
    private static boolean lineMasked(CleanedDocument c, String needle) {
        String t = c.doc().text();
        int at = t.indexOf(needle);
        assertThat(at).as("needle in text: %s", needle).isGreaterThanOrEqualTo(0);
        int s = t.lastIndexOf('\n', at) + 1;
        int e = t.indexOf('\n', at);
        return c.masked().substring(s, e < 0 ? t.length() : e).isBlank();
    }

    private static boolean kept(CleanedDocument c, String needle) {
        int at = c.doc().text().indexOf(needle);
        assertThat(at).as("needle in text: %s", needle).isGreaterThanOrEqualTo(0);
        return c.masked().startsWith(needle, at);
    }

    @Test
    void seed000SiteNameAndCopyrightMasked() throws IOException {
        CleanedDocument c = clean("000_eae49ddaa4a60b7e");
        assertThat(lineMasked(c, "موقع نتسيف نت")).isTrue();
        assertThat(lineMasked(c, "جميع الحقوق محفوظة")).isTrue();
        assertThat(kept(c, "مصر تعزز التعاون العسكري مع العراق")).isTrue();
        assertThat(kept(c, "استقبل الرئيس المصري عبد الفتاح السيسي")).isTrue();
        assertThat(kept(c, "2- تبحث مصر عن أسواق خارجية")).isTrue();
        assertThat(c.segments()).hasSize(1);
        assertThat(c.cleanText()).doesNotContain("©").contains("وزير الدفاع العراقي جمعة عناد سعدون");
    }

    @Test
    void seed001TagsSourceListsMaskedAndSecondArticleIsItsOwnSegment() throws IOException {
        CleanedDocument c = clean("001_89cfd69d699872e3");
        assertThat(lineMasked(c, "كلمات دلالية")).isTrue();
        assertThat(lineMasked(c, "المصدر: شبكة اخبار العراق")).isTrue();
        assertThat(lineMasked(c, "إقرأ أيضاً")).isTrue();
        assertThat(lineMasked(c, "مقالات مشابهة")).isTrue();
        assertThat(lineMasked(c, "محافظ القاهرة يستقبل وفد مدينة بكين")).isTrue();
        assertThat(lineMasked(c, "العراق والأردن يؤكدان على تعزيز التعاون بين البلدين")).isTrue();
        assertThat(kept(c, "قراءة أولية للبيان العراقي الأمريكي")).isTrue();
        assertThat(kept(c, "كشفت الوكالة السورية للأنباء")).isTrue();
        assertThat(kept(c, "وذكرت الوكالة أن")).isTrue();
        assertThat(c.masked()).doesNotContain("آخر تحديث");
        List<CleanedDocument.Segment> segs = c.segments();
        assertThat(segs).hasSize(2);
        assertThat(segs.get(0).id()).isEqualTo("001_89cfd69d699872e3");
        assertThat(segs.get(1).id()).isEqualTo("001_89cfd69d699872e3~2");
        String text = c.doc().text();
        assertThat(segs.get(0).span().of(text)).contains("حوار التعاون الأمني").doesNotContain("سانا");
        assertThat(segs.get(1).span().of(text)).startsWith("“سانا” تكشف ما دار").contains("السيدة زينب");
        assertThat(segs.get(0).span().end()).isLessThanOrEqualTo(segs.get(1).span().start());
        assertThat(segs.get(0).date()).isEqualTo(LocalDate.of(2024, 7, 25));
        assertThat(c.doc().date()).isEqualTo(LocalDate.of(2024, 7, 25));
    }

    @Test
    void seed001WithoutSplittingIsOneSegment() throws IOException {
        String text = Files.readString(seed("001_89cfd69d699872e3"), StandardCharsets.UTF_8);
        CleanedDocument c = new Cleaner(false).clean(new Document("x", "", text, null, null, null, "UTF-8", "x"));
        assertThat(c.segments()).hasSize(1);
        assertThat(c.masked()).contains("كشفت الوكالة السورية للأنباء");
    }

    @Test
    void seed002BylineAndAgencyNoticeMasked() throws IOException {
        CleanedDocument c = clean("002_c409ea6c0fbed91a");
        assertThat(lineMasked(c, "ليث الجنيدي/ الأناضول")).isTrue();
        assertThat(lineMasked(c, "الأخبار المنشورة على الصفحة الرسمية")).isTrue();
        assertThat(kept(c, "بحث العراق وحلف شمال الأطلسي")).isTrue();
        assertThat(kept(c, "وللولايات المتحدة حاليا نحو 2500 جندي")).isTrue();
    }

    @Test
    void seed003AdsBylinePrintMaskedAndDateFound() throws IOException {
        CleanedDocument c = clean("003_bcfbfb75a6886eec");
        assertThat(lineMasked(c, "ad a b")).isTrue();
        assertThat(lineMasked(c, "ad ad ad")).isTrue();
        assertThat(lineMasked(c, "محمد شعت")).isTrue();
        assertThat(lineMasked(c, "طباعة")).isTrue();
        assertThat(kept(c, "التعاون الأمني بين بغداد وواشنطن.. تداعيات")).isTrue();
        assertThat(kept(c, "ووفق المحلل السياسي العراقي")).isTrue();
        assertThat(c.segments().get(0).date()).isEqualTo(LocalDate.of(2023, 9, 3));
    }

    @Test
    void seed004TrailingHeadlinesAndSubscriptionMasked() throws IOException {
        CleanedDocument c = clean("004_970751b9ad7a4582");
        assertThat(lineMasked(c, "لم تشترك بعد")).isTrue();
        assertThat(lineMasked(c, "انشئ حساباً خاصاً بك")).isTrue();
        assertThat(lineMasked(c, "وزير الدفاع الأميركي قدم التعازي")).isTrue();
        assertThat(kept(c, "بحث الرئيس المصري عبد الفتاح السيسي")).isTrue();
        assertThat(kept(c, "وأعرب صبحي عن")).isTrue();
    }

    @Test
    void goldEvidenceIsNeverMasked() throws IOException {
        Path gold = TestFiles.shared().resolve("gold/dev/seeds.jsonl");
        assumeTrue(Files.isRegularFile(gold));
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = json.readTree(line);
            CleanedDocument c = clean(e.get("doc").asText());
            for (JsonNode ev : e.get("evidence")) {
                Span s = new Span(ev.get("start").asInt(), ev.get("end").asInt());
                assertThat(s.of(c.masked())).as("evidence %s in %s", s, e.get("doc")).isEqualTo(s.of(c.doc().text()));
                assertThat(c.segments().stream().anyMatch(g -> g.span().contains(s))).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }
}
