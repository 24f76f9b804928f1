package org.rasad.app.watch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rasad.store.watch.Match;
import org.rasad.store.watch.WatchStore;
import org.rasad.store.watch.WatchlistRow;

/**
 * Delivers watchlist matches to webhooks: POST of a JSON body, signed with HMAC-SHA256 of the body under the
 * watchlist's secret in {@value #SIGNATURE} ("sha256=" + hex). A non-2xx answer or no answer is retried with
 * exponential backoff, {@code maxAttempts} times in all, then marked failed. Delivery is at-least-once: a receiver
 * de-duplicates on {@value #DELIVERY} (stable per watchlist and event).
 */
public final class Webhooks {
    public static final String SIGNATURE = "X-Rasad-Signature-256";
    public static final String DELIVERY = "X-Rasad-Delivery";
    private static final JsonFactory JSON = new JsonFactory();

    private final HttpClient client;
    private final Duration timeout;
    private final Duration backoff;
    private final int maxAttempts;
    private final Clock clock;

    public Webhooks(Duration timeout, Duration backoff, int maxAttempts, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
        this.backoff = backoff;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.clock = clock;
    }

    public static Webhooks defaults(Clock clock) {
        return new Webhooks(Duration.ofSeconds(10), Duration.ofSeconds(30), 8, clock);
    }

    /** What one delivery round did. */
    public record Report(int delivered, int retrying, int failed) {
    }

    /** Sends every due delivery once (at most {@code limit}); returns what happened. */
    public Report deliverDue(WatchStore ws, int limit) {
        Map<String, WatchlistRow> lists = ws.watchlists().stream()
                .collect(Collectors.toMap(WatchlistRow::name, Function.identity()));
        int ok = 0;
        int retry = 0;
        int failed = 0;
        for (Match m : ws.dueDeliveries(clock.instant(), limit)) {
            WatchlistRow w = lists.get(m.watchlist());
            int attempts = m.attempts() + 1;
            if (w == null || w.webhook() == null) {
                ws.deliveryFailed(m.mid(), attempts, null, "watchlist or webhook removed");
                failed++;
                continue;
            }
            String error = post(w, m);
            if (error == null) {
                ws.delivered(m.mid(), attempts);
                ok++;
            } else if (attempts >= maxAttempts) {
                ws.deliveryFailed(m.mid(), attempts, null, error);
                failed++;
            } else {
                Instant next = clock.instant().plus(backoff.multipliedBy(1L << Math.min(16, attempts - 1)));
                ws.deliveryFailed(m.mid(), attempts, next, error);
                retry++;
            }
        }
        return new Report(ok, retry, failed);
    }

    /** POSTs one match; null on a 2xx answer, else why not. */
    String post(WatchlistRow w, Match m) {
        String body = body(m);
        HttpRequest.Builder rb;
        try {
            rb = HttpRequest.newBuilder(URI.create(w.webhook()));
        } catch (IllegalArgumentException e) {
            return "bad webhook url";
        }
        rb.timeout(timeout).header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "rasad-webhook/0.1")
                .header(DELIVERY, m.watchlist() + ":" + m.eventId())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (w.secret() != null) {
            rb.header(SIGNATURE, "sha256=" + sign(w.secret(), body));
        }
        try {
            HttpResponse<Void> r = client.send(rb.build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2 ? null : "http " + r.statusCode();
        } catch (IOException e) {
            return "io: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** {"watchlist", "event_id", "title", "url", "matched_at", "event": spec record}. */
    static String body(Match m) {
        StringWriter sw = new StringWriter(m.eventJson().length() + 256);
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("watchlist", m.watchlist());
            g.writeStringField("event_id", m.eventId());
            g.writeStringField("doc", m.docId());
            g.writeStringField("title", m.title());
            g.writeStringField("url", m.url());
            g.writeStringField("matched_at", WatchStore.iso(m.matchedAt()));
            g.writeFieldName("event");
            g.writeRawValue(m.eventJson());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** Lower-case hex HMAC-SHA256 of the UTF-8 body under the secret. */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
