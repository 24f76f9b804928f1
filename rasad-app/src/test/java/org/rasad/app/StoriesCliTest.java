package org.rasad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rasad stories` after two separate `rasad ingest` runs through the real pipeline (clean, extract, store). */
class StoriesCliTest {
    // written for this test (own words): one meeting reported by two outlets, and an unrelated item
    static final String MEETING = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم السبت في القاهرة وزير الخارجية الأردني "
            + "أيمن الصفدي وبحث الجانبان سبل تعزيز التعاون بين البلدين وتطورات الأوضاع في المنطقة وأكد الجانبان "
            + "ضرورة وقف إطلاق النار في قطاع غزة وإدخال المساعدات الإنسانية دون عوائق كما اتفقا على عقد اجتماع "
            + "للجنة المشتركة الشهر المقبل في عمان لمتابعة تنفيذ الاتفاقيات الموقعة في مجالات الطاقة والنقل والتجارة";
    static final String OTHER = "أعلنت وزارة الصحة في تونس عن افتتاح مستشفى جديد في مدينة صفاقس يضم مئتي سرير "
            + "وقسما للطوارئ ومختبرا حديثا للتحاليل الطبية وقال الوزير إن المشروع استغرق ثلاث سنوات من العمل المتواصل";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path jsonl(String name, String... lines) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    private static String line(String id, String source, String title, String text) {
        return JSON.createObjectNode().put("id", id).put("title", title).put("text", text).put("date", "2024-10-12")
                .put("source", source).toString();
    }

    @Test
    void twoIngestRunsTwoOutletsOneStoryOneMergedEvent() throws IOException {
        Path db = tmp.resolve("db");
        Path first = jsonl("a.jsonl", line("a1", "outlet-a", "السيسي يستقبل الصفدي", MEETING),
                line("t1", "outlet-a", "مستشفى جديد في صفاقس", OTHER));
        Path second = jsonl("b.jsonl", line("b1", "outlet-b", "مباحثات مصرية أردنية في القاهرة",
                "عاجل: " + MEETING + " المصدر وكالات"));
        assertThat(Cli.run("ingest", "--db", db.toString(), "--quiet", first.toString()).exit()).isZero();
        assertThat(Cli.run("ingest", "--db", db.toString(), "--quiet", second.toString()).exit()).isZero();
        assertThat(Cli.run("ingest", "--db", db.toString(), "--quiet", second.toString(), first.toString()).exit())
                .isZero(); // re-ingest: nothing changes

        Cli list = Cli.run("stories", "--db", db.toString(), "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        List<String> lines = list.out().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(1); // --min-docs defaults to 2: the hospital is a story of one
        JsonNode s = JSON.readTree(lines.get(0));
        assertThat(s.path("docs").asInt()).isEqualTo(2);
        assertThat(s.path("outlets").toString()).isEqualTo("[\"outlet-a\",\"outlet-b\"]");
        JsonNode consult = null;
        for (JsonNode e : s.path("events")) {
            if (e.path("type").asText().equals("CONSULT")) {
                consult = e;
            }
        }
        assertThat(consult).as(s.toString()).isNotNull();
        assertThat(consult.path("actors").toString()).contains("EGY").contains("JOR");
        assertThat(consult.path("mentions")).as(s.toString()).extracting(m -> m.path("doc").asText())
                .containsExactly("a1", "b1");

        Cli all = Cli.run("stories", "--db", db.toString(), "--min-docs", "1");
        assertThat(all.out()).contains("2 docs, 2 outlets").contains("1 docs, 1 outlets").contains("CONSULT")
                .contains("2 stories of 1 or more documents");

        Cli one = Cli.run("stories", "--db", db.toString(), s.path("id").asText());
        assertThat(one.exit()).isZero();
        assertThat(one.out()).contains("a1").contains("b1").contains("outlet-b").contains("«");
        JsonNode detail = JSON.readTree(Cli.run("stories", "--db", db.toString(), "--json", s.path("id").asText()).out());
        assertThat(detail.path("documents")).hasSize(2);
        assertThat(detail.path("events").get(0).path("mentions").get(0).path("evidence")).isNotEmpty();

        assertThat(Cli.run("stories", "--db", db.toString(), "424242").exit()).isEqualTo(2);
        assertThat(Cli.run("stories", "--db", db.toString(), "--sort", "weird").exit()).isEqualTo(2);
        assertThat(Cli.run("stories", "--db", db.toString(), "--limit", "0").exit()).isEqualTo(2);
    }
}
