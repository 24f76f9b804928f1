package org.rasad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.PipelineConfig;
import org.rasad.extract.Pipeline;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.clean.Cleaner;
import org.rasad.nlp.read.DocumentReader;
import org.rasad.nlp.read.ReadOptions;
import org.rasad.store.EventJson;
import org.rasad.store.StoredDocument;

/**
 * The rasad pipeline as Spark jobs. Input files (JSONL, JSONL.gz, WARC, WARC.gz, HTML, text; a folder is read
 * recursively) are read whole with Spark's {@code binaryFile} source and decoded by the same
 * {@link DocumentReader} as the CLI, so document ids and event ids are the CLI's. Each executor JVM builds the
 * pipeline once from the serialisable {@link PipelineConfig} ({@link #stages}).
 */
public final class RasadSpark {
    /** An event as stored: key columns for queries plus the record exactly as {@code rasad extract} prints it. */
    public static final StructType EVENT = new StructType(new StructField[] {
        DataTypes.createStructField("event_id", DataTypes.StringType, false),
        DataTypes.createStructField("doc_id", DataTypes.StringType, false),
        DataTypes.createStructField("event_type", DataTypes.StringType, true),
        DataTypes.createStructField("event_date", DataTypes.StringType, true),
        DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
        DataTypes.createStructField("json", DataTypes.StringType, false),
        DataTypes.createStructField("date", DataTypes.StringType, false)});

    /** One processed document with its events nested (split into two tables by {@link #documents}/{@link #events}). */
    public static final StructType PROCESSED = new StructType(new StructField[] {
        DataTypes.createStructField("doc_id", DataTypes.StringType, false),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("origin", DataTypes.StringType, true),
        DataTypes.createStructField("content_hash", DataTypes.StringType, false),
        DataTypes.createStructField("chars", DataTypes.IntegerType, false),
        DataTypes.createStructField("problem", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.StringType, false),
        DataTypes.createStructField("events", DataTypes.createArrayType(EVENT), false)});

    /** Partition value for a missing date. */
    public static final String NO_DATE = "unknown";

    private static final Map<PipelineConfig, Stages> PER_JVM = new ConcurrentHashMap<>();

    private RasadSpark() {
    }

    /** The reader, cleaner and pipeline of one executor JVM, built once per configuration. */
    record Stages(DocumentReader reader, Cleaner cleaner, Pipeline pipeline) {
    }

    static Stages stages(PipelineConfig cfg) {
        return PER_JVM.computeIfAbsent(cfg, c -> new Stages(new DocumentReader(ReadOptions.defaults()),
                new Cleaner(c), Pipeline.create(c)));
    }

    /** Raw input files (path, content ...) from a file or folder. */
    public static Dataset<Row> files(SparkSession spark, String input) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
                .select("path", "content");
    }

    /** Reads, cleans and extracts every document of every file; one output row per document (or problem). */
    public static Dataset<Row> process(Dataset<Row> files, PipelineConfig cfg) {
        return files.flatMap(new ProcessFile(cfg), Encoders.row(PROCESSED));
    }

    /** Documents (no events column), problems dropped. */
    public static Dataset<Row> documents(Dataset<Row> processed) {
        return processed.where(col("problem").isNull()).drop("events", "problem");
    }

    /** Events, one row each. */
    public static Dataset<Row> events(Dataset<Row> processed) {
        return processed.select(explode(col("events")).as("e")).select("e.*");
    }

    /**
     * The dedup/merge step as a distributed job: one document per content hash (the first id in id order
     * wins, as a sequential ingest that skips known content would keep), then events of the kept
     * documents, distinct by event id.
     */
    public static Dedup dedup(Dataset<Row> documents, Dataset<Row> events) {
        Dataset<Row> firstPerHash = documents.groupBy("content_hash")
                .agg(org.apache.spark.sql.functions.min("doc_id").as("doc_id")).select("doc_id");
        Dataset<Row> docs = documents.join(firstPerHash, "doc_id").dropDuplicates("doc_id");
        Dataset<Row> evs = events.join(firstPerHash, events.col("doc_id").equalTo(firstPerHash.col("doc_id")),
                "left_semi").dropDuplicates("event_id");
        return new Dedup(docs, evs);
    }

    /** Deduplicated documents and events. */
    public record Dedup(Dataset<Row> documents, Dataset<Row> events) implements Serializable {
    }

    /** The whole job: read, extract, dedup, write {@code out/documents} and {@code out/events} partitioned by date. */
    public static Dedup run(SparkSession spark, String input, String out, PipelineConfig cfg) {
        Dataset<Row> processed = process(files(spark, input), cfg).persist();
        Dedup d = dedup(documents(processed), events(processed));
        d.documents().write().mode(SaveMode.Overwrite).partitionBy("date").parquet(out + "/documents");
        d.events().write().mode(SaveMode.Overwrite).partitionBy("date").parquet(out + "/events");
        processed.unpersist();
        return d;
    }

    /** Per file: decode every document, clean and extract each, as {@code rasad extract} does. */
    static final class ProcessFile implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final PipelineConfig cfg;

        ProcessFile(PipelineConfig cfg) {
            this.cfg = cfg;
        }

        @Override
        public Iterator<Row> call(Row file) {
            Stages st = stages(cfg);
            String path = file.getString(0);
            String name = path.substring(path.lastIndexOf('/') + 1);
            byte[] content = file.getAs(1);
            List<Row> out = new ArrayList<>();
            st.reader().read(name, new ByteArrayInputStream(content), r -> {
                if (r.isOk()) {
                    out.add(processDoc(st, r.value(), path));
                } else {
                    r.problems().forEach(p -> out.add(RowFactory.create(p.docId(), null, null, null, path, "",
                            0, p.oneLine(), NO_DATE, List.of())));
                }
            });
            return out.iterator();
        }
    }

    static Row processDoc(Stages st, Document doc, String path) {
        String date = doc.date() != null ? doc.date().toString() : NO_DATE;
        String hash = StoredDocument.sha256(doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Row> evs = new ArrayList<>();
        String problem = null;
        try {
            CleanedDocument cleaned = st.cleaner().clean(doc);
            for (Event e : st.pipeline().extract(cleaned)) {
                evs.add(RowFactory.create(e.id(), e.doc(), e.type() == null ? null : e.type().name(), e.date(),
                        e.confidence(), EventJson.toJsonLine(e), e.date() != null && !e.date().isEmpty()
                                ? e.date() : NO_DATE));
            }
        } catch (RuntimeException | StackOverflowError x) {
            problem = doc.id() + ": extract internal " + x.getClass().getSimpleName() + ": " + x.getMessage();
            evs.clear();
        }
        return RowFactory.create(doc.id(), doc.title(), doc.url(), doc.source(), path, hash, doc.text().length(),
                problem, date, seq(evs));
    }

    private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
    }
}
