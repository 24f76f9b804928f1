package org.rasad.store.internal;

import java.text.Normalizer;

/** Maps Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their single base letter where NFKC gives one. */
final class PresentationForms {
    private PresentationForms() {
    }

    static void fill(char[] table) {
        fillRange(table, 0xFB50, 0xFDFF);
        fillRange(table, 0xFE70, 0xFEFF);
    }

    private static void fillRange(char[] table, int from, int to) {
        for (int c = from; c <= to; c++) {
            String n = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (n.length() == 1 && n.charAt(0) != c) {
                char base = n.charAt(0);
                table[c] = table[base] == 0 ? 0 : table[base];
            }
        }
    }
}
