package org.rasad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasad.core.Document;
import org.rasad.core.PipelineConfig;
import org.rasad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasad bench}: the whole pipeline over the bulk corpus (read from ../shared, never copied), every
 * stage on 1 and 2 threads, the peers over the same articles, ingest, database size, search latency,
 * start-up time and peak heap; writes {@code bench.md} and {@code bench.json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {GenerateCommand.class, ScaleCommand.class},
        description = "Benchmark the pipeline (Markdown + JSON report); 'generate' and 'scale' for the 1M run.")
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "JSONL", description = "Articles (JSONL or .jsonl.gz); default: the"
            + " shared bulk corpus.")
    Path input;

    @Option(names = "--articles", defaultValue = "10000", description = "Articles for end to end and ingest"
            + " (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--stage-articles", defaultValue = "1000", description = "Articles per stage (default ${DEFAULT-VALUE}).")
    int stageArticles;

    @Option(names = "--peer-articles", defaultValue = "1000", description = "Articles for the peers (default ${DEFAULT-VALUE}).")
    int peerArticles;

    @Option(names = "--warmups", defaultValue = "1", description = "Untimed passes before each timed one.")
    int warmups;

    @Option(names = "--quick", description = "Short form for CI: 300 articles, no CoreNLP, one start-up run.")
    boolean quick;

    @Option(names = "--no-corenlp", description = "Skip Stanford CoreNLP (slow to load and run).")
    boolean noCoreNlp;

    @Option(names = "--out", defaultValue = "target/bench-report", description = "Report folder (default ${DEFAULT-VALUE}).")
    Path out;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cl;
    }

    /** The shared bulk corpus: {@code -Drasad.shared}, else ../shared, else ../../shared. */
    public static Path defaultInput() {
        String shared = System.getProperty("rasad.shared");
        List<Path> roots = new ArrayList<>();
        if (shared != null) {
            roots.add(Path.of(shared));
        }
        roots.add(Path.of("../shared"));
        roots.add(Path.of("../../shared"));
        for (Path r : roots) {
            Path p = r.resolve("data/bulk-news/arabic_news_bulk.jsonl.gz");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return roots.get(0).resolve("data/bulk-news/arabic_news_bulk.jsonl.gz");
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter log = spec.commandLine().getErr();
        Report r = run(log);
        r.write(out);
        spec.commandLine().getOut().print(r.markdown());
        spec.commandLine().getOut().flush();
        log.println("rasad bench: report in " + out.resolve("bench.md") + " and bench.json");
        return 0;
    }

    /** Runs every measurement; progress lines go to {@code log}. */
    public Report run(PrintWriter log) throws IOException, InterruptedException {
        if (quick) {
            articles = Math.min(articles, 300);
            stageArticles = Math.min(stageArticles, 300);
            peerArticles = Math.min(peerArticles, 300);
            noCoreNlp = true;
        }
        Path in = input != null ? input : defaultInput();
        if (!Files.isRegularFile(in)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no input file: " + in);
        }
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Heap.resetPeaks();
        Heap.Sampler sampler = new Heap.Sampler(20);
        log.println("loading " + articles + " articles from " + in);
        Corpus corpus = Corpus.load(in, Math.max(articles, Math.max(stageArticles, peerArticles)));
        Corpus all = corpus.head(articles);
        Corpus stage = corpus.head(stageArticles);
        Corpus peer = corpus.head(peerArticles);
        Stages st = new Stages(PipelineConfig.defaults());
        Map<Document, Stages.Prepared> prep = st.prepare(stage.docs());

        List<Measurement> stages = new ArrayList<>();
        for (int t : new int[] {1, 2}) {
            log.println("stages on " + t + " thread(s)");
            stages.add(Meter.measure("decode (UTF-8 bytes to text)", stage, t, warmups, st::decode));
            stages.add(Meter.measure("clean", stage, t, warmups, st::clean));
            stages.add(Meter.measure("normalise", stage, t, warmups, st::normalize));
            stages.add(Meter.measure("tokenise (nlp ArabicTokenizer)", stage, t, warmups, st::tokenize));
            stages.add(Meter.measure("analyse (AnalyzedText: normalise+tokenise+sentences)", stage, t, warmups, st::analyze));
            stages.add(Meter.measure("actors", stage, t, warmups, d -> st.actors(prep.get(d))));
            stages.add(Meter.measure("dates", stage, t, warmups, d -> st.dates(prep.get(d))));
            stages.add(Meter.measure("events", stage, t, warmups, d -> st.events(d, prep.get(d))));
            stages.add(Meter.measure("full extraction (clean+extract)", all, t, warmups, st::extract));
            stages.add(Meter.measureLines("end to end (JSONL read+decode+full extraction)", all, t, warmups,
                    st::endToEnd));
        }

        List<Measurement> peers = new ArrayList<>();
        log.println("peers over " + peer.docs().size() + " articles");
        Map<Document, byte[]> bytes = new IdentityHashMap<>();
        for (Document d : peer.docs()) {
            bytes.put(d, d.text().getBytes(StandardCharsets.UTF_8));
        }
        peers.add(Meter.measure("floor: UTF-8 decode + whitespace split", peer, 1, warmups, d -> Peers.floor(bytes.get(d))));
        try (Peers.Lucene lucene = new Peers.Lucene()) {
            peers.add(Meter.measure("Lucene ArabicAnalyzer", peer, 1, warmups, lucene::tokens));
        }
        peers.add(Meter.measure("rasad full extraction", peer, 1, warmups, st::extract));
        // rasad's heap is measured without CoreNLP's models: peaks so far, then again after CoreNLP is gone
        long peakPools = Heap.peakBytes();
        long peakSampled = sampler.maxBytes();
        if (!noCoreNlp) {
            peers.add(coreNlp(peer, log));
        }
        System.gc();
        Heap.resetPeaks();
        sampler.close();
        sampler = new Heap.Sampler(20);

        log.println("ingest + search");
        Path tmp = Files.createTempDirectory("rasad-bench-store");
        StoreBench.Ingest ingest;
        StoreBench.Latency latency;
        try {
            ingest = StoreBench.ingest(all, tmp.resolve("db"), 500);
            try (Store store = Store.open(tmp.resolve("db"))) {
                latency = StoreBench.search(store, StoreBench.QUERIES, quick ? 3 : 20, 20);
            }
        } finally {
            deleteTree(tmp);
        }

        log.println("start-up");
        Path one = Files.createTempFile("rasad-bench-article", ".txt");
        Startup.Timing startup;
        try {
            Files.writeString(one, peer.docs().get(0).text(), StandardCharsets.UTF_8);
            startup = Startup.extractOneFile(one, quick ? 1 : 5);
        } finally {
            Files.deleteIfExists(one);
        }

        long peak = Math.max(peakPools, Heap.peakBytes());
        peakSampled = Math.max(peakSampled, sampler.maxBytes());
        sampler.close();
        Report.Environment env = new Report.Environment(Runtime.version().toString(),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(), Heap.maxBytes(),
                in.toString(), all.docs().size(), stage.docs().size(), peer.docs().size(), all.textBytes() / 1e6,
                quick, started);
        Report partial = new Report(env, stages, peers, ingest, latency, startup, peak, peakSampled, List.of());
        return new Report(env, stages, peers, ingest, latency, startup, peak, peakSampled, Targets.of(partial));
    }

    private static Measurement coreNlp(Corpus peer, PrintWriter log) {
        log.println("CoreNLP Arabic: loading models");
        Peers.CoreNlp core = new Peers.CoreNlp();
        log.println("CoreNLP Arabic: running");
        return Meter.measure("Stanford CoreNLP Arabic (tokenize,ssplit,pos)", peer, 1, 0, core::tokens);
    }

    static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
