package org.rasad.app.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server for tests: routes that can change between cycles, conditional GET, delays, a webhook sink. */
final class FeedServer implements AutoCloseable {
    /** One route's answer. */
    record Route(int status, String contentType, byte[] body, String etag, long delayMillis, Map<String, String> headers) {
        static Route ok(String contentType, byte[] body) {
            return new Route(200, contentType, body, null, 0, Map.of());
        }

        Route withEtag(String e) {
            return new Route(status, contentType, body, e, delayMillis, headers);
        }

        Route delayed(long ms) {
            return new Route(status, contentType, body, etag, ms, headers);
        }
    }

    /** A POST received by the webhook sink. */
    record Post(String path, String body, String signature, String delivery) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final AtomicInteger hookFailures = new AtomicInteger();
    private final List<String> notModified = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void route(String path, Route r) {
        routes.put(path, r);
    }

    void html(String path, String html) {
        route(path, Route.ok("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    void xml(String path, String xml, Charset cs) {
        route(path, Route.ok("application/xml", xml.getBytes(cs)));
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    List<Post> posts() {
        return List.copyOf(posts);
    }

    List<String> notModified() {
        return List.copyOf(notModified);
    }

    /** The next n webhook POSTs get a 500. */
    void failHooks(int n) {
        hookFailures.set(n);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        try (ex) {
            if (ex.getRequestMethod().equals("POST")) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (hookFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    ex.sendResponseHeaders(500, -1);
                    return;
                }
                posts.add(new Post(path, body, ex.getRequestHeaders().getFirst(Webhooks.SIGNATURE),
                        ex.getRequestHeaders().getFirst(Webhooks.DELIVERY)));
                ex.sendResponseHeaders(204, -1);
                return;
            }
            Route r = routes.get(path);
            if (r == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (r.delayMillis() > 0) {
                try {
                    Thread.sleep(r.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (r.etag() != null && r.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.add(path);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            if (r.etag() != null) {
                ex.getResponseHeaders().add("ETag", r.etag());
            }
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            if (r.contentType() != null) {
                ex.getResponseHeaders().add("Content-Type", r.contentType());
            }
            if (r.status() != 200) {
                ex.sendResponseHeaders(r.status(), -1);
                return;
            }
            ex.sendResponseHeaders(200, r.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    // ---- content builders (test sentences written for these tests) ----

    /** An RSS 2.0 feed; items are {title, link, date, summary}. */
    static String rss(String title, String encoding, List<String[]> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<rss version=\"2.0\">"
                + "<channel><title>" + title + "</title><link>http://example.invalid/</link>\n");
        for (String[] it : items) {
            b.append("<item><title>").append(it[0]).append("</title><link>").append(it[1]).append("</link><pubDate>")
                    .append(it[2]).append("</pubDate><description>").append(it[3]).append("</description></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    /** An Atom feed; items are {title, link, date(ISO), summary}. */
    static String atom(String title, List<String[]> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title + "</title><id>urn:x</id>"
                + "<updated>2026-11-20T10:00:00Z</updated>\n");
        for (String[] it : items) {
            b.append("<entry><title>").append(it[0]).append("</title><link rel=\"alternate\" href=\"").append(it[1])
                    .append("\"/><id>").append(it[1]).append("</id><updated>").append(it[2])
                    .append("</updated><summary>").append(it[3]).append("</summary></entry>\n");
        }
        return b.append("</feed>\n").toString();
    }

    static String page(String title, String date, String body, String charset) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"" + charset + "\"><title>" + title
                + "</title><meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\"></head><body>"
                + "<nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>" + title + "</h1><p>" + body
                + "</p></article><footer>جميع الحقوق محفوظة</footer></body></html>";
    }
}
