package org.rasad.nlp.date;

import java.util.List;
import org.rasad.core.Token;

/** Token-level pieces of date expressions over one text: numbers, month names, years, directions. */
class DateTokens {
    static final int NO_DIR = 2;

    final List<Token> ts;
    final String[] keys;

    DateTokens(List<Token> ts, String[] keys) {
        this.ts = ts;
        this.keys = keys;
    }

    boolean same(int a, int b) {
        return b < ts.size() && ts.get(a).sentence() == ts.get(b).sentence();
    }

    String k(int i) {
        return i < keys.length ? keys[i] : "";
    }

    int number(int i, int maxDigits) {
        String s = k(i);
        if (s.isEmpty() || s.length() > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int c = 0; c < s.length(); c++) {
            char ch = s.charAt(c);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + ch - '0';
        }
        return v;
    }

    boolean isSep(int i) {
        String s = k(i);
        return s.equals("/") || s.equals("-") || s.equals(".") || s.equals("\\");
    }

    /** Gregorian month name at i (one or two tokens): returns {month, endIndex} or null. */
    int[] month(int i) {
        if (i + 1 < keys.length && same(i, i + 1)) {
            Integer two = DateLexicon.MONTHS.get(k(i) + " " + k(i + 1));
            if (two != null) {
                return new int[] {two, i + 2};
            }
        }
        Integer one = DateLexicon.MONTHS.get(k(i));
        return one == null ? null : new int[] {one, i + 1};
    }

    int[] hijriMonth(int i) {
        if (i + 1 < keys.length && same(i, i + 1)) {
            Integer two = DateLexicon.HIJRI_MONTHS.get(k(i) + " " + k(i + 1));
            if (two != null) {
                return new int[] {two, i + 2};
            }
        }
        Integer one = DateLexicon.HIJRI_MONTHS.get(k(i));
        return one == null ? null : new int[] {one, i + 1};
    }

    /** After a month name: skip "/ أيلول", "(أيلول)", " تموز" naming the same month. */
    int alternate(int i, int month) {
        int j = i;
        String close = null;
        if (k(j).equals("/") || k(j).equals("-") || k(j).equals("،")) {
            j++;
        } else if (k(j).equals("(")) {
            j++;
            close = ")";
        } else if (k(j).equals("«")) {
            j++;
            close = "»";
        }
        int[] alt = month(j);
        if (alt == null || alt[0] != month || !same(i - 1, j)) {
            return i;
        }
        j = alt[1];
        if (close != null && k(j).equals(close)) {
            j++;
        }
        return j;
    }

    /** An optional year after i: ["عام"] YYYY ["م"]; returns {year, end} or null. */
    int[] yearAfter(int i) {
        int j = i;
        if (DateLexicon.YEAR_WORDS.contains(k(j))) {
            j++;
        }
        if (k(j).equals(",") || k(j).equals("،")) {
            j++;
        }
        int y = number(j, 4);
        if (y < 1000 || !same(i, j)) {
            return null;
        }
        j++;
        if (DateLexicon.AD_MARKS.contains(k(j)) && same(i, j)) {
            j++;
        }
        return new int[] {y, j};
    }

    int direction(int i) {
        Integer d = DateLexicon.DIRECTIONS.get(k(i));
        return d == null ? NO_DIR : d;
    }

    /** "الأول", "الحادي عشر", "الخامس والعشرين": {day, end} or null. */
    int[] ordinal(int j) {
        Integer o = DateLexicon.ORDINALS.get(k(j));
        if (o == null) {
            return null;
        }
        int end = j + 1;
        if (o < 10 && k(end).equals("عشر")) {
            return new int[] {o + 10, end + 1};
        }
        if (o < 10 && (k(end).equals("العشرين") || k(end).equals("الثلاثين"))) {
            return new int[] {o + DateLexicon.ORDINALS.get(k(end)), end + 1};
        }
        return new int[] {o, end};
    }

    static int parse(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }
}
