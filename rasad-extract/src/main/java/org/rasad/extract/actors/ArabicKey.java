package org.rasad.extract.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The matching key of Arabic words: the one folding that runs both over the knowledge base and
 * over document tokens, so that lookups never miss on spelling noise. It removes diacritics,
 * dagger alef and tatweel, folds alef/hamza forms (أ إ آ ٱ → ا, ؤ → و, ئ → ي), ى and Farsi yeh to ي,
 * keheh to ك, ة to ه, presentation forms (NFKC) and Latin case.
 */
public final class ArabicKey {
    private static final String[] CONJ = {"", "و", "ف"};
    private static final String[] PREP = {"", "ب", "ل", "ك"};

    private ArabicKey() {
    }

    /** The folded key of a word or phrase (spaces are collapsed to one). */
    public static String fold(CharSequence s) {
        CharSequence in = s;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFB50' && c <= '\uFEFF' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9') {
                in = Normalizer.normalize(s, Normalizer.Form.NFKC);
                break;
            }
        }
        StringBuilder b = new StringBuilder(in.length());
        boolean space = false;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c == '\u200C' || c == '\u200D'
                || c == '\u200F' || c == '\u200E' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '_') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(foldChar(c));
        }
        return b.toString();
    }

    private static char foldChar(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
            case 'ؤ' -> 'و';
            case 'ئ', 'ى', 'ی', 'ې', 'ۍ', 'ێ' -> 'ي';
            case 'ک', 'ڪ', 'گ' -> 'ك';
            case 'ة', 'ۀ', 'ە' -> 'ه';
            case '۰', '٠' -> '0';
            default -> c < 128 ? Character.toLowerCase(c) : c;
        };
    }

    /**
     * The forms a folded token may take once its proclitics are stripped, the whole token first:
     * "وللعراق" → [وللعراق, للعراق, لعراق, العراق]. Forms shorter than two letters are dropped.
     * A stripped "ل" before "ل" restores the article's alef ("لل" + X = "ل" + "ال" + X).
     */
    public static List<String> withoutProclitics(String key) {
        List<String> out = new ArrayList<>(4);
        out.add(key);
        if (key.length() < 3 || !isArabicLetter(key.charAt(0))) {
            return out;
        }
        for (String conj : CONJ) {
            for (String prep : PREP) {
                String p = conj + prep;
                if (p.isEmpty() || !key.startsWith(p) || key.length() - p.length() < 2) {
                    continue;
                }
                String rest = key.substring(p.length());
                if (prep.equals("ل") && rest.startsWith("ل") && rest.length() > 2) {
                    add(out, "ا" + rest);
                }
                add(out, rest);
            }
        }
        return out;
    }

    private static void add(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }

    /** The key without a leading article "ال" (or the key itself). */
    public static String withoutArticle(String key) {
        return key.startsWith("ال") && key.length() > 3 ? key.substring(2) : key;
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }
}
