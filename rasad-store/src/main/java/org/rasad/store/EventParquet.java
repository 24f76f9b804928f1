package org.rasad.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.Evidence;

/**
 * Events as Parquet (parquet-java), one row per event with the nested structure of spec/events.md:
 * lists use the standard 3-level LIST layout, so DuckDB, pandas/pyarrow and Spark read them as lists of structs.
 */
public final class EventParquet {
    /** The Parquet schema of an event row. */
    public static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message event {
              required binary id (STRING);
              required binary doc (STRING);
              required binary type (STRING);
              optional binary mode (STRING);
              required group contexts (LIST) { repeated group list { required binary element (STRING); } }
              required group source (LIST) { repeated group list { required group element {
                required binary code (STRING); optional binary sector (STRING); optional binary person (STRING);
                optional binary role (STRING); optional binary text (STRING); } } }
              required group target (LIST) { repeated group list { required group element {
                required binary code (STRING); optional binary sector (STRING); optional binary person (STRING);
                optional binary role (STRING); optional binary text (STRING); } } }
              optional binary date (STRING);
              optional binary date_text (STRING);
              required binary modality (STRING);
              optional group location { optional binary name (STRING); optional binary code (STRING); }
              required group evidence (LIST) { repeated group list { required group element {
                required int32 start; required int32 end; optional binary text (STRING);
                optional binary field (STRING); } } }
              required double confidence;
            }
            """);

    private EventParquet() {
    }

    /** A streaming Parquet writer; closing it writes the footer (the underlying stream is left open). */
    public static final class Writer implements AutoCloseable {
        private final ParquetWriter<Group> writer;
        private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);

        private Writer(ParquetWriter<Group> writer) {
            this.writer = writer;
        }

        public void write(Event e) {
            try {
                writer.write(toGroup(e));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        private Group toGroup(Event e) {
            Group g = groups.newGroup();
            g.append("id", e.id() == null ? "" : e.id());
            g.append("doc", e.doc() == null ? "" : e.doc());
            g.append("type", e.type().name());
            opt(g, "mode", e.mode());
            Group ctx = g.addGroup("contexts");
            for (String c : e.contexts()) {
                ctx.addGroup("list").append("element", c);
            }
            actors(g.addGroup("source"), e.source());
            actors(g.addGroup("target"), e.target());
            opt(g, "date", e.date());
            opt(g, "date_text", e.dateText());
            g.append("modality", e.modality().json());
            if (e.location() != null) {
                Group loc = g.addGroup("location");
                opt(loc, "name", e.location().name());
                opt(loc, "code", e.location().code());
            }
            Group evs = g.addGroup("evidence");
            for (Evidence ev : e.evidence()) {
                Group x = evs.addGroup("list").addGroup("element");
                x.append("start", ev.start());
                x.append("end", ev.end());
                opt(x, "text", ev.text());
                opt(x, "field", ev.field());
            }
            g.append("confidence", e.confidence());
            return g;
        }

        private static void actors(Group list, List<ActorRef> actors) {
            for (ActorRef a : actors) {
                Group x = list.addGroup("list").addGroup("element");
                x.append("code", a.code());
                opt(x, "sector", a.sector());
                opt(x, "person", a.person());
                opt(x, "role", a.role());
                opt(x, "text", a.text());
            }
        }

        private static void opt(Group g, String field, String value) {
            if (value != null) {
                g.append(field, value);
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** Opens a writer onto a stream (the Parquet file is written sequentially; the stream is not closed). */
    public static Writer open(OutputStream out) throws IOException {
        ParquetWriter<Group> w = ExampleParquetWriter.builder(new StreamOutputFile(out))
                .withConf(new PlainParquetConfiguration())
                .withType(SCHEMA)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withDictionaryEncoding(true)
                .build();
        return new Writer(w);
    }

    /** Writes events to a Parquet file. */
    public static void write(Path file, Iterable<Event> events) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Writer w = open(out)) {
            for (Event e : events) {
                w.write(e);
            }
        }
    }

    /** An OutputFile over a plain stream: Parquet only appends, so position is a byte count. */
    private record StreamOutputFile(OutputStream out) implements OutputFile {
        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long pos;

                @Override
                public long getPos() {
                    return pos;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    pos++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    pos += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        @Override
        public String getPath() {
            return "stream";
        }
    }
}
