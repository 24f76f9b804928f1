package org.rasad.store.watch;

import java.time.Instant;

/**
 * A saved watchlist as stored (table {@code watchlists}); the query is JSON owned by the app layer.
 *
 * @param webhook URL events are POSTed to, or null
 * @param secret  HMAC-SHA256 key signing webhook bodies, or null
 */
public record WatchlistRow(String name, String queryJson, String webhook, String secret, Instant createdAt) {
}
