package org.rasad.app.watch;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.Modality;
import org.rasad.store.Batch;
import org.rasad.store.EventJson;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;
import org.rasad.store.watch.FetchRecord;
import org.rasad.store.watch.SourceState;
import org.rasad.store.watch.WatchStore;
import org.rasad.store.watch.WatchlistRow;

/**
 * The watch loop. One cycle polls every due source in turn and commits each poll in ONE transaction: its documents
 * and events, the items it took (so they are never taken again), the watchlist matches of the new events (the
 * webhook outbox), its fetch log and the source's new state. A crash before that commit loses nothing (the items are
 * not marked taken, the next run takes them again); a crash after it repeats nothing. Webhooks are then delivered
 * from the outbox.
 */
public final class Watcher {
    /** What one cycle did. */
    public record CycleReport(int polled, int failed, int stored, int duplicates, int rejected, int events, int matches,
                              Webhooks.Report webhooks) {
    }

    private final Store store;
    private final WatchStore watch;
    private final Supplier<List<Source>> sources;
    private final Poller poller;
    private final Webhooks webhooks;
    private final Clock clock;
    private final PrintWriter log;
    private final Consumer<PollResult> beforeCommit;
    private final StopSignal stop;

    /**
     * @param sources      read at the start of every cycle (so edits of the sources file apply without a restart)
     * @param beforeCommit called with each poll just before its commit (tests simulate a crash by throwing an Error)
     */
    public Watcher(Store store, WatchStore watch, Supplier<List<Source>> sources, Poller poller, Webhooks webhooks,
                   Clock clock, PrintWriter log, StopSignal stop, Consumer<PollResult> beforeCommit) {
        this.store = store;
        this.watch = watch;
        this.sources = sources;
        this.poller = poller;
        this.webhooks = webhooks;
        this.clock = clock;
        this.log = log;
        this.stop = stop;
        this.beforeCommit = beforeCommit;
    }

    /** Polls the due sources once and delivers due webhooks. */
    public CycleReport cycle() {
        int[] n = new int[7];
        List<Watch> lists = watchlists();
        for (Source s : sources.get()) {
            if (stop.requested()) {
                break;
            }
            if (!watch.state(s.name()).due(clock.instant())) {
                continue;
            }
            PollResult r;
            try {
                r = poller.poll(s);
            } catch (RuntimeException e) {
                SourceState st = watch.state(s.name());
                Instant now = clock.instant();
                r = new PollResult(s, st.failed(now, "internal: " + e, now.plus(s.interval())), List.of(), List.of(),
                        "internal: " + e);
            }
            commit(r, lists, n);
        }
        Webhooks.Report w = webhooks.deliverDue(watch, 1000);
        if (w.delivered() + w.retrying() + w.failed() > 0) {
            log.printf("webhooks: %d delivered, %d to retry, %d failed%n", w.delivered(), w.retrying(), w.failed());
            log.flush();
        }
        return new CycleReport(n[0], n[1], n[2], n[3], n[4], n[5], n[6], w);
    }

    /** Runs cycles every {@code tick} until stopped. */
    public void run(Duration tick) {
        while (!stop.requested()) {
            try {
                cycle();
            } catch (RuntimeException e) {
                log.println("rasad watch: cycle failed: " + e);
                log.flush();
            }
            stop.sleep(tick);
        }
    }

    private record Watch(WatchlistRow row, WatchQuery query) {
    }

    private List<Watch> watchlists() {
        List<Watch> out = new ArrayList<>();
        for (WatchlistRow w : watch.watchlists()) {
            try {
                out.add(new Watch(w, WatchQuery.fromJson(w.queryJson())));
            } catch (IllegalArgumentException e) {
                log.println("rasad watch: watchlist " + w.name() + " skipped: " + e.getMessage());
            }
        }
        return out;
    }

    private void commit(PollResult r, List<Watch> lists, int[] n) {
        Instant now = clock.instant();
        String name = r.source().name();
        int stored = 0;
        int dups = 0;
        int rejected = 0;
        int events = 0;
        int matches = 0;
        try (Batch b = store.batch()) {
            for (PollResult.Item it : r.items()) {
                String outcome = it.outcome();
                String docId = null;
                if (it.doc() != null) {
                    if (b.add(it.doc())) {
                        docId = it.doc().doc().id();
                        stored++;
                        events += it.doc().events().size();
                        matches += match(b, it.doc(), lists, now);
                    } else {
                        outcome = "duplicate"; // same bytes already stored (e.g. by `rasad ingest`)
                        dups++;
                    }
                } else if (it.problem() != null) {
                    b.reject(it.problem(), name);
                    rejected++;
                } else if (outcome.equals("duplicate")) {
                    dups++;
                }
                WatchStore.markSeen(b, name, it.key(), docId, it.textHash(), outcome, now);
            }
            for (FetchRecord f : r.fetches()) {
                WatchStore.logFetch(b, f);
            }
            WatchStore.saveState(b, r.state());
            beforeCommit.accept(r);
            b.commit();
        }
        n[0]++;
        n[1] += r.failed() ? 1 : 0;
        n[2] += stored;
        n[3] += dups;
        n[4] += rejected;
        n[5] += events;
        n[6] += matches;
        if (r.failed()) {
            log.printf("source %s: FAILED (%d in a row): %s; next try %s%n", name, r.state().errorStreak(), r.error(),
                    WatchStore.iso(r.state().nextDue()));
        } else if (!r.items().isEmpty()) {
            log.printf("source %s: %d new, %d duplicate, %d rejected; %d events, %d watchlist matches%n", name, stored,
                    dups, rejected, events, matches);
        }
        log.flush();
    }

    private static int match(Batch b, StoredDocument d, List<Watch> lists, Instant now) {
        int n = 0;
        int ord = 0;
        for (Event e : d.events()) {
            ord++;
            if (e.type() == null) {
                continue;
            }
            for (Watch w : lists) {
                if (w.query().matches(e, d.doc().title(), d.searchText())) {
                    String id = e.id() == null ? d.doc().id() + "#" + ord : e.id();
                    if (WatchStore.recordMatch(b, w.row().name(), id, d.doc().id(), e.type().name(), title(e, d),
                            d.doc().url(), EventJson.toJsonLine(e.id() == null ? e.withId(id) : e), now,
                            w.row().webhook() != null)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** "CONSULT IRQ → IRN: headline" (with the modality when not asserted). */
    static String title(Event e, StoredDocument d) {
        StringBuilder b = new StringBuilder(e.type().name()).append(' ').append(codes(e.source())).append(" → ")
                .append(codes(e.target()));
        if (e.modality() != Modality.ASSERTED) {
            b.append(" (").append(e.modality().json()).append(')');
        }
        if (!d.doc().title().isBlank()) {
            b.append(": ").append(d.doc().title().strip());
        }
        return b.toString();
    }

    static String codes(List<ActorRef> actors) {
        if (actors.isEmpty()) {
            return "?";
        }
        return String.join(",", actors.stream().map(ActorRef::code).toList());
    }
}
