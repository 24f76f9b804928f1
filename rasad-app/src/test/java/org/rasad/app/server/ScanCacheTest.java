package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScanCacheTest {
    @Test
    void concurrentCallersShareOneLoad() throws InterruptedException {
        ScanCache<String, Integer> c = new ScanCache<>(1_000_000_000L, 8, System::nanoTime);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 16; i++) {
            ts.add(Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(c.get("q", () -> {
                    loads.incrementAndGet();
                    sleep(100);
                    return 42;
                }));
            }));
        }
        go.countDown();
        for (Thread t : ts) {
            t.join();
        }
        assertThat(seen).hasSize(16).containsOnly(42);
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void entriesExpireAndClearAndFailuresAreNotCached() {
        AtomicLong now = new AtomicLong();
        ScanCache<String, Integer> c = new ScanCache<>(100, 2, now::get);
        AtomicInteger n = new AtomicInteger();
        assertThat(c.get("a", n::incrementAndGet)).isEqualTo(1);
        assertThat(c.get("a", n::incrementAndGet)).isEqualTo(1);
        now.addAndGet(101);
        assertThat(c.get("a", n::incrementAndGet)).isEqualTo(2);
        c.clear();
        assertThat(c.get("a", n::incrementAndGet)).isEqualTo(3);
        assertThatThrownBy(() -> c.get("b", () -> { throw new IllegalStateException("boom"); }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(c.get("b", () -> 7)).isEqualTo(7);
        c.get("c", () -> 1);
        c.get("d", () -> 1);
        assertThat(c.view().size()).isLessThanOrEqualTo(2);
    }

    @Test
    void expiredValueIsServedWhileItReloads() throws InterruptedException {
        AtomicLong now = new AtomicLong();
        ScanCache<String, Integer> c = new ScanCache<>(100, 8, now::get);
        assertThat(c.get("a", () -> 1)).isEqualTo(1);
        now.addAndGet(500);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread reloader = Thread.ofVirtual().start(() -> c.get("a", () -> {
            loading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 2;
        }));
        loading.await();
        assertThat(c.get("a", () -> 99)).isEqualTo(1); // stale, at once, no second load
        release.countDown();
        reloader.join();
        assertThat(c.get("a", () -> 99)).isEqualTo(2);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
