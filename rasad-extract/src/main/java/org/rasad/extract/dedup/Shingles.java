package org.rasad.extract.dedup;

import java.util.Arrays;
import org.rasad.nlp.text.ArabicNormalizer;

/**
 * Word shingles of a folded text, hashed to 64 bits. Text is folded with
 * {@link ArabicNormalizer#fold} (the one normaliser), split on anything that is not a letter or
 * digit, and every run of {@code k} consecutive words becomes one shingle hash. Pure and
 * allocation-light: one pass over the characters, no regex.
 */
public final class Shingles {
    /** Default shingle width: 5 words, long enough that unrelated stories rarely share one. */
    public static final int DEFAULT_K = 5;

    private Shingles() {}

    /** Distinct, sorted 64-bit hashes of the word {@code k}-shingles of {@code text}. */
    public static long[] of(String text, int k) {
        if (text == null || text.isEmpty() || k < 1) return new long[0];
        long[] words = wordHashes(ArabicNormalizer.fold(text));
        if (words.length == 0) return new long[0];
        int n = Math.max(1, words.length - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.length, i + k); j++) h = mix(h * 31 + words[j]);
            out[i] = h;
        }
        Arrays.sort(out);
        int m = 0;
        for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[m++] = out[i];
        return Arrays.copyOf(out, m);
    }

    static long[] wordHashes(String s) {
        long[] buf = new long[Math.max(8, s.length() / 4)];
        int n = 0;
        long h = 0;
        boolean in = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = in ? (h ^ c) * 0x100000001B3L : (0xCBF29CE484222325L ^ c) * 0x100000001B3L;
                in = true;
            } else if (in) {
                if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
                buf[n++] = mix(h);
                in = false;
            }
        }
        return Arrays.copyOf(buf, n);
    }

    /** SplitMix64 finaliser: a strong 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
