package org.rasad.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;
import org.rasad.core.Location;
import org.rasad.core.Modality;
import org.rasad.store.EventOrder;
import org.rasad.store.EventQuery;

/** Reads events back from SQLite: filter on the events table, then fetch actors and evidence per page. */
public final class EventReader {
    private static final int PAGE = 1000;
    private static final String COLUMNS = "e.eid, e.id, e.doc, e.type, e.mode, e.contexts, e.date, e.date_text, "
            + "e.modality, e.location_name, e.location_code, e.confidence";

    private EventReader() {
    }

    /** Streams the events matching {@code q} in insertion order, page by page (constant memory). */
    public static void forEach(Connection c, EventQuery q, Consumer<Event> sink) throws SQLException {
        long remaining = q.limit() > 0 ? q.limit() : Long.MAX_VALUE;
        long lastEid = 0;
        boolean first = true;
        while (remaining > 0) {
            int page = (int) Math.min(PAGE, remaining);
            List<Object> args = new ArrayList<>();
            String sql = "SELECT " + COLUMNS + " FROM events e WHERE e.eid > ?" + where(q, args)
                    + " ORDER BY e.eid LIMIT ? OFFSET ?";
            Map<Long, Event> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setLong(i++, lastEid);
                for (Object a : args) {
                    ps.setObject(i++, a);
                }
                ps.setInt(i++, page);
                ps.setInt(i, first ? Math.max(0, q.offset()) : 0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), row(rs));
                    }
                }
            }
            first = false;
            if (rows.isEmpty()) {
                return;
            }
            for (Event e : complete(c, rows)) {
                sink.accept(e);
            }
            remaining -= rows.size();
            lastEid = rows.keySet().stream().mapToLong(Long::longValue).max().orElse(lastEid);
            if (rows.size() < page) {
                return;
            }
        }
    }

    /**
     * One sorted page in a single query: ORDER BY {@code order}, LIMIT {@code q.limit()} (<= 0: all), OFFSET
     * {@code q.offset()}; SQLite keeps only the top rows while it scans, and actors and evidence are fetched for the
     * page's rows only.
     */
    public static List<Event> page(Connection c, EventQuery q, EventOrder order) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM events e WHERE 1=1" + where(q, args) + " ORDER BY " + order.sql()
                + " LIMIT ? OFFSET ?";
        Map<Long, Event> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object a : args) {
                ps.setObject(i++, a);
            }
            ps.setInt(i++, q.limit() > 0 ? q.limit() : -1);
            ps.setInt(i, Math.max(0, q.offset()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), row(rs));
                }
            }
        }
        List<Event> out = new ArrayList<>(rows.size());
        Map<Long, Event> chunk = new LinkedHashMap<>();
        for (Map.Entry<Long, Event> r : rows.entrySet()) {
            chunk.put(r.getKey(), r.getValue());
            if (chunk.size() == PAGE) {
                out.addAll(complete(c, chunk));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            out.addAll(complete(c, chunk));
        }
        return out;
    }

    public static long count(Connection c, EventQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT count(*) FROM events e WHERE 1=1" + where(q, args);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static String where(EventQuery q, List<Object> args) {
        StringBuilder w = new StringBuilder();
        if (q.type() != null) {
            w.append(" AND e.type = ?");
            args.add(q.type().name());
        }
        if (q.modality() != null) {
            w.append(" AND e.modality = ?");
            args.add(q.modality().json());
        }
        if (q.mode() != null) {
            w.append(" AND e.mode = ?");
            args.add(q.mode());
        }
        if (q.doc() != null) {
            w.append(" AND e.doc_seq = (SELECT seq FROM documents WHERE id = ?)");
            args.add(q.doc());
        }
        String from = Dates.lo(q.from());
        if (from != null) {
            w.append(" AND e.date_hi >= ?");
            args.add(from);
        }
        String to = Dates.hi(q.to());
        if (to != null) {
            w.append(" AND e.date_lo <= ?");
            args.add(to);
        }
        actor(w, args, q.actor(), null);
        actor(w, args, q.source(), "S");
        actor(w, args, q.target(), "T");
        return w.toString();
    }

    private static void actor(StringBuilder w, List<Object> args, String code, String side) {
        if (code == null || code.isBlank()) {
            return;
        }
        // IN (one pass over the actor index) rather than a correlated EXISTS: without ANALYZE statistics SQLite
        // answered EXISTS through event_actors_top for every event, O(events x actor rows), seconds on 26k events
        w.append(" AND e.eid IN (SELECT a.eid FROM event_actors a WHERE ")
                .append(code.indexOf('.') >= 0 ? "a.code = ?" : "a.top_code = ?");
        args.add(code.trim());
        if (side != null) {
            w.append(" AND a.side = ?");
            args.add(side);
        }
        w.append(')');
    }

    private static Event row(ResultSet rs) throws SQLException {
        String contexts = rs.getString(6);
        List<String> ctx = contexts == null || contexts.isEmpty() ? List.of() : List.of(contexts.split(" "));
        String locName = rs.getString(10);
        String locCode = rs.getString(11);
        Location loc = locName == null && locCode == null ? null : new Location(locName, locCode);
        return new Event(rs.getString(2), rs.getString(3), EventType.valueOf(rs.getString(4)), rs.getString(5), ctx,
                List.of(), List.of(), rs.getString(7), rs.getString(8), Modality.parse(rs.getString(9)), loc,
                List.of(), rs.getDouble(12));
    }

    /** Adds actors and evidence to a page of bare events. */
    private static List<Event> complete(Connection c, Map<Long, Event> rows) throws SQLException {
        String in = "?" + ",?".repeat(rows.size() - 1);
        Map<Long, List<ActorRef>> sources = new HashMap<>();
        Map<Long, List<ActorRef>> targets = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT eid, side, code, sector, person, role, text "
                + "FROM event_actors WHERE eid IN (" + in + ") ORDER BY eid, side, ord")) {
            bind(ps, rows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<Long, List<ActorRef>> side = "S".equals(rs.getString(2)) ? sources : targets;
                    side.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ActorRef(rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT eid, start, end, text, field "
                + "FROM evidence WHERE eid IN (" + in + ") ORDER BY eid, ord")) {
            bind(ps, rows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new Evidence(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        List<Event> out = new ArrayList<>(rows.size());
        for (Map.Entry<Long, Event> r : rows.entrySet()) {
            Event e = r.getValue();
            long eid = r.getKey();
            out.add(new Event(e.id(), e.doc(), e.type(), e.mode(), e.contexts(),
                    sources.getOrDefault(eid, List.of()), targets.getOrDefault(eid, List.of()), e.date(),
                    e.dateText(), e.modality(), e.location(), evidence.getOrDefault(eid, List.of()), e.confidence()));
        }
        return out;
    }

    private static void bind(PreparedStatement ps, Map<Long, Event> rows) throws SQLException {
        int i = 1;
        for (long eid : rows.keySet()) {
            ps.setLong(i++, eid);
        }
    }
}
