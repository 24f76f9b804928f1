package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Event;
import org.rasad.core.EventType;

class ExportTest {
    @TempDir
    Path dir;
    private List<Event> expected;

    @BeforeEach
    void fill() {
        expected = List.of(Fixtures.event("d1", 1, EventType.CONSULT, "IRQ", "USA", "2020-01-14"),
                Fixtures.event("d1", 2, EventType.ASSAULT, "ISIS", null, null), Fixtures.rich("d2"));
        try (Store s = Store.open(dir.resolve("store")); Batch b = s.batch()) {
            b.add(Fixtures.stored("d1", "نص أول", "2020-01-15", expected.get(0), expected.get(1)));
            b.add(Fixtures.stored("d2", "نص ثان", null, expected.get(2)));
            b.commit();
        }
    }

    private byte[] export(ExportFormat f, EventQuery q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store s = Store.open(dir.resolve("store"))) {
            s.exportEvents(q, f, out);
        }
        return out.toByteArray();
    }

    @Test
    void jsonlParsesBackToTheSameEvents() {
        String text = new String(export(ExportFormat.JSONL, EventQuery.all()), StandardCharsets.UTF_8);
        List<Event> back = text.lines().map(EventJson::parse).toList();
        assertThat(back).isEqualTo(expected);
        assertThat(text).endsWith("\n").doesNotContain("\\u06");
    }

    @Test
    void csvParsesBackToTheSameEvents() throws Exception {
        String text = new String(export(ExportFormat.CSV, EventQuery.all()), StandardCharsets.UTF_8);
        assertThat(EventCsv.read(new StringReader(text))).isEqualTo(expected);
    }

    @Test
    void exportHonoursTheQuery() {
        String text = new String(export(ExportFormat.JSONL, EventQuery.all().withType(EventType.ASSAULT)),
                StandardCharsets.UTF_8);
        assertThat(text.lines().map(EventJson::parse).toList()).containsExactly(expected.get(1));
    }

    @Test
    void parquetHasTheSpecSchemaAndRows() throws Exception {
        Path file = dir.resolve("events.parquet");
        Files.write(file, export(ExportFormat.PARQUET, EventQuery.all()));
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            assertThat(schema).isEqualTo(EventParquet.SCHEMA);
            assertThat(r.getRecordCount()).isEqualTo(3);
        }
        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = new ParquetReader.Builder<Group>(new LocalInputFile(file)) {
            @Override
            protected ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        }.build()) {
            for (Group g; (g = reader.read()) != null; ) {
                rows.add(g);
            }
        }
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(g -> g.getString("id", 0)).containsExactly("d1#1", "d1#2", "d2#1");
        Group rich = rows.get(2);
        assertThat(rich.getString("type", 0)).isEqualTo("CONSULT");
        assertThat(rich.getString("mode", 0)).isEqualTo("visit");
        assertThat(rich.getString("modality", 0)).isEqualTo("planned");
        assertThat(rich.getDouble("confidence", 0)).isEqualTo(0.92);
        Group firstSource = rich.getGroup("source", 0).getGroup("list", 0).getGroup("element", 0);
        assertThat(firstSource.getString("code", 0)).isEqualTo("IRQ");
        assertThat(firstSource.getString("person", 0)).isEqualTo("سعد الراوي");
        assertThat(rich.getGroup("source", 0).getFieldRepetitionCount("list")).isEqualTo(2);
        Group ev = rich.getGroup("evidence", 0).getGroup("list", 1).getGroup("element", 0);
        assertThat(ev.getInteger("start", 0)).isZero();
        assertThat(ev.getString("field", 0)).isEqualTo("title");
        assertThat(rich.getGroup("location", 0).getString("code", 0)).isEqualTo("EGY");
        assertThat(rows.get(1).getFieldRepetitionCount("mode")).isZero();
        assertThat(rows.get(1).getFieldRepetitionCount("location")).isZero();
        assertThat(rows.get(1).getGroup("target", 0).getFieldRepetitionCount("list")).isZero();
    }

    @Test
    void formatNamesParse() {
        assertThat(ExportFormat.parse("jsonl")).isEqualTo(ExportFormat.JSONL);
        assertThat(ExportFormat.parse("Parquet")).isEqualTo(ExportFormat.PARQUET);
        assertThat(ExportFormat.parse("csv")).isEqualTo(ExportFormat.CSV);
    }
}
