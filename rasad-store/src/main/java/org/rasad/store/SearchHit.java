package org.rasad.store;

import java.util.List;
import org.rasad.core.Span;

/**
 * One full-text hit.
 *
 * @param docId      document id
 * @param title      its title
 * @param date       its date "YYYY-MM-DD" or null
 * @param snippet    a window of the searched text around the first match
 * @param highlights ranges of {@code snippet} that matched the query
 * @param score      Lucene score
 */
public record SearchHit(String docId, String title, String date, String snippet, List<Span> highlights, float score) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
