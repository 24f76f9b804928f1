package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.app.watch.WatchHandlers;
import org.rasad.store.Store;
import org.rasad.store.watch.WatchStore;

/** Routes mounted by other parts of the app (the watch module's feeds) sit behind the same guards. */
class ExtraRouteTest {
    @TempDir
    Path dir;

    @Test
    void extraRoutesAreServedAndGuarded() {
        ServerConfig cfg = ServerConfig.defaults(dir).withPort(0).withRate(0, 1).withAnnounce(s -> { });
        List<ExtraRoute> extra = List.of(new ExtraRoute("/api/hello", ctx -> ctx.result("مرحبا")));
        try (ServerHandle h = RasadServer.start(cfg, TestData.service(), extra)) {
            Http http = Http.to(h);
            var ok = http.get("/api/hello");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("مرحبا");
            assertThat(ok.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(http.get("/api/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void watchFeedsMountOnAStoreServer() {
        ServerConfig cfg = ServerConfig.defaults(dir).withPort(0).withRate(0, 1).withAnnounce(s -> { });
        try (Store store = Store.open(dir.resolve("db"))) {
            WatchHandlers w = new WatchHandlers(WatchStore.open(store), List::of, java.time.Clock.systemUTC());
            List<ExtraRoute> extra = List.of(new ExtraRoute("/api/watchlists", w::watchlists),
                    new ExtraRoute("/api/watchlists/{name}/atom", w::atom), new ExtraRoute("/api/sources", w::sources));
            try (ServerHandle h = RasadServer.startOnStore(cfg, store, d -> null, extra)) {
                Http http = Http.to(h);
                assertThat(http.get("/api/watchlists").statusCode()).isEqualTo(200);
                assertThat(Http.parse(http.get("/api/watchlists").body()).isArray()).isTrue();
                assertThat(http.get("/api/sources").statusCode()).isEqualTo(200);
                assertThat(http.get("/api/watchlists/none/atom").statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void extraRoutesMustLiveUnderApi() {
        assertThatThrownBy(() -> new ExtraRoute("/admin", ctx -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
