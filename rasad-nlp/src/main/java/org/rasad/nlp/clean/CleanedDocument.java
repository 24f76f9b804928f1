package org.rasad.nlp.clean;

import java.time.LocalDate;
import java.util.List;
import org.rasad.core.Document;
import org.rasad.core.Span;

/**
 * A document after cleaning.
 *
 * @param doc       the document as read (original text untouched)
 * @param masked    same length as {@code doc.text()}: page furniture (and for HTML all markup) replaced by spaces,
 *                  line breaks kept (HTML: a line break at each block boundary), an entity's decoded char at the
 *                  entity's '&amp;' with spaces after it; so every offset into it is an offset into the original
 * @param cleanText compact cleaned body for storage and search
 * @param segments  one or more article segments (a second full article after "read also" is its own segment)
 */
public record CleanedDocument(Document doc, String masked, String cleanText, List<Segment> segments) {
    public CleanedDocument {
        segments = List.copyOf(segments);
    }

    /**
     * @param id   document id, plus a suffix ("~2") for a second article
     * @param span its range in the original text
     * @param date its own date (found in its text, else the document's), or null
     */
    public record Segment(String id, Span span, LocalDate date) {
    }
}
