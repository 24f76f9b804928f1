package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Event;

/** Kills a real ingest process mid-way, re-runs it, and checks nothing is lost or duplicated. */
class KillResumeTest {
    private static final int N = 230;
    private static final int BATCH = 50;

    @TempDir
    Path dir;

    private int run(int haltAt, String mode, boolean resume) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillableIngest.class.getName(), dir.toString(), Integer.toString(N), Integer.toString(BATCH),
                Integer.toString(haltAt), mode, Boolean.toString(resume))
                .redirectErrorStream(true).redirectOutput(new File(dir.toFile(), "child-" + System.nanoTime() + ".log"))
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private void assertComplete() {
        try (Store s = Store.open(dir)) {
            Stats st = s.stats();
            assertThat(st.documents()).isEqualTo(N);
            assertThat(st.events()).isEqualTo(N);
            List<Event> events = s.events(EventQuery.all());
            Set<String> docs = new HashSet<>();
            for (Event e : events) {
                docs.add(e.doc());
            }
            assertThat(docs).hasSize(N);
            assertThat(s.search("بغداد", 1).total()).isEqualTo(N);
            assertThat(s.search("رقم 137", 5).hits()).extracting(SearchHit::docId).containsExactly("gen-137");
            assertThat(s.progress(KillableIngest.ORIGIN)).hasValueSatisfying(p -> assertThat(p.complete()).isTrue());
        }
    }

    @Test
    void killedMidBatchThenResumedFromProgress() throws Exception {
        assertThat(run(137, "in-batch", true)).isEqualTo(KillableIngest.HALTED);
        try (Store s = Store.open(dir)) {
            assertThat(s.stats().documents()).isEqualTo(100); // two whole batches, nothing of the third
            assertThat(s.progress(KillableIngest.ORIGIN)).hasValue(new SourceProgress(KillableIngest.ORIGIN, 10_000, 100, false));
            assertThat(s.search("بغداد", 1).total()).isEqualTo(100);
        }
        assertThat(run(-1, "in-batch", true)).isZero();
        assertComplete();
    }

    @Test
    void killedBetweenSqliteAndLuceneThenRerunFromScratch() throws Exception {
        assertThat(run(137, "before-index", true)).isEqualTo(KillableIngest.HALTED);
        try (Store s = Store.open(dir)) {
            assertThat(s.stats().documents()).isEqualTo(150);
            assertThat(s.repairedOnOpen()).isEqualTo(50);
            assertThat(s.search("بغداد", 1).total()).isEqualTo(150);
        }
        // ignore the recorded progress: content hashes alone keep the re-run free of duplicates
        assertThat(run(-1, "in-batch", false)).isZero();
        assertComplete();
    }
}
