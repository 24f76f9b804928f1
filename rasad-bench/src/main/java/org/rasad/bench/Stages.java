package org.rasad.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.Mention;
import org.rasad.core.PipelineConfig;
import org.rasad.core.TimeExpr;
import org.rasad.extract.Pipeline;
import org.rasad.extract.events.EventExtractor;
import org.rasad.extract.events.EventMerger;
import org.rasad.extract.events.TriggerLexicon;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.actors.ActorResolver;
import org.rasad.nlp.clean.Cleaner;
import org.rasad.nlp.date.DateFinder;
import org.rasad.nlp.date.DocumentDateFinder;
import org.rasad.nlp.read.DocumentReader;
import org.rasad.nlp.read.TextDecoder;
import org.rasad.nlp.text.AnalyzedText;
import org.rasad.nlp.text.ArabicNormalizer;
import org.rasad.nlp.text.ArabicTokenizer;

/**
 * The product's stages (the same classes {@link Pipeline#create} wires: {@link AnalyzedText#of},
 * {@link ActorResolver}, {@link DateFinder}, {@link EventExtractor} + {@link EventMerger}), each as a {@link Meter.Work} over one article, built once (lexicons and
 * knowledge bases loaded in the constructor). Stages whose input is another stage's output (actors,
 * dates, events) get it precomputed by {@link #prepare}, so each line times one stage alone.
 */
public final class Stages {
    /** Inputs of the later stages for one article, computed outside the timed region. */
    public record Prepared(AnalyzedText text, LocalDate anchor, List<Mention> mentions, List<TimeExpr> times) {
    }

    private final Cleaner cleaner;
    private final Pipeline pipeline;
    private final ActorResolver actors;
    private final EventExtractor extractor;
    private final DocumentReader reader = new DocumentReader();

    public Stages(PipelineConfig cfg) {
        this.cleaner = new Cleaner(cfg);
        this.pipeline = Pipeline.create(cfg);
        this.actors = new ActorResolver(ActorKb.load());
        this.extractor = new EventExtractor(TriggerLexicon.load());
    }

    /** Bytes → String as the reader does it (charset sniffing, UTF-8 validation). */
    public long decode(Document d) {
        byte[] b = d.text().getBytes(StandardCharsets.UTF_8);
        return TextDecoder.decode(b, "UTF-8").text().length();
    }

    public long clean(Document d) {
        return cleaner.clean(d).cleanText().length();
    }

    public long normalize(Document d) {
        return ArabicNormalizer.normalize(d.text()).normalized().length();
    }

    /** The nlp module's tokeniser (clitic splitting, offsets into the original). */
    public long tokenize(Document d) {
        return ArabicTokenizer.tokenize(d.text()).size();
    }

    /** The analysis the extraction pipeline runs per segment (normalise + tokenise + sentences). */
    public long analyze(Document d) {
        return AnalyzedText.of(d.text()).tokens().size();
    }

    public long actors(Prepared p) {
        return actors.find(p.text(), p.anchor()).size();
    }

    public long dates(Prepared p) {
        return DateFinder.find(p.text(), p.anchor()).size();
    }

    public long events(Document d, Prepared p) {
        return EventMerger.merge(d.id(), d.text(), extractor.candidates(p.text(), p.mentions(), p.times()),
                p.anchor()).size();
    }

    /** Full extraction of one decoded article: clean, normalise, tokenise, actors, dates, events. */
    public long extract(Document d) {
        List<Event> evs = pipeline.extract(cleaner.clean(d));
        return evs.size();
    }

    /** End to end from raw JSONL bytes: decode + full extraction of every article in the share. */
    public long endToEnd(List<byte[]> lines) {
        long[] n = {0};
        reader.read("share.jsonl", new ByteArrayInputStream(Corpus.join(lines)), r -> {
            if (r.isOk()) {
                n[0] += 1 + extract(r.value());
            }
        });
        return n[0];
    }

    /** Inputs for the actors, dates and events stages, per document (identity keyed). */
    public Map<Document, Prepared> prepare(List<Document> docs) {
        Map<Document, Prepared> out = new IdentityHashMap<>();
        for (Document d : docs) {
            AnalyzedText at = AnalyzedText.of(d.text());
            LocalDate anchor = d.date() != null ? d.date() : DocumentDateFinder.find(d.text()).orElse(null);
            out.put(d, new Prepared(at, anchor, actors.find(at, anchor), DateFinder.find(at, anchor)));
        }
        return out;
    }
}
