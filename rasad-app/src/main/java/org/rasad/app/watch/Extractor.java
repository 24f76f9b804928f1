package org.rasad.app.watch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.PipelineConfig;
import org.rasad.core.Problem;
import org.rasad.core.Result;
import org.rasad.extract.Pipeline;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.clean.Cleaner;
import org.rasad.store.StoredDocument;

/** Clean → extract for one fetched document, built once per watcher. Thread-safe (stateless stages). */
public final class Extractor {
    private final Cleaner cleaner;
    private final Pipeline pipeline;

    public Extractor(PipelineConfig cfg) {
        this.cleaner = new Cleaner(cfg);
        this.pipeline = Pipeline.create(cfg);
    }

    /** The document ready for the store; a failure inside a stage becomes a Problem (never thrown). */
    public Result<StoredDocument> process(Document doc, byte[] original) {
        try {
            CleanedDocument cleaned = cleaner.clean(doc);
            List<Event> events = pipeline.extract(cleaned);
            return Result.ok(new StoredDocument(doc, cleaned, original == null ? originalBytes(doc) : original,
                    events));
        } catch (RuntimeException | StackOverflowError e) {
            return Result.failed(new Problem(doc.id(), "extract", "internal",
                    e.getClass().getSimpleName() + ": " + e.getMessage(), doc.text().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** As `rasad ingest` keeps them: the decoded text re-encoded in the charset it was decoded from. */
    public static byte[] originalBytes(Document doc) {
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
