package org.rasad.app.watch;

import java.util.List;
import org.rasad.core.Problem;
import org.rasad.store.StoredDocument;
import org.rasad.store.watch.FetchRecord;
import org.rasad.store.watch.SourceState;

/**
 * What one poll of one source produced, not yet committed.
 *
 * @param state    the source's state to save
 * @param items    new items, in the order they are to be stored
 * @param fetches  every request made
 * @param error    why the poll failed, or null
 */
public record PollResult(Source source, SourceState state, List<Item> items, List<FetchRecord> fetches, String error) {
    /**
     * One new item.
     *
     * @param key      its key in watch_items (link, or file key)
     * @param doc      the document to store, or null (a duplicate, a reject, or a file marker)
     * @param textHash sha256 of its whitespace-folded text, or null
     * @param outcome  "stored", "duplicate", "rejected" or "file"
     * @param problem  why it was rejected, or null
     */
    public record Item(String key, StoredDocument doc, String textHash, String outcome, Problem problem) {
    }

    public PollResult {
        items = List.copyOf(items);
        fetches = List.copyOf(fetches);
    }

    public boolean failed() {
        return error != null;
    }
}
