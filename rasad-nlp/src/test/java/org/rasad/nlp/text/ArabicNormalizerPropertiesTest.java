package org.rasad.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArabicNormalizerPropertiesTest {

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(6),
            Arbitraries.strings().withCharRange('\uFB50', '\uFDFF').ofMaxLength(3),
            Arbitraries.strings().withCharRange('\uFE70', '\uFEFF').ofMaxLength(3),
            Arbitraries.strings().withCharRange('\u064B', '\u0670').ofMaxLength(3),
            Arbitraries.strings().withChars("\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF\u0640\u00A0 \n")
                .ofMaxLength(3),
            Arbitraries.strings().all().ofMaxLength(3),
            Arbitraries.integers().between(0x10000, 0x10FFFF).map(cp -> new String(Character.toChars(cp))),
            Arbitraries.strings().alpha().ofMaxLength(5));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 600)
    void offsetsStayInsideAndNeverDecrease(@ForAll("messyText") String s) {
        NormalizedText nt = ArabicNormalizer.normalize(s);
        int[] off = nt.offsets();
        assertThat(off).hasSize(nt.normalized().length() + 1);
        for (int i = 0; i < off.length; i++) {
            assertThat(off[i]).isBetween(0, s.length());
            if (i > 0) {
                assertThat(off[i]).isGreaterThanOrEqualTo(off[i - 1]);
            }
            if (i < off.length - 1) {
                assertThat(off[i]).isLessThan(s.length());
            }
        }
        assertThat(off[off.length - 1]).isEqualTo(s.length());
    }

    @Property(tries = 600)
    void foldEqualsNormalize(@ForAll("messyText") String s) {
        assertThat(ArabicNormalizer.fold(s)).isEqualTo(ArabicNormalizer.normalize(s).normalized());
    }

    @Property(tries = 600)
    void foldIsIdempotent(@ForAll("messyText") String s) {
        String f = ArabicNormalizer.fold(s);
        assertThat(ArabicNormalizer.fold(f)).isEqualTo(f);
    }

    @Property(tries = 300)
    void spansOfAnyRangeLieInsideTheOriginal(@ForAll("messyText") String s) {
        NormalizedText nt = ArabicNormalizer.normalize(s);
        int n = nt.normalized().length();
        for (int a = 0; a <= n; a += 3) {
            for (int b = a; b <= n; b += 2) {
                var span = nt.toOriginal(a, b);
                assertThat(span.end()).isLessThanOrEqualTo(s.length());
            }
        }
    }
}
