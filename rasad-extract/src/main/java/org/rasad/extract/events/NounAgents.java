package org.rasad.extract.events;

import java.util.List;
import java.util.Set;
import org.rasad.core.EventType;
import org.rasad.core.Mention;
import org.rasad.core.Token;

/**
 * "وردا على دعوة المالكي إلى ...", "إدانة الجزائر للهجوم", "رفض مصر التدخل التركي": the actor named right after
 * the masdar of a speech act (in the genitive) is who made it, not the subject of the clause around it; whom
 * it is aimed at follows; so for a visit ("زيارة ولي العهد السعودي للولايات المتحدة"). Not for attacks and
 * arrests, whose genitive is the victim ("اغتيال السفير").
 * Stateless.
 */
final class NounAgents {
    private static final Set<EventType> SPEECH_ACTS = Set.of(EventType.REQUEST, EventType.ACCUSE, EventType.REJECT,
            EventType.SUPPORT, EventType.THREATEN);
    private static final int TARGET_GAP = 4;

    private NounAgents() {
    }

    /**
     * @param clause the parties the clause around the noun gave (subject and object): for "بناء على طلب من X"
     *               the one of them that is not X received the request
     */
    static AttackAgents.Roles find(List<Token> toks, Mention[] at, TriggerLexicon.Match m, Trigger t, int right,
                                   boolean noun, List<Mention> clause) {
        boolean visit = t.type() == EventType.CONSULT && t.frame() == Trigger.Frame.VISIT;
        if (!noun || !(SPEECH_ACTS.contains(t.type()) || visit) || m.last() + 1 >= right) {
            return null;
        }
        // "بناء على طلب من الرئيس اليمني": the requester follows من
        boolean requestedBy = t.type() == EventType.REQUEST && toks.get(m.last() + 1).norm().equals("من");
        int first = requestedBy ? m.last() + 2 : m.last() + 1;
        String anchor = toks.get(m.first()).norm();
        if (anchor.endsWith("ه") && !toks.get(m.first()).surface().endsWith("ة") || anchor.endsWith("ها")
            || anchor.endsWith("هم") || anchor.endsWith("هما")) {
            return null; // "دعوته": the pronoun is the agent already
        }
        Mention agent = first < right ? at[first] : null;
        if (agent == null || agent.code() == null || agent.firstToken() != first
            || first == m.last() + 1 && Clauses.prepositional(toks, agent)) {
            return null;
        }
        List<List<Mention>> groups = Clauses.coded(Clauses.groups(toks, at, first, right, false));
        if (groups.isEmpty() || !groups.getFirst().contains(agent)) {
            return null;
        }
        List<Mention> source = groups.getFirst();
        for (List<Mention> g : groups.subList(1, groups.size())) {
            if (Clauses.words(toks, source.getLast().endToken(), g.getFirst().firstToken()) > TARGET_GAP) {
                break;
            }
            if (g.stream().noneMatch(x -> source.stream().anyMatch(y -> y.code().equals(x.code())))) {
                return new AttackAgents.Roles(source, g);
            }
        }
        if (!requestedBy) {
            return new AttackAgents.Roles(source, List.of());
        }
        // "دعا الأمين العام للناتو إلى اجتماع بناء على طلب من تركيا": the clause's actor received it
        return new AttackAgents.Roles(source, clause.stream().filter(x -> x.code() != null
                && source.stream().noneMatch(y -> x.code().equals(y.code()))).toList());
    }
}
