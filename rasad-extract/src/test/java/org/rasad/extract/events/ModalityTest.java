package org.rasad.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Modality;

/** Modality cues (planned, negated, hypothetical), each kept inside the evidence. */
class ModalityTest {
    static Stream<Arguments> cues() {
        return Stream.of(
            Arguments.of("سيزور رئيس الوزراء الهندي السعودية الشهر المقبل.", EventType.CONSULT, Modality.PLANNED, "سيزور"),
            Arguments.of("من المقرر أن يلتقي وزير الخارجية الأمريكي نظيره الصيني في جنيف.", EventType.CONSULT, Modality.PLANNED, "المقرر"),
            Arguments.of("تعتزم اليابان فرض عقوبات على روسيا.", EventType.SANCTION, Modality.PLANNED, "تعتزم"),
            Arguments.of("لم تفرض الصين عقوبات على اليابان رغم الخلاف.", EventType.SANCTION, Modality.NEGATED, "لم"),
            Arguments.of("لن ترسل ألمانيا مساعدات عسكرية إلى أوكرانيا.", EventType.AID, Modality.NEGATED, "لن"),
            Arguments.of("في حال قصفت إسرائيل لبنان فإن الرد سيكون قاسيا.", EventType.ASSAULT, Modality.HYPOTHETICAL, "في"),
            Arguments.of("إذا هددت إيران السعودية مرة أخرى فستتدخل الولايات المتحدة.", EventType.THREATEN, Modality.HYPOTHETICAL, "إذا"),
            Arguments.of("قد تفرض اليابان عقوبات على روسيا الأسبوع المقبل.", EventType.SANCTION, Modality.HYPOTHETICAL, "قد"),
            Arguments.of("فرضت اليابان عقوبات على روسيا.", EventType.SANCTION, Modality.ASSERTED, "فرضت"));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("cues")
    void modalityWithItsCue(String text, EventType type, Modality modality, String cue) {
        List<Event> found = Events.ofType(text, type);
        assertThat(found).as("%s in %s", type, Events.of(text)).hasSize(1);
        Event e = found.getFirst();
        assertThat(e.modality()).isEqualTo(modality);
        assertThat(e.evidence()).anySatisfy(ev -> assertThat(ev.text()).contains(cue));
    }
}
