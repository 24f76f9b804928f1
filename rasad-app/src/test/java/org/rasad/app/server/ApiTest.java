package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API against a real server on an ephemeral loopback port. */
class ApiTest {
    @TempDir
    static Path dir;
    static ServerHandle server;
    static Http http;
    static final List<String> announced = new ArrayList<>();

    @BeforeAll
    static void start() {
        ServerConfig cfg = ServerConfig.defaults(dir).withPort(0).withRate(0, 1)
                .withActorNames(java.util.Map.of("IRQ", "Iraq", "USA", "United States"))
                .withAnnounce(announced::add);
        server = RasadServer.start(cfg, TestData.service());
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthAndStats() {
        assertThat(http.json("/api/health").path("status").asText()).isEqualTo("ok");
        JsonNode s = http.json("/api/stats");
        TestData.Data d = TestData.data();
        assertThat(s.path("documents").asLong()).isEqualTo(d.docs().size());
        assertThat(s.path("events").asLong()).isEqualTo(d.events().size());
        assertThat(s.path("events_by_type").path("CONSULT").asLong())
                .isEqualTo(d.events().stream().filter(e -> e.type().name().equals("CONSULT")).count());
        assertThat(s.path("first_date").asText()).isEqualTo("2025-01-05");
    }

    @Test
    void eventsFilterByActorTypeModalityAndDates() {
        JsonNode all = http.json("/api/events?limit=200");
        assertThat(all.path("total").asLong()).isEqualTo(TestData.data().events().size());
        JsonNode jor = http.json("/api/events?actor=JOR");
        assertThat(jor.path("items")).allSatisfy(e -> assertThat(e.path("source").get(0).path("code").asText()).isEqualTo("JOR"));
        assertThat(jor.path("total").asLong()).isEqualTo(4);
        // a top-level code matches sub-state actors
        assertThat(http.json("/api/events?target=EGY").path("total").asLong()).isEqualTo(2);
        assertThat(http.json("/api/events?target=EGY.REB&type=threaten").path("total").asLong()).isEqualTo(1);
        assertThat(http.json("/api/events?modality=hypothetical").path("items").get(0).path("id").asText()).isEqualTo("doc-egypt#2");
        JsonNode feb = http.json("/api/events?from=2025-02&to=2025-02&sort=date");
        List<String> dates = new ArrayList<>();
        feb.path("items").forEach(e -> dates.add(e.path("date").asText()));
        assertThat(dates).hasSize(4).isSorted().allSatisfy(d -> assertThat(d).startsWith("2025-02"));
        JsonNode types = http.json("/api/events?type=AGREE,ACCUSE&type=aid");
        types.path("items").forEach(e -> assertThat(e.path("type").asText()).isIn("AGREE", "ACCUSE", "AID"));
        assertThat(types.path("total").asLong()).isGreaterThan(3);
    }

    @Test
    void dyadMatchesBothDirections() {
        JsonNode d = http.json("/api/events?dyad=USA,IRQ&limit=100");
        Set<String> directions = new HashSet<>();
        d.path("items").forEach(e -> directions.add(e.path("source").get(0).path("code").asText()));
        assertThat(directions).containsExactlyInAnyOrder("IRQ", "USA");
    }

    @Test
    void textQueryIsArabicAware() {
        // written with hamza-less alef and tashkeel: still finds "الأمريكي" / "الأمني"
        JsonNode r = http.json("/api/events?q=" + Http.enc("الامريكي"));
        assertThat(r.path("items").get(0).path("id").asText()).isEqualTo("doc-iraq-usa#1");
        JsonNode s = http.json("/api/search?q=" + Http.enc("التَّعاون الامني"));
        assertThat(s.path("items").get(0).path("id").asText()).isEqualTo("doc-iraq-usa");
        assertThat(s.path("items").get(0).path("snippet").asText()).contains("التعاون");
    }

    @Test
    void paginationIsStableAndBounded() {
        JsonNode p1 = http.json("/api/events?limit=5&offset=0&sort=date");
        JsonNode p2 = http.json("/api/events?limit=5&offset=5&sort=date");
        Set<String> ids = new HashSet<>();
        p1.path("items").forEach(e -> ids.add(e.path("id").asText()));
        p2.path("items").forEach(e -> ids.add(e.path("id").asText()));
        assertThat(ids).hasSize(10);
        assertError(http.get("/api/events?limit=100000"), 400, "out-of-range");
        assertError(http.get("/api/events?offset=-1"), 400, "out-of-range");
        assertError(http.get("/api/events?limit=abc"), 400, "bad-number");
        assertError(http.get("/api/events?actr=IRQ"), 400, "unknown-parameter");
        assertError(http.get("/api/events?type=HUG"), 400, "bad-type");
        assertError(http.get("/api/events?from=2025-13-99x"), 400, "bad-date");
        assertError(http.get("/api/events?from=2025-05&to=2025-01"), 400, "bad-date-range");
        assertError(http.get("/api/events?actor=" + Http.enc("<script>")), 400, "bad-actor");
        assertError(http.get("/api/events?q=" + "x".repeat(600)), 400, "query-too-long");
        assertError(http.get("/api/events?sort=random"), 400, "bad-sort");
    }

    @Test
    void documentCarriesTextAndEventsWithOffsetsIntoTheOriginal() {
        JsonNode d = http.json("/api/documents/doc-iraq-usa");
        String text = d.path("text").asText();
        assertThat(d.path("cleaned").asText()).isNotEmpty();
        assertThat(d.path("events")).hasSize(2);
        for (JsonNode e : d.path("events")) {
            for (JsonNode s : e.path("evidence")) {
                assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt())).isEqualTo(s.path("text").asText());
            }
        }
        assertError(http.get("/api/documents/nope"), 404, "no-such-document");
        assertError(http.get("/api/nothing-here"), 404, "not-found");
    }

    @Test
    void actorsSearchAndProfile() {
        JsonNode list = http.json("/api/actors");
        assertThat(list.path("items").get(0).path("code").asText()).isEqualTo("IRQ");
        assertThat(list.path("items").get(0).path("name").asText()).isEqualTo("Iraq");
        JsonNode found = http.json("/api/actors?q=" + Http.enc("أردني"));
        assertThat(found.path("items")).hasSize(1);
        assertThat(found.path("items").get(0).path("code").asText()).isEqualTo("JOR");
        JsonNode p = http.json("/api/actors/jor");
        assertThat(p.path("events").asLong()).isEqualTo(4);
        assertThat(p.path("as_source").asLong()).isEqualTo(4);
        assertThat(p.path("partners").get(0).path("code").asText()).isEqualTo("IRQ");
        assertThat(p.path("by_type").path("CONSULT").path("as_source").asLong()).isEqualTo(4);
        assertThat(p.path("recent")).hasSize(4);
        assertError(http.get("/api/actors/ZZZ"), 404, "no-such-actor");
    }

    @Test
    void dyadTimelineCountsPerMonthAndWeek() {
        JsonNode t = http.json("/api/dyads/timeline?a=IRQ&b=USA&interval=month");
        assertThat(t.path("buckets").get(0).asText()).isEqualTo("2025-01");
        assertThat(t.path("truncated").asBoolean()).isFalse();
        long sum = 0;
        for (JsonNode series : t.path("series")) {
            for (JsonNode c : series) {
                sum += c.asLong();
            }
        }
        assertThat(sum).isEqualTo(t.path("total").asLong()).isEqualTo(11);
        assertThat(t.path("a_to_b").asLong() + t.path("b_to_a").asLong()).isEqualTo(11); // the joint AGREE has no target: not a dyad event
        JsonNode w = http.json("/api/dyads/timeline?a=IRQ&b=USA&interval=week");
        assertThat(w.path("buckets").get(0).asText()).isEqualTo("2025-W01");
        assertThat(w.path("buckets").size()).isGreaterThan(15); // gaps are filled
        assertError(http.get("/api/dyads/timeline?a=IRQ"), 400, "missing-actor");
        assertError(http.get("/api/dyads/timeline?a=IRQ&b=USA&interval=year"), 400, "bad-interval");
    }

    @Test
    void networkHasWeightedEdges() {
        JsonNode n = http.json("/api/network");
        JsonNode top = n.path("edges").get(0);
        assertThat(top.path("weight").asLong()).isGreaterThanOrEqualTo(5);
        Set<String> codes = new HashSet<>();
        n.path("nodes").forEach(x -> codes.add(x.path("code").asText()));
        assertThat(codes).contains("IRQ", "USA", "JOR", "EGY", "EGY.REB", "TUR", "IRN");
        JsonNode heavy = http.json("/api/network?min_weight=4");
        heavy.path("edges").forEach(e -> assertThat(e.path("weight").asLong()).isGreaterThanOrEqualTo(4));
        assertThat(heavy.path("edges").size()).isLessThan(n.path("edges").size());
    }

    @Test
    void exportStreamsJsonlAndCsv() {
        HttpResponse<String> j = http.get("/api/export?format=jsonl&actor=IRQ");
        assertThat(j.statusCode()).isEqualTo(200);
        assertThat(j.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        String[] lines = j.body().split("\n");
        assertThat(lines).hasSize((int) http.json("/api/events?actor=IRQ").path("total").asLong());
        assertThat(Http.parse(lines[0]).path("doc").asText()).isNotEmpty();
        HttpResponse<String> c = http.get("/api/export?format=csv");
        String[] rows = c.body().split("\r\n");
        assertThat(rows[0]).startsWith("id,doc,type,");
        assertThat(rows).hasSize(TestData.data().events().size() + 1);
        assertError(http.get("/api/export?format=xml"), 400, "bad-format");
    }

    @Test
    void csvCellsCannotRunAsFormulas() {
        assertThat(ExportWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ExportWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ExportWriter.cell("plain")).isEqualTo("plain");
    }

    @Test
    void securityHeadersOnEveryResponse() {
        for (String p : List.of("/", "/api/stats", "/api/nope", "/app.js")) {
            HttpResponse<String> r = http.get(p);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void openApiDescribesEveryRoute() {
        JsonNode o = http.json("/openapi.json");
        assertThat(o.path("openapi").asText()).startsWith("3.");
        for (var r : RasadServer.API_ROUTES) {
            assertThat(o.path("paths").path(r.getValue()).has(r.getKey())).as(r.toString()).isTrue();
        }
        for (String path : RasadServer.WATCH_ROUTES) {
            assertThat(o.path("paths").path(path).has("get")).as(path).isTrue();
        }
        for (String path : RasadServer.STORY_ROUTES) {
            assertThat(o.path("paths").path(path).has("get")).as(path).isTrue();
        }
        assertThat(o.path("paths").size()).isEqualTo(RasadServer.API_ROUTES.size() + RasadServer.WATCH_ROUTES.size()
                + RasadServer.STORY_ROUTES.size());
    }

    static void assertError(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode e = Http.parse(r.body()).path("error");
        assertThat(e.path("code").asText()).isEqualTo(code);
        assertThat(e.path("status").asInt()).isEqualTo(status);
        assertThat(e.path("message").asText()).isNotBlank();
    }
}
