package org.rasad.app.watch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rasad.store.watch.SourceHealth;
import org.rasad.store.watch.WatchStore;
import org.rasad.store.watch.WatchlistRow;

/**
 * Framework-free functions for the REST API (the server mounts them):
 * <ul>
 *   <li>{@code GET /api/watchlists/{name}/atom} → {@link #atom} (Content-Type {@value #ATOM_TYPE}; empty → 404)</li>
 *   <li>{@code GET /api/sources} → {@link #sourcesJson} (application/json)</li>
 *   <li>{@code GET /api/watchlists} → {@link #watchlistsJson} (application/json; secrets are never shown)</li>
 * </ul>
 */
public final class WatchApi {
    public static final String ATOM_TYPE = "application/atom+xml; charset=utf-8";
    private static final JsonFactory JSON = new JsonFactory();

    private WatchApi() {
    }

    /** The watchlist's newest matches (at most limit) as Atom, or empty when there is no such watchlist. */
    public static Optional<String> atom(WatchStore ws, String name, String selfUrl, int limit, Instant now) {
        return ws.watchlist(name).map(w -> AtomFeed.render(name, describe(w), ws.matches(name, null, limit), selfUrl,
                now));
    }

    private static String describe(WatchlistRow w) {
        try {
            return WatchQuery.fromJson(w.queryJson()).describe();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Per-source health: [{"name", "kind", "url", "interval", "outlet", "country", "last_success", "last_attempt",
     * "error_streak", "last_error", "items_per_day", "items_total", "last_status", "healthy"}].
     */
    public static String sourcesJson(List<Source> sources, WatchStore ws, Instant now) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartArray();
            for (Source s : sources) {
                SourceHealth h = ws.health(s.name(), now);
                g.writeStartObject();
                g.writeStringField("name", s.name());
                g.writeStringField("kind", s.kind().key());
                g.writeStringField("url", s.url());
                g.writeStringField("interval", Durations.format(s.interval()));
                g.writeStringField("outlet", s.outlet());
                g.writeStringField("country", s.country());
                g.writeStringField("last_success", h.lastSuccess() == null ? null : WatchStore.iso(h.lastSuccess()));
                g.writeStringField("last_attempt", h.lastAttempt() == null ? null : WatchStore.iso(h.lastAttempt()));
                g.writeNumberField("error_streak", h.errorStreak());
                g.writeStringField("last_error", h.lastError());
                g.writeNumberField("items_per_day", Math.round(h.itemsPerDay() * 10) / 10.0);
                g.writeNumberField("items_total", h.itemsTotal());
                g.writeNumberField("last_status", h.lastStatus());
                g.writeBooleanField("healthy", healthy(h));
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** [{"name", "query", "description", "webhook", "created_at"}]; the webhook secret is left out. */
    public static String watchlistsJson(WatchStore ws) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartArray();
            for (WatchlistRow w : ws.watchlists()) {
                g.writeStartObject();
                g.writeStringField("name", w.name());
                g.writeFieldName("query");
                g.writeRawValue(w.queryJson());
                g.writeStringField("description", describe(w));
                g.writeStringField("webhook", w.webhook());
                g.writeStringField("created_at", WatchStore.iso(w.createdAt()));
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** Never polled yet, or the last poll succeeded. */
    public static boolean healthy(SourceHealth h) {
        return h.errorStreak() == 0;
    }
}
