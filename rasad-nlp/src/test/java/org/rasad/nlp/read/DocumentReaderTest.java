package org.rasad.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Document;
import org.rasad.core.Result;

class DocumentReaderTest {
    private static final String BODY = "استقبل وزير الخارجية الأردني نظيره العماني في عمّان، وبحث الجانبان "
            + "سبل تعزيز التعاون الثنائي والتطورات الإقليمية.";
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    private List<Result<Document>> read(String name, byte[] bytes) {
        List<Result<Document>> out = new java.util.ArrayList<>();
        reader.read(name, new ByteArrayInputStream(bytes), out::add);
        return out;
    }

    private static Document only(List<Result<Document>> rs) {
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).problems()).isEmpty();
        return rs.get(0).value();
    }

    @Test
    void seedPagesReadWholeWithFileStemIds() throws IOException {
        Path seeds = TestFiles.shared().resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/corpus/seeds missing");
        List<Result<Document>> rs = reader.readAll(seeds);
        assertThat(rs).hasSizeGreaterThanOrEqualTo(5).allMatch(Result::isOk);
        for (Result<Document> r : rs) {
            Document d = r.value();
            Path f = seeds.resolve(d.id() + ".txt");
            assertThat(d.text()).isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
            assertThat(d.charset()).isEqualTo("UTF-8");
            assertThat(d.origin()).isEqualTo(f.toString());
        }
        assertThat(rs.get(0).value().id()).isEqualTo("000_eae49ddaa4a60b7e");
    }

    @Test
    void htmlKeepsTheWholeSourceAsTextAndTakesTitleAndDateFromTheHead() {
        String html = "<!DOCTYPE html><html><head><meta charset=\"windows-1256\"><title>عنوان &amp; خبر</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-14T10:00:00Z\">"
                + "<meta property=\"og:site_name\" content=\"الموقع &amp; الشبكة\"></head>"
                + "<body><p>" + BODY + "</p></body></html>";
        Document d = only(read("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).as("declared windows-1256 but bytes are UTF-8").isEqualTo("UTF-8");
        assertThat(d.title()).isEqualTo("عنوان & خبر");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(d.source()).isEqualTo("الموقع & الشبكة");
        assertThat(d.id()).isEqualTo("page");
    }

    @Test
    void siteNameIsDroppedFromTitlesOnlyWhenShort() {
        assertThat(HtmlMeta.withoutSiteName("مصر والأردن توقعان اتفاقا | الموقع")).isEqualTo("مصر والأردن توقعان اتفاقا");
        assertThat(HtmlMeta.withoutSiteName("مصر والأردن - اتفاق جديد للتعاون في مجال الطاقة والمياه"))
                .isEqualTo("مصر والأردن - اتفاق جديد للتعاون في مجال الطاقة والمياه");
        assertThat(HtmlMeta.withoutSiteName("عاجل | خبر")).isEqualTo("عاجل | خبر");
    }

    @Test
    void htmlInWindows1256DeclaredAsUtf8DecodesRight() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                + "<body><div>" + BODY + "</div></body></html>";
        Document d = only(read("x.htm", html.getBytes(Charset.forName("windows-1256"))));
        assertThat(d.charset()).isEqualTo("windows-1256");
        assertThat(d.text()).isEqualTo(html);
    }

    @Test
    void rssItemsAreDocuments() {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>وكالة</title>"
                + "<item><title>الأول</title><link>https://example.org/1</link>"
                + "<pubDate>Tue, 05 Mar 2024 09:15:00 +0300</pubDate>"
                + "<description><![CDATA[<p>" + BODY + "</p><p>فقرة ثانية.</p>]]></description></item>"
                + "<item><title>الثاني</title><link>https://example.org/2</link><pubDate>Wed, 6 Mar 2024 11:00:00 GMT"
                + "</pubDate><description>&lt;b&gt;نص&lt;/b&gt; الخبر الثاني</description></item></channel></rss>";
        List<Result<Document>> rs = read("feed.xml", rss.getBytes(StandardCharsets.UTF_8));
        assertThat(rs).hasSize(2).allMatch(Result::isOk);
        Document a = rs.get(0).value();
        assertThat(a.id()).isEqualTo("feed_1");
        assertThat(a.title()).isEqualTo("الأول");
        assertThat(a.url()).isEqualTo("https://example.org/1");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(a.source()).isEqualTo("وكالة");
        assertThat(a.text()).isEqualTo(BODY + "\nفقرة ثانية.");
        Document b = rs.get(1).value();
        assertThat(b.text()).isEqualTo("نص الخبر الثاني");
        assertThat(b.date()).isEqualTo(LocalDate.of(2024, 3, 6));
    }

    @Test
    void atomEntriesAreDocuments() {
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>موقع</title>"
                + "<entry><title>خبر</title><link rel=\"alternate\" href=\"https://example.org/a\"/>"
                + "<updated>2023-11-02T08:00:00Z</updated><content type=\"html\">&lt;p&gt;" + BODY
                + "&lt;/p&gt;</content></entry></feed>";
        Document d = only(read("x.atom", atom.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.url()).isEqualTo("https://example.org/a");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 11, 2));
        assertThat(d.text()).isEqualTo(BODY);
    }

    @Test
    void warcGzipPerRecordReadsResponsesAndSkipsOtherRecords() {
        String html = "<html><body><p>" + BODY + "</p></body></html>";
        byte[] info = TestFiles.warcRecord("warcinfo", null, "2024-05-01T00:00:00Z", "application/warc-fields",
                "software: test\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] resp = TestFiles.warcResponse("https://example.org/news/7", "2024-05-02T10:00:00Z",
                "text/html; charset=windows-1256", html.getBytes(Charset.forName("windows-1256")));
        byte[] image = TestFiles.warcResponse("https://example.org/a.png", "2024-05-02T10:00:01Z", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        byte[] warc = TestFiles.concat(TestFiles.gzip(info), TestFiles.gzip(resp), TestFiles.gzip(image));
        Document d = only(read("crawl.warc.gz", warc));
        assertThat(d.id()).isEqualTo("crawl_1");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo("windows-1256");
        assertThat(d.url()).isEqualTo("https://example.org/news/7");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void warc10ResourceRecordWithPlainText() {
        byte[] rec = TestFiles.warcRecord("resource", "urn:x:note", "2023-06-01T00:00:00Z",
                "text/plain; charset=utf-8", BODY.getBytes(StandardCharsets.UTF_8));
        String s = new String(rec, StandardCharsets.ISO_8859_1).replace("WARC/1.1", "WARC/1.0");
        Document d = only(read("old.warc", s.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(d.text()).isEqualTo(BODY);
        assertThat(d.url()).isEqualTo("urn:x:note");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void jsonlWithAndWithoutIdsAndGzip() {
        String jsonl = "{\"id\":\"a1\",\"title\":\"ع\",\"text\":\"" + BODY + "\",\"date\":\"2024-01-09\","
                + "\"url\":\"https://e.org/a1\",\"source\":\"وكالة\"}\n\n{\"text\":\"نص بلا معرف\"}\n";
        for (String name : new String[] {"batch.jsonl", "batch.jsonl.gz"}) {
            byte[] b = jsonl.getBytes(StandardCharsets.UTF_8);
            List<Result<Document>> rs = read(name, name.endsWith(".gz") ? TestFiles.gzip(b) : b);
            assertThat(rs).hasSize(2).allMatch(Result::isOk);
            Document a = rs.get(0).value();
            assertThat(a.id()).isEqualTo("a1");
            assertThat(a.text()).isEqualTo(BODY);
            assertThat(a.date()).isEqualTo(LocalDate.of(2024, 1, 9));
            assertThat(a.url()).isEqualTo("https://e.org/a1");
            assertThat(a.source()).isEqualTo("وكالة");
            assertThat(rs.get(1).value().id()).isEqualTo("batch_3");
        }
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderSkippingUnknownFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), BODY);
        Files.writeString(dir.resolve("sub/a.txt"), BODY);
        Files.writeString(dir.resolve("a.txt"), BODY);
        Files.writeString(dir.resolve("README.md"), "# not news");
        Files.writeString(dir.resolve(".hidden.txt"), BODY);
        List<String> ids = reader.readAll(dir).stream().map(r -> r.value().id()).toList();
        assertThat(ids).containsExactly("a", "b", "a");
        List<String> origins = reader.readAll(dir).stream().map(r -> r.value().origin()).toList();
        assertThat(origins.get(2)).endsWith("sub/a.txt");
    }

    @Test
    void contentIsSniffedWhenTheNameSaysNothing() {
        assertThat(only(read("-", ("{\"text\":\"" + BODY + "\"}").getBytes(StandardCharsets.UTF_8))).id())
                .isEqualTo("stdin_1");
        Document html = only(read("-", ("<!doctype html><p>" + BODY).getBytes(StandardCharsets.UTF_8)));
        assertThat(html.id()).isEqualTo("stdin");
        assertThat(html.origin()).isEqualTo("-");
        byte[] warc = TestFiles.warcResponse("https://e.org/x", "2024-05-02T10:00:00Z", "text/plain", BODY.getBytes(
                StandardCharsets.UTF_8));
        assertThat(only(read("-", TestFiles.gzip(warc))).text()).isEqualTo(BODY);
    }

    @Test
    void missingPathIsAProblemNotAnException() {
        List<Result<Document>> rs = reader.readAll(dir.resolve("nope.txt"));
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).problems().get(0).reason()).isEqualTo("not-found");
    }
}
