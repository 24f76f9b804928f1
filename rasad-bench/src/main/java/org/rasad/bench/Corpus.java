package org.rasad.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.rasad.core.Document;
import org.rasad.nlp.read.DocumentReader;

/**
 * A sample of the bulk corpus held in memory: the raw JSONL lines and the documents decoded from them.
 * Input size everywhere in the benchmark is the UTF-8 size of the article bodies ({@link #textBytes()}),
 * so every stage and every peer is measured against the same number of megabytes.
 *
 * @param lines the raw JSONL lines (UTF-8, no newline)
 * @param docs  the documents {@link DocumentReader} decoded from them, in order
 */
public record Corpus(List<byte[]> lines, List<Document> docs) {
    public Corpus {
        lines = List.copyOf(lines);
        docs = List.copyOf(docs);
    }

    /** Reads the first {@code max} lines of a JSONL or JSONL.gz file and decodes them with the product's reader. */
    public static Corpus load(Path jsonl, int max) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(jsonl);
             InputStream in = jsonl.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; lines.size() < max && (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    lines.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return of(lines);
    }

    /** Decodes raw JSONL lines into a corpus; lines the reader rejects are dropped. */
    public static Corpus of(List<byte[]> lines) {
        List<Document> docs = new ArrayList<>(lines.size());
        new DocumentReader().read("bench.jsonl", new ByteArrayInputStream(join(lines)), r -> {
            if (r.isOk()) {
                docs.add(r.value());
            }
        });
        return new Corpus(lines, docs);
    }

    /** The lines joined with newlines, as a JSONL file would hold them. */
    public static byte[] join(List<byte[]> lines) {
        int n = 0;
        for (byte[] l : lines) {
            n += l.length + 1;
        }
        byte[] out = new byte[n];
        int p = 0;
        for (byte[] l : lines) {
            System.arraycopy(l, 0, out, p, l.length);
            p += l.length;
            out[p++] = '\n';
        }
        return out;
    }

    /** UTF-8 bytes of all article bodies: the input size every MB/s figure divides by. */
    public long textBytes() {
        long n = 0;
        for (Document d : docs) {
            n += utf8Length(d.text());
        }
        return n;
    }

    /** Bytes of the raw JSONL lines (with newlines). */
    public long jsonlBytes() {
        long n = 0;
        for (byte[] l : lines) {
            n += l.length + 1;
        }
        return n;
    }

    /** The first {@code n} articles. */
    public Corpus head(int n) {
        int k = Math.min(n, Math.min(lines.size(), docs.size()));
        return new Corpus(lines.subList(0, k), docs.subList(0, k));
    }

    /** UTF-8 length without encoding. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
