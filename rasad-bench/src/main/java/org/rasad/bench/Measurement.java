package org.rasad.bench;

/**
 * One timed run of a stage or peer.
 *
 * @param name      stage or peer name
 * @param threads   worker threads
 * @param articles  articles processed
 * @param mb        megabytes (10^6 bytes) of article text processed
 * @param seconds   wall-clock seconds
 * @param cpuSeconds CPU time of the worker threads (all of them), which other processes on a shared machine
 *                  disturb much less than wall time
 * @param checksum  a value derived from the output (tokens, events ...) so the work cannot be optimised away
 */
public record Measurement(String name, int threads, long articles, double mb, double seconds, double cpuSeconds,
                          long checksum) {
    /** MB per CPU-second: the one-core speed, as if the thread had had a core of its own. */
    public double mbPerCpuSecond() {
        return cpuSeconds > 0 ? mb / cpuSeconds : 0;
    }

    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    public double mbPerSecond() {
        return seconds > 0 ? mb / seconds : 0;
    }
}
