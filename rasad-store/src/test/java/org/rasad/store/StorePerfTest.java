package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.EventType;

/** Store-only ingest throughput and open time (numbers printed; loose bounds for a loaded CI machine). */
class StorePerfTest {
    private static final String[] WORDS = ("استقبل الرئيس وزير الخارجية في العاصمة لبحث العلاقات الثنائية والتعاون "
            + "الاقتصادي والأمني بين البلدين وأكد الجانبان أهمية تعزيز التنسيق في القضايا الإقليمية والدولية "
            + "وفي سياق متصل أعلنت الحكومة عن خطة جديدة لإعادة الإعمار في المناطق المتضررة").split(" ");

    static StoredDocument doc(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; sb.length() < 2500; k++) {
            sb.append(WORDS[(i * 7 + k * 13) % WORDS.length]).append(k % 17 == 16 ? ".\n" : " ");
        }
        sb.append(" رقم").append(i);
        String id = "p" + i;
        return Fixtures.stored(id, sb.toString(), "2024-02-0" + (1 + i % 9),
                Fixtures.event(id, 1, EventType.CONSULT, "IRQ", "JOR", null),
                Fixtures.event(id, 2, EventType.AGREE, "IRQ", "JOR", "2024-02"));
    }

    private static void ingest(Store s, List<StoredDocument> docs) {
        for (int i = 0; i < docs.size(); i += 500) {
            try (Batch b = s.batch()) {
                for (StoredDocument d : docs.subList(i, Math.min(docs.size(), i + 500))) {
                    b.add(d);
                }
                b.commit();
            }
        }
    }

    @Test
    void ingestsOverAThousandDocumentsPerSecond(@TempDir Path dir) {
        int n = 3000;
        List<StoredDocument> warm = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            warm.add(doc(n + i));
        }
        try (Store s = Store.open(dir.resolve("warmup"))) {
            ingest(s, warm); // JIT warm-up, as in a long ingest
        }
        List<StoredDocument> docs = new ArrayList<>(n);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            docs.add(doc(i));
            bytes += docs.get(i).originalBytes().length;
        }
        long t0 = System.nanoTime();
        try (Store s = Store.open(dir.resolve("store"))) {
            long c1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            ingest(s, docs);
            long t2 = System.nanoTime();
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c1;
            System.out.printf("store: ingest thread CPU %.2f s = %.0f docs per CPU-second%n", cpu / 1e9, n / (cpu / 1e9));
            double secs = (t2 - t1) / 1e9;
            System.out.printf("store: open(new) %.0f ms; ingest %d docs (%.1f MB, %d events) in %.2f s = %.0f docs/s, %.1f MB/s%n",
                    (t1 - t0) / 1e6, n, bytes / 1e6, 2 * n, secs, n / secs, bytes / 1e6 / secs);
            long t3 = System.nanoTime();
            int hits = 0;
            for (int q = 0; q < 200; q++) {
                hits += s.search("رقم" + q, 10).hits().size();
            }
            long t4 = System.nanoTime();
            System.out.printf("store: 200 searches in %.0f ms%n", (t4 - t3) / 1e6);
            assertThat(hits).isEqualTo(200);
            assertThat(s.stats().events()).isEqualTo(2L * n);
        }
        long t5 = System.nanoTime();
        try (Store s = Store.open(dir.resolve("store"))) {
            System.out.printf("store: reopen %.0f ms%n", (System.nanoTime() - t5) / 1e6);
            assertThat(s.repairedOnOpen()).isZero();
        }
    }
}
