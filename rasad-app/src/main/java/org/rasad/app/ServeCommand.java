package org.rasad.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rasad.core.PipelineConfig;
import org.rasad.app.server.ExtraRoute;
import org.rasad.app.server.RasadServer;
import org.rasad.app.server.ServerConfig;
import org.rasad.app.server.ServerHandle;
import org.rasad.app.server.StoryApi;
import org.rasad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The REST API and the bilingual web UI over the database, on 127.0.0.1 unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (/api, /openapi.json) and the web UI (Arabic/English) over the database.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface to bind (default ${DEFAULT-VALUE}; use 0.0.0.0 only behind a firewall).")
    String host;

    @picocli.CommandLine.Mixin
    org.rasad.app.watch.SourcesOption sources;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be 0..65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        Processor processor = new Processor(PipelineConfig.defaults());
        try (Store store = Store.open(db.path());
             org.rasad.store.stories.StoryStore stories = org.rasad.store.stories.StoryStore.open(store)) {
            ServerConfig cfg = ServerConfig.defaults(db.path()).withHost(host).withPort(port);
            org.rasad.app.watch.WatchHandlers watch = new org.rasad.app.watch.WatchHandlers(
                    org.rasad.store.watch.WatchStore.open(store),
                    () -> java.nio.file.Files.isRegularFile(sources.path()) ? sources.load() : java.util.List.of(),
                    java.time.Clock.systemUTC());
            java.util.List<ExtraRoute> extra = new java.util.ArrayList<>(java.util.List.of(
                    new ExtraRoute(RasadServer.WATCH_ROUTES.get(0), watch::watchlists),
                    new ExtraRoute(RasadServer.WATCH_ROUTES.get(1), watch::atom),
                    new ExtraRoute(RasadServer.WATCH_ROUTES.get(2), watch::sources)));
            extra.addAll(new StoryApi(stories, cfg).routes());
            ServerHandle server = RasadServer.startOnStore(cfg, store, processor::process, extra);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "rasad-serve-stop"));
            out.println("rasad: serving " + db.path().toAbsolutePath().normalize() + " at " + server.url()
                    + "  (web UI: " + server.url() + "/ , API: " + server.url() + "/openapi.json; Ctrl-C stops)");
            out.flush();
            server.awaitStop();
        }
        return 0;
    }
}
