package org.rasad.nlp.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasad.core.TimeExpr;
import org.rasad.nlp.text.AnalyzedText;
import org.rasad.nlp.text.ArabicNormalizer;

/**
 * Finds a document's own date: the first full explicit date (day, month and year written out) in its
 * head ("آخر تحديث: 25 يوليوز 2024", "الأحد 03/سبتمبر/2023", "بغداد - 12 أكتوبر 2024", "2023-09-03",
 * "03/09/2023"), or, further down, one right after a publication cue (نشر، تحديث، بتاريخ). Relative words
 * (أمس) and dates without a year are never a document date.
 */
public final class DocumentDateFinder {
    /** Characters of the head searched for any full date. */
    static final int HEAD = 700;
    private static final int CUE_WINDOW = 40;
    private static final Set<String> CUES = Set.of(
        ArabicNormalizer.fold("تحديث"), ArabicNormalizer.fold("نشر"), ArabicNormalizer.fold("تاريخ"),
        ArabicNormalizer.fold("بتاريخ"), ArabicNormalizer.fold("التاريخ"), ArabicNormalizer.fold("النشر"),
        ArabicNormalizer.fold("التحديث"), ArabicNormalizer.fold("published"), ArabicNormalizer.fold("updated"));

    private DocumentDateFinder() {
    }

    /** The document's date, if its text states one; never throws. */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String head = text.length() > HEAD ? text.substring(0, cut(text, HEAD)) : text;
        Optional<LocalDate> inHead = firstFull(head, 0, head.length());
        if (inHead.isPresent()) {
            return inHead;
        }
        if (text.length() <= HEAD) {
            return Optional.empty();
        }
        return cueSearch(text);
    }

    private static Optional<LocalDate> cueSearch(String text) {
        AnalyzedText at = AnalyzedText.of(text);
        List<TimeExpr> all = DateFinder.find(at, null);
        for (TimeExpr t : all) {
            if (isFullDay(t)) {
                int s = Math.max(0, t.span().start() - CUE_WINDOW);
                String before = ArabicNormalizer.fold(text.substring(s, t.span().start()));
                for (String cue : CUES) {
                    if (before.contains(cue)) {
                        return Optional.of(LocalDate.parse(t.value()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstFull(String text, int from, int to) {
        AnalyzedText at = AnalyzedText.of(text);
        for (TimeExpr t : DateFinder.find(at, null)) {
            if (t.span().start() >= from && t.span().end() <= to && isFullDay(t)) {
                return Optional.of(LocalDate.parse(t.value()));
            }
        }
        return Optional.empty();
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
