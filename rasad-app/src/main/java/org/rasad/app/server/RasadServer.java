package org.rasad.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The app factory: builds the Javalin server (routes, errors, limits, security headers) without
 * reflection, and starts it. {@code rasad serve} calls {@link #start(ServerConfig, EventService)}.
 */
public final class RasadServer {
    /** Every API route: method and path. The OpenAPI document must describe each of them (tested). */
    public static final List<Map.Entry<String, String>> API_ROUTES = List.of(
            Map.entry("get", "/api/health"), Map.entry("get", "/api/stats"), Map.entry("get", "/api/search"),
            Map.entry("get", "/api/documents/{id}"), Map.entry("get", "/api/events"), Map.entry("get", "/api/actors"),
            Map.entry("get", "/api/actors/{code}"), Map.entry("get", "/api/dyads/timeline"),
            Map.entry("get", "/api/network"), Map.entry("get", "/api/export"), Map.entry("post", "/api/ingest"));

    /** GET routes `rasad serve` mounts as {@link ExtraRoute}s (live monitoring); documented in openapi.json too. */
    public static final List<String> WATCH_ROUTES = List.of("/api/watchlists", "/api/watchlists/{name}/atom",
            "/api/sources");

    /** GET routes of the stories API ({@link StoryApi}), mounted by `rasad serve`; documented in openapi.json too. */
    public static final List<String> STORY_ROUTES = List.of("/api/stories", "/api/stories/{id}");

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private RasadServer() {
    }

    /** Loads or creates the write token in {@code config.dataDir()}, builds the server and starts it. */
    public static ServerHandle start(ServerConfig config, EventService service) {
        return start(config, service, List.of());
    }

    /** As {@link #start(ServerConfig, EventService)}, with extra GET routes mounted beside the API. */
    public static ServerHandle start(ServerConfig config, EventService service, List<ExtraRoute> extra) {
        ApiToken token = ApiToken.loadOrCreate(config.dataDir());
        if (token.created()) {
            config.announce().accept("rasad: new API token (stored in " + config.dataDir().resolve(ApiToken.FILE)
                    + ", mode 600): " + token.value());
        }
        Javalin app = create(config, service, token, extra).start(config.host(), config.port());
        return new ServerHandle(app, config.host(), app.port(), token);
    }

    /**
     * Serves an open store (the caller keeps it open while the server runs and closes it after): actor
     * names come from the store's actor table, ingest runs {@code pipeline} on posted documents.
     */
    public static ServerHandle startOnStore(ServerConfig config, org.rasad.store.Store store,
            java.util.function.Function<org.rasad.core.Document, org.rasad.core.Result<org.rasad.store.StoredDocument>> pipeline) {
        return startOnStore(config, store, pipeline, List.of());
    }

    /** As above, with extra GET routes (e.g. watchlist Atom feeds) mounted beside the API. */
    public static ServerHandle startOnStore(ServerConfig config, org.rasad.store.Store store,
            java.util.function.Function<org.rasad.core.Document, org.rasad.core.Result<org.rasad.store.StoredDocument>> pipeline,
            List<ExtraRoute> extra) {
        Map<String, String> names = new java.util.HashMap<>(StoreEventService.actorNames(store));
        names.putAll(config.actorNames());
        return start(config.withActorNames(names), new StoreEventService(store, pipeline), extra);
    }

    /** Builds, but does not start, the server. */
    public static Javalin create(ServerConfig config, EventService service, ApiToken token) {
        return create(config, service, token, List.of());
    }

    /** Builds, but does not start, the server, with {@code extra} GET routes after the core API. */
    public static Javalin create(ServerConfig config, EventService service, ApiToken token, List<ExtraRoute> extra) {
        ApiHandlers h = new ApiHandlers(service, config, token);
        RateLimiter limiter = new RateLimiter(config.ratePerSecond(), config.rateBurst());
        Map<String, StaticAssets.Asset> assets = StaticAssets.load();
        boolean loopback = isLoopback(config.host());
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.generateEtags = true;
            c.router.ignoreTrailingSlashes = true;
            c.routes.before(ctx -> guard(ctx, limiter, loopback));
            c.routes.get("/api/health", h::health);
            c.routes.get("/api/stats", h::stats);
            c.routes.get("/api/search", h::search);
            c.routes.get("/api/documents/{id}", h::document);
            c.routes.get("/api/events", h::events);
            c.routes.get("/api/actors", h::actors);
            c.routes.get("/api/actors/{code}", h::actor);
            c.routes.get("/api/dyads/timeline", h::timeline);
            c.routes.get("/api/network", h::network);
            c.routes.get("/api/export", h::export);
            c.routes.post("/api/ingest", h::ingest);
            extra.forEach(r -> c.routes.get(r.path(), r.handler()));
            for (Map.Entry<String, StaticAssets.Asset> a : assets.entrySet()) {
                c.routes.get(a.getKey(), ctx -> ctx.contentType(a.getValue().contentType()).result(a.getValue().bytes()));
            }
            c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            c.routes.exception(HttpResponseException.class, (e, ctx) ->
                    error(ctx, e.getStatus(), statusCode(e.getStatus()), e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", "internal error"));
            c.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (ctx.result() == null || type == null || !type.startsWith("application/json")) {
                    error(ctx, 404, "not-found", "no such endpoint: " + Params.clip(ctx.path()));
                }
            });
            c.routes.error(405, ctx -> error(ctx, 405, "method-not-allowed", "method not allowed"));
        });
    }

    private static String statusCode(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            default -> "http-" + status;
        };
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status);
        ApiHandlers.json(ctx, JsonCodec.error(status, code, message == null ? code : message));
    }

    /** Rate limit, DNS-rebinding guard on loopback binds, and security headers on every response. */
    private static void guard(Context ctx, RateLimiter limiter, boolean loopback) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
        if (loopback && !localHost(ctx.header("Host"))) {
            throw new ApiException(421, "bad-host", "this server only answers requests addressed to localhost");
        }
        if (!limiter.tryAcquire(ctx.ip(), System.nanoTime())) {
            ctx.header("Retry-After", "1");
            throw ApiException.tooManyRequests("too many requests; slow down");
        }
    }

    static boolean isLoopback(String host) {
        return host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1")
                || host.equals("[::1]");
    }

    private static boolean localHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1");
    }
}
