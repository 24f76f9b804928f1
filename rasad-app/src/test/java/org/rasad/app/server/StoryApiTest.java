package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.ActorRef;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;
import org.rasad.core.Modality;
import org.rasad.core.Result;
import org.rasad.store.Batch;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;
import org.rasad.store.stories.StoryStore;

/** The stories endpoints against a real server on an ephemeral loopback port, over a real store. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class StoryApiTest {
    // written for this test (own words)
    static final String MEETING = "التقى وزير الخارجية المصري اليوم في القاهرة نظيره الأردني وبحث الجانبان "
            + "سبل تعزيز التعاون الاقتصادي بين البلدين وتطورات الأوضاع في المنطقة وأكد الوزيران ضرورة "
            + "وقف إطلاق النار في غزة وإدخال المساعدات الإنسانية دون عوائق كما اتفقا على عقد اجتماع "
            + "للجنة المشتركة الشهر المقبل في عمان لمتابعة تنفيذ الاتفاقيات الموقعة في مجالات الطاقة";
    static final String OTHER = "أعلنت وزارة الصحة في تونس عن افتتاح مستشفى جديد في مدينة صفاقس يضم مئتي سرير "
            + "وقسما للطوارئ ومختبرا حديثا للتحاليل الطبية وقال الوزير إن المشروع استغرق ثلاث سنوات من العمل";

    @TempDir
    static Path dir;
    static Store store;
    static StoryStore stories;
    static ServerHandle server;
    static Http http;

    static StoredDocument doc(String id, String outlet, String title, String text, Event... events) {
        Document d = new Document(id, title, text, LocalDate.of(2024, 3, 1), "https://example.org/" + id, outlet,
                "UTF-8", "test/" + id);
        return new StoredDocument(d, null, text.getBytes(StandardCharsets.UTF_8), List.of(events));
    }

    static Event consult(String doc) {
        return new Event(doc + "#1", doc, EventType.CONSULT, null, List.of(),
                List.of(new ActorRef("EGY", null, null, null, null)), List.of(new ActorRef("JOR", null, null, null, null)),
                "2024-03-01", null, Modality.ASSERTED, null, List.of(new Evidence(0, 5, "التقى", null)), 0.8);
    }

    @BeforeAll
    static void start() {
        Path db = dir.resolve("db");
        try (Store s = Store.open(db); Batch b = s.batch()) {
            b.add(doc("m1", "outlet1", "<script>alert(1)</script> لقاء مصري أردني", "عاجل " + MEETING, consult("m1")));
            b.add(doc("t1", "outlet1", "مستشفى جديد", OTHER));
            b.commit();
        }
        store = Store.open(db); // a second run
        try (Batch b = store.batch()) {
            b.add(doc("m2", "outlet2", "مباحثات في القاهرة", MEETING + " المصدر وكالات", consult("m2")));
            b.commit();
        }
        stories = StoryStore.open(store);
        ServerConfig cfg = ServerConfig.defaults(db).withPort(0).withRate(0, 1).withAnnounce(x -> { });
        Function<Document, Result<StoredDocument>> pipeline = d -> Result.ok(StoredDocument.of(d, List.of()));
        server = RasadServer.startOnStore(cfg, store, pipeline, new StoryApi(stories, cfg).routes());
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        stories.close();
        store.close();
    }

    @Test
    void listsStoriesLargestFirstWithTheirMergedEvents() {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        JsonNode page = http.json("/api/stories");
        assertThat(page.path("total").asLong()).isEqualTo(2);
        JsonNode top = page.path("items").get(0);
        assertThat(top.path("docs").asInt()).isEqualTo(2);
        assertThat(top.path("rep_doc").asText()).isEqualTo("m1");
        assertThat(top.path("title").asText()).isEqualTo("<script>alert(1)</script> لقاء مصري أردني");
        assertThat(top.path("outlets").toString()).isEqualTo("[\"outlet1\",\"outlet2\"]");
        assertThat(top.path("events")).hasSize(1);
        assertThat(top.path("events").get(0).path("mention_count").asInt()).isEqualTo(2);
        assertThat(top.path("events").get(0).path("mentions").get(0).has("evidence")).isFalse();
        assertThat(http.json("/api/stories?min_docs=2").path("total").asLong()).isEqualTo(1);
        JsonNode second = http.json("/api/stories?offset=1&limit=1");
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("rep_doc").asText()).isEqualTo("t1");
        assertThat(http.json("/api/stories?sort=-date").path("items")).hasSize(2);
        assertThat(http.json("/api/stories?sort=date").path("sort").asText()).isEqualTo("date");
    }

    @Test
    void oneStoryHasItsDocumentsAndEventMentionsWithEvidence() {
        long id = http.json("/api/stories?min_docs=2").path("items").get(0).path("id").asLong();
        JsonNode s = http.json("/api/stories/" + id);
        assertThat(s.path("documents")).extracting(d -> d.path("id").asText()).containsExactly("m1", "m2");
        assertThat(s.path("documents").get(0).path("similarity").isNull()).isTrue();
        assertThat(s.path("documents").get(1).path("similarity").asDouble()).isGreaterThanOrEqualTo(0.5);
        JsonNode e = s.path("events").get(0);
        assertThat(e.path("type").asText()).isEqualTo("CONSULT");
        assertThat(e.path("actors").toString()).isEqualTo("[\"S:EGY\",\"T:JOR\"]");
        assertThat(e.path("mentions")).extracting(m -> m.path("outlet").asText()).containsExactly("outlet1", "outlet2");
        assertThat(e.path("mentions").get(1).path("evidence").get(0).path("text").asText()).isEqualTo("التقى");
    }

    @Test
    void badRequestsAreTypedJsonErrors() {
        ApiTest.assertError(http.get("/api/stories/999999"), 404, "no-such-story");
        ApiTest.assertError(http.get("/api/stories/abc"), 400, "bad-story-id");
        ApiTest.assertError(http.get("/api/stories?sort=weird"), 400, "bad-sort");
        ApiTest.assertError(http.get("/api/stories?limit=0"), 400, "out-of-range");
        ApiTest.assertError(http.get("/api/stories?min_docs=x"), 400, "bad-number");
        ApiTest.assertError(http.get("/api/stories?color=red"), 400, "unknown-parameter");
        ApiTest.assertError(http.get("/api/stories/1?x=1"), 400, "unknown-parameter");
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // it adds a document: after the tests that count them
    void aPostedNearDuplicateJoinsTheStory() {
        var posted = http.post("/api/ingest", "application/json",
                "[{\"id\": \"m3\", \"source\": \"outlet3\", \"date\": \"2024-03-02\", \"text\": \"" + MEETING
                        + " جميع الحقوق محفوظة\"}]", server.token());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        long m1 = stories.storyOf("m1").orElseThrow();
        assertThat(stories.storyOf("m3")).contains(m1);
        JsonNode s = http.json("/api/stories/" + m1);
        assertThat(s.path("outlets")).hasSize(3);
        // the story only grew: m1 and m2 keep their event's mentions
        assertThat(s.path("events").get(0).path("mention_count").asInt()).isEqualTo(2);
    }
}
