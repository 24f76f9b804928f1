package org.rasad.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rasad.bench.BenchCommand;
import org.rasad.bench.Corpus;
import org.rasad.bench.Peers;
import org.rasad.bench.Stages;
import org.rasad.core.Document;
import org.rasad.core.PipelineConfig;

/**
 * JMH benchmarks of the hot stages, each over the same sample of bulk-corpus articles (read from
 * ../shared at set-up, never copied). Each invocation processes the whole sample, so the score is
 * milliseconds per sample; {@link #SAMPLE_MB} turns it into MB/s. Run:
 * {@code java -cp "rasad-bench/target/rasad-bench.jar:rasad-bench/target/lib/*" org.openjdk.jmh.Main StageBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Xmx1g"})
public class StageBenchmarks {
    /** Articles in the sample. */
    @Param({"200"})
    public int articles;

    private List<Document> docs;
    private List<byte[]> lines;
    private Stages stages;
    private Peers.Lucene lucene;
    private Map<Document, Stages.Prepared> prepared;
    private Corpus corpus;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path in = Path.of(System.getProperty("rasad.bench.input", BenchCommand.defaultInput().toString()));
        corpus = Files.isRegularFile(in) ? Corpus.load(in, articles) : Corpus.of(List.of(fallback()));
        docs = corpus.docs();
        lines = corpus.lines();
        stages = new Stages(PipelineConfig.defaults());
        lucene = new Peers.Lucene();
        prepared = stages.prepare(docs);
        System.out.printf("%nsample: %d articles, %.3f MB of text%n", docs.size(), corpus.textBytes() / 1e6);
    }

    /** One small article of our own words, when the shared corpus is absent. */
    private static byte[] fallback() {
        return ("{\"id\":\"x\",\"date\":\"2024-05-02\",\"text\":\"التقى وزير الخارجية السعودي نظيره الأردني في"
                + " الرياض يوم الأحد وبحثا العلاقات الثنائية.\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public long decodeJsonl() {
        return Corpus.of(lines).docs().size();
    }

    @Benchmark
    public void decode(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stages.decode(d));
        }
    }

    @Benchmark
    public void clean(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stages.clean(d));
        }
    }

    @Benchmark
    public void normalise(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stages.normalize(d));
        }
    }

    @Benchmark
    public void tokenise(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stages.tokenize(d));
        }
    }

    @Benchmark
    public void analyse(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stages.analyze(d));
        }
    }

    @Benchmark
    public void actors(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stages.actors(prepared(d)));
        }
    }

    @Benchmark
    public void events(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stages.events(d, prepared(d)));
        }
    }

    @Benchmark
    public void fullExtraction(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(stages.extract(d));
        }
    }

    @Benchmark
    public long endToEndFromJsonl() {
        return stages.endToEnd(lines);
    }

    @Benchmark
    public void luceneArabicAnalyzer(Blackhole bh) {
        for (Document d : docs) {
            bh.consume(lucene.tokens(d));
        }
    }

    private Stages.Prepared prepared(Document d) {
        return prepared.get(d);
    }
}
