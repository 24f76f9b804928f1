package org.rasad.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasad.core.Span;

/**
 * Sentence spans (trimmed, offsets into the original) for Arabic news text.
 *
 * <ul>
 *   <li>a sentence ends after . ! ? ؟ ؛ (a run of them, plus closing quotes/brackets that follow),
 *       and at every line break (so blank lines and masked page furniture always separate); an ellipsis
 *       (".." "..." "…") is a pause, not an end;</li>
 *   <li>a dot is not an end between digits ("3.5"), after a single letter ("د. محمد", "U.S."), after a
 *       known Latin abbreviation ("Dr.", "Mr."), when a letter or digit follows it directly
 *       ("www.un.org") or a lower-case Latin word follows;</li>
 *   <li>a quotation «…» “…” "…" that closes on the same line within 400 chars is not split inside,
 *       so quoted speech stays in the sentence that reports it.</li>
 * </ul>
 */
public final class SentenceSplitter {
    private static final int MAX_QUOTE = 400;
    private static final Set<String> LATIN_ABBREV = Set.of(
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "gen",
        "col", "lt", "sgt", "rep", "sen", "gov", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "fig", "vol", "p", "pp", "e.g", "i.e", "u.s", "u.n", "u.k");

    private SentenceSplitter() {
    }

    /** The sentences of {@code original}, in order, each trimmed of surrounding white space. */
    public static List<Span> split(String original) {
        List<Span> out = new ArrayList<>();
        if (original == null || original.isEmpty()) {
            return out;
        }
        String t = original;
        int n = t.length();
        int start = 0;
        int quoteEnd = -1; // index of the closing quote we are inside, or -1
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (isLineBreak(c)) {
                add(out, t, start, i);
                start = i + 1;
                quoteEnd = -1;
                i++;
                continue;
            }
            if (quoteEnd < 0 && isQuoteOpen(t, i)) {
                int close = findClose(t, i);
                if (close > 0) {
                    quoteEnd = close;
                }
                i++;
                continue;
            }
            if (i == quoteEnd) {
                quoteEnd = -1;
                if (i > 0 && isTerminator(t.charAt(i - 1)) && isSentenceEnd(t, i - 1)) {
                    int e = i + 1;
                    while (e < n && (isTerminator(t.charAt(e)) || isCloser(t.charAt(e)))) {
                        e++;
                    }
                    add(out, t, start, e);
                    start = e;
                    i = e;
                    continue;
                }
                i++;
                continue;
            }
            if (quoteEnd < 0 && isTerminator(c) && isSentenceEnd(t, i)) {
                int e = i + 1;
                while (e < n && (isTerminator(t.charAt(e)) || isCloser(t.charAt(e)))) {
                    e++;
                }
                add(out, t, start, e);
                start = e;
                i = e;
                continue;
            }
            i++;
        }
        add(out, t, start, n);
        return out;
    }

    private static void add(List<Span> out, String t, int s, int e) {
        while (s < e && isBlank(t.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(t.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
               || Character.getType(c) == Character.CONTROL;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B' || c == '\u2026' || c == '\u06D4';
    }

    private static boolean isCloser(char c) {
        return c == '\u00BB' || c == '\u201D' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u2019';
    }

    private static boolean isQuoteOpen(String t, int i) {
        char c = t.charAt(i);
        if (c == '\u00AB' || c == '\u201C') {
            return true;
        }
        return c == '"' && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)));
    }

    private static int findClose(String t, int open) {
        char o = t.charAt(open);
        char want = o == '\u00AB' ? '\u00BB' : o == '\u201C' ? '\u201D' : '"';
        int lim = Math.min(t.length(), open + MAX_QUOTE);
        for (int j = open + 1; j < lim; j++) {
            char c = t.charAt(j);
            if (isLineBreak(c)) {
                return -1;
            }
            if (c == want) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isSentenceEnd(String t, int i) {
        char c = t.charAt(i);
        int n = t.length();
        if (c == '\u2026' || (c == '.' && ((i + 1 < n && t.charAt(i + 1) == '.') || (i > 0 && t.charAt(i - 1) == '.')))) {
            return false; // ".." "..." "…": a pause in Arabic news ("بغداد وواشنطن.. تداعيات")
        }
        if (c != '.') {
            return true;
        }
        char next = i + 1 < n ? t.charAt(i + 1) : ' ';
        if (Character.isLetterOrDigit(next)) {
            return false; // 3.5, www.un.org, U.S
        }
        // previous word
        int ws = i;
        while (ws > 0 && (Character.isLetter(t.charAt(ws - 1)) || t.charAt(ws - 1) == '.')) {
            ws--;
        }
        String prev = t.substring(ws, i);
        if (prev.length() == 1 && Character.isLetter(prev.charAt(0))) {
            return false; // initial or Arabic abbreviation such as "د."
        }
        if (!prev.isEmpty() && prev.charAt(0) < 0x250 && LATIN_ABBREV.contains(prev.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int j = i + 1;
        while (j < n && t.charAt(j) == ' ') {
            j++;
        }
        return !(j < n && Character.isLowerCase(t.charAt(j)));
    }
}
