package org.rasad.nlp.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.rasad.core.Token;
import org.rasad.nlp.date.DateLexicon.Unit;
import org.rasad.nlp.date.DateMath.Value;

/** The date matchers of {@link DateFinder}, over one text and its document date. */
final class DateScan extends DateTokens {
    /** One matched core: tokens up to {@code end} (exclusive) and its resolved value. */
    record Match(int end, Value value) {
    }

    private final LocalDate doc;

    DateScan(List<Token> ts, String[] keys, LocalDate doc) {
        super(ts, keys);
        this.doc = doc;
    }

    Match core(int j, boolean lead) {
        Match m = numeric(j);
        if (m == null) {
            m = relativeDay(j);
        }
        if (m == null) {
            m = weekday(j);
        }
        if (m == null) {
            m = dayMonth(j);
        }
        if (m == null) {
            m = monthFirst(j, lead);
        }
        if (m == null) {
            m = unitRelative(j, lead);
        }
        if (m == null) {
            m = year(j);
        }
        if (m == null && (k(j).equals("قبل") || k(j).equals("منذ"))) {
            m = ago(j);
        }
        if (m == null && k(j).equals("موخرا") && doc != null) {
            m = new Match(j + 1, DateMath.month(YearMonth.from(doc), doc));
        }
        return m;
    }

    /** "قبل يومين", "منذ ثلاثة أيام", "قبل 5 سنوات", "قبل أسبوع": the document date minus a duration. */
    Match ago(int j) {
        int i = j + 1;
        int count = number(i, 3);
        if (count < 0) {
            Integer w = DateLexicon.COUNTS.get(k(i));
            count = w == null ? -1 : w;
        }
        if (count >= 0) {
            i++;
        }
        int[] unit = same(j, i) ? DateLexicon.DURATIONS.get(k(i)) : null;
        if (unit == null || (count < 0) == (unit[0] == 0)) {
            return null;
        }
        int n = count >= 0 ? count : unit[0];
        if (doc == null) {
            return new Match(i + 1, Value.NONE);
        }
        Value v = switch (unit[1]) {
            case 0 -> DateMath.day(doc.minusDays(n), doc);
            case 1 -> DateMath.month(YearMonth.from(doc.minusWeeks(n)), doc);
            case 2 -> DateMath.month(YearMonth.from(doc).minusMonths(n), doc);
            default -> DateMath.year(doc.getYear() - n, doc);
        };
        return new Match(i + 1, v);
    }

    Match numeric(int j) {
        String s = k(j);
        int y;
        int m;
        int d;
        int end;
        if (s.length() >= 8 && s.length() <= 10 && s.indexOf('.') > 0) {
            String[] p = s.split("\\.");
            if (p.length != 3) {
                return null;
            }
            int a = parse(p[0]);
            int c = parse(p[2]);
            boolean ymd = p[0].length() == 4;
            y = ymd ? a : c;
            m = parse(p[1]);
            d = ymd ? c : a;
            end = j + 1;
        } else {
            int a = number(j, 4);
            if (a < 0 || !isSep(j + 1) || !same(j, j + 4) || !k(j + 3).equals(k(j + 1))) {
                return null;
            }
            int[] mn = month(j + 2);
            m = mn != null && mn[1] == j + 3 ? mn[0] : number(j + 2, 2);
            int c = number(j + 4, 4);
            if (m < 0 || c < 0) {
                return null;
            }
            if (k(j).length() == 4) {
                y = a;
                d = c;
            } else if (k(j + 4).length() == 4) {
                y = c;
                d = a;
                if (mn == null && DateMath.date(2000, m, d) == null && DateMath.date(2000, d, m) != null) {
                    d = m; // mm/dd/yyyy when only that reading is valid
                    m = a;
                }
            } else {
                return null;
            }
            end = j + 5;
        }
        boolean ah = same(j, end) && DateLexicon.AH_MARKS.contains(k(end));
        if (ah) {
            end++;
        }
        LocalDate date = y >= 1300 && y <= 1500 ? DateMath.hijri(y, m, d) : y >= 1000 && !ah ? DateMath.date(y, m, d) : null;
        return date == null ? null : new Match(end, DateMath.day(date, doc));
    }

    Match relativeDay(int j) {
        int off;
        int end;
        if (k(j).equals("اول") && k(j + 1).equals("من") && k(j + 2).equals("امس")) {
            off = -2;
            end = j + 3;
        } else if (k(j).equals("اول") && k(j + 1).equals("امس")) {
            off = -2;
            end = j + 2;
        } else if (k(j).equals("بعد") && (k(j + 1).equals("غد") || k(j + 1).equals("غدا"))) {
            off = 2;
            end = j + 2;
        } else if (DateLexicon.DAY_WORDS.containsKey(k(j))) {
            off = DateLexicon.DAY_WORDS.get(k(j));
            end = j + 1;
            if (off == -1 && k(end).equals("الاول")) {
                off = -2;
                end++;
            }
        } else {
            return null;
        }
        if (!same(j, end - 1)) {
            return null;
        }
        LocalDate anchor = doc == null ? null : doc.plusDays(off);
        DayOfWeek dow = same(j, end) ? DateLexicon.WEEKDAYS.get(k(end)) : null;
        if (dow != null) {
            anchor = DateMath.nearestWeekday(dow, anchor, off > 0 ? null : doc);
            end++;
            Match explicit = explicitAfter(j, end);
            if (explicit != null) {
                return explicit;
            }
        }
        Value v = DateMath.day(anchor, doc);
        return new Match(end, new Value(v.value(), off > 0 || v.future()));
    }

    Match weekday(int j) {
        DayOfWeek dow = DateLexicon.WEEKDAYS.get(k(j));
        if (dow == null || (dow == DayOfWeek.MONDAY && j > 0 && (k(j - 1).equals("بين") || k(j - 1).equals("كلا")))) {
            return null; // "بين الاثنين": "the two", not Monday
        }
        int end = j + 1;
        if (same(j, end) && DateLexicon.WEEKDAYS.containsKey(k(end))) {
            end++; // "ليل الأربعاء الخميس": the night between, dated by the first
        }
        int dir = same(j, end) ? direction(end) : NO_DIR;
        if (dir != NO_DIR) {
            end++;
        }
        Match explicit = explicitAfter(j, end);
        if (explicit != null) {
            return explicit;
        }
        LocalDate d = DateMath.weekday(dow, dir == NO_DIR ? 0 : dir, doc);
        Value v = DateMath.day(d, doc);
        return new Match(end, new Value(v.value(), dir == 1 || v.future()));
    }

    /** "الأحد 03/09/2023", "الأربعاء (24 تموز 2024)": a full explicit date right after a weekday wins. */
    Match explicitAfter(int j, int end) {
        String sep = k(end);
        int e = sep.equals("(") || sep.equals("،") || sep.equals(",") || sep.equals("-") || sep.equals("الموافق")
                || sep.equals("يوم") ? end + 1 : end;
        if (!same(j, e)) {
            return null;
        }
        Match m = numeric(e);
        if (m == null) {
            m = dayMonth(e);
        }
        if (m == null || m.value().value() == null || m.value().value().length() != 10
            || !(e > end || number(e, 4) >= 0)) {
            return null;
        }
        int stop = m.end();
        if (sep.equals("(") && k(stop).equals(")")) {
            stop++;
        }
        return new Match(stop, m.value());
    }

    /** Day (number or ordinal) + month [+ alternate] [+ year] [+ direction], Gregorian or Hijri. */
    Match dayMonth(int j) {
        int day = number(j, 2);
        int m0 = j + 1;
        if (day < 1) {
            int[] ord = ordinal(j);
            if (ord == null) {
                return null;
            }
            day = ord[0];
            m0 = ord[1];
        }
        if (k(m0).equals("من") && same(j, m0 + 1)) {
            m0++;
        }
        if (day < 1 || day > 31 || !same(j, m0)) {
            return null;
        }
        int[] mn = month(m0);
        if (mn == null) {
            Match rel = ofThisMonth(j, day, m0);
            return rel != null ? rel : hijri(j, day, m0);
        }
        int end = alternate(mn[1], mn[0]);
        int[] y = same(j, end) ? yearAfter(end) : null;
        if (y != null) {
            LocalDate d = DateMath.date(y[0], mn[0], day);
            return d == null ? null : new Match(y[1], DateMath.day(d, doc));
        }
        int dir = same(j, end) ? direction(end) : NO_DIR;
        if (dir != NO_DIR) {
            end++;
        }
        LocalDate d = DateMath.inferDay(mn[0], day, dir, doc);
        Value v = DateMath.day(d, doc);
        return new Match(end, new Value(v.value(), dir == 1 || v.future()));
    }

    /** "السابع عشر من الشهر القادم", "17 من الشهر الجاري", "في 17 الجاري": a day of a month near the document's. */
    Match ofThisMonth(int j, int day, int m0) {
        int u = m0;
        int dir = direction(u);
        if (dir == NO_DIR) {
            if (DateLexicon.UNITS.get(k(u)) != Unit.MONTH || !same(j, u + 1)) {
                return null;
            }
            u++;
            dir = direction(u);
            if (dir == NO_DIR) {
                return null;
            }
        } else if (dir != 0) {
            return null; // only "17 الجاري" stands without "الشهر"
        }
        if (doc == null) {
            return new Match(u + 1, new Value(null, dir > 0));
        }
        YearMonth ym = YearMonth.from(doc).plusMonths(dir);
        LocalDate d = DateMath.date(ym.getYear(), ym.getMonthValue(), day);
        Value v = DateMath.day(d, doc);
        return d == null ? null : new Match(u + 1, new Value(v.value(), dir > 0 || v.future()));
    }

    Match hijri(int j, int day, int m0) {
        int[] hm = hijriMonth(m0);
        if (hm == null) {
            return null;
        }
        int end = hm[1];
        int y = number(end, 4);
        if (y > 0 && same(j, end)) {
            end++;
            if (DateLexicon.AH_MARKS.contains(k(end)) && same(j, end)) {
                end++;
            }
            LocalDate d = day > 0 ? DateMath.hijri(y, hm[0], day) : DateMath.hijri(y, hm[0], 15);
            if (d == null) {
                return null;
            }
            return new Match(end, day > 0 ? DateMath.day(d, doc) : DateMath.month(YearMonth.from(d), doc));
        }
        if (day < 1 || doc == null) {
            return day < 1 ? null : new Match(end, Value.NONE);
        }
        int hy = DateMath.hijriYearOf(doc);
        LocalDate d = DateMath.hijri(hy, hm[0], day);
        if (d != null && d.isAfter(doc.plusDays(30))) {
            d = DateMath.hijri(hy - 1, hm[0], day);
        }
        return new Match(end, DateMath.day(d, doc));
    }

    /** Month first: "نوفمبر عام 2008", "يونيو الماضي", "فبراير شباط", "رمضان 1436". */
    Match monthFirst(int j, boolean lead) {
        int[] mn = month(j);
        if (mn == null) {
            int[] hm = hijriMonth(j);
            return hm != null && number(hm[1], 4) > 0 ? hijri(j, 0, j) : null;
        }
        int end = alternate(mn[1], mn[0]);
        int[] y = same(j, end) ? yearAfter(end) : null;
        if (y != null) {
            return new Match(y[1], DateMath.month(YearMonth.of(y[0], mn[0]), doc));
        }
        int dir = same(j, end) ? direction(end) : NO_DIR;
        if (dir != NO_DIR) {
            end++;
        } else if (DateLexicon.AMBIGUOUS_MONTHS.contains(k(j)) && !lead && end == mn[1]) {
            return null;
        }
        YearMonth ym = DateMath.inferMonth(mn[0], dir, doc);
        Value v = DateMath.month(ym, doc);
        return new Match(end, new Value(v.value(), dir == 1 || v.future()));
    }

    /** "الشهر الماضي", "العام المقبل", "هذا الأسبوع", "الصيف الماضي", "(نهاية) الصيف". */
    Match unitRelative(int j, boolean lead) {
        boolean demonstrative = k(j).equals("هذا") || k(j).equals("هذه");
        int u = demonstrative ? j + 1 : j;
        Unit unit = same(j, u) ? DateLexicon.UNITS.get(k(u)) : null;
        if (unit == null) {
            return null;
        }
        int dir = same(j, u + 1) ? direction(u + 1) : NO_DIR;
        int end = dir == NO_DIR ? u + 1 : u + 2;
        if (dir == NO_DIR) {
            if (!demonstrative && !lead) {
                return null;
            }
            dir = 0;
        }
        if (doc == null) {
            return new Match(end, new Value(null, dir > 0));
        }
        Value v = switch (unit) {
            case WEEK -> DateMath.month(YearMonth.from(doc.plusDays(7L * dir)), doc);
            case MONTH -> DateMath.month(YearMonth.from(doc).plusMonths(dir), doc);
            case YEAR -> DateMath.year(doc.getYear() + dir, doc);
            default -> DateMath.year(DateMath.seasonYear(unit, dir, doc), doc);
        };
        return new Match(end, new Value(v.value(), dir > 0 || v.future()));
    }

    /** "عام 1953", "في 2010", "2016م", "1436 هـ". */
    Match year(int j) {
        int start = j;
        boolean cue = j > 0 && same(j - 1, j) && DateLexicon.YEAR_CUES.contains(k(j - 1));
        if (DateLexicon.YEAR_WORDS.contains(k(j))) {
            cue = true;
            j++;
            if (!same(start, j)) {
                return null;
            }
        }
        int y = number(j, 4);
        if (y < 1000) {
            return null;
        }
        int end = j + 1;
        if (same(j, end) && DateLexicon.AH_MARKS.contains(k(end)) && y >= 1300 && y <= 1600) {
            LocalDate mid = DateMath.hijri(y, 6, 15);
            return mid == null ? null : new Match(end + 1, DateMath.year(mid.getYear(), doc));
        }
        boolean ad = same(j, end) && DateLexicon.AD_MARKS.contains(k(end));
        if (ad) {
            end++;
        }
        if (!(cue || ad) || y < 1900 || y > 2100) {
            return null;
        }
        return new Match(end, DateMath.year(y, doc));
    }
}
