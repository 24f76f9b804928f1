package org.rasad.app.watch;

import java.time.Duration;

/**
 * How politely and how defensively the watcher fetches.
 *
 * @param userAgent      sent with every request; its first word is the robots.txt product token
 * @param connectTimeout TCP/TLS connect limit
 * @param requestTimeout limit for one whole response
 * @param maxBytes       bodies larger than this (after gzip) are dropped ("too-large")
 * @param maxRedirects   redirects followed per fetch
 * @param attempts       tries per fetch on timeouts, connection errors, 429 and 5xx (1 = no retry)
 * @param backoff        wait before the second try; doubles each try (a Retry-After header wins, capped)
 * @param hostDelay      least time between two requests to the same host (a larger robots.txt Crawl-delay wins,
 *                       up to one minute)
 * @param robots         obey robots.txt
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBytes,
                          int maxRedirects, int attempts, Duration backoff, Duration hostDelay, boolean robots) {
    public static FetchPolicy defaults() {
        return new FetchPolicy("rasad/0.1 (Arabic news event monitor)", Duration.ofSeconds(10), Duration.ofSeconds(30),
                8L << 20, 5, 3, Duration.ofSeconds(2), Duration.ofSeconds(2), true);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration request) {
        return new FetchPolicy(userAgent, connect, request, maxBytes, maxRedirects, attempts, backoff, hostDelay, robots);
    }

    public FetchPolicy withRetries(int n, Duration firstBackoff) {
        return new FetchPolicy(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects, n, firstBackoff,
                hostDelay, robots);
    }

    public FetchPolicy withHostDelay(Duration d) {
        return new FetchPolicy(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects, attempts, backoff, d,
                robots);
    }

    public FetchPolicy withMaxBytes(long n) {
        return new FetchPolicy(userAgent, connectTimeout, requestTimeout, n, maxRedirects, attempts, backoff, hostDelay,
                robots);
    }

    /** The robots.txt product token: the user agent's first word before '/'. */
    public String robotsToken() {
        String first = userAgent.strip().split("[\\s/]", 2)[0];
        return first.toLowerCase(java.util.Locale.ROOT);
    }
}
