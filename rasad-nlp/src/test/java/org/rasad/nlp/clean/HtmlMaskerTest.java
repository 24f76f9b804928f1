package org.rasad.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HtmlMaskerTest {
    private static final String P1 = "أعلنت وزارة الخارجية القطرية أن الوزير استقبل نظيره التركي في الدوحة.";
    private static final String P2 = "وبحث الجانبان تطورات الأوضاع في غزة والسودان.";

    @Test
    void visibleTextStaysAtItsSourcePositions() {
        String html = "<!DOCTYPE html>\r\n<html><head><title>عنوان</title><script>var a='<p>x</p>';</script>"
                + "<style>p{}</style></head>\r\n<body><nav><a href=/>الرئيسية</a></nav>"
                + "<article><h1>زيارة</h1><p>" + P1 + "</p>\n<p>" + P2 + "</p></article>"
                + "<footer>جميع الحقوق محفوظة ©</footer></body></html>";
        String m = HtmlMasker.mask(html);
        assertThat(m).hasSize(html.length());
        int at = html.indexOf(P1);
        assertThat(m.substring(at, at + P1.length())).isEqualTo(P1);
        assertThat(m.indexOf(P2)).isEqualTo(html.indexOf(P2));
        assertThat(m).doesNotContain("الرئيسية", "جميع الحقوق", "var a", "عنوان", "p{}");
        assertThat(HtmlMasker.compact(m)).isEqualTo("زيارة\n" + P1 + "\n" + P2);
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsKeepPositions() {
        String html = "\uFEFF<!DOCTYPE html>\r\n<html>\r\n<body>\r\n<p>" + P1 + "</p>\r\n<p>\r\n" + P2
                + "\r\n</p>\r\n</body></html>\r\n";
        String m = HtmlMasker.mask(html);
        assertThat(m).hasSize(html.length());
        assertThat(m.indexOf(P1)).isEqualTo(html.indexOf(P1));
        assertThat(m.indexOf(P2)).isEqualTo(html.indexOf(P2));
        assertThat(m.charAt(0)).isEqualTo(' ');
        assertThat(HtmlMasker.compact(m)).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void entitiesAreDecodedAtTheirFirstChar() {
        String html = "<html><body><p>مصر &amp; الأردن &quot;معا&quot; &#1575;&#x644;</p></body></html>";
        String m = HtmlMasker.mask(html);
        int amp = html.indexOf("&amp;");
        assertThat(m.charAt(amp)).isEqualTo('&');
        assertThat(m.substring(amp + 1, amp + 5)).isBlank();
        int q = html.indexOf("&quot;");
        assertThat(m.charAt(q)).isEqualTo('"');
        assertThat(m.charAt(html.indexOf("&#1575;"))).isEqualTo('ا');
        assertThat(m.charAt(html.indexOf("&#x644;"))).isEqualTo('ل');
        // the padding after a decoded entity is a space, so an entity glued to a word is followed by a blank
        assertThat(HtmlMasker.compact(m)).isEqualTo("مصر & الأردن \" معا\" ا ل");
    }

    @Test
    void blocksBecomeLines() {
        String html = "<div>سطر أول<br>سطر ثان</div><ul><li>بند</li><li>آخر</li></ul><p>فقرة</p>";
        assertThat(HtmlMasker.visibleText("<html><body>" + html + "</body></html>"))
                .isEqualTo("سطر أول\nسطر ثان\nبند\nآخر\nفقرة");
    }

    @Test
    void furnitureClassesAreMaskedButNotPagesThatMerelyMentionThem() {
        String html = "<html><body class=\"has-sidebar\"><div class=\"share-buttons\">شارك</div>"
                + "<div id=\"related-posts\"><a>خبر آخر</a></div><div class=\"post-body\"><p>" + P1
                + "</p></div></body></html>";
        assertThat(HtmlMasker.visibleText(html)).isEqualTo(P1);
    }

    @Test
    void recognisesHtml() {
        assertThat(HtmlMasker.looksLikeHtml("\uFEFF<!doctype html><html>")).isTrue();
        assertThat(HtmlMasker.looksLikeHtml("  <!-- c --> <html lang=ar>")).isTrue();
        assertThat(HtmlMasker.looksLikeHtml("<p>فقرة</p>")).isTrue();
        assertThat(HtmlMasker.looksLikeHtml("نص عادي <b>غامق</b>")).isFalse();
        assertThat(HtmlMasker.looksLikeHtml("")).isFalse();
    }

    @Property(tries = 300)
    void maskHasTheSourceLengthAndOnlyBlanksOrSourceCharsOutsideEntities(
            @ForAll @StringLength(max = 400) String junk) {
        String html = "<html><body><p>" + junk + "</p><div>" + P2 + "</div></body></html>";
        String m = HtmlMasker.mask(html);
        assertThat(m).hasSize(html.length());
        if (junk.indexOf('&') < 0) {
            for (int i = 0; i < m.length(); i++) {
                char c = m.charAt(i);
                assertThat(c == html.charAt(i) || c == ' ' || c == '\n').isTrue();
            }
        }
    }
}
