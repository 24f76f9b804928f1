package org.rasad.extract.ner;

import java.util.List;
import java.util.Set;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.actors.ArabicKey;

/**
 * Mends the left edge of person names found by parts (a surname matched alone, a given name read
 * alone): up to two untagged given names or name connectors right before a person are part of it
 * ("[يحيى] بيرت", "[أبي] زكريا يحيى"; not before a conjunction: "منصور [وأبو حميد]"), and a person
 * of one given name directly before another person is one name with it ("[رود] [لارسن]"; not across
 * a conjunction: "محمد [وعلي]").
 */
final class PersonEdges {
    private static final Set<String> CONNECTORS = Set.of("ابي", "ابو", "ال", "بن", "ابن", "عبد");
    private static final int MAX_LEFT = 2;

    private final ActorKb kb;

    PersonEdges(ActorKb kb) {
        this.kb = kb;
    }

    void apply(List<String> words, String[] tags) {
        for (int i = 1; i < tags.length; i++) {
            if (!tags[i].equals("B-PER") || !tags[i - 1].equals("O") || conjoined(words.get(i))) {
                continue;
            }
            int k = i;
            while (k > 0 && i - k < MAX_LEFT && tags[k - 1].equals("O") && namePart(words.get(k - 1))) {
                k--;
            }
            if (k < i) {
                BioTags.mark(tags, k, i + 1, "PER");
            }
        }
        for (int i = 0; i + 1 < tags.length; i++) {
            boolean single = tags[i].equals("B-PER") && tags[i + 1].equals("B-PER");
            if (single && namePart(words.get(i)) && !conjoined(words.get(i + 1))) {
                tags[i + 1] = "I-PER";
            }
        }
    }

    /** A given name or connector; "على" written with alif maqsura is the preposition, not "علي". */
    private boolean namePart(String word) {
        return !word.endsWith("ى") && (kb.isGivenNameWord(word) || CONNECTORS.contains(ArabicKey.fold(word)));
    }

    /** "وأبو حميد", "وعلي": a conjunction before a name part (not "وليد", whose waw is its own). */
    private boolean conjoined(String word) {
        String key = ArabicKey.fold(word);
        return key.startsWith("و") && key.length() > 2 && namePart(key.substring(1));
    }
}
