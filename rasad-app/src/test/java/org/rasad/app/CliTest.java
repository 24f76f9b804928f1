package org.rasad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final String MEETING = """
            القاهرة - 12 أكتوبر 2024

            استقبل الرئيس المصري عبد الفتاح السيسي، اليوم السبت، وزير الخارجية الأردني أيمن الصفدي في القاهرة، \
            وبحث الجانبان سبل تعزيز التعاون بين البلدين.

            وأدانت وزارة الخارجية المصرية الهجوم الذي استهدف قافلة إغاثة في قطاع غزة.
            """;

    @TempDir
    Path tmp;

    private Path write(String name, String text, Charset cs) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(cs));
        return p;
    }

    @Test
    void extractPrintsSpecRecordsWhoseEvidencePointsIntoTheOriginal() throws IOException {
        Path f = write("meeting.txt", MEETING, StandardCharsets.UTF_8);
        Cli r = Cli.run("extract", "--format", "jsonl", f.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        ObjectMapper m = new ObjectMapper();
        boolean consult = false;
        for (String l : lines) {
            JsonNode e = m.readTree(l);
            assertThat(e.get("doc").asText()).isEqualTo("meeting");
            assertThat(e.get("id").asText()).startsWith("meeting#");
            assertThat(e.get("modality").asText()).isIn("asserted", "planned", "negated", "hypothetical");
            for (JsonNode ev : e.get("evidence")) {
                int s = ev.get("start").asInt();
                int t = ev.get("end").asInt();
                assertThat(MEETING.substring(s, t)).isEqualTo(ev.get("text").asText());
            }
            if (e.get("type").asText().equals("CONSULT")) {
                consult = true;
                assertThat(e.toString()).contains("EGY").contains("JOR");
            }
        }
        assertThat(consult).as("the meeting is a CONSULT between Egypt and Jordan").isTrue();
    }

    @Test
    void extractCsvHasHeader() throws IOException {
        Path f = write("m.txt", MEETING, StandardCharsets.UTF_8);
        Cli r = Cli.run("extract", "--format", "csv", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("id,doc,type"));
    }

    @Test
    void ingestIsIdempotentRejectsBadInputAndKeepsGoing() throws IOException {
        write("a.txt", MEETING, StandardCharsets.UTF_8);
        write("b.txt", MEETING.replace("أيمن الصفدي", "نظيره"), Charset.forName("windows-1256"));
        write("broken.jsonl", "{\"id\":\"x1\",\"text\":\"قصفت الطائرات الإسرائيلية مواقع في جنوب لبنان\"}\nnot json at all\n",
                StandardCharsets.UTF_8);
        Files.write(tmp.resolve("in").resolve("garbage.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 9});
        Path db = tmp.resolve("db");
        Cli first = Cli.run("ingest", "--db", db.toString(), "--quiet", tmp.resolve("in").toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("ingested 3,").contains("rejected 2");
        assertThat(first.err()).contains("rejected");
        Cli again = Cli.run("ingest", "--db", db.toString(), "--quiet", tmp.resolve("in").toString());
        assertThat(again.out()).contains("ingested 0,").contains("skipped 3");

        Cli stats = Cli.run("stats", "--db", db.toString());
        assertThat(stats.exit()).isZero();
        assertThat(stats.out()).contains("documents: 3").contains("rejects:   2").contains("rejects by reason");

        Cli search = Cli.run("search", "--db", db.toString(), "والقاهرة");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).contains("a").doesNotContain("0 documents match");

        Cli events = Cli.run("events", "--db", db.toString(), "--type", "consult", "--actor", "egy");
        assertThat(events.exit()).isZero();
        assertThat(events.out()).contains("CONSULT").contains("EGY");

        Path parquet = tmp.resolve("ev.parquet");
        Cli export = Cli.run("export", "--db", db.toString(), "--format", "parquet", "--out", parquet.toString());
        assertThat(export.exit()).isZero();
        assertThat(Files.size(parquet)).isGreaterThan(100);
        byte[] magic = new byte[4];
        System.arraycopy(Files.readAllBytes(parquet), 0, magic, 0, 4);
        assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void userErrorsGiveOneLineAndExitTwo() {
        Cli missing = Cli.run("extract", tmp.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").doesNotContain("Exception").doesNotContain("\tat ");
        Cli noDb = Cli.run("stats", "--db", tmp.resolve("none").toString());
        assertThat(noDb.exit()).isEqualTo(2);
        assertThat(noDb.err()).contains("no database");
        Cli badType = Cli.run("events", "--db", tmp.toString(), "--type", "HUG");
        assertThat(badType.exit()).isEqualTo(2);
        Cli badOption = Cli.run("ingest", "--no-such-option");
        assertThat(badOption.exit()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("demo", "ingest", "extract", "search", "events", "export", "stats", "actors", "eval")) {
            Cli r = Cli.run(c, "--help");
            assertThat(r.exit()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Usage: rasad " + c);
        }
    }

    @Test
    void actorsAnswersWhoHeldAnOfficeOnADate() {
        Cli r = Cli.run("actors", "--office", "وزير الدفاع", "--state", "USA", "--date", "2017-12-03");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ماتيس");
        Cli bad = Cli.run("actors", "--office", "وزير الدفاع", "--state", "USA", "--date", "3/12/2017");
        assertThat(bad.exit()).isEqualTo(2);
    }
}
