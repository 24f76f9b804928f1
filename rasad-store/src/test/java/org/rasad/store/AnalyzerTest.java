package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.rasad.store.internal.SearchAnalyzers;

class AnalyzerTest {
    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                assertThat(off.endOffset()).isLessThanOrEqualTo(text.length());
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void normalisedChainFoldsSpellingVariants() throws IOException {
        Analyzer a = SearchAnalyzers.normalized();
        assertThat(terms(a, "الأمريكية إيران آخر مستشفى")).containsExactly("الامريكيه", "ايران", "اخر", "مستشفي");
        assertThat(terms(a, "یوم کتاب مؤتمر رئيس")).containsExactly("يوم", "كتاب", "موتمر", "رييس");
        assertThat(terms(a, "وَقَّعَ العـــراق هٰذا")).containsExactly("وقع", "العراق", "هذا");
        assertThat(terms(a, "عام ٢٠٢٤ NATO")).containsExactly("عام", "2024", "nato");
    }

    @Test
    void stemmedChainStripsCliticsAndSuffixes() throws IOException {
        Analyzer a = SearchAnalyzers.stemmed();
        assertThat(terms(a, "والعراق بالعراق العراق عراق")).containsOnly("عراق");
        assertThat(terms(a, "الأمريكية امريكيه")).containsOnly(terms(a, "امريكي").get(0));
    }

    @Test
    void presentationFormsMatchPlainLetters() throws IOException {
        Analyzer a = SearchAnalyzers.normalized();
        // "العراق" typed with isolated/initial/medial/final presentation forms
        assertThat(terms(a, "\uFE8D\uFEDF\uFECC\uFEAE\uFE8D\uFED6")).containsExactly("العراق");
    }

    /** Property: analysing the analysed text again changes nothing (index and query agree). */
    @Test
    void analysisIsIdempotentOnRandomArabic() throws IOException {
        SplittableRandom r = new SplittableRandom(20261123);
        int[][] ranges = {{0x0621, 0x064A}, {0x064B, 0x0652}, {0x0660, 0x0669}, {0xFE70, 0xFEFC}, {0x20, 0x20}};
        Analyzer a = SearchAnalyzers.normalized();
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(0, 30);
            for (int i = 0; i < len; i++) {
                int[] range = ranges[r.nextInt(ranges.length)];
                sb.append((char) r.nextInt(range[0], range[1] + 1));
            }
            List<String> once = terms(a, sb.toString());
            assertThat(terms(a, String.join(" ", once))).as("re-analysing %s", sb).isEqualTo(once);
        }
    }
}
