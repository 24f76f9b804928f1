package org.rasad.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.rasad.core.Mention;
import org.rasad.nlp.text.AnalyzedText;

class ArabicKeyPropertiesTest {
    static final ActorResolver R = new ActorResolver(ActorKb.load());

    @Provide
    Arbitrary<String> arabicish() {
        return Arbitraries.strings().withChars("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئءًٌٍَُِّْـ یک ،.,\"«»()0123456789abc")
            .ofMaxLength(80);
    }

    @Property(tries = 300)
    void foldIsIdempotent(@ForAll("arabicish") String s) {
        String once = ArabicKey.fold(s);
        assertThat(ArabicKey.fold(once)).isEqualTo(once);
        assertThat(once).doesNotContain("أ", "إ", "آ", "ة", "ى", "ـ", "ی", "ک");
    }

    @Property(tries = 300)
    void procliticFormsStartWithTheWholeKey(@ForAll("arabicish") String s) {
        String k = ArabicKey.fold(s).replace(" ", "");
        List<String> forms = ArabicKey.withoutProclitics(k);
        assertThat(forms.get(0)).isEqualTo(k);
        assertThat(forms).doesNotHaveDuplicates();
    }

    @Property(tries = 200)
    void findNeverThrowsAndSpansPointIntoTheOriginal(@ForAll("arabicish") String s) {
        AnalyzedText at = AnalyzedText.of(s);
        for (Mention m : R.find(at, null)) {
            assertThat(m.span().end()).isLessThanOrEqualTo(s.length());
            assertThat(m.text()).isEqualTo(m.span().of(s));
            assertThat(m.endToken()).isGreaterThan(m.firstToken());
        }
    }

    @Test
    void foldHandlesTheUsualVariants() {
        assertThat(ArabicKey.fold("الأمريكيّة")).isEqualTo(ArabicKey.fold("الامريكيه"));
        assertThat(ArabicKey.fold("إيران")).isEqualTo(ArabicKey.fold("ايران"));
        assertThat(ArabicKey.fold("مصطفى")).isEqualTo(ArabicKey.fold("مصطفي"));
        assertThat(ArabicKey.fold("العراقیة")).isEqualTo(ArabicKey.fold("العراقية"));
        assertThat(ArabicKey.withoutProclitics("وللعراق")).contains("العراق");
        assertThat(ArabicKey.withoutProclitics("بالقاهره")).contains("القاهره");
    }
}
