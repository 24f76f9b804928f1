package org.rasad.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @ParameterizedTest
    @CsvSource({
        "أحمد, احمد",
        "إيران, ايران",
        "آسيا, اسيا",
        "ٱلله, الله",
        "مؤتمر, موتمر",
        "رئيس, رييس",
        "الحكومة, الحكومه",
        "مصطفى, مصطفي",
        "ایران, ايران",
        "کابل, كابل",
        "ڤلاديمير, فلاديمير",
        "گرگان, كركان",
        "پاکستان, باكستان",
        "الســـلام, السلام",
        "مُحَمَّدٌ, محمد",
        "هٰذا, هذا",
        "٢٠٢٣, 2023",
        "۱۴۰۲, 1402",
        "٣٫٥, 3.5",
        "NATO, nato",
        "Café, cafe",
    })
    void foldsLettersMarksAndDigits(String in, String expected) {
        assertThat(ArabicNormalizer.fold(in)).isEqualTo(expected);
        assertThat(ArabicNormalizer.normalize(in).normalized()).isEqualTo(expected);
    }

    @Test
    void expandsPresentationFormsAndLigatures() {
        // lam-alef ligature with hamza, isolated/final forms
        assertThat(ArabicNormalizer.fold("\uFEF7\uFEE3\uFEE2")).isEqualTo("لامم");
        assertThat(ArabicNormalizer.fold("\uFDF2")).isEqualTo("الله");
        assertThat(ArabicNormalizer.fold("\uFE93")).isEqualTo("ه");
    }

    @Test
    void supplementaryDecompositionsLoseTheirMarksInOnePass() {
        // U+1109A KAITHI LETTER DDDHA decomposes to U+11099 + U+110BA (a supplementary nukta): jqwik found
        // fold(fold(x)) != fold(x) here when the decomposition's marks were kept
        String once = ArabicNormalizer.fold("\uD804\uDC9A");
        assertThat(once).isEqualTo("\uD804\uDC99");
        assertThat(ArabicNormalizer.fold(once)).isEqualTo(once);
        assertThat(ArabicNormalizer.normalize("\uD804\uDC9A").normalized()).isEqualTo(once);
    }

    @Test
    void removesZeroWidthAndBidiControls() {
        assertThat(ArabicNormalizer.fold("مصر\u200C\u200F\u202Bاليوم\uFEFF")).isEqualTo("مصراليوم");
        assertThat(ArabicNormalizer.fold("a\u00ADb")).isEqualTo("ab");
    }

    @Test
    void keepsArabicPunctuationAndSpaces() {
        assertThat(ArabicNormalizer.fold("قال، ثم؟ «نعم»؛")).isEqualTo("قال، ثم؟ «نعم»؛");
        assertThat(ArabicNormalizer.fold("a\u00A0b")).isEqualTo("a b");
    }

    @Test
    void offsetMapPointsBackIntoTheOriginal() {
        String original = "أَحْمَدُ ﻷ ك";
        NormalizedText nt = ArabicNormalizer.normalize(original);
        assertThat(nt.normalized()).isEqualTo("احمد لا ك");
        // "احمد" covers the whole vowelled word
        assertThat(nt.toOriginal(0, 4).of(original)).isEqualTo("أَحْمَدُ");
        // the ligature expands to two normalised chars that map to the same original char
        int lam = nt.normalized().indexOf('ل');
        assertThat(nt.offsets()[lam]).isEqualTo(nt.offsets()[lam + 1]);
        assertThat(nt.toOriginal(lam, lam + 2).of(original)).isEqualTo("ﻷ");
        assertThat(nt.offsets()[nt.normalized().length()]).isEqualTo(original.length());
    }

    @Test
    void surrogatePairsMapToTheWholePair() {
        String original = "x\uD835\uDC00y"; // MATHEMATICAL BOLD CAPITAL A
        NormalizedText nt = ArabicNormalizer.normalize(original);
        assertThat(nt.normalized()).isEqualTo("xay");
        assertThat(nt.toOriginal(1, 2).of(original)).isEqualTo("\uD835\uDC00");
    }

    @Test
    void nullIsEmpty() {
        assertThat(ArabicNormalizer.fold(null)).isEmpty();
        assertThat(ArabicNormalizer.normalize(null).normalized()).isEmpty();
    }
}
