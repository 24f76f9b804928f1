package org.rasad.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.rasad.core.ActorRef;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;
import org.rasad.core.Location;
import org.rasad.core.Modality;

/** Hand-made documents and events (sentences written for these tests). */
final class Fixtures {
    private Fixtures() {
    }

    static Document doc(String id, String title, String text, String date) {
        return new Document(id, title, text, date == null ? null : LocalDate.parse(date), "https://example.org/" + id,
                "example", "UTF-8", "test/" + id + ".txt");
    }

    static StoredDocument stored(String id, String text, String date, Event... events) {
        Document d = doc(id, "عنوان " + id, text, date);
        return new StoredDocument(d, null, text.getBytes(StandardCharsets.UTF_8), List.of(events));
    }

    static ActorRef actor(String code) {
        return new ActorRef(code, null, null, null, null);
    }

    static Event event(String doc, int n, EventType type, String src, String tgt, String date) {
        return new Event(doc + "#" + n, doc, type, null, List.of(), src == null ? List.of() : List.of(actor(src)),
                tgt == null ? List.of() : List.of(actor(tgt)), date, null, Modality.ASSERTED, null,
                List.of(new Evidence(0, 5, "نص ما", null)), 0.8);
    }

    /** A fully populated event, every optional field set. */
    static Event rich(String doc) {
        return new Event(doc + "#1", doc, EventType.CONSULT, "visit", List.of("military", "terrorism"),
                List.of(new ActorRef("IRQ", "MIL", "سعد الراوي", "وزير الدفاع", "وزير الدفاع العراقي سعد الراوي"),
                        new ActorRef("IRQ.KRG", null, null, null, "حكومة الإقليم")),
                List.of(new ActorRef("EGY", "GOV", null, null, "الرئاسة المصرية")), "2021-03-06", "يوم السبت",
                Modality.PLANNED, new Location("القاهرة", "EGY"),
                List.of(new Evidence(10, 42, "التقى الوزير \"الراوي\", في القاهرة", null),
                        new Evidence(0, 8, "زيارة\nرسمية", "title")), 0.92);
    }
}
