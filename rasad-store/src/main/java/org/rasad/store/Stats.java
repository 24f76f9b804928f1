package org.rasad.store;

import java.util.Map;

/** Counts over the store. Maps are sorted by key. */
public record Stats(long documents, long segments, long events, long rejects, long sources,
                    Map<String, Long> eventsByType, Map<String, Long> rejectsByReason) {
    public Stats {
        eventsByType = Map.copyOf(eventsByType);
        rejectsByReason = Map.copyOf(rejectsByReason);
    }
}
