package org.rasad.store;

import java.nio.file.Path;
import org.rasad.core.EventType;

/**
 * A child-process ingest used by {@link KillResumeTest}: ingests {@code n} generated documents in batches,
 * recording progress, and kills its own JVM (Runtime.halt: no finally blocks, no shutdown hooks) at document
 * {@code haltAt}, either in the middle of a batch or between the SQLite and the Lucene commit.
 */
public final class KillableIngest {
    static final String ORIGIN = "generated.jsonl";
    static final int HALTED = 3;

    private KillableIngest() {
    }

    static StoredDocument doc(int i) {
        String id = "gen-" + i;
        String text = "خبر رقم " + i + " عن لقاء الوفدين في بغداد وبحث التعاون " + "بين البلدين ".repeat(i % 7);
        return Fixtures.stored(id, text, "2023-01-" + (1 + i % 28 < 10 ? "0" : "") + (1 + i % 28),
                Fixtures.event(id, 1, EventType.CONSULT, "IRQ", i % 2 == 0 ? "USA" : "IRN", null));
    }

    /** args: storeDir n batchSize haltAt(-1: never) mode(in-batch|before-index) resume(true|false) */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        int haltAt = Integer.parseInt(args[3]);
        String mode = args[4];
        boolean resume = Boolean.parseBoolean(args[5]);
        try (Store s = Store.open(dir)) {
            int start = resume ? (int) s.progress(ORIGIN).map(SourceProgress::recordsDone).orElse(0L).longValue() : 0;
            for (int i = start; i < n; i += batchSize) {
                int end = Math.min(n, i + batchSize);
                try (Batch b = s.batch()) {
                    boolean haltHere = false;
                    for (int j = i; j < end; j++) {
                        if (j == haltAt && "in-batch".equals(mode)) {
                            Runtime.getRuntime().halt(HALTED);
                        }
                        haltHere |= j == haltAt;
                        b.add(doc(j));
                    }
                    b.progress(new SourceProgress(ORIGIN, end * 100L, end, end == n));
                    if (haltHere) {
                        b.commitDatabase();
                        Runtime.getRuntime().halt(HALTED);
                    }
                    b.commit();
                }
            }
        }
    }
}
