package org.rasad.nlp.clean;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small finder for a page's own date in its header lines ("آخر تحديث: 25 يوليوز 2024",
 * "الأحد 03/سبتمبر/2023", "2024-07-25", "25/07/2024"). Gregorian month names in their Egyptian/Gulf,
 * Levantine, Maghrebi and Algerian forms; Arabic-Indic digits. Private fallback until the text module's
 * date finder is available.
 */
final class DocDates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern NAMED;
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d])(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");

    static {
        String[][] names = {
            {"يناير", "كانون الثاني", "جانفي", "جانفييه"},
            {"فبراير", "شباط", "فيفري"},
            {"مارس", "آذار", "اذار"},
            {"أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"},
            {"مايو", "أيار", "ايار", "ماي"},
            {"يونيو", "يونيه", "حزيران", "جوان"},
            {"يوليو", "يوليه", "تموز", "يوليوز", "جويلية", "جويلة"},
            {"أغسطس", "اغسطس", "آب", "اب", "غشت", "أوت", "اوت"},
            {"سبتمبر", "أيلول", "ايلول", "شتنبر"},
            {"أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"},
            {"نوفمبر", "تشرين الثاني", "نونبر"},
            {"ديسمبر", "كانون الأول", "كانون الاول", "دجنبر"},
        };
        StringBuilder alt = new StringBuilder();
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
        MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .forEach(n -> alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(n)));
        NAMED = Pattern.compile("(?<![\\d])(\\d{1,2})\\s*[/\\-]?\\s*(" + alt + ")(?:\\s*/\\s*[\\p{IsArabic}]+)?"
                + "\\s*[/\\-،,]?\\s*(\\d{4})(?![\\d])");
    }

    private DocDates() {
    }

    /** The first date written in {@code s}, or null. */
    static LocalDate find(CharSequence s) {
        String t = asciiDigits(s);
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = NAMED.matcher(t);
        if (m.find()) {
            LocalDate d = of(m.group(3), MONTHS.get(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = ISO.matcher(t);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = NUMERIC.matcher(t);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    private static LocalDate of(String year, Integer month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (month == null || y < 1900 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String asciiDigits(CharSequence s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) {
            char ch = s.charAt(i);
            if (ch >= '\u0660' && ch <= '\u0669') {
                ch = (char) ('0' + (ch - '\u0660'));
            } else if (ch >= '\u06F0' && ch <= '\u06F9') {
                ch = (char) ('0' + (ch - '\u06F0'));
            }
            c[i] = ch;
        }
        return new String(c);
    }
}
