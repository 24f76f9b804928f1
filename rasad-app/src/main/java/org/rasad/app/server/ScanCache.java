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
 * shows up within that time; this server's own ingests clear the cache at once). While an expired
 * result is being reloaded, other callers get the expired one instead of waiting. At most
 * {@code maxEntries} queries are kept.
 */
final class ScanCache<K, V> {
    /** A value (possibly still loading) and, while it loads, the expired value it replaces. */
    private record Entry<V>(CompletableFuture<V> value, long bornNanos, V stale) {
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
        @SuppressWarnings("unchecked")
        Entry<V>[] created = new Entry[1];
        Entry<V> e = entries.compute(key, (k, old) -> {
            if (old != null && now - old.bornNanos() <= ttlNanos) {
                return old;
            }
            V stale = old == null || !old.value().isDone() || old.value().isCompletedExceptionally() ? null
                    : old.value().join();
            created[0] = new Entry<>(new CompletableFuture<>(), now, stale);
            return created[0];
        });
        Entry<V> mine = created[0];
        if (e == mine) {
            try {
                mine.value().complete(load.get());
            } catch (RuntimeException ex) {
                entries.remove(key, mine);
                mine.value().completeExceptionally(ex);
            }
        } else if (!e.value().isDone() && e.stale() != null) {
            return e.stale();
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
