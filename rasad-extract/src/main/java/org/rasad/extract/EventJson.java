package org.rasad.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;
import org.rasad.core.Location;
import org.rasad.core.Modality;

/**
 * The event record as JSON, exactly as spec/events.md: keys in the spec's order, {@code date_text},
 * lower-case modality, {@code location} null or {name, code}, evidence {start, end, text[, field]},
 * actor keys {@code sector}/{@code person}/{@code role}/{@code text} only when known. One object per line in JSONL.
 */
public final class EventJson {
    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /** One event as a JSON tree (for scorers and APIs that work on trees). */
    public static JsonNode toNode(Event e) {
        try {
            return MAPPER.readTree(toJsonLine(e));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** Writes one event as a single-line JSON object (no trailing newline). */
    public static void write(Event e, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(e, g);
        }
    }

    /** The event as one JSON line, without the newline. */
    public static String toJsonLine(Event e) {
        StringWriter w = new StringWriter(512);
        try {
            write(e, w);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    /** Writes the event's fields into an open generator (used by the JSONL and REST writers). */
    public static void write(Event e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("doc", e.doc());
        g.writeStringField("type", e.type() == null ? null : e.type().name());
        g.writeStringField("mode", e.mode() == null ? null : e.mode().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart("contexts");
        for (String c : e.contexts()) {
            g.writeString(c.toLowerCase(Locale.ROOT));
        }
        g.writeEndArray();
        writeActors(g, "source", e.source());
        writeActors(g, "target", e.target());
        g.writeStringField("date", e.date());
        g.writeStringField("date_text", e.dateText());
        g.writeStringField("modality", e.modality().json());
        if (e.location() == null) {
            g.writeNullField("location");
        } else {
            g.writeObjectFieldStart("location");
            g.writeStringField("name", e.location().name());
            g.writeStringField("code", e.location().code());
            g.writeEndObject();
        }
        g.writeFieldName("evidence");
        writeEvidence(g, e.evidence());
        g.writeNumberField("confidence", e.confidence());
        g.writeEndObject();
    }

    public static void writeEvidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
        g.writeStartArray();
        for (Evidence ev : evidence) {
            g.writeStartObject();
            g.writeNumberField("start", ev.start());
            g.writeNumberField("end", ev.end());
            g.writeStringField("text", ev.text());
            if (ev.field() != null) {
                g.writeStringField("field", ev.field());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeActors(JsonGenerator g, String name, List<ActorRef> actors) throws IOException {
        g.writeFieldName(name);
        writeActors(g, actors);
    }

    public static void writeActors(JsonGenerator g, List<ActorRef> actors) throws IOException {
        g.writeStartArray();
        for (ActorRef a : actors) {
            g.writeStartObject();
            g.writeStringField("code", a.code());
            optional(g, "sector", a.sector());
            optional(g, "person", a.person());
            optional(g, "role", a.role());
            optional(g, "text", a.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /**
     * Parses one event line (ours, or a gold line: missing keys default, unknown keys are ignored).
     *
     * @throws IllegalArgumentException when the line is not an event object
     */
    public static Event parse(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (IOException ex) {
            throw new IllegalArgumentException("not JSON: " + ex.getMessage(), ex);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return fromNode(n);
    }

    /** Converts a parsed JSON object into an event. */
    public static Event fromNode(JsonNode n) {
        String typeText = text(n, "type");
        EventType type = typeText == null || "NONE".equals(typeText) ? null
                : EventType.valueOf(typeText.toUpperCase(Locale.ROOT));
        List<String> contexts = new ArrayList<>();
        for (JsonNode c : n.path("contexts")) {
            contexts.add(c.asText());
        }
        JsonNode loc = n.get("location");
        Location location = loc == null || !loc.isObject() ? null : new Location(text(loc, "name"), text(loc, "code"));
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode ev : n.path("evidence")) {
            evidence.add(new Evidence(ev.path("start").asInt(), ev.path("end").asInt(), text(ev, "text"), text(ev, "field")));
        }
        return new Event(text(n, "id"), text(n, "doc"), type, text(n, "mode"), contexts,
                actors(n.path("source")), actors(n.path("target")), text(n, "date"), text(n, "date_text"),
                Modality.parse(text(n, "modality")), location, evidence, n.path("confidence").asDouble(0.0));
    }

    private static List<ActorRef> actors(JsonNode arr) {
        List<ActorRef> out = new ArrayList<>();
        for (JsonNode a : arr) {
            out.add(new ActorRef(text(a, "code"), text(a, "sector"), text(a, "person"), text(a, "role"), text(a, "text")));
        }
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
