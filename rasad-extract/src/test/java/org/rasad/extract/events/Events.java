package org.rasad.extract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rasad.core.ActorRef;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.PipelineConfig;
import org.rasad.extract.Pipeline;
import org.rasad.extract.eval.Evaluation;

/** Test helper: one pipeline per JVM, events of a text. */
final class Events {
    static final Pipeline PIPELINE = Pipeline.create(PipelineConfig.defaults());

    private Events() {
    }

    static List<Event> of(String text, LocalDate date) {
        return PIPELINE.extract(Evaluation.uncleaned(new Document("t", "", text, date, null, null, "UTF-8", "-")));
    }

    static List<Event> of(String text) {
        return of(text, LocalDate.of(2024, 3, 10));
    }

    static List<Event> ofType(String text, EventType type) {
        return of(text).stream().filter(e -> e.type() == type).toList();
    }

    static Set<String> codes(List<ActorRef> side) {
        Set<String> out = new TreeSet<>();
        side.forEach(a -> out.add(a.topCode()));
        return out;
    }
}
