package org.rasad.app.watch;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.rasad.app.server.ApiException;
import org.rasad.store.watch.WatchStore;

/**
 * Javalin handlers for the monitoring API. The server registers them (in {@code RasadServer.create}):
 * <pre>
 *   WatchHandlers w = new WatchHandlers(WatchStore.open(store), () -&gt; SourcesFile.load(sourcesPath), Clock.systemUTC());
 *   c.routes.get("/api/watchlists/{name}/atom", w::atom);
 *   c.routes.get("/api/watchlists", w::watchlists);
 *   c.routes.get("/api/sources", w::sources);
 * </pre>
 */
public final class WatchHandlers {
    private final WatchStore watch;
    private final Supplier<List<Source>> sources;
    private final Clock clock;

    public WatchHandlers(WatchStore watch, Supplier<List<Source>> sources, Clock clock) {
        this.watch = watch;
        this.sources = sources;
        this.clock = clock;
    }

    /** GET /api/watchlists/{name}/atom[?limit=N] (1..1000, default 100): Atom XML, 404 for an unknown watchlist. */
    public void atom(Context ctx) {
        String name = ctx.pathParam("name");
        int limit = limit(ctx.queryParam("limit"));
        String xml = WatchApi.atom(watch, name, ctx.fullUrl(), limit, clock.instant())
                .orElseThrow(() -> new ApiException(404, "not-found", "no watchlist named " + name));
        ctx.contentType(WatchApi.ATOM_TYPE).result(xml);
    }

    /** GET /api/watchlists: the watchlists (secrets left out). */
    public void watchlists(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(WatchApi.watchlistsJson(watch));
    }

    /** GET /api/sources: per-source health. */
    public void sources(Context ctx) {
        List<Source> all;
        try {
            all = sources.get();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ApiException(500, "bad-sources", "sources file unreadable: " + e.getMessage());
        }
        ctx.contentType("application/json; charset=utf-8").result(WatchApi.sourcesJson(all, watch, clock.instant()));
    }

    private static int limit(String s) {
        if (s == null || s.isBlank()) {
            return 100;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(400, "bad-param", "limit must be 1..1000");
    }
}
