package org.rasad.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.rasad.store.watch.FetchRecord;

class HttpFetcherTest {
    private static final byte[] FEED = "<rss><channel><item><title>t</title></item></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private static FeedServer.Route route(int status, Map<String, String> headers) {
        return new FeedServer.Route(status, "text/plain", new byte[0], null, 0, headers);
    }

    @Test
    void conditionalGetAnswers304AndKeepsValidators() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.route("/f", FeedServer.Route.ok("application/rss+xml", FEED).withEtag("\"v1\""));
            HttpFetcher http = new HttpFetcher(Fixtures.FAST);
            List<FetchRecord> log = new ArrayList<>();
            HttpFetcher.Response first = http.get(srv.url("/f"), null, null, "s", log);
            assertThat(first.ok()).isTrue();
            assertThat(first.body()).isEqualTo(FEED);
            assertThat(first.etag()).isEqualTo("\"v1\"");
            HttpFetcher.Response second = http.get(srv.url("/f"), first.etag(), null, "s", log);
            assertThat(second.notModified()).isTrue();
            assertThat(second.body()).isEmpty();
            assertThat(log).extracting(FetchRecord::status).containsExactly(404, 200, 304); // robots.txt, get, get
        }
    }

    @Test
    void robotsTxtIsObeyedForOurTokenAndCachedPerHost() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.route("/robots.txt", FeedServer.Route.ok("text/plain", ("User-agent: *\nDisallow: /\n\n"
                    + "User-agent: rasad\nDisallow: /private/\nAllow: /private/ok$\n").getBytes(StandardCharsets.UTF_8)));
            srv.route("/private/x", FeedServer.Route.ok("text/html", FEED));
            srv.route("/private/ok", FeedServer.Route.ok("text/html", FEED));
            srv.route("/public", FeedServer.Route.ok("text/html", FEED));
            HttpFetcher http = new HttpFetcher(Fixtures.FAST);
            List<FetchRecord> log = new ArrayList<>();
            HttpFetcher.Response denied = http.get(srv.url("/private/x"), null, null, "s", log);
            assertThat(denied.status()).isZero();
            assertThat(denied.note()).isEqualTo("robots");
            assertThat(srv.hits("/private/x")).isZero();
            assertThat(http.get(srv.url("/private/ok"), null, null, "s", log).ok()).isTrue();
            assertThat(http.get(srv.url("/public"), null, null, "s", log).ok()).isTrue();
            assertThat(srv.hits("/robots.txt")).isEqualTo(1);
        }
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReported() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.route("/down", route(503, Map.of()));
            HttpFetcher http = new HttpFetcher(Fixtures.FAST.withRetries(3, Duration.ofMillis(100)));
            List<FetchRecord> log = new ArrayList<>();
            long t0 = System.nanoTime();
            HttpFetcher.Response r = http.get(srv.url("/down"), null, null, "s", log);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.note()).isEqualTo("http 503");
            assertThat(srv.hits("/down")).isEqualTo(3);
            assertThat(ms).as("backoff 100 + 200 ms").isGreaterThanOrEqualTo(300);
            // a client error is not retried
            srv.route("/gone", route(410, Map.of()));
            http.get(srv.url("/gone"), null, null, "s", log);
            assertThat(srv.hits("/gone")).isEqualTo(1);
        }
    }

    @Test
    void slowServerTimesOut() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.route("/slow", FeedServer.Route.ok("text/plain", FEED).delayed(1500));
            HttpFetcher http = new HttpFetcher(Fixtures.FAST.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300))
                    .withRetries(2, Duration.ofMillis(10)));
            List<FetchRecord> log = new ArrayList<>();
            HttpFetcher.Response r = http.get(srv.url("/slow"), null, null, "s", log);
            assertThat(r.status()).isZero();
            assertThat(r.note()).isEqualTo("timeout");
            assertThat(log).filteredOn(f -> f.url().endsWith("/slow")).hasSize(2);
        }
    }

    @Test
    void tricklingBodyIsCutAtTheRequestTimeout() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.route("/trickle", new FeedServer.Route(200, "text/plain", new byte[100], null, 0,
                    Map.of("X-Trickle", "1")));
            HttpFetcher http = new HttpFetcher(Fixtures.FAST.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800))
                    .withRetries(1, Duration.ofMillis(10)));
            long t0 = System.nanoTime();
            HttpFetcher.Response r = http.get(srv.url("/trickle"), null, null, "s", new ArrayList<>());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.note()).isEqualTo("timeout");
            assertThat(ms).isLessThan(5_000); // the whole body would take 20 s
        }
    }

    @Test
    void stopRequestEndsAFetchInProgress() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.route("/hang", FeedServer.Route.ok("text/plain", FEED).delayed(10_000));
            StopSignal stop = new StopSignal();
            HttpFetcher http = new HttpFetcher(Fixtures.FAST.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30)),
                    stop::requested);
            Thread.ofVirtual().start(() -> {
                stop.sleep(Duration.ofMillis(300));
                stop.request();
            });
            long t0 = System.nanoTime();
            HttpFetcher.Response r = http.get(srv.url("/hang"), null, null, "s", new ArrayList<>());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.note()).isEqualTo("interrupted");
            assertThat(ms).isLessThan(5_000);
        }
    }

    @Test
    void redirectsAreFollowedButBounded() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.route("/r1", route(301, Map.of("Location", "/r2")));
            srv.route("/r2", route(302, Map.of("Location", srv.url("/final"))));
            srv.route("/final", FeedServer.Route.ok("text/plain", FEED));
            srv.route("/loop", route(302, Map.of("Location", "/loop2")));
            srv.route("/loop2", route(302, Map.of("Location", "/loop")));
            srv.route("/ftp", route(302, Map.of("Location", "ftp://example.invalid/x")));
            HttpFetcher http = new HttpFetcher(Fixtures.FAST);
            List<FetchRecord> log = new ArrayList<>();
            HttpFetcher.Response ok = http.get(srv.url("/r1"), null, null, "s", log);
            assertThat(ok.ok()).isTrue();
            assertThat(ok.finalUrl()).isEqualTo(srv.url("/final"));
            HttpFetcher.Response loop = http.get(srv.url("/loop"), null, null, "s", log);
            assertThat(loop.note()).isEqualTo("redirects");
            assertThat(srv.hits("/loop") + srv.hits("/loop2")).isEqualTo(Fixtures.FAST.maxRedirects() + 1);
            assertThat(http.get(srv.url("/ftp"), null, null, "s", log).note()).isEqualTo("not an http(s) url");
        }
    }

    @Test
    void gzipIsDecodedAndSizeIsCapped() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            byte[] big = "ا".repeat(200_000).getBytes(StandardCharsets.UTF_8);
            try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
                z.write(big);
            }
            srv.route("/gz", new FeedServer.Route(200, "text/plain", gz.toByteArray(), null, 0,
                    Map.of("Content-Encoding", "gzip")));
            List<FetchRecord> log = new ArrayList<>();
            HttpFetcher.Response r = new HttpFetcher(Fixtures.FAST).get(srv.url("/gz"), null, null, "s", log);
            assertThat(r.body()).isEqualTo(big);
            // the cap applies to the decompressed size (a gzip bomb is cut off)
            HttpFetcher.Response capped = new HttpFetcher(Fixtures.FAST.withMaxBytes(100_000))
                    .get(srv.url("/gz"), null, null, "s", log);
            assertThat(capped.ok()).isFalse();
            assertThat(capped.note()).isEqualTo("too-large");
            assertThat(srv.hits("/gz")).as("too-large is not retried").isEqualTo(2);
        }
    }

    @Test
    void requestsToOneHostArePaced() throws Exception {
        try (FeedServer srv = new FeedServer()) {
            srv.route("/p", FeedServer.Route.ok("text/plain", FEED));
            HttpFetcher http = new HttpFetcher(Fixtures.FAST.withHostDelay(Duration.ofMillis(200)));
            List<FetchRecord> log = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                http.get(srv.url("/p"), null, null, "s", log);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ms).as("robots.txt + 3 requests, 200 ms apart").isGreaterThanOrEqualTo(600);
        }
    }
}
