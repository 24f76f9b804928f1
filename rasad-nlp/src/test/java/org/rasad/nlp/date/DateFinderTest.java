package org.rasad.nlp.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasad.core.TimeExpr;
import org.rasad.nlp.text.AnalyzedText;

class DateFinderTest {
    // a Monday
    private static final LocalDate DOC = LocalDate.of(2015, 8, 3);

    private static List<TimeExpr> find(String s, LocalDate doc) {
        return DateFinder.find(AnalyzedText.of(s), doc);
    }

    private static TimeExpr only(String s, LocalDate doc) {
        List<TimeExpr> all = find(s, doc);
        assertThat(all).as("dates in: " + s).hasSize(1);
        TimeExpr t = all.get(0);
        assertThat(t.span().of(s)).isEqualTo(t.text());
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        وقع الطرفان الاتفاق في 12 أكتوبر 2024 بحضور الوزير                 | 12 أكتوبر 2024            | 2024-10-12
        أعلن الجيش في 4 يونيو/ حزيران 2018 انسحابه                       | 4 يونيو/ حزيران 2018      | 2018-06-04
        جرت الانتخابات يوم 4 يونيو/ حزيران                               | يوم 4 يونيو/ حزيران       | 2016-06-04
        اتفق البلدان في 27 سبتمبر/ أيلول الماضي على التعاون               | 27 سبتمبر/ أيلول الماضي   | 2014-09-27
        وصل الرئيس في 5 آب 2015 إلى العاصمة                              | 5 آب 2015                 | 2015-08-05
        نشر البيان بتاريخ 03/09/2023 على الموقع                          | 03/09/2023                | 2023-09-03
        نشر البيان بتاريخ 2023-09-03 على الموقع                          | 2023-09-03                | 2023-09-03
        نشر البيان بتاريخ 03/سبتمبر/2023 على الموقع                      | 03/سبتمبر/2023            | 2023-09-03
        نشر البيان بتاريخ 03.09.2023 على الموقع                          | 03.09.2023                | 2023-09-03
        أبرمت الحكومتان اتفاقا في نوفمبر عام 2008 للتعاون                 | نوفمبر عام 2008           | 2008-11
        زار الوزير بغداد في يوليو تموز 2013 والتقى نظيره                  | يوليو تموز 2013           | 2013-07
        تصاعد القتال منذ منتصف فبراير شباط في المنطقة                      | منتصف فبراير شباط         | 2015-02
        جرى الاتفاق في يونيو الماضي بين الطرفين                           | يونيو الماضي              | 2015-06
        يعقد المؤتمر في يناير المقبل بالعاصمة                              | يناير المقبل              | 2016-01
        نال البلد استقلاله عام 1953 بعد مفاوضات                           | عام 1953                  | 1953
        شارك الجيش في عام 2016 في المناورات                               | عام 2016                  | 2016
        كانت آخر زيارة له لموسكو في 2010 قبل الحرب                         | 2010                      | 2010
        افتتح المصنع سنة 2001م وسط احتفال                                 | سنة 2001م                 | 2001
        التقى الوزير نظيره أمس في القاهرة                                  | أمس                       | 2015-08-02
        التقى الوزير نظيره يوم أمس في القاهرة                              | يوم أمس                   | 2015-08-02
        هددت واشنطن النظام أمس الاثنين بخطوات إضافية                       | أمس الاثنين               | 2015-08-03
        قصفت المدفعية المواقع مساء أول من أمس قرب الحدود                    | مساء أول من أمس           | 2015-08-01
        اجتمع الوزير مع الوفد اليوم الاثنين في موسكو                        | اليوم الاثنين             | 2015-08-03
        أعلنت الوزارة اليوم عن خطة جديدة للتعاون                           | اليوم                     | 2015-08-03
        يصل الوفد غدا إلى العاصمة                                         | غدا                       | 2015-08-04
        يصل الوفد غداً إلى العاصمة                                        | غداً                      | 2015-08-04
        يصل الوفد بعد غد إلى العاصمة                                      | بعد غد                    | 2015-08-05
        استقبل الرئيس يوم السبت وزير الدفاع                               | يوم السبت                 | 2015-08-01
        استقبل الرئيس الخميس وزير الدفاع                                  | الخميس                    | 2015-07-30
        أعلنت الحكومة الاثنين انتهاء الحرب                                | الاثنين                   | 2015-08-03
        يزور الرئيس باريس الأحد المقبل لإجراء محادثات                      | الأحد المقبل              | 2015-08-09
        زار الرئيس باريس الاثنين الماضي لإجراء محادثات                     | الاثنين الماضي            | 2015-07-27
        بحث الطرفان الملف الشهر الماضي في جنيف                            | الشهر الماضي              | 2015-07
        تبدأ المفاوضات الشهر المقبل في جنيف                               | الشهر المقبل              | 2015-09
        ارتفعت الصادرات العام الماضي بشكل كبير                            | العام الماضي              | 2014
        ارتفعت الصادرات خلال السنة الماضية بشكل كبير                       | السنة الماضية             | 2014
        ستجرى الانتخابات العام المقبل وفق الدستور                          | العام المقبل              | 2016
        التقى الزعيمان الأسبوع الماضي في الدوحة                           | الأسبوع الماضي            | 2015-07
        تنتهي المناورات هذا الأسبوع وفق البيان                            | هذا الأسبوع               | 2015-08
        خاضت الحركة الحرب الصيف الماضي ضد الاحتلال                         | الصيف الماضي              | 2014
        اتخذت السلطات القرار مؤخرا بشأن الرحلات                          | مؤخرا                     | 2015-08
        وصل الوفد في الأول من إبريل/ نيسان الجاري للتفاوض                  | الأول من إبريل/ نيسان الجاري | 2015-04-01
        الرياض 26 شوال 1436 هـ واس                                       | 26 شوال 1436 هـ           | 2015-08-11
        صدر القرار بتاريخ 26/10/1436هـ بعد مشاورات                       | 26/10/1436هـ              | 2015-08-11
        صدر القرار بتاريخ 1436/10/26 بعد مشاورات                         | 1436/10/26                | 2015-08-11
        نشر البيان بتاريخ 09/25/2023 على الموقع                          | 09/25/2023                | 2023-09-25
        نشرت الدراسة في ديسمبر «كانون الأول» الماضي نتائجها                | ديسمبر «كانون الأول» الماضي | 2014-12
        يقترب الكويكب مساء الأحد المقبل الموافق 19 يوليو 2015 من الأرض     | مساء الأحد المقبل الموافق 19 يوليو 2015 | 2015-07-19
        وصل الوفد قبل يومين إلى العاصمة                                    | قبل يومين                 | 2015-08-01
        اندلع القتال منذ ثلاثة أيام في المدينة                             | منذ ثلاثة أيام            | 2015-07-31
        غادر السفير البلاد قبل أسبوع                                      | قبل أسبوع                 | 2015-07
        اعتقلت الشرطة المتهم قبل 5 سنوات                                  | قبل 5 سنوات               | 2010
        أعنف قصف منذ ستة أشهر في الشرق                                    | منذ ستة أشهر              | 2015-02
        صدر المرسوم عام 1436 هـ بعد مشاورات                              | عام 1436 هـ               | 2015
        تعقد القمة في السابع عشر من الشهر القادم في بغداد                   | السابع عشر من الشهر القادم | 2015-09-17
        وصل الوفد في 2 من الشهر الجاري إلى بغداد                          | 2 من الشهر الجاري         | 2015-08-02
        تنطلق المحادثات في 20 الجاري بجنيف                               | 20 الجاري                 | 2015-08-20
        صدر البيان مساء اليوم الأربعاء (24 تموز 2024) عن الحوار            | مساء اليوم الأربعاء (24 تموز 2024) | 2024-07-24
        """)
    void resolvesForm(String sentence, String text, String value) {
        LocalDate doc = text.equals("يوم 4 يونيو/ حزيران") ? LocalDate.of(2016, 5, 30) : DOC;
        TimeExpr t = only(sentence, doc);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
    }

    @Test
    void futureFlagFollowsForwardWords() {
        assertThat(only("يصل الوفد غدا إلى العاصمة", DOC).future()).isTrue();
        assertThat(only("يزور الرئيس باريس الأحد المقبل", DOC).future()).isTrue();
        assertThat(only("تبدأ المفاوضات الشهر المقبل", DOC).future()).isTrue();
        assertThat(only("التقى الوزير نظيره أمس", DOC).future()).isFalse();
        assertThat(only("ارتفعت الصادرات العام الماضي", DOC).future()).isFalse();
    }

    @Test
    void withoutDocumentDateRelativeValuesAreNullButExplicitOnesResolve() {
        TimeExpr wed = only("أعلن الوزير الأربعاء استقالته", null);
        assertThat(wed.text()).isEqualTo("الأربعاء");
        assertThat(wed.value()).isNull();
        assertThat(only("جرى الاتفاق في يونيو الماضي", null).value()).isNull();
        assertThat(only("جرى الاتفاق في 27 سبتمبر الماضي", null).value()).isNull();
        assertThat(only("وقع الاتفاق في 12 أكتوبر 2024", null).value()).isEqualTo("2024-10-12");
    }

    @Test
    void maghrebAndLevantMonthNames() {
        LocalDate doc = LocalDate.of(2024, 12, 31);
        String[][] cases = {
            {"جانفي", "01"}, {"فيفري", "02"}, {"آذار", "03"}, {"أفريل", "04"}, {"ماي", "05"}, {"جوان", "06"},
            {"جويلية", "07"}, {"يوليوز", "07"}, {"أوت", "08"}, {"غشت", "08"}, {"شتنبر", "09"},
            {"تشرين الأول", "10"}, {"نونبر", "11"}, {"تشرين الثاني", "11"}, {"دجنبر", "12"},
            {"كانون الأول", "12"}, {"كانون الثاني", "01"}, {"يونيه", "06"}, {"أيار", "05"}, {"نيسان", "04"},
        };
        for (String[] c : cases) {
            TimeExpr t = only("وقعت الحادثة في 10 " + c[0] + " 2024 قرب المدينة", doc);
            assertThat(t.value()).as(c[0]).isEqualTo("2024-" + c[1] + "-10");
        }
    }

    @Test
    void ambiguousMonthWordsNeedADayOrYear() {
        assertThat(find("مارس الضغط على الحكومة بقوة", DOC)).isEmpty();
        assertThat(find("قال الأب إن ابنه سافر", DOC)).isEmpty();
        assertThat(only("وقعت الحادثة في 3 مارس", DOC).value()).isEqualTo("2015-03-03");
    }

    @Test
    void theTwoIsNotMonday() {
        assertThat(find("جرى الاتفاق بين الاثنين على التهدئة", DOC)).isEmpty();
        assertThat(only("جرى الاتفاق الاثنين على التهدئة", DOC).value()).isEqualTo("2015-08-03");
    }

    @Test
    void plainNumbersAreNotYears() {
        assertThat(find("أرسلت الدولة 2000 جندي إلى الحدود", DOC)).isEmpty();
        assertThat(find("بلغ عدد الضحايا 35 شخصا", DOC)).isEmpty();
    }

    @Test
    void conjunctionOnAShortMonthName() {
        List<TimeExpr> all = find("ارتفعت الأسعار في أيار/مايو 2014 وآب/أغسطس 2014 بشكل حاد", DOC);
        assertThat(all).extracting(TimeExpr::text).containsExactly("أيار/مايو 2014", "وآب/أغسطس 2014");
        assertThat(all.get(1).value()).isEqualTo("2014-08");
    }

    @Test
    void severalExpressionsInOrder() {
        List<TimeExpr> all = find("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م. التقى الوزير نظيره أمس.", DOC);
        assertThat(all).extracting(TimeExpr::value).containsExactly("2015-08-11", "2015-08-11", "2015-08-02");
    }

    @Test
    void hijriConversionUsesUmmAlQura() {
        assertThat(DateMath.hijri(1445, 9, 1)).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(DateMath.hijri(1436, 10, 26)).isEqualTo(LocalDate.of(2015, 8, 11));
        assertThat(DateMath.hijriYearOf(LocalDate.of(2024, 3, 11))).isEqualTo(1445);
    }

    @Test
    void nullAndEmptyInput() {
        assertThat(DateFinder.find(null, DOC)).isEmpty();
        assertThat(find("", DOC)).isEmpty();
    }
}
