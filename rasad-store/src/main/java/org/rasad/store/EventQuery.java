package org.rasad.store;

import org.rasad.core.EventType;
import org.rasad.core.Modality;

/**
 * A filter over stored events. Null fields do not filter.
 *
 * @param actor    an actor code on either side: "IRQ" matches IRQ and IRQ.KRG; "IRQ.KRG" matches only that
 * @param source   an actor code on the source side (with {@code target}: a dyad)
 * @param target   an actor code on the target side
 * @param type     event type
 * @param from     first day, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (inclusive); events without a date use their
 *                 document's date
 * @param to       last day, same forms (inclusive: "2020" means up to 2020-12-31)
 * @param modality modality
 * @param mode     PLOVER mode (lower case)
 * @param doc      a document id (also matches its segments "id~2")
 * @param limit    at most this many (<= 0: no limit)
 * @param offset   skip this many
 */
public record EventQuery(String actor, String source, String target, EventType type, String from, String to,
                         Modality modality, String mode, String doc, int limit, int offset) {
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, 0, 0);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(a, source, target, type, from, to, modality, mode, doc, limit, offset);
    }

    public EventQuery withDyad(String s, String t) {
        return new EventQuery(actor, s, t, type, from, to, modality, mode, doc, limit, offset);
    }

    public EventQuery withType(EventType t) {
        return new EventQuery(actor, source, target, t, from, to, modality, mode, doc, limit, offset);
    }

    public EventQuery between(String f, String t) {
        return new EventQuery(actor, source, target, type, f, t, modality, mode, doc, limit, offset);
    }

    public EventQuery withModality(Modality m) {
        return new EventQuery(actor, source, target, type, from, to, m, mode, doc, limit, offset);
    }

    public EventQuery withMode(String m) {
        return new EventQuery(actor, source, target, type, from, to, modality, m, doc, limit, offset);
    }

    public EventQuery withDoc(String d) {
        return new EventQuery(actor, source, target, type, from, to, modality, mode, d, limit, offset);
    }

    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(actor, source, target, type, from, to, modality, mode, doc, newLimit, newOffset);
    }
}
