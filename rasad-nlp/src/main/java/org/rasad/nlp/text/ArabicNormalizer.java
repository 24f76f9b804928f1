package org.rasad.nlp.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * The one normaliser for Arabic text AND for lexicon entries (so lookups never silently miss).
 *
 * <p>Per code point, in this order:
 * <ol>
 *   <li>compatibility decomposition (NFKD, ICU4J): expands Arabic presentation forms (FB50–FDFF,
 *       FE70–FEFF, e.g. the lam-alef ligatures and ﷲ), full-width/ligature Latin, superscripts, NBSP → space;</li>
 *   <li>removal of every combining mark (Unicode Mn/Me: Arabic harakat U+064B–U+065F, Quranic marks,
 *       <b>dagger alef U+0670 is removed</b>, hamza above/below U+0654/U+0655, Latin accents), of every
 *       format character (Cf: zero-width joiners/non-joiners, bidi controls, soft hyphen, U+FEFF, Arabic
 *       letter mark) and of tatweel U+0640. Because hamza marks go, أ إ آ ؤ ئ fold to ا ا ا و ي;</li>
 *   <li>letter folding for matching: ٱ ٲ ٳ ٵ → ا, ة → ه, ى → ي, Farsi yeh ی ۍ ێ ې ے → ي, keheh ک ڪ and
 *       gaf گ → ك, ھ ہ ە ۃ → ه, and the letters used for foreign sounds ڤ → ف, پ → ب, چ → ج, ژ → ز;</li>
 *   <li>Arabic-Indic ٠–٩ and Persian ۰–۹ digits → ASCII 0–9, ٫ → '.', ٬ → ',', ٪ → '%';</li>
 *   <li>lower-case (Latin and other cased scripts).</li>
 * </ol>
 * Hangul syllables are left composed. A presentation-form mark that would decompose to a bare space
 * (FE70–FE7F) is removed. Arabic punctuation ، ؛ ؟ and quotes «» are kept as they are.
 * The result is the NFKC form with combining marks removed; folding is idempotent.
 *
 * <p>Implementation: a precomputed table over the BMP (one lookup per char, no regex);
 * supplementary code points go through ICU once each.
 */
public final class ArabicNormalizer {
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    /** Replacement for each BMP char; null means the char is kept as is. */
    private static final String[] TABLE = buildTable();

    private ArabicNormalizer() {
    }

    /** Normalises {@code original} keeping a map from every normalised char back to the original. */
    public static NormalizedText normalize(String original) {
        String src = original == null ? "" : original;
        int n = src.length();
        StringBuilder out = new StringBuilder(n);
        int[] offsets = new int[n + 1];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            String m;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src.charAt(i + 1))) {
                m = supplementary(src.codePointAt(i));
                width = 2;
            } else {
                m = TABLE[c];
                if (m == null) {
                    if (len + 1 >= offsets.length) {
                        offsets = Arrays.copyOf(offsets, offsets.length * 2 + 2);
                    }
                    out.append(c);
                    offsets[len++] = i;
                    i++;
                    continue;
                }
            }
            if (len + m.length() >= offsets.length) {
                offsets = Arrays.copyOf(offsets, (len + m.length()) * 2 + 2);
            }
            for (int k = 0; k < m.length(); k++) {
                out.append(m.charAt(k));
                offsets[len++] = i;
            }
            i += width;
        }
        offsets[len] = n;
        return new NormalizedText(src, out.toString(), len + 1 == offsets.length ? offsets : Arrays.copyOf(offsets, len + 1));
    }

    /** The same normalisation as {@link #normalize}, string only: use it for lexicon entries. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String m;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                m = supplementary(s.codePointAt(i));
                width = 2;
            } else {
                m = TABLE[c];
            }
            if (m == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
                out.append(s, 0, i);
            }
            out.append(m);
            i += width - 1;
        }
        return out == null ? s : out.toString();
    }

    /** Folds one BMP char (as the table does); {@code null} when unchanged. */
    static String foldChar(char c) {
        return TABLE[c];
    }

    private static String supplementary(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return "";
        }
        String d = NFKD.getDecomposition(cp);
        if (d == null) {
            return new String(Character.toChars(cp));
        }
        // the full decomposition may hold supplementary marks too (U+1109A → U+11099 U+110BA): fold it whole,
        // so that fold stays idempotent; NFKD parts do not decompose further, so this recurses once at most
        return fold(d);
    }

    private static String[] buildTable() {
        String[] table = new String[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c) || (c >= 0xAC00 && c <= 0xD7A3)) {
                continue;
            }
            String s = String.valueOf((char) c);
            String r = s;
            for (int round = 0; round < 4; round++) {
                String next = foldOnce(r);
                if (next.equals(r)) {
                    break;
                }
                r = next;
            }
            if (!r.isEmpty() && r.isBlank() && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                r = "";
            }
            if (!r.equals(s)) {
                table[c] = r;
            }
        }
        return table;
    }

    private static String foldOnce(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            String d = Character.isSurrogate(c) ? null : NFKD.getDecomposition(c);
            String part = d == null ? String.valueOf(c) : d;
            for (int j = 0; j < part.length(); j++) {
                char x = part.charAt(j);
                String m = letterFold(x);
                if (m != null) {
                    sb.append(m);
                    continue;
                }
                int type = Character.getType(x);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                    continue;
                }
                sb.append(Character.toLowerCase(x));
            }
        }
        return sb.toString();
    }

    /** Explicit Arabic foldings applied after decomposition; null when the char has none. */
    private static String letterFold(char x) {
        if (x >= '\u0660' && x <= '\u0669') {
            return String.valueOf((char) ('0' + (x - '\u0660')));
        }
        if (x >= '\u06F0' && x <= '\u06F9') {
            return String.valueOf((char) ('0' + (x - '\u06F0')));
        }
        return switch (x) {
            case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673', '\u0675' -> "\u0627"; // alef variants → ا
            case '\u0624' -> "\u0648"; // ؤ → و
            case '\u0626', '\u0649', '\u06CC', '\u06CD', '\u06CE', '\u06D0', '\u06D2', '\u06D3' -> "\u064A"; // ئ ى ی ۍ ێ ې ے ۓ → ي
            case '\u0629', '\u06BE', '\u06C0', '\u06C1', '\u06C2', '\u06C3', '\u06D5' -> "\u0647"; // ة ھ ۀ ہ ۂ ۃ ە → ه
            case '\u06A9', '\u06AA', '\u06AF' -> "\u0643"; // ک ڪ گ → ك
            case '\u06A4' -> "\u0641"; // ڤ → ف (Maghreb "v")
            case '\u067E' -> "\u0628"; // پ → ب
            case '\u0686' -> "\u062C"; // چ → ج
            case '\u0698' -> "\u0632"; // ژ → ز
            case '\u0640' -> ""; // tatweel
            case '\u066B' -> "."; // Arabic decimal separator
            case '\u066C' -> ","; // Arabic thousands separator
            case '\u066A' -> "%"; // Arabic percent sign
            default -> null;
        };
    }
}
