package org.rasad.nlp.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.rasad.core.Document;
import org.rasad.core.Result;

/**
 * JSON Lines, streamed line by line ({@code {"id","title","text","date","url","source"}}, only
 * {@code text} required). A broken line yields a problem and the next line is read.
 */
final class JsonlSource {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final ReadOptions opts;

    JsonlSource(ReadOptions opts) {
        this.opts = opts;
    }

    void read(String stem, String origin, InputStream in, EofGuard guard, Consumer<Result<Document>> sink) {
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] buf = new char[1 << 16];
        StringBuilder line = new StringBuilder();
        boolean overflow = false;
        long lineNo = 1;
        try {
            int n;
            while ((n = r.read(buf)) >= 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        overflow = append(line, buf, from, i, overflow);
                        emit(stem, origin, lineNo++, line, overflow, sink);
                        line.setLength(0);
                        overflow = false;
                        from = i + 1;
                    }
                }
                overflow = append(line, buf, from, n, overflow);
            }
            if (guard.cut()) {
                throw new EOFException("compressed input ends early");
            }
            emit(stem, origin, lineNo, line, overflow, sink);
        } catch (EOFException e) {
            sink.accept(Problems.fail(stem + "_" + lineNo, "truncated", "input ends early at line " + lineNo
                    + " of " + origin + " (truncated gzip?)", line.toString(), opts.keepBytes()));
        } catch (IOException e) {
            sink.accept(Problems.fail(stem + "_" + lineNo, "io", "cannot read line " + lineNo + " of " + origin
                    + ": " + e.getMessage(), line.toString(), opts.keepBytes()));
        }
    }

    private boolean append(StringBuilder line, char[] buf, int from, int to, boolean overflow) {
        if (overflow) {
            return true;
        }
        if (line.length() + (to - from) > opts.maxLineChars()) {
            int room = Math.max(0, Math.min(to - from, opts.keepBytes() - line.length()));
            line.append(buf, from, room);
            return true;
        }
        line.append(buf, from, to - from);
        return false;
    }

    private void emit(String stem, String origin, long lineNo, StringBuilder line, boolean overflow,
                      Consumer<Result<Document>> sink) {
        String fallbackId = stem + "_" + lineNo;
        String where = origin + ":" + lineNo;
        if (overflow) {
            sink.accept(Problems.fail(fallbackId, "too-large", "line " + lineNo + " longer than "
                    + opts.maxLineChars() + " chars: " + origin, line.toString(), opts.keepBytes()));
            return;
        }
        String s = line.toString();
        if (lineNo == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            return;
        }
        sink.accept(parse(fallbackId, where, s));
    }

    private Result<Document> parse(String fallbackId, String where, String s) {
        JsonNode node;
        try {
            node = JSON.readTree(s);
        } catch (JsonProcessingException | RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            int cut = msg.indexOf('\n');
            return Problems.fail(fallbackId, "bad-json", "not JSON at " + where + ": "
                    + (cut > 0 ? msg.substring(0, cut) : msg), s, opts.keepBytes());
        }
        if (node == null || !node.isObject()) {
            return Problems.fail(fallbackId, "bad-json", "not a JSON object at " + where, s, opts.keepBytes());
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
                ? idNode.asText() : fallbackId;
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            return Problems.fail(id, "no-text", "no \"text\" string at " + where, s, opts.keepBytes());
        }
        Document d = new Document(id, str(node, "title"), text.asText(), HtmlMeta.isoDate(str(node, "date")),
                str(node, "url"), str(node, "source"), "UTF-8", where);
        return Result.ok(d);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
