package org.rasad.app.server;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Results of recent store scans, shared: concurrent requests for the same query wait on one scan
 * (single flight), and a result is reused for {@code ttlNanos} (so data written by another process
 * shows up within that time; this server's own ingests clear the cache at once). At most
 * {@code maxEntries} queries are kept.
 */
final class ScanCache<K, V> {
    private record Entry<V>(CompletableFuture<V> value, long bornNanos) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;

    ScanCache(long ttlNanos, int maxEntries, LongSupplier clock) {
        this.ttlNanos = ttlNanos;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The cached value for {@code key}, or the one {@code load} produces (once, however many callers ask). */
    V get(K key, Supplier<V> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        long now = clock.getAsLong();
        if (entries.size() >= maxEntries) {
            entries.entrySet().removeIf(e -> now - e.getValue().bornNanos() > ttlNanos);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        Entry<V> mine = new Entry<>(new CompletableFuture<>(), now);
        Entry<V> e = entries.compute(key, (k, old) -> old == null || now - old.bornNanos() > ttlNanos ? mine : old);
        if (e == mine) {
            try {
                mine.value().complete(load.get());
            } catch (RuntimeException ex) {
                entries.remove(key, mine);
                mine.value().completeExceptionally(ex);
            }
        }
        try {
            return e.value().join();
        } catch (CompletionException ex) {
            throw ex.getCause() instanceof RuntimeException r ? r : ex;
        }
    }

    void clear() {
        entries.clear();
    }

    Map<K, ?> view() {
        return Map.copyOf(entries);
    }
}
