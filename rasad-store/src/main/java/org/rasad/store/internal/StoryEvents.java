package org.rasad.store.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;
import org.rasad.core.Modality;
import org.rasad.extract.dedup.EventMention;
import org.rasad.extract.dedup.StoryEvent;
import org.rasad.extract.dedup.StoryEventMerger;

/**
 * Recomputes one story's summary row and its story events from the events of its member documents, with the pure
 * {@link StoryEventMerger} (same type, same actor set, dates within the window; every event kept as a mention).
 * Rebuilding the whole story, rather than patching it, keeps the result independent of the order documents arrived
 * in; stories are small (the largest on the bulk corpus has a few dozen documents), so this is cheap.
 */
final class StoryEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEMBERS = "SELECT doc_seq FROM story_docs WHERE sid = ?";

    private final Connection c;
    private final int windowDays;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement members;
    private final Scope story;
    private final Scope doc;
    private final PreparedStatement findEvent;
    private final PreparedStatement growEvent;
    private final PreparedStatement storyEvents;
    private final PreparedStatement appendStory;
    private final PreparedStatement deleteEvents;
    private final PreparedStatement deleteStory;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertMention;
    private final PreparedStatement updateStory;
    private final PreparedStatement lastRowId;

    StoryEvents(Connection c, int windowDays) throws SQLException {
        this.c = c;
        this.windowDays = windowDays;
        members = prepare("SELECT d.seq, d.id, d.title, d.date, d.source FROM story_docs m "
                + "JOIN documents d ON d.seq = m.doc_seq WHERE m.sid = ? ORDER BY d.seq");
        story = new Scope(prepare(Scope.events("e.doc_seq IN (" + MEMBERS + ")")),
                prepare(Scope.actors("e.doc_seq IN (" + MEMBERS + ")")), prepare(Scope.evidence("e.doc_seq IN (" + MEMBERS + ")")));
        doc = new Scope(prepare(Scope.events("e.doc_seq = ?")), prepare(Scope.actors("e.doc_seq = ?")),
                prepare(Scope.evidence("e.doc_seq = ?")));
        findEvent = prepare("SELECT seid, first_date, last_date FROM story_events WHERE sid = ? AND type = ? AND actors = ? "
                + "ORDER BY seid");
        growEvent = prepare("UPDATE story_events SET first_date = ?, last_date = ?, mentions = mentions + 1 WHERE seid = ?");
        storyEvents = prepare("SELECT count(*) FROM story_events WHERE sid = ?");
        appendStory = prepare("UPDATE stories SET first_date = ?, last_date = ?, doc_count = ?, outlets = ?, "
                + "outlet_count = ?, event_count = ? WHERE sid = ?");
        deleteEvents = prepare("DELETE FROM story_events WHERE sid = ?");
        deleteStory = prepare("DELETE FROM stories WHERE sid = ?");
        insertEvent = prepare("INSERT INTO story_events (id, sid, type, actors, first_date, last_date, mentions) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
        insertMention = prepare("INSERT OR IGNORE INTO story_event_mentions (seid, eid, event_id, doc_seq, doc, outlet, "
                + "evidence) VALUES (?, ?, ?, ?, ?, ?, ?)");
        updateStory = prepare("UPDATE stories SET rep_seq = ?, rep_doc = ?, title = ?, first_date = ?, last_date = ?, "
                + "doc_count = ?, outlets = ?, outlet_count = ?, event_count = ? WHERE sid = ?");
        lastRowId = prepare("SELECT last_insert_rowid()");
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        statements.add(ps);
        return ps;
    }

    /** A stored event with where it lives: its row id, its document's seq and outlet. */
    private record Row(long eid, long docSeq, String outlet) {
    }

    /** The three queries that read events with their actors and evidence, for one story or one document. */
    private record Scope(PreparedStatement events, PreparedStatement actors, PreparedStatement evidence) {
        static String events(String where) {
            return "SELECT e.eid, e.id, e.doc, e.type, e.date, e.doc_seq FROM events e WHERE " + where + " ORDER BY e.eid";
        }

        static String actors(String where) {
            return "SELECT a.eid, a.side, a.code FROM event_actors a JOIN events e ON e.eid = a.eid WHERE " + where
                    + " ORDER BY a.eid, a.side, a.ord";
        }

        static String evidence(String where) {
            return "SELECT v.eid, v.start, v.end, v.text, v.field FROM evidence v JOIN events e ON e.eid = v.eid WHERE "
                    + where + " ORDER BY v.eid, v.ord";
        }
    }

    /** What a story's row says: documents, date span (ISO strings, may be null) and sorted outlets. */
    record Summary(int docs, String first, String last, List<String> outlets) {
        static final Summary EMPTY = new Summary(0, null, null, List.of());

        Summary {
            outlets = List.copyOf(new TreeSet<>(outlets));
        }

        static Summary of(String date, String outlet) {
            return new Summary(1, date, date, outlet == null || outlet.isBlank() ? List.of() : List.of(outlet));
        }

        Summary plus(Summary o) {
            List<String> all = new ArrayList<>(outlets);
            all.addAll(o.outlets);
            return new Summary(docs + o.docs, min(first, o.first), max(last, o.last), all);
        }

        static String min(String a, String b) {
            return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
        }

        static String max(String a, String b) {
            return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
        }
    }

    /**
     * A large story grows by one document: its summary becomes {@code sum} (the members' counts, dates and outlets
     * with the new one) and each of the document's events joins the first story event of the same type and actor set
     * whose first date lies within the window (undated with undated), else starts one.
     */
    void append(long sid, long seq, Summary sum) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        Map<String, String> outletOfDoc = new HashMap<>();
        Map<Long, String> outletOfSeq = new HashMap<>();
        outletOfSeq.put(seq, null);
        try (PreparedStatement ps = c.prepareStatement("SELECT source FROM documents WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                outletOfSeq.put(seq, rs.next() ? rs.getString(1) : null);
            }
        }
        for (Event e : load(doc, seq, outletOfSeq, rows, outletOfDoc)) {
            String actors = String.join(" ", actorSet(e));
            Long seid = null;
            String first = null;
            String last = null;
            findEvent.setLong(1, sid);
            findEvent.setString(2, e.type().name());
            findEvent.setString(3, actors);
            try (ResultSet rs = findEvent.executeQuery()) {
                while (seid == null && rs.next()) {
                    if (sameWindow(StoryWriter.parse(rs.getString(2)), StoryWriter.parse(e.date()))) {
                        seid = rs.getLong(1);
                        first = rs.getString(2);
                        last = rs.getString(3);
                    }
                }
            }
            EventMention m = new EventMention(e.id(), e.doc(), outletOfDoc.get(e.doc()), e.evidence());
            if (seid == null) {
                insert(sid, new StoryEvent(sid + "/" + e.id(), Long.toString(sid), e.type(), actorSet(e), e.date(),
                        e.date(), List.of(m)), rows);
            } else {
                growEvent.setString(1, Summary.min(first, e.date()));
                growEvent.setString(2, Summary.max(last, e.date()));
                growEvent.setLong(3, seid);
                growEvent.executeUpdate();
                mention(seid, m, rows);
            }
        }
        int events;
        storyEvents.setLong(1, sid);
        try (ResultSet rs = storyEvents.executeQuery()) {
            events = rs.next() ? rs.getInt(1) : 0;
        }
        int i = 1;
        appendStory.setString(i++, sum.first());
        appendStory.setString(i++, sum.last());
        appendStory.setInt(i++, sum.docs());
        appendStory.setString(i++, String.join("|", sum.outlets()));
        appendStory.setInt(i++, sum.outlets().size());
        appendStory.setInt(i++, events);
        appendStory.setLong(i, sid);
        appendStory.executeUpdate();
    }

    private boolean sameWindow(java.time.LocalDate first, java.time.LocalDate d) {
        return first == null ? d == null
                : d != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(first, d)) <= windowDays;
    }

    /** Sorted "S:code" and "T:code" of an event's actors, as {@link StoryEventMerger} groups them. */
    static List<String> actorSet(Event e) {
        TreeSet<String> s = new TreeSet<>();
        for (ActorRef a : e.source()) {
            s.add("S:" + (a.code() == null ? "?" : a.code()));
        }
        for (ActorRef a : e.target()) {
            s.add("T:" + (a.code() == null ? "?" : a.code()));
        }
        return List.copyOf(s);
    }

    void rebuild(long sid) throws SQLException {
        Map<Long, String> outletOfSeq = new HashMap<>();
        TreeSet<String> outlets = new TreeSet<>();
        long repSeq = -1;
        String repDoc = null;
        String title = null;
        String first = null;
        String last = null;
        int docs = 0;
        members.setLong(1, sid);
        try (ResultSet rs = members.executeQuery()) {
            while (rs.next()) {
                docs++;
                if (repSeq < 0) {
                    repSeq = rs.getLong(1);
                    repDoc = rs.getString(2);
                    title = rs.getString(3);
                }
                String date = rs.getString(4);
                if (date != null) {
                    first = first == null || date.compareTo(first) < 0 ? date : first;
                    last = last == null || date.compareTo(last) > 0 ? date : last;
                }
                String outlet = rs.getString(5);
                outletOfSeq.put(rs.getLong(1), outlet);
                if (outlet != null && !outlet.isBlank()) {
                    outlets.add(outlet);
                }
            }
        }
        deleteEvents.setLong(1, sid);
        deleteEvents.executeUpdate();
        if (docs == 0) {
            deleteStory.setLong(1, sid);
            deleteStory.executeUpdate();
            return;
        }
        Map<String, Row> rows = new HashMap<>();
        Map<String, String> outletOfDoc = new HashMap<>();
        List<Event> evs = load(story, sid, outletOfSeq, rows, outletOfDoc);
        String story = Long.toString(sid);
        List<StoryEvent> merged = StoryEventMerger.merge(evs, d -> story, outletOfDoc::get, windowDays);
        for (StoryEvent se : merged) {
            insert(sid, se, rows);
        }
        int i = 1;
        updateStory.setLong(i++, repSeq);
        updateStory.setString(i++, repDoc);
        updateStory.setString(i++, title == null ? "" : title);
        updateStory.setString(i++, first);
        updateStory.setString(i++, last);
        updateStory.setInt(i++, docs);
        updateStory.setString(i++, String.join("|", outlets));
        updateStory.setInt(i++, outlets.size());
        updateStory.setInt(i++, merged.size());
        updateStory.setLong(i, sid);
        updateStory.executeUpdate();
    }

    private List<Event> load(Scope scope, long key, Map<Long, String> outletOfSeq, Map<String, Row> rows,
                             Map<String, String> outletOfDoc) throws SQLException {
        Map<Long, String[]> bare = new LinkedHashMap<>();
        scope.events().setLong(1, key);
        try (ResultSet rs = scope.events().executeQuery()) {
            while (rs.next()) {
                long eid = rs.getLong(1);
                long seq = rs.getLong(6);
                bare.put(eid, new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                rows.put(rs.getString(2), new Row(eid, seq, outletOfSeq.get(seq)));
                outletOfDoc.put(rs.getString(3), outletOfSeq.get(seq));
            }
        }
        Map<Long, List<ActorRef>> sources = new HashMap<>();
        Map<Long, List<ActorRef>> targets = new HashMap<>();
        scope.actors().setLong(1, key);
        try (ResultSet rs = scope.actors().executeQuery()) {
            while (rs.next()) {
                ("S".equals(rs.getString(2)) ? sources : targets).computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ActorRef(rs.getString(3), null, null, null, null));
            }
        }
        Map<Long, List<Evidence>> spans = new HashMap<>();
        scope.evidence().setLong(1, key);
        try (ResultSet rs = scope.evidence().executeQuery()) {
            while (rs.next()) {
                spans.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Evidence(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
            }
        }
        List<Event> out = new ArrayList<>(bare.size());
        for (Map.Entry<Long, String[]> e : bare.entrySet()) {
            String[] f = e.getValue();
            long eid = e.getKey();
            out.add(new Event(f[0], f[1], EventType.valueOf(f[2]), null, List.of(), sources.getOrDefault(eid, List.of()),
                    targets.getOrDefault(eid, List.of()), f[3], null, Modality.ASSERTED, null,
                    spans.getOrDefault(eid, List.of()), 0));
        }
        return out;
    }

    private void insert(long sid, StoryEvent se, Map<String, Row> rows) throws SQLException {
        int i = 1;
        insertEvent.setString(i++, se.id());
        insertEvent.setLong(i++, sid);
        insertEvent.setString(i++, se.type().name());
        insertEvent.setString(i++, String.join(" ", se.actors()));
        insertEvent.setString(i++, se.first());
        insertEvent.setString(i++, se.last());
        insertEvent.setInt(i, se.mentions().size());
        insertEvent.executeUpdate();
        long seid = Sql.lastRowId(lastRowId);
        for (EventMention m : se.mentions()) {
            mention(seid, m, rows);
        }
    }

    private void mention(long seid, EventMention m, Map<String, Row> rows) throws SQLException {
        Row r = rows.get(m.event());
        insertMention.setLong(1, seid);
        insertMention.setLong(2, r.eid());
        insertMention.setString(3, m.event());
        insertMention.setLong(4, r.docSeq());
        insertMention.setString(5, m.doc());
        insertMention.setString(6, r.outlet());
        insertMention.setString(7, evidenceJson(m.evidence()));
        insertMention.executeUpdate();
    }

    static String evidenceJson(List<Evidence> evidence) {
        ArrayNode a = JSON.createArrayNode();
        for (Evidence e : evidence) {
            a.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text());
        }
        return a.toString();
    }

    void close() throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.close();
        }
    }
}
