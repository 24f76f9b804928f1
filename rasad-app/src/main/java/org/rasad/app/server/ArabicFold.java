package org.rasad.app.server;

import java.util.Locale;

/**
 * A light, offset-free folding for matching user queries against stored text when no Lucene
 * index is at hand: drops tashkeel, dagger alef and tatweel, unifies alef and yeh forms, taa
 * marbuta with heh, Persian keheh/yeh with Arabic kaf/yeh, and lower-cases Latin letters.
 */
public final class ArabicFold {
    private ArabicFold() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            b.append(switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0649', '\u06CC', '\u064A' -> '\u064A';
                case '\u0629' -> '\u0647';
                case '\u06A9' -> '\u0643';
                case '\u0624' -> '\u0648';
                case '\u0626' -> '\u064A';
                default -> Character.toLowerCase(c);
            });
        }
        return b.toString().toLowerCase(Locale.ROOT);
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
