package org.rasad.nlp.date;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import org.rasad.nlp.text.ArabicNormalizer;

/**
 * Date words, folded with {@link ArabicNormalizer#fold} once at class load (so any spelling variant of
 * hamza, ta marbuta or alef maqsura matches). Keys of two-word names are "first second".
 */
final class DateLexicon {
    /** Gregorian month names, Mashriq (Syriac), Egyptian/Gulf, Maghreb and Algerian/Tunisian forms. */
    static final Map<String, Integer> MONTHS = folded(Map.ofEntries(
        Map.entry("يناير", 1), Map.entry("كانون الثاني", 1), Map.entry("جانفي", 1), Map.entry("جانفييه", 1),
        Map.entry("فبراير", 2), Map.entry("شباط", 2), Map.entry("فيفري", 2), Map.entry("فبرير", 2),
        Map.entry("مارس", 3), Map.entry("آذار", 3),
        Map.entry("أبريل", 4), Map.entry("إبريل", 4), Map.entry("ابريل", 4), Map.entry("نيسان", 4), Map.entry("أفريل", 4),
        Map.entry("مايو", 5), Map.entry("أيار", 5), Map.entry("ماي", 5), Map.entry("مايس", 5),
        Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("حزيران", 6), Map.entry("جوان", 6),
        Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("تموز", 7), Map.entry("يوليوز", 7),
        Map.entry("جويلية", 7), Map.entry("جويليه", 7),
        Map.entry("أغسطس", 8), Map.entry("آب", 8), Map.entry("غشت", 8), Map.entry("أوت", 8), Map.entry("اغشت", 8),
        Map.entry("سبتمبر", 9), Map.entry("أيلول", 9), Map.entry("شتنبر", 9), Map.entry("سيبتمبر", 9),
        Map.entry("أكتوبر", 10), Map.entry("تشرين الأول", 10), Map.entry("اكتوبر", 10),
        Map.entry("نوفمبر", 11), Map.entry("تشرين الثاني", 11), Map.entry("نونبر", 11),
        Map.entry("ديسمبر", 12), Map.entry("كانون الأول", 12), Map.entry("دجنبر", 12), Map.entry("ديسمبير", 12)));

    /** Month names that are also common words ("آب" father, "مارس" practised, "ماي"): need a day or year. */
    static final java.util.Set<String> AMBIGUOUS_MONTHS = java.util.Set.of(
        ArabicNormalizer.fold("آب"), ArabicNormalizer.fold("مارس"), ArabicNormalizer.fold("ماي"),
        ArabicNormalizer.fold("أوت"), ArabicNormalizer.fold("مايس"), ArabicNormalizer.fold("جوان"));

    /** Hijri months (1–12); two-word names for the Rabi' and Jumada months and the Dhu months. */
    static final Map<String, Integer> HIJRI_MONTHS = folded(Map.ofEntries(
        Map.entry("محرم", 1), Map.entry("صفر", 2),
        Map.entry("ربيع الأول", 3), Map.entry("ربيع الثاني", 4), Map.entry("ربيع الآخر", 4),
        Map.entry("جمادى الأولى", 5), Map.entry("جمادى الأول", 5), Map.entry("جمادى الآخرة", 6),
        Map.entry("جمادى الثانية", 6), Map.entry("جمادى الآخر", 6), Map.entry("جمادى الثاني", 6),
        Map.entry("رجب", 7), Map.entry("شعبان", 8), Map.entry("رمضان", 9), Map.entry("شوال", 10),
        Map.entry("ذو القعدة", 11), Map.entry("ذي القعدة", 11), Map.entry("ذو الحجة", 12), Map.entry("ذي الحجة", 12)));

    static final Map<String, DayOfWeek> WEEKDAYS = folded(Map.of(
        "الأحد", DayOfWeek.SUNDAY, "الإثنين", DayOfWeek.MONDAY, "الاثنين", DayOfWeek.MONDAY,
        "الثلاثاء", DayOfWeek.TUESDAY, "الأربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY,
        "الجمعة", DayOfWeek.FRIDAY, "السبت", DayOfWeek.SATURDAY));

    /** Day-relative words → offset in days from the document date. */
    static final Map<String, Integer> DAY_WORDS = folded(Map.of(
        "أمس", -1, "الأمس", -1, "البارحة", -1, "اليوم", 0, "الليلة", 0, "غدا", 1, "غدًا", 1, "الغد", 1, "غد", 1));

    /** Ordinal day words ("الأول من أبريل"). Compound ones ("الحادي عشر") are built by the finder. */
    static final Map<String, Integer> ORDINALS = folded(Map.ofEntries(
        Map.entry("الأول", 1), Map.entry("الثاني", 2), Map.entry("الثالث", 3), Map.entry("الرابع", 4),
        Map.entry("الخامس", 5), Map.entry("السادس", 6), Map.entry("السابع", 7), Map.entry("الثامن", 8),
        Map.entry("التاسع", 9), Map.entry("العاشر", 10), Map.entry("الحادي", 1), Map.entry("العشرين", 20),
        Map.entry("الثلاثين", 30)));

    /** Units for "الشهر الماضي", "العام المقبل" ... */
    enum Unit { WEEK, MONTH, YEAR, SUMMER, WINTER, SPRING, AUTUMN }

    static final Map<String, Unit> UNITS = folded(Map.ofEntries(
        Map.entry("الأسبوع", Unit.WEEK), Map.entry("الاسبوع", Unit.WEEK), Map.entry("الشهر", Unit.MONTH),
        Map.entry("العام", Unit.YEAR), Map.entry("السنة", Unit.YEAR), Map.entry("الصيف", Unit.SUMMER),
        Map.entry("الشتاء", Unit.WINTER), Map.entry("الربيع", Unit.SPRING), Map.entry("الخريف", Unit.AUTUMN)));

    /** Direction words after a unit, month or weekday: -1 past, +1 future, 0 current. */
    static final Map<String, Integer> DIRECTIONS = folded(Map.ofEntries(
        Map.entry("الماضي", -1), Map.entry("الماضية", -1), Map.entry("المنصرم", -1), Map.entry("المنصرمة", -1),
        Map.entry("الفائت", -1), Map.entry("الفائتة", -1), Map.entry("السابق", -1),
        Map.entry("المقبل", 1), Map.entry("المقبلة", 1), Map.entry("القادم", 1), Map.entry("القادمة", 1),
        Map.entry("الجاري", 0), Map.entry("الجارية", 0), Map.entry("الحالي", 0), Map.entry("الحالية", 0)));

    /** Words before a month or season that keep its precision: "منتصف فبراير", "مطلع العام". */
    static final java.util.Set<String> PART_WORDS = foldedSet(
        "منتصف", "مطلع", "أوائل", "أواخر", "نهاية", "بداية", "مستهل", "أواسط", "شهر");

    /** Time-of-day words kept in the span: "مساء أمس", "صباح الأحد", "ليل الأربعاء". */
    static final java.util.Set<String> DAY_PARTS = foldedSet(
        "مساء", "صباح", "ليل", "ليلة", "فجر", "ظهر", "عصر", "يوم", "ظهيرة", "منتصف", "صبيحة", "نهار");

    /** Words that make a bare 4-digit number a year. */
    static final java.util.Set<String> YEAR_CUES = foldedSet(
        "عام", "سنة", "العام", "السنة", "في", "منذ", "حتى", "خلال", "مطلع", "نهاية", "بداية", "أواخر", "أوائل",
        "منتصف", "قبل", "بعد", "عامي", "سنوات", "ربيع", "صيف", "شتاء", "خريف");

    static final java.util.Set<String> YEAR_WORDS = foldedSet("عام", "سنة", "العام", "السنة", "لعام", "لسنة");

    /** Era markers after a year: "م" (ميلادي) and "هـ" (هجري). */
    static final java.util.Set<String> AD_MARKS = foldedSet("م", "ميلادي", "ميلادية", "للميلاد");
    static final java.util.Set<String> AH_MARKS = foldedSet("هـ", "ه", "هجري", "هجرية", "للهجرة");

    /** Durations after قبل/منذ: unit word → {count, unit} (0 = needs a number before it). */
    static final Map<String, int[]> DURATIONS = folded(Map.ofEntries(
        Map.entry("يوم", new int[] {1, 0}), Map.entry("يومين", new int[] {2, 0}), Map.entry("أيام", new int[] {0, 0}),
        Map.entry("أسبوع", new int[] {1, 1}), Map.entry("أسبوعين", new int[] {2, 1}), Map.entry("أسابيع", new int[] {0, 1}),
        Map.entry("شهر", new int[] {1, 2}), Map.entry("شهرين", new int[] {2, 2}), Map.entry("أشهر", new int[] {0, 2}),
        Map.entry("شهور", new int[] {0, 2}), Map.entry("عام", new int[] {1, 3}), Map.entry("عامين", new int[] {2, 3}),
        Map.entry("أعوام", new int[] {0, 3}), Map.entry("سنة", new int[] {1, 3}), Map.entry("سنتين", new int[] {2, 3}),
        Map.entry("سنوات", new int[] {0, 3})));

    /** Counting words 3–10 before a plural unit: "قبل ثلاثة أيام". */
    static final Map<String, Integer> COUNTS = folded(Map.of(
        "ثلاثة", 3, "أربعة", 4, "خمسة", 5, "ستة", 6, "سبعة", 7, "ثمانية", 8, "تسعة", 9, "عشرة", 10));

    /** Every word that can start a date expression (a cheap first test per token). */
    static final java.util.Set<String> TRIGGERS = triggers();

    private DateLexicon() {
    }

    /** True when a token with this key may start a date expression. */
    static boolean mayStart(String key) {
        return !key.isEmpty() && (key.charAt(0) >= '0' && key.charAt(0) <= '9' || TRIGGERS.contains(key));
    }

    private static java.util.Set<String> triggers() {
        java.util.Set<String> t = new java.util.HashSet<>();
        for (String k : MONTHS.keySet()) {
            t.add(k.split(" ")[0]);
        }
        for (String k : HIJRI_MONTHS.keySet()) {
            t.add(k.split(" ")[0]);
        }
        t.addAll(WEEKDAYS.keySet());
        t.addAll(DAY_WORDS.keySet());
        t.addAll(ORDINALS.keySet());
        t.addAll(UNITS.keySet());
        t.addAll(PART_WORDS);
        t.addAll(DAY_PARTS);
        t.addAll(YEAR_WORDS);
        t.addAll(foldedSet("هذا", "هذه", "أول", "بعد", "مؤخرا", "قبل", "منذ"));
        return java.util.Set.copyOf(t);
    }

    private static <V> Map<String, V> folded(Map<String, V> m) {
        Map<String, V> out = new HashMap<>();
        m.forEach((k, v) -> out.put(ArabicNormalizer.fold(k), v));
        return Map.copyOf(out);
    }

    private static java.util.Set<String> foldedSet(String... words) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (String w : words) {
            s.add(ArabicNormalizer.fold(w));
        }
        return java.util.Set.copyOf(s);
    }
}
