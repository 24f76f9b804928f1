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

/** Clause geometry for argument finding: coordinated actor groups, prepositional objects, reporters, places, dates. */
final class Clauses {
    static final int WINDOW = 18;

    private Clauses() {
    }

    static final Set<String> LOCATIVE = Set.of("في", "داخل", "قرب", "العاصمه", "بالعاصمه", "مدينه",
            "بمدينه", "عاصمه", "وفي", "نحو", "انحاء");

    /** Capitals whose own name starts with ب, so that the letter is not the preposition. */
    static final Set<String> B_CAPITALS = Set.of("بغداد", "بيروت", "بكين", "برلين", "باريس", "بروكسل",
            "بانكوك", "بوخارست", "بودابست", "بلغراد", "براغ", "برن", "باكو", "بيشكيك", "بيونغ", "برازيليا", "باماكو",
            "بانجول", "بيساو", "براتيسلافا", "بوغوتا", "بنما", "بورت", "بريتوريا", "بنغازي");

    static int betweenAt(List<Token> toks, Mention[] at, int from, int to) {
        for (int k = from; k < to && at[k] == null; k++) {
            if (toks.get(k).norm().equals("بين")) {
                return k;
            }
        }
        return -1;
    }

    static final Set<String> REPORTING = Set.of("قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اضافت",
            "واضافت", "اكد", "واكد", "اكدت", "واكدت", "اعلن", "واعلن", "اعلنت", "واعلنت", "اوضح", "واوضح", "اوضحت",
            "واوضحت", "اشار", "واشار", "اشارت", "واشارت", "ذكر", "وذكر", "ذكرت", "وذكرت", "تابع", "وتابع", "تابعت",
            "وتابعت", "اعتبر", "واعتبر", "شدد", "وشدد", "شددت", "وشددت", "كشف", "وكشف", "كشفت", "وكشفت", "افاد",
            "وافاد", "افادت", "وافادت", "صرح", "وصرح", "اعرب", "واعرب", "اعربت", "واعربت");

    static final Set<String> PRONOUN_THAT = Set.of("انه", "انها", "بانه", "بانها", "وانه", "وانها", "انهم",
            "بانهم", "انهما");

    /** The speaker of a reporting verb before the clause ("وزير الخارجية أعلن ..."; "وتابع الوزير: ..."). */
    static List<Mention> reporter(List<Token> toks, Mention[] at, Sentence s, int left) {
        if (left >= s.firstToken() && PRONOUN_THAT.contains(toks.get(left).norm())) {
            List<List<Mention>> before = coded(groups(toks, at, Math.max(s.firstToken(), left - 12), left, false));
            if (!before.isEmpty()) {
                return before.getLast();
            }
        }
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

    static List<List<Mention>> coded(List<List<Mention>> groups) {
        return groups.stream().filter(g -> g.stream().anyMatch(m -> m.code() != null
                || m.kind() == Mention.Kind.PARTIES)).toList();
    }

    static List<List<Mention>> concat1(List<Mention> first, List<List<Mention>> rest) {
        List<List<Mention>> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** Words (not punctuation) in tokens [from, to). */
    static int words(List<Token> toks, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += toks.get(k).isPunct() ? 0 : 1;
        }
        return n;
    }

    /** Time adverbs that sit between a verb's subject and its object ("استقبل X أمس Y"). */
    static final Set<String> TIME_WORDS = Set.of("امس", "اليوم", "الليله", "مساء", "صباح", "ظهر", "يوم", "الاثنين",
            "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد");
    private static final Set<String> NASAB = Set.of("بن", "ابن", "بنت");

    /**
     * Words between a subject and its object, not counting time adverbs nor the rest of a name the actor
     * layer left out ("الملك سلمان بن عبد العزيز": "بن عبد العزيز").
     */
    static int gapWords(List<Token> toks, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            String w = t.norm();
            int close = w.equals("،") || w.equals(",") ? closingComma(toks, k, to) : -1;
            if (close > 0) {
                k = close; // "رفض رئيس الأركان الإيراني، محمد باقري، مطالب ...": an apposition between commas
                continue;
            }
            if (t.isPunct() || TIME_WORDS.contains(w)) {
                continue;
            }
            if (NASAB.contains(w) && k + 1 < to) {
                k += toks.get(k + 1).norm().equals("عبد") && k + 2 < to ? 2 : 1;
                continue;
            }
            n++;
        }
        return n;
    }

    private static final java.util.regex.Pattern PLACE_HEADS =
            java.util.regex.Pattern.compile("[وف]?[بل]?(ال)?(عاصمه|مدينه|محافظه|بلده|منطقه|ولايه|اقليم)");
    private static final int APPOSITION = 4;

    /**
     * The object after a VSO subject: the first later group within {@code gap} words, passing over the
     * subject named again ("رئيس الأركان الإيراني الميجر جنرال، محمد باقري، ... مطالب الولايات المتحدة").
     */
    static List<Mention> objectAfterAppositions(List<Token> toks, List<Mention> subject, List<List<Mention>> later,
                                                int gap) {
        int from = subject.getLast().endToken();
        for (List<Mention> g : later) {
            if (gapWords(toks, from, g.getFirst().firstToken()) > gap) {
                return List.of();
            }
            boolean again = g.stream().allMatch(x -> x.code() != null
                    && subject.stream().anyMatch(y -> x.code().equals(y.code())));
            if (!again) {
                return g;
            }
            from = g.getLast().endToken();
        }
        return List.of();
    }

    /** The comma that closes a short parenthetical opened at {@code open}, or -1. */
    private static int closingComma(List<Token> toks, int open, int to) {
        for (int k = open + 1; k < Math.min(to, open + 2 + APPOSITION); k++) {
            String w = toks.get(k).norm();
            if (w.equals("،") || w.equals(",")) {
                return k;
            }
        }
        return -1;
    }

    static final Set<String> AGENT_VERBS = Set.of("نفذها", "شنها", "نفذه", "شنه", "شنتها", "نفذتها", "يشنها",
            "تشنها", "اطلقها", "اطلقتها", "اطلقه", "تبنتها", "تبناها", "وقعها", "وقعه", "ابرمها", "ابرمته", "ارسلها", "قدمها");

    /** "العقوبات الجديدة تستهدف ...": a sanction, not an attack. */
    static boolean sanctionContext(List<Token> toks, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String n = toks.get(k).norm();
            String st = toks.get(k).stem();
            if (n.endsWith("عقوبات") || n.equals("القرار") || n.equals("الاجراءات") || n.equals("التصنيف")
                || st.equals("قرار") || st.equals("قانون") || st.equals("مشروع")) {
                return true;
            }
        }
        return false;
    }

    /** "غارات نفذها الطيران التركي": the agent follows a verb that points back to the noun trigger. */
    static boolean agentAfter(List<Token> toks, TriggerLexicon.Match m) {
        for (int k = m.last() + 1; k < Math.min(toks.size(), m.last() + 3); k++) {
            if (AGENT_VERBS.contains(toks.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** A mention after a preposition is an object, never the subject of a VSO clause. */
    static boolean isObject(List<Token> toks, Mention m) {
        if (m.firstToken() == 0) {
            return false;
        }
        String prev = toks.get(m.firstToken() - 1).norm();
        if (prev.equals("علي") || prev.equals("ضد") || prev.equals("مع") || prev.equals("من") || prev.equals("الي")
            || prev.equals("تجاه") || prev.equals("عن")) {
            return true;
        }
        for (int k = m.firstToken() - 2; k >= Math.max(0, m.firstToken() - 3); k--) {
            String w = toks.get(k).norm();
            if (w.equals("مع") || w.equals("ضد") || w.equals("علي")) {
                return true;
            }
        }
        String first = toks.get(m.firstToken()).norm();
        return first.startsWith("لل") || first.startsWith("بال") || first.startsWith("ل") && m.kind() != Mention.Kind.STATE
               && m.kind() != Mention.Kind.CAPITAL && !first.startsWith("ال");
    }

    private static final Set<String> PREPOSITIONS = Set.of("علي", "ضد", "مع", "من", "الي", "تجاه", "عن", "في",
            "خلال", "امام", "لدي", "حول", "بشان", "وفي", "لصالح");

    private static final java.util.regex.Pattern OBJECT_PRONOUN = java.util.regex.Pattern.compile("(ها|هم|هما|ه)$");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

    /**
     * The actor a relative clause starting at token {@code left} refers to, when the trigger opens that
     * clause ("رئيس الوزراء الإسرائيلي الذي زار أوغندا"); empty otherwise.
     */
    static List<Mention> antecedent(List<Token> toks, Mention[] at, Sentence s, int left, int trigger, boolean visit) {
        if (left < s.firstToken() || left != trigger - 1 || !RELATIVE_PRONOUNS.contains(toks.get(left).norm())
            || OBJECT_PRONOUN.matcher(toks.get(trigger).norm()).find()) {
            // "جماعة الإخوان التي حظرتها القاهرة": a pronoun on the verb makes the antecedent its object
            return List.of();
        }
        List<List<Mention>> before = coded(groups(toks, at, Math.max(s.firstToken(), left - 8), left, visit));
        int end = before.isEmpty() ? -1 : before.getLast().getLast().endToken();
        boolean adjacent = end == left || end == left - 1 && toks.get(end).isPunct();
        if (!adjacent || prepositional(toks, before.getLast().getFirst())) {
            return List.of();
        }
        return before.getLast();
    }

    /** The mention is governed by a preposition: a word before it, or a clitic ل/ب on its first token. */
    static boolean prepositional(List<Token> toks, Mention m) {
        if (m.firstToken() > 0 && PREPOSITIONS.contains(toks.get(m.firstToken() - 1).norm())) {
            return true;
        }
        String p = toks.get(m.firstToken()).prefix();
        String bare = p.startsWith("و") || p.startsWith("ف") ? p.substring(1) : p;
        return bare.startsWith("ل") || bare.startsWith("ب");
    }

    /** The mention follows the word, directly or after a title or two ("مع معالي الأخ ..."). */
    static boolean withWord(List<Token> toks, Mention m, String word) {
        for (int k = m.firstToken() - 1; k >= Math.max(0, m.firstToken() - 3); k--) {
            if (toks.get(k).norm().equals(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean introducedBy(List<Token> toks, Mention m, String word) {
        return m.firstToken() > 0 && toks.get(m.firstToken() - 1).norm().equals(word);
    }

    /** "رئيس السلطة محمود عباس (أبومازن)": the same actor named again next to the source is not a target. */
    static List<Mention> withoutAppositions(List<Mention> src, List<Mention> tgt) {
        return tgt.stream().filter(t -> src.stream().noneMatch(x -> x.code() != null && x.code().equals(t.code())
                && (t.person() != null && t.person().equals(x.person())
                    || Math.abs(t.firstToken() - x.endToken()) <= 3))).toList();
    }

    static List<Mention> concat(List<Mention> a, List<Mention> b) {
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
        if (m.kind() == Mention.Kind.NATIONALITY) {
            // "تشهد العاصمة القطرية مباحثات", "في مدينة البصرة العراقية"
            for (int k = m.firstToken() - 1; k >= Math.max(0, m.firstToken() - 2); k--) {
                if (PLACE_HEADS.matcher(toks.get(k).norm()).matches()) {
                    return true;
                }
            }
            return false;
        }
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
        return LOCATIVE.contains(prev) || toIsPlace && prev.equals("الي");
    }

    /** Coordinated groups of actor mentions in tokens [from, to): "X و Y" and "X، وY" are one group. */
    static List<List<Mention>> groups(List<Token> toks, Mention[] at, int from, int to, boolean toIsPlace) {
        List<List<Mention>> out = new ArrayList<>();
        List<Mention> cur = null;
        int lastEnd = -10;
        int k = from;
        while (k < to) {
            Mention m = at[k];
            if (m != null && m.code() == null && m.kind() != Mention.Kind.PARTIES && m.endToken() < to
                && at[m.endToken()] != null && at[m.endToken()].code() != null
                && (toks.get(m.endToken()).prefix().startsWith("ل") || toks.get(m.endToken()).norm().startsWith("ل")
                    && !toks.get(m.endToken()).norm().startsWith("ال"))) {
                k = m.endToken(); // "الأمانة العامة لمنظمة التعاون": the office of the organisation is the organisation
                continue;
            }
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

    static boolean joined(List<Token> toks, int lastEnd, int next) {
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
    static boolean conj(Token t) {
        return t.prefix().startsWith("و");
    }

    static List<Mention> fromObject(List<Token> toks, Mention[] at, int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).norm().equals("من") && k + 1 < to && at[k + 1] != null) {
                return List.of(at[k + 1]);
            }
        }
        return List.of();
    }

    static Location location(AnalyzedText text, List<Token> toks, Mention[] at, Sentence s) {
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
    static TimeExpr precedingDate(AnalyzedText text, List<TimeExpr> dates, Sentence s) {
        int from = text.sentences().get(Math.max(0, s.index() - 2)).span().start();
        TimeExpr best = null;
        for (TimeExpr d : dates) {
            if (d.span().start() >= from && d.span().end() <= s.span().start() && d.value() != null && !since(d)
                && d.value().length() == 10) {
                best = d;
            }
        }
        return best;
    }

    static TimeExpr nearestDate(List<Token> toks, List<TimeExpr> dates, Sentence s, int anchor) {
        int pos = toks.get(anchor).span().start();
        TimeExpr best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TimeExpr d : dates) {
            if (!s.span().contains(d.span()) || since(d)) {
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

    /** "منذ ستة أشهر": a duration reaching back, not the day of the event. */
    static boolean since(TimeExpr d) {
        String t = d.text().strip();
        return t.startsWith("منذ") || t.startsWith("ومنذ");
    }
}
