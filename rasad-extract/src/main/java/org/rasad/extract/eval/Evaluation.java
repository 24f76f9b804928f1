package org.rasad.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.Span;
import org.rasad.extract.Pipeline;
import org.rasad.nlp.clean.CleanedDocument;

/**
 * {@code rasad eval}: runs the pipeline over documents (.txt files, JSONL records, or folders of them) and
 * scores the events against gold with {@link EventScorer}. Until the ingest module's reader and cleaner are
 * wired in, documents are read here minimally (UTF-8, no cleaning).
 */
public final class Evaluation {
    private static final ObjectMapper M = new ObjectMapper();

    private Evaluation() {
    }

    /** Reads .txt (id = file stem) and .jsonl documents from files or folders. */
    public static List<Document> readDocuments(List<Path> inputs) throws IOException {
        List<Document> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    out.addAll(readDocuments(s.filter(Files::isRegularFile).sorted().toList()));
                }
                continue;
            }
            String name = in.getFileName().toString();
            if (name.endsWith(".jsonl")) {
                for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode j = M.readTree(line);
                    LocalDate d = j.hasNonNull("date") ? parseDate(j.get("date").asText()) : null;
                    out.add(new Document(j.path("id").asText(), j.path("title").asText(""), j.path("text").asText(""),
                            d, j.path("url").asText(null), j.path("source").asText(null), "UTF-8", in.toString()));
                }
            } else if (name.endsWith(".txt")) {
                String stem = name.substring(0, name.length() - 4);
                out.add(new Document(stem, "", Files.readString(in, StandardCharsets.UTF_8), null, null, null, "UTF-8",
                        in.toString()));
            }
        }
        return out;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A cleaned view with no furniture removed and one segment: the stand-in for the ingest cleaner. */
    public static CleanedDocument uncleaned(Document d) {
        return new CleanedDocument(d, d.text(), d.text(),
                List.of(new CleanedDocument.Segment(d.id(), new Span(0, d.text().length()), d.date())));
    }

    public static List<Event> extractAll(Pipeline p, List<Document> docs) {
        List<Event> out = new ArrayList<>();
        org.rasad.nlp.clean.Cleaner cleaner = new org.rasad.nlp.clean.Cleaner(p.config());
        boolean raw = System.getProperty("rasad.uncleaned") != null;
        for (Document d : docs) {
            out.addAll(p.extract(raw ? uncleaned(d) : cleaner.clean(d)));
        }
        return out;
    }

    /** Extracts, scores against gold, prints the scorer's report; returns the report. */
    public static EventScorer.Report run(Pipeline p, Path gold, List<Path> inputs, PrintStream out, boolean verbose,
                                         Path predictionsOut) throws IOException {
        List<Event> events = extractAll(p, readDocuments(inputs));
        List<JsonNode> pred = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Event e : events) {
            pred.add(org.rasad.extract.EventJson.toNode(e));
            lines.append(org.rasad.extract.EventJson.toJsonLine(e)).append('\n');
        }
        if (predictionsOut != null) {
            Files.writeString(predictionsOut, lines, StandardCharsets.UTF_8);
        }
        EventScorer.Report r = EventScorer.score(EventScorer.readJsonl(gold), pred, null);
        r.print(out, verbose);
        return r;
    }

    /** {@code Evaluation GOLD PRED_OUT INPUT...}: for development runs without the CLI. */
    public static void main(String[] args) throws IOException {
        List<Path> inputs = Stream.of(args).skip(2).map(Path::of).toList();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        org.rasad.core.PipelineConfig cfg = org.rasad.core.PipelineConfig.defaults();
        run(Pipeline.create(cfg), Path.of(args[0]), inputs, out, true,
                Path.of(args[1]));
    }
}
