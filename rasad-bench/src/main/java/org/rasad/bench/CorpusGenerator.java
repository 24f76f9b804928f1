package org.rasad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Streams a JSONL corpus repeated until {@code target} articles are written. Copy {@code k > 0} of an
 * article gets id {@code <id>-r<k>}, its date moved {@code k} weeks later, its paragraphs rotated by
 * {@code k} and a one-line trailer naming the copy, so every copy has its own id, date and content hash
 * (the ingester skips content it has seen). Memory is constant: one line at a time.
 */
public final class CorpusGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusGenerator() {
    }

    /** Writes {@code target} articles to {@code out} (gzipped if it ends in .gz); returns the count written. */
    public static long generate(Path source, Path out, long target) throws IOException {
        long written = 0;
        try (OutputStream raw = Files.newOutputStream(out);
             OutputStream os = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            for (int copy = 0; written < target; copy++) {
                long before = written;
                written = copyOnce(source, w, copy, written, target);
                if (written == before) {
                    break;
                }
            }
        }
        return written;
    }

    private static long copyOnce(Path source, Writer w, int copy, long written, long target) throws IOException {
        try (InputStream raw = Files.newInputStream(source);
             InputStream in = source.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; written < target && (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                w.write(copy == 0 ? line : vary(line, copy));
                w.write('\n');
                written++;
            }
        }
        return written;
    }

    /** The k-th variant of one JSONL record (k > 0); a line that is not a JSON object is returned as is. */
    static String vary(String line, int k) throws IOException {
        if (!(JSON.readTree(line) instanceof ObjectNode o)) {
            return line;
        }
        o.put("id", o.path("id").asText("doc") + "-r" + k);
        String date = o.path("date").asText("");
        try {
            o.put("date", LocalDate.parse(date).plusWeeks(k).toString());
        } catch (DateTimeParseException e) {
            // keep an unparsable date as it is
        }
        o.put("text", rotate(o.path("text").asText(""), k) + "\n(" + k + ")");
        if (o.has("url")) {
            o.put("url", o.path("url").asText("") + "#r" + k);
        }
        return JSON.writeValueAsString(o);
    }

    /** Paragraphs rotated left by {@code k}. */
    static String rotate(String text, int k) {
        String[] paras = text.split("\n");
        if (paras.length < 2) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < paras.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(paras[(i + k) % paras.length]);
        }
        return sb.toString();
    }
}
