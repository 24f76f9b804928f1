package org.rasad.app.watch;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.app.DbOption;
import org.rasad.app.UserError;
import org.rasad.core.Document;
import org.rasad.core.PipelineConfig;
import org.rasad.core.Result;
import org.rasad.nlp.read.DocumentReader;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;
import org.rasad.store.watch.FetchRecord;
import org.rasad.store.watch.SourceHealth;
import org.rasad.store.watch.WatchStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rasad sources add|list|remove|test}. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Manage the sources `rasad watch` polls (feeds, sitemaps, drop folders) and show their health.",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class,
            SourcesCommand.Test.class})
public final class SourcesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a source to the sources file.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SourcesOption sources;
        @Parameters(index = "0", paramLabel = "NAME", description = "Unique name (letters, digits, . _ -).")
        String name;
        @Parameters(index = "1", paramLabel = "URL", description = "Feed/sitemap URL, or a folder for folder/warc.")
        String url;
        @Option(names = "--kind", defaultValue = "rss", description = "rss, atom, sitemap, folder or warc (default rss).")
        String kind;
        @Option(names = "--interval", defaultValue = "15m", description = "Poll interval, e.g. 5m, 1h (default 15m).")
        String interval;
        @Option(names = "--language", defaultValue = "ar")
        String language;
        @Option(names = "--encoding", description = "Force a charset, e.g. windows-1256 (default: detect).")
        String encoding;
        @Option(names = "--outlet", description = "Outlet name stored with its documents.")
        String outlet;
        @Option(names = "--country", description = "Outlet country (ISO3).")
        String country;
        @Option(names = "--no-articles", description = "Keep the feed's item text; do not fetch the linked pages.")
        boolean noArticles;

        @Override
        public Integer call() {
            Source s;
            try {
                s = new Source(name, url, SourceKind.parse(kind), Durations.parse(interval), language, encoding,
                        outlet, country, !noArticles);
                if (encoding != null) {
                    java.nio.charset.Charset.forName(encoding);
                }
                SourcesFile.add(sources.path(), s);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            spec.commandLine().getOut().println("added " + s.name() + " (" + s.kind().key() + ", every "
                    + Durations.format(s.interval()) + ") to " + sources.path());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List sources with their health: last success, error streak, items per day.")
    static final class ListSources implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SourcesOption sources;
        @Mixin
        DbOption db;
        @Option(names = "--json", description = "JSON, as the API serves it.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Source> all = sources.load();
            Instant now = Instant.now();
            if (!Files.isDirectory(db.path())) {
                List<SourceHealth> none = all.stream().map(s -> new SourceHealth(s.name(), null, null, 0, null, 0, 0,
                        -1)).toList();
                print(out, all, none);
                return 0;
            }
            try (Store store = Store.open(db.path()); WatchStore ws = WatchStore.open(store)) {
                if (json) {
                    out.println(WatchApi.sourcesJson(all, ws, now));
                } else {
                    print(out, all, all.stream().map(s -> ws.health(s.name(), now)).toList());
                }
            }
            out.flush();
            return 0;
        }

        private void print(PrintWriter out, List<Source> all, List<SourceHealth> health) {
            if (all.isEmpty()) {
                out.println("no sources in " + sources.path() + " (add one: rasad sources add NAME URL)");
                return;
            }
            out.printf("%-16s %-7s %-8s %-6s %-20s %6s %9s  %s%n", "NAME", "KIND", "EVERY", "STATUS", "LAST SUCCESS",
                    "ERRORS", "ITEMS/DAY", "URL");
            for (int i = 0; i < all.size(); i++) {
                Source s = all.get(i);
                SourceHealth h = health.get(i);
                String status = h.lastAttempt() == null ? "new" : h.errorStreak() == 0 ? "ok" : "FAIL";
                out.printf("%-16s %-7s %-8s %-6s %-20s %6d %9.1f  %s%n", s.name(), s.kind().key(),
                        Durations.format(s.interval()), status,
                        h.lastSuccess() == null ? "-" : WatchStore.iso(h.lastSuccess()).substring(0, 19) + "Z",
                        h.errorStreak(), h.itemsPerDay(), s.url());
                if (h.lastError() != null) {
                    out.println("    last error: " + h.lastError());
                }
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a source from the sources file.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SourcesOption sources;
        @Mixin
        DbOption db;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--forget", description = "Also forget its state and taken items in the database.")
        boolean forget;

        @Override
        public Integer call() {
            if (!SourcesFile.remove(sources.path(), name)) {
                throw new UserError("no source named '" + name + "' in " + sources.path());
            }
            if (forget && Files.isDirectory(db.path())) {
                try (Store store = Store.open(db.path()); WatchStore ws = WatchStore.open(store)) {
                    ws.forgetSource(name);
                }
            }
            spec.commandLine().getOut().println("removed " + name + " from " + sources.path());
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Fetch a source once and show what it holds; nothing is stored.")
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SourcesOption sources;
        @Parameters(paramLabel = "NAME|URL", description = "A source's name, or a feed URL.")
        String target;
        @Option(names = "--extract", description = "Also fetch the first item's page and show the events found.")
        boolean extract;
        @Option(names = "--timeout", defaultValue = "20s", description = "Request timeout (default 20s).")
        String timeout;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Source s = sources.load().stream().filter(x -> x.name().equals(target)).findFirst().orElse(null);
            if (s == null) {
                if (!target.startsWith("http")) {
                    throw new UserError("no source named '" + target + "' in " + sources.path());
                }
                s = Source.of("test", target, SourceKind.RSS);
            }
            if (!s.kind().remote()) {
                out.println(s.name() + ": folder " + s.url() + (Files.isDirectory(java.nio.file.Path.of(s.url()))
                        ? " exists" : " does NOT exist"));
                return Files.isDirectory(java.nio.file.Path.of(s.url())) ? 0 : 1;
            }
            FetchPolicy p = FetchPolicy.defaults().withTimeouts(Durations.parse(timeout), Durations.parse(timeout))
                    .withHostDelay(java.time.Duration.ofMillis(500));
            HttpFetcher http = new HttpFetcher(p);
            List<FetchRecord> log = new ArrayList<>();
            HttpFetcher.Response r = http.get(s.url(), null, null, s.name(), log);
            for (FetchRecord f : log) {
                out.printf("GET %s -> %d %s (%,d bytes, %d ms)%n", f.url(), f.status(), f.note(), f.bytes(), f.millis());
            }
            if (!r.ok()) {
                out.println(s.name() + ": FAILED: " + r.note());
                return 1;
            }
            List<Document> items = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            new DocumentReader().read("feed.xml", new ByteArrayInputStream(Poller.forced(r.body(), s.encoding())),
                    (Result<Document> x) -> {
                        x.problems().forEach(pr -> problems.add(pr.oneLine()));
                        if (x.isOk()) {
                            items.add(x.value());
                        }
                    });
            out.printf("%s: %d items, %d problems%n", s.name(), items.size(), problems.size());
            items.stream().limit(10).forEach(d -> out.printf("  %s  %s  %s%n", d.date() == null ? "----------" : d.date(),
                    d.title(), d.url() == null ? "" : d.url()));
            problems.stream().limit(5).forEach(pr -> out.println("  problem: " + pr));
            if (extract && !items.isEmpty() && items.get(0).url() != null) {
                String link = items.get(0).url();
                HttpFetcher.Response page = http.get(link, null, null, s.name(), log);
                out.printf("GET %s -> %d %s%n", link, page.status(), page.note());
                Document d = items.get(0);
                Document doc = page.ok() ? Poller.pageDocument(page.body(), s.encoding(), "test", link, s.outlet(), d)
                        : null;
                byte[] bytes = doc == null ? null : page.body();
                doc = doc == null ? d : doc;
                Result<StoredDocument> x = new Extractor(PipelineConfig.defaults()).process(doc, bytes);
                if (x.isOk()) {
                    out.printf("  %d events%n", x.value().events().size());
                    x.value().events().forEach(e -> out.println("  " + Watcher.title(e, x.value())));
                }
            }
            out.flush();
            return items.isEmpty() ? 1 : 0;
        }
    }
}
