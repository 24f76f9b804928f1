package org.rasad.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String ARABIC = "أعلنت وزارة الخارجية المصرية أن الوزير سيزور عمّان الأسبوع المقبل لبحث "
            + "التعاون الثنائي وتطورات الأوضاع في المنطقة.";
    private static final Charset CP1256 = Charset.forName("windows-1256");

    @Test
    void plainUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.binary()).isFalse();
    }

    @Test
    void utf8BomIsKeptAsFirstCharSoOffsetsMatchAPlainUtf8Reader() {
        byte[] b = TestFiles.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ARABIC.getBytes(StandardCharsets.UTF_8));
        TextDecoder.Decoded d = TextDecoder.decode(b, "windows-1256");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("\uFEFF" + ARABIC);
    }

    @Test
    void utf16WithAndWithoutBom() {
        byte[] le = TestFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(le, null).charset()).isEqualTo("UTF-16LE");
        assertThat(TextDecoder.decode(le, null).text()).endsWith(ARABIC);
        byte[] be = TestFiles.concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(be, null).text()).isEqualTo("\uFEFF" + ARABIC);
        TextDecoder.Decoded noBom = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16LE), null);
        assertThat(noBom.charset()).isEqualTo("UTF-16LE");
        assertThat(noBom.text()).isEqualTo(ARABIC);
        assertThat(noBom.binary()).isFalse();
    }

    @Test
    void windows1256IsRecognisedWhateverTheDeclaredCharset() {
        byte[] b = ARABIC.getBytes(CP1256);
        for (String declared : new String[] {null, "UTF-8", "ISO-8859-1", "windows-1252", "bogus-charset", "KOI8-R"}) {
            TextDecoder.Decoded d = TextDecoder.decode(b, declared);
            assertThat(d.charset()).as("declared %s", declared).isEqualTo("windows-1256");
            assertThat(d.text()).isEqualTo(ARABIC);
        }
    }

    @Test
    void utf8WinsOverAWrongDeclaredSingleByteCharset() {
        TextDecoder.Decoded d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), "windows-1256");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(ARABIC);
    }

    @Test
    void iso88596ArabicIsDecodedRight() {
        String s = "قال الوزير ان الاجتماع بحث العلاقات بين البلدين والتعاون في مجال الامن";
        TextDecoder.Decoded d = TextDecoder.decode(s.getBytes(TextDecoder.ISO_8859_6), null);
        assertThat(d.text()).isEqualTo(s);
    }

    @Test
    void latinSingleByteTextIsNotMistakenForArabic() {
        String fr = "Le ministre a rencontré son homologue à Alger pour évoquer la coopération régionale et "
                + "la sécurité des frontières, a précisé le communiqué.";
        TextDecoder.Decoded d = TextDecoder.decode(fr.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(d.charset()).isNotIn("windows-1256", "ISO-8859-6");
        assertThat(d.text()).isEqualTo(fr);
    }

    @Test
    void binaryIsFlagged() {
        byte[] b = new byte[512];
        new java.util.Random(7).nextBytes(b);
        assertThat(TextDecoder.decode(b, null).binary()).isTrue();
        assertThat(TextDecoder.decode(new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 4}, null).binary()).isTrue();
    }

    @Test
    void strictUtf8Validation() {
        assertThat(TextDecoder.isUtf8("abc".getBytes(StandardCharsets.UTF_8), 3)).isTrue();
        assertThat(TextDecoder.isUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 2)).as("overlong").isFalse();
        assertThat(TextDecoder.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3)).as("surrogate").isFalse();
        assertThat(TextDecoder.isUtf8(new byte[] {(byte) 0xD8}, 1)).as("truncated").isFalse();
        byte[] ar = "سلام".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.isUtf8(ar, ar.length)).isTrue();
        assertThat(TextDecoder.isUtf8(ar, ar.length - 1)).isFalse();
    }

    @Property(tries = 200)
    void arabicRoundTripsInUtf8AndWindows1256(
            @ForAll @CharRange(from = '\u0621', to = '\u064A') @CharRange(from = ' ', to = ' ')
            @StringLength(min = 30, max = 400) String s) {
        String text = "ال" + s + " في العاصمة.";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(text);
        byte[] cp = text.getBytes(CP1256);
        if (new String(cp, CP1256).equals(text)) {
            TextDecoder.Decoded d = TextDecoder.decode(cp, "UTF-8");
            assertThat(d.charset()).isIn("windows-1256", "ISO-8859-6");
            assertThat(d.text()).isEqualTo(text);
        }
    }
}
