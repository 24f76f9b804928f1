package org.rasad.store.internal;

/**
 * Arabic search folding on a term buffer, in place: drops harakat, tatweel, dagger alef and other marks;
 * unifies alef forms (أ إ آ ٱ → ا), hamza carriers (ؤ → و, ئ → ي), yeh forms (ى ی ې → ي), keheh (ک → ك),
 * teh marbuta and heh goal (ة ۀ ە → ه); maps presentation forms and Arabic-Indic digits; lower-cases Latin.
 * A superset of Lucene's ArabicNormalizer (which misses U+0670, U+0671, Farsi yeh, keheh, presentation forms).
 */
public final class Fold {
    private static final char[] TABLE = new char[0x10000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (char) c;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            TABLE[c] = (char) (c + 32);
        }
        for (int c = 0x064B; c <= 0x065F; c++) {
            TABLE[c] = 0; // harakat, shadda, sukun, small marks
        }
        for (int c = 0x0610; c <= 0x061A; c++) {
            TABLE[c] = 0;
        }
        for (int c = 0x06D6; c <= 0x06ED; c++) {
            TABLE[c] = 0; // Quranic marks
        }
        TABLE[0x0640] = 0; // tatweel
        TABLE[0x0670] = 0; // dagger alef
        TABLE[0x200C] = 0;
        TABLE[0x200D] = 0;
        TABLE[0x200E] = 0;
        TABLE[0x200F] = 0;
        TABLE[0x00AD] = 0;
        for (char c : "أإآٱٲٳٵ".toCharArray()) {
            TABLE[c] = 'ا';
        }
        TABLE['ؤ'] = 'و';
        TABLE['ٶ'] = 'و';
        for (char c : "ئىیېۍێٸ".toCharArray()) {
            TABLE[c] = 'ي';
        }
        TABLE['ک'] = 'ك';
        TABLE['ڪ'] = 'ك';
        for (char c : "ةۀەۃ".toCharArray()) {
            TABLE[c] = 'ه';
        }
        for (int d = 0; d < 10; d++) {
            TABLE[0x0660 + d] = (char) ('0' + d);
            TABLE[0x06F0 + d] = (char) ('0' + d);
        }
        PresentationForms.fill(TABLE);
    }

    private Fold() {
    }

    /** Folds {@code buf[0, len)} in place; returns the new length. */
    public static int fold(char[] buf, int len) {
        int out = 0;
        for (int i = 0; i < len; i++) {
            char m = TABLE[buf[i]];
            if (m != 0) {
                buf[out++] = m;
            }
        }
        return out;
    }

    public static String fold(String s) {
        char[] b = s.toCharArray();
        return new String(b, 0, fold(b, b.length));
    }
}
