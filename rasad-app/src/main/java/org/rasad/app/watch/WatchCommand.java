package org.rasad.app.watch;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.rasad.app.DbOption;
import org.rasad.app.UserError;
import org.rasad.core.PipelineConfig;
import org.rasad.store.Store;
import org.rasad.store.watch.WatchStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rasad watch}: the long-running ingest loop (or one cycle with --once). */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll the sources that are due, ingest new articles, extract and store events, alert watchlists.",
            "Survives restarts (state in the database); stops cleanly on SIGTERM / Ctrl-C after the current source."})
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    SourcesOption sources;
    @Mixin
    DbOption db;
    @Option(names = "--once", description = "Run one cycle and exit (for cron and tests).")
    boolean once;
    @Option(names = "--interval", defaultValue = "60s",
            description = "How often to look for due sources (each source keeps its own poll interval). Default 60s.")
    String interval;
    @Option(names = "--max-items", defaultValue = "100", description = "New items taken per source per poll (default 100).")
    int maxItems;
    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X", description = "Drop events below X.")
    double minConfidence;
    @Option(names = "--host-delay", defaultValue = "2s", description = "Least time between requests to one host (2s).")
    String hostDelay;
    @Option(names = "--timeout", defaultValue = "30s", description = "Request timeout (default 30s).")
    String timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Duration tick;
        FetchPolicy policy;
        try {
            tick = Durations.parse(interval);
            policy = FetchPolicy.defaults().withHostDelay(Durations.parse(hostDelay))
                    .withTimeouts(Duration.ofSeconds(10), Durations.parse(timeout));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<Source> first = sources.load();
        if (first.isEmpty()) {
            throw new UserError("no sources in " + sources.path() + " (add one: rasad sources add NAME URL)");
        }
        StopSignal stop = new StopSignal();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.request();
            try {
                finished.await(60, TimeUnit.SECONDS); // let the current source commit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rasad-watch-shutdown");
        if (!once) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        AtomicReference<List<Source>> current = new AtomicReference<>(first);
        try (Store store = Store.open(db.path()); WatchStore ws = WatchStore.open(store)) {
            Clock clock = Clock.systemUTC();
            Poller poller = new Poller(ws, new HttpFetcher(policy), new Extractor(PipelineConfig.defaults()
                    .withMinConfidence(minConfidence)), clock, maxItems, stop::requested);
            Watcher w = new Watcher(store, ws, () -> reload(current, out), poller, Webhooks.defaults(clock), clock, out,
                    stop, r -> { });
            out.println("watching " + first.size() + " sources from " + sources.path() + " into "
                    + db.path().toAbsolutePath().normalize() + (once ? " (one cycle)" : ", every " + interval));
            out.flush();
            if (once) {
                Watcher.CycleReport r = w.cycle();
                out.printf("polled %d sources (%d failed): %d new documents, %d duplicates, %d rejected, %d events, "
                        + "%d watchlist matches%n", r.polled(), r.failed(), r.stored(), r.duplicates(), r.rejected(),
                        r.events(), r.matches());
                out.flush();
                return r.polled() > 0 && r.failed() == r.polled() ? 1 : 0;
            }
            w.run(tick);
            out.println("rasad watch: stopped");
            out.flush();
            return 0;
        } finally {
            finished.countDown();
        }
    }

    /** Re-reads the sources file each cycle; a broken edit keeps the last good list. */
    private List<Source> reload(AtomicReference<List<Source>> current, PrintWriter out) {
        try {
            current.set(sources.load());
        } catch (UserError e) {
            out.println("rasad watch: sources file not reloaded: " + e.getMessage());
            out.flush();
        }
        return current.get();
    }
}
