package org.rasad.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasad.core.Sentence;
import org.rasad.core.Span;
import org.rasad.core.Token;

class AnalyzedTextPropertiesTest {

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> words = Arbitraries.of("قال", "الرئيس", "وللعراق", "بالقاهرة", "أمس", "3.5", "2023", "«", "»",
            "،", ".", "؟", "!", "\n", "\n\n", "   ", "لـ", "بـ", "د.", "U.S.", "ﻷ", "مُحَمَّد", "\u200C", "😀", "G20",
            "(", ")", "\"", "ـ", "؛", "03/09/2023");
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(3);
        return Arbitraries.oneOf(words, words, words, noise).list().ofMaxSize(40)
            .map(l -> String.join(" ", l));
    }

    @Property(tries = 200)
    void tokensAreOrderedSpansOfTheOriginal(@ForAll("text") String s) {
        AnalyzedText at = AnalyzedText.of(s);
        int last = 0;
        int lastSentence = 0;
        for (Token t : at.tokens()) {
            Span sp = t.span();
            assertThat(sp.start()).isGreaterThanOrEqualTo(last);
            assertThat(sp.end()).isLessThanOrEqualTo(s.length()).isGreaterThan(sp.start());
            assertThat(t.surface()).isEqualTo(sp.of(s));
            assertThat(t.surface().codePoints().anyMatch(Character::isWhitespace)).isFalse();
            assertThat(t.sentence()).isGreaterThanOrEqualTo(lastSentence);
            assertThat(t.norm()).isEqualTo(ArabicNormalizer.fold(t.surface()));
            last = sp.end();
            lastSentence = t.sentence();
        }
    }

    @Property(tries = 200)
    void sentencesCoverTheirTokensInOrder(@ForAll("text") String s) {
        AnalyzedText at = AnalyzedText.of(s);
        List<Sentence> ss = at.sentences();
        int next = 0;
        for (int i = 0; i < ss.size(); i++) {
            Sentence sn = ss.get(i);
            assertThat(sn.index()).isEqualTo(i);
            assertThat(sn.firstToken()).isEqualTo(next);
            assertThat(sn.endToken()).isGreaterThan(sn.firstToken());
            for (Token t : at.tokensOf(sn)) {
                assertThat(sn.span().contains(t.span())).isTrue();
                assertThat(t.sentence()).isEqualTo(i);
            }
            next = sn.endToken();
        }
        assertThat(next).isEqualTo(at.tokens().size());
    }
}
