package org.rasad.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Event;
import org.rasad.store.EventQuery;
import org.rasad.store.Store;
import org.rasad.store.watch.Match;
import org.rasad.store.watch.WatchStore;
import org.rasad.store.watch.WatchlistRow;
import org.w3c.dom.NodeList;

/**
 * The acceptance test: several outlets' feeds on a loopback server change over time (new items, the same
 * article in two outlets, a failing feed, a slow feed, a Windows-1256 feed); the watch loop ingests every new article
 * once, stores duplicates once, reports and retries the broken feed, and a watchlist's Atom feed and webhook get
 * exactly the matching new events.
 */
class WatchLoopTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "s3cret-key";

    // test sentences written for this test
    private static final String A1 = "استقبل الرئيس المصري في القاهرة وزير الخارجية السعودي وبحثا الأوضاع في غزة.";
    private static final String A2 = "وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة في القاهرة يوم الاثنين.";
    private static final String A3 = "رحب وزير الخارجية المصري بقرار الأردن فتح المعبر الحدودي أمام الشاحنات.";
    private static final String B1 = "أدانت تركيا الغارات الروسية على مدينة إدلب السورية.";
    private static final String W1 = "هددت إيران بالرد على أي هجوم إسرائيلي على منشآتها النووية.";
    private static final String S1 = "أعلنت الحكومة اللبنانية خطة جديدة لإصلاح قطاع الكهرباء خلال العام المقبل.";
    private static final String K1 = "التقى رئيس الوزراء العراقي في بغداد وزير الخارجية المصري وبحث الجانبان العلاقات.";

    @Test
    void pollsOutletsOverTimeIngestsOnceAndAlerts(@TempDir Path tmp) throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.html("/alpha/a1.html", FeedServer.page("لقاء في القاهرة", "2026-11-20", A1, "utf-8"));
            srv.html("/alpha/a2.html", FeedServer.page("اتفاقية للطاقة", "2026-11-20", A2, "utf-8"));
            srv.html("/alpha/a3.html", FeedServer.page("فتح المعبر", "2026-11-21", A3, "utf-8"));
            srv.html("/beta/b1.html", FeedServer.page("إدانة تركية", "2026-11-20", B1, "utf-8"));
            srv.html("/beta/copy.html", FeedServer.page("لقاء في القاهرة", "2026-11-20", A1, "utf-8"));
            srv.route("/win/w1.html", FeedServer.Route.ok("text/html",
                    FeedServer.page("تهديد إيراني", "2026-11-20", W1, "windows-1256").getBytes(CP1256)));
            srv.html("/slow/s1.html", FeedServer.page("خطة الكهرباء", "2026-11-20", S1, "utf-8"));
            srv.html("/broken/k1.html", FeedServer.page("لقاء في بغداد", "2026-11-21", K1, "utf-8"));

            List<String[]> alpha = new ArrayList<>(List.of(
                    item("لقاء في القاهرة", srv.url("/alpha/a1.html")),
                    item("اتفاقية للطاقة", srv.url("/alpha/a2.html"))));
            srv.xml("/alpha/rss.xml", FeedServer.rss("ألفا", "utf-8", alpha), StandardCharsets.UTF_8);
            srv.route("/beta/atom.xml", FeedServer.Route.ok("application/atom+xml", FeedServer.atom("بيتا", List.of(
                    atomItem("إدانة تركية", srv.url("/beta/b1.html")),
                    atomItem("اتفاقية للطاقة", srv.url("/alpha/a2.html")),
                    atomItem("لقاء في القاهرة", srv.url("/beta/copy.html")))).getBytes(StandardCharsets.UTF_8))
                    .withEtag("\"beta-v1\""));
            srv.route("/win/rss.xml", FeedServer.Route.ok("application/rss+xml", FeedServer.rss("وين", "windows-1256",
                    List.<String[]>of(item("تهديد إيراني", srv.url("/win/w1.html")))).getBytes(CP1256)));
            srv.route("/slow/rss.xml", FeedServer.Route.ok("application/rss+xml", FeedServer.rss("بطيء", "utf-8",
                    List.<String[]>of(item("خطة الكهرباء", srv.url("/slow/s1.html")))).getBytes(StandardCharsets.UTF_8))
                    .delayed(500));
            srv.route("/broken/rss.xml", new FeedServer.Route(500, "text/plain", new byte[0], null, 0,
                    java.util.Map.of()));

            Duration every = Duration.ofMinutes(10);
            List<Source> sources = List.of(
                    Source.of("alpha", srv.url("/alpha/rss.xml"), SourceKind.RSS).withInterval(every),
                    Source.of("beta", srv.url("/beta/atom.xml"), SourceKind.ATOM).withInterval(every),
                    Source.of("win", srv.url("/win/rss.xml"), SourceKind.RSS).withInterval(every),
                    Source.of("slow", srv.url("/slow/rss.xml"), SourceKind.RSS).withInterval(every),
                    Source.of("broken", srv.url("/broken/rss.xml"), SourceKind.RSS).withInterval(every));
            TestClock clock = new TestClock(Instant.parse("2026-11-21T06:00:00Z"));
            StringWriter log = new StringWriter();
            srv.failHooks(1); // the first webhook POST fails and must be retried

            try (Store store = Store.open(tmp.resolve("db")); WatchStore ws = WatchStore.open(store)) {
                ws.putWatchlist(new WatchlistRow("egypt",
                        new WatchQuery(List.of("EGY"), null, null, null, null, null, null).toJson(),
                        srv.url("/hook"), SECRET, clock.instant()));
                Watcher w = Fixtures.watcher(store, ws, sources, clock, log, r -> { });

                Watcher.CycleReport c1 = w.cycle();
                assertThat(c1.polled()).isEqualTo(5);
                assertThat(c1.stored()).as(log.toString()).isEqualTo(5); // a1 a2 b1 w1 s1
                assertThat(c1.duplicates()).isEqualTo(2); // a2 again in beta, beta's copy of a1
                assertThat(store.stats().documents()).isEqualTo(5);
                assertThat(c1.failed()).isEqualTo(1);
                assertThat(ws.state("broken").errorStreak()).isEqualTo(1);
                assertThat(ws.state("broken").lastError()).contains("500");
                assertThat(srv.hits("/broken/rss.xml")).as("retried within the poll").isEqualTo(2);
                assertThat(ws.fetches("broken", 10)).anyMatch(f -> f.status() == 500);
                assertThat(ws.health("broken", clock.instant()).errorStreak()).isEqualTo(1);
                assertThat(log.toString()).contains("source broken: FAILED");
                // the Windows-1256 article decoded to Arabic
                assertThat(store.search("إيران", 10).hits()).hasSize(1);

                // nothing is due again before the interval: no request at all
                int alphaHits = srv.hits("/alpha/rss.xml");
                assertThat(w.cycle().polled()).isZero();
                assertThat(srv.hits("/alpha/rss.xml")).isEqualTo(alphaHits);

                // time passes: alpha gets a new item, the broken feed recovers, beta is unchanged (ETag)
                alpha.add(0, item("فتح المعبر", srv.url("/alpha/a3.html")));
                srv.xml("/alpha/rss.xml", FeedServer.rss("ألفا", "utf-8", alpha), StandardCharsets.UTF_8);
                srv.xml("/broken/rss.xml", FeedServer.rss("مكسور", "utf-8",
                        List.<String[]>of(item("لقاء في بغداد", srv.url("/broken/k1.html")))), StandardCharsets.UTF_8);
                clock.advance(every.plusMinutes(1));
                Watcher.CycleReport c2 = w.cycle();
                assertThat(c2.stored()).as(log.toString()).isEqualTo(2); // a3, k1
                assertThat(c2.duplicates()).isZero();
                assertThat(c2.failed()).isZero();
                assertThat(store.stats().documents()).isEqualTo(7);
                assertThat(srv.notModified()).contains("/beta/atom.xml");
                assertThat(ws.state("broken").errorStreak()).isZero();
                assertThat(ws.state("broken").lastSuccess()).isEqualTo(clock.instant());
                for (String p : List.of("/alpha/a1.html", "/alpha/a2.html", "/alpha/a3.html", "/beta/b1.html",
                        "/win/w1.html", "/slow/s1.html", "/broken/k1.html")) {
                    assertThat(srv.hits(p)).as("fetched once: " + p).isEqualTo(1);
                }

                // the watchlist: exactly the stored events with EGY on either side, each once
                Set<String> expected = store.events(EventQuery.all().withActor("EGY")).stream().map(Event::id)
                        .collect(Collectors.toSet());
                assertThat(expected).as("the test articles must yield Egyptian events").isNotEmpty();
                List<Match> matches = ws.matches("egypt", null, 1000);
                assertThat(matches).extracting(Match::eventId).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(expected);

                String atom = WatchApi.atom(ws, "egypt", "http://localhost/api/watchlists/egypt/atom", 100,
                        clock.instant()).orElseThrow();
                assertThat(atomEventIds(atom)).containsExactlyInAnyOrderElementsOf(expected);

                // webhook: one failure, retried after its backoff; each event delivered once, signed
                clock.advance(Duration.ofMinutes(1));
                w.cycle();
                List<FeedServer.Post> posts = srv.posts();
                assertThat(posts).extracting(p -> JSON.readTree(p.body()).get("event").get("id").asText())
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
                for (FeedServer.Post p : posts) {
                    assertThat(p.signature()).isEqualTo("sha256=" + Webhooks.sign(SECRET, p.body()));
                    JsonNode body = JSON.readTree(p.body());
                    assertThat(body.get("watchlist").asText()).isEqualTo("egypt");
                }
                assertThat(ws.matches("egypt", null, 1000)).allMatch(m -> m.delivery().equals("delivered"));
                assertThat(ws.matches("egypt", null, 1000)).anyMatch(m -> m.attempts() == 2);
            }
        }
    }

    private static String[] item(String title, String link) {
        return new String[] {title, link, "Fri, 20 Nov 2026 08:00:00 GMT", title + " - ملخص الخبر"};
    }

    private static String[] atomItem(String title, String link) {
        return new String[] {title, link, "2026-11-20T08:00:00Z", title + " - ملخص الخبر"};
    }

    /** Event ids in the Atom entries' JSON content (parsing also checks the XML is well formed). */
    static List<String> atomEventIds(String atom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
        NodeList contents = d.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content");
        List<String> ids = new ArrayList<>();
        Set<String> entryIds = new HashSet<>();
        NodeList entries = d.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            entryIds.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom",
                    "id").item(0).getTextContent());
        }
        assertThat(entryIds).hasSize(entries.getLength());
        for (int i = 0; i < contents.getLength(); i++) {
            ids.add(JSON.readTree(contents.item(i).getTextContent()).get("id").asText());
        }
        return ids;
    }
}
