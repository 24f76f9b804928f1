package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Span;

class StoreSearchTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        try (Store s = Store.open(dir); Batch b = s.batch()) {
            b.add(Fixtures.stored("iraq", "وصل وفد رسمي إلى العراق صباح اليوم لبحث ملف المياه مع المسؤولين.", "2022-05-01"));
            b.add(Fixtures.stored("usa", "رحبت الخارجية الأمريكية بالاتفاق الجديد بين الطرفين.", "2022-05-02"));
            b.add(Fixtures.stored("farsi", "قال وزير الدفاع یوم الاثنین إن القوات مستعدة.", "2022-05-03"));
            b.add(Fixtures.stored("diacritics", "وَقَّعَ الطَّرَفَانِ اتِّفَاقِيَّةً للتَّعَاوُنِ الاقتصادي.", "2022-05-04"));
            b.add(Fixtures.stored("other", "هطلت أمطار غزيرة على المدينة الساحلية.", "2022-05-05"));
            b.commit();
        }
    }

    @Test
    void matchesAcrossCliticsAndDefiniteArticle() {
        try (Store s = Store.open(dir)) {
            assertThat(s.search("والعراق", 10).hits()).extracting(SearchHit::docId).containsExactly("iraq");
            assertThat(s.search("عراق", 10).hits()).extracting(SearchHit::docId).containsExactly("iraq");
            assertThat(s.search("بالعراق", 10).hits()).extracting(SearchHit::docId).containsExactly("iraq");
        }
    }

    @Test
    void matchesAcrossSpellingVariants() {
        try (Store s = Store.open(dir)) {
            assertThat(s.search("امريكيه", 10).hits()).extracting(SearchHit::docId).containsExactly("usa");
            assertThat(s.search("الامريكية", 10).hits()).extracting(SearchHit::docId).containsExactly("usa");
            assertThat(s.search("يوم الاثنين", 10).hits()).extracting(SearchHit::docId).containsExactly("farsi");
            assertThat(s.search("اتفاقية التعاون", 10).hits()).extracting(SearchHit::docId).containsExactly("diacritics");
        }
    }

    @Test
    void allWordsMustMatchAndNothingMatchesUnrelatedWords() {
        try (Store s = Store.open(dir)) {
            assertThat(s.search("العراق أمطار", 10).hits()).isEmpty();
            assertThat(s.search("طائرة", 10).hits()).isEmpty();
            assertThat(s.search("", 10).hits()).isEmpty();
        }
    }

    @Test
    void malformedQuerySyntaxDoesNotThrow() {
        try (Store s = Store.open(dir)) {
            assertThat(s.search("العراق \"", 10).hits()).extracting(SearchHit::docId).containsExactly("iraq");
            assertThat(s.search("(((", 10).hits()).isEmpty();
        }
    }

    @Test
    void hitsCarryTitleDateAndHighlightedSnippet() {
        try (Store s = Store.open(dir)) {
            SearchResult r = s.search("والعراق", 10);
            assertThat(r.total()).isEqualTo(1);
            SearchHit h = r.hits().get(0);
            assertThat(h.title()).isEqualTo("عنوان iraq");
            assertThat(h.date()).isEqualTo("2022-05-01");
            assertThat(h.score()).isPositive();
            assertThat(h.highlights()).isNotEmpty();
            Span first = h.highlights().get(0);
            assertThat(first.of(h.snippet())).isEqualTo("العراق");
        }
    }

    @Test
    void titlesAreSearchable() {
        try (Store s = Store.open(dir)) {
            assertThat(s.search("عنوان", 10).total()).isEqualTo(5);
            assertThat(s.search("عنوان", 2).hits()).hasSize(2);
        }
    }
}
