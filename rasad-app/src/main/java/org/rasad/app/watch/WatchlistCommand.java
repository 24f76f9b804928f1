package org.rasad.app.watch;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasad.app.DbOption;
import org.rasad.app.UserError;
import org.rasad.core.EventType;
import org.rasad.core.Modality;
import org.rasad.store.Store;
import org.rasad.store.watch.WatchStore;
import org.rasad.store.watch.WatchlistRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rasad watchlist add|list|remove|atom}. */
@Command(name = "watchlist", mixinStandardHelpOptions = true,
        description = "Saved queries over new events, each with an Atom feed and an optional signed webhook.",
        subcommands = {WatchlistCommand.Add.class, WatchlistCommand.ListAll.class, WatchlistCommand.Remove.class,
            WatchlistCommand.Atom.class})
public final class WatchlistCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create (or replace) a watchlist; events stored from then on are matched against it.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--actor", paramLabel = "CODE", description = "Actor on either side (repeatable; any of them).")
        List<String> actors;
        @Option(names = "--source", paramLabel = "CODE", description = "Actor on the source side.")
        String source;
        @Option(names = "--target", paramLabel = "CODE", description = "Actor on the target side.")
        String target;
        @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "Event types, e.g. THREATEN,ASSAULT.")
        List<String> types;
        @Option(names = "--modality", description = "asserted, planned, negated or hypothetical.")
        String modality;
        @Option(names = "--context", paramLabel = "CTX", split = ",", description = "PLOVER contexts (any of them).")
        List<String> contexts;
        @Option(names = "--text", description = "Words that must all appear in the article.")
        String text;
        @Option(names = "--webhook", paramLabel = "URL", description = "POST each matching new event here (JSON).")
        String webhook;
        @Option(names = "--secret-env", paramLabel = "VAR",
                description = "Environment variable holding the HMAC-SHA256 secret that signs webhook bodies.")
        String secretEnv;

        @Override
        public Integer call() {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                throw new UserError("bad watchlist name '" + name + "' (letters, digits, . _ -)");
            }
            WatchQuery q;
            try {
                q = new WatchQuery(actors, source, target, types == null ? null : types.stream()
                        .map(t -> EventType.valueOf(t.strip().toUpperCase(Locale.ROOT))).toList(),
                        modality == null ? null : Modality.parse(modality), contexts, text);
            } catch (IllegalArgumentException e) {
                throw new UserError("bad value: " + e.getMessage());
            }
            if (webhook != null && !(webhook.startsWith("http://") || webhook.startsWith("https://"))) {
                throw new UserError("--webhook needs an http(s) URL");
            }
            String secret = null;
            if (secretEnv != null) {
                secret = System.getenv(secretEnv);
                if (secret == null || secret.isEmpty()) {
                    throw new UserError("environment variable " + secretEnv + " is not set");
                }
            }
            try (Store store = Store.open(db.path()); WatchStore ws = WatchStore.open(store)) {
                ws.putWatchlist(new WatchlistRow(name, q.toJson(), webhook, secret, Instant.now()));
            }
            spec.commandLine().getOut().println("watchlist " + name + ": " + q.describe()
                    + (webhook == null ? "" : " → " + webhook + (secret == null ? " (unsigned)" : " (signed)")));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List watchlists.")
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = Store.open(db.path()); WatchStore ws = WatchStore.open(store)) {
                List<WatchlistRow> all = ws.watchlists();
                if (all.isEmpty()) {
                    out.println("no watchlists (add one: rasad watchlist add NAME --actor IRQ)");
                }
                for (WatchlistRow w : all) {
                    String desc;
                    try {
                        desc = WatchQuery.fromJson(w.queryJson()).describe();
                    } catch (IllegalArgumentException e) {
                        desc = "(unreadable query)";
                    }
                    int n = ws.matches(w.name(), null, 100_000).size();
                    out.printf("%-16s %s%s; %d matches%n", w.name(), desc,
                            w.webhook() == null ? "" : " → " + w.webhook(), n);
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a watchlist and its matches.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Store store = Store.open(db.path()); WatchStore ws = WatchStore.open(store)) {
                if (!ws.removeWatchlist(name)) {
                    throw new UserError("no watchlist named '" + name + "'");
                }
            }
            spec.commandLine().getOut().println("removed watchlist " + name);
            return 0;
        }
    }

    @Command(name = "atom", mixinStandardHelpOptions = true,
            description = "Print a watchlist's Atom feed (the API serves the same at /api/watchlists/NAME/atom).")
    static final class Atom implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--limit", defaultValue = "100")
        int limit;
        @Option(names = "--self", paramLabel = "URL", description = "The feed's public URL (rel=self).")
        String self;

        @Override
        public Integer call() {
            try (Store store = Store.open(db.path()); WatchStore ws = WatchStore.open(store)) {
                String xml = WatchApi.atom(ws, name, self, limit, Instant.now())
                        .orElseThrow(() -> new UserError("no watchlist named '" + name + "'"));
                spec.commandLine().getOut().print(xml);
                spec.commandLine().getOut().println();
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
