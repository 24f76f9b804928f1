package org.rasad.extract.events;

import java.util.List;
import java.util.Set;
import org.rasad.core.EventType;
import org.rasad.core.Mention;
import org.rasad.core.Sentence;
import org.rasad.core.Token;

/**
 * Events with one known party (annotation guide, rule 10): "أدان مجلس الأمن التفجير الإرهابي" condemns an
 * attack whose perpetrators are unknown; "هاجم مسلحون مجهولون موقعا للجيش العراقي" has a known target
 * only. Such a candidate keeps its one party instead of being dropped for want of the other. Stateless.
 */
final class Unknowns {
    /** What is condemned when no actor is: an attack, a crime. */
    private static final Set<String> ATTACK_NOUNS = Set.of("هجوم", "الهجوم", "الهجمات", "هجمات", "التفجير",
            "تفجير", "التفجيرات", "تفجيرات", "الاعتداء", "اعتداء", "الاعتداءات", "العمل", "العمليه", "الجريمه",
            "جريمه", "الحادث", "حادث", "الاغتيال", "اغتيال", "المجزره", "مجزره", "الهجومين", "الانفجار", "انفجار");
    /** Perpetrators with no actor code. */
    private static final Set<String> UNKNOWN_AGENTS = Set.of("مسلحون", "مسلحين", "مجهولون", "مجهولين", "مجهول",
            "انتحاري", "انتحاريه", "انتحاريا", "ارهابي", "ارهابيون", "ارهابيين", "الارهابي", "الارهابيه", "ارهابيه",
            "مفخخه", "ناسفه", "مسلحه", "الانتحاري", "الارهابيين", "متشددون", "متطرفون", "مجهوله");
    /** How far after the verb the condemned attack may be named (a VSO subject sits in between). */
    private static final int NEAR = 10;

    private Unknowns() {
    }

    static Trigger oneParty(List<Token> toks, Sentence s, TriggerLexicon.Match m, Trigger t, List<Mention> src,
                            List<Mention> tgt) {
        boolean srcKnown = src.stream().anyMatch(x -> x.code() != null);
        boolean tgtKnown = tgt.stream().anyMatch(x -> x.code() != null);
        if (t.type() == EventType.ACCUSE && "disapprove".equals(t.mode()) && srcKnown && !tgtKnown
            && Scene.any(ATTACK_NOUNS, toks, m.last() + 1, Math.min(s.endToken(), m.last() + 1 + NEAR))) {
            return t.withFlag('1');
        }
        if (t.type() == EventType.ASSAULT && tgtKnown && !srcKnown
            && Scene.any(UNKNOWN_AGENTS, toks, s.firstToken(), s.endToken())) {
            return t.withFlag('1');
        }
        return t;
    }

}
