package org.rasad.extract.events.standin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.Span;
import org.rasad.core.TimeExpr;
import org.rasad.core.Token;
import org.rasad.nlp.text.AnalyzedText;

/**
 * Private stand-in for the text branch's DateFinder: weekdays, "yesterday/today/tomorrow", day-month-year,
 * month-year and bare years, resolved against an anchor date (annotation guide rule 9).
 */
public final class SimpleDates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();

    static {
        String[][] m = {{"يناير", "كانون الثاني", "جانفي"}, {"فبراير", "شباط", "فيفري"}, {"مارس", "اذار"},
            {"ابريل", "نيسان", "افريل"}, {"مايو", "ايار", "ماي"}, {"يونيو", "حزيران", "جوان", "يونيه"},
            {"يوليو", "تموز", "جويليه", "يوليوز", "يوليه"}, {"اغسطس", "اب", "اوت", "غشت"},
            {"سبتمبر", "ايلول", "شتنبر"}, {"اكتوبر", "تشرين الاول"}, {"نوفمبر", "تشرين الثاني", "نونبر"},
            {"ديسمبر", "كانون الاول", "دجنبر"}};
        for (int i = 0; i < m.length; i++) {
            for (String s : m[i]) {
                MONTHS.put(s.split(" ")[0] + (s.contains(" ") ? "_" + s.split(" ")[1] : ""), i + 1);
            }
        }
        String[] d = {"الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"};
        for (int i = 0; i < d.length; i++) {
            DAYS.put(d[i], DayOfWeek.of(i + 1));
        }
    }

    private SimpleDates() {
    }

    /** The first full "day month year" date in the opening of a text (a dateline), or null. */
    public static LocalDate dateline(AnalyzedText text) {
        for (TimeExpr t : find(text, null)) {
            if (t.span().start() > 400) {
                break;
            }
            if (t.value() != null && t.value().length() == 10) {
                return LocalDate.parse(t.value());
            }
        }
        return null;
    }

    private static String strip(String n) {
        String s = n;
        if ((s.startsWith("و") || s.startsWith("ف")) && s.length() > 3 && !DAYS.containsKey(s)) {
            s = s.substring(1);
        }
        if ((s.startsWith("ب") || s.startsWith("ل") || s.startsWith("ك")) && s.length() > 3 && !MONTHS.containsKey(s)) {
            String t = s.substring(1);
            if (MONTHS.containsKey(t) || DAYS.containsKey(t)) {
                s = t;
            }
        }
        return s;
    }

    private static int month(List<Token> toks, int i, int[] len) {
        if (i >= toks.size()) {
            return 0;
        }
        String w = strip(toks.get(i).norm());
        if (i + 1 < toks.size()) {
            Integer two = MONTHS.get(w + "_" + toks.get(i + 1).norm());
            if (two != null) {
                len[0] = 2;
                return two;
            }
        }
        Integer one = MONTHS.get(w);
        if (one != null && !(w.equals("اب") || w.equals("ماي")) || one != null && i > 0
                && Character.isDigit(toks.get(i - 1).norm().charAt(0))) {
            len[0] = 1;
            return one;
        }
        return 0;
    }

    private static int number(List<Token> toks, int i) {
        if (i < 0 || i >= toks.size()) {
            return -1;
        }
        String n = toks.get(i).norm();
        if (n.isEmpty() || n.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < n.length(); k++) {
            int dv = Character.digit(n.charAt(k), 10);
            if (dv < 0) {
                return -1;
            }
            v = v * 10 + dv;
        }
        return v;
    }

    public static List<TimeExpr> find(AnalyzedText text, LocalDate anchor) {
        List<Token> toks = text.tokens();
        List<TimeExpr> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int[] len = {0};
            String w = strip(toks.get(i).norm());
            int mo = month(toks, i, len);
            if (mo > 0) {
                int start = i, end = i + len[0];
                int day = number(toks, i - 1);
                if (day >= 1 && day <= 31) {
                    start = i - 1;
                } else if (i >= 2 && toks.get(i - 1).norm().equals("/") && number(toks, i - 2) >= 1
                           && number(toks, i - 2) <= 31) {
                    day = number(toks, i - 2);
                    start = i - 2;
                }
                if (end + 1 < toks.size() && toks.get(end).norm().equals("/") && number(toks, end + 1) >= 1900) {
                    end++;
                }
                // skip "/ أيلول" alternative month names
                if (end + 1 < toks.size() && toks.get(end).norm().equals("/") && month(toks, end + 1, new int[1]) > 0) {
                    int[] l2 = {0};
                    month(toks, end + 1, l2);
                    end = end + 1 + l2[0];
                }
                int yi = end;
                if (yi < toks.size() && (toks.get(yi).norm().equals("عام") || toks.get(yi).norm().equals("سنه"))) {
                    yi++;
                }
                int year = number(toks, yi);
                String value = null;
                boolean future = false;
                if (year >= 1900 && year <= 2100) {
                    end = yi + 1;
                } else {
                    year = -1;
                    String nx = end < toks.size() ? toks.get(end).norm() : "";
                    if (anchor != null) {
                        if (nx.equals("الماضي")) {
                            year = mo >= anchor.getMonthValue() ? anchor.getYear() - 1 : anchor.getYear();
                            end++;
                        } else if (nx.equals("المقبل") || nx.equals("القادم")) {
                            year = mo <= anchor.getMonthValue() ? anchor.getYear() + 1 : anchor.getYear();
                            future = true;
                            end++;
                        } else if (day >= 1) {
                            year = anchor.getYear();
                        }
                    }
                }
                if (year > 0) {
                    value = day >= 1 && day <= 31 && start < i
                            ? String.format("%04d-%02d-%02d", year, mo, day) : String.format("%04d-%02d", year, mo);
                }
                if (start < i || year > 0 || end > i + len[0]) {
                    out.add(expr(text, start, end, value, future));
                }
                i = end;
                continue;
            }
            if (w.equals("عام") || w.equals("العام")) {
                int y = number(toks, i + 1);
                if (y >= 1900 && y <= 2100) {
                    out.add(expr(text, i, i + 2, Integer.toString(y), false));
                    i += 2;
                    continue;
                }
            }
            int y = number(toks, i);
            if (y >= 1900 && y <= 2100 && i > 0 && strip(toks.get(i - 1).norm()).equals("في")) {
                out.add(expr(text, i, i + 1, Integer.toString(y), false));
                i++;
                continue;
            }
            int[] rel = relative(toks, i, anchor);
            if (rel != null) {
                out.add(expr(text, i, rel[0], rel[1] == Integer.MIN_VALUE || anchor == null ? null
                        : anchor.plusDays(rel[1]).toString(), rel[1] > 0 && rel[1] != Integer.MIN_VALUE));
                i = rel[0];
                continue;
            }
            DayOfWeek dw = DAYS.get(w);
            if (dw != null) {
                out.add(weekday(text, toks, i, i, dw, anchor, 0));
                i = Math.max(i + 1, out.getLast().span().end() > toks.get(i).span().end() ? i + 2 : i + 1);
                continue;
            }
            i++;
        }
        return out;
    }

    /** {end token, day offset} for امس/اليوم/غدا (+ an optional weekday), or null. */
    private static int[] relative(List<Token> toks, int i, LocalDate anchor) {
        String w = strip(toks.get(i).norm());
        int off;
        int end = i + 1;
        switch (w) {
            case "امس", "البارحه" -> off = -1;
            case "اليوم" -> off = 0;
            case "غدا", "غد" -> off = 1;
            case "اول" -> {
                if (i + 2 < toks.size() && toks.get(i + 1).norm().equals("من") && toks.get(i + 2).norm().equals("امس")) {
                    off = -2;
                    end = i + 3;
                } else if (i + 1 < toks.size() && toks.get(i + 1).norm().equals("امس")) {
                    off = -2;
                    end = i + 2;
                } else {
                    return null;
                }
            }
            default -> {
                return null;
            }
        }
        if (end < toks.size() && DAYS.containsKey(strip(toks.get(end).norm()))) {
            if (off == 0 && anchor != null) {
                LocalDate d = anchor.with(TemporalAdjusters.previousOrSame(DAYS.get(strip(toks.get(end).norm()))));
                return new int[] {end + 1, (int) (d.toEpochDay() - anchor.toEpochDay())};
            }
            end++;
        }
        return new int[] {end, off};
    }

    private static TimeExpr weekday(AnalyzedText text, List<Token> toks, int start, int i, DayOfWeek dw,
                                    LocalDate anchor, int unused) {
        int end = i + 1;
        boolean next = end < toks.size() && (toks.get(end).norm().equals("المقبل") || toks.get(end).norm().equals("القادم"));
        boolean prev = end < toks.size() && toks.get(end).norm().equals("الماضي");
        if (next || prev) {
            end++;
        }
        String value = null;
        if (anchor != null) {
            LocalDate d = next ? anchor.with(TemporalAdjusters.next(dw)) : anchor.with(TemporalAdjusters.previousOrSame(dw));
            value = d.toString();
        }
        return expr(text, start, end, value, next);
    }

    private static TimeExpr expr(AnalyzedText text, int from, int to, String value, boolean future) {
        Span s = new Span(text.tokens().get(from).span().start(), text.tokens().get(to - 1).span().end());
        return new TimeExpr(s, s.of(text.original()), value, future);
    }
}
