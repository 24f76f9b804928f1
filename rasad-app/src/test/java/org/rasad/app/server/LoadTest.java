package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test from loopback: {@code rasad.load.clients} concurrent clients (50) for
 * {@code rasad.load.seconds} (3 in CI's short form) over a mix of API calls; prints p50/p99 and errors.
 */
@Tag("load")
class LoadTest {
    @TempDir
    Path dir;

    private static final String[] PATHS = {
        "/api/events?limit=50", "/api/events?actor=IRQ&type=CONSULT,AGREE", "/api/search?q=" + Http.enc("التعاون"),
        "/api/documents/doc-iraq-usa", "/api/dyads/timeline?a=IRQ&b=USA&interval=week", "/api/network",
        "/api/actors", "/api/stats", "/api/events?q=" + Http.enc("الحدود") + "&sort=confidence"};

    @Test
    void fiftyClientsGetAnswersWithoutErrors() throws Exception {
        long t0 = System.nanoTime();
        try (ServerHandle h = RasadServer.start(ServerConfig.defaults(dir).withPort(0).withRate(0, 1)
                .withAnnounce(s -> { }), TestData.service())) {
            System.out.printf("rasad load: server started in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            hammer(h, "in-memory, " + TestData.data().events().size() + " events");
        }
    }

    @Test
    void fiftyClientsOnTheRealStore() throws Exception {
        TestData.Data d = TestData.synthetic(Integer.getInteger("rasad.load.docs", 300), 7);
        java.util.Map<String, java.util.List<org.rasad.core.Event>> byDoc = d.events().stream()
                .collect(java.util.stream.Collectors.groupingBy(org.rasad.core.Event::doc));
        try (org.rasad.store.Store store = org.rasad.store.Store.open(dir.resolve("db"))) {
            try (org.rasad.store.Batch b = store.batch()) {
                for (org.rasad.core.Document doc : d.docs()) {
                    b.add(org.rasad.store.StoredDocument.of(doc, byDoc.getOrDefault(doc.id(), java.util.List.of())));
                }
                b.commit();
            }
            try (ServerHandle h = RasadServer.startOnStore(ServerConfig.defaults(dir).withPort(0).withRate(0, 1)
                    .withAnnounce(s -> { }), store, doc -> org.rasad.core.Result.ok(org.rasad.store.StoredDocument.of(doc, java.util.List.of())))) {
                hammer(h, "store, " + d.docs().size() + " documents, " + d.events().size() + " events");
            }
        }
    }

    private static final String[] STORE_PATHS = {
        "/api/events?limit=50", "/api/events?actor=IRQ&type=CONSULT,AGREE", "/api/search?q=" + Http.enc("التعاون"),
        "/api/documents/syn-7", "/api/dyads/timeline?a=IRQ&b=USA&interval=week", "/api/network",
        "/api/actors", "/api/stats", "/api/events?actor=USA&sort=doc", "/api/actors/IRN"};

    private void hammer(ServerHandle h, String label) throws Exception {
        int clients = Integer.getInteger("rasad.load.clients", 50);
        long seconds = Long.getLong("rasad.load.seconds", 3);
        String[] paths = label.startsWith("store") ? STORE_PATHS : PATHS;
        Http warm = Http.to(h);
        long w0 = System.nanoTime();
        for (String p : paths) { // one cold pass: the steady state is what the clients then measure
            assertThat(warm.get(p).statusCode()).as(p).isEqualTo(200);
        }
        System.out.printf("rasad load (%s): cold pass over %d endpoints %.0f ms%n", label, paths.length, (System.nanoTime() - w0) / 1e6);
        {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> all = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int id = c;
                    all.add(pool.submit(() -> {
                        int i = id;
                        while (System.nanoTime() < end) {
                            String p = paths[i++ % paths.length];
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(h.url() + p))
                                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - t0);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double p50 = sorted.get(sorted.size() / 2) / 1e6;
            double p99 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99))) / 1e6;
            System.out.printf("rasad load (%s): %d clients, %d s, %d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms, errors %d%n",
                    label, clients, seconds, sorted.size(), sorted.size() / (double) seconds, p50, p99, errors.get());
            assertThat(errors.get()).isZero();
            assertThat(sorted.size()).isGreaterThan(clients);
            assertThat(p99).isLessThan(10_000);
        }
    }
}
