package org.rasad.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rasad.core.Event;
import org.rasad.store.EventJson;
import org.rasad.store.EventQuery;
import org.rasad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists stored events, filtered by actor, type and date range. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List events in the database.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--actor", description = "Actor code (IRQ, NATO, IRQ.KRG); matches source or target.")
    String actor;

    @Option(names = "--type", description = "PLOVER type (CONSULT, AGREE, ...).")
    String type;

    @Option(names = "--from", description = "Earliest event date (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", description = "Latest event date (YYYY[-MM[-DD]]).")
    String to;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSONL records instead of readable lines.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 100_000) {
            throw new UserError("--limit must be between 1 and 100000");
        }
        EventQuery q = EventQuery.all().withActor(actor == null ? null : actor.trim().toUpperCase(java.util.Locale.ROOT))
                .withType(Commands.type(type)).between(Commands.date(from, "--from"), Commands.date(to, "--to"))
                .page(limit, 0);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Commands.openExisting(db)) {
            long total = store.countEvents(q);
            for (Event e : store.events(q)) {
                if (json) {
                    out.println(EventJson.toJsonLine(e));
                } else {
                    Commands.printEvent(out, e);
                }
            }
            if (!json) {
                out.printf("%,d events match%s%n", total, total > limit ? " (showing " + limit + ")" : "");
            }
        }
        out.flush();
        return 0;
    }
}
