package org.rasad.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rasad.core.Document;
import org.rasad.core.Event;

/** The API's handlers: each parses and validates its input, calls the service and writes JSON. */
final class ApiHandlers {
    private static final Set<String> EVENTS = Params.union(Params.FILTER, Params.PAGING);
    private static final Set<String> SEARCH = Set.of("q", "offset", "limit");
    private static final Set<String> ACTORS = Set.of("q", "limit", "from", "to", "type");
    private static final Set<String> PROFILE = Set.of("from", "to", "type", "interval");
    private static final Set<String> TIMELINE = Set.of("a", "b", "from", "to", "type", "modality", "interval");
    private static final Set<String> NETWORK = Set.of("from", "to", "type", "modality", "actor", "min_weight", "limit", "q");
    private static final Set<String> EXPORT = Params.union(Params.FILTER, Set.of("format", "sort"));

    private final EventService service;
    private final ServerConfig config;
    private final ApiToken token;

    ApiHandlers(EventService service, ServerConfig config, ApiToken token) {
        this.service = service;
        this.config = config;
        this.token = token;
    }

    static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8").result(JsonCodec.write(n));
    }

    void health(Context ctx) {
        Params.allow(ctx, Set.of());
        json(ctx, JsonCodec.object().put("status", "ok"));
    }

    void stats(Context ctx) {
        Params.allow(ctx, Set.of());
        json(ctx, JsonCodec.stats(service.stats()));
    }

    void search(Context ctx) {
        Params.allow(ctx, SEARCH);
        String q = Params.text(ctx, "q");
        int offset = Params.integer(ctx, "offset", 0, 0, config.maxOffset());
        int limit = Params.integer(ctx, "limit", 20, 1, config.maxPageSize());
        json(ctx, JsonCodec.page(service.search(q == null ? "" : q, offset, limit), JsonCodec::hit));
    }

    void document(Context ctx) {
        Params.allow(ctx, Set.of());
        String id = ctx.pathParam("id");
        EventService.DocumentView v = service.document(id)
                .orElseThrow(() -> ApiException.notFound("no-such-document", "no document " + Params.clip(id)));
        json(ctx, JsonCodec.document(v, true));
    }

    void events(Context ctx) {
        Params.allow(ctx, EVENTS);
        EventFilter f = Params.filter(ctx);
        EventSort sort = EventSort.parse(Params.str(ctx, "sort"));
        int offset = Params.integer(ctx, "offset", 0, 0, config.maxOffset());
        int limit = Params.integer(ctx, "limit", 50, 1, config.maxPageSize());
        json(ctx, JsonCodec.page(service.events(f, sort, offset, limit), JsonCodec::event));
    }

    /** At most maxScan events: aggregations past that are marked {@code "truncated": true}. */
    private List<Event> scan(EventFilter f) {
        List<Event> out = new ArrayList<>();
        service.forEach(f, EventSort.DOC_ASC, config.maxScan(), out::add);
        return out;
    }

    private boolean truncated(List<Event> scanned) {
        return scanned.size() >= config.maxScan();
    }

    void actors(Context ctx) {
        Params.allow(ctx, ACTORS);
        EventFilter f = Params.filter(ctx);
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", 50, 1, config.maxPageSize());
        List<Event> evs = scan(new EventFilter(null, null, null, null, f.types(), null, null, null, f.from(), f.to(), null, null));
        ArrayNode arr = JsonCodec.array();
        Analytics.actors(evs, config.actorNames(), q, limit).forEach(a -> arr.add(JsonCodec.actor(a)));
        json(ctx, JsonCodec.object().put("truncated", truncated(evs)).set("items", arr));
    }

    void actor(Context ctx) {
        Params.allow(ctx, PROFILE);
        String code = Params.code(ctx.pathParam("code"), "code");
        EventFilter f = Params.filter(ctx).withActor(code);
        List<Event> evs = scan(f);
        if (evs.isEmpty()) {
            throw ApiException.notFound("no-such-actor", "no events involve " + code);
        }
        Analytics.Interval interval = Analytics.Interval.parse(Params.str(ctx, "interval"));
        List<Event> recent = service.events(f, EventSort.DATE_DESC, 0, 10).items();
        json(ctx, JsonCodec.profile(Analytics.profile(code, evs, config.actorNames(), interval), recent)
                .put("truncated", truncated(evs)));
    }

    void timeline(Context ctx) {
        Params.allow(ctx, TIMELINE);
        String a = Params.code(ctx, "a");
        String b = Params.code(ctx, "b");
        if (a == null || b == null) {
            throw ApiException.badRequest("missing-actor", "a dyad timeline needs a and b");
        }
        EventFilter f = Params.filter(ctx).withDyad(a, b);
        Analytics.Interval interval = Analytics.Interval.parse(Params.str(ctx, "interval"));
        List<Event> evs = scan(f);
        long ab = evs.stream().filter(e -> e.source().stream().anyMatch(x -> EventFilter.sameActor(x, a))).count();
        long ba = evs.stream().filter(e -> e.source().stream().anyMatch(x -> EventFilter.sameActor(x, b))).count();
        json(ctx, JsonCodec.timeline(Analytics.timeline(evs, interval)).put("a", a).put("b", b)
                .put("a_to_b", ab).put("b_to_a", ba).put("truncated", truncated(evs)));
    }

    void network(Context ctx) {
        Params.allow(ctx, NETWORK);
        EventFilter f = Params.filter(ctx);
        int minWeight = Params.integer(ctx, "min_weight", 1, 1, 1_000_000);
        int limit = Params.integer(ctx, "limit", 150, 1, 1000);
        List<Event> evs = scan(f);
        json(ctx, JsonCodec.network(Analytics.network(evs, config.actorNames(), minWeight, limit)).put("truncated", truncated(evs)));
    }

    void export(Context ctx) {
        Params.allow(ctx, EXPORT);
        EventFilter f = Params.filter(ctx);
        String sortParam = Params.str(ctx, "sort");
        EventSort sort = sortParam == null ? EventSort.DOC_ASC : EventSort.parse(sortParam); // stream in store order
        String format = Params.str(ctx, "format");
        format = format == null ? "jsonl" : format.toLowerCase(Locale.ROOT);
        boolean csv = switch (format) {
            case "csv" -> true;
            case "jsonl" -> false;
            default -> throw ApiException.badRequest("bad-format", "format must be jsonl or csv");
        };
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"rasad-events." + format + "\"");
        try {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
            if (csv) {
                w.write(ExportWriter.CSV_HEADER);
            }
            service.forEach(f, sort, config.maxExport(), e -> {
                try {
                    w.write(csv ? ExportWriter.csvRow(e) : JsonCodec.write(JsonCodec.event(e)) + "\n");
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void ingest(Context ctx) {
        Params.allow(ctx, Set.of());
        String auth = ctx.header("Authorization");
        String presented = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7) : ctx.header("X-Rasad-Token");
        if (!token.accepts(presented)) {
            throw ApiException.unauthorized("a valid token is needed: Authorization: Bearer <token from " + ApiToken.FILE + ">");
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!(type.startsWith("application/json") || type.startsWith("application/x-ndjson")
              || type.startsWith("application/jsonl"))) {
            throw ApiException.unsupported("send application/json (an array of documents) or application/x-ndjson");
        }
        String body = readBody(ctx);
        List<Document> docs = JsonCodec.documents(body, config.maxIngestDocs());
        EventService.IngestOutcome out = service.ingest(docs);
        ArrayNode problems = JsonCodec.array();
        out.problems().forEach(problems::add);
        ctx.status(201);
        json(ctx, JsonCodec.object().put("documents", out.documents()).put("events", out.events()).set("problems", problems));
    }

    /** Reads at most maxBodyBytes, whatever Content-Length claims (chunked bodies included). */
    private String readBody(Context ctx) {
        long max = config.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw ApiException.tooLarge("the body is larger than " + max + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                throw ApiException.tooLarge("the body is larger than " + max + " bytes");
            }
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiException.badRequest("bad-body", "could not read the request body");
        }
    }
}
