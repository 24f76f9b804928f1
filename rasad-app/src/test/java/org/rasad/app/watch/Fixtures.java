package org.rasad.app.watch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.rasad.core.PipelineConfig;
import org.rasad.store.Store;
import org.rasad.store.watch.WatchStore;

/** Builds watchers for tests: short timeouts, fast retries, no host delay, loopback only. */
final class Fixtures {
    static final FetchPolicy FAST = FetchPolicy.defaults()
            .withTimeouts(Duration.ofMillis(700), Duration.ofMillis(1500))
            .withRetries(2, Duration.ofMillis(50))
            .withHostDelay(Duration.ZERO);
    static final Extractor EXTRACTOR = new Extractor(PipelineConfig.defaults());

    private Fixtures() {
    }

    static Watcher watcher(Store store, WatchStore ws, List<Source> sources, TestClock clock, StringWriter log,
                           Consumer<PollResult> beforeCommit) {
        StopSignal stop = new StopSignal();
        Poller poller = new Poller(ws, new HttpFetcher(FAST), EXTRACTOR, clock, 100, stop::requested);
        Webhooks hooks = new Webhooks(Duration.ofSeconds(2), Duration.ofSeconds(1), 5, clock);
        return new Watcher(store, ws, () -> sources, poller, hooks, clock, new PrintWriter(log, true), stop,
                beforeCommit);
    }

    static Store open(Path dir) {
        return Store.open(dir);
    }
}
