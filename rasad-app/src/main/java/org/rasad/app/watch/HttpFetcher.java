package org.rasad.app.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.rasad.store.watch.FetchRecord;

/**
 * Polite, defensive HTTP GET over java.net.http: conditional requests (ETag / Last-Modified), robots.txt,
 * a per-host pace, timeouts, retries with exponential backoff on timeouts / connection errors / 429 / 5xx,
 * bounded redirects (http and https only), gzip, and a cap on body size. Every request made (robots.txt included)
 * is appended to the caller's log. One instance per watcher: it remembers robots.txt and the per-host pace.
 */
public final class HttpFetcher {
    /**
     * The outcome of one fetch.
     *
     * @param status 200, 304 (not modified), another HTTP status, or 0 when there was no usable response
     * @param body   the (gunzipped) body of a 200, else empty
     * @param note   "ok", "not-modified", "robots", "too-large", "redirects", "http 404", an error message ...
     */
    public record Response(String url, String finalUrl, int status, byte[] body, String contentType, String etag,
                           String lastModified, String note) {
        public boolean ok() {
            return status == 200;
        }

        public boolean notModified() {
            return status == 304;
        }

        /** The charset named in Content-Type, or null. */
        public String charset() {
            if (contentType == null) {
                return null;
            }
            int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
            return i < 0 ? null : contentType.substring(i + 8).replace("\"", "").split(";")[0].strip();
        }
    }

    private record RobotsEntry(Robots robots, Instant expires) {
    }

    private static final Duration ROBOTS_TTL = Duration.ofHours(1);
    private static final Duration ROBOTS_RETRY = Duration.ofMinutes(5);

    private final FetchPolicy policy;
    private final HttpClient client;
    private final Map<String, RobotsEntry> robots = new ConcurrentHashMap<>();
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    public HttpFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** GET with the given validators (either may be null); each request is logged under {@code source}. */
    public Response get(String url, String etag, String lastModified, String source, List<FetchRecord> log) {
        String current = url;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            URI uri;
            try {
                uri = URI.create(current);
            } catch (IllegalArgumentException e) {
                return fail(url, current, "bad url: " + e.getMessage(), source, log);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return fail(url, current, "not an http(s) url", source, log);
            }
            Robots rules = robotsFor(uri, source, log);
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (!rules.allows(path)) {
                return fail(url, current, "robots", source, log);
            }
            Response r = withRetries(url, uri, etag, lastModified, rules, source, log);
            if (r.status() >= 300 && r.status() < 400 && r.status() != 304 && r.finalUrl() != null
                    && !r.finalUrl().equals(current)) {
                current = r.finalUrl();
                continue;
            }
            return r;
        }
        return fail(url, current, "redirects", source, log);
    }

    private Response withRetries(String original, URI uri, String etag, String lastModified, Robots rules,
                                 String source, List<FetchRecord> log) {
        Response last = null;
        for (int attempt = 1; attempt <= Math.max(1, policy.attempts()); attempt++) {
            if (!pace(uri, rules)) {
                return fail(original, uri.toString(), "interrupted", source, log);
            }
            Attempt a = once(original, uri, etag, lastModified);
            log.add(new FetchRecord(source, uri.toString(), a.response.status(), a.response.body().length, a.millis,
                    a.response.note(), Instant.now()));
            last = a.response;
            boolean retry = a.response.status() == 0 && !a.response.note().equals("too-large")
                    || a.response.status() == 429 || a.response.status() >= 500;
            if (!retry || attempt == policy.attempts()) {
                break;
            }
            Duration wait = policy.backoff().multipliedBy(1L << Math.min(10, attempt - 1));
            if (a.retryAfter != null && a.retryAfter.compareTo(wait) > 0) {
                wait = a.retryAfter.compareTo(Duration.ofMinutes(2)) > 0 ? Duration.ofMinutes(2) : a.retryAfter;
            }
            if (!sleep(wait)) {
                break;
            }
        }
        return last;
    }

    private record Attempt(Response response, long millis, Duration retryAfter) {
    }

    private Attempt once(String original, URI uri, String etag, String lastModified) {
        long t0 = System.nanoTime();
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET()
                .timeout(policy.requestTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5");
        if (etag != null) {
            rb.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            rb.header("If-Modified-Since", lastModified);
        }
        try {
            HttpResponse<InputStream> resp = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = resp.statusCode();
            String location = resp.headers().firstValue("Location").map(l -> uri.resolve(l.strip()).toString())
                    .orElse(null);
            Duration retryAfter = resp.headers().firstValue("Retry-After").flatMap(HttpFetcher::seconds).orElse(null);
            byte[] body = new byte[0];
            String note = status == 200 ? "ok" : status == 304 ? "not-modified" : "http " + status;
            try (InputStream raw = resp.body()) {
                if (status == 200) {
                    boolean gz = resp.headers().firstValue("Content-Encoding")
                            .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
                    body = capped(gz ? new GZIPInputStream(raw, 8192) : raw, policy.maxBytes());
                    if (body == null) {
                        return new Attempt(new Response(original, uri.toString(), 0, new byte[0], null, null, null,
                                "too-large"), millis(t0), null);
                    }
                }
            }
            String ct = resp.headers().firstValue("Content-Type").orElse(null);
            String finalUrl = status >= 300 && status < 400 && status != 304 ? location : uri.toString();
            return new Attempt(new Response(original, finalUrl, status, body, ct,
                    resp.headers().firstValue("ETag").orElse(null),
                    resp.headers().firstValue("Last-Modified").orElse(null), note), millis(t0), retryAfter);
        } catch (HttpTimeoutException e) {
            return new Attempt(new Response(original, uri.toString(), 0, new byte[0], null, null, null, "timeout"),
                    millis(t0), null);
        } catch (IOException e) {
            return new Attempt(new Response(original, uri.toString(), 0, new byte[0], null, null, null,
                    "io: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())),
                    millis(t0), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(new Response(original, uri.toString(), 0, new byte[0], null, null, null, "interrupted"),
                    millis(t0), null);
        }
    }

    /** Reads at most max bytes; null when there were more. */
    static byte[] capped(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private Robots robotsFor(URI uri, String source, List<FetchRecord> log) {
        if (!policy.robots()) {
            return Robots.ALLOW_ALL;
        }
        String origin = origin(uri);
        RobotsEntry e = robots.get(origin);
        Instant now = Instant.now();
        if (e != null && now.isBefore(e.expires())) {
            return e.robots();
        }
        URI at = URI.create(origin + "/robots.txt");
        if (!pace(at, Robots.ALLOW_ALL)) {
            return Robots.DISALLOW_ALL;
        }
        Attempt a = once(at.toString(), at, null, null);
        log.add(new FetchRecord(source, at.toString(), a.response.status(), a.response.body().length, a.millis,
                "robots.txt " + a.response.note(), Instant.now()));
        int s = a.response.status();
        Robots r;
        Duration ttl = ROBOTS_TTL;
        if (s == 200) {
            r = Robots.parse(new String(a.response.body(), StandardCharsets.UTF_8), policy.robotsToken());
        } else if (s >= 400 && s < 500) {
            r = Robots.ALLOW_ALL; // RFC 9309: unavailable robots.txt means no rules
        } else {
            r = Robots.DISALLOW_ALL; // unreachable (5xx, network): assume complete disallow, look again soon
            ttl = ROBOTS_RETRY;
        }
        robots.put(origin, new RobotsEntry(r, now.plus(ttl)));
        return r;
    }

    /** Waits for the host's next free slot and books the one after it; false if interrupted. */
    private boolean pace(URI uri, Robots rules) {
        Duration delay = policy.hostDelay();
        if (rules.crawlDelay() != null && rules.crawlDelay().compareTo(delay) > 0) {
            delay = rules.crawlDelay();
        }
        String host = origin(uri);
        long now = System.nanoTime();
        long slot = nextSlot.getOrDefault(host, now);
        nextSlot.put(host, Math.max(slot, now) + delay.toNanos());
        return slot <= now || sleep(Duration.ofNanos(slot - now));
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static Optional<Duration> seconds(String v) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static Response fail(String url, String current, String note, String source, List<FetchRecord> log) {
        log.add(new FetchRecord(source, current, 0, 0, 0, note, Instant.now()));
        return new Response(url, current, 0, new byte[0], null, null, null, note);
    }
}
