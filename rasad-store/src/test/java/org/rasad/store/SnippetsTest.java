package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasad.core.Span;
import org.rasad.store.internal.Snippets;

class SnippetsTest {
    @Test
    void windowStartsAndEndsOnWordBoundariesAroundTheFirstMatch() {
        String text = "كلمة ".repeat(60) + "وصل الوفد إلى العراق أمس " + "نهاية ".repeat(60);
        Snippets.Snippet s = Snippets.snippet(text, Snippets.terms("والعراق"));
        assertThat(s.text()).startsWith("كلمة ").contains("العراق").endsWith("نهاية");
        assertThat(s.text().length()).isLessThanOrEqualTo(260);
        assertThat(s.highlights()).hasSize(1);
        Span h = s.highlights().get(0);
        assertThat(h.of(s.text())).isEqualTo("العراق");
    }

    @Test
    void noMatchGivesTheOpening() {
        Snippets.Snippet s = Snippets.snippet("خبر قصير عن الطقس", Snippets.terms("العراق"));
        assertThat(s.text()).isEqualTo("خبر قصير عن الطقس");
        assertThat(s.highlights()).isEmpty();
    }

    @Test
    void queryOperatorsAreNotTerms() {
        Snippets.Terms t = Snippets.terms("\"العراق\" +ايران -(سوريا)");
        assertThat(t.norm()).containsExactlyInAnyOrder("العراق", "ايران", "سوريا");
    }
}
