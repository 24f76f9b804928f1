package org.rasad.app.server;

import org.rasad.nlp.text.ArabicNormalizer;

/**
 * Query matching for the in-memory service when no Lucene index is at hand: the project's one
 * normaliser ({@link ArabicNormalizer#fold}) plus simple term containment.
 */
public final class ArabicFold {
    private ArabicFold() {
    }

    public static String fold(String s) {
        return s == null ? "" : ArabicNormalizer.fold(s);
    }

    /** The query's whitespace-separated terms, folded; empty terms dropped. */
    public static String[] terms(String query) {
        String f = fold(query).trim();
        return f.isEmpty() ? new String[0] : f.split("\\s+");
    }

    /** True when every term occurs in the folded haystack. */
    public static boolean containsAll(String foldedHaystack, String[] terms) {
        for (String t : terms) {
            if (!foldedHaystack.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
