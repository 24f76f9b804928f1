package org.rasad.extract.ner;

import java.util.HashSet;
import java.util.Set;
import org.rasad.extract.actors.ArabicKey;

/** Word lists and lookups the tagger's shape rules share: lists are folded once, words looked up past proclitics. */
final class NerWords {
    private NerWords() {
    }

    /** The words, folded ({@link ArabicKey#fold}). */
    static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ArabicKey.fold(w));
        }
        return Set.copyOf(out);
    }

    /** The form of the word (proclitics stripped) that is in {@code set}, or null. */
    static String formIn(String word, Set<String> set) {
        for (String f : ArabicKey.withoutProclitics(ArabicKey.fold(word))) {
            if (set.contains(f)) {
                return f;
            }
        }
        return null;
    }
}
