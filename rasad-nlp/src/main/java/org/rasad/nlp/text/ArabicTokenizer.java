package org.rasad.nlp.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.Span;
import org.rasad.core.Token;

/**
 * Splits text into word, number and punctuation tokens with spans into the ORIGINAL string.
 *
 * <ul>
 *   <li>a word is a run of letters, digits, combining marks and tatweel; format characters (ZWNJ, bidi
 *       marks) inside a word are kept in its span but never start or end one;</li>
 *   <li>a word breaks where Arabic letters meet digits or Latin letters ("عام2016" → عام | 2016);
 *       Latin letters and digits stay together ("G20");</li>
 *   <li>a number keeps its decimal or thousands separator between digits ("3.5", "1,200", "٣٫٥");</li>
 *   <li>every other non-space code point is a one-char punctuation token ("،" "." "(" "«");</li>
 *   <li>a lone proclitic written apart ("لـ", "بـ ", a detached "و") is a token of its own whose
 *       {@code stem} is empty and whose {@code prefix} is the clitic, so patterns can skip it.</li>
 * </ul>
 * {@code norm} is {@link ArabicNormalizer#fold} of the surface; {@code stem}/{@code prefix}/{@code suffix}
 * come from {@link ArabicClitics#analyze}.
 */
public final class ArabicTokenizer {
    static final byte SPACE = 0;
    static final byte AR_LETTER = 1;
    static final byte LETTER = 2;
    static final byte DIGIT = 3;
    static final byte MARK = 4;
    static final byte IGNORABLE = 5;
    static final byte PUNCT = 6;
    private static final byte[] CLASS = buildClasses();

    private ArabicTokenizer() {
    }

    /** Tokens of the whole text, with sentence indices from {@link SentenceSplitter}. */
    public static List<Token> tokenize(String original) {
        return AnalyzedText.of(original).tokens();
    }

    /** Clitic alternatives for lexicon matching; see {@link ArabicClitics#stemCandidates}. */
    public static List<String> stemCandidates(String norm) {
        return ArabicClitics.stemCandidates(norm);
    }

    /** Appends the tokens of {@code text[start, end)} to {@code out}, all in sentence {@code sentence}. */
    static void tokenize(String text, int start, int end, int sentence, List<Token> out) {
        tokenize(text, start, end, sentence, out, new HashMap<>());
    }

    /** As above, reusing {@code cache} (surface → analysis) that the caller owns for one text. */
    static void tokenize(String text, int start, int end, int sentence, List<Token> out, Map<String, Parts> cache) {
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int w = Character.charCount(cp);
            byte cls = classOf(cp);
            if (cls == SPACE || cls == IGNORABLE) {
                i += w;
                continue;
            }
            if (cls == PUNCT) {
                int e = Math.min(i + w, end);
                out.add(token(text, i, e, sentence, cache));
                i = e;
                continue;
            }
            int e = wordEnd(text, i, end, cls == MARK ? AR_LETTER : cls);
            out.add(token(text, i, e, sentence, cache));
            i = e;
        }
    }

    /** End of the word starting at {@code s}; {@code group} is the class of its first char. */
    private static int wordEnd(String text, int s, int end, byte group) {
        int i = s;
        int last = s; // end of the last real (non-ignorable) char
        byte g = group;
        while (i < end) {
            int cp = text.codePointAt(i);
            int w = Character.charCount(cp);
            byte c = classOf(cp);
            if (c == MARK) {
                i += w;
                last = i;
                continue;
            }
            if (c == IGNORABLE) {
                i += w;
                continue;
            }
            if (c == AR_LETTER || c == LETTER || c == DIGIT) {
                if (i > s && !compatible(g, c)) {
                    break;
                }
                if (c != DIGIT) {
                    g = c;
                }
                i += w;
                last = i;
                continue;
            }
            if (g == DIGIT && isNumberSeparator(cp) && i > s && i + 1 < end
                && classOf(text.charAt(i + 1)) == DIGIT && classOf(text.codePointBefore(i)) == DIGIT) {
                i += w;
                continue;
            }
            break;
        }
        return Math.max(last, s + Character.charCount(text.codePointAt(s)));
    }

    private static boolean compatible(byte group, byte c) {
        if (group == c) {
            return true;
        }
        if (group == AR_LETTER || c == AR_LETTER) {
            return false;
        }
        return true; // Latin/other letters and digits mix
    }

    private static boolean isNumberSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == '\u066B' || cp == '\u066C';
    }

    /** The analysis of one surface form. */
    record Parts(String norm, String stem, String prefix, String suffix) {
    }

    private static Token token(String text, int s, int e, int sentence, Map<String, Parts> cache) {
        String surface = text.substring(s, e);
        Parts p = cache.get(surface);
        if (p == null) {
            p = analyze(surface);
            cache.put(surface, p);
        }
        return new Token(surface, p.norm(), p.stem(), p.prefix(), p.suffix(), new Span(s, e), sentence);
    }

    private static Parts analyze(String surface) {
        String norm = ArabicNormalizer.fold(surface);
        if (norm.isEmpty() || !ArabicClitics.isArabicWord(norm)) {
            return new Parts(norm, norm, "", "");
        }
        if (isDetachedClitic(norm, surface)) {
            return new Parts(norm, "", norm, "");
        }
        ArabicClitics.Analysis a = ArabicClitics.analyze(norm, surface);
        return new Parts(norm, a.stem(), a.prefix(), a.suffix());
    }

    /** "لـ", "بـ" (tatweel) or a lone و ف ب ل ك followed by a word. */
    private static boolean isDetachedClitic(String norm, String surface) {
        boolean tatweel = surface.indexOf('\u0640') >= 0;
        if (norm.length() == 1) {
            return "وفبلك".indexOf(norm.charAt(0)) >= 0;
        }
        if (tatweel && norm.length() == 2) {
            return "وف".indexOf(norm.charAt(0)) >= 0 && "بلك".indexOf(norm.charAt(1)) >= 0;
        }
        return false;
    }

    static byte classOf(int cp) {
        if (cp < 0x10000) {
            return CLASS[cp];
        }
        return classify(cp);
    }

    private static byte classify(int cp) {
        int type = Character.getType(cp);
        if (cp == 0x0640) {
            return MARK;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL) {
            return SPACE;
        }
        switch (type) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                return MARK;
            }
            case Character.FORMAT -> {
                return IGNORABLE;
            }
            case Character.DECIMAL_DIGIT_NUMBER -> {
                return DIGIT;
            }
            default -> {
            }
        }
        if (Character.isLetter(cp)) {
            return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC ? AR_LETTER : LETTER;
        }
        return PUNCT;
    }

    private static byte[] buildClasses() {
        byte[] t = new byte[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            t[c] = Character.isSurrogate((char) c) ? PUNCT : classify(c);
        }
        return t;
    }
}
