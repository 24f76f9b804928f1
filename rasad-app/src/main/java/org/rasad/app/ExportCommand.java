package org.rasad.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.rasad.store.EventQuery;
import org.rasad.store.ExportFormat;
import org.rasad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Exports events to JSONL, CSV or Parquet (written to a temporary file and moved into place). */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export events as JSONL, CSV or Parquet.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or parquet (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"--out", "-o"}, description = "Output file (default: stdout for jsonl/csv; required for parquet).")
    Path outFile;

    @Option(names = "--actor", description = "Only events with this actor code.")
    String actor;

    @Option(names = "--type", description = "Only events of this PLOVER type.")
    String type;

    @Override
    public Integer call() throws IOException {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError("--format must be jsonl, csv or parquet");
        }
        if (f == ExportFormat.PARQUET && outFile == null) {
            throw new UserError("parquet needs --out FILE");
        }
        EventQuery q = EventQuery.all().withActor(actor).withType(Commands.type(type)).page(0, 0);
        try (Store store = Commands.openExisting(db)) {
            long n;
            if (outFile == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                n = store.exportEvents(q, f, out);
                out.flush();
            } else {
                Path abs = outFile.toAbsolutePath();
                Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    n = store.exportEvents(q, f, out);
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getErr().printf("exported %,d events to %s%n", n, abs);
            }
        }
        return 0;
    }
}
