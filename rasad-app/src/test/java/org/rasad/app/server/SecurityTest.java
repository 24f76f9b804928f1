package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Event;
import org.rasad.core.EventType;

/** Write token, ingest validation, body and rate limits, loopback binding and the Host guard. */
class SecurityTest {
    @TempDir
    Path dir;

    private static InMemoryEventService extractingService() {
        return new InMemoryEventService(d -> List.of(new Event(d.id() + "#1", d.id(), EventType.CONSULT, null, List.of(),
                List.of(TestData.actor("IRQ", null, null, null, "العراق")),
                List.of(TestData.actor("USA", null, null, null, "واشنطن")),
                null, null, null, null, List.of(), 0.5)));
    }

    @Test
    void tokenIsCreatedOnceWithMode600AndReused() throws IOException {
        List<String> announced = new ArrayList<>();
        ServerConfig cfg = ServerConfig.defaults(dir).withPort(0).withAnnounce(announced::add);
        String first;
        try (ServerHandle h = RasadServer.start(cfg, extractingService())) {
            first = h.token();
            assertThat(h.url()).startsWith("http://127.0.0.1:");
        }
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0)).contains(first);
        Path f = dir.resolve(ApiToken.FILE);
        assertThat(Files.getPosixFilePermissions(f)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(first).hasSize(64).matches("[0-9a-f]+");
        ServerHandle again = RasadServer.start(cfg, extractingService());
        assertThat(again.token()).isEqualTo(first);
        int port = again.port();
        Thread.ofVirtual().start(again::close);
        try {
            again.awaitStop(); // returns once close() ran
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
                .isInstanceOf(IOException.class);
        assertThat(announced).hasSize(1); // printed once only
        assertThat(new ApiToken(first, false).toString()).doesNotContain(first);
    }

    @Test
    void ingestNeedsTheTokenAndValidatesItsBody() {
        try (ServerHandle h = RasadServer.start(ServerConfig.defaults(dir).withPort(0).withMaxBodyBytes(4096)
                .withAnnounce(s -> { }), extractingService())) {
            Http http = Http.to(h);
            String docs = "{\"id\": \"n1\", \"title\": \"عنوان\", \"text\": \"نص الخبر الأول\", \"date\": \"2025-06-01\"}\n"
                    + "{\"text\": \"نص بلا معرف\"}\n";
            ApiTest.assertError(http.post("/api/ingest", "application/x-ndjson", docs, null), 401, "unauthorized");
            ApiTest.assertError(http.post("/api/ingest", "application/x-ndjson", docs, "0".repeat(64)), 401, "unauthorized");
            assertThat(Http.parse(http.get("/api/stats").body()).path("documents").asLong()).isZero();

            HttpResponse<String> ok = http.post("/api/ingest", "application/x-ndjson", docs, h.token());
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
            JsonNode out = Http.parse(ok.body());
            assertThat(out.path("documents").asInt()).isEqualTo(2);
            assertThat(out.path("events").asInt()).isEqualTo(2);
            assertThat(Http.parse(http.get("/api/documents/n1").body()).path("date").asText()).isEqualTo("2025-06-01");
            assertThat(Http.parse(http.get("/api/stats").body()).path("events").asLong()).isEqualTo(2);

            HttpResponse<String> arr = http.post("/api/ingest", "application/json",
                    "[{\"id\": \"n2\", \"text\": \"نص\"}]", h.token());
            assertThat(arr.statusCode()).isEqualTo(201);

            ApiTest.assertError(http.post("/api/ingest", "text/plain", docs, h.token()), 415, "unsupported-media-type");
            ApiTest.assertError(http.post("/api/ingest", "application/json", "{\"title\": \"x\"}", h.token()), 400, "missing-text");
            ApiTest.assertError(http.post("/api/ingest", "application/json", "{oops", h.token()), 400, "bad-json");
            ApiTest.assertError(http.post("/api/ingest", "application/json", "[{\"text\":\"x\",\"date\":\"soon\"}]", h.token()), 400, "bad-date");
            String big = "[{\"text\": \"" + "ب".repeat(5000) + "\"}]";
            ApiTest.assertError(http.post("/api/ingest", "application/json", big, h.token()), 413, "too-large");
            // GET on a write endpoint is not a way around the token
            assertThat(http.get("/api/ingest").statusCode()).isIn(404, 405);
        }
    }

    @Test
    void clientsOverTheRateGet429() {
        try (ServerHandle h = RasadServer.start(ServerConfig.defaults(dir).withPort(0).withRate(1, 5)
                .withAnnounce(s -> { }), TestData.service())) {
            Http http = Http.to(h);
            int limited = 0;
            for (int i = 0; i < 12; i++) {
                HttpResponse<String> r = http.get("/api/health");
                if (r.statusCode() == 429) {
                    limited++;
                    ApiTest.assertError(r, 429, "rate-limited");
                    assertThat(r.headers().firstValue("Retry-After")).isPresent();
                }
            }
            assertThat(limited).isBetween(5, 7);
        }
    }

    @Test
    void rateLimiterRefillsOverTime() {
        RateLimiter r = new RateLimiter(2, 2);
        assertThat(r.tryAcquire("a", 0)).isTrue();
        assertThat(r.tryAcquire("a", 0)).isTrue();
        assertThat(r.tryAcquire("a", 0)).isFalse();
        assertThat(r.tryAcquire("b", 0)).isTrue(); // per client
        assertThat(r.tryAcquire("a", 500_000_000L)).isTrue(); // half a second refills one token
        assertThat(r.tryAcquire("a", 500_000_000L)).isFalse();
    }

    @Test
    void loopbackServerRejectsForeignHostHeaders() throws IOException {
        try (ServerHandle h = RasadServer.start(ServerConfig.defaults(dir).withPort(0).withAnnounce(s -> { }), TestData.service())) {
            assertThat(rawStatus(h.port(), "evil.example:80")).isEqualTo(421);
            assertThat(rawStatus(h.port(), "localhost:" + h.port())).isEqualTo(200);
            assertThat(rawStatus(h.port(), "[::1]:" + h.port())).isEqualTo(200);
        }
    }

    @Test
    void bindsLoopbackByDefault() {
        assertThat(ServerConfig.defaults(dir).host()).isEqualTo("127.0.0.1");
        assertThat(RasadServer.isLoopback("127.0.0.1")).isTrue();
        assertThat(RasadServer.isLoopback("0.0.0.0")).isFalse();
    }

    private static int rawStatus(int port, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(head.substring(9, 12));
        }
    }
}
