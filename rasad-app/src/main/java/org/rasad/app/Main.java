package org.rasad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The rasad command line. Each sub-command is a {@code Callable<Integer>}; exit codes 0 ok, 1 failure, 2 usage. */
@Command(name = "rasad", mixinStandardHelpOptions = true, version = "rasad 0.1.0",
        description = "Arabic news to a searchable database of PLOVER political events.",
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, SearchCommand.class,
            EventsCommand.class, StoriesCommand.class, ExportCommand.class, StatsCommand.class, ActorsCommand.class, EvalCommand.class,
            ServeCommand.class, EvalNerCommand.class,
            org.rasad.app.watch.SourcesCommand.class, org.rasad.app.watch.WatchCommand.class,
            org.rasad.app.watch.WatchlistCommand.class, org.rasad.app.watch.DigestCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Held so the setting sticks: Lucene's notice about the incubating vector API is not for users. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("rasad: " + ex.getMessage());
            cmd.getErr().flush();
            return ex instanceof UserError ? 2 : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
