package org.rasad.extract.actors;

import java.util.Set;

/**
 * Words after which a person's name usually follows in news text, for named-entity tagging only
 * (the event path does not use them): reporting verbs ("وقال [رمضان] إن"), occupations and kin
 * words that are not offices ("الحارس", "المدرب", "زميله"), and the words that end a regnal or
 * family name. Written for rasad; compared after folding and clitic stripping.
 */
final class NameCues {
    private NameCues() {
    }

    static final Set<String> SPEECH = folded("قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "أكد", "أكدت",
        "أوضح", "أوضحت", "أشار", "أشارت", "تابع", "تابعت", "تساءل", "اعتبر", "اعتبرت", "رأى", "يرى", "ترى",
        "أعرب", "أعربت", "شدد", "شددت", "لفت", "نفى", "نفت", "ذكر", "ذكرت", "صرح", "صرحت", "أعلن", "أعلنت",
        "اعترف", "اعترفت", "أكد", "يؤكد", "تؤكد", "يضيف", "رفض", "رفضت", "طالب", "طالبت", "حذر", "حذرت",
        "توقع", "توقعت", "أبلغ", "أبلغت", "كتب", "كتبت", "سأل", "أجاب", "روى", "وصف", "وصفت", "استبعد",
        "رجح", "اقترح", "دعا", "دعت", "أفاد", "أفادت", "يعتقد", "اعتقد");

    static final Set<String> OCCUPATIONS = folded("اللاعب", "لاعب", "الحارس", "حارس", "المدرب", "مدرب",
        "المهاجم", "المدافع", "النجم", "نجم", "الكاتب", "الكاتبة", "الصحفي", "الصحافي", "الصحفية", "الفنان",
        "الفنانة", "المطرب", "المطربة", "المغني", "المغنية", "الممثل", "الممثلة", "الشاعر", "الشاعرة",
        "المخرج", "المخرجة", "الروائي", "الروائية", "المؤرخ", "الباحث", "الباحثة", "الخبير", "الخبيرة",
        "المحلل", "المحامي", "المحامية", "الطبيب", "الطبيبة", "البروفسور", "البروفيسور",
        "زميله", "زميلها", "زوجته", "زوجها", "ابنه", "ابنها", "ابنته", "شقيقه", "شقيقها", "شقيقته", "والده",
        "والدته", "أخيه", "أخوه", "عمه", "المواطن", "المواطنة", "المراسل", "مراسل", "المصور", "الملاكم",
        "العداء", "العداءة", "البطل", "البطلة", "المتسابق", "الدولي", "المخضرم", "قائد", "القائد",
        "الإمبراطور", "الإمبراطورة", "الملك", "الملكة", "السلطان", "الخليفة", "الإمام", "الشاه", "القيصر",
        "البابا", "الكاردينال", "المطران", "الأسقف", "الحاخام", "المفتي", "الداعية", "الناشط", "الناشطة",
        "المعارض", "المعارضة", "الرسام", "الموسيقار", "الملحن", "المفكر", "الفيلسوف", "المهندس", "رجل الأعمال", "الأعمال",
        "المندوب", "الدبلوماسي", "الجنرال", "الضابط", "الجندي", "الأسير", "الرهينة", "المتهم", "السجين", "المعتقل",
        "الزعيم", "المرشح", "المرشحة", "المبعوث", "الوسيط", "المفاوض", "المنسق", "المنتج", "الملياردير",
        "المليونير", "المؤلف", "الأديب", "الأديبة", "المصمم", "المصممة", "العارضة", "الحكم", "المدير", "الرياضي",
        "الرياضية", "الداعية", "الشهيد", "القتيل", "الضحية");

    /** Reporting verbs and occupations that a name may follow. */
    static boolean before(java.util.List<String> forms) {
        return any(forms, SPEECH) || any(forms, OCCUPATIONS);
    }

    static boolean any(java.util.List<String> forms, Set<String> set) {
        for (String f : forms) {
            if (set.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Common subjects of reporting verbs that are not names ("وأفاد بيان", "وقال مصدر"). */
    static final Set<String> NOT_NAMES = folded("بيان", "تقرير", "مصدر", "مصادر", "خبير", "خبراء", "شهود",
        "مراقب", "مسؤول", "دبلوماسي", "متحدث", "ناطق", "مراسل", "بشكل", "بصورة", "رقم", "جديد", "آخر",
        "آخرين", "آخرون", "أيضا", "مجددا", "سابقا", "حاليا", "خاصة", "خصوصا", "دائما", "مرة", "مكتب", "منتخب",
        "مسلسل", "برنامج", "فيلم", "كتاب", "قوله", "نجم", "حمل", "طعن", "غريب", "صيادي", "منذ");

    /**
     * Whether a word read after a cue looks like the start of a name rather than a common word: no
     * article, no accusative alif ("ردا"), no taa marbuta or pronoun suffix ("رغبته", "جلالته"),
     * no sound plural ("دبلوماسيون"), not a nisba adjective of a place ("داخلي", "أوروبي").
     */
    static boolean nameLike(String key) {
        if (key.length() < 3 || NOT_NAMES.contains(key) || key.startsWith("ال") || key.startsWith("بال")
            || key.startsWith("لل")) {
            return false;
        }
        return !(key.endsWith("ا") || key.endsWith("ه") || key.endsWith("ون") || key.endsWith("ين")
            || key.endsWith("ات") || key.endsWith("اء") || key.endsWith("يه") || key.endsWith("وي")
            || key.endsWith("لي") || key.endsWith("بي") || key.endsWith("جي"));
    }

    /**
     * "ديدييه", "كزافييه": a final "-ييه" written with a plain haa, not the taa marbuta of an adjective
     * ("عسكرية"), is how French names are transliterated. Takes the surface, not the folded key.
     */
    static boolean frenchEnding(String surface) {
        return surface.endsWith("ييه");
    }

    static final Set<String> ORDINALS = folded("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
        "السابع", "الثامن", "التاسع", "العاشر", "عشر");

    private static Set<String> folded(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ArabicKey.fold(w));
        }
        return Set.copyOf(out);
    }
}
