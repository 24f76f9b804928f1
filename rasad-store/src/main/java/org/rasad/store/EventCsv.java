package org.rasad.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.Evidence;

/**
 * Events as RFC 4180 CSV (UTF-8, CRLF, header row). Flat columns for spreadsheets
 * ({@code source_codes} "IRQ;USA", {@code contexts} "military;terrorism", {@code evidence_text} the spans
 * joined by " | ") plus the nested fields {@code source}, {@code target}, {@code evidence} as JSON exactly as
 * spec/events.md, so a row converts back to the same event ({@link #read}).
 */
public final class EventCsv {
    public static final List<String> HEADER = List.of("id", "doc", "type", "mode", "contexts", "source_codes",
            "target_codes", "date", "date_text", "modality", "location_name", "location_code", "confidence",
            "evidence_text", "source", "target", "evidence");
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventCsv() {
    }

    public static void writeHeader(Writer out) throws IOException {
        writeRow(out, HEADER);
    }

    public static void write(Event e, Writer out) throws IOException {
        writeRow(out, row(e));
    }

    /** The cells of one event, in {@link #HEADER} order. */
    public static List<String> row(Event e) {
        List<String> evText = new ArrayList<>();
        for (Evidence ev : e.evidence()) {
            evText.add(ev.text() == null ? "" : ev.text());
        }
        return List.of(nz(e.id()), nz(e.doc()), e.type() == null ? "" : e.type().name(), nz(e.mode()),
                String.join(";", e.contexts()), codes(e.source()), codes(e.target()), nz(e.date()), nz(e.dateText()),
                e.modality().json(), e.location() == null ? "" : nz(e.location().name()),
                e.location() == null ? "" : nz(e.location().code()), Double.toString(e.confidence()),
                String.join(" | ", evText), nested(e, "source"), nested(e, "target"), nested(e, "evidence"));
    }

    private static String codes(List<ActorRef> actors) {
        StringBuilder sb = new StringBuilder();
        for (ActorRef a : actors) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(a.code());
        }
        return sb.toString();
    }

    /** One nested field of the spec JSON ("source", "target", "evidence") as compact JSON. */
    private static String nested(Event e, String field) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            switch (field) {
                case "source" -> org.rasad.extract.EventJson.writeActors(g, e.source());
                case "target" -> org.rasad.extract.EventJson.writeActors(g, e.target());
                default -> org.rasad.extract.EventJson.writeEvidence(g, e.evidence());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells.get(i);
            if (needsQuotes(c)) {
                out.write('"');
                out.write(c.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }

    private static boolean needsQuotes(String c) {
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Parses RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
    public static List<List<String>> parseRows(Reader in) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) >= 0; ) {
            all.append(buf, 0, n);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int len = all.length();
        while (i < len) {
            char c = all.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                i++;
                while (i < len) {
                    char q = all.charAt(i);
                    if (q == '"') {
                        if (i + 1 < len && all.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.append(q);
                    i++;
                }
                continue;
            }
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
            i++;
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Reads events back from CSV written by {@link #write} (the JSON columns carry the nested fields). */
    public static List<Event> read(Reader in) throws IOException {
        List<List<String>> rows = parseRows(in);
        List<Event> events = new ArrayList<>();
        if (rows.isEmpty()) {
            return events;
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            col.put(rows.get(0).get(i), i);
        }
        for (List<String> r : rows.subList(1, rows.size())) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("id", cell(r, col, "id"));
            n.put("doc", cell(r, col, "doc"));
            n.put("type", cell(r, col, "type"));
            n.put("mode", cell(r, col, "mode"));
            var ctx = n.putArray("contexts");
            String contexts = cell(r, col, "contexts");
            if (contexts != null) {
                for (String c : contexts.split(";")) {
                    ctx.add(c);
                }
            }
            n.set("source", MAPPER.readTree(r.get(col.get("source"))));
            n.set("target", MAPPER.readTree(r.get(col.get("target"))));
            n.put("date", cell(r, col, "date"));
            n.put("date_text", cell(r, col, "date_text"));
            n.put("modality", cell(r, col, "modality"));
            String ln = cell(r, col, "location_name");
            String lc = cell(r, col, "location_code");
            if (ln != null || lc != null) {
                n.putObject("location").put("name", ln).put("code", lc);
            }
            n.set("evidence", MAPPER.readTree(r.get(col.get("evidence"))));
            n.put("confidence", Double.parseDouble(r.get(col.get("confidence"))));
            events.add(org.rasad.extract.EventJson.fromNode(n));
        }
        return events;
    }

    private static String cell(List<String> r, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        String v = i == null || i >= r.size() ? "" : r.get(i);
        return v.isEmpty() ? null : v;
    }
}
