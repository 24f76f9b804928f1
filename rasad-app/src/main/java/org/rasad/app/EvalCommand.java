package org.rasad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.core.Event;
import org.rasad.core.PipelineConfig;
import org.rasad.extract.eval.EventScorer;
import org.rasad.store.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Extracts events from the inputs and scores them against gold as shared/tools/score-events does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract events from PATH... and score them against a gold JSONL file.")
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Gold events (JSONL, spec/events.md).")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The documents the gold describes.")
    List<String> paths;

    @Option(names = "--verbose", description = "Print per-document matches, misses and extras.")
    boolean verbose;

    @Option(names = "--min-confidence", defaultValue = "0", description = "Drop events below this confidence.")
    double minConfidence;

    @Option(names = "--predictions", description = "Also write the predicted events (JSONL) to this file.")
    Path predictions;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new UserError("no gold file: " + gold);
        }
        Processor processor = new Processor(PipelineConfig.defaults().withMinConfidence(minConfidence));
        List<JsonNode> pred = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        processor.read(paths, doc -> {
            var r = processor.process(doc);
            r.problems().forEach(p -> spec.commandLine().getErr().println("rasad: " + p.oneLine()));
            if (r.isOk()) {
                for (Event e : r.value().events()) {
                    String line = EventJson.toJsonLine(e);
                    lines.append(line).append('\n');
                    try {
                        pred.add(JSON.readTree(line));
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                }
            }
        }, p -> spec.commandLine().getErr().println("rasad: " + p.oneLine()));
        if (predictions != null) {
            Files.writeString(predictions, lines, StandardCharsets.UTF_8);
        }
        EventScorer.Report report = EventScorer.score(EventScorer.readJsonl(gold), pred, null);
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            report.print(ps, verbose);
        }
        spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
