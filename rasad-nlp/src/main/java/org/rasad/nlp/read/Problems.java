package org.rasad.nlp.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rasad.core.Document;
import org.rasad.core.Problem;
import org.rasad.core.Result;

/** Builds read problems with capped offending bytes. */
final class Problems {
    static final String STAGE = "read";

    private Problems() {
    }

    static Result<Document> fail(String docId, String reason, String message, byte[] bytes, int len, int keep) {
        byte[] kept = bytes == null ? new byte[0] : Arrays.copyOf(bytes, Math.min(Math.min(len, bytes.length), keep));
        return Result.failed(new Problem(docId, STAGE, reason, oneLine(message), kept));
    }

    static Result<Document> fail(String docId, String reason, String message, String text, int keep) {
        byte[] b = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        return fail(docId, reason, message, b, b.length, keep);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
