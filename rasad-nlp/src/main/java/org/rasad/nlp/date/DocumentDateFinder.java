package org.rasad.nlp.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.TimeExpr;
import org.rasad.core.Token;
import org.rasad.nlp.text.AnalyzedText;
import org.rasad.nlp.text.ArabicNormalizer;

/**
 * Finds a document's own date: a full explicit date (day, month and year written out, 1990–2100) that
 * is either right after a publication cue (تحديث، نشر: "آخر تحديث: 25 يوليوز 2024") or a dateline /
 * date stamp: in one of the first lines of the head, near the start of its line or on a short line
 * ("الأحد 03/سبتمبر/2023 - 04:20 م", "بغداد - 12 أكتوبر 2024", "2023-09-03", "03/09/2023",
 * "الرياض 26 شوال 1436 هـ"). Further down only cued dates count. Relative words (أمس), dates without a
 * year and dates inside the running text of the first paragraph are never a document date.
 */
public final class DocumentDateFinder {
    /** Characters of the head searched for a dateline. */
    static final int HEAD = 700;
    /** A dateline lies in one of the first lines, within this many chars of the line start ... */
    private static final int MAX_LINE = 8;
    private static final int LINE_START = 40;
    /** ... or on a line this short (a date stamp line). */
    private static final int SHORT_LINE = 60;
    /** Publication cue words; one of them must be among the few words right before the date. */
    private static final Set<String> CUES = Set.of(
        ArabicNormalizer.fold("تحديث"), ArabicNormalizer.fold("نشر"), ArabicNormalizer.fold("النشر"),
        ArabicNormalizer.fold("التحديث"), ArabicNormalizer.fold("محدث"), "published", "updated", "posted");
    private static final int CUE_TOKENS = 4;

    private DocumentDateFinder() {
    }

    /** The document's date, if its text states one; never throws. */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String head = text.length() > HEAD ? text.substring(0, cut(text, HEAD)) : text;
        AnalyzedText ha = AnalyzedText.of(head);
        for (TimeExpr t : DateFinder.find(ha, null)) {
            if (isFullDay(t) && plausible(t) && (cued(ha, t) || dateline(head, t))) {
                return Optional.of(LocalDate.parse(t.value()));
            }
        }
        if (text.length() <= head.length()) {
            return Optional.empty();
        }
        AnalyzedText all = AnalyzedText.of(text);
        for (TimeExpr t : DateFinder.find(all, null)) {
            if (isFullDay(t) && plausible(t) && cued(all, t)) {
                return Optional.of(LocalDate.parse(t.value()));
            }
        }
        return Optional.empty();
    }

    /** A publication cue word (تحديث، نشر) among the few tokens right before the date. */
    private static boolean cued(AnalyzedText at, TimeExpr t) {
        List<Token> ts = at.tokens();
        int i = 0;
        while (i < ts.size() && ts.get(i).span().start() < t.span().start()) {
            i++;
        }
        for (int k = i - 1; k >= 0 && k >= i - CUE_TOKENS; k--) {
            Token tok = ts.get(k);
            if (CUES.contains(tok.norm()) || CUES.contains(tok.stem())) {
                return true;
            }
        }
        return false;
    }

    /** In one of the first lines, near its start or on a short line: a dateline or a date stamp. */
    private static boolean dateline(String text, TimeExpr t) {
        int start = t.span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', start);
        int lineLen = (lineEnd < 0 ? text.length() : lineEnd) - lineStart;
        int lines = 0;
        for (int i = 1; i < lineStart; i++) {
            if (text.charAt(i) == '\n' && text.charAt(i - 1) != '\n') {
                lines++;
            }
        }
        return lines < MAX_LINE && (start - lineStart <= LINE_START || lineLen <= SHORT_LINE);
    }

    /** Publication dates of news: not a birth date or a historical reference. */
    private static boolean plausible(TimeExpr t) {
        int y = Integer.parseInt(t.value().substring(0, 4));
        return y >= 1990 && y <= 2100;
    }

    private static boolean isFullDay(TimeExpr t) {
        return t.value() != null && t.value().length() == 10;
    }

    /** Extends a cut point to the end of the current word so a date is not split. */
    private static int cut(String text, int at) {
        int i = Math.min(at, text.length());
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
