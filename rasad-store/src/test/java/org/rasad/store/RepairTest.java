package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairTest {
    @TempDir
    Path dir;

    @Test
    void documentsCommittedToSqliteButNotLuceneAreIndexedOnReopen() {
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("a", "اجتماع في العراق", null));
                b.commit();
            }
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("b", "اجتماع في الأردن", null));
                b.commitDatabase(); // the process dies here: SQLite has "b", Lucene does not
            }
            assertThat(s.search("الأردن", 10).hits()).isEmpty();
            assertThat(s.repairedOnOpen()).isZero();
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.repairedOnOpen()).isEqualTo(1);
            assertThat(s.search("الأردن", 10).hits()).extracting(SearchHit::docId).containsExactly("b");
            assertThat(s.search("اجتماع", 10).total()).isEqualTo(2);
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.repairedOnOpen()).isZero();
        }
    }

    @Test
    void aMissingIndexIsRebuiltFromSqlite() throws IOException {
        try (Store s = Store.open(dir); Batch b = s.batch()) {
            b.add(Fixtures.stored("a", "اجتماع في العراق", null));
            b.add(Fixtures.stored("b", "اجتماع في الأردن", null));
            b.commit();
        }
        try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.repairedOnOpen()).isEqualTo(2);
            assertThat(s.search("عراق", 10).hits()).extracting(SearchHit::docId).containsExactly("a");
        }
    }

    @Test
    void reindexRebuildsEverything() {
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("a", "اجتماع في العراق", null));
                b.commit();
            }
            assertThat(s.reindex()).isEqualTo(1);
            assertThat(s.search("العراق", 10).total()).isEqualTo(1);
        }
    }
}
