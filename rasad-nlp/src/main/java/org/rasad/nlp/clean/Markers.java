package org.rasad.nlp.clean;

import java.util.List;

/**
 * Words and phrases that mark page furniture on Arabic news sites, matched on a folded form
 * ({@link #fold}): alef variants to ا, ة to ه, ى to ي, diacritics and tatweel removed.
 */
final class Markers {
    /** "Read also": a link list or, after an article's end, a second full article. */
    static final List<String> READ_ALSO = folded("اقرأ أيضا", "اقرأ ايضا", "اقرا ايضا", "اقرأ كذلك", "اقرأ المزيد",
            "شاهد أيضا", "طالع أيضا", "اقرأ ايضاً", "إقرأ أيضاً", "Read also", "Read more");
    /** Headings of lists of other articles: everything short after them is a link list. */
    static final List<String> LISTS = folded("مقالات مشابهة", "مقالات ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة",
            "مواضيع متعلقة", "أخبار متعلقة", "مقالات متعلقة", "المزيد من الأخبار", "الأكثر قراءة", "الأكثر مشاهدة",
            "الأكثر تداولا", "اخترنا لك", "أخبار مقترحة", "قد يعجبك أيضا", "قد يهمك أيضا", "موضوعات ذات صلة",
            "آخر الأخبار", "أخبار اخرى", "Related");
    /** Line starts that make a short line furniture (tags, sharing, source, subscription, bylines). */
    static final List<String> LINE_STARTS = folded("الكلمات المفتاحية", "كلمات مفتاحية", "كلمات دلالية",
            "الكلمات الدلالية", "الوسوم", "وسوم", "العلامات", "Tags", "شارك", "مشاركة", "طباعة", "تويتر", "فيسبوك",
            "فيس بوك", "واتساب", "تلغرام", "تليجرام", "انستغرام", "لينكد", "نسخ الرابط", "أرسل لصديق", "المصدر",
            "مصدر الخبر", "اشترك", "الاشتراك", "لم تشترك", "سجل الدخول", "تسجيل الدخول", "تابعنا", "تابعونا",
            "حمل تطبيق", "بقلم", "كتب:", "تحرير:", "إعداد:", "آخر تحديث", "تاريخ النشر", "تم النشر", "نشر في",
            "تاريخ التحديث", "الصفحة الرئيسية", "الرئيسية", "إعلان", "ADVERTISEMENT", "ad ", "انتهى", "المزيد", "للتواصل مع الكاتب", "Next", "Previous");
    /** Anywhere in a line near the end of a page: copyright and subscription notices. */
    static final List<String> TAIL_ANYWHERE = folded("جميع الحقوق محفوظة", "حقوق النشر", "كل الحقوق محفوظة",
            "All rights reserved", "©", "للمشتركين", "الاشتراك لدى", "اشترك الآن", "اشترك في", "لم تشترك",
            "نشراتنا البريدية", "النشرة البريدية", "النشرة الإخبارية", "سجل الدخول", "حسابا خاصا", "حساباً خاصاً",
            "يرجى الاتصال بالرابط", "حمل التطبيق", "تطبيقنا");
    /** Copyright notices wherever they stand. */
    static final List<String> COPYRIGHT = folded("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة",
            "All rights reserved", "©");
    /** Words whose lines, made only of such words, are share/print bars. */
    static final List<String> SHARE_WORDS = folded("شارك", "مشاركة", "طباعة", "تويتر", "فيسبوك", "واتساب",
            "تلغرام", "انستغرام", "يوتيوب", "لينكدإن", "البريد", "الإلكتروني", "نسخ", "الرابط", "حفظ", "X", "Facebook",
            "Twitter", "WhatsApp", "Telegram", "Email", "Print", "Share");

    /** Words that name an outlet in a site-name or byline line. */
    static final java.util.Set<String> OUTLET_WORDS = java.util.Set.copyOf(folded("موقع", "شبكة", "وكالة", "صحيفة",
            "جريدة", "قناة", "مركز", "نت", "بوابة", "مجلة", "إذاعة", "تلفزيون", "الأناضول", "رويترز", "واس", "سبق",
            "كتب", "بقلم", "تقرير", "مراسل", "متابعات", "خاص"));

    private Markers() {
    }

    private static List<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(Markers::fold).distinct().toList();
    }

    /** Folds Arabic spelling variants and drops diacritics, tatweel and bidi marks; lower-cases Latin. */
    static String fold(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u200E' || c == '\u200F'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u061C') {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
                case 'ة' -> sb.append('ه');
                case 'ى' -> sb.append('ي');
                case 'ی' -> sb.append('ي');
                case 'ک' -> sb.append('ك');
                default -> sb.append(c < 128 ? Character.toLowerCase(c) : c);
            }
        }
        return sb.toString();
    }

    static boolean startsWithAny(String folded, List<String> markers) {
        for (String m : markers) {
            if (folded.startsWith(m) && (folded.length() == m.length() || !Character.isLetter(m.charAt(m.length() - 1))
                    || !Character.isLetter(folded.charAt(m.length())))) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAny(String folded, List<String> markers) {
        for (String m : markers) {
            if (folded.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
