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
            "الا", "غير", "بسبب", "لانه", "كي", "لكي", "حتى", "وسط", "ضمن");
    private static final Set<String> LOCATIVE = Set.of("في", "داخل", "قرب", "العاصمه", "بالعاصمه", "مدينه",
            "بمدينه", "عاصمه", "وفي", "نحو", "انحاء");
    private static final int WINDOW = 18;
    /** Capitals whose own name starts with ب, so that the letter is not the preposition. */
    private static final Set<String> B_CAPITALS = Set.of("بغداد", "بيروت", "بكين", "برلين", "باريس", "بروكسل",
            "بانكوك", "بوخارست", "بودابست", "بلغراد", "براغ", "برن", "باكو", "بيشكيك", "بيونغ", "برازيليا", "باماكو",
            "بانجول", "بيساو", "براتيسلافا", "بوغوتا", "بنما", "بورت", "بريتوريا", "بنغازي");
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
        for (Sentence s : text.sentences()) {
            matches.add(lexicon.find(toks, s.firstToken(), s.endToken()));
        }
        Mention[] at = new Mention[toks.size()];
        for (Mention m : mentions) {
            for (int k = m.firstToken(); k < m.endToken() && k < at.length; k++) {
                at[k] = m;
            }
        }
        for (List<TriggerLexicon.Match> ms : matches) {
            for (TriggerLexicon.Match m : ms) {
                cutPersonAt(text, at, m);
            }
        }
        List<Candidate> out = new ArrayList<>();
        List<Mention> lastSubject = List.of();
        int lastSubjectSentence = -10;
        for (int si = 0; si < text.sentences().size(); si++) {
            Sentence s = text.sentences().get(si);
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
        int left = m.first() - 1;
        while (left >= s.firstToken() && !CLAUSE.contains(toks.get(left).norm()) && m.first() - left <= WINDOW) {
            left--;
        }
        int right = m.last() + 1;
        while (right < s.endToken() && right - m.last() <= WINDOW
               && !(CLAUSE.contains(toks.get(right).norm()) && right > m.last() + 1)) {
            right++;
        }
        boolean visit = t.type() == org.rasad.core.EventType.CONSULT;
        List<Mention> reporter = reporter(toks, at, s, left);
        if (!reporter.isEmpty()) {
            inherited = reporter;
        }
        List<List<Mention>> before = groups(toks, at, left + 1, m.first(), visit);
        List<List<Mention>> after = groups(toks, at, m.first() + 1, right, visit);
        List<Mention> subject = List.of();
        List<Mention> object = List.of();
        int between = betweenAt(toks, at, m.last() + 1, Math.min(right, m.last() + 6));
        if (between >= 0) {
            List<List<Mention>> parties = groups(toks, at, between + 1, right, visit);
            if (!parties.isEmpty() && parties.getFirst().getFirst().firstToken() == between + 1) {
                subject = parties.getFirst();
            }
        } else if (!before.isEmpty()) {
            subject = before.getLast();
            after = coded(after);
            object = after.isEmpty() || words(toks, m.last() + 1, after.getFirst().getFirst().firstToken())
                                        > OBJECT_GAP + (t.noun() ? 0 : 2) ? List.of() : after.getFirst();
        } else if (!after.isEmpty() && isObject(toks, after.getFirst().getFirst())) {
            object = words(toks, m.last() + 1, after.getFirst().getFirst().firstToken()) <= OBJECT_GAP + 1
                    ? after.getFirst() : List.of();
            if (!t.noun() || !inherited.isEmpty() && !introducedBy(toks, after.getFirst().getFirst(), "من")) {
                subject = inherited;
            } else if (introducedBy(toks, after.getFirst().getFirst(), "من") && t.frame() == Trigger.Frame.DIR) {
                subject = object;
                object = List.of();
            }
        } else if (after.isEmpty()) {
            subject = inherited;
        } else if (agentAfter(toks, m)) {
            List<List<Mention>> agents = coded(after);
            subject = agents.isEmpty() ? List.of() : agents.getFirst();
        } else if (coded(List.of(after.getFirst())).isEmpty() && !inherited.isEmpty()) {
            subject = inherited;
            List<List<Mention>> objs = coded(after);
            object = objs.isEmpty() || words(toks, m.last() + 1, objs.getFirst().getFirst().firstToken()) > OBJECT_GAP + 2
                    ? List.of() : objs.getFirst();
        } else {
            subject = after.getFirst();
            after = concat1(after.getFirst(), coded(after.subList(1, after.size())));
            object = after.size() > 1
                     && words(toks, subject.getLast().endToken(), after.get(1).getFirst().firstToken()) <= OBJECT_GAP
                    ? after.get(1) : List.of();
        }
        if (t.frame() == Trigger.Frame.JOINT && !object.isEmpty() && !introducedBy(toks, object.getFirst(), "مع")) {
            object = List.of();
        }
        if (t.frame() == Trigger.Frame.FROM) {
            // "تلقى X اتصالا من Y": Y follows من
            List<Mention> from = fromObject(toks, at, m.last() + 1, right);
            if (!from.isEmpty()) {
                object = from;
                if (before.isEmpty()) {
                    subject = after.isEmpty() || after.getFirst().contains(from.getFirst()) ? List.of() : after.getFirst();
                }
            }
        }
        Location loc = location(text, toks, at, s);
        List<Mention> src, tgt;
        switch (t.frame()) {
            case HOST, FROM -> {
                src = object;
                tgt = subject;
            }
            case JOINT -> {
                src = concat(subject, object);
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
        Cues.Found cue = Cues.find(toks, s.firstToken(), m.first(), m.last(), m.future());
        TimeExpr date = nearestDate(toks, dates, s, m.first());
        if (date == null) {
            date = precedingDate(text, dates, s);
        }
        if (t.needsDate() && date == null) {
            return null;
        }
        int evStart = toks.get(m.first()).span().start();
        int evEnd = toks.get(m.last()).span().end();
        for (Mention x : concat(src, tgt)) {
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
        double filled = (src.isEmpty() ? 0 : 0.5) + (tgt.isEmpty() && t.frame() != Trigger.Frame.JOINT ? 0 : 0.5);
        double conf = t.weight() * (0.6 + 0.4 * filled);
        return new Candidate(t, s.index(), m.first(), src, tgt, new Span(evStart, evEnd), cue.modality(), date, loc,
                Math.round(conf * 1000) / 1000.0);
    }

    private static int betweenAt(List<Token> toks, Mention[] at, int from, int to) {
        for (int k = from; k < to && at[k] == null; k++) {
            if (toks.get(k).norm().equals("بين")) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> REPORTING = Set.of("قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اضافت",
            "واضافت", "اكد", "واكد", "اكدت", "واكدت", "اعلن", "واعلن", "اعلنت", "واعلنت", "اوضح", "واوضح", "اوضحت",
            "واوضحت", "اشار", "واشار", "اشارت", "واشارت", "ذكر", "وذكر", "ذكرت", "وذكرت", "تابع", "وتابع", "تابعت",
            "وتابعت", "اعتبر", "واعتبر", "شدد", "وشدد", "شددت", "وشددت");

    /** The speaker of a reporting verb before the clause ("وزير الخارجية أعلن ..."; "وتابع الوزير: ..."). */
    private static List<Mention> reporter(List<Token> toks, Mention[] at, Sentence s, int left) {
        for (int k = Math.min(left, s.endToken() - 1); k >= s.firstToken() && k >= left - WINDOW; k--) {
            if (REPORTING.contains(toks.get(k).norm())) {
                List<List<Mention>> after = coded(groups(toks, at, k + 1, Math.min(left, k + 8), false));
                if (!after.isEmpty()) {
                    return after.getFirst();
                }
                List<List<Mention>> before = coded(groups(toks, at, Math.max(s.firstToken(), k - 10), k, false));
                return before.isEmpty() ? List.of() : before.getLast();
            }
        }
        return List.of();
    }

    private static List<List<Mention>> coded(List<List<Mention>> groups) {
        return groups.stream().filter(g -> g.stream().anyMatch(m -> m.code() != null
                || m.kind() == Mention.Kind.PARTIES)).toList();
    }

    private static List<List<Mention>> concat1(List<Mention> first, List<List<Mention>> rest) {
        List<List<Mention>> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** Words (not punctuation) in tokens [from, to). */
    private static int words(List<Token> toks, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += toks.get(k).isPunct() ? 0 : 1;
        }
        return n;
    }

    private static final Set<String> AGENT_VERBS = Set.of("نفذها", "شنها", "نفذه", "شنه", "شنتها", "نفذتها", "يشنها",
            "تشنها", "اطلقها", "اطلقتها", "تبنتها", "تبناها", "وقعها", "وقعه", "ابرمها", "ابرمته", "ارسلها", "قدمها");

    /** "غارات نفذها الطيران التركي": the agent follows a verb that points back to the noun trigger. */
    private static boolean agentAfter(List<Token> toks, TriggerLexicon.Match m) {
        for (int k = m.last() + 1; k < Math.min(toks.size(), m.last() + 3); k++) {
            if (AGENT_VERBS.contains(toks.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** A mention after a preposition is an object, never the subject of a VSO clause. */
    private static boolean isObject(List<Token> toks, Mention m) {
        if (m.firstToken() == 0) {
            return false;
        }
        String prev = toks.get(m.firstToken() - 1).norm();
        if (prev.equals("على") || prev.equals("ضد") || prev.equals("مع") || prev.equals("من") || prev.equals("الى")
            || prev.equals("تجاه") || prev.equals("عن")) {
            return true;
        }
        for (int k = m.firstToken() - 2; k >= Math.max(0, m.firstToken() - 3); k--) {
            String w = toks.get(k).norm();
            if (w.equals("مع") || w.equals("ضد") || w.equals("على")) {
                return true;
            }
        }
        String first = toks.get(m.firstToken()).norm();
        return first.startsWith("لل") || first.startsWith("بال") || first.startsWith("ل") && m.kind() != Mention.Kind.STATE
               && m.kind() != Mention.Kind.CAPITAL && !first.startsWith("ال");
    }

    private static boolean introducedBy(List<Token> toks, Mention m, String word) {
        return m.firstToken() > 0 && toks.get(m.firstToken() - 1).norm().equals(word);
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> out = new ArrayList<>(a);
        for (Mention m : b) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    static boolean locative(List<Token> toks, Mention m) {
        return locative(toks, m, true);
    }

    /** A place where something happens ("في القاهرة", "بالعاصمة دمشق"; "إلى مصر" only for visits). */
    static boolean locative(List<Token> toks, Mention m, boolean toIsPlace) {
        if (m.kind() != Mention.Kind.CAPITAL && m.kind() != Mention.Kind.STATE) {
            return false;
        }
        String first = toks.get(m.firstToken()).norm();
        String bare = first.startsWith("و") || first.startsWith("ف") ? first.substring(1) : first;
        if (bare.startsWith("بال") || bare.startsWith("ب") && m.kind() == Mention.Kind.CAPITAL
                                     && !B_CAPITALS.contains(bare)) {
            return true;
        }
        if (m.firstToken() == 0) {
            return false;
        }
        String prev = toks.get(m.firstToken() - 1).norm();
        return LOCATIVE.contains(prev) || toIsPlace && prev.equals("الى");
    }

    /** Coordinated groups of actor mentions in tokens [from, to): "X و Y" and "X، وY" are one group. */
    private static List<List<Mention>> groups(List<Token> toks, Mention[] at, int from, int to, boolean toIsPlace) {
        List<List<Mention>> out = new ArrayList<>();
        List<Mention> cur = null;
        int lastEnd = -10;
        int k = from;
        while (k < to) {
            Mention m = at[k];
            if (m == null || locative(toks, m, toIsPlace)
                || m.firstToken() > 0 && toks.get(m.firstToken() - 1).norm().equals("في")) {
                k++;
                continue;
            }
            boolean coordinated = cur != null && (joined(toks, lastEnd, m.firstToken()));
            if (coordinated) {
                if (!cur.contains(m)) {
                    cur.add(m);
                }
            } else {
                cur = new ArrayList<>();
                cur.add(m);
                out.add(cur);
            }
            lastEnd = m.endToken();
            k = Math.max(k + 1, m.endToken());
        }
        return out;
    }

    private static boolean joined(List<Token> toks, int lastEnd, int next) {
        if (next == lastEnd) {
            return conj(toks.get(next));
        }
        if (next == lastEnd + 1) {
            String between = toks.get(lastEnd).norm();
            return between.equals("و") || (between.equals("،") || between.equals(",")) && conj(toks.get(next));
        }
        return false;
    }

    /** The token starts with the conjunction و (as a clitic, not a root letter as in وزير). */
    private static boolean conj(Token t) {
        return t.prefix().startsWith("و");
    }

    private static List<Mention> fromObject(List<Token> toks, Mention[] at, int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).norm().equals("من") && k + 1 < to && at[k + 1] != null) {
                return List.of(at[k + 1]);
            }
        }
        return List.of();
    }

    private static Location location(AnalyzedText text, List<Token> toks, Mention[] at, Sentence s) {
        Mention best = null;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Mention m = at[k];
            if (m != null && m.firstToken() == k && m.code() != null && locative(toks, m)) {
                if (best == null || best.kind() != Mention.Kind.CAPITAL && m.kind() == Mention.Kind.CAPITAL) {
                    best = m;
                }
            }
        }
        if (best == null) {
            return null;
        }
        String name = best.text();
        String folded = toks.get(best.firstToken()).norm();
        if (folded.startsWith("بال") || folded.startsWith("وال") || folded.startsWith("فال")) {
            name = name.substring(1);
        } else if (folded.startsWith("وب") || folded.startsWith("فب")) {
            name = name.substring(2);
        }
        return new Location(name, Candidate.top(best.code()));
    }

    /** The last day-precise date of the one or two sentences before, which the reporting goes on from. */
    private static TimeExpr precedingDate(AnalyzedText text, List<TimeExpr> dates, Sentence s) {
        int from = text.sentences().get(Math.max(0, s.index() - 2)).span().start();
        TimeExpr best = null;
        for (TimeExpr d : dates) {
            if (d.span().start() >= from && d.span().end() <= s.span().start() && d.value() != null
                && d.value().length() == 10) {
                best = d;
            }
        }
        return best;
    }

    private static TimeExpr nearestDate(List<Token> toks, List<TimeExpr> dates, Sentence s, int anchor) {
        int pos = toks.get(anchor).span().start();
        TimeExpr best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TimeExpr d : dates) {
            if (!s.span().contains(d.span())) {
                continue;
            }
            int dist = d.span().start() >= pos ? d.span().start() - pos : (pos - d.span().end()) + 20;
            if (dist < bestDist) {
                best = d;
                bestDist = dist;
            }
        }
        return best;
    }
}
