package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Document;
import org.rasad.core.EventType;
import org.rasad.core.Problem;
import org.rasad.core.Span;
import org.rasad.nlp.clean.CleanedDocument;

class StoreIngestTest {
    @TempDir
    Path dir;

    @Test
    void migratesFromEmptyAndReopens() throws Exception {
        try (Store s = Store.open(dir)) {
            assertThat(s.stats().documents()).isZero();
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.stats().events()).isZero();
        }
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rasad.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type='table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("documents", "segments", "events", "event_actors", "evidence", "actors",
                "rejects", "sources", "flyway_schema_history");
    }

    @Test
    void keepsOriginalBytesAndMetadata() {
        byte[] original = {(byte) 0xC7, (byte) 0xE1, 0x20, (byte) 0xDA};
        Document d = Fixtures.doc("cp", "عنوان", "ال ع", "2020-02-03");
        CleanedDocument cd = new CleanedDocument(d, "ال ع", "ال ع نظيف",
                List.of(new CleanedDocument.Segment("cp", new Span(0, 2), null),
                        new CleanedDocument.Segment("cp~2", new Span(2, 4), java.time.LocalDate.parse("2020-02-01"))));
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                assertThat(b.add(new StoredDocument(d, cd, original, List.of()))).isTrue();
                b.commit();
            }
            StoredDocument back = s.document("cp").orElseThrow();
            assertThat(back.originalBytes()).isEqualTo(original);
            assertThat(back.doc()).isEqualTo(d);
            assertThat(back.cleaned().cleanText()).isEqualTo("ال ع نظيف");
            assertThat(back.cleaned().segments()).isEqualTo(cd.segments());
            assertThat(s.hasContentHash(StoredDocument.sha256(original))).isTrue();
            assertThat(s.stats().segments()).isEqualTo(2);
            assertThat(s.document("missing")).isEmpty();
        }
    }

    @Test
    void utf8OriginalsIdenticalToTheTextAreKeptOnceAndReadBackWhole() throws Exception {
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("u", "نص عربي بترميز UTF-8", null));
                b.add(new StoredDocument(Fixtures.doc("h", "", "نص", null), null,
                        "<p>نص</p>".getBytes(StandardCharsets.UTF_8), List.of()));
                b.commit();
            }
            assertThat(s.document("u").orElseThrow().originalBytes())
                    .isEqualTo("نص عربي بترميز UTF-8".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(s.document("h").orElseThrow().originalBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("<p>نص</p>");
            assertThat(s.hasContentHash(StoredDocument.sha256("نص عربي بترميز UTF-8".getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rasad.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT id, length(original) FROM documents ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(2)).isEqualTo("<p>نص</p>".getBytes(StandardCharsets.UTF_8).length);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(2)).isZero();
        }
    }

    @Test
    void reingestingTheSameContentIsSkipped() {
        try (Store s = Store.open(dir)) {
            for (int round = 0; round < 2; round++) {
                try (Batch b = s.batch()) {
                    b.add(Fixtures.stored("a", "نص أول", "2021-01-01",
                            Fixtures.event("a", 1, EventType.AGREE, "IRQ", "IRN", null)));
                    b.add(Fixtures.stored("b", "نص ثان", "2021-01-02"));
                    BatchResult r = b.commit();
                    assertThat(r.added()).isEqualTo(round == 0 ? 2 : 0);
                    assertThat(r.skipped()).isEqualTo(round == 0 ? 0 : 2);
                }
            }
            Stats st = s.stats();
            assertThat(st.documents()).isEqualTo(2);
            assertThat(st.events()).isEqualTo(1);
            assertThat(s.search("أول", 10).hits()).hasSize(1);
        }
    }

    @Test
    void newContentUnderAnExistingIdReplacesTheOldVersion() {
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("a", "الصيغة القديمة", null, Fixtures.event("a", 1, EventType.AGREE, "IRQ", null, null),
                        Fixtures.event("a", 2, EventType.ASSAULT, "ISIS", null, null)));
                b.commit();
            }
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("a", "الصيغة الجديدة", null, Fixtures.event("a", 1, EventType.REJECT, "IRN", null, null)));
                assertThat(b.commit().replaced()).isEqualTo(1);
            }
            assertThat(s.stats().documents()).isEqualTo(1);
            assertThat(s.events(EventQuery.all())).extracting(e -> e.type()).containsExactly(EventType.REJECT);
            assertThat(s.search("القديمة", 10).hits()).isEmpty();
            assertThat(s.search("الجديدة", 10).hits()).extracting(SearchHit::docId).containsExactly("a");
        }
    }

    @Test
    void aFailedBatchLeavesNothingBehind() {
        try (Store s = Store.open(dir)) {
            assertThatThrownBy(() -> {
                try (Batch b = s.batch()) {
                    b.add(Fixtures.stored("a", "نص", null, Fixtures.event("a", 1, EventType.AGREE, "IRQ", "IRN", null)));
                    b.reject(new Problem("x", "read", "binary", "not text", new byte[] {1}), "f");
                    b.progress(new SourceProgress("f", 10, 1, false));
                    throw new IllegalStateException("crash mid-batch");
                }
            }).hasMessage("crash mid-batch");
            Stats st = s.stats();
            assertThat(st.documents()).isZero();
            assertThat(st.events()).isZero();
            assertThat(st.rejects()).isZero();
            assertThat(s.progress("f")).isEmpty();
            assertThat(s.search("نص", 10).hits()).isEmpty();
            try (Batch b = s.batch()) {
                assertThat(b.add(Fixtures.stored("a", "نص", null))).isTrue();
                b.commit();
            }
            assertThat(s.stats().documents()).isEqualTo(1);
        }
    }

    @Test
    void rejectsKeepCappedBytesAndCountByReason() throws Exception {
        byte[] big = new byte[Batch.MAX_REJECT_BYTES + 100];
        Arrays.fill(big, (byte) 'x');
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                b.reject(new Problem("d1", "read", "binary", "looks binary", big), "in/a.bin");
                b.reject(new Problem("d2", "read", "binary", "looks binary", null), "in/b.bin");
                b.reject(new Problem("d3", "decode", "empty", "no text", "   ".getBytes(StandardCharsets.UTF_8)), "in/c");
                b.commit();
            }
            Stats st = s.stats();
            assertThat(st.rejects()).isEqualTo(3);
            assertThat(st.rejectsByReason()).containsEntry("binary", 2L).containsEntry("empty", 1L);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rasad.db"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT length(bytes), bytes_len, origin, stage FROM rejects WHERE doc_id = 'd1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Batch.MAX_REJECT_BYTES);
            assertThat(rs.getInt(2)).isEqualTo(big.length);
            assertThat(rs.getString(3)).isEqualTo("in/a.bin");
            assertThat(rs.getString(4)).isEqualTo("read");
        }
    }

    @Test
    void theSameRejectIsKeptOnceAcrossReruns() {
        Problem p = new Problem("d1", "read", "binary", "looks binary", new byte[] {0, 1, 2});
        try (Store s = Store.open(dir)) {
            for (int run = 0; run < 2; run++) {
                try (Batch b = s.batch()) {
                    b.reject(p, "in/a.bin");
                    b.reject(new Problem("d1", "read", "too-large", "big", new byte[] {0, 1, 2}), "in/a.bin");
                    assertThat(b.commit().rejects()).isEqualTo(run == 0 ? 2 : 0);
                }
            }
            assertThat(s.stats().rejectsByReason()).containsEntry("binary", 1L).containsEntry("too-large", 1L);
        }
    }

    @Test
    void aVersionOneDatabaseMigratesKeepingItsRows() throws Exception {
        java.nio.file.Files.createDirectories(dir);
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("rasad.db"));
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rasad.db"))) {
            c.createStatement().execute("INSERT INTO rejects (origin, reason, bytes_len, created_at) "
                    + "VALUES ('old', 'empty', 0, '2026-01-01T00:00:00Z')");
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.stats().rejectsByReason()).containsEntry("empty", 1L);
            try (Batch b = s.batch()) {
                b.reject(new Problem("x", "read", "empty", "no text", null), "old");
                assertThat(b.commit().rejects()).isEqualTo(1);
            }
            assertThat(s.stats().rejectsByReason()).containsEntry("empty", 2L);
        }
    }

    @Test
    void eventsWithoutTypeBecomeRejectsNotExceptions() {
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("a", "نص", null, Fixtures.event("a", 1, null, "IRQ", null, null),
                        Fixtures.event("a", 2, EventType.AID, "USA", "IRQ", null)));
                BatchResult r = b.commit();
                assertThat(r.events()).isEqualTo(1);
                assertThat(r.rejects()).isEqualTo(1);
            }
            assertThat(s.stats().rejectsByReason()).containsEntry("bad-event", 1L);
        }
    }

    @Test
    void progressIsCommittedWithTheBatch() {
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("a", "نص", null));
                b.progress(new SourceProgress("feed.jsonl", 120, 1, false));
                b.commit();
            }
            try (Batch b = s.batch()) {
                b.progress(new SourceProgress("feed.jsonl", 300, 3, true));
                b.commit();
            }
            assertThat(s.progress("feed.jsonl")).contains(new SourceProgress("feed.jsonl", 300, 3, true));
            assertThat(s.stats().sources()).isEqualTo(1);
        }
    }

    @Test
    void aBatchCannotBeUsedAfterCommitNorNestedOnOneThread() {
        try (Store s = Store.open(dir)) {
            try (Batch b = s.batch()) {
                b.commit();
                assertThatThrownBy(() -> b.add(Fixtures.stored("a", "نص", null))).isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(s::batch).isInstanceOf(IllegalStateException.class);
            }
            try (Batch b = s.batch()) {
                assertThat(b.add(Fixtures.stored("a", "نص", null))).isTrue();
                b.commit();
            }
        }
    }

    @Test
    void actorDefinitionsAndCodesSeenInEvents() {
        try (Store s = Store.open(dir)) {
            s.putActors(List.of(new ActorInfo("NATO", "IGO", "North Atlantic Treaty Organization", List.of("الناتو", "حلف الناتو"))));
            try (Batch b = s.batch()) {
                b.add(Fixtures.stored("a", "نص", null, Fixtures.event("a", 1, EventType.CONSULT, "NATO", "IRQ.KRG", null)));
                b.commit();
            }
            assertThat(s.actors()).extracting(ActorInfo::code).containsExactly("IRQ.KRG", "NATO");
            assertThat(s.actors().get(1).namesAr()).containsExactly("الناتو", "حلف الناتو");
        }
    }
}
