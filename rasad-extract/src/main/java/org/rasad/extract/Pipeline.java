package org.rasad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rasad.core.Event;
import org.rasad.core.Mention;
import org.rasad.core.PipelineConfig;
import org.rasad.core.TimeExpr;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.actors.ActorResolver;
import org.rasad.extract.events.EventExtractor;
import org.rasad.extract.events.EventMerger;
import org.rasad.extract.events.LeadDate;
import org.rasad.extract.events.TriggerLexicon;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.date.DateFinder;
import org.rasad.nlp.date.DocumentDateFinder;
import org.rasad.nlp.text.AnalyzedText;

/**
 * The whole extraction for one cleaned document: per segment, analyse the text, find actors and dates,
 * find event candidates and merge them into events. Built once per JVM; immutable and thread-safe.
 */
public final class Pipeline {
    /** Finds actor mentions in analysed text (the actors module's resolver). */
    @FunctionalInterface
    public interface ActorFinder {
        List<Mention> find(AnalyzedText text, LocalDate date);
    }

    /** Finds date expressions resolved against an anchor date (the text module's DateFinder). */
    @FunctionalInterface
    public interface DateSource {
        List<TimeExpr> find(AnalyzedText text, LocalDate anchor);
    }

    private final PipelineConfig cfg;
    private final Function<String, AnalyzedText> analyzer;
    private final ActorFinder actors;
    private final DateSource dates;
    private final EventExtractor extractor;

    private Pipeline(PipelineConfig cfg, Function<String, AnalyzedText> analyzer, ActorFinder actors,
                     DateSource dates, TriggerLexicon lexicon) {
        this.cfg = cfg;
        this.analyzer = analyzer;
        this.actors = actors;
        this.dates = dates;
        this.extractor = new EventExtractor(lexicon);
    }

    /** Loads the lexicons and actor knowledge base once: rasad-nlp's text layer and dates, the actor resolver. */
    public static Pipeline create(PipelineConfig cfg) {
        ActorResolver resolver = new ActorResolver(ActorKb.load());
        return new Pipeline(cfg, AnalyzedText::of, resolver::find, DateFinder::find, TriggerLexicon.load());
    }

    /** A pipeline with its text analysis, actor and date stages supplied (tests, other resolvers). */
    public static Pipeline of(PipelineConfig cfg, Function<String, AnalyzedText> analyzer, ActorFinder actors,
                              DateSource dates) {
        return new Pipeline(cfg, analyzer, actors, dates, TriggerLexicon.load());
    }

    public PipelineConfig config() {
        return cfg;
    }

    /** Events of a document, ids {@code doc#1, doc#2, ...} in text order; never throws on odd input. */
    public List<Event> extract(CleanedDocument doc) {
        String docId = doc.doc().id();
        String masked = doc.masked() != null && doc.masked().length() == doc.doc().text().length()
                ? doc.masked() : doc.doc().text();
        if (masked.length() > cfg.maxDocumentChars()) {
            masked = masked.substring(0, cfg.maxDocumentChars());
        }
        List<Event> all = new ArrayList<>();
        List<CleanedDocument.Segment> segments = doc.segments().isEmpty()
                ? List.of(new CleanedDocument.Segment(docId, new org.rasad.core.Span(0, masked.length()), doc.doc().date()))
                : doc.segments();
        for (CleanedDocument.Segment seg : segments) {
            int s = Math.min(seg.span().start(), masked.length());
            int e = Math.min(seg.span().end(), masked.length());
            String text = segments.size() == 1 && s == 0 && e == masked.length() ? masked : blankOutside(masked, s, e);
            all.addAll(extractSegment(docId, doc.doc().text(), text, seg.date() != null ? seg.date() : doc.doc().date()));
        }
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (Event ev : all) {
            if (ev.confidence() >= cfg.minConfidence()) {
                out.add(ev.withId(docId + "#" + (++n)));
            }
        }
        return out;
    }

    private List<Event> extractSegment(String docId, String original, String text, LocalDate date) {
        AnalyzedText at = analyzer.apply(text);
        LocalDate anchor = date != null ? date : DocumentDateFinder.find(text).orElse(null);
        List<Mention> mentions = actors.find(at, anchor);
        List<TimeExpr> times = dates.find(at, anchor);
        return EventMerger.merge(docId, original, extractor.candidates(at, mentions, times), anchor,
                LeadDate.of(at, times, anchor));
    }

    private static String blankOutside(String text, int s, int e) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if ((i < s || i >= e) && c[i] != '\n') {
                c[i] = ' ';
            }
        }
        return new String(c);
    }
}
