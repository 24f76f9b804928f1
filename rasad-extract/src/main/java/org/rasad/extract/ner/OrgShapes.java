package org.rasad.extract.ner;

import java.util.List;
import java.util.Set;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.actors.ArabicKey;

/**
 * Organisation names after a generic head word, which is not part of the name: "شركة [نوكيا]",
 * "صحيفة [نيويورك تايمز]", "صحيفة [الراية]", "نادي [الزمالك]", "فريق [ريال مدريد]". The name is one to
 * three words without the article (a company, a foreign paper), or, after a newspaper, channel or club
 * head, one word with it. A place right after a club head is the club ("نادي [برشلونة]").
 */
final class OrgShapes {
    private static final Set<String> HEADS = NerWords.folded("شركة", "صحيفة", "جريدة", "مجلة", "قناة", "نادي");
    /** Heads whose name may carry the article ("صحيفة الراية", "نادي الزمالك"). */
    private static final Set<String> ARTICLE_OK = NerWords.folded("صحيفة", "جريدة", "مجلة", "قناة", "نادي");
    private static final Set<String> CLUB_HEADS = NerWords.folded("نادي");
    private static final String COMPANY = ArabicKey.fold("شركة");
    /** Heads that are part of the name, with a place or person after them: "[جامعة القاهرة]", "[جامعة الملك فهد]". */
    private static final Set<String> INCLUSIVE = NerWords.folded("جامعة");
    private static final Set<String> TITLES = NerWords.folded("الملك", "السلطان", "الأمير", "الشيخ", "الإمام");

    /** Heads before a quoted name: "صحيفة « الشرق الأوسط »", "شركة « أمريكان إكسبريس »", "جماعة « أنصار الشريعة »". */
    private static final Set<String> QUOTED_HEADS = NerWords.folded("صحيفة", "مجلة", "جريدة", "شركة", "شركتي", "وكالة",
        "مؤسسة", "مصرف", "بنك", "جامعة", "جمعية", "مجموعة", "قناة", "مستشفى", "فندق", "جماعة", "منظمة", "هيئة",
        "شبكة", "حركة", "حزب", "نادي", "فريق");
    private static final Set<String> OPENING = Set.of("\"", "«", "'", "“", "(", "''");
    private static final Set<String> CLOSING = Set.of("\"", "»", "'", "”", ")", "''");
    private static final int QUOTED_MAX = 4;

    /** Words that open a club's name before its city: "[دينامو كييف]", "[فيردر بريمن]", "[حسنية أكادير]". */
    private static final Set<String> CLUB_PREFIXES = NerWords.folded("دينامو", "سسكا", "تسسكا", "لوكوموتيف", "سبارتاك",
        "زينيت", "شاختار", "فيردر", "هرتا", "بوروسيا", "باير", "أينتراخت", "آينتراخت", "أولمبيك", "أتلتيكو",
        "ريال", "إنتر", "سبورتنغ", "سبورتينغ", "سبورتنج", "ستيوا", "رابيد", "حسنية", "مولودية", "وداد", "رجاء",
        "شبيبة", "نهضة", "أياكس", "بنفيكا", "فيتيسيا", "سلافيا", "ليغيا", "فيورنتينا", "سبارتا", "ديبورتيفو");

    private final ActorKb kb;

    OrgShapes(ActorKb kb) {
        this.kb = kb;
    }

    /** Tags organisation names after head words where the words are untagged (or a place after a club head). */
    void apply(List<String> words, String[] tags) {
        quoted(words, tags);
        clubs(words, tags);
        inclusive(words, tags);
        for (int i = 0; i + 1 < words.size(); i++) {
            String head = NerWords.formIn(words.get(i), HEADS);
            if (head == null || !tags[i].equals("O")) {
                continue;
            }
            int a = i + 1;
            if (tags[a].equals("B-LOC") && CLUB_HEADS.contains(head)) {
                retype(tags, a, "ORG");
                continue;
            }
            if (!tags[a].equals("O")) {
                continue;
            }
            String first = ArabicKey.fold(words.get(a));
            int b;
            if (first.startsWith("ال")) {
                b = ARTICLE_OK.contains(head) && letters(first) && !kb.isStopwordWord(first)
                    && kb.wordKinds(first).isEmpty() ? a + 1 : a;
            } else {
                b = a;
                while (b < words.size() && b < a + 2 && tags[b].equals("O") && plain(ArabicKey.fold(words.get(b)))
                    && !kb.isStopwordWord(words.get(b)) && kb.wordKinds(words.get(b)).isEmpty()
                    && !(head.equals(COMPANY) && nounShaped(ArabicKey.fold(words.get(b))))) {
                    b++;
                }
            }
            BioTags.mark(tags, a, b, "ORG");
        }
    }

    /** "[جامعة القاهرة]", "[جامعة الملك فهد]", "[جامعة حلوان]": the head, an optional title, then a name or place. */
    private void inclusive(List<String> words, String[] tags) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!tags[i].equals("O") || !INCLUSIVE.contains(ArabicKey.fold(words.get(i)))) {
                continue;
            }
            int a = i + 1;
            if (a + 1 < words.size() && tags[a].equals("O") && TITLES.contains(ArabicKey.fold(words.get(a)))) {
                a++;
            }
            int end;
            if (tags[a].startsWith("B-LOC") || tags[a].startsWith("B-PER")) {
                end = a + 1;
                while (end < tags.length && tags[end].startsWith("I-")) {
                    end++;
                }
            } else if (tags[a].equals("O") && letters(ArabicKey.fold(words.get(a))) && !kb.isStopwordWord(words.get(a))
                       && kb.wordKinds(words.get(a)).isEmpty()) {
                end = a + 1;
            } else {
                continue;
            }
            BioTags.mark(tags, i, end, "ORG");
        }
    }

    /**
     * A name in quotes after an organisation head is one organisation, whatever its words were tagged:
     * "صحيفة « [الشرق الأوسط] »" (not the region), "جماعة « [أنصار الشريعة] »". Quotes holding a person are left.
     */
    private static void quoted(List<String> words, String[] tags) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!OPENING.contains(words.get(i + 1)) || NerWords.formIn(words.get(i), QUOTED_HEADS) == null) {
                continue;
            }
            int a = i + 2;
            int b = a;
            while (b < words.size() && b - a <= QUOTED_MAX && !CLOSING.contains(words.get(b))) {
                b++;
            }
            if (b >= words.size() || b == a || b - a > QUOTED_MAX || !CLOSING.contains(words.get(b))) {
                continue;
            }
            boolean person = false;
            for (int w = a; w < b; w++) {
                person |= tags[w].endsWith("-PER");
            }
            if (!person) {
                BioTags.mark(tags, a, b, "ORG");
            }
        }
    }

    /** A club prefix before a place is one club with it: "[دينامو كييف]" rather than "دينامو [كييف]". */
    private static void clubs(List<String> words, String[] tags) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!tags[i].equals("O") || !tags[i + 1].equals("B-LOC")
                || NerWords.formIn(words.get(i), CLUB_PREFIXES) == null) {
                continue;
            }
            tags[i] = "B-ORG";
            for (int w = i + 1; w < tags.length && (w == i + 1 || tags[w].startsWith("I-")); w++) {
                tags[w] = "I-ORG";
            }
        }
    }


    /** A word that may be (part of) a name: letters, no taa marbuta or pronoun end, no accusative alif. */
    private static boolean plain(String key) {
        if (key.length() < 2 || !Character.isLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return !(key.endsWith("ه") || key.endsWith("ات") || key.endsWith("ين") || key.endsWith("ون")
            || key.endsWith("يه") || key.endsWith("ا") || key.startsWith("لل") || key.startsWith("بال"));
    }

    private static boolean letters(String key) {
        return key.length() >= 4 && key.chars().allMatch(Character::isLetter);
    }

    /** Arabic verbal nouns and prepositions after "شركة" ("شركة إنتاج", "شركة تسويق", "شركة للإنتاج"). */
    private static boolean nounShaped(String key) {
        return key.startsWith("ت") || key.startsWith("ل") || key.startsWith("ب") || key.startsWith("ا")
            && key.length() == 5;
    }

    private static void retype(String[] tags, int a, String type) {
        tags[a] = "B-" + type;
        for (int w = a + 1; w < tags.length && tags[w].startsWith("I-"); w++) {
            tags[w] = "I-" + type;
        }
    }
}
