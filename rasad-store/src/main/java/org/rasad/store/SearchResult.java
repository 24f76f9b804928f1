package org.rasad.store;

import java.util.List;

/** Hits of a search, best first; {@code total} counts all matching documents (may be a lower bound). */
public record SearchResult(String query, long total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
