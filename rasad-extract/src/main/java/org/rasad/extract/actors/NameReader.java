package org.rasad.extract.actors;

import java.util.Set;
import org.rasad.extract.actors.ActorEntry.Kind;

/**
 * Reads a person's name that the knowledge base does not know, right after a role or title:
 * up to four name words (plus connectors such as "عبد", "بن", "أبو"), ending at punctuation,
 * function words, verbs in the stop list, or a word the knowledge base knows as something else.
 * The name is accepted when it starts with a known given name, or has two or three words and is
 * closed by punctuation or the end of the sentence.
 */
final class NameReader {
    private static final Set<String> CONNECTORS = Set.of("عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ال", "ولد",
        "اب", "ام", "بو");
    private static final int MAX_WORDS = 4;
    private static final Set<String> GOD = Set.of("الله", "الدين");
    private static final Set<String> PARTICLES = Set.of("دي", "دا", "دو", "فان", "فون", "لا", "دل", "ديل");
    private final Doc doc;

    NameReader(Doc doc) {
        this.doc = doc;
    }

    /**
     * A name opened by a known given name without any role or title ("وقال محمد البرادعي"): the end of
     * a name of at least two words, or k. The given name may carry a conjunction or preposition.
     */
    int readGiven(int k) {
        if (k >= doc.size() || doc.isPunct(k)) {
            return k;
        }
        if (!givenAt(k)) {
            return k;
        }
        int e = read(k, true);
        return e - k >= 2 ? e : k;
    }

    /** The end (exclusive) of a name starting at k, or k if none. */
    int read(int k) {
        return read(k, false);
    }

    /** The end (exclusive) of a name starting at k, or k if none. */
    private int read(int k, boolean firstIsGiven) {
        int limit = doc.sentenceEnd()[Math.min(k, doc.size() - 1)];
        int j = k;
        int words = 0;
        boolean tail = false;
        while (j < limit && words < MAX_WORDS) {
            String key = doc.keys()[j];
            if (j > k && GOD.contains(key) && !isStop(doc.keys()[j - 1])) {
                words++; // "عبد الله", "نصر الله", "صلاح الدين": a theophoric name goes on
                j++;
                continue;
            }
            boolean ali = key.equals("علي") && aliName(k, j, firstIsGiven);
            boolean afterConnector = j > k && CONNECTORS.contains(doc.keys()[j - 1]) && key.length() >= 3; // "بن أبي [طالب]"
            if (doc.isPunct(j) || Character.isDigit(key.charAt(0)) || isStop(key) && !ali && !afterConnector) {
                break;
            }
            if (j > k && (key.startsWith("وال") || key.startsWith("و") && key.length() > 3 && andWord(key.substring(1)))) {
                break;
            }
            if (j > k && !afterConnector && continuation(key)) {
                break; // "عثمان [وقتل]", "حمدان [بالتحدث]", "بول كابديفيا [بفوزه]"
            }
            if (j > k && !afterConnector && notNamePart(j, words)) {
                tail = true;
                break;
            }
            if (j > k && !CONNECTORS.contains(doc.keys()[j - 1]) && knownOther(j) && !nisbaSurname(j, k)
                && !(doc.kb().isGivenName(key) && givenAt(j - 1))) { // "أمين [فارس]" is no Persia
                break;
            }
            if (j == k && knownOther(j)) {
                return k;
            }
            if (words >= 2 && !CONNECTORS.contains(key) && !nameShaped(j, limit)) {
                break; // a third or fourth word must look like a name: "دان غيلرمان [هجوما]" stops at two
            }
            if (!CONNECTORS.contains(key) && !(j > k && PARTICLES.contains(key))) {
                words++; // "ماركو فان باستن", "لويز دي سوزا": a particle is no word of its own
            }
            j++;
        }
        int end = j;
        while (j > k + 1 && PARTICLES.contains(doc.keys()[j - 1]) || j > k && CONNECTORS.contains(doc.keys()[j - 1])) {
            j--;
        }
        if (j == k) {
            return k;
        }
        String first = doc.keys()[k];
        boolean given = firstIsGiven || doc.kb().isGivenName(first)
            || CONNECTORS.contains(first) && j > k + 1 && doc.kb().isGivenName(first + doc.keys()[k + 1]);
        int n = j - k;
        boolean punct = j >= limit || doc.isPunct(j) || Character.isDigit(doc.keys()[j].charAt(0));
        boolean closed = punct || isStop(doc.keys()[j]);
        if (n >= 2 && !closed && plainWords(k, j) && roleAt(j)) {
            return j; // "السيد [ميتسو غو سايتو] القائم بأعمال", "وقال [سي كي شو] مدير الشركة"
        }
        if (given && (n >= 2 || closed || tail && j == end)) {
            return j;
        }
        if (n >= 2 && closed && plainWords(k, j)) {
            return j;
        }
        // a single unknown word right after a role or title, closed by punctuation or a function word
        String w = doc.keys()[k];
        boolean plain = w.length() >= 3 && "والبفيتن".indexOf(w.charAt(0)) < 0 && NameCues.nameLike(w);
        return !firstIsGiven && n == 1 && closed && plain ? j : k;
    }

    /**
     * "علي" is also how "على" is often written: it is a name inside one ("محمد علي", "بن علي"), or
     * opening one when a given name follows ("علي عبد الله صالح") or, after a title or role, any
     * plain word ("الدكتور علي جمعة").
     */
    private boolean aliName(int k, int j, boolean firstIsGiven) {
        if (doc.tokens().get(j).surface().indexOf('ى') >= 0) {
            return false; // written "على": the preposition
        }
        if (j > k) {
            String prev = doc.keys()[j - 1];
            return CONNECTORS.contains(prev) || givenAt(j - 1);
        }
        if (j + 1 >= doc.size() || doc.isPunct(j + 1) || j + 1 >= doc.sentenceEnd()[j]) {
            return false;
        }
        String next = doc.keys()[j + 1];
        if (doc.kb().isGivenName(next) || CONNECTORS.contains(next)) {
            return true;
        }
        return !firstIsGiven && !next.startsWith("ال") && !isStop(next) && next.length() >= 3;
    }

    /**
     * A word that goes on the sentence rather than the name: a conjunction before a word that is no
     * given name ("وقتل", "ودخل"), a preposition with the article ("بالتحدث", "للمغرب"), or a
     * preposition before a noun with a pronoun ("بفوزه", "لإقناعهم").
     */
    private boolean continuation(String key) {
        if (key.length() <= 3 || doc.kb().isGivenName(key)) {
            return false;
        }
        if (key.startsWith("و") && !doc.kb().isGivenName(key.substring(1)) && !doc.kb().isGivenName(key)) {
            return true;
        }
        if (key.startsWith("بال") || key.startsWith("لل") || key.startsWith("لا") && key.length() > 4) {
            return true;
        }
        return (key.startsWith("ب") || key.startsWith("ل")) && (key.endsWith("ه") || key.endsWith("هم")
            || key.endsWith("ها"));
    }

    /**
     * A word after a name that goes on the sentence: a noun with a pronoun ("الإمام عبدالله [حديثه]";
     * not a French "-يه"/"-وه" ending: "كولو توريه"), an occupation ("محمد بركات [لاعب] وسط الفريق"),
     * an imperfect verb ("بدأ نزار [يكتب]"), or a ranking after a full name ("فرناندو غونزاليز
     * [الثالث]"; a regnal ordinal follows one name: "محمد الخامس").
     */
    private boolean notNamePart(int j, int words) {
        String key = doc.keys()[j];
        if (doc.kb().isGivenName(key)) {
            return false;
        }
        String raw = doc.tokens().get(j).surface();
        boolean pronoun = raw.endsWith("ه") && raw.length() >= 4 && !raw.endsWith("يه") && !raw.endsWith("وه")
            || (raw.endsWith("ها") || raw.endsWith("هم")) && raw.length() >= 5;
        return pronoun || NameCues.OCCUPATIONS.contains(key) || NameCues.OCCUPATIONS.contains("ال" + key)
            || key.startsWith("ي") && key.length() >= 3 || words >= 2 && ORDINALS.contains(key);
    }

    private static final Set<String> ORDINALS = Set.of("الاول", "الثاني", "الثالث", "الرابع", "الخامس",
        "السادس", "السابع", "الثامن", "التاسع", "العاشر", "عشر");

    /**
     * Whether a third name word at j looks like part of the name: a given name, a word after
     * "بن"/"أبو", a nisba with the article ("الخطابي"), a regnal ordinal ("الثاني"), or the last word
     * before punctuation, a function word or the end of the sentence.
     */
    private boolean nameShaped(int j, int limit) {
        String key = doc.keys()[j];
        if (doc.kb().isGivenName(key) || CONNECTORS.contains(doc.keys()[j - 1]) || ORDINALS.contains(key)) {
            return true;
        }
        if (key.startsWith("ال") && key.endsWith("ي") && key.length() >= 5) {
            return true;
        }
        if (key.endsWith("ا") && !key.startsWith("ال")) {
            return false; // "أحمد عباس [هدفا]": an indefinite accusative, not a name, even last
        }
        return j + 1 >= limit || doc.isPunct(j + 1) || isStop(doc.keys()[j + 1]);
    }

    /** "ومعالي", "ووزير", "وأحمد": a conjunction before a title, role, known word or another name. */
    private boolean andWord(String rest) {
        return isStop(rest) || doc.kb().isGivenName(rest) || !doc.kb().trie().get(rest).isEmpty();
    }

    /** No article, no conjunction: what an unknown foreign name looks like ("كاثرين كولونا"). */
    private boolean plainWords(int k, int j) {
        int accusative = 0;
        for (int i = k; i < j; i++) {
            if (doc.keys()[i].endsWith("ا")) {
                accusative++; // "وفدا تجاريا": indefinite accusatives, not a name
            }
        }
        if (accusative >= 2) {
            return false;
        }
        for (int i = k; i < j; i++) {
            String key = doc.keys()[i];
            if (i < j - 1 && PARTICLES.contains(key)) {
                continue; // "لويز دي سوزا", "رود فان نيستلروي"
            }
            boolean haa = key.endsWith("ه") && !NameCues.frenchEnding(doc.tokens().get(i).surface()); // "كزافييه" passes
            if (key.startsWith("ال") || key.length() < 3 || haa
                || "وبلكف".indexOf(key.charAt(0)) >= 0 && andWord(key.substring(1))) {
                return false;
            }
        }
        return true;
    }

    private boolean isStop(String key) {
        if (doc.kb().isStopword(key)) {
            return true;
        }
        if ((key.startsWith("و") || key.startsWith("ف")) && key.length() > 3 && !doc.kb().isGivenName(key)) {
            return doc.kb().isStopword(key.substring(1));
        }
        return false;
    }

    /**
     * "فيصل [السويدي]", "جون [كندي]", "يوسف [روسي]": a nationality adjective right after a given name is
     * a family name (news writes a person's nationality before the name). With the article it must be
     * a nisba after a given name ("محمد سعيد [الكندي]"); without it, the second word of the name.
     */
    private boolean nisbaSurname(int j, int k) {
        String key = doc.keys()[j];
        boolean article = key.startsWith("ال");
        if (article && (!key.endsWith("ي") || !givenAt(j - 1))
            || !article && j != k + 1) {
            return false;
        }
        PhraseTrie.Match<ActorEntry> m = doc.match(j, false);
        return m != null && m.length() == 1 && m.values().stream().allMatch(e -> e.kind() == Kind.NATIONALITY);
    }

    /** Whether any form of token i (proclitics stripped) is a given name. */
    private boolean givenAt(int i) {
        return doc.forms(i).stream().anyMatch(doc.kb()::isGivenName);
    }

    private boolean roleAt(int j) {
        PhraseTrie.Match<ActorEntry> m = doc.match(j, true);
        return m != null && m.values().stream().anyMatch(e -> e.kind() == Kind.ROLE || e.kind() == Kind.MODIFIER);
    }

    /** Whether the words at j are a state, nationality, role, institution or organisation. */
    private boolean knownOther(int j) {
        PhraseTrie.Match<ActorEntry> m = doc.match(j, false);
        if (m == null) {
            return false;
        }
        for (ActorEntry e : m.values()) {
            if (e.kind() == Kind.PERSON || e.kind() == Kind.GROUP || e.kind() == Kind.TITLE) {
                return false;
            }
        }
        return true;
    }
}
