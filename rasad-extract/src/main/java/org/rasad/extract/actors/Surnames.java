package org.rasad.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Surname coreference for named-entity tagging: once "جان بيير رافاران" is a person, a later
 * "رافاران" is one too, and so is a later "بيير رافاران" or a repeat of the whole name that the
 * first pass missed (the name is taken as long as the words before the surname match). A one-word
 * name read after a cue ("وقال [رمضان]") counts as a surname when it looks like no common word.
 */
final class Surnames {
    private Surnames() {
    }

    /** Person names added to {@code names} for surnames of its multi-word person names. */
    static List<NameSpan> find(Doc doc, List<NameSpan> names, boolean[] covered) {
        Map<String, List<String[]>> full = new HashMap<>();
        boolean[] taken = new boolean[doc.size()];
        for (NameSpan n : names) {
            for (int k = n.firstToken(); k < n.endToken(); k++) {
                taken[k] = true;
            }
            String last = doc.keys()[n.endToken() - 1];
            boolean single = n.endToken() - n.firstToken() == 1 && NameCues.nameLike(last) && !doc.kb().isGivenName(last);
            if (n.type().equals("PER") && (n.endToken() - n.firstToken() >= 2 || single)
                && !NameCues.ORDINALS.contains(last)) {
                String[] words = new String[n.endToken() - n.firstToken()];
                for (int k = 0; k < words.length; k++) {
                    words[k] = doc.keys()[n.firstToken() + k];
                }
                full.computeIfAbsent(last, x -> new ArrayList<>()).add(words);
            }
        }
        List<NameSpan> out = new ArrayList<>();
        if (full.isEmpty()) {
            return out;
        }
        for (int k = 0; k < doc.size(); k++) {
            if (taken[k] || covered[k] || doc.keys()[k].length() < 3 || doc.kb().isStopword(doc.keys()[k])) {
                continue;
            }
            for (String f : doc.forms(k)) {
                List<String[]> fulls = full.get(f);
                if (fulls != null) {
                    int start = k;
                    for (String[] fn : fulls) {
                        start = Math.min(start, startOf(doc, fn, k, taken, covered));
                    }
                    out.add(new NameSpan("PER", start, k + 1));
                    for (int t = start; t <= k; t++) {
                        taken[t] = true;
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The first token of as much of the full name {@code fn} as ends at k with matching, free words. */
    private static int startOf(Doc doc, String[] fn, int k, boolean[] taken, boolean[] covered) {
        int start = k;
        for (int t = fn.length - 2; t >= 0; t--) {
            int p = k - (fn.length - 1 - t);
            if (p < 0 || taken[p] || covered[p] || doc.isPunct(p) || doc.sentenceEnd()[p] != doc.sentenceEnd()[k]) {
                break;
            }
            boolean same = t == 0 ? doc.forms(p).stream().anyMatch(ArabicKey.withoutProclitics(fn[0])::contains)
                : doc.keys()[p].equals(fn[t]);
            if (!same) {
                break;
            }
            start = p;
        }
        return start;
    }
}
