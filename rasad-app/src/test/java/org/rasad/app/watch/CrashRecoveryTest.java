package org.rasad.app.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.store.Store;
import org.rasad.store.watch.Match;
import org.rasad.store.watch.WatchStore;
import org.rasad.store.watch.WatchlistRow;

/**
 * Crash safety, by SIMULATING a crash between fetch and commit: the watcher's pre-commit hook throws an Error after
 * every article of the poll was fetched and processed and written into the open transaction; the store is then
 * closed without commit (as a killed process would leave it) and reopened by a fresh watcher.
 */
class CrashRecoveryTest {
    /** Stands for the process dying. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated kill -9 before commit");
        }
    }

    private static final List<String> BODIES = List.of(
            "وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة في القاهرة يوم الاثنين.",
            "استقبل الرئيس المصري في القاهرة وزير الخارجية السعودي وبحثا الأوضاع في غزة.",
            "أدانت تركيا الغارات الروسية على مدينة إدلب السورية.");

    @Test
    void crashBeforeCommitLosesNothingAndRestartRepeatsNothing(@TempDir Path tmp) throws Exception {
        try (FeedServer srv = new FeedServer()) {
            List<String[]> items = new ArrayList<>();
            for (int i = 0; i < BODIES.size(); i++) {
                String path = "/n/" + i + ".html";
                srv.html(path, FeedServer.page("خبر " + i, "2026-11-20", BODIES.get(i), "utf-8"));
                items.add(new String[] {"خبر " + i, srv.url(path), "Fri, 20 Nov 2026 08:00:00 GMT", "ملخص " + i});
            }
            srv.xml("/n/rss.xml", FeedServer.rss("نون", "utf-8", items), StandardCharsets.UTF_8);
            List<Source> sources = List.of(Source.of("n", srv.url("/n/rss.xml"), SourceKind.RSS)
                    .withInterval(Duration.ofMinutes(5)));
            TestClock clock = new TestClock(Instant.parse("2026-11-21T06:00:00Z"));
            Path db = tmp.resolve("db");

            // run 1: dies just before the commit of its poll
            try (Store store = Store.open(db); WatchStore ws = WatchStore.open(store)) {
                ws.putWatchlist(new WatchlistRow("all", new WatchQuery(null, null, null, null, null, null, null)
                        .toJson(), srv.url("/hook"), "k", clock.instant()));
                Watcher w = Fixtures.watcher(store, ws, sources, clock, new StringWriter(), r -> {
                    throw new SimulatedCrash();
                });
                assertThatThrownBy(w::cycle).isInstanceOf(SimulatedCrash.class);
                assertThat(srv.hits("/n/0.html")).isEqualTo(1);
            }
            try (Store store = Store.open(db); WatchStore ws = WatchStore.open(store)) {
                assertThat(store.stats().documents()).as("nothing half-committed").isZero();
                assertThat(ws.matches("all", null, 100)).isEmpty();
                assertThat(ws.state("n").lastAttempt()).isNull();

                // run 2 (restart, same time: the source is still due): takes everything, once
                Watcher w = Fixtures.watcher(store, ws, sources, clock, new StringWriter(), r -> { });
                Watcher.CycleReport c = w.cycle();
                assertThat(c.stored()).isEqualTo(3);
                assertThat(store.stats().documents()).isEqualTo(3);
                long events = store.stats().events();
                List<Match> matches = ws.matches("all", null, 100);
                assertThat(matches).hasSize((int) events).extracting(Match::eventId).doesNotHaveDuplicates();
                assertThat(srv.posts()).hasSize((int) events);

                // run 3 after the interval: the feed is unchanged, nothing is stored or sent again
                clock.advance(Duration.ofMinutes(6));
                Watcher.CycleReport again = w.cycle();
                assertThat(again.polled()).isEqualTo(1);
                assertThat(again.stored() + again.duplicates()).isZero();
                assertThat(store.stats().documents()).isEqualTo(3);
                assertThat(srv.posts()).hasSize((int) events);
                for (int i = 0; i < BODIES.size(); i++) {
                    assertThat(srv.hits("/n/" + i + ".html")).as("fetched in the crashed run and once after").isEqualTo(2);
                }
            }
        }
    }

    @Test
    void webhookOutboxSurvivesRestart(@TempDir Path tmp) throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.html("/m/1.html", FeedServer.page("خبر", "2026-11-20", BODIES.get(0), "utf-8"));
            srv.xml("/m/rss.xml", FeedServer.rss("ميم", "utf-8", List.<String[]>of(new String[] {"خبر",
                    srv.url("/m/1.html"), "Fri, 20 Nov 2026 08:00:00 GMT", "ملخص"})), StandardCharsets.UTF_8);
            List<Source> sources = List.of(Source.of("m", srv.url("/m/rss.xml"), SourceKind.RSS));
            TestClock clock = new TestClock(Instant.parse("2026-11-21T06:00:00Z"));
            Path db = tmp.resolve("db");
            srv.route("/hook-down", new FeedServer.Route(503, null, new byte[0], null, 0, Map.of()));
            try (Store store = Store.open(db); WatchStore ws = WatchStore.open(store)) {
                ws.putWatchlist(new WatchlistRow("all", new WatchQuery(null, null, null, null, null, null, null)
                        .toJson(), srv.url("/hook"), null, clock.instant()));
                // the poll commits, the receiver is down, then the process stops: the match waits in the outbox
                srv.failHooks(Integer.MAX_VALUE);
                Watcher w = Fixtures.watcher(store, ws, sources, clock, new StringWriter(), r -> { });
                Watcher.CycleReport c = w.cycle();
                assertThat(c.stored()).isEqualTo(1);
                assertThat(srv.posts()).isEmpty();
            }
            srv.failHooks(0);
            clock.advance(Duration.ofMinutes(1));
            try (Store store = Store.open(db); WatchStore ws = WatchStore.open(store)) {
                Watcher w = Fixtures.watcher(store, ws, sources, clock, new StringWriter(), r -> { });
                w.cycle();
                long events = store.stats().events();
                assertThat(events).isPositive();
                assertThat(srv.posts()).hasSize((int) events);
                assertThat(ws.matches("all", null, 100)).allMatch(m -> m.delivery().equals("delivered"));
                assertThat(store.stats().documents()).isEqualTo(1);
            }
        }
    }
}
