package org.rasad.app.watch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A one-way stop request (from a shutdown hook or a test) that also wakes a sleeping watch loop. */
public final class StopSignal {
    private final CountDownLatch stop = new CountDownLatch(1);

    public void request() {
        stop.countDown();
    }

    public boolean requested() {
        return stop.getCount() == 0;
    }

    /** Sleeps up to d; returns early (true) when stop is requested or the thread is interrupted. */
    public boolean sleep(Duration d) {
        try {
            return stop.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
