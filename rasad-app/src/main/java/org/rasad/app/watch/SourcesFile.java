package org.rasad.app.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sources file: TOML, one {@code [[source]]} table per source (see examples/sources.toml). {@link #add} appends
 * a table and {@link #remove} cuts one out, so comments elsewhere in the file survive.
 */
public final class SourcesFile {
    private static final TomlMapper TOML = new TomlMapper();
    private static final String HEADER = "[[source]]";

    private SourcesFile() {
    }

    /** Reads every source; a missing file is an empty list. Throws IllegalArgumentException on a bad file. */
    public static List<Source> load(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        return parse(read(file), file.toString());
    }

    static List<Source> parse(String toml, String where) {
        JsonNode root;
        try {
            root = TOML.readTree(toml);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": not valid TOML: " + e.getMessage(), e);
        }
        List<Source> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode list = root == null ? null : root.get("source");
        if (list == null) {
            return out;
        }
        for (JsonNode n : list.isArray() ? list : List.of(list)) {
            Source s = source(n, where);
            if (!names.add(s.name())) {
                throw new IllegalArgumentException(where + ": source '" + s.name() + "' is defined twice");
            }
            out.add(s);
        }
        return out;
    }

    private static Source source(JsonNode n, String where) {
        String name = text(n, "name");
        String url = text(n, "url");
        if (name == null || url == null) {
            throw new IllegalArgumentException(where + ": every [[source]] needs name and url");
        }
        String interval = text(n, "interval");
        try {
            return new Source(name, url, SourceKind.parse(text(n, "kind")),
                    interval == null ? null : Durations.parse(interval), text(n, "language"), text(n, "encoding"),
                    text(n, "outlet"), text(n, "country"), !n.has("articles") || n.get("articles").asBoolean(true));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Appends a source; fails if its name is taken. */
    public static void add(Path file, Source s) {
        List<Source> all = new ArrayList<>(load(file));
        if (all.stream().anyMatch(x -> x.name().equals(s.name()))) {
            throw new IllegalArgumentException("a source named '" + s.name() + "' already exists in " + file);
        }
        String old = Files.exists(file) ? read(file) : "";
        String sep = old.isEmpty() || old.endsWith("\n\n") ? "" : old.endsWith("\n") ? "\n" : "\n\n";
        write(file, old + sep + render(s));
    }

    /** Removes the source's table (and the comment lines right above it); false if there was none. */
    public static boolean remove(Path file, String name) {
        if (!Files.exists(file)) {
            return false;
        }
        List<String> lines = read(file).lines().toList();
        List<int[]> blocks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(HEADER)) {
                if (start >= 0) {
                    blocks.add(new int[] {start, i});
                }
                start = i;
            }
        }
        if (start >= 0) {
            blocks.add(new int[] {start, lines.size()});
        }
        for (int[] b : blocks) {
            List<Source> one = parse(String.join("\n", lines.subList(b[0], b[1])), file.toString());
            if (!one.isEmpty() && one.get(0).name().equals(name)) {
                int end = b[1];
                // comments directly above the next table belong to it
                while (end > b[0] + 1 && lines.get(end - 1).strip().startsWith("#")) {
                    end--;
                }
                List<String> kept = new ArrayList<>(lines.subList(0, b[0]));
                kept.addAll(lines.subList(end, lines.size()));
                write(file, String.join("\n", kept).replaceAll("\n{3,}", "\n\n") + "\n");
                return true;
            }
        }
        return false;
    }

    /** One {@code [[source]]} table. */
    public static String render(Source s) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        kv(b, "name", s.name());
        kv(b, "url", s.url());
        kv(b, "kind", s.kind().key());
        kv(b, "interval", Durations.format(s.interval()));
        kv(b, "language", s.language());
        kv(b, "encoding", s.encoding());
        kv(b, "outlet", s.outlet());
        kv(b, "country", s.country());
        if (!s.articles()) {
            b.append("articles = false\n");
        }
        return b.toString();
    }

    private static void kv(StringBuilder b, String k, String v) {
        if (v == null) {
            return;
        }
        b.append(k).append(" = \"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append("\"\n");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    private static void write(Path f, String s) {
        try {
            Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
            Files.writeString(tmp, s, StandardCharsets.UTF_8);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f, e);
        }
    }
}
