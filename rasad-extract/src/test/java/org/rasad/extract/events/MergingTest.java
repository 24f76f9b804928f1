package org.rasad.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.Event;
import org.rasad.core.EventType;

/** One event per happening (annotation guide rules 1, 2 and 6). */
class MergingTest {
    @Test
    void oneMeetingIsOneConsultWithSeveralEvidenceSpans() {
        String text = "استقبل الرئيس الجزائري في العاصمة الجزائر وزير الخارجية الإيطالي.\n\n"
                      + "وأضاف البيان أن اللقاء تناول سبل تعزيز العلاقات الثنائية.\n\n"
                      + "وبحث الجانبان خلال الاجتماع قضايا الهجرة والطاقة.";
        List<Event> consults = Events.ofType(text, EventType.CONSULT);
        assertThat(consults).hasSize(1);
        Event e = consults.getFirst();
        assertThat(Events.codes(e.source())).containsExactly("ITA");
        assertThat(Events.codes(e.target())).containsExactly("DZA");
        assertThat(e.evidence()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(e.location()).isNotNull();
        assertThat(e.location().code()).isEqualTo("DZA");
    }

    @Test
    void praiseAtTheMeetingFoldsIntoIt() {
        String text = "استقبل الرئيس الجزائري وزير الخارجية الإيطالي، وأشاد الرئيس الجزائري بدور إيطاليا.";
        assertThat(Events.of(text)).extracting(Event::type).containsExactly(EventType.CONSULT);
    }

    @Test
    void partiesWordsTakeTheActorsInContext() {
        String text = "التقى وزير الخارجية المصري نظيره السوداني في القاهرة.\n\nوقرر الجانبان تشكيل لجنة مشتركة.";
        List<Event> agree = Events.ofType(text, EventType.AGREE);
        assertThat(agree).hasSize(1);
        assertThat(Events.codes(agree.getFirst().source())).containsExactly("EGY", "SDN");
        assertThat(agree.getFirst().target()).isEmpty();
    }

    @Test
    void anAgreementNarratedBesideAMeetingJoinsTheAgreementNotTheMeeting() {
        String text = "وتأتي زيارة وفد من وزارة الدفاع العراقية للولايات المتحدة ضمن الاتفاق الأمني بين العراق والولايات المتحدة، "
                      + "وضمن اتفاقية الإطار الاستراتيجي التي عقدت بين الجانبين في نوفمبر عام 2008.";
        List<Event> agree = Events.ofType(text, EventType.AGREE);
        assertThat(agree).hasSize(1);
        assertThat(agree.getFirst().evidence()).anySatisfy(ev -> assertThat(ev.text()).contains("اتفاقية الإطار"));
        assertThat(agree.getFirst().date()).isEqualTo("2008-11");
    }

    @Test
    void repeatedReportsMerge() {
        String text = "فرضت الولايات المتحدة عقوبات على إيران.\n\nوقالت واشنطن إنها فرضت العقوبات على طهران بسبب برنامجها.";
        assertThat(Events.ofType(text, EventType.SANCTION)).hasSize(1);
    }

    @Test
    void stateDoesNotMeetItself() {
        assertThat(Events.ofType("التقى الرئيس العراقي رئيس الوزراء العراقي في بغداد.", EventType.CONSULT)).isEmpty();
    }

    @Test
    void surnameThatIsANationalityFollowsThePerson() {
        String text = "أكد رئيس الوزراء العراقي محمد شياع السوداني أهمية الحوار.\n\n"
                      + "والتقى السوداني وزير الخارجية الفرنسي في بغداد.";
        List<Event> consults = Events.ofType(text, EventType.CONSULT);
        assertThat(consults).hasSize(1);
        assertThat(Events.codes(consults.getFirst().source())).doesNotContain("SDN");
        assertThat(Events.codes(consults.getFirst().target())).containsExactly("IRQ");
        assertThat(Events.codes(consults.getFirst().source())).containsExactly("FRA");
    }
}
