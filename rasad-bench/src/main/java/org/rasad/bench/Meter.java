package org.rasad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;
import org.rasad.core.Document;

/**
 * Times a per-article function over a corpus on one or more threads. Articles are split into contiguous
 * equal shares, one per thread; the wall time covers all shares. A warm-up pass over the same articles
 * runs first so that the JIT has compiled the hot paths.
 */
public final class Meter {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private Meter() {
    }

    /** A unit of work per article; returns something derived from its output. */
    @FunctionalInterface
    public interface Work {
        long run(Document doc);
    }

    public static Measurement measure(String name, Corpus corpus, int threads, int warmups, Work work) {
        List<Document> docs = corpus.docs();
        for (int w = 0; w < warmups; w++) {
            runShares(docs, threads, work::run);
        }
        long[] cpu = new long[1];
        long t0 = System.nanoTime();
        long sum = runShares(docs, threads, work::run, cpu);
        double s = (System.nanoTime() - t0) / 1e9;
        return new Measurement(name, threads, docs.size(), corpus.textBytes() / 1e6, s, cpu[0] / 1e9, sum);
    }

    /** Times a function over whole shares of raw JSONL lines (one share per thread), e.g. decode + extract. */
    public static Measurement measureLines(String name, Corpus corpus, int threads, int warmups,
                                           java.util.function.ToLongFunction<List<byte[]>> shareWork) {
        List<List<byte[]>> shares = new ArrayList<>();
        int n = corpus.lines().size();
        for (int i = 0; i < threads; i++) {
            shares.add(corpus.lines().subList(n * i / threads, n * (i + 1) / threads));
        }
        for (int w = 0; w < warmups; w++) {
            runShares(shares, threads, shareWork);
        }
        long[] cpu = new long[1];
        long t0 = System.nanoTime();
        long sum = runShares(shares, threads, shareWork, cpu);
        double s = (System.nanoTime() - t0) / 1e9;
        return new Measurement(name, threads, corpus.docs().size(), corpus.textBytes() / 1e6, s, cpu[0] / 1e9, sum);
    }

    static <T> long runShares(List<T> items, int threads, ToLongFunction<T> f) {
        return runShares(items, threads, f, new long[1]);
    }

    /** Runs the shares; adds the worker threads' CPU nanoseconds to {@code cpu[0]}. */
    static <T> long runShares(List<T> items, int threads, ToLongFunction<T> f, long[] cpu) {
        if (threads <= 1) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long sum = runShare(items, f);
            cpu[0] += CPU.getCurrentThreadCpuTime() - c0;
            return sum;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "bench-worker", 16L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<long[]>> fs = new ArrayList<>();
            int n = items.size();
            int parts = Math.min(threads, Math.max(1, n));
            for (int i = 0; i < parts; i++) {
                List<T> share = items.subList(n * i / parts, n * (i + 1) / parts);
                fs.add(pool.submit(() -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long r = runShare(share, f);
                    return new long[] {r, CPU.getCurrentThreadCpuTime() - c0};
                }));
            }
            long sum = 0;
            for (Future<long[]> fu : fs) {
                long[] r = fu.get();
                sum += r[0];
                cpu[0] += r[1];
            }
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> long runShare(List<T> items, ToLongFunction<T> f) {
        long sum = 0;
        for (T t : items) {
            sum += f.applyAsLong(t);
        }
        return sum;
    }
}
