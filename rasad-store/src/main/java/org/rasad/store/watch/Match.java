package org.rasad.store.watch;

import java.time.Instant;

/**
 * A new event that matched a watchlist (table {@code watch_matches}); also the webhook outbox row.
 *
 * @param delivery  "none" (no webhook), "pending", "delivered" or "failed" (gave up)
 * @param eventJson the spec record as one JSON line
 */
public record Match(long mid, String watchlist, String eventId, String docId, String type, String title, String url,
                    String eventJson, Instant matchedAt, String delivery, int attempts, Instant nextTry,
                    String lastError) {
}
