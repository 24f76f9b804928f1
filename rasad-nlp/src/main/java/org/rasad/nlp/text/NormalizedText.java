package org.rasad.nlp.text;

import org.rasad.core.Span;

/**
 * A normalised string with a map back to the original.
 * {@code offsets[i]} is the index in {@code original} of normalised char i;
 * {@code offsets.length == normalized.length() + 1}, the last entry maps the end.
 */
public record NormalizedText(String original, String normalized, int[] offsets) {
    /** The original span covering normalised chars [nStart, nEnd). */
    public Span toOriginal(int nStart, int nEnd) {
        int s = offsets[nStart];
        int e = s;
        if (nEnd > nStart) {
            e = offsets[nEnd - 1] + 1;
            if (e < original.length() && Character.isHighSurrogate(original.charAt(e - 1))
                && Character.isLowSurrogate(original.charAt(e))) {
                e++; // a whole surrogate pair
            }
        }
        // extend to cover a whole original char cluster folded into the last normalised char
        while (e < original.length() && nEnd < offsets.length && e < offsets[nEnd]
               && Character.getType(original.charAt(e)) == Character.NON_SPACING_MARK) {
            e++;
        }
        return new Span(s, Math.max(s, e));
    }
}
