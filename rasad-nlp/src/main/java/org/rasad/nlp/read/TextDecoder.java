package org.rasad.nlp.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns bytes into text and says which charset it used.
 *
 * <p>Order: byte-order marks (UTF-8, UTF-16LE/BE; the BOM is kept as U+FEFF at offset 0, as a
 * plain UTF-8 reader would keep it, so offsets agree with other tools), UTF-16 without BOM
 * (by the zero/0x06 byte pattern of Arabic or Latin text), strict UTF-8 validation, then the
 * Arabic single-byte charsets (windows-1256, ISO-8859-6) when one decodes to mostly Arabic
 * letters, then ICU's CharsetDetector with the declared charset as a hint only. A declared
 * charset is never trusted over the bytes. Pure function; thread-safe.
 */
public final class TextDecoder {
    /** Decoded text, the charset used, and whether the bytes look like binary data rather than text. */
    public record Decoded(String text, String charset, boolean binary) {
    }

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final int SAMPLE = 64 * 1024;

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; {@code declared} (from an HTML meta tag, an XML prolog, an HTTP header) may be null or wrong. */
    public static Decoded decode(byte[] bytes, String declared) {
        return decode(bytes, bytes.length, declared);
    }

    public static Decoded decode(byte[] bytes, int len, String declared) {
        if (len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return finish(new String(bytes, 0, len, StandardCharsets.UTF_8), "UTF-8");
        }
        if (len >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return finish(new String(bytes, 0, len, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (len >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return finish(new String(bytes, 0, len, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(bytes, len);
        if (utf16 != null) {
            return finish(new String(bytes, 0, len, utf16), utf16.name());
        }
        if (looksBinary(bytes, len)) {
            return new Decoded(new String(bytes, 0, len, StandardCharsets.ISO_8859_1), "binary", true);
        }
        if (isUtf8(bytes, len)) {
            return finish(new String(bytes, 0, len, StandardCharsets.UTF_8), "UTF-8");
        }
        String arabic = arabicSingleByte(bytes, len);
        if (arabic != null) {
            return finish(new String(bytes, 0, len, Charset.forName(arabic)), arabic);
        }
        Charset cs = icuGuess(bytes, len, declared);
        return finish(new String(bytes, 0, len, cs), cs.name());
    }

    private static Decoded finish(String text, String charset) {
        return new Decoded(text, charset, controlShare(text) > 0.02);
    }

    /** True when the bytes form valid UTF-8 (ASCII included); rejects overlongs and surrogates. */
    public static boolean isUtf8(byte[] b, int len) {
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                if (i + k >= len) {
                    return false;
                }
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }

    /** NUL bytes or many C0 control bytes in the sample mean binary, unless the text is UTF-16. */
    static boolean looksBinary(byte[] b, int len) {
        int n = Math.min(len, SAMPLE);
        int ctl = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                ctl++;
            }
        }
        return n > 0 && ctl > Math.max(2, n / 50);
    }

    private static Charset utf16WithoutBom(byte[] b, int len) {
        int n = Math.min(len, SAMPLE) & ~1;
        if (n < 8) {
            return null;
        }
        int evenHigh = 0;
        int oddHigh = 0;
        for (int i = 0; i < n; i += 2) {
            int e = b[i] & 0xFF;
            int o = b[i + 1] & 0xFF;
            if (e == 0 || e == 0x06) {
                evenHigh++;
            }
            if (o == 0 || o == 0x06) {
                oddHigh++;
            }
        }
        int pairs = n / 2;
        if (oddHigh > pairs * 0.9 && evenHigh < pairs * 0.3) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenHigh > pairs * 0.9 && oddHigh < pairs * 0.3) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** windows-1256 or ISO-8859-6 when either decodes the sample to mostly Arabic letters, else null. */
    static String arabicSingleByte(byte[] b, int len) {
        int n = Math.min(len, SAMPLE);
        double w = arabicScore(new String(b, 0, n, WINDOWS_1256));
        double iso = arabicScore(new String(b, 0, n, ISO_8859_6));
        double best = Math.max(w, iso);
        if (best < 0.5) {
            return null;
        }
        return iso > w + 0.05 ? "ISO-8859-6" : "windows-1256";
    }

    /** Share of letters that are Arabic, plus a bonus for the article "ال", minus replacement chars. */
    static double arabicScore(String s) {
        int letters = 0;
        int arabic = 0;
        int bad = 0;
        int al = 0;
        int words = 0;
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                bad++;
            } else if (Character.isLetter(c)) {
                letters++;
                if (c >= '\u0600' && c <= '\u06FF') {
                    arabic++;
                }
                if (!Character.isLetter(prev)) {
                    words++;
                    if (c == 'ا' && i + 1 < s.length() && s.charAt(i + 1) == 'ل') {
                        al++;
                    }
                }
            }
            prev = c;
        }
        if (letters == 0) {
            return 0;
        }
        return (double) arabic / letters + (words == 0 ? 0 : Math.min(0.3, (double) al / words))
                - 5.0 * bad / Math.max(1, s.length());
    }

    private static Charset icuGuess(byte[] b, int len, String declared) {
        Charset hint = supported(declared);
        try {
            CharsetDetector det = new CharsetDetector();
            if (declared != null) {
                det.setDeclaredEncoding(declared);
            }
            byte[] sample = len <= SAMPLE ? (len == b.length ? b : java.util.Arrays.copyOf(b, len))
                    : java.util.Arrays.copyOf(b, SAMPLE);
            det.setText(sample);
            CharsetMatch[] all = det.detectAll();
            if (hint != null && decodesCleanly(b, len, hint) && (all.length == 0 || all[0].getConfidence() < 50)) {
                return hint;
            }
            for (CharsetMatch m : all) {
                Charset cs = supported(m.getName());
                if (cs != null && !cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32")) {
                    return cs;
                }
            }
        } catch (RuntimeException e) {
            // fall through: ICU could not guess
        }
        return hint != null ? hint : Charset.forName("windows-1252");
    }

    private static boolean decodesCleanly(byte[] b, int len, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The Java charset for a name, or null when unknown, illegal or null. */
    public static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (n.equals("cp1256") || n.equals("windows1256")) {
                n = "windows-1256";
            }
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Share of chars that are C0/C1 controls (not whitespace) or U+FFFD in a sample of the text. */
    static double controlShare(String s) {
        int n = Math.min(s.length(), SAMPLE);
        if (n == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
                    || (c >= 0x7F && c < 0xA0) || c == '\uFFFD' || c == 0) {
                bad++;
            }
        }
        return (double) bad / n;
    }
}
