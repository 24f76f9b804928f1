package org.rasad.extract.dedup;

import java.util.List;
import org.rasad.core.Evidence;

/** One mention of a merged story event: the original event, its document, outlet and evidence. */
public record EventMention(String event, String doc, String outlet, List<Evidence> evidence) {
    public EventMention {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
