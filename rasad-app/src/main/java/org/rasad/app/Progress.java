package org.rasad.app;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr (docs, docs/s, skipped, rejected), redrawn at most twice a
 * second; when stderr is not a terminal it prints a plain line every 10 seconds instead.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean tty;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long lastRead;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.tty = System.console() != null;
        this.enabled = enabled;
    }

    void update(long read, long skipped, long rejected) {
        lastRead = read;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        long every = tty ? 500_000_000L : 10_000_000_000L;
        if (now - lastDraw < every) {
            return;
        }
        lastDraw = now;
        String line = String.format("  %,d docs  %,.0f docs/s  skipped %,d  rejected %,d",
                read, read / Math.max(1e-9, (now - start) / 1e9), skipped, rejected);
        if (tty) {
            err.print("\r" + line + "   ");
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    void clearLine() {
        if (drawn) {
            err.print("\r" + " ".repeat(70) + "\r");
            drawn = false;
        }
    }

    void done() {
        if (drawn) {
            err.println();
            drawn = false;
        }
        err.flush();
    }

    long lastRead() {
        return lastRead;
    }
}
