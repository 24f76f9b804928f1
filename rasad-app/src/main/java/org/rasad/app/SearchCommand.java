package org.rasad.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.store.SearchHit;
import org.rasad.store.SearchResult;
import org.rasad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Arabic-aware full-text search over ingested documents. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search (matches across clitics and spelling variants: والعراق finds العراق).")
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Query words.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw new UserError("--limit must be between 1 and 1000");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Commands.openExisting(db)) {
            SearchResult r = store.search(String.join(" ", words), limit);
            out.printf("%,d documents match%n", r.total());
            for (SearchHit h : r.hits()) {
                out.printf("%s  %s  %s%n    %s%n", h.docId(), h.date() == null ? "-" : h.date(),
                        h.title() == null ? "" : h.title(), h.snippet() == null ? "" : h.snippet().replace('\n', ' '));
            }
        }
        out.flush();
        return 0;
    }
}
