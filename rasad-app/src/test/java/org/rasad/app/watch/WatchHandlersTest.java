package org.rasad.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.store.Store;
import org.rasad.store.watch.WatchStore;
import org.rasad.store.watch.WatchlistRow;

/** The API handlers mounted on a bare Javalin on loopback. */
class WatchHandlersTest {
    @Test
    void atomSourcesAndWatchlistsOverHttp(@TempDir Path tmp) throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-21T06:00:00Z"));
        try (Store store = Store.open(tmp.resolve("db")); WatchStore ws = WatchStore.open(store)) {
            ws.putWatchlist(new WatchlistRow("iraq", new WatchQuery(List.of("IRQ"), null, null, null, null, null, null)
                    .toJson(), "https://hooks.example/x", "top-secret", clock.instant()));
            WatchHandlers w = new WatchHandlers(ws, () -> List.of(Source.of("a", "https://a.example/rss",
                    SourceKind.RSS)), clock);
            Javalin app = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.routes.get("/api/watchlists/{name}/atom", w::atom);
                c.routes.get("/api/watchlists", w::watchlists);
                c.routes.get("/api/sources", w::sources);
                // as RasadServer maps it
                c.routes.exception(org.rasad.app.server.ApiException.class, (e, ctx) -> ctx.status(e.status())
                        .result(e.code()));
            }).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port();
                HttpResponse<String> atom = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/watchlists/iraq/atom")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(atom.statusCode()).isEqualTo(200);
                assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
                assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "actors=IRQ",
                        "rel=\"self\"");
                assertThat(WatchLoopTest.atomEventIds(atom.body())).isEmpty();
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/watchlists/nope/atom")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/watchlists/iraq/atom?limit=0"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
                String lists = http.send(HttpRequest.newBuilder(URI.create(base + "/api/watchlists")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                JsonNode l = new ObjectMapper().readTree(lists);
                assertThat(l.get(0).get("query").get("actors").get(0).asText()).isEqualTo("IRQ");
                assertThat(lists).doesNotContain("top-secret");
                JsonNode src = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/sources")).build(), HttpResponse.BodyHandlers.ofString()).body());
                assertThat(src.get(0).get("name").asText()).isEqualTo("a");
                assertThat(src.get(0).get("last_status").asInt()).isEqualTo(-1);
            } finally {
                app.stop();
            }
        }
    }
}
