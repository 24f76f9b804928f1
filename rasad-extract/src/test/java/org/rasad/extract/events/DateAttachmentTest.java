package org.rasad.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.Event;
import org.rasad.core.EventType;

/** Which date an event gets (annotation guide rule 9). */
class DateAttachmentTest {
    private static final LocalDate DOC = LocalDate.of(2024, 3, 10); // a Sunday

    private static Event only(String text, LocalDate date, EventType type) {
        List<Event> es = Events.of(text, date).stream().filter(e -> e.type() == type).toList();
        assertThat(es).as("%s in %s", type, Events.of(text, date)).hasSize(1);
        return es.getFirst();
    }

    @Test
    void dateInTheSameSentence() {
        Event e = only("استقبل الرئيس المصري أمس وزير الخارجية الفرنسي.", DOC, EventType.CONSULT);
        assertThat(e.date()).isEqualTo("2024-03-09");
        assertThat(e.dateText()).contains("أمس");
    }

    @Test
    void bareWeekdayIsTheLastSuchDayOnOrBeforeTheDocument() {
        Event e = only("التقى وزير الدفاع الأردني نظيره العراقي الأربعاء في عمان.", DOC, EventType.CONSULT);
        assertThat(e.date()).isEqualTo("2024-03-06");
    }

    @Test
    void inheritsTheDayOfTheLead() {
        String text = "قالت وزارة الخارجية الكويتية أمس السبت إنها تتابع التطورات.\n"
                      + "وأعلنت الكويت طرد السفير الفلبيني من أراضيها.";
        Event e = only(text, DOC, EventType.SANCTION);
        assertThat(e.date()).isEqualTo("2024-03-09");
    }

    @Test
    void anUndatedEventLaterInTheReportTakesTheLeadsDay() {
        String text = "أعلنت وزارة الخارجية الكويتية اليوم الأحد أنها تتابع التطورات في المنطقة.\n"
                      + "وقال المتحدث إن الوزارة على تواصل مع الجهات المعنية.\n"
                      + "وأضاف أن الوضع يتطلب الحذر.\n"
                      + "وأشار إلى أهمية التنسيق بين الدول العربية.\n"
                      + "وأعلنت الكويت طرد السفير الفلبيني من أراضيها.";
        assertThat(only(text, DOC, EventType.SANCTION).date()).isEqualTo("2024-03-10");
        // a lead day in another month than the publication says nothing safe about this month's events
        String early = text.replace("اليوم الأحد", "أمس");
        assertThat(only(early, LocalDate.of(2024, 3, 1), EventType.SANCTION).date()).isEqualTo("2024-03-01");
    }

    @Test
    void noDateWordsGiveThePublicationDayOrMonthWhenNotAsserted() {
        Event e = only("فرضت الولايات المتحدة عقوبات جديدة على إيران.", DOC, EventType.SANCTION);
        assertThat(e.date()).isEqualTo("2024-03-10");
        assertThat(e.dateText()).isNull();
        assertThat(only("تعتزم الولايات المتحدة فرض عقوبات جديدة على إيران.", DOC, EventType.SANCTION).date())
                .isEqualTo("2024-03");
    }

    @Test
    void noAnchorNoDate() {
        Event e = only("استقبل الرئيس المصري الأربعاء وزير الخارجية الفرنسي.", null, EventType.CONSULT);
        assertThat(e.date()).isNull();
        assertThat(e.dateText()).contains("الأربعاء");
    }

    @Test
    void backgroundEventKeepsItsOwnDate() {
        String text = "وكانت مصر والسودان قد وقعتا في 5 مايو 2019 اتفاقية للتعاون العسكري.";
        Event e = only(text, DOC, EventType.AGREE);
        assertThat(e.date()).isEqualTo("2019-05-05");
    }

    @Test
    void futureDayIsPlanned() {
        Event e = only("يزور الرئيس التركي قطر الأحد المقبل.", DOC, EventType.CONSULT);
        assertThat(e.date()).isEqualTo("2024-03-17");
    }
}
