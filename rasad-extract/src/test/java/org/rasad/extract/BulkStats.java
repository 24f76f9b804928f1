package org.rasad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.PipelineConfig;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.nlp.clean.Cleaner;

/**
 * Development aid (not a test): events per article, distribution by type, and throughput of
 * clean + extract on one thread over the first N articles of a JSONL(.gz) file. Prints numbers only.
 */
final class BulkStats {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        ObjectMapper m = new ObjectMapper();
        List<Document> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                in.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(in)) : Files.newInputStream(in),
                StandardCharsets.UTF_8))) {
            for (String line; docs.size() < n && (line = r.readLine()) != null; ) {
                JsonNode j = m.readTree(line);
                LocalDate d = null;
                try {
                    d = LocalDate.parse(j.path("date").asText("").substring(0, 10));
                } catch (RuntimeException e) {
                    d = null;
                }
                docs.add(new Document("b" + docs.size(), j.path("title").asText(""), j.path("text").asText(""), d, null,
                        null, "UTF-8", "-"));
            }
        }
        PipelineConfig cfg = PipelineConfig.defaults();
        Pipeline p = Pipeline.create(cfg);
        Cleaner cleaner = new Cleaner(cfg);
        for (int warm = 0; warm < Math.min(200, docs.size()); warm++) {
            p.extract(cleaner.clean(docs.get(warm)));
        }
        long chars = 0;
        long bytes = 0;
        int events = 0;
        int withEvents = 0;
        int max = 0;
        int maxChars = 0;
        Map<String, Integer> byType = new TreeMap<>();
        long t0 = System.nanoTime();
        for (Document d : docs) {
            CleanedDocument c = cleaner.clean(d);
            List<Event> es = p.extract(c);
            chars += d.text().length();
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
            events += es.size();
            withEvents += es.isEmpty() ? 0 : 1;
            if (es.size() > max) {
                max = es.size();
                maxChars = d.text().length();
            }
            for (Event e : es) {
                byType.merge(e.type().name(), 1, Integer::sum);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("articles %d  chars %d  MB(utf8) %.1f  seconds %.2f  MB/s %.2f%n", docs.size(), chars,
                bytes / 1e6, secs, bytes / 1e6 / secs);
        System.out.printf("events %d  per article %.2f  articles with events %d  max in one %d (%d chars)%n", events,
                (double) events / docs.size(), withEvents, max, maxChars);
        for (Map.Entry<String, Integer> e : byType.entrySet()) {
            System.out.printf("  %-10s %5d  %.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, events));
        }
    }
}
