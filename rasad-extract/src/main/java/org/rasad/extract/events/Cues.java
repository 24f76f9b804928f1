package org.rasad.extract.events;

import java.util.List;
import java.util.Set;
import org.rasad.core.Modality;
import org.rasad.core.Span;
import org.rasad.core.Token;

/** Modality cues around a trigger (planned, negated, hypothetical), with the span of the cue. */
final class Cues {
    /** A modality and the words that signalled it (null span for plain assertions). */
    record Found(Modality modality, Span cue) {
    }

    private static final Set<String> PLANNED = Set.of("سوف", "المقرر", "المزمع", "يعتزم", "تعتزم", "يعتزمان",
            "تعتزمان", "يعتزمون", "مزمع", "مقرر", "المرتقب", "المرتقبه", "المقبله", "المقبل", "القادمه", "القادم",
            "تستعد", "يستعد", "يتوقع", "ينتظر", "قررت", "قرر", "يرتقب");
    private static final Set<String> NEGATED = Set.of("لم", "لن", "لا", "عدم", "ليس", "ليست", "نفي", "نفت", "ينفي",
            "تنفي", "نفيه", "ولم", "ولن", "ولا");
    private static final Set<String> HYPO = Set.of("اذا", "لو", "حال", "حاله", "ربما", "لولا", "شريطه", "شرط",
            "واذا", "ولو", "وربما", "يمكن", "قد", "وقد", "ان", "فاذا");
    /** "دعا إلى ضرب فرنسا": an act called for is not done. */
    private static final Set<String> CALLS = Set.of("دعا", "ودعا", "دعت", "ودعت", "يدعو", "تدعو", "دعوه", "دعوته",
            "دعوتها", "طالب", "وطالب", "طالبت", "وطالبت", "يطالب", "تطالب", "مطالبه", "حث", "وحث", "حثت", "ناشد",
            "وناشد", "ناشدت");
    private static final Set<String> BOUNDARY = Set.of("،", ",", ";", "؛", ":", ".", "و");

    private Cues() {
    }

    /** The trigger is the object of a call: "إلى" right before it, a calling verb shortly before that. */
    private static boolean calledFor(List<Token> toks, int sentStart, int anchor) {
        if (anchor - 1 < sentStart || !toks.get(anchor - 1).norm().equals("الي")) {
            return false;
        }
        for (int k = anchor - 2; k >= Math.max(sentStart, anchor - 6); k--) {
            if (CALLS.contains(toks.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    static Found find(List<Token> toks, int sentStart, int anchor, int last, boolean futurePrefix) {
        Token a = toks.get(anchor);
        if (futurePrefix) {
            return new Found(Modality.PLANNED, a.span());
        }
        if (anchor - 1 >= sentStart && toks.get(anchor - 1).norm().equals("اي")) {
            return new Found(Modality.HYPOTHETICAL, toks.get(anchor - 1).span()); // "ردا على أي اعتداء"
        }
        if (calledFor(toks, sentStart, anchor)) {
            return new Found(Modality.HYPOTHETICAL, toks.get(anchor - 1).span());
        }
        for (int k = anchor - 1; k >= Math.max(sentStart, anchor - 5); k--) {
            Token t = toks.get(k);
            String n = t.norm();
            if (BOUNDARY.contains(n)) {
                break;
            }
            if (NEGATED.contains(n) && !(k + 1 < toks.size() && toks.get(k + 1).norm().matches("[يت]زال.*"))) {
                return new Found(Modality.NEGATED, t.span());
            }
            if (n.equals("قد") || n.equals("وقد")) {
                char c = a.norm().charAt(a.norm().startsWith("و") ? 1 : 0);
                if (k == anchor - 1 && (c == 'ي' || c == 'ت')) {
                    return new Found(Modality.HYPOTHETICAL, t.span());
                }
                continue;
            }
            if (n.equals("ان") || n.equals("يمكن")) {
                continue;
            }
            if (HYPO.contains(n)) {
                Span cue = t.span();
                if ((n.equals("حال") || n.equals("حاله")) && k > sentStart && toks.get(k - 1).norm().equals("في")) {
                    cue = new Span(toks.get(k - 1).span().start(), t.span().end());
                }
                return new Found(Modality.HYPOTHETICAL, cue);
            }
            if (n.equals("في") && k + 1 < anchor && toks.get(k + 1).norm().startsWith("حال")) {
                return new Found(Modality.HYPOTHETICAL, t.span());
            }
            if (PLANNED.contains(n) || n.startsWith("سي") && n.length() > 3 && k == anchor - 1) {
                return new Found(Modality.PLANNED, t.span());
            }
        }
        for (int k = last + 1; k <= Math.min(toks.size() - 1, last + 2); k++) {
            String n = toks.get(k).norm();
            if (n.equals("المزمع") || n.equals("المقرر") || n.equals("المرتقب") || n.equals("المرتقبه")
                || n.equals("المقبله") || n.equals("المقبل") || n.equals("القادمه") || n.equals("القادم")) {
                return new Found(Modality.PLANNED, toks.get(k).span());
            }
        }
        return new Found(Modality.ASSERTED, null);
    }
}
