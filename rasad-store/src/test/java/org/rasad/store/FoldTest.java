package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rasad.store.internal.Fold;

class FoldTest {
    @Test
    void unifiesArabicSpellingVariants() {
        assertThat(Fold.fold("الأمريكية")).isEqualTo("الامريكيه");
        assertThat(Fold.fold("إيران")).isEqualTo("ايران");
        assertThat(Fold.fold("آخر")).isEqualTo("اخر");
        assertThat(Fold.fold("ٱلله")).isEqualTo("الله");
        assertThat(Fold.fold("مستشفى")).isEqualTo("مستشفي");
        assertThat(Fold.fold("یوم")).isEqualTo("يوم");
        assertThat(Fold.fold("کتاب")).isEqualTo("كتاب");
        assertThat(Fold.fold("مؤتمر")).isEqualTo("موتمر");
        assertThat(Fold.fold("رئيس")).isEqualTo("رييس");
    }

    @Test
    void dropsMarksTatweelAndFormatCharacters() {
        assertThat(Fold.fold("وَقَّعَ")).isEqualTo("وقع");
        assertThat(Fold.fold("هٰذا")).isEqualTo("هذا");
        assertThat(Fold.fold("العـــراق")).isEqualTo("العراق");
        assertThat(Fold.fold("نص\u200cنص")).isEqualTo("نصنص");
        assertThat(Fold.fold("ً")).isEmpty();
    }

    @Test
    void mapsPresentationFormsDigitsAndLatinCase() {
        assertThat(Fold.fold("\uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFE95")).isEqualTo("العرات");
        assertThat(Fold.fold("\uFE93")).isEqualTo("ه");
        assertThat(Fold.fold("٢٠٢٤")).isEqualTo("2024");
        assertThat(Fold.fold("۱۲")).isEqualTo("12");
        assertThat(Fold.fold("NATO")).isEqualTo("nato");
    }

    /** Property over random strings drawn from Arabic, marks, presentation forms and ASCII. */
    @Test
    void isIdempotentAndNeverGrows() {
        SplittableRandom r = new SplittableRandom(20261123);
        int[][] ranges = {{0x0600, 0x06FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}, {0x20, 0x7E}, {0x200B, 0x200F}};
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(0, 20);
            for (int i = 0; i < len; i++) {
                int[] range = ranges[r.nextInt(ranges.length)];
                sb.append((char) r.nextInt(range[0], range[1] + 1));
            }
            String s = sb.toString();
            String once = Fold.fold(s);
            assertThat(once.length()).isLessThanOrEqualTo(s.length());
            assertThat(Fold.fold(once)).as("fold(fold(%s))", s).isEqualTo(once);
        }
    }
}
