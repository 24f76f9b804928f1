package org.rasad.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.store.Store;
import org.rasad.store.watch.WatchStore;

/** Drop folders and sitemaps. */
class OtherKindsTest {
    private static final String[] BODIES = {
        "وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة في القاهرة يوم الاثنين.",
        "استقبل الرئيس المصري في القاهرة وزير الخارجية السعودي وبحثا الأوضاع في غزة.",
        "أدانت تركيا الغارات الروسية على مدينة إدلب السورية."};

    @Test
    void folderTakesNewFinishedFilesOnce(@TempDir Path tmp) throws Exception {
        Path drop = Files.createDirectories(tmp.resolve("drop"));
        Files.writeString(drop.resolve("a.html"), FeedServer.page("أ", "2026-11-20", BODIES[0], "utf-8"));
        Files.writeString(drop.resolve("b.txt"), BODIES[1]);
        Files.writeString(drop.resolve("c.html.tmp"), FeedServer.page("ج", "2026-11-20", BODIES[2], "utf-8"));
        Files.writeString(drop.resolve("notes.pdf"), "not news");
        Source s = Source.of("drop", drop.toString(), SourceKind.FOLDER).withInterval(Duration.ofMinutes(1));
        TestClock clock = new TestClock(Instant.parse("2026-11-21T06:00:00Z"));
        try (Store store = Store.open(tmp.resolve("db")); WatchStore ws = WatchStore.open(store)) {
            Watcher w = Fixtures.watcher(store, ws, List.of(s), clock, new StringWriter(), r -> { });
            assertThat(w.cycle().stored()).isEqualTo(2);
            Files.move(drop.resolve("c.html.tmp"), drop.resolve("c.html"));
            clock.advance(Duration.ofMinutes(2));
            assertThat(w.cycle().stored()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(2));
            Watcher.CycleReport again = w.cycle();
            assertThat(again.polled()).isEqualTo(1);
            assertThat(again.stored() + again.duplicates()).isZero();
            assertThat(store.stats().documents()).isEqualTo(3);
            assertThat(ws.health("drop", clock.instant()).itemsTotal()).isEqualTo(3);
        }
    }

    @Test
    void missingFolderIsReportedAsAFailure(@TempDir Path tmp) {
        Source s = Source.of("gone", tmp.resolve("nope").toString(), SourceKind.WARC);
        TestClock clock = new TestClock(Instant.parse("2026-11-21T06:00:00Z"));
        try (Store store = Store.open(tmp.resolve("db")); WatchStore ws = WatchStore.open(store)) {
            Watcher w = Fixtures.watcher(store, ws, List.of(s), clock, new StringWriter(), r -> { });
            assertThat(w.cycle().failed()).isEqualTo(1);
            assertThat(ws.state("gone").lastError()).contains("no such folder");
        }
    }

    @Test
    void sitemapIndexIsFollowedAndPagesTakenOnce(@TempDir Path tmp) throws Exception {
        try (FeedServer srv = new FeedServer()) {
            for (int i = 0; i < BODIES.length; i++) {
                srv.html("/s/" + i + ".html", FeedServer.page("خبر " + i, "2026-11-20", BODIES[i], "utf-8"));
            }
            srv.xml("/sitemap-index.xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/"
                    + "sitemap/0.9\"><sitemap><loc>" + srv.url("/sitemap-1.xml") + "</loc></sitemap></sitemapindex>",
                    StandardCharsets.UTF_8);
            srv.xml("/sitemap-1.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>" + srv.url("/s/0.html") + "</loc><lastmod>2026-11-20</lastmod></url>"
                    + "<url><loc>" + srv.url("/s/1.html") + "</loc><lastmod>2026-11-21</lastmod></url>"
                    + "<url><loc>" + srv.url("/s/missing.html") + "</loc></url></urlset>", StandardCharsets.UTF_8);
            Source s = Source.of("map", srv.url("/sitemap-index.xml"), SourceKind.SITEMAP)
                    .withInterval(Duration.ofMinutes(10));
            TestClock clock = new TestClock(Instant.parse("2026-11-21T06:00:00Z"));
            try (Store store = Store.open(tmp.resolve("db")); WatchStore ws = WatchStore.open(store)) {
                Watcher w = Fixtures.watcher(store, ws, List.of(s), clock, new StringWriter(), r -> { });
                assertThat(w.cycle().stored()).isEqualTo(2);
                clock.advance(Duration.ofMinutes(11));
                assertThat(w.cycle().stored()).isZero();
                assertThat(srv.hits("/s/0.html")).isEqualTo(1);
                assertThat(srv.hits("/s/1.html")).isEqualTo(1);
                assertThat(srv.hits("/s/missing.html")).as("a failed page is tried again next poll").isEqualTo(2);
            }
        }
    }

    @Test
    void feedItemsWithOnlyTitleAndLinkAreFetchedAndHtmlInsteadOfAFeedIsAnError(@TempDir Path tmp) throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.html("/b/0.html", FeedServer.page("خبر", "2026-11-20", BODIES[0], "utf-8"));
            srv.xml("/b/rss.xml", "<?xml version=\"1.0\"?><rss><channel><title>ب</title><item><title>خبر</title><link>"
                    + srv.url("/b/0.html") + "</link></item><item><title>بلا رابط</title></item></channel></rss>",
                    StandardCharsets.UTF_8);
            srv.xml("/b/empty.xml", "<?xml version=\"1.0\"?><rss><channel><title>فارغ</title></channel></rss>",
                    StandardCharsets.UTF_8);
            srv.html("/b/login.html", FeedServer.page("تسجيل الدخول", "2026-11-20", "يرجى تسجيل الدخول", "utf-8"));
            TestClock clock = new TestClock(Instant.parse("2026-11-21T06:00:00Z"));
            List<Source> sources = List.of(Source.of("bare", srv.url("/b/rss.xml"), SourceKind.RSS),
                    Source.of("empty", srv.url("/b/empty.xml"), SourceKind.RSS),
                    Source.of("login", srv.url("/b/login.html"), SourceKind.RSS));
            try (Store store = Store.open(tmp.resolve("db")); WatchStore ws = WatchStore.open(store)) {
                Watcher w = Fixtures.watcher(store, ws, sources, clock, new StringWriter(), r -> { });
                Watcher.CycleReport c = w.cycle();
                assertThat(c.stored()).isEqualTo(1);
                assertThat(c.failed()).isEqualTo(1);
                assertThat(ws.state("empty").errorStreak()).isZero();
                assertThat(ws.state("login").lastError()).contains("not a feed");
                assertThat(store.stats().documents()).isEqualTo(1);
            }
        }
    }
}
