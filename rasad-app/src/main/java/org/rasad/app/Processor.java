package org.rasad.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.rasad.core.Document;
import org.rasad.core.PipelineConfig;
import org.rasad.core.Problem;
import org.rasad.core.Result;
import org.rasad.app.watch.Extractor;
import org.rasad.store.StoredDocument;
import org.rasad.nlp.read.DocumentReader;
import org.rasad.nlp.read.ReadOptions;

/**
 * Read → clean → extract ({@link Extractor}, shared with `rasad watch`), built once per JVM from a {@link PipelineConfig}. Thread-safe: the
 * stages hold no mutable state, so {@link #process(Document)} may run on several threads.
 */
final class Processor {
    private final DocumentReader reader;
    private final Extractor extractor;

    Processor(PipelineConfig cfg) {
        this.reader = new DocumentReader(ReadOptions.defaults());
        this.extractor = new Extractor(cfg);
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

    /** Cleans and extracts one document, ready for the store; a failure inside a stage becomes a {@link Problem}. */
    Result<StoredDocument> process(Document doc) {
        return extractor.process(doc, null);
    }

    /** The bytes as read: the decoded text re-encoded in the charset it was decoded from. */
    static byte[] originalBytes(Document doc) {
        return Extractor.originalBytes(doc);
    }
}
