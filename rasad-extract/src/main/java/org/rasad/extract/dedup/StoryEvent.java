package org.rasad.extract.dedup;

import java.util.List;
import org.rasad.core.EventType;

/**
 * A merged event (GDELT "event"): same story, type and actor set, dates within a window; every
 * contributing event is kept as a {@link EventMention} (GDELT "mention").
 *
 * @param id     deterministic: story id + "/" + the smallest mention event id
 * @param actors sorted actor codes, source and target, as "S:CODE" / "T:CODE"
 * @param first  earliest ISO date (or null)
 * @param last   latest ISO date (or null)
 */
public record StoryEvent(String id, String story, EventType type, List<String> actors, String first,
                         String last, List<EventMention> mentions) {
    public StoryEvent {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }
}
