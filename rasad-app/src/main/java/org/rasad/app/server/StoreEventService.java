package org.rasad.app.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rasad.core.ActorRef;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.Evidence;
import org.rasad.core.Problem;
import org.rasad.core.Result;
import org.rasad.store.ActorInfo;
import org.rasad.store.Batch;
import org.rasad.store.BatchResult;
import org.rasad.store.EventOrder;
import org.rasad.store.EventQuery;
import org.rasad.store.SearchHit;
import org.rasad.store.SearchResult;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;

/**
 * {@link EventService} over the real {@link Store}: what the store can filter is pushed down to SQL
 * (actor, source, target, a single type, dates, modality, mode, document), the rest (several types,
 * context, either-direction dyads, text) is checked on the streamed events. Sorted pages keep only
 * the best {@code offset + limit} events. Scans are shared between concurrent requests and reused
 * for a few seconds ({@link ScanCache}); this server's ingests clear them.
 */
public final class StoreEventService implements EventService {
    /** Scans of up to this many events are cached; larger ones stream from the store every time. */
    static final int CACHE_EVENTS = 200_000;
    private final Store store;
    private final Function<Document, Result<StoredDocument>> pipeline;
    private final ScanCache<EventQuery, Optional<List<Event>>> cache;

    /**
     * @param store    an open store (the caller closes it)
     * @param pipeline cleans a posted document and extracts its events (used by ingest); a failure is a
     *                 {@link Problem} in the result, kept as a reject
     */
    public StoreEventService(Store store, Function<Document, Result<StoredDocument>> pipeline) {
        this(store, pipeline, 5_000);
    }

    /** @param cacheMillis how long a scan's result is reused (0: never) */
    public StoreEventService(Store store, Function<Document, Result<StoredDocument>> pipeline, long cacheMillis) {
        this.store = store;
        this.pipeline = pipeline;
        this.cache = new ScanCache<>(cacheMillis * 1_000_000L, 64, System::nanoTime);
    }

    /**
     * All events of a pushed-down query when there are at most CACHE_EVENTS of them (shared, cached),
     * else null: the caller streams.
     */
    private Optional<List<Event>> cached(EventQuery q) {
        return cache.get(q, () -> {
            List<Event> out = new ArrayList<>();
            store.forEachEvent(q.page(CACHE_EVENTS + 1, 0), out::add);
            return out.size() > CACHE_EVENTS ? Optional.empty() : Optional.of(List.copyOf(out));
        });
    }

    private void scan(EventQuery q, Consumer<Event> sink) {
        Optional<List<Event>> all = cached(q);
        if (all.isPresent()) {
            all.get().forEach(sink);
        } else {
            store.forEachEvent(q, sink);
        }
    }

    /** Display names (English) of the actors the store knows, for {@link ServerConfig#withActorNames}. */
    public static Map<String, String> actorNames(Store store) {
        Map<String, String> m = new HashMap<>();
        for (ActorInfo a : store.actors()) {
            if (a.nameEn() != null && !a.nameEn().isBlank()) {
                m.put(a.code(), a.nameEn());
            }
        }
        return m;
    }

    static EventQuery pushDown(EventFilter f) {
        EventQuery q = EventQuery.all();
        if (f.dyad() != null) {
            q = q.withActor(f.dyad().get(0));
        } else if (f.actor() != null) {
            q = q.withActor(f.actor());
        }
        if (f.source() != null || f.target() != null) {
            q = q.withDyad(f.source(), f.target());
        }
        if (f.types().size() == 1) {
            q = q.withType(f.types().iterator().next());
        }
        if (f.from() != null || f.to() != null) {
            q = q.between(f.from(), f.to());
        }
        if (f.modality() != null) {
            q = q.withModality(f.modality());
        }
        if (f.mode() != null) {
            q = q.withMode(f.mode());
        }
        if (f.doc() != null) {
            q = q.withDoc(f.doc());
        }
        return q;
    }

    /** What the SQL query could not check: the rest of the filter, dates excepted (the store applies them). */
    static Predicate<Event> residual(EventFilter f) {
        // the store matches segment events ("id~2") to their document, so the doc criterion stays with it too
        EventFilter rest = f.withoutDates().withDoc(null);
        String[] terms = ArabicFold.terms(f.text());
        return e -> rest.matchesStructure(e) && (terms.length == 0 || ArabicFold.containsAll(foldEvent(e), terms));
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

    /** A segment id ("doc~2", the doc of a second article's events) opens its whole document. */
    @Override
    public Optional<DocumentView> document(String id) {
        Optional<StoredDocument> found = store.document(id);
        int tilde = id.lastIndexOf('~');
        if (found.isEmpty() && tilde > 0) {
            found = store.document(id.substring(0, tilde));
        }
        return found.map(d -> new DocumentView(d.doc(),
                d.cleaned() == null ? d.doc().text() : d.cleaned().cleanText(), d.events()));
    }

    @Override
    public Page<DocumentHit> search(String query, int offset, int limit) {
        if (query == null || query.isBlank()) {
            return new Page<>(0, offset, limit, List.of());
        }
        SearchResult r = store.search(query, offset + limit);
        List<DocumentHit> out = new ArrayList<>();
        List<SearchHit> hits = r.hits();
        for (int i = offset; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            int events = (int) store.countEvents(EventQuery.all().withDoc(h.docId()));
            out.add(new DocumentHit(h.docId(), h.title(), h.date(), h.snippet(), events, h.score()));
        }
        return new Page<>(r.total(), offset, limit, out);
    }

    /**
     * True when SQL alone decides the filter: nothing is left for {@link #residual} (at most one type, no context,
     * no either-direction dyad, no text), so the store can sort, count and cut the page itself.
     */
    static boolean fullyPushedDown(EventFilter f) {
        return f.types().size() <= 1 && f.context() == null && f.dyad() == null
                && ArabicFold.terms(f.text()).length == 0;
    }

    static EventOrder order(EventSort sort) {
        return switch (sort) {
            case DATE_DESC -> EventOrder.DATE_DESC;
            case DATE_ASC -> EventOrder.DATE_ASC;
            case CONFIDENCE_DESC -> EventOrder.CONFIDENCE_DESC;
            case DOC_ASC -> EventOrder.DOC;
        };
    }

    /**
     * A page of events. When the whole filter is SQL, ORDER BY / LIMIT / OFFSET and the count run in the store (an
     * index serves the default newest-first order), so a page costs milliseconds instead of a scan of every event;
     * otherwise the pushed-down part streams and the rest is checked here, keeping the best offset + limit events.
     * Both paths give the same page ({@code StoreEventServiceTest}).
     */
    @Override
    public Page<Event> events(EventFilter filter, EventSort sort, int offset, int limit) {
        EventQuery q = pushDown(filter);
        if (fullyPushedDown(filter)) {
            return new Page<>(store.countEvents(q), offset, limit, store.eventPage(q.page(limit, offset), order(sort)));
        }
        return scanPage(q, filter, sort, offset, limit);
    }

    /** The in-memory page: stream the pushed-down query, filter the rest, keep the best offset + limit. */
    Page<Event> scanPage(EventQuery q, EventFilter filter, EventSort sort, int offset, int limit) {

        Predicate<Event> rest = residual(filter);
        int keep = offset + limit;
        // the worst of the kept events sits at the head, so it is the one to drop
        PriorityQueue<Event> best = new PriorityQueue<>(keep + 1, sort.comparator().reversed());
        long[] total = {0};
        scan(q, e -> {
            if (rest.test(e)) {
                total[0]++;
                best.add(e);
                if (best.size() > keep) {
                    best.poll();
                }
            }
        });
        List<Event> sorted = new ArrayList<>(best);
        sorted.sort(sort.comparator());
        List<Event> page = offset >= sorted.size() ? List.of() : sorted.subList(offset, sorted.size());
        return new Page<>(total[0], offset, limit, page);
    }

    @Override
    public long forEach(EventFilter filter, EventSort sort, long max, Consumer<Event> sink) {
        EventQuery q = pushDown(filter);
        Predicate<Event> rest = residual(filter);
        if (sort == EventSort.DOC_ASC) {
            long[] n = {0};
            // the store streams in insertion order; stop delivering at max
            scan(q, e -> {
                if (n[0] < max && rest.test(e)) {
                    sink.accept(e);
                    n[0]++;
                }
            });
            return n[0];
        }
        List<Event> all = new ArrayList<>();
        scan(q, e -> {
            if (all.size() < max && rest.test(e)) {
                all.add(e);
            }
        });
        all.sort(sort.comparator());
        all.forEach(sink);
        return all.size();
    }

    @Override
    public Stats stats() {
        org.rasad.store.Stats s = store.stats();
        return new Stats(s.documents(), s.events(), s.rejects(), s.eventsByType(), null, null);
    }

    @Override
    public IngestOutcome ingest(List<Document> documents) {
        List<StoredDocument> ready = new ArrayList<>(documents.size());
        List<Problem> problems = new ArrayList<>();
        for (Document d : documents) {
            Result<StoredDocument> r;
            try {
                r = pipeline.apply(d);
            } catch (RuntimeException e) {
                r = Result.failed(new Problem(d.id(), "extract", "internal", e.getClass().getSimpleName(),
                        Batch.utf8(d.text())));
            }
            problems.addAll(r.problems());
            if (r.isOk()) {
                ready.add(r.value());
            }
        }
        try (Batch b = store.batch()) {
            for (StoredDocument d : ready) {
                b.add(d);
            }
            for (Problem p : problems) {
                b.reject(p, "http");
            }
            BatchResult r = b.commit();
            cache.clear();
            List<String> notes = new ArrayList<>();
            if (r.skipped() > 0) {
                notes.add(r.skipped() + " already stored (same content)");
            }
            problems.forEach(p -> notes.add(p.oneLine()));
            return new IngestOutcome(r.added() + r.replaced(), r.events(), notes);
        }
    }
}
