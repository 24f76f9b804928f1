package org.rasad.extract.actors;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.rasad.nlp.text.AnalyzedText;

/** Development aid: throughput of ActorResolver.find on JSONL(.gz) texts (args: files; measured locally only). */
public final class BenchFind {
    private BenchFind() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (String a : args) {
            var in = a.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(Path.of(a))) : Files.newInputStream(Path.of(a));
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null && bytes < 20_000_000) {
                    String t = json.readTree(line).path("text").asText("");
                    texts.add(t);
                    bytes += t.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        long t0 = System.nanoTime();
        ActorResolver r = new ActorResolver(ActorKb.load());
        System.out.printf("KB load %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<AnalyzedText> ats = new ArrayList<>();
        t0 = System.nanoTime();
        for (String t : texts) {
            ats.add(AnalyzedText.of(t));
        }
        double an = (System.nanoTime() - t0) / 1e9;
        System.out.printf("analyze: %.1f MB in %.2f s = %.2f MB/s%n", bytes / 1e6, an, bytes / 1e6 / an);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 5; rep++) {
            long mentions = 0;
            t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            for (AnalyzedText at : ats) {
                mentions += r.find(at, null).size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("find: %d mentions, wall %.2f s = %.2f MB/s, cpu %.2f s = %.2f MB/s%n", mentions, s,
                bytes / 1e6 / s, cpu, bytes / 1e6 / cpu);
        }
    }
}
