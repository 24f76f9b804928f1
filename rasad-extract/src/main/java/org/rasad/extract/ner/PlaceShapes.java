package org.rasad.extract.ner;

import java.util.List;
import java.util.Set;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.actors.ArabicKey;

/**
 * Place names after a settlement or district head word, which is not part of the name: "مدينة
 * [قوانغتشو]", "بمنطقة [تاسيكمالايا]", "محافظة [خراسان]", "قرية [بيت أمر]". A name the knowledge base
 * does not know is taken when it is one word without the article (a common noun after the head has it:
 * "منطقة الحدود"), no taa marbuta, pronoun end or accusative alif, and no function word or known entry.
 */
final class PlaceShapes {
    private static final Set<String> HEADS = NerWords.folded("مدينة", "منطقة", "محافظة", "بلدة", "قرية", "ولاية", "إقليم",
        "مقاطعة", "حي", "ميناء", "جزيرة", "عاصمة", "ضاحية", "مخيم", "واحة", "مديرية", "قضاء", "ناحية");

    private final ActorKb kb;

    PlaceShapes(ActorKb kb) {
        this.kb = kb;
    }

    /** Tags the word after an untagged head word as a place where it is untagged and name-shaped. */
    void apply(List<String> words, String[] tags) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!tags[i].equals("O") || !tags[i + 1].equals("O") || NerWords.formIn(words.get(i), HEADS) == null) {
                continue;
            }
            String w = words.get(i + 1);
            String key = ArabicKey.fold(w);
            if (nameShaped(key) && !kb.isStopwordWord(w) && kb.wordKinds(w).isEmpty()) {
                tags[i + 1] = "B-LOC";
            }
        }
    }

    /** Arabic letters only, three or more; no article, no final taa marbuta, pronoun or accusative alif. */
    private static boolean nameShaped(String key) {
        if (key.length() < 3 || key.startsWith("ال")) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return !(key.endsWith("ه") || key.endsWith("ا"));
    }
}
