package org.rasad.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.core.Event;
import org.rasad.store.EventQuery;
import org.rasad.store.Stats;
import org.rasad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The quick start: ingest the project's own sample articles and show what was found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the project's samples/ into the database and print the events found.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--samples", description = "Samples folder (default: samples/ of the rasad checkout).")
    Path samples;

    @Override
    public Integer call() {
        Path dir = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(dir)) {
            throw new UserError("no samples folder at " + dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("rasad demo: ingesting " + dir);
        out.flush();
        Ingester.Summary s = IngestCommand.ingest(List.of(dir.toString()), db, 0, 500, 0, false,
                spec.commandLine().getErr());
        out.printf("ingested %,d documents (%,d already stored, %,d rejected) in %.1f s%n%n",
                s.ingested(), s.skipped(), s.rejected(), s.seconds());
        try (Store store = Store.open(db.path())) {
            List<Event> events = store.events(EventQuery.all());
            out.println("Events found (" + events.size() + "):");
            events.forEach(e -> Commands.printEvent(out, e));
            Stats st = store.stats();
            out.printf("%n%,d documents, %,d segments, %,d events, %,d rejects%n", st.documents(), st.segments(),
                    st.events(), st.rejects());
        }
        out.println("database: " + db.path().toAbsolutePath().normalize()
                + "   (try: ./rasad search العراق   ./rasad events --type CONSULT   ./rasad stats)");
        out.flush();
        return 0;
    }

    private static Path defaultSamples() {
        String home = System.getProperty("rasad.home");
        return home != null ? Path.of(home, "samples") : Path.of("samples");
    }
}
