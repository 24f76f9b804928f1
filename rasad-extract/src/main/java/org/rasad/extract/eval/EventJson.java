package org.rasad.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.Evidence;

/** Writes events as spec/events.md JSON objects (one line each). */
public final class EventJson {
    private static final ObjectMapper M = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectNode toJson(Event e) {
        ObjectNode o = M.createObjectNode();
        o.put("id", e.id());
        o.put("doc", e.doc());
        o.put("type", e.type().name());
        o.put("mode", e.mode());
        ArrayNode ctx = o.putArray("contexts");
        e.contexts().forEach(ctx::add);
        actors(o.putArray("source"), e.source());
        actors(o.putArray("target"), e.target());
        o.put("date", e.date());
        o.put("date_text", e.dateText());
        o.put("modality", e.modality().json());
        if (e.location() == null) {
            o.putNull("location");
        } else {
            o.putObject("location").put("name", e.location().name()).put("code", e.location().code());
        }
        ArrayNode ev = o.putArray("evidence");
        for (Evidence x : e.evidence()) {
            ObjectNode j = ev.addObject().put("start", x.start()).put("end", x.end()).put("text", x.text());
            if (x.field() != null) {
                j.put("field", x.field());
            }
        }
        o.put("confidence", e.confidence());
        return o;
    }

    public static String line(Event e) {
        return toJson(e).toString();
    }

    private static void actors(ArrayNode arr, List<ActorRef> side) {
        for (ActorRef a : side) {
            ObjectNode j = arr.addObject().put("code", a.code());
            if (a.sector() != null) {
                j.put("sector", a.sector());
            }
            if (a.person() != null) {
                j.put("person", a.person());
            }
            if (a.role() != null) {
                j.put("role", a.role());
            }
            j.put("text", a.text());
        }
    }
}
