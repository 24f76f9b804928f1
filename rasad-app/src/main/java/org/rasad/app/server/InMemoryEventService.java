package org.rasad.app.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.rasad.core.ActorRef;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.Evidence;

/**
 * An {@link EventService} over documents and events held in memory: used by tests, demos and
 * before a database exists. Each ingest swaps in a new immutable snapshot, so readers never lock.
 */
public final class InMemoryEventService implements EventService {
    private static final int SNIPPET = 160;

    private record Entry(Document doc, String cleaned, List<Event> events, String foldedTitle, String foldedText) {
    }

    private record Snapshot(Map<String, Entry> docs, List<Event> events, Map<String, String> foldedEvents) {
    }

    private final AtomicReference<Snapshot> data = new AtomicReference<>(new Snapshot(Map.of(), List.of(), Map.of()));
    private final Function<Document, List<Event>> extractor;

    /** @param extractor turns an ingested document into events (e.g. the pipeline); may return none */
    public InMemoryEventService(Function<Document, List<Event>> extractor) {
        this.extractor = extractor;
    }

    /** A service holding these documents with these events (events are matched to documents by id). */
    public static InMemoryEventService of(List<Document> docs, List<Event> events) {
        InMemoryEventService s = new InMemoryEventService(d -> List.of());
        Map<String, List<Event>> byDoc = new HashMap<>();
        for (Event e : events) {
            byDoc.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
        }
        s.put(docs, d -> byDoc.getOrDefault(d.id(), List.of()));
        return s;
    }

    private synchronized int put(List<Document> docs, Function<Document, List<Event>> extract) {
        Snapshot old = data.get();
        Map<String, Entry> map = new LinkedHashMap<>(old.docs());
        int added = 0;
        for (Document d : docs) {
            List<Event> evs = List.copyOf(extract.apply(d));
            added += evs.size();
            map.put(d.id(), new Entry(d, d.text(), evs, ArabicFold.fold(d.title()), ArabicFold.fold(d.text())));
        }
        List<Event> all = new ArrayList<>();
        Map<String, String> folded = new HashMap<>();
        for (Entry e : map.values()) {
            for (Event ev : e.events()) {
                all.add(ev);
                folded.put(ev.id(), foldEvent(ev));
            }
        }
        data.set(new Snapshot(Map.copyOf(map), List.copyOf(all), Map.copyOf(folded)));
        return added;
    }

    private static String foldEvent(Event e) {
        StringBuilder b = new StringBuilder();
        for (Evidence ev : e.evidence()) {
            b.append(ev.text()).append(' ');
        }
        for (List<ActorRef> side : List.of(e.source(), e.target())) {
            for (ActorRef a : side) {
                b.append(a.code()).append(' ').append(a.text()).append(' ').append(a.person()).append(' ');
            }
        }
        if (e.location() != null) {
            b.append(e.location().name());
        }
        return ArabicFold.fold(b.toString());
    }

    @Override
    public Optional<DocumentView> document(String id) {
        Entry e = data.get().docs().get(id);
        int tilde = id.lastIndexOf('~');
        if (e == null && tilde > 0) { // a segment id opens its whole document
            e = data.get().docs().get(id.substring(0, tilde));
        }
        return e == null ? Optional.empty() : Optional.of(new DocumentView(e.doc(), e.cleaned(), e.events()));
    }

    @Override
    public Page<DocumentHit> search(String query, int offset, int limit) {
        String[] terms = ArabicFold.terms(query);
        List<DocumentHit> hits = new ArrayList<>();
        for (Entry e : data.get().docs().values()) {
            boolean inTitle = ArabicFold.containsAll(e.foldedTitle(), terms);
            if (terms.length > 0 && !inTitle && !ArabicFold.containsAll(e.foldedText(), terms)) {
                continue;
            }
            double score = inTitle ? 2 : 1;
            hits.add(new DocumentHit(e.doc().id(), e.doc().title(),
                    e.doc().date() == null ? null : e.doc().date().toString(),
                    snippet(e, terms), e.events().size(), score));
        }
        hits.sort(Comparator.comparingDouble(DocumentHit::score).reversed()
                .thenComparing(h -> h.date() == null ? "" : h.date(), Comparator.reverseOrder())
                .thenComparing(DocumentHit::id));
        return page(hits, offset, limit);
    }

    /** Original text around the first term; folding drops only marks, so find by folded index then widen. */
    private static String snippet(Entry e, String[] terms) {
        String text = e.doc().text();
        int at = 0;
        if (terms.length > 0) {
            int f = e.foldedText().indexOf(terms[0]);
            if (f > 0) {
                at = Math.min(text.length(), approxOriginal(text, f));
            }
        }
        int from = Math.max(0, at - SNIPPET / 3);
        int to = Math.min(text.length(), from + SNIPPET);
        String s = text.substring(from, to).replaceAll("\\s+", " ").trim();
        return (from > 0 ? "… " : "") + s + (to < text.length() ? " …" : "");
    }

    private static int approxOriginal(String text, int foldedIndex) {
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean dropped = (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
            if (!dropped) {
                if (kept == foldedIndex) {
                    return i;
                }
                kept++;
            }
        }
        return text.length();
    }

    private List<Event> matching(EventFilter f) {
        Snapshot s = data.get();
        String[] terms = ArabicFold.terms(f.text());
        List<Event> out = new ArrayList<>();
        for (Event e : s.events()) {
            if (f.matchesStructure(e) && (terms.length == 0 || ArabicFold.containsAll(s.foldedEvents().get(e.id()), terms))) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public Page<Event> events(EventFilter filter, EventSort sort, int offset, int limit) {
        List<Event> m = matching(filter);
        m.sort(sort.comparator());
        return page(m, offset, limit);
    }

    @Override
    public long forEach(EventFilter filter, EventSort sort, long max, Consumer<Event> sink) {
        List<Event> m = matching(filter);
        m.sort(sort.comparator());
        long n = 0;
        for (Event e : m) {
            if (n >= max) {
                break;
            }
            sink.accept(e);
            n++;
        }
        return n;
    }

    @Override
    public Stats stats() {
        Snapshot s = data.get();
        Map<String, Long> byType = new TreeMap<>();
        String first = null;
        String last = null;
        for (Event e : s.events()) {
            byType.merge(e.type().name(), 1L, Long::sum);
            if (e.date() != null) {
                first = first == null || e.date().compareTo(first) < 0 ? e.date() : first;
                last = last == null || e.date().compareTo(last) > 0 ? e.date() : last;
            }
        }
        return new Stats(s.docs().size(), s.events().size(), 0, byType, first, last);
    }

    @Override
    public IngestOutcome ingest(List<Document> documents) {
        int events = put(documents, extractor);
        return new IngestOutcome(documents.size(), events, List.of());
    }

    private static <T> Page<T> page(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.size(), offset, limit, all.subList(from, to));
    }
}
