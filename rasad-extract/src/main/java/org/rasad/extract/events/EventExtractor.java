package org.rasad.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasad.core.Location;
import org.rasad.core.Mention;
import org.rasad.core.Sentence;
import org.rasad.core.Span;
import org.rasad.core.TimeExpr;
import org.rasad.core.Token;
import org.rasad.nlp.text.AnalyzedText;

/**
 * Finds event candidates sentence by sentence: a trigger from the lexicon, its subject and object
 * (VSO or SVO, coordinated actors grouped), the roles its frame gives them, modality cues, the nearest
 * date expression and a stated location. Stateless and thread-safe.
 */
public final class EventExtractor {
    private static final Set<String> CLAUSE = Set.of("ان", "انه", "انها", "بان", "وان", "لان", "الذي", "التي",
            "الذين", "حيث", "بينما", "فيما", "قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اكد", "واكد", "اكدت",
            "واكدت", "؛", ";", ":", ".", "بعد", "قبل", "عقب", "اثر", "كما", "وكان", "وكانت", "اعلن", "واعلن", "اعلنت",
            "واعلنت", "اوضح", "واوضح", "اوضحت", "واوضحت", "اشار", "واشار", "اشارت", "واشارت", "ذكر", "وذكر", "ذكرت",
            "وذكرت", "تابع", "وتابع", "تابعت", "وتابعت", "اعتبر", "واعتبر", "وشدد", "شدد", "وشددت", "لكن", "ولكن",
            "الا", "غير", "بسبب", "لانه", "كي", "لكي", "حتي", "وسط", "ضمن");
    private static final int WINDOW = 18;
    /** "الاتفاقية التي عقدت بين الجانبين": a relative clause on a noun trigger still names its parties. */
    private static final Set<String> RELATIVE = Set.of("التي", "الذي");
    /** Largest gap in tokens between a trigger (or its subject) and its object. */
    private static final int OBJECT_GAP = 3;

    private final TriggerLexicon lexicon;

    public EventExtractor(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Candidates for one analysed text with its actor mentions and date expressions. */
    public List<Candidate> candidates(AnalyzedText text, List<Mention> mentions, List<TimeExpr> dates) {
        List<Token> toks = text.tokens();
        List<List<TriggerLexicon.Match>> matches = new ArrayList<>();
        java.util.Map<String, List<String>> memo = new java.util.HashMap<>();
        for (Sentence s : text.sentences()) {
            matches.add(lexicon.find(toks, s.firstToken(), s.endToken(), memo));
        }
        Mention[] at = new Mention[toks.size()];
        for (Mention m : Surnames.resolve(toks, mentions)) {
            for (int k = m.firstToken(); k < m.endToken() && k < at.length; k++) {
                at[k] = m;
            }
        }
        for (List<TriggerLexicon.Match> ms : matches) {
            for (TriggerLexicon.Match m : ms) {
                cutPersonAt(text, at, m);
            }
        }
        Scene.dropNonActors(toks, text.sentences(), at);
        List<Candidate> out = new ArrayList<>();
        int sports = Scene.sportsWords(toks);
        List<Mention> lastSubject = List.of();
        int lastSubjectSentence = -10;
        for (int si = 0; si < text.sentences().size(); si++) {
            Sentence s = text.sentences().get(si);
            if (Scene.sports(toks, s, sports)) {
                continue; // "يلتقي المنتخب المصري بنظيره اليوناني" is a match, not a meeting
            }
            for (TriggerLexicon.Match match : matches.get(si)) {
                if (at[match.first()] != null) {
                    continue; // a trigger word inside an actor name
                }
                List<Mention> inherited = s.index() - lastSubjectSentence <= 1 ? lastSubject : List.of();
                Candidate c = candidate(text, s, match, at, dates, inherited);
                if (c != null) {
                    out.add(c);
                    List<Mention> subj = c.trigger().frame() == Trigger.Frame.HOST
                                         || c.trigger().frame() == Trigger.Frame.FROM ? c.target() : c.source();
                    if (!subj.isEmpty() && subj.stream().noneMatch(x -> x.kind() == Mention.Kind.PARTIES)) {
                        lastSubject = subj;
                        lastSubjectSentence = s.index();
                    }
                }
            }
        }
        return out;
    }

    /** "سيرجي لافروف اجتمع": a verb trigger inside a person's name ends the name. */
    private static void cutPersonAt(AnalyzedText text, Mention[] at, TriggerLexicon.Match m) {
        Mention p = at[m.first()];
        if (p == null || p.kind() != Mention.Kind.PERSON || m.trigger().noun() || m.first() <= p.firstToken()
            || p.person() == null) {
            return;
        }
        List<Token> toks = text.tokens();
        Span span = new Span(p.span().start(), toks.get(m.first() - 1).span().end());
        String person = p.person();
        String cut = toks.get(m.first()).surface();
        int idx = person.indexOf(cut);
        person = idx > 0 ? person.substring(0, idx).strip() : person;
        Mention q = new Mention(span, span.of(text.original()), p.kind(), p.code(), p.sector(), person, p.role(),
                p.firstToken(), m.first());
        for (int k = p.firstToken(); k < p.endToken(); k++) {
            at[k] = k < m.first() ? q : null;
        }
    }

    private Candidate candidate(AnalyzedText text, Sentence s, TriggerLexicon.Match m, Mention[] at,
                                List<TimeExpr> dates, List<Mention> inherited) {
        List<Token> toks = text.tokens();
        Trigger t = m.trigger();
        boolean violent = (t.armedWhenViolent() || t.needsViolence())
                          && Scene.violent(toks, text.sentences(), s, m.first(), m.last());
        Mention next = m.last() + 1 < at.length ? at[m.last() + 1] : null;
        boolean leader = next != null && (next.kind() == Mention.Kind.PERSON || next.kind() == Mention.Kind.ROLE);
        if (t.armedWhenViolent() && violent && !leader) {
            t = t.asAssault(); // "هاجم مسلحون دورية للجيش" is an attack, "هاجم الرئيس نظيره" a verbal one
        }
        if (t.futureOnly() && !(m.future() || m.first() > s.firstToken() && toks.get(m.first() - 1).norm().equals("سوف"))) {
            return null; // "سترد على" threatens, "ردت على" replies
        }
        if (t.needsViolence() && !violent
            || t.needsTerrorList() && !Scene.terrorList(toks, s) || Scene.conviction(toks, m) || Scene.dawn(toks, m)) {
            return null;
        }
        int left = m.first() - 1;
        while (left >= s.firstToken() && !CLAUSE.contains(toks.get(left).norm()) && m.first() - left <= WINDOW) {
            left--;
        }
        int right = m.last() + 1;
        int free = 0;
        while (right < s.endToken() && free <= WINDOW
               && !(CLAUSE.contains(toks.get(right).norm()) && right > m.last() + 1
                    && !(t.noun() && right <= m.last() + 4 && RELATIVE.contains(toks.get(right).norm())))) {
            free += at[right] == null ? 1 : 0;
            right++;
        }
        boolean visit = t.type() == org.rasad.core.EventType.CONSULT;
        List<Mention> reporter = Clauses.reporter(toks, at, s, left);
        if (!reporter.isEmpty()) {
            inherited = reporter;
        }
        boolean governed = Scene.afterPreposition(toks, m);
        if (left == m.first() - 1 && left >= s.firstToken() && RELATIVE.contains(toks.get(left).norm()) || governed) {
            inherited = List.of(); // "ندد غوتيريش بالهجوم الذي استهدف ...": the relative's subject is its noun
        }
        boolean pronounSubject = left >= s.firstToken() && Clauses.PRONOUN_THAT.contains(toks.get(left).norm())
                                 && !reporter.isEmpty();
        List<List<Mention>> before = governed
                ? List.of() // "سترد على الهجوم الكيماوي": the subject before is not the attack's agent
                : Clauses.groups(toks, at, left + 1, m.first(), visit);
        if (t.noun()) {
            before = Clauses.coded(before); // "سانا تكشف ما دار في لقاء X و Y": an unresolved reporter is no party
        }
        List<List<Mention>> after = Clauses.groups(toks, at, m.first() + 1, right, visit);
        // "في كلمة خلال الجمعية العمومية للأمم المتحدة، رفض روحاني ...": a prepositional phrase is no subject
        List<List<Mention>> subjects = before.stream().filter(g -> !Clauses.prepositional(toks, g.getFirst())).toList();
        List<Mention> antecedent = Clauses.antecedent(toks, at, s, left, m.first(), visit);
        if (!t.noun() && !antecedent.isEmpty()) {
            before = List.of(antecedent); // "نتنياهو الذي زار أوغندا": the relative pronoun's antecedent is the subject
            subjects = before;
        }
        List<Mention> subject = List.of();
        List<Mention> object = List.of();
        int between = Clauses.betweenAt(toks, at, m.last() + 1, Math.min(right, m.last() + 9));
        // "قرار الأمم المتحدة رقم 1373، الذي يستهدف الإرهابيين": the antecedent of a relative clause counts too
        int sanctionFrom = left >= s.firstToken() && RELATIVE.contains(toks.get(left).norm()) ? Math.max(s.firstToken(), left - 12)
                : left + 1;
        if (t.type() == org.rasad.core.EventType.ASSAULT && Clauses.sanctionContext(toks, sanctionFrom, m.first())) {
            return null;
        }
        if (Clauses.agentAfter(toks, m)) {
            List<List<Mention>> agents = Clauses.coded(after);
            subject = agents.isEmpty() ? List.of() : agents.getFirst();
            object = before.isEmpty() ? List.of() : before.getLast();
            for (int gi = 1; gi < agents.size(); gi++) {
                if (Clauses.isObject(toks, agents.get(gi).getFirst())) {
                    object = agents.get(gi);
                    break;
                }
            }
        } else if (pronounSubject && before.isEmpty()) {
            subject = inherited;
            List<List<Mention>> objs = Clauses.coded(after);
            object = objs.isEmpty() || Clauses.words(toks, m.last() + 1, objs.getFirst().getFirst().firstToken()) > OBJECT_GAP + 2
                    ? List.of() : objs.getFirst();
        } else if (between >= 0) {
            List<List<Mention>> parties = Clauses.groups(toks, at, between + 1, Math.min(right, between + 16), visit);
            if (!parties.isEmpty() && parties.getFirst().getFirst().firstToken() == between + 1) {
                List<Mention> all = new ArrayList<>();
                java.util.Set<String> seen = new java.util.HashSet<>();
                int prevEnd = between + 1;
                for (List<Mention> g : parties) {
                    if (Clauses.words(toks, prevEnd, g.getFirst().firstToken()) > 2) {
                        break;
                    }
                    prevEnd = g.getLast().endToken();
                    for (Mention x : g) {
                        if (x.code() != null && seen.add(x.code())) {
                            all.add(x);
                        }
                    }
                }
                subject = all.isEmpty() ? parties.getFirst() : all;
            }
        } else if (!subjects.isEmpty()) {
            subject = subjects.getLast();
            after = Clauses.coded(after);
            object = after.isEmpty() || Clauses.words(toks, m.last() + 1, after.getFirst().getFirst().firstToken())
                                        > OBJECT_GAP + (t.noun() ? 0 : 2) ? List.of() : after.getFirst();
        } else if (!after.isEmpty() && Clauses.isObject(toks, after.getFirst().getFirst())) {
            object = Clauses.words(toks, m.last() + 1, after.getFirst().getFirst().firstToken()) <= OBJECT_GAP + 1
                    ? after.getFirst() : List.of();
            if (!t.noun() || !inherited.isEmpty() && !Clauses.introducedBy(toks, after.getFirst().getFirst(), "من")) {
                subject = inherited;
            } else if (Clauses.introducedBy(toks, after.getFirst().getFirst(), "من") && t.frame() == Trigger.Frame.DIR) {
                subject = object;
                object = List.of();
            }
        } else if (after.isEmpty()) {
            subject = inherited;
        } else if (Clauses.coded(List.of(after.getFirst())).isEmpty() && !inherited.isEmpty()) {
            subject = inherited;
            List<List<Mention>> objs = Clauses.coded(after);
            object = objs.isEmpty() || Clauses.words(toks, m.last() + 1, objs.getFirst().getFirst().firstToken()) > OBJECT_GAP + 2
                    ? List.of() : objs.getFirst();
        } else {
            subject = after.getFirst();
            after = Clauses.concat1(after.getFirst(), Clauses.coded(after.subList(1, after.size())));
            object = Clauses.objectAfterAppositions(toks, subject, after.subList(1, after.size()), OBJECT_GAP);
        }
        if (t.topicObject() && !object.isEmpty() && !Clauses.withWord(toks, object.getFirst(), "مع")
            && !toks.get(object.getFirst().firstToken()).norm().startsWith("ب")) {
            object = List.of(); // "لبحث الهجمات الفلسطينية": what was discussed is no party to the talks
        }
        if (object.isEmpty() && (t.frame() == Trigger.Frame.MEET || t.frame() == Trigger.Frame.JOINT)) {
            for (List<Mention> g : Clauses.coded(after)) {
                if (g != subject && !g.equals(subject) && Clauses.withWord(toks, g.getFirst(), "مع")) {
                    object = g;
                    break;
                }
            }
        }
        if (t.frame() == Trigger.Frame.JOINT && !object.isEmpty() && !Clauses.withWord(toks, object.getFirst(), "مع")) {
            object = List.of();
        }
        if (t.frame() == Trigger.Frame.FROM) {
            // "تلقى X اتصالا من Y": Y follows من
            List<Mention> from = Clauses.fromObject(toks, at, m.last() + 1, right);
            if (!from.isEmpty()) {
                object = from;
                if (before.isEmpty()) {
                    subject = after.isEmpty() || after.getFirst().contains(from.getFirst()) ? List.of() : after.getFirst();
                }
            }
        }
        Location loc = Clauses.location(text, toks, at, s);
        List<Mention> src, tgt;
        switch (t.frame()) {
            case HOST, FROM -> {
                src = object;
                tgt = subject;
            }
            case JOINT -> {
                src = Clauses.concat(subject, object);
                tgt = List.of();
            }
            case VISIT -> {
                src = subject;
                tgt = object;
            }
            default -> {
                src = subject;
                tgt = object;
            }
        }
        AttackAgents.Roles agent = AttackAgents.find(toks, at, m, t, right, before);
        if (agent == null) {
            agent = NounAgents.find(toks, at, m, t, right, t.nounForm() || Scene.nounContext(toks, m),
                    Clauses.concat(src, tgt));
        }
        if (agent != null) {
            src = agent.source();
            tgt = agent.target();
        }
        tgt = Clauses.withoutAppositions(src, tgt);
        if (t.type() == org.rasad.core.EventType.ASSAULT) {
            List<Mention> by = src;
            // "الغارات التي شنتها الطائرات التركية ... مصادر عسكرية تركية": a state's name is no target of its own raid
            tgt = tgt.stream().filter(x -> !(x.kind() == Mention.Kind.NATIONALITY || x.kind() == Mention.Kind.STATE)
                    || by.stream().noneMatch(y -> y.code() != null && y.code().equals(x.code()))).toList();
        }
        Cues.Found cue = Cues.find(toks, s.firstToken(), m.first(), m.last(), m.future());
        if (t.futureOnly() && cue.modality() == org.rasad.core.Modality.PLANNED) {
            cue = new Cues.Found(org.rasad.core.Modality.ASSERTED, cue.cue()); // the threat is made now
        }
        TimeExpr date = Clauses.nearestDate(toks, dates, s, m.first());
        if (date == null) {
            date = Clauses.precedingDate(text, dates, s);
        }
        if (t.needsDate() && date == null) {
            return null;
        }
        int evStart = toks.get(m.first()).span().start();
        int evEnd = toks.get(m.last()).span().end();
        for (Mention x : Clauses.concat(src, tgt)) {
            if (!s.span().contains(x.span())) {
                continue;
            }
            evStart = Math.min(evStart, x.span().start());
            evEnd = Math.max(evEnd, x.span().end());
        }
        if (cue.cue() != null) {
            evStart = Math.min(evStart, cue.cue().start());
            evEnd = Math.max(evEnd, cue.cue().end());
        }
        t = Unknowns.oneParty(toks, s, m, t, src, tgt);
        double filled = (src.isEmpty() ? 0 : 0.5) + (tgt.isEmpty() && t.frame() != Trigger.Frame.JOINT ? 0 : 0.5);
        double conf = t.weight() * (0.6 + 0.4 * filled);
        return new Candidate(t, s.index(), m.first(), src, tgt, new Span(evStart, evEnd), cue.modality(), date, loc,
                Math.round(conf * 1000) / 1000.0);
    }
}
