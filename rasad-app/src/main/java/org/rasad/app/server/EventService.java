package org.rasad.app.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.rasad.core.Document;
import org.rasad.core.Event;

/**
 * What the HTTP layer needs from the database. Handlers stay thin and call only this;
 * {@link InMemoryEventService} implements it for tests and demos, a Store-backed
 * implementation for real databases.
 */
public interface EventService {

    /** A stored document with its cleaned text and its events. */
    record DocumentView(Document document, String cleanedText, List<Event> events) {
        public DocumentView {
            cleanedText = cleanedText == null ? "" : cleanedText;
            events = events == null ? List.of() : List.copyOf(events);
        }
    }

    /** One full-text search hit. */
    record DocumentHit(String id, String title, String date, String snippet, int events, double score) {
    }

    /** A page of results with the total number of matches. */
    record Page<T>(long total, int offset, int limit, List<T> items) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** What the database holds. */
    record Stats(long documents, long events, long problems, java.util.Map<String, Long> eventsByType,
                 String firstDate, String lastDate) {
        public Stats {
            eventsByType = java.util.Map.copyOf(eventsByType);
        }
    }

    /** What an ingest did. */
    record IngestOutcome(int documents, int events, List<String> problems) {
        public IngestOutcome {
            problems = List.copyOf(problems);
        }
    }

    Optional<DocumentView> document(String id);

    /** Arabic-aware full-text search over documents (title and text). */
    Page<DocumentHit> search(String query, int offset, int limit);

    /** Events matching the filter, sorted, one page. */
    Page<Event> events(EventFilter filter, EventSort sort, int offset, int limit);

    /**
     * Streams events matching the filter to {@code sink}, at most {@code max} of them, in the order
     * of {@code sort}; returns how many were delivered. Used for aggregations and exports.
     */
    long forEach(EventFilter filter, EventSort sort, long max, Consumer<Event> sink);

    Stats stats();

    /** Runs documents through the pipeline and stores them with their events. */
    IngestOutcome ingest(List<Document> documents);
}
