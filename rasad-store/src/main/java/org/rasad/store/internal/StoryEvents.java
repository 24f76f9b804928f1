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
    private final PreparedStatement events;
    private final PreparedStatement actors;
    private final PreparedStatement evidence;
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
        events = prepare("SELECT e.eid, e.id, e.doc, e.type, e.date, e.doc_seq FROM events e "
                + "WHERE e.doc_seq IN (" + MEMBERS + ") ORDER BY e.eid");
        actors = prepare("SELECT a.eid, a.side, a.code FROM event_actors a JOIN events e ON e.eid = a.eid "
                + "WHERE e.doc_seq IN (" + MEMBERS + ") ORDER BY a.eid, a.side, a.ord");
        evidence = prepare("SELECT v.eid, v.start, v.end, v.text, v.field FROM evidence v JOIN events e ON e.eid = v.eid "
                + "WHERE e.doc_seq IN (" + MEMBERS + ") ORDER BY v.eid, v.ord");
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
        List<Event> evs = load(sid, outletOfSeq, rows, outletOfDoc);
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

    private List<Event> load(long sid, Map<Long, String> outletOfSeq, Map<String, Row> rows,
                             Map<String, String> outletOfDoc) throws SQLException {
        Map<Long, String[]> bare = new LinkedHashMap<>();
        events.setLong(1, sid);
        try (ResultSet rs = events.executeQuery()) {
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
        actors.setLong(1, sid);
        try (ResultSet rs = actors.executeQuery()) {
            while (rs.next()) {
                ("S".equals(rs.getString(2)) ? sources : targets).computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ActorRef(rs.getString(3), null, null, null, null));
            }
        }
        Map<Long, List<Evidence>> spans = new HashMap<>();
        evidence.setLong(1, sid);
        try (ResultSet rs = evidence.executeQuery()) {
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
        long seid;
        try (ResultSet rs = lastRowId.executeQuery()) {
            rs.next();
            seid = rs.getLong(1);
        }
        for (EventMention m : se.mentions()) {
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
