package org.rasad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.rasad.core.Event;
import org.rasad.core.PipelineConfig;
import org.rasad.store.EventCsv;
import org.rasad.store.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Extraction only, no database: prints event records exactly as spec/events.md defines them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract PLOVER events from files, folders or - (stdin) and print them; no database.")
final class ExtractCommand implements Callable<Integer> {
    enum OutFormat { jsonl, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursive) or - for stdin.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default ${DEFAULT-VALUE}).")
    OutFormat format;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X",
            description = "Drop events whose confidence is below X (0..1).")
    double minConfidence;

    @Override
    public Integer call() throws IOException {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new UserError("--min-confidence must be between 0 and 1");
        }
        Processor processor = new Processor(PipelineConfig.defaults().withMinConfidence(minConfidence));
        PrintWriter err = spec.commandLine().getErr();
        Writer out = spec.commandLine().getOut();
        AtomicInteger docs = new AtomicInteger();
        AtomicInteger problems = new AtomicInteger();
        if (format == OutFormat.csv) {
            EventCsv.writeHeader(out);
        }
        processor.read(paths, doc -> {
            var r = processor.process(doc);
            r.problems().forEach(p -> {
                problems.incrementAndGet();
                err.println("rasad: " + p.oneLine());
            });
            if (r.isOk()) {
                docs.incrementAndGet();
                for (Event e : r.value().events()) {
                    write(out, e);
                }
            }
        }, p -> {
            problems.incrementAndGet();
            err.println("rasad: " + p.oneLine());
        });
        out.flush();
        err.flush();
        return docs.get() == 0 && problems.get() > 0 ? 1 : 0;
    }

    private void write(Writer out, Event e) {
        try {
            if (format == OutFormat.csv) {
                EventCsv.write(e, out);
            } else {
                out.write(EventJson.toJsonLine(e));
                out.write('\n');
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
