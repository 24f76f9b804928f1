package org.rasad.nlp.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a (masked) page with the features furniture detection uses.
 *
 * @param start   first char (inclusive)
 * @param end     end (exclusive, before the line break)
 * @param words   words: runs of non-space chars that hold a letter or digit (a lone dash is no word)
 * @param letters letters of any script
 * @param arabic  Arabic letters
 * @param sentenceEnd the last visible char ends a statement (. ! … with closing quotes allowed; not a question)
 * @param bullet  the first visible char is a list bullet
 * @param head    folded text of the line's beginning (bullets and leading punctuation removed)
 */
record Line(int start, int end, int words, int letters, int arabic, boolean sentenceEnd, boolean bullet,
            String head) {
    private static final int HEAD_CHARS = 48;

    boolean blank() {
        return words == 0;
    }

    /** Running text: long, or a full sentence; a bullet item without a final stop is a list entry, not text. */
    boolean paragraph() {
        if (bullet && !sentenceEnd) {
            return false;
        }
        return words >= 15 || (words >= 8 && sentenceEnd);
    }

    /** The whole line folded (for "contains" checks; only called on short lines). */
    String folded(char[] text) {
        return Markers.fold(new String(text, start, end - start)).strip();
    }

    static List<Line> split(char[] t) {
        List<Line> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= t.length; i++) {
            if (i == t.length || t[i] == '\n') {
                out.add(of(t, s, i));
                s = i + 1;
            }
        }
        return out;
    }

    private static Line of(char[] t, int start, int end) {
        int words = 0;
        int letters = 0;
        int arabic = 0;
        boolean inWord = false;
        int first = -1;
        int last = -1;
        for (int i = start; i < end; i++) {
            char c = t[i];
            if (c >= '\u0621' && c <= '\u064A') {
                // the common case: a basic Arabic letter
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                if (first < 0) {
                    first = i;
                }
                last = i;
                letters++;
                arabic++;
                continue;
            }
            if (c == ' ' || c == '\u00A0' || Character.isWhitespace(c)) {
                inWord = false;
                continue;
            }
            if (!inWord && Character.isLetterOrDigit(c)) {
                words++;
                inWord = true;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            if (Character.isLetter(c)) {
                letters++;
                if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                        || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
                    arabic++;
                }
            }
        }
        if (first < 0) {
            return new Line(start, end, 0, 0, 0, false, false, "");
        }
        if (words == 0) {
            words = 1;
        }
        int l = last;
        while (l > first && "\"'»”’)]}".indexOf(t[l]) >= 0) {
            l--;
        }
        boolean sentenceEnd = ".!…".indexOf(t[l]) >= 0;
        boolean bullet = "•·▪►●■◆-–—*»>".indexOf(t[first]) >= 0;
        int h = first;
        while (h <= last && (Character.isWhitespace(t[h]) || "•·▪►●■◆-–—*»>|:«\"“(/.…".indexOf(t[h]) >= 0)) {
            h++;
        }
        String head = Markers.fold(new String(t, h, Math.max(0, Math.min(last + 1, h + HEAD_CHARS) - h)));
        return new Line(start, end, words, letters, arabic, sentenceEnd, bullet, head);
    }
}
