package org.rasad.extract.events;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
        if (sportsInDocument >= SPORTS_DOCUMENT) {
            return true;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (in(SPORTS, toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "حكم بإعدام لبناني لإدانته بقتل خادمة": إدانة with a pronoun and بـ is a court's conviction, not a condemnation. */
    static boolean conviction(List<Token> toks, TriggerLexicon.Match m) {
        String a = toks.get(m.first()).norm();
        return m.trigger().type() == org.rasad.core.EventType.ACCUSE && CONVICTED.matcher(a).matches()
               && m.last() + 1 < toks.size() && toks.get(m.last() + 1).norm().startsWith("ب");
    }

    /** The sentence names a terrorism or sanctions listing. */
    static boolean terrorList(List<Token> toks, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (in(TERROR_LIST, toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Armed violence in the sentence or the one before it, other than the trigger's own words
     * [{@code first}, {@code last}].
     */
    static boolean violent(List<Token> toks, List<Sentence> sentences, Sentence s, int first, int last) {
        int from = s.index() > 0 ? sentences.get(s.index() - 1).firstToken() : s.firstToken();
        for (int k = from; k < s.endToken(); k++) {
            if ((k < first || k > last) && in(VIOLENCE, toks.get(k))) {
                return true;
            }
        }
        return false;
    }
}
