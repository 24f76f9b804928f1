package org.rasad.app.watch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rasad.app.DbOption;
import org.rasad.app.UserError;
import org.rasad.store.ActorInfo;
import org.rasad.store.Store;
import org.rasad.store.watch.Match;
import org.rasad.store.watch.WatchStore;
import org.rasad.store.watch.WatchlistRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rasad digest --since 24h --watch NAME [--lang ar|en]}. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "A readable Arabic or English summary of the new events of watchlists.")
public final class DigestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--since", defaultValue = "24h", description = "How far back, e.g. 6h, 24h, 7d (default 24h).")
    String since;
    @Option(names = "--watch", paramLabel = "NAME", description = "Watchlists (repeatable; default: all).")
    List<String> watch;
    @Option(names = "--lang", defaultValue = "en", description = "ar or en (default en).")
    String lang;

    @Override
    public Integer call() {
        if (!lang.equals("ar") && !lang.equals("en")) {
            throw new UserError("--lang must be ar or en");
        }
        Instant from;
        try {
            from = Instant.now().minus(Durations.parse(since));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (Store store = Store.open(db.path()); WatchStore ws = WatchStore.open(store)) {
            List<String> names = watch != null ? watch : ws.watchlists().stream().map(WatchlistRow::name).toList();
            Map<String, List<Match>> per = new LinkedHashMap<>();
            for (String n : names) {
                if (ws.watchlist(n).isEmpty()) {
                    throw new UserError("no watchlist named '" + n + "'");
                }
                per.put(n, ws.matches(n, from, 10_000));
            }
            Map<String, ActorInfo> actors = store.actors().stream()
                    .collect(Collectors.toMap(ActorInfo::code, Function.identity(), (a, b) -> a));
            spec.commandLine().getOut().print(Digest.render(per, actors, lang.equals("ar"), from));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
