package org.rasad.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.app.Main;
import org.rasad.store.Store;
import org.rasad.store.watch.WatchStore;

/**
 * Real process deaths: `rasad watch` runs in a child JVM while its poll is between fetching and committing (stuck on
 * a slow third article). kill -9 (destroyForcibly): a restart stores every article once. SIGTERM (destroy): the
 * shutdown hook stops the loop, the two finished articles are committed, the unfinished one stays new.
 */
class KillNineTest {
    private static final List<String> BODIES = List.of(
            "وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة في القاهرة يوم الاثنين.",
            "استقبل الرئيس المصري في القاهرة وزير الخارجية السعودي وبحثا الأوضاع في غزة.",
            "أدانت تركيا الغارات الروسية على مدينة إدلب السورية.");

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killedMidCycleThenRestartedLosesAndRepeatsNothing(@TempDir Path tmp) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Assumptions.assumeTrue(cp != null && !cp.isBlank(), "no class path to start a child JVM");
        try (FeedServer srv = new FeedServer()) {
            List<String[]> items = new ArrayList<>();
            for (int i = 0; i < BODIES.size(); i++) {
                String path = "/k/" + i + ".html";
                srv.html(path, FeedServer.page("خبر " + i, "2026-11-20", BODIES.get(i), "utf-8"));
                items.add(new String[] {"خبر " + i, srv.url(path), "Fri, 20 Nov 2026 08:00:00 GMT", "ملخص " + i});
            }
            // feeds list the newest first; the watcher takes the oldest first, so "/k/0.html" is taken last
            srv.route("/k/0.html", FeedServer.Route.ok("text/html; charset=utf-8", FeedServer.page("خبر 0",
                    "2026-11-20", BODIES.get(0), "utf-8").getBytes(StandardCharsets.UTF_8)).delayed(120_000));
            srv.xml("/k/rss.xml", FeedServer.rss("كاف", "utf-8", items), StandardCharsets.UTF_8);
            Path sources = tmp.resolve("sources.toml");
            SourcesFile.add(sources, Source.of("k", srv.url("/k/rss.xml"), SourceKind.RSS));
            Path db = tmp.resolve("db");

            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(javaBin, "-cp", cp, "-XX:TieredStopAtLevel=1", Main.class.getName(),
                    "watch", "--sources", sources.toString(), "--db", db.toString(), "--host-delay", "0s",
                    "--timeout", "5m")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
                while (srv.hits("/k/0.html") == 0 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(srv.hits("/k/1.html")).as("fetched before the kill").isEqualTo(1);
                assertThat(srv.hits("/k/2.html")).isEqualTo(1);
                assertThat(srv.hits("/k/0.html")).as("the child is inside its poll").isEqualTo(1);
            } finally {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(child.isAlive()).isFalse();

            srv.html("/k/0.html", FeedServer.page("خبر 0", "2026-11-20", BODIES.get(0), "utf-8"));
            StringWriter out = new StringWriter();
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(out, true));
            int exit = cl.execute("watch", "--once", "--sources", sources.toString(), "--db", db.toString(),
                    "--host-delay", "0s");
            assertThat(exit).as(out.toString()).isZero();
            assertThat(out.toString()).contains("3 new documents");
            try (Store store = Store.open(db); WatchStore ws = WatchStore.open(store)) {
                assertThat(store.stats().documents()).isEqualTo(3);
                assertThat(ws.health("k", java.time.Instant.now()).itemsTotal()).isEqualTo(3);
            }
            for (int i = 0; i < BODIES.size(); i++) {
                assertThat(srv.hits("/k/" + i + ".html")).as("once before the kill, once after").isEqualTo(2);
            }
            assertThat(new File(tmp.toFile(), "child.log")).exists();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void sigtermCommitsWhatThePollDidAndExits(@TempDir Path tmp) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Assumptions.assumeTrue(cp != null && !cp.isBlank(), "no class path to start a child JVM");
        try (FeedServer srv = new FeedServer()) {
            List<String[]> items = new ArrayList<>();
            for (int i = 0; i < BODIES.size(); i++) {
                String path = "/t/" + i + ".html";
                srv.html(path, FeedServer.page("خبر " + i, "2026-11-20", BODIES.get(i), "utf-8"));
                items.add(new String[] {"خبر " + i, srv.url(path), "Fri, 20 Nov 2026 08:00:00 GMT", "ملخص " + i});
            }
            srv.route("/t/0.html", FeedServer.Route.ok("text/html; charset=utf-8", FeedServer.page("خبر 0",
                    "2026-11-20", BODIES.get(0), "utf-8").getBytes(StandardCharsets.UTF_8)).delayed(120_000));
            srv.xml("/t/rss.xml", FeedServer.rss("تاء", "utf-8", items), StandardCharsets.UTF_8);
            Path sources = tmp.resolve("sources.toml");
            SourcesFile.add(sources, Source.of("t", srv.url("/t/rss.xml"), SourceKind.RSS));
            Path db = tmp.resolve("db");
            Path log = tmp.resolve("child.log");
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(javaBin, "-cp", cp, "-XX:TieredStopAtLevel=1", Main.class.getName(),
                    "watch", "--sources", sources.toString(), "--db", db.toString(), "--host-delay", "0s",
                    "--timeout", "5m")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
                while (srv.hits("/t/0.html") == 0 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(srv.hits("/t/0.html")).as("the child is inside its poll").isEqualTo(1);
                child.destroy(); // SIGTERM
                assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            } finally {
                child.destroyForcibly();
            }
            assertThat(java.nio.file.Files.readString(log)).contains("source t: 2 new", "rasad watch: stopped");
            try (Store store = Store.open(db)) {
                assertThat(store.stats().documents()).as("the finished items were committed").isEqualTo(2);
            }
            srv.html("/t/0.html", FeedServer.page("خبر 0", "2026-11-20", BODIES.get(0), "utf-8"));
            // the item being fetched at SIGTERM was not marked taken: the next poll takes it
            try (Store store = Store.open(db); WatchStore ws = WatchStore.open(store)) {
                assertThat(ws.health("t", java.time.Instant.now()).itemsTotal()).isEqualTo(2);
                assertThat(ws.seen("t", srv.url("/t/0.html"))).isFalse();
                assertThat(ws.seen("t", srv.url("/t/1.html"))).isTrue();
            }
            assertThat(srv.hits("/t/1.html")).isEqualTo(1);
        }
    }
}
