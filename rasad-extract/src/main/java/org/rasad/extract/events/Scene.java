package org.rasad.extract.events;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rasad.core.Mention;
import org.rasad.core.Sentence;
import org.rasad.core.Token;
import org.rasad.nlp.text.ArabicNormalizer;

/**
 * What kind of scene a sentence describes, for triggers whose words are political only in some scenes:
 * a football match "meets" its rival and a referee "expels" a player; "تستهدف" in "a plan that targets
 * support for exports" is no attack. Word lists are written for rasad and folded with the one normaliser.
 * Stateless.
 */
final class Scene {
    /** Sports words that rarely appear in political reports (ambiguous ones such as هدف or الفريق left out). */
    private static final Set<String> SPORTS = fold("منتخب منتخبات مباراة مباراه مباريات المباراة بطولة بطولات "
            + "الدوري دوري مونديال المونديال لاعب لاعبين لاعبون لاعبو اللاعب تصفيات ملعب مدرب المدرب ركلة ركلات "
            + "الشوط شوط فيفا الفيفا كرة أولمبي الأولمبية الأولمبي ميدالية مدربه هداف الهداف");
    /** How many sports words make a whole document a sports report. */
    private static final int SPORTS_DOCUMENT = 5;
    /** Words of armed violence: a weak ASSAULT trigger (استهدف، ضرب، مواجهات) needs one nearby. */
    private static final Set<String> VIOLENCE = fold("قتل مقتل قتلى قتيل قتيلا قتلت قتلوا جرحى جريح جرحا أصيب أصيبوا "
            + "إصابة إصابات مصرع استشهد استشهاد شهيد شهداء صاروخ صواريخ صاروخية قذيفة قذائف غارة غارات قصف طائرات "
            + "طائرة مقاتلات مروحيات مسلح مسلحين مسلحون مسلحة عبوة ناسفة انتحاري انتحارية دبابة دبابات مدفعية رصاص "
            + "نيران النار تفجير تفجيرات انفجار معارك معركة اشتباكات قوات الجيش جيش جنود جندي مليشيا ميليشيا "
            + "ميليشيات مليشيات متمردين المتمردين مواقع تجمعات هجوم هجمات عسكرية عسكري إرهابي إرهابية إرهابيين "
            + "قنبلة قنابل سلاح أسلحة كيماوي كيميائي ضربات ضربة جبهة مسيرة هاون مسلحو عناصر");

    /** إدانة with a pronoun suffix, after clitics: "لإدانته", "بإدانتهما". */
    private static final java.util.regex.Pattern CONVICTED = java.util.regex.Pattern.compile("[وفلب]*ادانت(ه|ها|هما|هم)");
    /** A designation as a terrorist organisation or onto a sanctions list. */
    private static final Set<String> TERROR_LIST = fold("إرهابية إرهابي الإرهاب الإرهابية قائمة القائمة لائحة "
            + "اللائحة إرهابيا إرهابيه");

    private Scene() {
    }

    private static Set<String> fold(String words) {
        return Arrays.stream(words.split(" +")).map(w -> ArabicNormalizer.fold(w.replace('_', ' ')))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean in(Set<String> words, Token t) {
        return words.contains(t.stem()) || words.contains(t.norm());
    }

    /** Whether a token in [from, to) is one of the words (as written or without its clitics). */
    static boolean any(Set<String> words, List<Token> toks, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (in(words, toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Sports words in the whole text. */
    static int sportsWords(List<Token> toks) {
        int n = 0;
        for (Token t : toks) {
            n += in(SPORTS, t) ? 1 : 0;
        }
        return n;
    }

    /** A sentence about sport: it has a sports word, or the document is a sports report. */
    static boolean sports(List<Token> toks, Sentence s, int sportsInDocument) {
        return sportsInDocument >= SPORTS_DOCUMENT || any(SPORTS, toks, s.firstToken(), s.endToken());
    }

    /** Nouns an agreement, summit or process is named with: "اتفاقية باريس" names no French actor. */
    private static final Set<String> NAMED_AFTER = Set.of("اتفاقيه", "الاتفاقيه", "اتفاق", "الاتفاق", "معاهده",
            "قمه", "مؤتمر", "منتدي", "اعلان", "مسار", "محادثات", "مفاوضات", "مباحثات", "بروتوكول", "عمليه", "جوله");
    /** Prepositions after which an attack noun is the object of the clause, not an act of its subject. */
    private static final Set<String> GOVERNING = Set.of("علي", "الي", "عن", "من", "ضد", "بعد", "قبل", "عقب", "اثر",
            "خلال", "منذ", "بشان", "حول");
    /** Agencies of a dateline ("أتلانتا، الولايات المتحدة الأمريكية (CNN)--"). */
    private static final Set<String> AGENCIES = Set.of("cnn", "رويترز", "ا ف ب", "افب", "اف ب", "د ب ا", "واس",
            "قنا", "وام", "بترا", "سانا", "كونا", "الاناضول", "ارنا");
    private static final int DATELINE = 16;
    private static final int AGENCY_TOKENS = 7;
    private static final Set<String> FINANCIAL = Set.of("مالي", "ماليه", "المالي", "الماليه", "ماليا", "وماليه",
            "والماليه", "ومالي", "والمالي");
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--", "ـ");

    /**
     * Forgets actor mentions that name no actor: a dateline's place ("أتلانتا، الولايات المتحدة (CNN)--",
     * "القاهرة - استقبل ...") and a
     * city an agreement or summit is named after ("اتفاقية باريس", "قمة بروكسل").
     */
    static void dropNonActors(List<Token> toks, List<Sentence> sentences, Mention[] at) {
        for (int k = 0; k < at.length; k++) {
            // "أعباء مالية", "الأزمة المالية": financial, not Malian nor Malé (the Maldives)
            if (at[k] != null && at[k].firstToken() == at[k].endToken() - 1 && FINANCIAL.contains(toks.get(k).norm())) {
                at[k] = null;
            }
        }
        for (Sentence s : sentences) {
            // "القاهرة - استقبل الرئيس ...", "عمان-بترا- استقبل ...": a place and a dash open a dateline
            Mention m = s.firstToken() < at.length ? at[s.firstToken()] : null;
            if (m != null && m.firstToken() == s.firstToken() && m.endToken() < toks.size()
                && (m.kind() == Mention.Kind.CAPITAL || m.kind() == Mention.Kind.STATE)
                && DASHES.contains(toks.get(m.endToken()).norm())) {
                int end = m.endToken(); // and the agency after it: "عمان-بترا-", "القاهرة - (أ ش أ) -"
                for (int k = m.endToken(); k < Math.min(s.endToken(), m.endToken() + AGENCY_TOKENS); k++) {
                    String n = toks.get(k).norm();
                    if (DASHES.contains(n) || n.equals(":")) {
                        end = k;
                    }
                }
                java.util.Arrays.fill(at, m.firstToken(), end, null);
            }
        }
        for (int k = 0; k < Math.min(toks.size(), DATELINE); k++) {
            if (AGENCIES.contains(toks.get(k).norm()) && k + 2 < toks.size() && toks.get(k + 1).norm().equals(")")
                && toks.get(k + 2).norm().startsWith("-")) {
                java.util.Arrays.fill(at, 0, k, null);
                break;
            }
        }
        for (int k = 1; k < at.length; k++) {
            Mention m = at[k];
            if (m != null && m.firstToken() == k && m.kind() == Mention.Kind.CAPITAL
                && NAMED_AFTER.contains(toks.get(k - 1).norm())) {
                java.util.Arrays.fill(at, k, Math.min(at.length, m.endToken()), null);
            }
        }
    }

    /** The trigger is a definite noun governed by a preposition ("ردا على الهجوم", "بعد القصف"). */
    static boolean afterPreposition(List<Token> toks, TriggerLexicon.Match m) {
        if (m.first() == 0) {
            return false;
        }
        String a = toks.get(m.first()).norm();
        String bare = a.startsWith("و") || a.startsWith("ف") ? a.substring(1) : a;
        boolean definite = bare.startsWith("ال") || bare.startsWith("لل") || bare.startsWith("بال");
        // "ندد بالهجوم", "ردا على الهجوم": the condemned or answered attack is not the subject's act
        boolean governed = bare.startsWith("بال") || bare.startsWith("لل")
                           || GOVERNING.contains(toks.get(m.first() - 1).norm());
        return definite && governed && m.trigger().type() == org.rasad.core.EventType.ASSAULT;
    }

    /** "فجر اليوم السبت", "فجر أمس": dawn, not a detonation. */
    static boolean dawn(List<Token> toks, TriggerLexicon.Match m) {
        String a = toks.get(m.first()).norm();
        return (a.equals("فجر") || a.equals("وفجر")) && m.first() + 1 < toks.size()
               && Clauses.TIME_WORDS.contains(toks.get(m.first() + 1).norm());
    }

    /** The trigger word is used as a noun here: it has the article, or a preposition governs it ("بناء على طلب"). */
    static boolean nounContext(List<Token> toks, TriggerLexicon.Match m) {
        String a = toks.get(m.first()).norm();
        String bare = a.startsWith("و") || a.startsWith("ف") ? a.substring(1) : a;
        return bare.startsWith("ال") || bare.startsWith("لل") || bare.startsWith("بال")
               || m.first() > 0 && GOVERNING.contains(toks.get(m.first() - 1).norm());
    }

    /** "حكم بإعدام لبناني لإدانته بقتل خادمة": إدانة with a pronoun and بـ is a court's conviction, not a condemnation. */
    static boolean conviction(List<Token> toks, TriggerLexicon.Match m) {
        String a = toks.get(m.first()).norm();
        return m.trigger().type() == org.rasad.core.EventType.ACCUSE && CONVICTED.matcher(a).matches()
               && m.last() + 1 < toks.size() && toks.get(m.last() + 1).norm().startsWith("ب");
    }

    /** The sentence names a terrorism or sanctions listing. */
    static boolean terrorList(List<Token> toks, Sentence s) {
        return any(TERROR_LIST, toks, s.firstToken(), s.endToken());
    }

    /**
     * Armed violence in the sentence or the one before it, other than the trigger's own words
     * [{@code first}, {@code last}].
     */
    static boolean violent(List<Token> toks, List<Sentence> sentences, Sentence s, int first, int last) {
        int from = s.index() > 0 ? sentences.get(s.index() - 1).firstToken() : s.firstToken();
        return any(VIOLENCE, toks, from, first) || any(VIOLENCE, toks, last + 1, s.endToken());
    }
}
