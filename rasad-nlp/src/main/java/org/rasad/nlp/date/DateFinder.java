package org.rasad.nlp.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.rasad.core.Span;
import org.rasad.core.TimeExpr;
import org.rasad.core.Token;
import org.rasad.nlp.date.DateLexicon.Unit;
import org.rasad.nlp.date.DateMath.Value;
import org.rasad.nlp.text.AnalyzedText;

/**
 * Finds date expressions in analysed Arabic text and resolves them against the document date, in one
 * left-to-right pass over tokens with precomputed maps ({@link DateLexicon}).
 *
 * <p>Forms: numeric (03/09/2023, 2023-09-03, 03/سبتمبر/2023); day + month (+ alternate month name,
 * "سبتمبر/ أيلول", "يوليو تموز") + optional year, "عام", era mark and direction ("27 سبتمبر الماضي",
 * "الأول من إبريل الجاري"); month + year ("نوفمبر عام 2008"), month + direction ("يونيو الماضي") or a bare
 * month (year inferred); Hijri dates with a day or year ("26 شوال 1436 هـ", umalqura); weekdays (last such
 * day on or before the document date; "المقبل" the next one after; "الماضي" the one before); أمس, أول من
 * أمس, اليوم, غدا, بعد غد (with an optional weekday: "أمس الاثنين"); "الشهر/العام/الأسبوع/الصيف
 * الماضي/المقبل/الجاري", "هذا الشهر"; years ("عام 1953", "في 2010", "1436 هـ"); "مؤخرا" (document month).
 * Leading words such as مساء، صباح، يوم، منتصف، مطلع are kept in the span.
 *
 * <p>Without a document date, expressions that need one are returned with a null value. {@code future}
 * is true for forward-looking words (غدا، المقبل) and for values after the document date.
 */
public final class DateFinder {
    private DateFinder() {
    }

    /** All date expressions of {@code text}, in order; never throws. */
    public static List<TimeExpr> find(AnalyzedText text, LocalDate docDate) {
        List<TimeExpr> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<Token> ts = text.tokens();
        String[] keys = new String[ts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(ts.get(i));
        }
        DateScan scan = new DateScan(ts, keys, docDate);
        int i = 0;
        while (i < ts.size()) {
            if (!DateLexicon.mayStart(keys[i])) {
                i++;
                continue;
            }
            int j = i;
            boolean lead = false;
            while (j < ts.size() && j < i + 2 && (DateLexicon.DAY_PARTS.contains(keys[j])
                                                  || DateLexicon.PART_WORDS.contains(keys[j])) && scan.same(i, j)) {
                j++;
                lead = true;
            }
            DateScan.Match m = j < ts.size() ? scan.core(j, lead) : null;
            if (m == null && lead) {
                m = scan.core(i, false);
                j = i;
            }
            if (m == null) {
                i++;
                continue;
            }
            int from = lead && m != null ? i : j;
            Span span = new Span(ts.get(from).span().start(), ts.get(m.end() - 1).span().end());
            out.add(new TimeExpr(span, span.of(text.original()), m.value().value(), m.value().future()));
            i = m.end();
        }
        return out;
    }

    /** Lookup key of a token: the article form of its stem, or its stem after a conjunction. */
    static String key(Token t) {
        String norm = t.norm();
        if (t.prefix().isEmpty() && norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')
            && !DateLexicon.mayStart(norm) && DateLexicon.mayStart(norm.substring(1))) {
            return norm.substring(1); // "وآب": a conjunction the clitic analysis left on a short word
        }
        if (t.stem().isEmpty() || !t.suffix().isEmpty()) {
            return norm;
        }
        String p = t.prefix();
        if (p.isEmpty() || p.equals("ال")) {
            return t.norm();
        }
        if (p.endsWith("ال") || p.endsWith("لل")) {
            return "ال" + t.stem();
        }
        return p.isEmpty() ? t.norm() : t.stem();
    }

    /** The matchers, over one text. */
}
