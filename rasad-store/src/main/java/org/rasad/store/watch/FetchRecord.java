package org.rasad.store.watch;

import java.time.Instant;

/**
 * One HTTP fetch (or folder read) as logged in {@code watch_fetches}.
 *
 * @param status HTTP status, 0 when there was no response (timeout, refused, disallowed by robots.txt)
 * @param note   short outcome: "ok", "not-modified", "robots", "too-large", an error message ...
 */
public record FetchRecord(String source, String url, int status, long bytes, long millis, String note, Instant at) {
}
