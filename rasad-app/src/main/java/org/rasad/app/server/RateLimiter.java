package org.rasad.app.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perSecond} sustained, {@code burst} at once.
 * Buckets are updated atomically with {@code compute}; the map is pruned when it grows large.
 */
final class RateLimiter {
    private record Bucket(double tokens, long nanos) {
    }

    private static final int MAX_CLIENTS = 10_000;
    private final double perSecond;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
    }

    boolean enabled() {
        return perSecond > 0;
    }

    /** Takes one token for {@code client}; false when the client is over its rate. */
    boolean tryAcquire(String client, long nowNanos) {
        if (!enabled()) {
            return true;
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> nowNanos - e.getValue().nanos() > 60_000_000_000L);
        }
        boolean[] ok = new boolean[1];
        buckets.compute(client, (k, b) -> {
            double tokens = b == null ? burst : Math.min(burst, b.tokens() + (nowNanos - b.nanos()) * perSecond / 1e9);
            ok[0] = tokens >= 1;
            return new Bucket(ok[0] ? tokens - 1 : tokens, nowNanos);
        });
        return ok[0];
    }
}
