package org.rasad.app.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;

/** Pure aggregations over a bounded list of events: dyad timelines, actor network, actor lists and profiles. */
public final class Analytics {
    /** Most buckets a timeline fills in (gaps included). */
    public static final int MAX_BUCKETS = 1500;

    private Analytics() {
    }

    public enum Interval {
        DAY, WEEK, MONTH;

        public static Interval parse(String s) {
            if (s == null || s.isBlank()) {
                return MONTH;
            }
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "day" -> DAY;
                case "week" -> WEEK;
                case "month" -> MONTH;
                default -> throw ApiException.badRequest("bad-interval", "interval must be day, week or month");
            };
        }
    }

    /** Counts per bucket and type; {@code series.get(type)[i]} belongs to {@code buckets.get(i)}. */
    public record Timeline(Interval interval, List<String> buckets, Map<EventType, long[]> series,
                           long total, long undated) {
    }

    public record Node(String code, String name, long weight) {
    }

    public record Edge(String source, String target, long weight, Map<EventType, Long> types) {
    }

    public record Network(List<Node> nodes, List<Edge> edges, long events) {
    }

    public record ActorSummary(String code, String name, long events, long asSource, long asTarget,
                               List<String> names) {
    }

    public record Partner(String code, String name, long events) {
    }

    public record PersonRole(String person, String role, long events) {
    }

    public record ActorProfile(ActorSummary summary, Map<EventType, Long> asSourceByType,
                               Map<EventType, Long> asTargetByType, List<Partner> partners,
                               List<PersonRole> persons, Timeline timeline) {
    }

    /** The bucket key of a date: "2024-05-17", "2024-W20" or "2024-05"; null if the date is too coarse. */
    static String bucket(String date, Interval interval) {
        if (date == null) {
            return null;
        }
        if (interval == Interval.MONTH) {
            return date.length() >= 7 ? date.substring(0, 7) : null;
        }
        LocalDate d = day(date);
        if (d == null) {
            return null;
        }
        return interval == Interval.DAY ? d.toString() : weekKey(d);
    }

    private static String weekKey(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate day(String date) {
        if (date.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Timeline timeline(List<Event> events, Interval interval) {
        Map<String, Map<EventType, Long>> counts = new TreeMap<>();
        long undated = 0;
        String minDay = null;
        String maxDay = null;
        for (Event e : events) {
            String b = bucket(e.date(), interval);
            if (b == null) {
                undated++;
                continue;
            }
            counts.computeIfAbsent(b, k -> new EnumMap<>(EventType.class)).merge(e.type(), 1L, Long::sum);
            String start = EventFilter.start(e.date()).replace("-00", "-01");
            minDay = minDay == null || start.compareTo(minDay) < 0 ? start : minDay;
            maxDay = maxDay == null || start.compareTo(maxDay) > 0 ? start : maxDay;
        }
        List<String> buckets = fill(counts, minDay, maxDay, interval);
        Map<EventType, long[]> series = new EnumMap<>(EventType.class);
        for (int i = 0; i < buckets.size(); i++) {
            Map<EventType, Long> c = counts.get(buckets.get(i));
            if (c == null) {
                continue;
            }
            for (Map.Entry<EventType, Long> en : c.entrySet()) {
                series.computeIfAbsent(en.getKey(), k -> new long[buckets.size()])[i] = en.getValue();
            }
        }
        return new Timeline(interval, buckets, series, events.size() - undated, undated);
    }

    /** All buckets from the first to the last, gaps included, unless that would exceed MAX_BUCKETS. */
    private static List<String> fill(Map<String, ?> counts, String minDay, String maxDay, Interval interval) {
        if (minDay == null) {
            return List.of();
        }
        LocalDate from = LocalDate.parse(minDay);
        LocalDate to = LocalDate.parse(maxDay);
        ChronoUnit unit = switch (interval) {
            case DAY -> ChronoUnit.DAYS;
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
        };
        if (unit.between(from.withDayOfMonth(1), to) > MAX_BUCKETS) {
            return List.copyOf(counts.keySet());
        }
        TreeSet<String> keys = new TreeSet<>(counts.keySet());
        for (LocalDate d = from; !d.isAfter(to); d = d.plus(1, unit)) {
            keys.add(bucket(d.toString(), interval));
        }
        keys.add(bucket(to.toString(), interval));
        return List.copyOf(keys);
    }

    /** Weighted directed edges between actor codes (sub-state actors such as IRQ.KRG are their own nodes); the heaviest {@code maxEdges} kept. */
    public static Network network(List<Event> events, Map<String, String> names, long minWeight, int maxEdges) {
        Map<String, Map<EventType, Long>> edgeTypes = new HashMap<>();
        for (Event e : events) {
            for (String s : codes(e.source())) {
                for (String t : codes(e.target())) {
                    if (!s.equals(t)) {
                        edgeTypes.computeIfAbsent(s + "\u0000" + t, k -> new EnumMap<>(EventType.class))
                                .merge(e.type(), 1L, Long::sum);
                    }
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<String, Map<EventType, Long>> en : edgeTypes.entrySet()) {
            long w = en.getValue().values().stream().mapToLong(Long::longValue).sum();
            if (w >= minWeight) {
                String[] st = en.getKey().split("\u0000");
                edges.add(new Edge(st[0], st[1], w, Map.copyOf(en.getValue())));
            }
        }
        edges.sort(Comparator.comparingLong(Edge::weight).reversed().thenComparing(Edge::source).thenComparing(Edge::target));
        List<Edge> kept = List.copyOf(edges.subList(0, Math.min(maxEdges, edges.size())));
        Map<String, Long> nodeWeight = new TreeMap<>();
        for (Edge ed : kept) {
            nodeWeight.merge(ed.source(), ed.weight(), Long::sum);
            nodeWeight.merge(ed.target(), ed.weight(), Long::sum);
        }
        List<Node> nodes = new ArrayList<>();
        nodeWeight.forEach((c, w) -> nodes.add(new Node(c, names.getOrDefault(c, c), w)));
        return new Network(List.copyOf(nodes), kept, events.size());
    }

    private static List<String> codes(List<ActorRef> side) {
        List<String> out = new ArrayList<>(side.size());
        for (ActorRef a : side) {
            if (a.code() != null && !out.contains(a.code())) {
                out.add(a.code());
            }
        }
        return out;
    }

    private static List<String> tops(List<ActorRef> side) {
        List<String> out = new ArrayList<>(side.size());
        for (ActorRef a : side) {
            if (a.code() != null && !out.contains(a.topCode())) {
                out.add(a.topCode());
            }
        }
        return out;
    }

    /** Actors seen in the events, most active first; {@code query} matches codes or (folded) names. */
    public static List<ActorSummary> actors(List<Event> events, Map<String, String> names, String query, int limit) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Map<String, Long>> words = new HashMap<>();
        for (Event e : events) {
            tally(e.source(), 0, counts, words);
            tally(e.target(), 1, counts, words);
        }
        String[] terms = ArabicFold.terms(query);
        List<ActorSummary> out = new ArrayList<>();
        for (Map.Entry<String, long[]> en : counts.entrySet()) {
            String code = en.getKey();
            List<String> ns = topKeys(words.getOrDefault(code, Map.of()), 5);
            String name = names.getOrDefault(code, ns.isEmpty() ? code : ns.get(0));
            String hay = ArabicFold.fold(code + " " + name + " " + String.join(" ", ns));
            if (terms.length == 0 || ArabicFold.containsAll(hay, terms)) {
                long[] c = en.getValue();
                out.add(new ActorSummary(code, name, c[0] + c[1], c[0], c[1], ns));
            }
        }
        out.sort(Comparator.comparingLong(ActorSummary::events).reversed().thenComparing(ActorSummary::code));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    private static void tally(List<ActorRef> side, int idx, Map<String, long[]> counts, Map<String, Map<String, Long>> words) {
        List<String> seen = new ArrayList<>(side.size());
        for (ActorRef a : side) {
            if (a.code() == null || seen.contains(a.code())) {
                continue;
            }
            seen.add(a.code());
            counts.computeIfAbsent(a.code(), k -> new long[2])[idx]++;
            if (a.text() != null && !a.text().isBlank()) {
                words.computeIfAbsent(a.code(), k -> new HashMap<>()).merge(a.text().strip(), 1L, Long::sum);
            }
        }
    }

    private static List<String> topKeys(Map<String, Long> m, int n) {
        return m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    /** The profile of one actor from the events that involve it (as filtered by the caller). */
    public static ActorProfile profile(String code, List<Event> events, Map<String, String> names, Interval interval) {
        Map<EventType, Long> asSource = new EnumMap<>(EventType.class);
        Map<EventType, Long> asTarget = new EnumMap<>(EventType.class);
        Map<String, Long> partners = new HashMap<>();
        Map<String, Long> persons = new LinkedHashMap<>();
        Map<String, String> roles = new HashMap<>();
        for (Event e : events) {
            boolean src = e.source().stream().anyMatch(a -> EventFilter.sameActor(a, code));
            boolean tgt = e.target().stream().anyMatch(a -> EventFilter.sameActor(a, code));
            if (src) {
                asSource.merge(e.type(), 1L, Long::sum);
                tops(e.target()).forEach(p -> partners.merge(p, 1L, Long::sum));
            }
            if (tgt) {
                asTarget.merge(e.type(), 1L, Long::sum);
                tops(e.source()).forEach(p -> partners.merge(p, 1L, Long::sum));
            }
            for (List<ActorRef> side : List.of(e.source(), e.target())) {
                for (ActorRef a : side) {
                    if (EventFilter.sameActor(a, code) && a.person() != null && !a.person().isBlank()) {
                        persons.merge(a.person(), 1L, Long::sum);
                        if (a.role() != null) {
                            roles.putIfAbsent(a.person(), a.role());
                        }
                    }
                }
            }
        }
        partners.remove(code);
        List<Partner> ps = partners.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(20).map(en -> new Partner(en.getKey(), names.getOrDefault(en.getKey(), en.getKey()), en.getValue()))
                .toList();
        List<PersonRole> pr = persons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(20).map(en -> new PersonRole(en.getKey(), roles.get(en.getKey()), en.getValue())).toList();
        List<ActorSummary> self = actors(events, names, null, Integer.MAX_VALUE).stream()
                .filter(a -> a.code().equalsIgnoreCase(code)).toList();
        long s = asSource.values().stream().mapToLong(Long::longValue).sum();
        long t = asTarget.values().stream().mapToLong(Long::longValue).sum();
        ActorSummary summary = new ActorSummary(code, names.getOrDefault(code, self.isEmpty() ? code : self.get(0).name()),
                events.size(), s, t, self.isEmpty() ? List.of() : self.get(0).names());
        return new ActorProfile(summary, asSource, asTarget, ps, pr, timeline(events, interval));
    }
}
