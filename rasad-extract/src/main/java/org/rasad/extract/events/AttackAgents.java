package org.rasad.extract.events;

import java.util.List;
import java.util.Set;
import org.rasad.core.EventType;
import org.rasad.core.Mention;
import org.rasad.core.Token;

/**
 * "قتل فلسطيني في قصف إسرائيلي على غزة", "الغارات الأمريكية ضد داعش": a nationality adjective right after
 * an attack noun names who attacked; whom it hit follows على/ضد, or is the victim named before the noun.
 * Stateless.
 */
final class AttackAgents {
    /** Qualifiers that may sit between the noun and its agent ("قصف جوي إسرائيلي"). */
    private static final Set<String> QUALIFIERS = Set.of("جوي", "جويه", "مدفعي", "مدفعيه", "صاروخي", "صاروخيه",
            "مكثف", "مكثفه", "عنيف", "عنيفه", "جديد", "جديده", "متواصل", "متواصله", "دامي", "داميه");
    /** Modes whose nouns take an agent adjective; not abductions or assassinations ("اغتيال فلسطيني" is the victim). */
    private static final Set<String> MODES = Set.of("aerial", "heavy-weapons", "");
    private static final int TARGET_GAP = 4;
    /** "قتل فلسطيني وأصيب آخر بجروح في قصف إسرائيلي": the victim is named a few words before the noun. */
    private static final int VICTIM_GAP = 7;
    /** "قصفت المدفعية التركية أمس مواقع حزب العمال": what was hit, named without a preposition. */
    private static final Set<String> TARGET_NOUNS = Set.of("مواقع", "موقع", "اهداف", "تجمعات", "معاقل", "مقرات",
            "مقر", "قواعد", "قاعده", "مخازن", "عناصر", "مقاتلي", "مسلحي", "قوات");

    /** The attacking party, its target, or null when the trigger has no agent adjective. */
    record Roles(List<Mention> source, List<Mention> target) {
    }

    private AttackAgents() {
    }

    static Roles find(List<Token> toks, Mention[] at, TriggerLexicon.Match m, Trigger t, int right,
                      List<List<Mention>> before) {
        if (t.type() != EventType.ASSAULT || !toks.get(m.first()).suffix().isEmpty()) {
            return null;
        }
        if (!MODES.contains(t.mode() == null ? "" : t.mode())) {
            return inAnAttack(toks, m) ? victimsOnly(toks, m, before) : null;
        }
        int k = m.last() + 1;
        while (k < right && k <= m.last() + 2 && QUALIFIERS.contains(toks.get(k).stem())) {
            k++;
        }
        Mention agent = k < right ? at[k] : null;
        if (agent == null || agent.kind() != Mention.Kind.NATIONALITY || agent.firstToken() != k
            || agent.code() == null || agent.endToken() - agent.firstToken() != 1) {
            return inAnAttack(toks, m) ? victimsOnly(toks, m, before) : null;
        }
        // "غارات جوية أمريكية وبريطانية": coordinated adjectives are one attacking party
        List<List<Mention>> after = Clauses.coded(Clauses.groups(toks, at, k, right, false));
        List<Mention> agents = !after.isEmpty() && after.getFirst().contains(agent)
                ? after.getFirst().stream().filter(x -> x.kind() == Mention.Kind.NATIONALITY).toList() : List.of(agent);
        int agentEnd = agents.getLast().endToken();
        for (List<Mention> g : after) {
            if (g.getFirst().firstToken() < agentEnd) {
                continue;
            }
            if (Clauses.gapWords(toks, agentEnd, g.getFirst().firstToken()) > TARGET_GAP) {
                break;
            }
            if ((Clauses.isObject(toks, g.getFirst()) || TARGET_NOUNS.contains(toks.get(g.getFirst().firstToken() - 1).stem()))
                && differs(g, agent)) {
                return new Roles(agents, g);
            }
        }
        List<Mention> victim = victim(toks, m, before);
        return new Roles(agents, differs(victim, agent) ? victim : List.of());
    }

    /** "قتل 32 شخصا في تفجير انتحاري", "أصيب جنديان بقصف": the attack is where the clause's subject was hit. */
    private static boolean inAnAttack(List<Token> toks, TriggerLexicon.Match m) {
        String a = toks.get(m.first()).norm();
        return m.first() > 0 && toks.get(m.first() - 1).norm().equals("في") || a.startsWith("ب") && a.length() > 4
               && !a.startsWith("بحث");
    }

    /** Those named just before the attack noun were hit by it; who attacked is not said. */
    private static Roles victimsOnly(List<Token> toks, TriggerLexicon.Match m, List<List<Mention>> before) {
        return new Roles(List.of(), victim(toks, m, before));
    }

    /** The coded group named a few words before the attack noun, or empty. */
    private static List<Mention> victim(List<Token> toks, TriggerLexicon.Match m, List<List<Mention>> before) {
        List<List<Mention>> victims = Clauses.coded(before);
        return victims.isEmpty() || Clauses.words(toks, victims.getLast().getLast().endToken(), m.first()) > VICTIM_GAP
                ? List.of() : victims.getLast();
    }

    private static boolean differs(List<Mention> group, Mention agent) {
        return !group.isEmpty() && group.stream().noneMatch(x -> agent.code().equals(x.code()));
    }
}
