package org.rasad.extract.actors;

import java.time.LocalDate;
import java.util.List;
import org.rasad.core.Token;

/**
 * One document being resolved: its tokens, their folded keys and sentence limits, and per-document
 * caches of clitic forms and trie matches (each position is looked up once). Confined to one call.
 */
final class Doc {
    private final String original;
    private final List<Token> tokens;
    private final String[] keys;
    private final int[] sentenceEnd;
    private final LocalDate date;
    private final ActorKb kb;
    private final List<String>[] forms;
    private final Object[] memo;
    private static final Object NONE = new Object();

    @SuppressWarnings("unchecked")
    private Doc(String original, List<Token> tokens, String[] keys, int[] sentenceEnd, LocalDate date, ActorKb kb) {
        this.original = original;
        this.tokens = tokens;
        this.keys = keys;
        this.sentenceEnd = sentenceEnd;
        this.date = date;
        this.kb = kb;
        this.forms = new List[keys.length];
        this.memo = new Object[keys.length];
    }

    String original() {
        return original;
    }

    List<Token> tokens() {
        return tokens;
    }

    String[] keys() {
        return keys;
    }

    int[] sentenceEnd() {
        return sentenceEnd;
    }

    LocalDate date() {
        return date;
    }

    ActorKb kb() {
        return kb;
    }

    /** The clitic-stripped forms of token i (see {@link ArabicKey#withoutProclitics}), computed once. */
    List<String> forms(int i) {
        List<String> f = forms[i];
        if (f == null) {
            f = ArabicKey.withoutProclitics(keys[i]);
            forms[i] = f;
        }
        return f;
    }

    static Doc of(String original, List<Token> tokens, LocalDate date, ActorKb kb) {
        int n = tokens.size();
        String[] keys = new String[n];
        int[] sentEnd = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ArabicKey.fold(tokens.get(i).surface());
        }
        int i = 0;
        while (i < n) {
            int s = tokens.get(i).sentence();
            int j = i;
            while (j < n && tokens.get(j).sentence() == s) {
                j++;
            }
            for (int k = i; k < j; k++) {
                sentEnd[k] = j;
            }
            i = j;
        }
        return new Doc(original, tokens, keys, sentEnd, date, kb);
    }

    int size() {
        return keys.length;
    }

    boolean isPunct(int i) {
        String k = keys[i];
        return k.isEmpty() || !Character.isLetterOrDigit(k.codePointAt(0));
    }

    boolean isComma(int i) {
        return i < keys.length && (keys[i].equals("،") || keys[i].equals(",") || keys[i].equals("-")
            || keys[i].equals("–"));
    }

    /** Longest knowledge-base match at i; proclitics may be stripped from the first word if allowed. */
    @SuppressWarnings("unchecked")
    PhraseTrie.Match<ActorEntry> match(int i, boolean clitics) {
        if (i >= keys.length || isPunct(i)) {
            return null;
        }
        if (!clitics) {
            return kb.trie().longest(List.of(keys[i]), keys, i, sentenceEnd[i]);
        }
        Object m = memo[i];
        if (m == null) {
            PhraseTrie.Match<ActorEntry> found = kb.trie().longest(forms(i), keys, i, sentenceEnd[i]);
            memo[i] = found == null ? NONE : found;
            return found;
        }
        return m == NONE ? null : (PhraseTrie.Match<ActorEntry>) m;
    }

    /** Start offset of token i in the original, after its stripped proclitics (matched as {@code form}). */
    int startAfterClitics(int i, String form) {
        Token t = tokens.get(i);
        int strip = keys[i].length() - form.length();
        if (form.startsWith("ال") && !keys[i].endsWith(form)) {
            strip += 1; // "لل" + X matched as "ال" + X: one letter fewer was stripped
        }
        int pos = t.span().start();
        int end = t.span().end();
        int letters = 0;
        while (pos < end && letters < strip) {
            char c = original.charAt(pos);
            pos++;
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        while (pos < end && !Character.isLetter(original.charAt(pos))) {
            pos++;
        }
        return pos < end ? pos : t.span().start();
    }

    int endOf(int lastTokenInclusive) {
        return tokens.get(lastTokenInclusive).span().end();
    }

    String text(int start, int stop) {
        return original.substring(start, stop);
    }
}
