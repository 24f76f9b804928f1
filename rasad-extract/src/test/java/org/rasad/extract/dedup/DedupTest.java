package org.rasad.extract.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;

class DedupTest {
    // Two stories written for this test (own words), same topic (a ministerial meeting), different facts.
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

    static DocSignature sig(String id, String outlet, int day, String text) {
        return DocSignature.of(id, outlet, LocalDate.of(2024, 3, 1).plusDays(day), text, MinHash.DEFAULT);
    }

    static List<DocSignature> corpus() {
        return List.of(
                sig("a1", "outlet1", 0, "عاجل: وزيرا خارجية مصر والأردن يلتقيان " + STORY_A + " تابعونا على مواقع التواصل"),
                sig("a2", "outlet2", 0, "مباحثات مصرية أردنية في القاهرة " + STORY_A.replace("اليوم", "الأحد")
                        + " جميع الحقوق محفوظة للموقع"),
                sig("a3", "outlet3", 1, "شكري والصفدي يبحثان التعاون " + STORY_A + " اقرأ أيضا أخبار اليوم"),
                sig("b1", "outlet1", 0, "وزير الخارجية السعودي يستقبل وفدا أوروبيا " + STORY_B),
                sig("b2", "outlet4", 2, "الرياض تستقبل وفد الاتحاد الأوروبي " + STORY_B + " المصدر وكالات"),
                sig("c1", "outlet5", 0, "وزير الخارجية المصري يلتقي نظيره الأردني في القاهرة ويبحثان التعاون"),
                sig("a4", "outlet4", 30, STORY_A)); // same text a month later: outside the date window
    }

    @Test
    void nearDuplicatesWithRewordedHeadlinesAndBoilerplateCluster() {
        Map<String, String> story = assignment(corpus());
        assertThat(story.get("a2")).isEqualTo("a1");
        assertThat(story.get("a3")).isEqualTo("a1");
        assertThat(story.get("b2")).isEqualTo("b1");
    }

    @Test
    void differentStoriesOnTheSameTopicAndDistantDatesDoNotCluster() {
        Map<String, String> story = assignment(corpus());
        assertThat(story.get("b1")).isNotEqualTo(story.get("a1"));
        assertThat(story.get("c1")).isEqualTo("c1");
        assertThat(story.get("a4")).isEqualTo("a4");
        List<Story> stories = StoryIndex.cluster(corpus(), DedupConfig.DEFAULT);
        assertThat(stories).extracting(Story::size).containsExactly(3, 2, 1, 1);
        assertThat(stories.get(0).first()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(stories.get(0).last()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void similarityEstimatesJaccard() {
        long[] a = MinHash.DEFAULT.signature(Shingles.of(STORY_A, 5));
        long[] b = MinHash.DEFAULT.signature(Shingles.of(STORY_B, 5));
        long[] a2 = MinHash.DEFAULT.signature(Shingles.of("خبر عاجل " + STORY_A, 5));
        assertThat(MinHash.similarity(a, a)).isEqualTo(1.0);
        assertThat(MinHash.similarity(a, b)).isLessThan(0.1);
        assertThat(MinHash.similarity(a, a2)).isGreaterThan(0.8);
        // folding: diacritics and alef variants do not change shingles
        assertThat(Shingles.of("أَحمد إلى القاهرة", 2)).isEqualTo(Shingles.of("احمد الى القاهرة", 2));
    }

    @Test
    void incrementalAssignmentEqualsBatchRebuild() {
        List<DocSignature> docs = corpus();
        StoryIndex inc = new StoryIndex(DedupConfig.DEFAULT);
        List<String> seen = new ArrayList<>();
        for (int i = docs.size() - 1; i >= 0; i--) {
            String s = inc.add(docs.get(i));
            seen.add(s);
        }
        assertThat(seen).doesNotContainNull();
        assertThat(inc.assignment()).isEqualTo(assignment(docs));
        assertThat(inc.stories()).isEqualTo(StoryIndex.cluster(docs, DedupConfig.DEFAULT));
        assertThat(inc.add(docs.get(0))).isEqualTo("a1"); // re-adding is a no-op
        assertThat(inc.size()).isEqualTo(docs.size());
    }

    @Property(tries = 30)
    void clusteringIsIndependentOfInputOrder(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
        List<DocSignature> docs = new ArrayList<>(corpus());
        Map<String, String> expected = assignment(docs);
        Collections.shuffle(docs, new Random(seed));
        assertThat(assignment(docs)).isEqualTo(expected);
    }

    static Map<String, String> assignment(List<DocSignature> docs) {
        StoryIndex idx = new StoryIndex(DedupConfig.DEFAULT);
        docs.forEach(idx::add);
        return idx.assignment();
    }

    static Event ev(String id, String doc, EventType t, String src, String tgt, String date) {
        return new Event(id, doc, t, null, null, List.of(new ActorRef(src, null, null, null, src)),
                List.of(new ActorRef(tgt, null, null, null, tgt)), date, null, null, null,
                List.of(new Evidence(0, 5, "x" + id, "trigger")), 0.9);
    }

    @Test
    void eventMergeKeepsEveryMention() {
        List<Event> events = List.of(
                ev("e1", "a1", EventType.CONSULT, "EGYGOV", "JORGOV", "2024-03-01"),
                ev("e2", "a2", EventType.CONSULT, "EGYGOV", "JORGOV", "2024-03-01"),
                ev("e3", "a3", EventType.CONSULT, "EGYGOV", "JORGOV", "2024-03-02"),
                ev("e4", "a3", EventType.AGREE, "EGYGOV", "JORGOV", "2024-03-02"),
                ev("e5", "a2", EventType.CONSULT, "EGYGOV", "SAUGOV", "2024-03-01"),
                ev("e6", "a1", EventType.CONSULT, "EGYGOV", "JORGOV", "2024-03-20"),
                ev("e7", "b1", EventType.CONSULT, "EGYGOV", "JORGOV", "2024-03-01"));
        Map<String, String> story = Map.of("a1", "a1", "a2", "a1", "a3", "a1", "b1", "b1");
        Map<String, String> outlet = Map.of("a1", "o1", "a2", "o2", "a3", "o3", "b1", "o1");
        List<StoryEvent> merged = StoryEventMerger.merge(events, story::get, outlet::get, 3);
        assertThat(merged).hasSize(5);
        assertThat(merged.stream().mapToInt(m -> m.mentions().size()).sum()).isEqualTo(events.size());
        StoryEvent big = merged.stream().filter(m -> m.mentions().size() == 3).findFirst().orElseThrow();
        assertThat(big.id()).isEqualTo("a1/e1");
        assertThat(big.actors()).containsExactly("S:EGYGOV", "T:JORGOV");
        assertThat(big.mentions()).extracting(EventMention::outlet).containsExactly("o1", "o2", "o3");
        assertThat(big.mentions()).extracting(m -> m.evidence().get(0).text()).containsExactly("xe1", "xe2", "xe3");
        assertThat(big.first()).isEqualTo("2024-03-01");
        assertThat(big.last()).isEqualTo("2024-03-02");
        List<Event> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        assertThat(StoryEventMerger.merge(reversed, story::get, outlet::get, 3)).isEqualTo(merged);
    }
}
