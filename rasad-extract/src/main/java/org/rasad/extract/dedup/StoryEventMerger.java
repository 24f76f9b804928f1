package org.rasad.extract.dedup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;

/**
 * Merges events of the same story and the same happening — event type, actor set (source and
 * target codes) and dates within {@code windowDays} of the group's first date — into
 * {@link StoryEvent}s, keeping every input event as a mention. Pure function; the result does not
 * depend on input order.
 */
public final class StoryEventMerger {
    private StoryEventMerger() {}

    /**
     * @param events     extracted events (any order)
     * @param storyOfDoc doc id → story id (documents not in a story form their own)
     * @param outletOfDoc doc id → outlet (Document.source), may return null
     * @param windowDays max distance in days from the group's first date; undated events merge only with undated
     */
    public static List<StoryEvent> merge(List<Event> events, Function<String, String> storyOfDoc,
                                         Function<String, String> outletOfDoc, int windowDays) {
        Map<String, List<Event>> byKey = new TreeMap<>();
        for (Event e : events) {
            String story = storyOfDoc.apply(e.doc());
            if (story == null) story = e.doc();
            String key = story + "\u0000" + e.type() + "\u0000" + String.join(",", actors(e));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<StoryEvent> out = new ArrayList<>();
        for (List<Event> group : byKey.values()) {
            group.sort(Comparator.comparing((Event e) -> e.date() == null ? "" : e.date())
                    .thenComparing(e -> e.id() == null ? "" : e.id()).thenComparing(Event::doc));
            List<Event> cur = new ArrayList<>();
            LocalDate start = null;
            for (Event e : group) {
                LocalDate d = date(e.date());
                boolean fits = !cur.isEmpty() && (d == null ? date(cur.get(0).date()) == null
                        : start != null && ChronoUnit.DAYS.between(start, d) <= windowDays);
                if (!cur.isEmpty() && !fits) {
                    out.add(build(cur, storyOfDoc, outletOfDoc));
                    cur = new ArrayList<>();
                }
                if (cur.isEmpty()) start = d;
                cur.add(e);
            }
            if (!cur.isEmpty()) out.add(build(cur, storyOfDoc, outletOfDoc));
        }
        out.sort(Comparator.comparing(StoryEvent::id));
        return out;
    }

    private static StoryEvent build(List<Event> es, Function<String, String> storyOfDoc,
                                    Function<String, String> outletOfDoc) {
        Event head = es.get(0);
        String story = storyOfDoc.apply(head.doc());
        if (story == null) story = head.doc();
        List<EventMention> mentions = new ArrayList<>();
        String first = null, last = null, minId = null;
        for (Event e : es) {
            mentions.add(new EventMention(e.id(), e.doc(), outletOfDoc.apply(e.doc()), e.evidence()));
            if (e.date() != null) {
                if (first == null || e.date().compareTo(first) < 0) first = e.date();
                if (last == null || e.date().compareTo(last) > 0) last = e.date();
            }
            String id = e.id() == null ? e.doc() : e.id();
            if (minId == null || id.compareTo(minId) < 0) minId = id;
        }
        mentions.sort(Comparator.comparing((EventMention m) -> m.doc())
                .thenComparing(m -> m.event() == null ? "" : m.event()));
        return new StoryEvent(story + "/" + minId, story, head.type(), actors(head), first, last, mentions);
    }

    /** Sorted "S:code" and "T:code" strings of an event's actors. */
    static List<String> actors(Event e) {
        TreeSet<String> s = new TreeSet<>();
        for (ActorRef a : e.source()) s.add("S:" + code(a));
        for (ActorRef a : e.target()) s.add("T:" + code(a));
        return List.copyOf(s);
    }

    private static String code(ActorRef a) {
        return a.code() == null ? "?" : a.code();
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException ex) {
            return null;
        }
    }
}
