package org.rasad.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasad.core.Document;
import org.rasad.core.Result;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.clean.Cleaner;

/** Every file in samples/ reads as Arabic text with the expected charset, and cleans to its article. */
class SamplesTest {
    private static Path samples() {
        Path p = TestFiles.repoRoot().resolve("samples");
        assumeTrue(Files.isDirectory(p), "samples/ missing");
        return p;
    }

    private static double arabicShare(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        long arabic = s.chars().filter(c -> c >= 0x0600 && c <= 0x06FF && Character.isLetter(c)).count();
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    @Test
    void everySampleDecodesToArabicWithTheExpectedCharset() {
        List<Result<Document>> rs = new DocumentReader().readAll(samples());
        assertThat(rs).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        Map<String, Document> byId = new LinkedHashMap<>();
        rs.forEach(r -> byId.put(r.value().id(), r.value()));
        assertThat(byId).containsOnlyKeys("01_sisi_receives_saudi_fm", "02_qatar_turkey_phone_call",
                "03_iraq_jordan_mou_cp1256", "04_arab_league_condemns", "05_yemen_feed_1", "05_yemen_feed_2",
                "sample-07-iran-threat", "sample-08-kuwait-aid", "sample-09-jordan-denial", "07_crawl_1");
        Map<String, String> charset = Map.of("01_sisi_receives_saudi_fm", "UTF-8", "02_qatar_turkey_phone_call",
                "UTF-8", "03_iraq_jordan_mou_cp1256", "windows-1256");
        Cleaner cleaner = new Cleaner();
        for (Document d : byId.values()) {
            assertThat(d.charset()).as(d.id()).isEqualTo(charset.getOrDefault(d.id(), "UTF-8"));
            CleanedDocument c = cleaner.clean(d);
            assertThat(arabicShare(c.cleanText())).as(d.id()).isGreaterThan(0.95);
            int words = c.cleanText().split("\\s+").length;
            assertThat(words).as(d.id()).isBetween(110, 320);
            assertThat(c.segments()).as(d.id()).hasSize(1);
        }
        assertThat(byId.get("02_qatar_turkey_phone_call").text()).startsWith("\uFEFF");
        assertThat(byId.get("03_iraq_jordan_mou_cp1256").text()).contains("مذكرة تفاهم");
        assertThat(byId.get("sample-08-kuwait-aid").date()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(byId.get("05_yemen_feed_2").date()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(byId.get("07_crawl_1").url()).contains("abdelatty-algiers");
        assertThat(byId.get("07_crawl_1").date()).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(cleaner.clean(byId.get("01_sisi_receives_saudi_fm")).doc().date())
                .isEqualTo(LocalDate.of(2024, 9, 15));
    }

    @Test
    void htmlSampleFurnitureIsMaskedAndItsTextIsTheWholeSource() throws Exception {
        Path f = samples().resolve("04_arab_league_condemns.html");
        Document d = new DocumentReader().readAll(f).get(0).value();
        assertThat(d.text()).isEqualTo(Files.readString(f));
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 8, 13));
        assertThat(d.title()).as("site name after '|' dropped").isEqualTo("الجامعة العربية تدين الهجوم على مخيم للنازحين في دارفور");
        CleanedDocument c = new Cleaner().clean(d);
        assertThat(c.cleanText()).startsWith("الجامعة العربية تدين الهجوم على مخيم للنازحين في دارفور")
                .contains("أدانت جامعة الدول العربية، اليوم الثلاثاء، الهجوم")
                .doesNotContain("الرئيسية", "فيسبوك", "اقرأ أيضا", "مجلس الأمن يعقد", "جميع الحقوق", "dataLayer");
        int at = d.text().indexOf("أدانت جامعة الدول العربية");
        assertThat(c.masked().indexOf("أدانت جامعة الدول العربية")).isEqualTo(at);
    }
}
