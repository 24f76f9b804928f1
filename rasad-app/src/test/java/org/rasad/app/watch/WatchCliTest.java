package org.rasad.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.app.Main;

/** The commands end to end, in-process, against a loopback feed server. */
class WatchCliTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyWatchCommandHasHelp() {
        for (String c : List.of("sources", "watch", "watchlist", "digest")) {
            Run r = run(c, "--help");
            assertThat(r.exit()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Usage: rasad " + c);
        }
        for (String c : List.of("add", "list", "remove", "test", "log")) {
            assertThat(run("sources", c, "--help").out()).contains("Usage: rasad sources " + c);
        }
        for (String c : List.of("add", "list", "remove", "atom")) {
            assertThat(run("watchlist", c, "--help").out()).contains("Usage: rasad watchlist " + c);
        }
        assertThat(run("watch", "--once", "--sources", "/nonexistent/sources.toml").exit()).isEqualTo(2);
    }

    @Test
    void sourcesAddListRemoveKeepComments(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("sources.toml");
        Files.writeString(f, "# my outlets\n\n[[source]]\n# the first one\nname = \"one\"\nurl = \"https://a.example/rss\"\n");
        Run add = run("sources", "add", "two", "https://b.example/feed", "--kind", "atom", "--interval", "5m",
                "--outlet", "بي", "--country", "QAT", "--encoding", "windows-1256", "--sources", f.toString());
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(run("sources", "add", "two", "https://c.example/", "--sources", f.toString()).exit()).isEqualTo(2);
        assertThat(run("sources", "add", "bad name", "https://c.example/", "--sources", f.toString()).exit())
                .isEqualTo(2);
        assertThat(run("sources", "add", "x", "https://c.example/", "--kind", "gopher", "--sources", f.toString())
                .exit()).isEqualTo(2);
        List<Source> all = SourcesFile.load(f);
        assertThat(all).extracting(Source::name).containsExactly("one", "two");
        Source two = all.get(1);
        assertThat(two.kind()).isEqualTo(SourceKind.ATOM);
        assertThat(two.interval()).hasMinutes(5);
        assertThat(two.outlet()).isEqualTo("بي");
        assertThat(two.encoding()).isEqualTo("windows-1256");

        Run list = run("sources", "list", "--sources", f.toString(), "--db", tmp.resolve("none").toString());
        assertThat(list.out()).contains("one", "two", "https://b.example/feed", "new");

        assertThat(run("sources", "remove", "one", "--sources", f.toString()).exit()).isZero();
        assertThat(run("sources", "remove", "one", "--sources", f.toString()).exit()).isEqualTo(2);
        String text = Files.readString(f);
        assertThat(text).contains("# my outlets").doesNotContain("a.example").doesNotContain("the first one");
        assertThat(SourcesFile.load(f)).extracting(Source::name).containsExactly("two");
    }

    @Test
    void watchOnceThenStatusWatchlistAtomAndDigest(@TempDir Path tmp) throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.html("/a/1.html", FeedServer.page("لقاء في القاهرة", "2026-11-20",
                    "استقبل الرئيس المصري في القاهرة وزير الخارجية السعودي وبحثا الأوضاع في غزة.", "utf-8"));
            srv.xml("/a/rss.xml", FeedServer.rss("ألفا", "utf-8", List.<String[]>of(new String[] {"لقاء في القاهرة",
                    srv.url("/a/1.html"), "Fri, 20 Nov 2026 08:00:00 GMT", "ملخص"})), StandardCharsets.UTF_8);
            String f = tmp.resolve("sources.toml").toString();
            String db = tmp.resolve("db").toString();
            assertThat(run("sources", "add", "alpha", srv.url("/a/rss.xml"), "--outlet", "ألفا", "--sources", f).exit())
                    .isZero();
            assertThat(run("sources", "add", "dead", srv.url("/nothing.xml"), "--sources", f).exit()).isZero();
            Run wl = run("watchlist", "add", "egypt", "--actor", "EGY", "--db", db);
            assertThat(wl.exit()).as(wl.err()).isZero();
            assertThat(run("watchlist", "add", "bad", "--type", "NOPE", "--db", db).exit()).isEqualTo(2);

            Run test = run("sources", "test", "alpha", "--sources", f);
            assertThat(test.exit()).as(test.out() + test.err()).isZero();
            assertThat(test.out()).contains("1 items");

            Run once = run("watch", "--once", "--sources", f, "--db", db, "--host-delay", "0s", "--timeout", "5s");
            assertThat(once.exit()).as(once.out() + once.err()).isZero();
            assertThat(once.out()).contains("polled 2 sources (1 failed): 1 new documents");
            assertThat(once.out()).contains("source dead: FAILED");

            Run status = run("sources", "list", "--sources", f, "--db", db);
            assertThat(status.out()).containsPattern("alpha\\s+rss\\s+15m\\s+ok").containsPattern("dead\\s+rss\\s+15m\\s+FAIL")
                    .contains("http 404");
            JsonNode json = new ObjectMapper().readTree(run("sources", "list", "--json", "--sources", f, "--db", db).out());
            assertThat(json).hasSize(2);
            assertThat(json.get(0).get("items_total").asInt()).isEqualTo(1);
            assertThat(json.get(0).get("healthy").asBoolean()).isTrue();
            assertThat(json.get(1).get("error_streak").asInt()).isEqualTo(1);
            assertThat(json.get(1).get("healthy").asBoolean()).isFalse();

            Run fetchLog = run("sources", "log", "dead", "--db", db);
            assertThat(fetchLog.out()).contains("404", srv.url("/nothing.xml")).doesNotContain("/a/rss.xml");
            assertThat(run("sources", "log", "--db", db).out()).contains(srv.url("/a/rss.xml"), srv.url("/a/1.html"));

            // a second --once right away: nothing due, nothing fetched again
            int hits = srv.hits("/a/rss.xml");
            assertThat(run("watch", "--once", "--sources", f, "--db", db).out()).contains("polled 0 sources");
            assertThat(srv.hits("/a/rss.xml")).isEqualTo(hits);

            Run atom = run("watchlist", "atom", "egypt", "--db", db);
            assertThat(atom.exit()).isZero();
            List<String> ids = WatchLoopTest.atomEventIds(atom.out());
            assertThat(ids).isNotEmpty();
            assertThat(run("watchlist", "list", "--db", db).out()).contains("egypt", "actors=EGY", ids.size() + " matches");

            Run en = run("digest", "--since", "1h", "--watch", "egypt", "--db", db);
            assertThat(en.out()).contains("Watchlist \"egypt\"", srv.url("/a/1.html"), "EGY", "By type: ");
            Run ar = run("digest", "--since", "1h", "--watch", "egypt", "--lang", "ar", "--db", db);
            assertThat(ar.out()).contains("ملخص رصد", "قائمة المراقبة «egypt»", "حسب النوع");
            assertThat(run("digest", "--watch", "nope", "--db", db).exit()).isEqualTo(2);

            assertThat(run("watchlist", "remove", "egypt", "--db", db).exit()).isZero();
            assertThat(run("watchlist", "atom", "egypt", "--db", db).exit()).isEqualTo(2);
        }
    }
}
