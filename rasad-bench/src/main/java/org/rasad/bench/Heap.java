package org.rasad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap, from the JVM's memory pools (sum of each heap pool's peak: an upper bound). */
public final class Heap {
    private Heap() {
    }

    public static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    public static long peakBytes() {
        long n = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                n += p.getPeakUsage().getUsed();
            }
        }
        return n;
    }

    /** Samples the used heap every few milliseconds on a daemon thread and keeps the maximum. */
    public static final class Sampler implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread;

        public Sampler(long periodMillis) {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public long maxBytes() {
            return max.get();
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    public static long usedBytes() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
