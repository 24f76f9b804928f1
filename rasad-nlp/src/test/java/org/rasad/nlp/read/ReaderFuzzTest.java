package org.rasad.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rasad.core.Document;
import org.rasad.core.Result;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.clean.Cleaner;

/**
 * Random bytes and random mutations of valid inputs never make the reader or the cleaner throw: every
 * result is a document or a problem with a reason. Inputs that once crashed live in fixtures/fuzz/.
 */
class ReaderFuzzTest {
    private static final String BODY = "وقعت مصر والأردن مذكرة تفاهم للتعاون في مجال الطاقة خلال زيارة رسمية.";
    private static final List<String> NAMES = List.of("x.txt", "x.html", "x.xml", "x.warc", "x.warc.gz",
            "x.jsonl", "x.jsonl.gz", "-");

    static List<Result<Document>> readAndClean(String name, byte[] bytes) {
        List<Result<Document>> out = new ArrayList<>();
        new DocumentReader(ReadOptions.defaults().withMaxDocumentBytes(1 << 20))
                .read(name, new ByteArrayInputStream(bytes), out::add);
        Cleaner cleaner = new Cleaner();
        for (Result<Document> r : out) {
            assertThat(r.isOk() || !r.problems().isEmpty()).isTrue();
            if (r.isOk()) {
                CleanedDocument c = cleaner.clean(r.value());
                assertThat(c.masked()).hasSize(r.value().text().length());
                c.segments().forEach(s -> assertThat(s.span().end()).isLessThanOrEqualTo(c.masked().length()));
            } else {
                r.problems().forEach(p -> {
                    assertThat(p.reason()).isNotBlank();
                    assertThat(p.message()).doesNotContain("\n");
                    assertThat(p.bytes().length).isLessThanOrEqualTo(64 * 1024);
                });
            }
        }
        return out;
    }

    static List<byte[]> validInputs() {
        String html = "<html><head><meta charset=utf-8><title>t</title></head><body><p>" + BODY + "</p></body></html>";
        String rss = "<?xml version=\"1.0\"?><rss><channel><item><title>ع</title><link>https://e.org/1</link>"
                + "<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;" + BODY
                + "&lt;/p&gt;</description></item></channel></rss>";
        String jsonl = "{\"id\":\"1\",\"text\":\"" + BODY + "\",\"date\":\"2024-03-04\"}\n{\"text\":\"" + BODY + "\"}\n";
        byte[] warc = TestFiles.warcResponse("https://e.org/1", "2024-03-04T10:00:00Z", "text/html", html.getBytes(
                StandardCharsets.UTF_8));
        return List.of(html.getBytes(StandardCharsets.UTF_8), BODY.getBytes(Charset.forName("windows-1256")),
                rss.getBytes(StandardCharsets.UTF_8), jsonl.getBytes(StandardCharsets.UTF_8),
                TestFiles.gzip(jsonl.getBytes(StandardCharsets.UTF_8)), warc, TestFiles.gzip(warc));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Property(tries = 400)
    void randomBytesNeverThrow(@ForAll("names") String name, @ForAll @Size(max = 3000) byte[] bytes) {
        readAndClean(name, bytes);
    }

    @Property(tries = 600)
    void mutatedValidInputsNeverThrow(@ForAll("names") String name, @ForAll @IntRange(min = 0, max = 6) int which,
                                      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 100_000) Integer> at,
                                      @ForAll @Size(min = 1, max = 12) byte[] values,
                                      @ForAll @IntRange(min = 0, max = 100) int keepPercent) {
        byte[] b = validInputs().get(which).clone();
        for (int i = 0; i < at.size(); i++) {
            b[at.get(i) % b.length] = values[i % values.length];
        }
        int keep = Math.max(0, b.length * keepPercent / 100);
        readAndClean(name, java.util.Arrays.copyOf(b, keep));
    }

    @Test
    void validInputsReadAsDocuments() {
        List<String> names = List.of("a.html", "a.txt", "a.xml", "a.jsonl", "a.jsonl.gz", "a.warc", "a.warc.gz");
        List<byte[]> in = validInputs();
        for (int i = 0; i < in.size(); i++) {
            List<Result<Document>> rs = readAndClean(names.get(i), in.get(i));
            assertThat(rs).as(names.get(i)).isNotEmpty().allMatch(Result::isOk);
            assertThat(rs.get(0).value().text()).contains(BODY);
        }
    }

    @Test
    void keptCrashInputsStillDoNotThrow() throws IOException {
        Path dir = Path.of("src/test/resources/fixtures/fuzz");
        int n = 0;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    if (f.getFileName().toString().endsWith(".md")) {
                        continue;
                    }
                    for (String name : NAMES) {
                        readAndClean(name, Files.readAllBytes(f));
                    }
                    n++;
                }
            }
        }
        assertThat(n).as("fixture files replayed").isGreaterThanOrEqualTo(3);
    }

    @Test
    void streamsThatFailMidwayBecomeProblems() {
        InputStream broken = new InputStream() {
            private int left = 100;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 'a';
                }
                throw new IOException("disk on fire");
            }
        };
        List<Result<Document>> out = new ArrayList<>();
        new DocumentReader().read("x.txt", broken, out::add);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).problems().get(0).reason()).isEqualTo("io");
    }
}
