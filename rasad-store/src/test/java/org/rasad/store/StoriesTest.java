package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.extract.dedup.DedupConfig;
import org.rasad.extract.dedup.DocSignature;
import org.rasad.extract.dedup.MinHash;
import org.rasad.extract.dedup.Story;
import org.rasad.extract.dedup.StoryIndex;
import org.rasad.store.stories.StoryStore;

class StoriesTest {
    // Two stories written for this test (own words): a ministerial meeting and a delegation visit.
    static final String STORY_A = "التقى وزير الخارجية المصري اليوم في القاهرة نظيره الأردني وبحث الجانبان "
            + "سبل تعزيز التعاون الاقتصادي بين البلدين وتطورات الأوضاع في المنطقة وأكد الوزيران ضرورة "
            + "وقف إطلاق النار في غزة وإدخال المساعدات الإنسانية دون عوائق كما اتفقا على عقد اجتماع "
            + "للجنة المشتركة الشهر المقبل في عمان لمتابعة تنفيذ الاتفاقيات الموقعة في مجالات الطاقة "
            + "والنقل والتجارة وقال المتحدث باسم الوزارة إن اللقاء تناول أيضا ملف المياه والأمن الإقليمي";
    static final String STORY_B = "استقبل وزير الخارجية السعودي في الرياض مساء أمس وفدا من الاتحاد الأوروبي "
            + "برئاسة المفوض المكلف بشؤون الجوار وناقش الطرفان ملفات الهجرة والاستثمار في مشروعات "
            + "الطاقة المتجددة وأعلن الجانبان عزمهما توقيع مذكرة تفاهم قبل نهاية العام بشأن تمويل "
            + "برامج التدريب المهني للشباب وأشار بيان مشترك إلى أن المحادثات جرت في أجواء ودية وأن "
            + "الوفد سيزور جدة غدا للقاء عدد من رجال الأعمال وممثلي الغرف التجارية";

    @TempDir
    Path dir;

    static StoredDocument doc(String id, String outlet, String date, String text, Event... events) {
        Document d = new Document(id, "عنوان " + id, text, date == null ? null : LocalDate.parse(date),
                "https://example.org/" + id, outlet, "UTF-8", "test/" + id);
        return new StoredDocument(d, null, text.getBytes(StandardCharsets.UTF_8), List.of(events));
    }

    static Event consult(String doc, String date) {
        return Fixtures.event(doc, 1, EventType.CONSULT, "EGY", "JOR", date);
    }

    static StoredDocument a1() {
        return doc("a1", "outlet1", "2024-03-01", "عاجل: وزيرا خارجية مصر والأردن يلتقيان " + STORY_A,
                consult("a1", "2024-03-01"));
    }

    static StoredDocument a2() {
        return doc("a2", "outlet2", "2024-03-02", "مباحثات مصرية أردنية " + STORY_A.replace("اليوم", "الأحد")
                + " جميع الحقوق محفوظة للموقع", consult("a2", "2024-03-01"),
                Fixtures.event("a2", 2, EventType.AID, "EGY", "PSE", "2024-03-01"));
    }

    static StoredDocument b1() {
        return doc("b1", "outlet1", "2024-03-01", "وزير الخارجية السعودي يستقبل وفدا أوروبيا " + STORY_B,
                Fixtures.event("b1", 1, EventType.CONSULT, "SAU", "EUR", "2024-02-29"));
    }

    private void ingest(StoredDocument... docs) {
        try (Store s = Store.open(dir); Batch b = s.batch()) {
            for (StoredDocument d : docs) {
                b.add(d);
            }
            b.commit();
        }
    }

    private <T> T stories(java.util.function.Function<StoryStore, T> f) {
        try (Store s = Store.openReadOnly(dir); StoryStore st = StoryStore.open(s)) {
            return f.apply(st);
        }
    }

    private java.util.Optional<Long> storyOf(String id) {
        return stories(st -> st.storyOf(id));
    }

    private long count(int minDocs) {
        return stories(st -> st.count(minDocs));
    }

    @Test
    void sameStoryFromTwoOutletsInTwoIngestRunsIsOneStoryWithOneEventAndTwoMentions() {
        ingest(a1(), b1());
        ingest(a2()); // a second run, a fresh store: the story is found from the persisted signatures
        StoryStore.Page page = stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10));
        assertThat(page.total()).isEqualTo(2);
        StoryStore.Summary big = page.items().get(0);
        assertThat(big.docs()).isEqualTo(2);
        assertThat(big.outlets()).containsExactly("outlet1", "outlet2");
        assertThat(big.repDoc()).isEqualTo("a1");
        assertThat(big.title()).isEqualTo("عنوان a1");
        assertThat(big.firstDate()).isEqualTo("2024-03-01");
        assertThat(big.lastDate()).isEqualTo("2024-03-02");
        StoryStore.Detail d = stories(st -> st.story(big.id()).orElseThrow());
        assertThat(d.docs()).extracting(StoryStore.Doc::id).containsExactly("a1", "a2");
        assertThat(d.docs().get(0).similarity()).isNull();
        assertThat(d.docs().get(1).similarity()).isGreaterThanOrEqualTo(0.5);
        // the CONSULT of both outlets merges; a2's AID stays its own story event
        assertThat(d.events()).hasSize(2);
        StoryStore.StoryEvent consult = d.events().get(0);
        assertThat(consult.type()).isEqualTo("CONSULT");
        assertThat(consult.actors()).containsExactly("S:EGY", "T:JOR");
        assertThat(consult.mentions()).extracting(StoryStore.Mention::event).containsExactly("a1#1", "a2#1");
        assertThat(consult.mentions()).extracting(StoryStore.Mention::outlet).containsExactly("outlet1", "outlet2");
        assertThat(consult.mentions().get(1).evidence()).hasSize(1);
        assertThat(consult.mentions().get(1).evidence().get(0).text()).isEqualTo("نص ما");
        assertThat(d.events().get(1).mentions()).hasSize(1);
        assertThat(big.events()).isEqualTo(2);
        assertThat(storyOf("a2")).contains(big.id());
        assertThat(storyOf("b1")).isNotEqualTo(storyOf("a1"));
    }

    @Test
    void unrelatedArticlesAndDistantDatesStayApart() {
        ingest(a1(), b1(), doc("c1", "outlet5", "2024-03-01", "وزير الخارجية المصري يلتقي نظيره الأردني في القاهرة"),
                doc("a4", "outlet4", "2024-04-15", STORY_A, consult("a4", "2024-04-15")));
        StoryStore.Page page = stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).allSatisfy(s -> assertThat(s.docs()).isEqualTo(1));
        assertThat(count(2)).isZero();
    }

    @Test
    void reIngestIsIdempotent() {
        ingest(a1(), b1());
        ingest(a2());
        StoryStore.Page before = stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10));
        List<StoryStore.Detail> detailsBefore = stories(st -> before.items().stream()
                .map(s -> st.story(s.id()).orElseThrow()).toList());
        ingest(a2(), a1(), b1());
        StoryStore.Page after = stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10));
        assertThat(after).isEqualTo(before);
        List<StoryStore.Detail> detailsAfter = stories(st -> after.items().stream()
                .map(s -> st.story(s.id()).orElseThrow()).toList());
        assertThat(detailsAfter).isEqualTo(detailsBefore);
    }

    @Test
    void aRolledBackBatchLeavesNoStory() {
        ingest(a1());
        try (Store s = Store.open(dir); Batch b = s.batch()) {
            b.add(a2());
            // no commit: close rolls back
        }
        StoryStore.Page page = stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10));
        assertThat(page.items()).extracting(StoryStore.Summary::docs).containsExactly(1);
        ingest(a2());
        assertThat(stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10)).items())
                .extracting(StoryStore.Summary::docs).containsExactly(2);
    }

    @Test
    void aBridgingDocumentUnitesTwoStoriesAndTheirEvents() {
        String half1 = STORY_A.substring(0, STORY_A.length() / 2);
        String half2 = STORY_A.substring(STORY_A.length() / 2);
        String filler1 = STORY_B.substring(0, STORY_B.length() / 2);
        ingest(doc("x1", "o1", "2024-03-01", half1 + " " + filler1, consult("x1", "2024-03-01")));
        ingest(doc("x2", "o2", "2024-03-01", half2 + " " + STORY_B.substring(STORY_B.length() / 2),
                consult("x2", "2024-03-01")));
        long before = count(1);
        ingest(doc("x3", "o3", "2024-03-01", half1 + " " + half2, consult("x3", "2024-03-01")));
        Map<String, String> expected = clusterInMemory(List.of(
                sig("x1", half1 + " " + filler1), sig("x2", half2 + " " + STORY_B.substring(STORY_B.length() / 2)),
                sig("x3", half1 + " " + half2)));
        Set<Long> sids = new HashSet<>();
        for (String id : List.of("x1", "x2", "x3")) {
            sids.add(storyOf(id).orElseThrow());
        }
        // the store's stories are exactly the in-memory StoryIndex components
        assertThat(sids).hasSize(new HashSet<>(expected.values()).size());
        assertThat(before).isEqualTo(2);
        if (sids.size() == 1) {
            StoryStore.Detail d = stories(st -> st.story(sids.iterator().next()).orElseThrow());
            assertThat(d.events()).hasSize(1);
            assertThat(d.events().get(0).mentions()).hasSize(3);
            assertThat(count(1)).isEqualTo(1);
        }
    }

    static DocSignature sig(String id, String text) {
        return DocSignature.of(id, null, LocalDate.of(2024, 3, 1), text, MinHash.DEFAULT);
    }

    static Map<String, String> clusterInMemory(List<DocSignature> sigs) {
        Map<String, String> m = new HashMap<>();
        for (Story s : StoryIndex.cluster(sigs, DedupConfig.DEFAULT)) {
            s.docs().forEach(d -> m.put(d, s.id()));
        }
        return m;
    }

    @Test
    void incrementalStoriesEqualStoryIndexComponentsWhateverTheOrder() {
        List<StoredDocument> docs = new ArrayList<>();
        Random r = new Random(7);
        String[] words = (STORY_A + " " + STORY_B).split(" ");
        for (int i = 0; i < 24; i++) {
            // variants of a few base texts: a random cut and a few swapped words, so some link and some do not
            StringBuilder b = new StringBuilder();
            int base = i % 4;
            for (int w = 0; w < 60; w++) {
                String word = words[(base * 13 + w) % words.length];
                b.append(r.nextInt(12) == 0 ? "كلمة" + r.nextInt(100) : word).append(' ');
            }
            docs.add(doc("d" + i, "o" + (i % 3), "2024-03-0" + (1 + i % 3), b.toString()));
        }
        Map<String, String> expected = clusterInMemory(docs.stream().map(d -> DocSignature.of(d.doc().id(), null,
                d.doc().date(), d.doc().text(), MinHash.DEFAULT)).toList());
        List<StoredDocument> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(3));
        for (int i = 0; i < shuffled.size(); i += 5) {
            ingest(shuffled.subList(i, Math.min(shuffled.size(), i + 5)).toArray(StoredDocument[]::new));
        }
        Map<String, Long> actual = new HashMap<>();
        for (StoredDocument d : docs) {
            actual.put(d.doc().id(), stories(st -> st.storyOf(d.doc().id())).orElseThrow());
        }
        for (StoredDocument x : docs) {
            for (StoredDocument y : docs) {
                String a = x.doc().id();
                String b = y.doc().id();
                assertThat(actual.get(a).equals(actual.get(b))).as(a + " with " + b)
                        .isEqualTo(expected.get(a).equals(expected.get(b)));
            }
        }
        assertThat(new HashSet<>(actual.values()).size()).isLessThan(docs.size()); // some did merge
    }

    @Test
    void storesIngestedBeforeStoriesAreBackfilled() {
        ingest(a1(), b1(), a2());
        try (Store s = Store.open(dir); Batch b = s.batch()) {
            b.execute("DELETE FROM stories");
            b.execute("DELETE FROM doc_signatures");
            b.execute("DELETE FROM doc_bands");
            b.commit();
        }
        assertThat(count(1)).isZero();
        try (Store s = Store.open(dir); Batch b = s.batch()) {
            assertThat(b.assignMissingStories(2)).isEqualTo(2);
            assertThat(b.assignMissingStories(100)).isEqualTo(1);
            assertThat(b.assignMissingStories(100)).isZero();
            b.commit();
        }
        assertThat(stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10)).items())
                .extracting(StoryStore.Summary::docs).containsExactly(2, 1);
    }

    @Test
    void aReplacedDocumentLeavesItsStory() {
        ingest(a1(), a2());
        ingest(doc("a2", "outlet2", "2024-03-02", STORY_B)); // same id, new content
        assertThat(storyOf("a2")).isNotEqualTo(storyOf("a1"));
        StoryStore.Detail d = stories(st -> st.story(st.storyOf("a1").orElseThrow()).orElseThrow());
        assertThat(d.story().docs()).isEqualTo(1);
        assertThat(d.events()).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void aLargeTemplateChainGrowsInConstantTimePerDocument() {
        int n = 200; // past StoryWriter.REBUILD_MAX: the append path
        List<StoredDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(doc("t" + i, "outlet" + (i % 5), "2024-03-0" + (1 + i % 2), STORY_A + " رقم " + i,
                    consult("t" + i, "2024-03-01")));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i += 50) {
            ingest(docs.subList(i, i + 50).toArray(StoredDocument[]::new));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        StoryStore.Page page = stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10));
        assertThat(page.total()).isEqualTo(1);
        StoryStore.Summary s = page.items().get(0);
        assertThat(s.docs()).isEqualTo(n);
        assertThat(s.outlets()).hasSize(5);
        assertThat(s.firstDate()).isEqualTo("2024-03-01");
        assertThat(s.lastDate()).isEqualTo("2024-03-02");
        assertThat(s.events()).isEqualTo(1);
        List<StoryStore.StoryEvent> events = stories(st -> st.events(s.id()));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(n));
        assertThat(secs).as("%d documents of one story took %.1f s", n, secs).isLessThan(30);
    }

    @Test
    void sortsBySizeAndDate() {
        ingest(a1(), b1(), a2(), doc("z", "o9", "2023-01-01", "خبر قديم عن موضوع آخر تماما لا صلة له بغيره"));
        List<Integer> bySize = stories(st -> st.list(StoryStore.Sort.SIZE, 1, 0, 10)).items().stream()
                .map(StoryStore.Summary::docs).toList();
        assertThat(bySize).containsExactly(2, 1, 1);
        assertThat(stories(st -> st.list(StoryStore.Sort.DATE_ASC, 1, 0, 10)).items().get(0).repDoc()).isEqualTo("z");
        assertThat(stories(st -> st.list(StoryStore.Sort.DATE_DESC, 1, 0, 10)).items().get(0).repDoc()).isEqualTo("a1");
        StoryStore.Page p = stories(st -> st.list(StoryStore.Sort.SIZE, 1, 1, 1));
        assertThat(p.total()).isEqualTo(3);
        assertThat(p.items()).hasSize(1);
        assertThat(stories(st -> st.list(StoryStore.Sort.SIZE, 2, 0, 10)).items()).hasSize(1);
    }
}
