package org.rasad.app.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.rasad.core.Document;
import org.rasad.core.Problem;
import org.rasad.core.Result;
import org.rasad.nlp.read.DocumentReader;
import org.rasad.store.StoredDocument;
import org.rasad.store.watch.FetchRecord;
import org.rasad.store.watch.SourceState;
import org.rasad.store.watch.WatchStore;

/**
 * Polls one source: fetches the feed / sitemap (conditionally) or lists the folder, skips items already taken,
 * fetches and processes the new ones, and reports everything as a {@link PollResult} for the watcher to commit in
 * one transaction. Never throws for bad input: a failed poll is a result with an error.
 */
public final class Poller {
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private final WatchStore watch;
    private final HttpFetcher http;
    private final Extractor extractor;
    private final DocumentReader reader = new DocumentReader();
    private final Clock clock;
    private final int maxItems;
    private final BooleanSupplier stop;

    /**
     * @param maxItems new items taken per poll at most (the rest come with the next polls)
     * @param stop     checked between items: true ends the poll early with the items done so far
     */
    public Poller(WatchStore watch, HttpFetcher http, Extractor extractor, Clock clock, int maxItems,
                  BooleanSupplier stop) {
        this.watch = watch;
        this.http = http;
        this.extractor = extractor;
        this.clock = clock;
        this.maxItems = Math.max(1, maxItems);
        this.stop = stop;
    }

    public PollResult poll(Source s) {
        SourceState state = watch.state(s.name());
        Instant now = clock.instant();
        List<FetchRecord> log = new ArrayList<>();
        Collected c = new Collected(s, log);
        String error;
        String etag = null;
        String lastModified = null;
        try {
            if (s.kind().remote()) {
                HttpFetcher.Response r = http.get(s.url(), state.etag(), state.lastModified(), s.name(), log);
                if (r.notModified()) {
                    return new PollResult(s, state.succeeded(now, null, null, now.plus(s.interval())), List.of(), log,
                            null);
                }
                if (!r.ok()) {
                    error = r.note();
                    return failed(s, state, now, error, c);
                }
                etag = r.etag();
                lastModified = r.lastModified();
                error = s.kind() == SourceKind.SITEMAP ? sitemap(r, c) : feed(r, c);
            } else {
                error = folder(s, c);
            }
        } catch (RuntimeException e) {
            error = "internal: " + e;
        }
        if (error != null) {
            return failed(s, state, now, error, c);
        }
        return new PollResult(s, state.succeeded(now, etag, lastModified, now.plus(s.interval())), c.items, log, null);
    }

    private PollResult failed(Source s, SourceState state, Instant now, String error, Collected c) {
        Duration back = FIRST_BACKOFF.multipliedBy(1L << Math.min(16, state.errorStreak()));
        if (back.compareTo(s.interval()) > 0) {
            back = s.interval().compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : s.interval();
        }
        return new PollResult(s, state.failed(now, error, now.plus(back)), c.items, c.log, error);
    }

    /** Items of one poll, with the text hashes seen so far in it. */
    private static final class Collected {
        final Source source;
        final List<FetchRecord> log;
        final List<PollResult.Item> items = new ArrayList<>();
        final Set<String> hashes = new HashSet<>();
        final Set<String> links = new HashSet<>();

        Collected(Source source, List<FetchRecord> log) {
            this.source = source;
            this.log = log;
        }
    }

    private String feed(HttpFetcher.Response r, Collected c) {
        List<Document> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        reader.read("feed.xml", new ByteArrayInputStream(forced(r.body(), c.source.encoding())), (Result<Document> x) -> {
            problems.addAll(x.problems());
            if (x.isOk()) {
                entries.add(x.value());
            }
        });
        if (entries.isEmpty() && !problems.isEmpty()) {
            return "bad feed: " + problems.get(0).reason() + " " + problems.get(0).message();
        }
        // feeds list the newest first: take the oldest new ones first so that the rest follow in order
        for (Document item : entries.reversed()) {
            if (c.items.size() >= maxItems || stop.getAsBoolean()) {
                break;
            }
            String key = item.url() != null && !item.url().isBlank() ? item.url().strip()
                    : "item:" + StoredDocument.sha256((item.title() + "\n" + item.text()).getBytes(StandardCharsets.UTF_8));
            if (watch.seen(c.source.name(), key)) {
                continue;
            }
            if (watch.seenAnywhere(key) || c.links.contains(key)) {
                c.items.add(new PollResult.Item(key, null, null, "duplicate", null)); // another outlet's link
                continue;
            }
            c.links.add(key);
            Document doc = null;
            byte[] original = null;
            if (c.source.articles() && key.startsWith("http")) {
                HttpFetcher.Response page = http.get(key, null, null, c.source.name(), c.log);
                if (page.ok()) {
                    doc = page(page, c.source, key, item);
                    original = page.body();
                }
            }
            if (doc == null) {
                doc = new Document(docId(c.source, key), item.title(), item.text(), item.date(), item.url(),
                        outlet(c.source, item.source()), "UTF-8", key);
                original = item.text().getBytes(StandardCharsets.UTF_8);
            }
            take(c, key, doc, original);
        }
        return null;
    }

    private Document page(HttpFetcher.Response page, Source s, String key, Document item) {
        return pageDocument(page.body(), s.encoding(), docId(s, key), key, outlet(s, item.source()), item);
    }

    /** An article page as a document (HTML kept whole; title and date from the page, else from the feed item). */
    static Document pageDocument(byte[] body, String encoding, String id, String url, String outlet, Document item) {
        List<Document> docs = new ArrayList<>();
        new DocumentReader().read("page.html", new ByteArrayInputStream(forced(body, encoding)), (Result<Document> x) -> {
            if (x.isOk()) {
                docs.add(x.value());
            }
        });
        if (docs.isEmpty()) {
            return null;
        }
        Document d = docs.get(0);
        String title = d.title().isBlank() ? item.title() : d.title();
        return new Document(id, title, d.text(), d.date() != null ? d.date() : item.date(), url, outlet, d.charset(),
                url);
    }

    private String sitemap(HttpFetcher.Response r, Collected c) {
        List<String> urls = new ArrayList<>();
        String error = locs(r.body(), c.source, urls, true, c.log);
        if (error != null) {
            return error;
        }
        for (String url : urls) {
            if (c.items.size() >= maxItems || stop.getAsBoolean()) {
                break;
            }
            if (watch.seen(c.source.name(), url)) {
                continue;
            }
            HttpFetcher.Response page = http.get(url, null, null, c.source.name(), c.log);
            if (!page.ok()) {
                continue; // not marked: tried again next poll
            }
            Document doc = page(page, c.source, url, new Document(url, "", "", null, url, null, null, url));
            if (doc == null) {
                c.items.add(new PollResult.Item(url, null, null, "rejected",
                        new Problem(docId(c.source, url), "watch", "no-text", "no text in " + url, null)));
                continue;
            }
            take(c, url, doc, page.body());
        }
        return null;
    }

    /** Page URLs of a sitemap, newest lastmod first; a sitemap index is followed one level. */
    private String locs(byte[] body, Source s, List<String> out, boolean follow, List<FetchRecord> log) {
        String xml = new String(forced(body, s.encoding()), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document d = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Element> urls = d.select("url");
        List<Element> maps = d.select("sitemap");
        if (urls.isEmpty() && maps.isEmpty()) {
            return "bad sitemap: no <url> or <sitemap>";
        }
        List<Element> sorted = new ArrayList<>(urls);
        sorted.sort((a, b) -> text(b, "lastmod").compareTo(text(a, "lastmod")));
        for (Element u : sorted) {
            String loc = text(u, "loc");
            if (loc.startsWith("http")) {
                out.add(loc);
            }
        }
        if (follow) {
            for (Element m : maps.subList(0, Math.min(maps.size(), 10))) {
                HttpFetcher.Response r = http.get(text(m, "loc"), null, null, s.name(), log);
                if (r.ok()) {
                    locs(r.body(), s, out, false, log);
                }
            }
        }
        return null;
    }

    private static String text(Element e, String child) {
        Element c = e.selectFirst(child);
        return c == null ? "" : c.text().strip();
    }

    private String folder(Source s, Collected c) {
        Path dir = Path.of(s.url().startsWith("file:") ? java.net.URI.create(s.url()).getPath() : s.url());
        if (!Files.isDirectory(dir)) {
            return "no such folder: " + dir;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 8)) {
            files = walk.filter(Files::isRegularFile).filter(p -> wanted(p, s.kind())).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return "cannot list " + dir + ": " + e.getMessage();
        }
        for (Path f : files) {
            if (c.items.size() >= maxItems || stop.getAsBoolean()) {
                break;
            }
            String fileKey;
            try {
                fileKey = "file:" + dir.relativize(f) + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis();
            } catch (IOException e) {
                continue;
            }
            if (watch.seen(s.name(), fileKey)) {
                continue;
            }
            long t0 = System.nanoTime();
            List<Result<Document>> read = reader.readAll(f);
            c.log.add(new FetchRecord(s.name(), f.toString(), 0, sizeOf(f), (System.nanoTime() - t0) / 1_000_000,
                    "read " + read.size(), clock.instant()));
            for (Result<Document> r : read) {
                if (!r.isOk()) {
                    r.problems().forEach(p -> c.items.add(new PollResult.Item(fileKey + "#" + p.docId(), null, null,
                            "rejected", p)));
                    continue;
                }
                Document d = r.value();
                String key = fileKey + "#" + d.id();
                Document doc = new Document(docId(s, key), d.title(), d.text(), d.date(), d.url(),
                        outlet(s, d.source()), d.charset(), d.origin());
                take(c, key, doc, null);
            }
            c.items.add(new PollResult.Item(fileKey, null, null, "file", null));
        }
        return null;
    }

    private static boolean wanted(Path p, SourceKind kind) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.endsWith(".tmp") || n.endsWith(".part")) {
            return false; // still being written: writers should write then rename
        }
        if (kind == SourceKind.WARC) {
            return n.endsWith(".warc") || n.endsWith(".warc.gz");
        }
        return n.matches(".*\\.(txt|html?|xhtml|xml|rss|atom|jsonl|ndjson|warc)(\\.gz)?$");
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Processes one new item and classifies it (stored, duplicate of an earlier article, rejected). */
    private void take(Collected c, String key, Document doc, byte[] original) {
        Result<StoredDocument> r = extractor.process(doc, original);
        if (!r.isOk()) {
            c.items.add(new PollResult.Item(key, null, null, "rejected", r.problems().get(0)));
            return;
        }
        StoredDocument sd = r.value();
        String hash = textHash(sd.searchText());
        boolean dup = !c.hashes.add(hash) || watch.hasTextHash(hash);
        c.items.add(new PollResult.Item(key, dup ? null : sd, hash, dup ? "duplicate" : "stored", null));
    }

    /** sha256 of the text with whitespace runs folded to one space (so layout changes do not count). */
    static String textHash(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
        }
        return StoredDocument.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String docId(Source s, String key) {
        return s.name() + "-" + StoredDocument.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static String outlet(Source s, String fallback) {
        return s.outlet() != null ? s.outlet() : fallback;
    }

    /** With an encoding override, the bytes re-encoded as UTF-8 (detection then finds UTF-8). */
    static byte[] forced(byte[] body, String encoding) {
        if (encoding == null) {
            return body;
        }
        try {
            return new String(body, Charset.forName(encoding)).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return body;
        }
    }
}
