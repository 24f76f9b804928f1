package org.rasad.store.watch;

import java.time.Instant;

/**
 * What the watcher remembers about one source between polls (table {@code watch_source_state}).
 *
 * @param source       the source's name in the sources file
 * @param etag         ETag of the last 200 response, for If-None-Match; null if none
 * @param lastModified Last-Modified of the last 200 response, for If-Modified-Since; null if none
 * @param lastAttempt  when it was last polled; null if never
 * @param lastSuccess  when a poll last succeeded (200 or 304); null if never
 * @param errorStreak  failed polls since the last success
 * @param lastError    the last failure's message, or null
 * @param nextDue      earliest time of the next poll (interval after a success, backoff after a failure)
 */
public record SourceState(String source, String etag, String lastModified, Instant lastAttempt, Instant lastSuccess,
                          int errorStreak, String lastError, Instant nextDue) {
    public static SourceState fresh(String source) {
        return new SourceState(source, null, null, null, null, 0, null, null);
    }

    /** A successful poll: validators replaced (null keeps the old ones), streak cleared. */
    public SourceState succeeded(Instant at, String newEtag, String newLastModified, Instant due) {
        return new SourceState(source, newEtag != null ? newEtag : etag,
                newLastModified != null ? newLastModified : lastModified, at, at, 0, null, due);
    }

    /** A failed poll: the streak grows, the validators stay. */
    public SourceState failed(Instant at, String error, Instant due) {
        return new SourceState(source, etag, lastModified, at, lastSuccess, errorStreak + 1, error, due);
    }

    public boolean due(Instant now) {
        return nextDue == null || !now.isBefore(nextDue);
    }
}
