package org.rasad.extract.events.standin;

import java.util.ArrayList;
import java.util.List;
import org.rasad.core.Sentence;
import org.rasad.core.Span;
import org.rasad.core.Token;
import org.rasad.nlp.text.AnalyzedText;

/**
 * Small private stand-in for the text branch (normaliser, tokenizer, sentence splitter), used until
 * {@code AnalyzedText.of} lands. One pass over the text, no regex.
 */
public final class SimpleText {
    private static final String[] PROCLITICS = {"وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول",
        "وس", "فس", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك", "س"};
    private static final String[] ENCLITICS = {"هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه"};

    private SimpleText() {
    }

    /** Arabic folding: diacritics and tatweel dropped, alef/yeh/teh-marbuta/hamza-carrier variants unified. */
    public static String fold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c != 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Folds one char; 0 means drop it. */
    public static char fold(char c) {
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0640' || c == '\u0670' || c == '\u200c' || c == '\u200d'
            || c == '\u200f' || c == '\u200e') {
            return 0;
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ی', 'ئ' -> 'ي';
            case 'ؤ' -> 'و';
            case 'ة' -> 'ه';
            case 'ک' -> 'ك';
            case '“', '”', '«', '»', '″' -> '"';
            default -> Character.toLowerCase(c);
        };
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c >= '\u064B' && c <= '\u065F' || c == '\u0640' || c == '\u0670';
    }

    public static AnalyzedText analyze(String text) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int sent = 0, sentStartTok = 0, sentStartChar = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' && i + 1 < n && paragraphBreak(text, i) && tokens.size() > sentStartTok) {
                    sentences.add(new Sentence(sent, new Span(sentStartChar, tokens.getLast().span().end()),
                            sentStartTok, tokens.size()));
                    sent++;
                    sentStartTok = tokens.size();
                    sentStartChar = -1;
                }
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            String surface = text.substring(start, i);
            String norm = fold(surface);
            if (norm.isEmpty()) {
                continue;
            }
            String[] ps = splitClitics(norm);
            if (sentStartChar < 0) {
                sentStartChar = start;
            }
            tokens.add(new Token(surface, norm, ps[1], ps[0], ps[2], new Span(start, i), sent));
            boolean end = c == '.' || c == '!' || c == '?' || c == '؟' || c == '•' || c == '|' || c == '·';
            if (end && !(c == '.' && i < n && Character.isDigit(text.charAt(i)))) {
                sentences.add(new Sentence(sent, new Span(sentStartChar, i), sentStartTok, tokens.size()));
                sent++;
                sentStartTok = tokens.size();
                sentStartChar = -1;
            }
        }
        if (tokens.size() > sentStartTok) {
            sentences.add(new Sentence(sent, new Span(sentStartChar, tokens.getLast().span().end()), sentStartTok,
                    tokens.size()));
        }
        return new AnalyzedText(text, tokens, sentences);
    }

    /** A line break ends a sentence unless the text is hard-wrapped (the line is long and the next goes on). */
    private static boolean paragraphBreak(String text, int i) {
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        return i - lineStart < 60;
    }

    /** {prefix, stem, suffix}: longest proclitic leaving >= 3 letters, then an enclitic leaving >= 3. */
    public static String[] splitClitics(String norm) {
        String prefix = "";
        String rest = norm;
        if (Character.isLetter(norm.charAt(0))) {
            for (String p : PROCLITICS) {
                if (norm.startsWith(p) && norm.length() - p.length() >= 3) {
                    if (p.endsWith("س") && !startsImperfect(norm, p.length())) {
                        continue;
                    }
                    prefix = p;
                    rest = norm.substring(p.length());
                    break;
                }
            }
        }
        String suffix = "";
        for (String e : ENCLITICS) {
            if (rest.endsWith(e) && rest.length() - e.length() >= 3) {
                suffix = e;
                rest = rest.substring(0, rest.length() - e.length());
                break;
            }
        }
        return new String[] {prefix, rest, suffix};
    }

    private static boolean startsImperfect(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return c == 'ي' || c == 'ت' || c == 'ن';
    }
}
