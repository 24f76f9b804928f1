package org.rasad.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Document;
import org.rasad.core.Problem;
import org.rasad.core.Result;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.clean.Cleaner;

/** Bad input yields problems with reason codes and kept bytes; reading always goes on. */
class HostileInputTest {
    private static final String BODY = "أدانت جامعة الدول العربية الهجوم الذي استهدف قافلة مساعدات إنسانية، "
            + "ودعت إلى محاسبة المسؤولين عنه.";
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    private List<Result<Document>> read(String name, byte[] bytes) {
        List<Result<Document>> out = new ArrayList<>();
        reader.read(name, new ByteArrayInputStream(bytes), out::add);
        return out;
    }

    private static Problem onlyProblem(List<Result<Document>> rs, String reason) {
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).isOk()).isFalse();
        Problem p = rs.get(0).problems().get(0);
        assertThat(p.reason()).isEqualTo(reason);
        assertThat(p.stage()).isEqualTo("read");
        assertThat(p.message()).isNotBlank().doesNotContain("\n");
        return p;
    }

    @Test
    void emptyAndWhitespaceFiles() {
        for (String name : new String[] {"e.txt", "e.html", "e.jsonl", "e.warc", "e.xml"}) {
            onlyProblem(read(name, new byte[0]), "empty");
        }
        Problem p = onlyProblem(read("ws.txt", " \n\t\n".getBytes(StandardCharsets.US_ASCII)), "empty");
        assertThat(p.bytes()).hasSize(4);
    }

    @Test
    void binaryGarbageKeepsCappedBytes() {
        byte[] junk = new byte[200_000];
        new java.util.Random(1).nextBytes(junk);
        Problem p = onlyProblem(read("junk.txt", junk), "binary");
        assertThat(p.bytes()).hasSize(64 * 1024);
        assertThat(Arrays.equals(p.bytes(), Arrays.copyOf(junk, 64 * 1024))).isTrue();
        assertThat(p.docId()).isEqualTo("junk");
    }

    @Test
    void truncatedGzipJsonlKeepsTheLinesBeforeTheCut() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("{\"id\":\"d").append(i).append("\",\"text\":\"").append(BODY).append(' ').append(i).append("\"}\n");
        }
        byte[] gz = TestFiles.gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        List<Result<Document>> rs = read("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
        assertThat(rs.size()).isGreaterThan(10);
        assertThat(rs.subList(0, rs.size() - 1)).allMatch(Result::isOk);
        assertThat(rs.get(rs.size() - 1).problems().get(0).reason()).isEqualTo("truncated");
        assertThat(rs.get(0).value().id()).isEqualTo("d0");
    }

    @Test
    void truncatedGzipHeader() {
        onlyProblem(read("x.jsonl.gz", new byte[] {0x1F, (byte) 0x8B, 8}), "truncated");
    }

    @Test
    void truncatedWarcReportsAfterTheGoodRecords() {
        byte[] one = TestFiles.warcResponse("https://e.org/1", "2024-01-01T00:00:00Z", "text/html; charset=utf-8",
                ("<p>" + BODY + "</p>").getBytes(StandardCharsets.UTF_8));
        byte[] two = TestFiles.warcResponse("https://e.org/2", "2024-01-01T00:00:00Z", "text/html; charset=utf-8",
                ("<p>" + BODY + BODY + "</p>").getBytes(StandardCharsets.UTF_8));
        byte[] plain = TestFiles.concat(one, Arrays.copyOf(two, two.length - 80));
        List<Result<Document>> rs = read("cut.warc", plain);
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).isOk()).isTrue();
        assertThat(rs.get(1).problems().get(0).reason()).isIn("truncated", "bad-warc");
        byte[] gz = TestFiles.concat(TestFiles.gzip(one), Arrays.copyOf(TestFiles.gzip(two), 60));
        List<Result<Document>> rg = read("cut.warc.gz", gz);
        assertThat(rg.get(0).isOk()).as(rg.toString()).isTrue();
        assertThat(rg.get(rg.size() - 1).problems().get(0).reason()).isIn("truncated", "bad-warc");
    }

    @Test
    void warcNameOnGarbage() {
        onlyProblem(read("x.warc", "WARC/1.1\r\nnonsense header line\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                "bad-warc");
    }

    @Test
    void wrongDeclaredCharsetStillDecodesRight() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + BODY + "</p></body></html>";
        List<Result<Document>> rs = read("w.html", html.getBytes(Charset.forName("windows-1256")));
        assertThat(rs.get(0).value().text()).isEqualTo(html);
        assertThat(rs.get(0).value().charset()).isEqualTo("windows-1256");
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><channel><item><title>t</title>"
                + "<description>" + BODY + "</description></item></channel></rss>";
        List<Result<Document>> feed = read("f.rss", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(feed.get(0).value().text()).isEqualTo(BODY);
        assertThat(feed.get(0).value().charset()).isEqualTo("UTF-8");
    }

    @Test
    void fiftyMegabytePageIsTooLargeAndTheNextFileStillReads() throws IOException {
        Path big = dir.resolve("a_big.html");
        byte[] chunk = ("<p>" + BODY + "</p>\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            for (long n = 0; n < 50L * 1024 * 1024; n += chunk.length) {
                out.write(chunk);
            }
        }
        Files.writeString(dir.resolve("b_small.txt"), BODY);
        List<Result<Document>> rs = reader.readAll(dir);
        assertThat(rs).hasSize(2);
        Problem p = rs.get(0).problems().get(0);
        assertThat(p.reason()).isEqualTo("too-large");
        assertThat(p.bytes()).hasSize(64 * 1024);
        assertThat(rs.get(1).value().text()).isEqualTo(BODY);
    }

    @Test
    void deeplyNestedHtmlReadsAndCleans() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(100_000)).append(BODY).append("</div>".repeat(100_000)).append("</body></html>");
        Document d = read("deep.html", sb.toString().getBytes(StandardCharsets.UTF_8)).get(0).value();
        assertThat(d.text()).hasSize(sb.length());
        CleanedDocument c = new Cleaner().clean(d);
        assertThat(c.masked()).hasSize(d.text().length());
        assertThat(c.cleanText()).contains(BODY.substring(0, 20));
    }

    @Test
    void deeplyNestedFeedIsAProblemOrItemsNotACrash() {
        String deep = "<x>".repeat(100_000) + "</x>".repeat(100_000);
        onlyProblem(read("deep.rss", ("<rss><channel>" + deep + "</channel></rss>").getBytes(StandardCharsets.UTF_8)),
                "bad-xml");
        String item = "<rss><channel><item><title>t</title><description>" + BODY + "</description>" + deep
                + "</item></channel></rss>";
        List<Result<Document>> rs = read("deep2.rss", item.getBytes(StandardCharsets.UTF_8));
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).value().text()).isEqualTo(BODY);
    }

    @Test
    void scriptAndStyleOnlyPageHasNoText() {
        String html = "<html><head><style>body{color:red}</style></head><body><script>var x = 'خبر عاجل';</script>"
                + "<!-- تعليق --><noscript></noscript>&nbsp;</body></html>";
        onlyProblem(read("s.html", html.getBytes(StandardCharsets.UTF_8)), "no-text");
    }

    @Test
    void rtlOverrideAndMixedDirectionTextReadsAndControlsAreMaskedWhenCleaning() {
        String text = "\u202Eعاجل\u202C: قال الوزير \u2067UN\u2069 إن المحادثات مع \u200Fالجانب\u200F الآخر "
                + "ستستأنف في جنيف 2024 (Geneva) الأسبوع المقبل وفق ما أعلنه المتحدث باسم الوزارة.";
        Document d = read("rtl.txt", text.getBytes(StandardCharsets.UTF_8)).get(0).value();
        assertThat(d.text()).isEqualTo(text);
        CleanedDocument c = new Cleaner().clean(d);
        assertThat(c.masked()).hasSize(text.length()).doesNotContain("\u202E", "\u2067", "\u200F");
        assertThat(c.cleanText()).contains("قال الوزير UN إن المحادثات");
    }

    @Test
    void jsonlLineThatIsNotJsonAndSecondLineBroken() {
        String jsonl = "{\"id\":\"1\",\"text\":\"" + BODY + "\"}\n{\"id\":\"2\",\"text\":\"مقطوع\n"
                + "{\"id\":\"3\",\"text\":\"" + BODY + "\"}\nnot json at all\n[1,2]\n{\"id\":\"6\"}\n{\"id\":\"7\",\"text\":42}\n";
        List<Result<Document>> rs = read("mixed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        assertThat(rs).hasSize(7);
        assertThat(rs.get(0).value().id()).isEqualTo("1");
        assertThat(rs.get(1).problems().get(0).reason()).isEqualTo("bad-json");
        assertThat(rs.get(1).problems().get(0).docId()).isEqualTo("mixed_2");
        assertThat(new String(rs.get(1).problems().get(0).bytes(), StandardCharsets.UTF_8)).contains("مقطوع");
        assertThat(rs.get(2).value().id()).isEqualTo("3");
        assertThat(rs.get(3).problems().get(0).reason()).isEqualTo("bad-json");
        assertThat(rs.get(4).problems().get(0).reason()).isEqualTo("bad-json");
        assertThat(rs.get(5).problems().get(0).reason()).isEqualTo("no-text");
        assertThat(rs.get(6).problems().get(0).reason()).isEqualTo("no-text");
    }

    @Test
    void overlongJsonlLineIsRejectedAndReadingGoesOn() {
        DocumentReader small = new DocumentReader(ReadOptions.defaults().withMaxLineChars(1000));
        String jsonl = "{\"text\":\"" + "ب".repeat(5000) + "\"}\n{\"id\":\"ok\",\"text\":\"" + BODY + "\"}\n";
        List<Result<Document>> rs = new ArrayList<>();
        small.read("long.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), rs::add);
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).problems().get(0).reason()).isEqualTo("too-large");
        assertThat(rs.get(1).value().id()).isEqualTo("ok");
    }

    @Test
    void feedWithoutItemsAndItemWithoutBody() {
        onlyProblem(read("f.xml", "<?xml version=\"1.0\"?><rss><channel><title>x</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8)), "bad-xml");
        List<Result<Document>> rs = read("f.rss", ("<rss><channel><item><title>عنوان فقط</title></item>"
                + "<item><description>" + BODY + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).problems().get(0).reason()).isEqualTo("no-text");
        assertThat(rs.get(1).value().id()).isEqualTo("f_2");
    }
}
