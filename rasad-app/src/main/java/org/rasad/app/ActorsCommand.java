package org.rasad.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.extract.actors.ActorEntry;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.actors.ActorResolver;
import org.rasad.extract.actors.OfficeHolding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The actor knowledge base: look up names, who held an office on a date, a person's offices. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Query the actor knowledge base.",
            "  rasad actors العراق",
            "  rasad actors --office \"وزير الدفاع\" --state IRQ --date 2023-09-03",
            "  rasad actors --person \"عبد الفتاح السيسي\""})
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to look up (Arabic or a code).")
    List<String> query;

    @Option(names = "--office", description = "An office title or id (\"وزير الدفاع\", DM, HOS, ...).")
    String office;

    @Option(names = "--state", description = "State or organisation code (IRQ, USA, NATO).")
    String state;

    @Option(names = "--person", description = "A person's name: list their offices.")
    String person;

    @Option(names = "--date", description = "The date (YYYY-MM-DD) for --office / --person (default: today).")
    String date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ActorKb kb = ActorKb.load();
        ActorResolver resolver = new ActorResolver(kb);
        LocalDate day = parseDate();
        int found;
        if (office != null) {
            if (state == null) {
                throw new UserError("--office needs --state CODE");
            }
            List<OfficeHolding> hs = resolver.holders(office, state.toUpperCase(java.util.Locale.ROOT), day);
            hs.forEach(h -> print(out, h));
            found = hs.size();
        } else if (person != null) {
            List<OfficeHolding> hs = kb.holdingsOf(person);
            hs.forEach(h -> print(out, h));
            resolver.officeOf(person, day).ifPresent(h -> out.println("on " + day + ": " + h.title() + " (" + h.state() + ")"));
            found = hs.size();
        } else if (query != null && !query.isEmpty()) {
            List<ActorEntry> es = resolver.search(String.join(" ", query));
            es.forEach(e -> out.printf("%-12s %-10s %-6s %s%s%n", e.kind(), e.code() == null ? "-" : e.code(),
                    e.sector() == null ? "-" : e.sector(), e.name(), e.office() == null ? "" : "  [" + e.office() + "]"));
            found = es.size();
        } else {
            throw new UserError("give a QUERY, --office with --state, or --person (see --help)");
        }
        if (found == 0) {
            out.println("nothing found");
        }
        out.flush();
        return 0;
    }

    private LocalDate parseDate() {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserError("--date wants YYYY-MM-DD, got: " + date);
        }
    }

    private static void print(PrintWriter out, OfficeHolding h) {
        out.printf("%s  %s (%s, %s, %s)  %s → %s  [source: %s]%n", h.person(), h.title(), h.office(), h.state(),
                h.sector(), h.start(), h.end() == null ? "today" : h.end(), h.source());
    }
}
