package org.rasad.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.Token;

class ArabicTokenizerTest {

    private static List<String> surfaces(List<Token> ts) {
        return ts.stream().map(Token::surface).toList();
    }

    @Test
    void splitsWordsAndPunctuationWithOriginalSpans() {
        String s = "التقى الرئيسُ المصري، أمس، بوزير الخارجية (الأمريكي).";
        List<Token> ts = ArabicTokenizer.tokenize(s);
        assertThat(surfaces(ts)).containsExactly("التقى", "الرئيسُ", "المصري", "،", "أمس", "،", "بوزير",
            "الخارجية", "(", "الأمريكي", ")", ".");
        for (Token t : ts) {
            assertThat(t.span().of(s)).isEqualTo(t.surface());
        }
        assertThat(ts.get(1).norm()).isEqualTo("الرييس");
        assertThat(ts.get(3).isPunct()).isTrue();
    }

    @Test
    void keepsDecimalNumbersAndSplitsArabicFromDigits() {
        List<Token> ts = ArabicTokenizer.tokenize("ارتفع بنسبة 3.5 في المئة عام2016 و1,200 جندي وقمة G20");
        assertThat(surfaces(ts)).contains("3.5", "عام", "2016", "1,200", "G20");
        assertThat(ArabicTokenizer.tokenize("بلغ ٣٫٥ مليون").get(1).norm()).isEqualTo("3.5");
    }

    @Test
    void normalisesAndStripsClitics() {
        Token t = ArabicTokenizer.tokenize("وللعراق").get(0);
        assertThat(t.norm()).isEqualTo("وللعراق");
        assertThat(t.prefix()).isEqualTo("ولل");
        assertThat(t.stem()).isEqualTo("عراق");
        assertThat(ArabicTokenizer.tokenize("بغداد").get(0).stem()).isEqualTo("بغداد");
    }

    @Test
    void marksInsideWordsStayInTheSpan() {
        String s = "زار مُحَمَّد\u200Cبن القاهرةَ";
        List<Token> ts = ArabicTokenizer.tokenize(s);
        assertThat(surfaces(ts)).containsExactly("زار", "مُحَمَّد\u200Cبن", "القاهرةَ");
        assertThat(ts.get(2).norm()).isEqualTo("القاهره");
    }

    @Test
    void detachedProcliticIsItsOwnTokenWithEmptyStem() {
        List<Token> ts = ArabicTokenizer.tokenize("دعا لـ الحوار وبـ سرعة");
        assertThat(surfaces(ts)).containsExactly("دعا", "لـ", "الحوار", "وبـ", "سرعة");
        assertThat(ts.get(1).norm()).isEqualTo("ل");
        assertThat(ts.get(1).stem()).isEmpty();
        assertThat(ts.get(1).prefix()).isEqualTo("ل");
        assertThat(ts.get(3).prefix()).isEqualTo("وب");
        assertThat(ts.get(2).stem()).isEqualTo("حوار");
    }

    @Test
    void tatweelAttachedProcliticStaysInTheWord() {
        Token t = ArabicTokenizer.tokenize("لـلأمم").get(0);
        assertThat(t.norm()).isEqualTo("للامم");
        assertThat(t.stem()).isEqualTo("امم");
    }

    @Test
    void tokensCarrySentenceIndices() {
        List<Token> ts = ArabicTokenizer.tokenize("وصل الوفد. ثم غادر!\nوانتهى الاجتماع");
        assertThat(ts.stream().map(Token::sentence).distinct().toList()).containsExactly(0, 1, 2);
        assertThat(ts.get(0).sentence()).isZero();
        assertThat(ts.get(ts.size() - 1).sentence()).isEqualTo(2);
    }

    @Test
    void emptyAndNullInputGiveNoTokens() {
        assertThat(ArabicTokenizer.tokenize("")).isEmpty();
        assertThat(ArabicTokenizer.tokenize(null)).isEmpty();
        assertThat(ArabicTokenizer.tokenize("   \n\n ")).isEmpty();
    }

    @Test
    void presentationFormsAndSupplementaryCharsAreTokens() {
        String s = "ﷲ أكبر 😀 x";
        List<Token> ts = ArabicTokenizer.tokenize(s);
        assertThat(ts.get(0).norm()).isEqualTo("الله");
        assertThat(surfaces(ts)).contains("😀");
        for (Token t : ts) {
            assertThat(t.span().of(s)).isEqualTo(t.surface());
        }
    }
}
