package org.rasad.nlp.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.rasad.core.Document;
import org.rasad.core.Result;

/**
 * The one entry point for reading news: plain text, HTML, RSS/Atom, WARC (optionally gzipped) and
 * JSONL (optionally gzipped), from files, folders (recursive, sorted) or a stream.
 *
 * <p>Every document or failure goes to the sink as a {@link Result}: a bad file, record or line yields a
 * {@code Result} with one {@link org.rasad.core.Problem} (reason codes: {@code empty}, {@code binary},
 * {@code truncated}, {@code too-large}, {@code bad-json}, {@code no-text}, {@code bad-warc}, {@code bad-xml},
 * {@code bad-gzip}, {@code io}, {@code not-found}) and reading goes on. Nothing is thrown for bad input.
 *
 * <p>Document ids: a file's name without extension; JSONL: the record's {@code id}, else {@code stem_LINE};
 * feed items and WARC records: {@code stem_N} (N counts from 1). {@code Document.text} is the text as
 * decoded: for .txt and .html (and HTML WARC records) the whole decoded file, markup included; for JSONL
 * the {@code text} field; for feed items the visible text of the item's body (its HTML reduced to text,
 * one line per block).
 */
public final class DocumentReader {
    private static final List<String> KNOWN = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss",
            ".atom", ".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".txt.gz",
            ".html.gz", ".xml.gz");
    private final ReadOptions opts;

    public DocumentReader(ReadOptions opts) {
        this.opts = opts;
    }

    public DocumentReader() {
        this(ReadOptions.defaults());
    }

    public ReadOptions options() {
        return opts;
    }

    /** Reads a file, a folder (recursively, in sorted path order, known extensions only) or "-" (stdin). */
    public void read(Path pathOrDash, Consumer<Result<Document>> sink) {
        if (pathOrDash.toString().equals("-")) {
            read("-", System.in, sink);
            return;
        }
        if (Files.isDirectory(pathOrDash)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(pathOrDash)) {
                files = walk.filter(Files::isRegularFile).filter(DocumentReader::isKnown).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                sink.accept(Problems.fail(pathOrDash.toString(), "io", "cannot list folder: " + e.getMessage(),
                        (byte[]) null, 0, 0));
                return;
            }
            for (Path f : files) {
                readFile(f, sink);
            }
            return;
        }
        readFile(pathOrDash, sink);
    }

    /** Reads everything from a path into a list (for tests and small inputs). */
    public List<Result<Document>> readAll(Path pathOrDash) {
        List<Result<Document>> out = new ArrayList<>();
        read(pathOrDash, out::add);
        return out;
    }

    /** Reads one stream; {@code name} gives the id stem and the extension hint ("-" means stdin). */
    public void read(String name, InputStream in, Consumer<Result<Document>> sink) {
        readStream(name, name, in, sink);
    }

    private static boolean isKnown(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            return false;
        }
        for (String ext : KNOWN) {
            if (n.endsWith(ext)) {
                return true;
            }
        }
        return n.endsWith(".gz") && !n.endsWith(".tar.gz");
    }

    private void readFile(Path f, Consumer<Result<Document>> sink) {
        String origin = f.toString();
        if (!Files.isRegularFile(f)) {
            sink.accept(Problems.fail(stem(f.getFileName() == null ? origin : f.getFileName().toString()),
                    "not-found", "no such file: " + origin, (byte[]) null, 0, 0));
            return;
        }
        try (InputStream in = Files.newInputStream(f)) {
            readStream(origin, f.getFileName().toString(), in, sink);
        } catch (IOException e) {
            sink.accept(Problems.fail(stem(f.getFileName().toString()), "io", "cannot read " + origin + ": "
                    + e.getMessage(), (byte[]) null, 0, 0));
        }
    }

    private void readStream(String origin, String name, InputStream raw, Consumer<Result<Document>> sink) {
        String base = name.equals("-") ? "stdin" : Path.of(name).getFileName().toString();
        String stem = stem(base);
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 < 0) {
                sink.accept(Problems.fail(stem, "empty", "empty input: " + origin, (byte[]) null, 0, 0));
                return;
            }
            String inner = base;
            EofGuard guard = new EofGuard(in);
            if (b0 == 0x1F && b1 == 0x8B) {
                try {
                    guard = new EofGuard(new GZIPInputStream(in, 1 << 16));
                } catch (EOFException e) {
                    sink.accept(Problems.fail(stem, "truncated", "truncated gzip header: " + origin,
                            (byte[]) null, 0, 0));
                    return;
                } catch (ZipException e) {
                    sink.accept(Problems.fail(stem, "bad-gzip", "bad gzip header: " + origin, (byte[]) null, 0, 0));
                    return;
                }
                inner = base.toLowerCase(Locale.ROOT).endsWith(".gz") ? base.substring(0, base.length() - 3) : base;
            }
            BufferedInputStream body = new BufferedInputStream(guard, 1 << 16);
            byte[] head = new byte[4096];
            body.mark(head.length);
            int n = body.readNBytes(head, 0, head.length);
            body.reset();
            if (n == 0) {
                sink.accept(guard.cut() ? Problems.fail(stem, "truncated", "compressed input ends early: " + origin,
                        (byte[]) null, 0, 0) : Problems.fail(stem, "empty", "empty input: " + origin, (byte[]) null, 0, 0));
                return;
            }
            Format format = Format.of(inner, head, n);
            switch (format) {
                case JSONL -> new JsonlSource(opts).read(stem, origin, body, guard, sink);
                case WARC -> new WarcSource(opts).read(stem, origin, body, guard, sink);
                case FEED -> new FeedSource(opts).read(stem, origin, body, guard, sink);
                case HTML, TEXT -> sink.accept(single(stem, origin, body, guard, format));
            }
        } catch (EOFException e) {
            sink.accept(Problems.fail(stem, "truncated", "unexpected end of input in " + origin + ": "
                    + e.getMessage(), (byte[]) null, 0, 0));
        } catch (IOException | UncheckedIOException e) {
            sink.accept(Problems.fail(stem, "io", "cannot read " + origin + ": " + e.getMessage(), (byte[]) null, 0, 0));
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(Problems.fail(stem, "internal", "reader failed on " + origin + ": " + e, (byte[]) null, 0, 0));
        }
    }

    /** One .txt or .html document: the whole decoded file. */
    private Result<Document> single(String id, String origin, InputStream in, EofGuard guard, Format format)
            throws IOException {
        Capped c = Capped.read(in, opts.maxDocumentBytes());
        if (guard.cut()) {
            return Problems.fail(id, "truncated", "compressed input ends early: " + origin, c.bytes(), c.length(),
                    opts.keepBytes());
        }
        if (c.tooLarge()) {
            return Problems.fail(id, "too-large", "larger than " + opts.maxDocumentBytes() + " bytes: " + origin,
                    c.bytes(), c.length(), opts.keepBytes());
        }
        return textDocument(id, origin, c.bytes(), c.length(), format == Format.HTML, null, null, null, opts);
    }

    /** Decodes and checks one text or HTML body; shared by files and WARC records. */
    static Result<Document> textDocument(String id, String origin, byte[] bytes, int len, boolean html,
                                         String declared, String url, java.time.LocalDate fallbackDate,
                                         ReadOptions opts) {
        if (len == 0) {
            return Problems.fail(id, "empty", "empty document: " + origin, bytes, 0, opts.keepBytes());
        }
        String hint = declared != null ? declared : html ? HtmlMeta.declaredCharset(bytes, len) : null;
        TextDecoder.Decoded d = TextDecoder.decode(bytes, len, hint);
        if (d.binary()) {
            return Problems.fail(id, "binary", "binary data, not text: " + origin, bytes, len, opts.keepBytes());
        }
        String text = d.text();
        if (text.isBlank() || (text.length() == 1 && text.charAt(0) == '\uFEFF')) {
            return Problems.fail(id, "empty", "only whitespace: " + origin, bytes, len, opts.keepBytes());
        }
        if (html && !HtmlMeta.hasVisibleText(text)) {
            return Problems.fail(id, "no-text", "no visible text (markup, scripts or styles only): " + origin,
                    bytes, len, opts.keepBytes());
        }
        String title = html ? HtmlMeta.title(text) : "";
        java.time.LocalDate date = html ? HtmlMeta.date(text) : null;
        if (date == null) {
            date = fallbackDate;
        }
        String source = html ? HtmlMeta.siteName(text) : null;
        return Result.ok(new Document(id, title, text, date, url, source, d.charset(), origin));
    }

    /** A file name without its extension ("x.warc.gz" gives "x"). */
    static String stem(String fileName) {
        String n = fileName;
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
