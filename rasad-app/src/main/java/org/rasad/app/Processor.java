package org.rasad.app;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.PipelineConfig;
import org.rasad.core.Problem;
import org.rasad.core.Result;
import org.rasad.extract.Pipeline;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.clean.Cleaner;
import org.rasad.nlp.read.DocumentReader;
import org.rasad.nlp.read.ReadOptions;

/**
 * Read → clean → extract, built once per JVM from a {@link PipelineConfig}. Thread-safe: the
 * stages hold no mutable state, so {@link #process(Document)} may run on several threads.
 */
final class Processor {
    /** One document carried through the pipeline. */
    record Processed(Document doc, CleanedDocument cleaned, List<Event> events, byte[] originalBytes) {
    }

    private final DocumentReader reader;
    private final Cleaner cleaner;
    private final Pipeline pipeline;

    Processor(PipelineConfig cfg) {
        this.reader = new DocumentReader(ReadOptions.defaults());
        this.cleaner = new Cleaner(cfg);
        this.pipeline = Pipeline.create(cfg);
    }

    /** Reads every path in order; documents and problems go to the sinks as they are read. */
    void read(List<String> paths, Consumer<Document> docs, Consumer<Problem> problems) {
        for (String p : paths) {
            Path path = Path.of(p);
            if (!"-".equals(p) && !path.toFile().exists()) {
                throw new UserError("no such file or folder: " + p);
            }
            reader.read(path, (Result<Document> r) -> {
                r.problems().forEach(problems);
                if (r.isOk()) {
                    docs.accept(r.value());
                }
            });
        }
    }

    /** Cleans and extracts one document; a failure inside a stage becomes a {@link Problem}. */
    Result<Processed> process(Document doc) {
        try {
            CleanedDocument cleaned = cleaner.clean(doc);
            List<Event> events = pipeline.extract(cleaned);
            return Result.ok(new Processed(doc, cleaned, events, originalBytes(doc)));
        } catch (RuntimeException | StackOverflowError e) {
            return Result.failed(new Problem(doc.id(), "extract", "internal",
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    doc.text().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The bytes as read: the decoded text re-encoded in the charset it was decoded from. */
    static byte[] originalBytes(Document doc) {
        Charset cs = StandardCharsets.UTF_8;
        try {
            if (doc.charset() != null && Charset.isSupported(doc.charset())) {
                Charset c = Charset.forName(doc.charset());
                if (c.canEncode() && c.newEncoder().canEncode(doc.text())) {
                    cs = c;
                }
            }
        } catch (IllegalArgumentException e) {
            cs = StandardCharsets.UTF_8;
        }
        return doc.text().getBytes(cs);
    }
}
