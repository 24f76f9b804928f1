package org.rasad.app.server;

import org.rasad.store.EventJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rasad.core.ActorRef;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;

/**
 * JSON for the API, built as explicit trees (no reflection-driven data binding). Events follow
 * spec/events.md field for field.
 */
public final class JsonCodec {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonCodec() {
    }

    public static ObjectNode object() {
        return F.objectNode();
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }

    public static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event as a JSON tree, in exactly the record shape of spec/events.md (one codec: {@link EventJson}). */
    public static ObjectNode event(Event e) {
        try {
            return (ObjectNode) MAPPER.readTree(EventJson.toJsonLine(e));
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    public static ObjectNode document(EventService.DocumentView v, boolean withText) {
        Document d = v.document();
        ObjectNode o = object();
        o.put("id", d.id());
        o.put("title", d.title());
        o.put("date", d.date() == null ? null : d.date().toString());
        o.put("url", d.url());
        o.put("source", d.source());
        if (withText) {
            o.put("text", d.text());
            o.put("cleaned", v.cleanedText());
        }
        ArrayNode evs = o.putArray("events");
        v.events().forEach(e -> evs.add(event(e)));
        return o;
    }

    public static <T> ObjectNode page(EventService.Page<T> p, Function<T, JsonNode> item) {
        ObjectNode o = object();
        o.put("total", p.total());
        o.put("offset", p.offset());
        o.put("limit", p.limit());
        ArrayNode items = o.putArray("items");
        p.items().forEach(i -> items.add(item.apply(i)));
        return o;
    }

    public static ObjectNode hit(EventService.DocumentHit h) {
        return object().put("id", h.id()).put("title", h.title()).put("date", h.date())
                .put("snippet", h.snippet()).put("events", h.events()).put("score", h.score());
    }

    public static ObjectNode stats(EventService.Stats s) {
        ObjectNode o = object().put("documents", s.documents()).put("events", s.events()).put("problems", s.problems())
                .put("first_date", s.firstDate()).put("last_date", s.lastDate());
        ObjectNode t = o.putObject("events_by_type");
        s.eventsByType().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> t.put(en.getKey(), en.getValue()));
        return o;
    }

    public static ObjectNode timeline(Analytics.Timeline t) {
        ObjectNode o = object().put("interval", t.interval().name().toLowerCase(java.util.Locale.ROOT))
                .put("total", t.total()).put("undated", t.undated());
        ArrayNode b = o.putArray("buckets");
        t.buckets().forEach(b::add);
        ObjectNode series = o.putObject("series");
        for (Map.Entry<EventType, long[]> en : t.series().entrySet()) {
            ArrayNode a = series.putArray(en.getKey().name());
            for (long c : en.getValue()) {
                a.add(c);
            }
        }
        return o;
    }

    public static ObjectNode network(Analytics.Network n) {
        ObjectNode o = object().put("events", n.events());
        ArrayNode nodes = o.putArray("nodes");
        n.nodes().forEach(x -> nodes.addObject().put("code", x.code()).put("name", x.name()).put("weight", x.weight()));
        ArrayNode edges = o.putArray("edges");
        for (Analytics.Edge e : n.edges()) {
            ObjectNode eo = edges.addObject().put("source", e.source()).put("target", e.target()).put("weight", e.weight());
            ObjectNode types = eo.putObject("types");
            e.types().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> types.put(t.getKey().name(), t.getValue()));
        }
        return o;
    }

    public static ObjectNode actor(Analytics.ActorSummary a) {
        ObjectNode o = object().put("code", a.code()).put("name", a.name()).put("events", a.events())
                .put("as_source", a.asSource()).put("as_target", a.asTarget());
        ArrayNode ns = o.putArray("names");
        a.names().forEach(ns::add);
        return o;
    }

    public static ObjectNode profile(Analytics.ActorProfile p, List<Event> recent) {
        ObjectNode o = actor(p.summary());
        ObjectNode bt = o.putObject("by_type");
        for (EventType t : EventType.values()) {
            long s = p.asSourceByType().getOrDefault(t, 0L);
            long g = p.asTargetByType().getOrDefault(t, 0L);
            if (s + g > 0) {
                bt.putObject(t.name()).put("as_source", s).put("as_target", g);
            }
        }
        ArrayNode partners = o.putArray("partners");
        p.partners().forEach(x -> partners.addObject().put("code", x.code()).put("name", x.name()).put("events", x.events()));
        ArrayNode persons = o.putArray("persons");
        p.persons().forEach(x -> persons.addObject().put("person", x.person()).put("role", x.role()).put("events", x.events()));
        o.set("timeline", timeline(p.timeline()));
        ArrayNode r = o.putArray("recent");
        recent.forEach(e -> r.add(event(e)));
        return o;
    }

    public static ObjectNode error(int status, String code, String message) {
        ObjectNode o = object();
        o.putObject("error").put("status", status).put("code", code).put("message", message);
        return o;
    }

    /**
     * Documents posted to /api/ingest: a JSON array of document objects, one object, or JSONL
     * (spec/events.md "Documents in"). Only {@code text} is required.
     */
    public static List<Document> documents(String body, int maxDocs) {
        List<Document> out = new ArrayList<>();
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            throw ApiException.badRequest("empty-body", "no documents in the request body");
        }
        try {
            if (trimmed.startsWith("[")) {
                JsonNode arr = MAPPER.readTree(trimmed);
                for (JsonNode n : arr) {
                    out.add(documentOf(n, out.size()));
                    checkCount(out, maxDocs);
                }
            } else {
                int line = 0;
                for (String l : trimmed.split("\\R")) {
                    line++;
                    if (!l.isBlank()) {
                        out.add(documentOf(MAPPER.readTree(l), line));
                        checkCount(out, maxDocs);
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("bad-json", "the body is not JSON or JSONL: " + e.getOriginalMessage());
        }
        return out;
    }

    private static void checkCount(List<Document> docs, int max) {
        if (docs.size() > max) {
            throw ApiException.tooLarge("at most " + max + " documents per request");
        }
    }

    private static Document documentOf(JsonNode n, int ordinal) {
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("bad-document", "document " + ordinal + " is not a JSON object");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            throw ApiException.badRequest("missing-text", "document " + ordinal + " has no \"text\" string");
        }
        String id = str(n, "id");
        if (id == null || id.isBlank()) {
            id = "post-" + Integer.toHexString(text.asText().hashCode()) + "-" + ordinal;
        }
        if (id.length() > 200) {
            throw ApiException.badRequest("bad-id", "document ids are at most 200 characters");
        }
        LocalDate date = null;
        String ds = str(n, "date");
        if (ds != null && !ds.isBlank()) {
            try {
                date = LocalDate.parse(ds.length() > 10 ? ds.substring(0, 10) : ds);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("bad-date", "document " + ordinal + ": date must be YYYY-MM-DD");
            }
        }
        return new Document(id, str(n, "title"), text.asText(), date, str(n, "url"), str(n, "source"), "UTF-8", "http");
    }

    private static String str(JsonNode n, String k) {
        JsonNode v = n.get(k);
        return v == null || v.isNull() ? null : v.asText();
    }
}
