package org.rasad.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasad bench generate OUT}: the bulk corpus replicated to N articles (for the 1M scale run). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Replicate the bulk corpus with varied ids, dates and content to N articles (streamed).")
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "Output .jsonl or .jsonl.gz (e.g. under /tmp; never commit it).")
    Path out;

    @Option(names = "--input", description = "Source JSONL(.gz); default: the shared bulk corpus.")
    Path input;

    @Option(names = "-n", defaultValue = "1000000", description = "Articles to write (default ${DEFAULT-VALUE}).")
    long n;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        long w = CorpusGenerator.generate(input != null ? input : BenchCommand.defaultInput(), out, n);
        spec.commandLine().getOut().printf("wrote %d articles to %s in %.1f s%n", w, out, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
