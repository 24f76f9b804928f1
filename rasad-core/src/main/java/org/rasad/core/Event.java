package org.rasad.core;

import java.util.List;

/**
 * One event record exactly as spec/events.md defines it.
 *
 * @param date     "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null
 */
public record Event(String id, String doc, EventType type, String mode, List<String> contexts,
                    List<ActorRef> source, List<ActorRef> target, String date, String dateText,
                    Modality modality, Location location, List<Evidence> evidence, double confidence) {
    public Event {
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
        source = source == null ? List.of() : List.copyOf(source);
        target = target == null ? List.of() : List.copyOf(target);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        modality = modality == null ? Modality.ASSERTED : modality;
    }

    public Event withId(String newId) {
        return new Event(newId, doc, type, mode, contexts, source, target, date, dateText, modality,
                location, evidence, confidence);
    }
}
