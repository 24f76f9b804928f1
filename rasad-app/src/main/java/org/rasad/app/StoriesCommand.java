package org.rasad.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.app.server.StoryApi;
import org.rasad.store.Store;
import org.rasad.store.stories.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists stories (the same news across outlets) with their merged events, or shows one story. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List stories (near-duplicate articles across outlets, with merged events), or show story ID.")
final class StoriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Show this story: its documents and event mentions.")
    Long id;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many stories (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--min-docs", defaultValue = "2", paramLabel = "K",
            description = "Only stories of at least K documents (default ${DEFAULT-VALUE}; 1 lists singletons too).")
    int minDocs;

    @Option(names = "--sort", defaultValue = "size", description = "size (largest first), -date (newest) or date (oldest).")
    String sort;

    @Option(names = "--backfill", description = "First assign documents stored before stories existed (writes).")
    boolean backfill;

    @Option(names = "--json", description = "Print JSON (one story per line when listing).")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 100_000) {
            throw new UserError("--limit must be between 1 and 100000");
        }
        if (minDocs < 1) {
            throw new UserError("--min-docs must be at least 1");
        }
        StoryStore.Sort order = StoryStore.Sort.parse(sort)
                .orElseThrow(() -> new UserError("--sort must be size, -date or date"));
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Commands.openExisting(db); StoryStore stories = StoryStore.open(store)) {
            if (backfill) {
                spec.commandLine().getErr().printf("rasad: %,d documents assigned to stories%n",
                        Ingester.backfillStories(store));
            }
            if (id != null) {
                StoryStore.Detail d = stories.story(id).orElseThrow(() -> new UserError("no story " + id));
                if (json) {
                    out.println(StoryApi.detail(d));
                } else {
                    printDetail(out, d);
                }
            } else {
                StoryStore.Page page = stories.list(order, minDocs, 0, limit);
                for (StoryStore.Summary s : page.items()) {
                    List<StoryStore.StoryEvent> events = stories.events(s.id());
                    if (json) {
                        out.println(StoryApi.summary(s).set("events", StoryApi.events(events, false)));
                    } else {
                        printSummary(out, s, events);
                    }
                }
                if (!json) {
                    out.printf("%,d stories of %d or more documents (%,d stories in all)%s%n", page.total(), minDocs,
                            stories.count(1), page.total() > limit ? "; showing " + limit : "");
                }
            }
        }
        out.flush();
        return 0;
    }

    private static void printSummary(PrintWriter out, StoryStore.Summary s, List<StoryStore.StoryEvent> events) {
        out.printf("story %d  %d docs, %d outlets  %s … %s  «%s»%n", s.id(), s.docs(), s.outlets().size(),
                orDash(s.firstDate()), orDash(s.lastDate()), oneLine(s.title(), 90));
        out.printf("      outlets: %s%n", String.join(", ", s.outlets()));
        for (StoryStore.StoryEvent e : events.subList(0, Math.min(5, events.size()))) {
            out.printf("      %-9s %s  %s  %d mentions%n", e.type(), String.join(" ", e.actors()),
                    orDash(e.firstDate()), e.mentions().size());
        }
        if (events.size() > 5) {
            out.printf("      … %d more events%n", events.size() - 5);
        }
    }

    private static void printDetail(PrintWriter out, StoryStore.Detail d) {
        printSummary(out, d.story(), List.of());
        out.println("documents:");
        for (StoryStore.Doc doc : d.docs()) {
            out.printf("  %-28s %-10s %-16s %s  «%s»%n", doc.id(), orDash(doc.date()), orDash(doc.outlet()),
                    doc.similarity() == null ? "  -  " : String.format("%.2f", doc.similarity()), oneLine(doc.title(), 70));
        }
        out.println("events:");
        for (StoryStore.StoryEvent e : d.events()) {
            out.printf("  %s  %s %s  %s … %s%n", e.id(), e.type(), String.join(" ", e.actors()), orDash(e.firstDate()),
                    orDash(e.lastDate()));
            for (StoryStore.Mention m : e.mentions()) {
                String ev = m.evidence().isEmpty() ? "" : m.evidence().get(0).text();
                out.printf("      %-24s %-16s «%s»%n", m.event(), orDash(m.outlet()), oneLine(ev, 90));
            }
        }
    }

    static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    static String oneLine(String s, int max) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > max ? t.substring(0, max) + "…" : t;
    }
}
