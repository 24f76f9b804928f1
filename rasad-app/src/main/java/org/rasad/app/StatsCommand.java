package org.rasad.app;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasad.store.Stats;
import org.rasad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Counts: documents, segments, events by type, rejects by reason. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Database statistics.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Commands.openExisting(db)) {
            Stats s = store.stats();
            out.println("database:  " + db.path().toAbsolutePath().normalize());
            out.printf("documents: %,d%nsegments:  %,d%nevents:    %,d%nrejects:   %,d%nsources:   %,d%n",
                    s.documents(), s.segments(), s.events(), s.rejects(), s.sources());
            print(out, "events by type", s.eventsByType());
            print(out, "rejects by reason", s.rejectsByReason());
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String title, Map<String, Long> m) {
        if (m.isEmpty()) {
            return;
        }
        out.println(title + ":");
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.printf("  %-12s %,d%n", e.getKey(), e.getValue()));
    }
}
