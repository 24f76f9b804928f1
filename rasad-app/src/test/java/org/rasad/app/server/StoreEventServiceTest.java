package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Modality;
import org.rasad.core.Problem;
import org.rasad.core.Result;
import org.rasad.store.Batch;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;

/** The Store-backed service answers exactly as the in-memory reference does, and serves the API. */
class StoreEventServiceTest {
    @TempDir
    static Path dir;
    static Store store;
    static StoreEventService real;
    static InMemoryEventService reference;

    @BeforeAll
    static void fill() {
        TestData.Data d = TestData.data();
        store = Store.open(dir.resolve("db"));
        Map<String, List<Event>> byDoc = d.events().stream().collect(Collectors.groupingBy(Event::doc));
        try (Batch b = store.batch()) {
            for (Document doc : d.docs()) {
                b.add(StoredDocument.of(doc, byDoc.getOrDefault(doc.id(), List.of())));
            }
            b.commit();
        }
        Function<Document, Result<StoredDocument>> pipeline = doc -> doc.text().isBlank()
                ? Result.failed(new Problem(doc.id(), "extract", "empty", "no text", new byte[0]))
                : Result.ok(StoredDocument.of(doc, List.of()));
        real = new StoreEventService(store, pipeline);
        reference = TestData.service();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static EventFilter f(String actor, String source, String target, List<String> dyad, Set<EventType> types,
                         Modality modality, String from, String to, String text) {
        return new EventFilter(actor, source, target, dyad, types, null, modality, null, from, to, text, null);
    }

    static List<String> ids(EventService s, EventFilter filter, EventSort sort, int offset, int limit) {
        return s.events(filter, sort, offset, limit).items().stream().map(Event::id).toList();
    }

    @Test
    void sameAnswersAsTheReferenceForManyFilters() {
        List<EventFilter> filters = List.of(
                EventFilter.all(),
                f("IRQ", null, null, null, Set.of(), null, null, null, null),
                f(null, "EGY", "EGY.REB", null, Set.of(), null, null, null, null),
                f(null, null, null, List.of("USA", "IRQ"), Set.of(), null, null, null, null),
                f(null, null, null, null, EnumSet.of(EventType.CONSULT, EventType.ACCUSE), null, null, null, null),
                f(null, null, null, null, Set.of(EventType.AGREE), null, "2025-02", "2025-03-31", null),
                f(null, null, null, null, Set.of(), Modality.HYPOTHETICAL, null, null, null),
                f("JOR", null, null, null, Set.of(), null, null, null, "الحدود"),
                f(null, null, null, null, Set.of(), null, null, null, "الامريكي"));
        for (EventFilter filter : filters) {
            for (EventSort sort : EventSort.values()) {
                EventService.Page<Event> want = reference.events(filter, sort, 0, 7);
                EventService.Page<Event> got = real.events(filter, sort, 0, 7);
                assertThat(got.total()).as(filter + " " + sort).isEqualTo(want.total());
                if (sort != EventSort.DOC_ASC) { // insertion order differs between the two by design
                    assertThat(ids(real, filter, sort, 0, 7)).as(filter + " " + sort).isEqualTo(ids(reference, filter, sort, 0, 7));
                    assertThat(ids(real, filter, sort, 3, 5)).isEqualTo(ids(reference, filter, sort, 3, 5));
                }
                assertThat(real.forEach(filter, sort, 1000, e -> { })).isEqualTo(want.total());
            }
        }
    }

    @Test
    void pushedDownPagesEqualTheInMemoryPages() {
        List<EventFilter> filters = List.of(
                EventFilter.all(),
                f("IRQ", null, null, null, Set.of(), null, null, null, null),
                f("IRQ.KRG", null, null, null, Set.of(), null, null, null, null),
                f(null, "EGY", "EGY.REB", null, Set.of(), null, null, null, null),
                f(null, "USA", null, null, Set.of(EventType.CONSULT), null, null, null, null),
                f(null, null, null, null, Set.of(EventType.AGREE), null, "2025-02", "2025-03-31", null),
                f(null, null, null, null, Set.of(), null, "2024", null, null),
                f(null, null, null, null, Set.of(), Modality.HYPOTHETICAL, null, null, null),
                EventFilter.all().withDoc("doc-iraq-usa"));
        long nonEmpty = 0;
        for (EventFilter filter : filters) {
            assertThat(StoreEventService.fullyPushedDown(filter)).as(filter.toString()).isTrue();
            for (EventSort sort : EventSort.values()) {
                long total = real.events(filter, sort, 0, 1).total();
                nonEmpty += total > 0 ? 1 : 0;
                int[][] pages = {{0, 7}, {3, 5}, {0, 1000}, {10, 3}, {(int) total - 1, 4}, {(int) total + 5, 5}};
                for (int[] p : pages) {
                    int offset = Math.max(0, p[0]);
                    EventService.Page<Event> pushed = real.events(filter, sort, offset, p[1]);
                    EventService.Page<Event> scanned = real.scanPage(StoreEventService.pushDown(filter), filter, sort,
                            offset, p[1]);
                    assertThat(pushed).as(filter + " " + sort + " " + offset + "+" + p[1]).isEqualTo(scanned);
                }
            }
        }
        assertThat(nonEmpty).isGreaterThan(20);
        // what SQL cannot decide stays in memory
        assertThat(StoreEventService.fullyPushedDown(f(null, null, null, List.of("USA", "IRQ"), Set.of(), null, null,
                null, null))).isFalse();
        assertThat(StoreEventService.fullyPushedDown(f(null, null, null, null,
                EnumSet.of(EventType.CONSULT, EventType.ACCUSE), null, null, null, null))).isFalse();
        assertThat(StoreEventService.fullyPushedDown(f(null, null, null, null, Set.of(), null, null, null, "الحدود")))
                .isFalse();
    }

    @Test
    void documentsSearchAndStatsComeFromTheStore() {
        EventService.DocumentView v = real.document("doc-iraq-usa").orElseThrow();
        assertThat(v.events()).hasSize(2);
        assertThat(v.document().text()).isEqualTo(TestData.data().docs().get(0).text());
        assertThat(real.document("missing")).isEmpty();
        assertThat(real.document("doc-iraq-usa~2").orElseThrow().document().id()).isEqualTo("doc-iraq-usa");
        assertThat(reference.document("doc-iraq-usa~2").orElseThrow().document().id()).isEqualTo("doc-iraq-usa");
        assertThat(real.document("missing~2")).isEmpty();
        EventService.Page<EventService.DocumentHit> hits = real.search("التعاون الأمني", 0, 5);
        assertThat(hits.items()).extracting(EventService.DocumentHit::id).contains("doc-iraq-usa");
        assertThat(hits.items().get(0).events()).isEqualTo(2);
        EventService.Stats s = real.stats();
        assertThat(s.documents()).isEqualTo(TestData.data().docs().size());
        assertThat(s.events()).isEqualTo(TestData.data().events().size());
        assertThat(s.eventsByType()).containsEntry("CONSULT", reference.stats().eventsByType().get("CONSULT"));
    }

    @Test
    void apiRunsOnTheStore() {
        Function<Document, Result<StoredDocument>> pipeline = doc -> doc.text().isBlank()
                ? Result.failed(new Problem(doc.id(), "extract", "empty", "no text", new byte[0]))
                : Result.ok(StoredDocument.of(doc, List.of()));
        try (ServerHandle h = RasadServer.startOnStore(ServerConfig.defaults(dir.resolve("db")).withPort(0)
                .withAnnounce(x -> { }), store, pipeline)) {
            Http http = Http.to(h);
            assertThat(http.json("/api/events?actor=JOR").path("total").asLong()).isEqualTo(4);
            assertThat(http.json("/api/dyads/timeline?a=IRQ&b=USA").path("total").asLong()).isEqualTo(11);
            String jsonl = http.get("/api/export?format=jsonl").body();
            assertThat(jsonl.split("\n")).hasSize(TestData.data().events().size());
            var posted = http.post("/api/ingest", "application/json",
                    "[{\"id\": \"new-1\", \"text\": \"خبر جديد عن زيارة\"}]", h.token());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            assertThat(http.json("/api/documents/new-1").path("text").asText()).isEqualTo("خبر جديد عن زيارة");
            var bad = http.post("/api/ingest", "application/json", "[{\"id\": \"blank\", \"text\": \"   \"}]", h.token());
            assertThat(bad.statusCode()).isEqualTo(201);
            assertThat(Http.parse(bad.body()).path("problems").get(0).asText()).contains("blank", "empty");
            assertThat(http.json("/api/stats").path("problems").asLong()).isEqualTo(1);
        }
    }
}
