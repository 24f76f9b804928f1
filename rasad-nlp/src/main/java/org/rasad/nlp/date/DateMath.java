package org.rasad.nlp.date;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.JulianFields;
import java.time.temporal.TemporalAdjusters;

/** Pure date arithmetic for {@link DateFinder}: year inference, weekdays, seasons, Hijri conversion. */
final class DateMath {
    private DateMath() {
    }

    /** A resolved value and whether it lies after the document date. */
    record Value(String value, boolean future) {
        static final Value NONE = new Value(null, false);
    }

    static Value day(LocalDate d, LocalDate doc) {
        if (d == null) {
            return Value.NONE;
        }
        return new Value(d.toString(), doc != null && d.isAfter(doc));
    }

    static Value month(YearMonth ym, LocalDate doc) {
        if (ym == null) {
            return Value.NONE;
        }
        return new Value(ym.toString(), doc != null && ym.isAfter(YearMonth.from(doc)));
    }

    static Value year(int y, LocalDate doc) {
        return new Value(String.format("%04d", y), doc != null && y > doc.getYear());
    }

    /** A valid date or null. */
    static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) {
            return null;
        }
        YearMonth ym = YearMonth.of(y, m);
        return d <= ym.lengthOfMonth() ? ym.atDay(d) : null;
    }

    /**
     * Infers the year of a day and month: {@code dir} -1 most recent strictly before {@code doc}, +1 first
     * strictly after, 0 the document's year, any other value the nearest, a future one counting double.
     */
    static LocalDate inferDay(int m, int d, int dir, LocalDate doc) {
        if (doc == null) {
            return null;
        }
        int y = doc.getYear();
        if (dir == 0) {
            return date(y, m, d);
        }
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int yy = y - 1; yy <= y + 1; yy++) {
            LocalDate c = date(yy, m, d);
            if (c == null || (dir == -1 && !c.isBefore(doc)) || (dir == 1 && !c.isAfter(doc))) {
                continue;
            }
            long diff = c.toEpochDay() - doc.toEpochDay();
            long cost = dir == -1 ? -diff : dir == 1 ? diff : (diff > 0 ? 2 * diff : -diff);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /** As {@link #inferDay} for a month: -1 strictly before the document's month, +1 after, 0 same year. */
    static YearMonth inferMonth(int m, int dir, LocalDate doc) {
        if (doc == null) {
            return null;
        }
        YearMonth cur = YearMonth.from(doc);
        if (dir == 0) {
            return YearMonth.of(doc.getYear(), m);
        }
        YearMonth best = null;
        long bestCost = Long.MAX_VALUE;
        for (int yy = doc.getYear() - 1; yy <= doc.getYear() + 1; yy++) {
            YearMonth c = YearMonth.of(yy, m);
            long diff = (c.getYear() - cur.getYear()) * 12L + c.getMonthValue() - cur.getMonthValue();
            if ((dir == -1 && diff >= 0) || (dir == 1 && diff <= 0)) {
                continue;
            }
            long cost = dir == -1 ? -diff : dir == 1 ? diff : (diff > 0 ? 2 * diff : -diff);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /** A weekday relative to {@code anchor}: dir -1 strictly before, +1 strictly after, else on or before. */
    static LocalDate weekday(DayOfWeek dow, int dir, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        if (dir < 0) {
            return anchor.with(TemporalAdjusters.previous(dow));
        }
        if (dir > 0) {
            return anchor.with(TemporalAdjusters.next(dow));
        }
        return anchor.with(TemporalAdjusters.previousOrSame(dow));
    }

    /**
     * The day named {@code dow} nearest to {@code anchor} ("أمس الاثنين": the text's weekday wins over an
     * off-by-one document date), never after {@code notAfter} when that is given.
     */
    static LocalDate nearestWeekday(DayOfWeek dow, LocalDate anchor, LocalDate notAfter) {
        if (anchor == null) {
            return null;
        }
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(dow));
        if (notAfter != null && after.isAfter(notAfter)) {
            return before;
        }
        return after.toEpochDay() - anchor.toEpochDay() < anchor.toEpochDay() - before.toEpochDay() ? after : before;
    }

    /**
     * The year of a season relative to the document date. Summer "الماضي" is last year's unless the
     * document is from October on; the other seasons follow the same idea (winter is named by its January).
     */
    static int seasonYear(DateLexicon.Unit season, int dir, LocalDate doc) {
        int y = doc.getYear();
        int m = doc.getMonthValue();
        int endMonth = switch (season) {
            case WINTER -> 3;
            case SPRING -> 6;
            case SUMMER -> 10;
            default -> 12;
        };
        int startMonth = switch (season) {
            case WINTER -> 12;
            case SPRING -> 3;
            case SUMMER -> 6;
            default -> 9;
        };
        if (dir < 0) {
            return m >= endMonth ? y : y - 1;
        }
        if (dir > 0) {
            if (season == DateLexicon.Unit.WINTER) {
                return y + 1;
            }
            return m < startMonth ? y : y + 1;
        }
        return y;
    }

    /** Umm al-Qura Hijri date to Gregorian (ICU4J); null when out of range. */
    static LocalDate hijri(int year, int month, int day) {
        if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, year);
        cal.set(Calendar.MONTH, month - 1);
        if (day > cal.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return null;
        }
        cal.set(Calendar.DAY_OF_MONTH, day);
        long jd = cal.get(Calendar.JULIAN_DAY);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jd);
    }

    /** The Hijri (Umm al-Qura) year containing {@code d}. */
    static int hijriYearOf(LocalDate d) {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.clear();
        cal.set(Calendar.JULIAN_DAY, (int) d.getLong(JulianFields.JULIAN_DAY));
        return cal.get(Calendar.EXTENDED_YEAR);
    }
}
