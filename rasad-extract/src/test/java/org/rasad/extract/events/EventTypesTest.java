package org.rasad.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasad.core.Event;
import org.rasad.core.EventType;

/** One or more sentences per PLOVER type, written for these tests, with the expected direction. */
class EventTypesTest {
    static Stream<Arguments> sentences() {
        return Stream.of(
            Arguments.of(EventType.AGREE, "وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة.", Set.of("EGY", "JOR"), Set.of()),
            Arguments.of(EventType.AGREE, "اتفقت تركيا وروسيا على وقف التصعيد في الشمال.", Set.of("TUR", "RUS"), Set.of()),
            Arguments.of(EventType.CONSULT, "استقبل الرئيس التونسي وزير الخارجية الإيطالي في قصر قرطاج.", Set.of("ITA"), Set.of("TUN")),
            Arguments.of(EventType.CONSULT, "تلقى العاهل الأردني اتصالاً هاتفياً من الرئيس الفرنسي.", Set.of("FRA"), Set.of("JOR")),
            Arguments.of(EventType.CONSULT, "بحث وزير الخارجية العماني مع نظيره الإيراني العلاقات الثنائية.", Set.of("OMN"), Set.of("IRN")),
            Arguments.of(EventType.SUPPORT, "أشاد وزير الخارجية السعودي بجهود الكويت في الوساطة.", Set.of("SAU"), Set.of("KWT")),
            Arguments.of(EventType.CONCEDE, "اعتذرت اليابان لكوريا الجنوبية عن التصريحات الأخيرة.", Set.of("JPN"), Set.of("KOR")),
            Arguments.of(EventType.COOPERATE, "نفذت مصر والسعودية تمريناً مشتركاً في البحر الأحمر.", Set.of("EGY", "SAU"), Set.of()),
            Arguments.of(EventType.AID, "أرسلت الإمارات مساعدات إنسانية إلى السودان.", Set.of("ARE"), Set.of("SDN")),
            Arguments.of(EventType.RETREAT, "انسحبت القوات الروسية من أوكرانيا بعد أشهر من القتال.", Set.of("RUS"), Set.of("UKR")),
            Arguments.of(EventType.REQUEST, "دعا الرئيس الفرنسي إيران إلى ضبط النفس.", Set.of("FRA"), Set.of("IRN")),
            Arguments.of(EventType.ACCUSE, "اتهمت الحكومة العراقية تركيا بانتهاك سيادتها.", Set.of("IRQ"), Set.of("TUR")),
            Arguments.of(EventType.ACCUSE, "أدانت الجزائر بشدة القصف الإسرائيلي على لبنان.", Set.of("DZA"), Set.of("ISR")),
            Arguments.of(EventType.REJECT, "رفضت مصر التدخل التركي في الشؤون الليبية.", Set.of("EGY"), Set.of("TUR")),
            Arguments.of(EventType.THREATEN, "هددت كوريا الشمالية الولايات المتحدة بالرد العسكري.", Set.of("PRK"), Set.of("USA")),
            Arguments.of(EventType.PROTEST, "تظاهر آلاف الأردنيين أمام السفارة الإسرائيلية في عمان.", Set.of("JOR"), Set.of("ISR")),
            Arguments.of(EventType.SANCTION, "فرضت الولايات المتحدة عقوبات جديدة على إيران.", Set.of("USA"), Set.of("IRN")),
            Arguments.of(EventType.SANCTION, "قطعت المغرب علاقاتها مع إيران.", Set.of("MAR"), Set.of("IRN")),
            Arguments.of(EventType.MOBILIZE, "حشدت تركيا قوات إضافية على حدودها الجنوبية.", Set.of("TUR"), Set.of()),
            Arguments.of(EventType.COERCE, "اعتقلت السلطات الإسرائيلية عشرات الفلسطينيين في الضفة الغربية.", Set.of("ISR"), Set.of("PSE")),
            Arguments.of(EventType.ASSAULT, "قصفت المدفعية التركية مواقع لحزب العمال الكردستاني.", Set.of("TUR"), Set.of("PKK")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void findsTypeAndDirection(EventType type, String text, Set<String> source, Set<String> target) {
        List<Event> found = Events.ofType(text, type);
        assertThat(found).as("events of %s in %s: %s", type, text, Events.of(text)).hasSize(1);
        Event e = found.getFirst();
        assertThat(Events.codes(e.source())).isEqualTo(source);
        assertThat(Events.codes(e.target())).isEqualTo(target);
        assertThat(e.evidence()).isNotEmpty();
        assertThat(text.substring(e.evidence().getFirst().start(), e.evidence().getFirst().end()))
                .isEqualTo(e.evidence().getFirst().text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void coversAllSixteenTypes(EventType ignored) {
        assertThat(sentences().map(a -> a.get()[0]).distinct().count()).isEqualTo(EventType.values().length);
    }
}
