package org.rasad.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rasad.core.PipelineConfig;
import org.rasad.core.Result;
import org.rasad.app.server.RasadServer;
import org.rasad.app.server.ServerConfig;
import org.rasad.app.server.ServerHandle;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;
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

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be 0..65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        Processor processor = new Processor(PipelineConfig.defaults());
        try (Store store = Store.open(db.path())) {
            ServerConfig cfg = ServerConfig.defaults(db.path()).withHost(host).withPort(port);
            ServerHandle server = RasadServer.startOnStore(cfg, store, doc -> {
                Result<Processor.Processed> r = processor.process(doc);
                if (!r.isOk()) {
                    return new Result<>(null, r.problems());
                }
                Processor.Processed p = r.value();
                return Result.ok(new StoredDocument(p.doc(), p.cleaned(), p.originalBytes(), p.events()));
            });
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "rasad-serve-stop"));
            out.println("rasad: serving " + db.path().toAbsolutePath().normalize() + " at " + server.url()
                    + "  (web UI: " + server.url() + "/ , API: " + server.url() + "/openapi.json; Ctrl-C stops)");
            out.flush();
            server.awaitStop();
        }
        return 0;
    }
}
