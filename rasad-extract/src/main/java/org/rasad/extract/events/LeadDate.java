package org.rasad.extract.events;

import java.time.LocalDate;
import java.util.List;
import org.rasad.core.Sentence;
import org.rasad.core.TimeExpr;
import org.rasad.nlp.text.AnalyzedText;

/**
 * The day a news report's lead gives ("... اليوم الأربعاء", "... أمس"): later sentences about the story rarely
 * repeat it, so an event stated without date words takes it rather than only the publication month. Only a
 * day in the publication month, on or before the publication date, and only from the first sentences.
 * Pure function.
 */
public final class LeadDate {
    private static final int LEAD_SENTENCES = 2;

    private LeadDate() {
    }

    /** The lead's day-precision date, or null. */
    public static TimeExpr of(AnalyzedText text, List<TimeExpr> dates, LocalDate published) {
        if (published == null || text.sentences().isEmpty()) {
            return null;
        }
        List<Sentence> ss = text.sentences();
        int end = ss.get(Math.min(ss.size(), LEAD_SENTENCES) - 1).span().end();
        String month = published.toString().substring(0, 7);
        TimeExpr best = null;
        for (TimeExpr d : dates) {
            boolean day = d.value() != null && d.value().length() == 10 && !d.future() && !Clauses.since(d);
            boolean earliest = best == null || d.span().start() < best.span().start();
            if (d.span().start() < end && earliest && day && d.value().startsWith(month)
                && d.value().compareTo(published.toString()) <= 0) {
                best = d;
            }
        }
        return best;
    }
}
