package org.rasad.store.watch;

import java.time.Instant;

/**
 * Health of one source for `rasad sources list` and the API.
 *
 * @param itemsPerDay  new items taken from it per day, averaged over the last 7 days
 * @param itemsTotal   items taken from it ever (stored, duplicate or rejected)
 * @param lastStatus   HTTP status of its last logged fetch (0: no response; -1: never fetched)
 */
public record SourceHealth(String source, Instant lastSuccess, Instant lastAttempt, int errorStreak, String lastError,
                           double itemsPerDay, long itemsTotal, int lastStatus) {
}
