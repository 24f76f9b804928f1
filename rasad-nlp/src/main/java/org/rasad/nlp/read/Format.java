package org.rasad.nlp.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.rasad.nlp.clean.HtmlMasker;

/** The input formats {@link DocumentReader} understands, chosen by extension and by sniffing content. */
public enum Format {
    TEXT, HTML, FEED, WARC, JSONL;

    /** The format of a file named {@code name} (".gz" already removed) whose first bytes are {@code head}. */
    static Format of(String name, byte[] head, int len) {
        String lower = name.toLowerCase(Locale.ROOT);
        String start = leading(head, len);
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        if (lower.endsWith(".warc") || lower.endsWith(".arc")) {
            return WARC;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return JSONL;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return TEXT;
        }
        boolean feed = isFeed(start);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (feed) {
            return FEED;
        }
        if (lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom")) {
            return HtmlMasker.looksLikeHtml(start) ? HTML : FEED;
        }
        if (start.startsWith("{")) {
            return JSONL;
        }
        return HtmlMasker.looksLikeHtml(start) ? HTML : TEXT;
    }

    private static boolean isFeed(String start) {
        String s = start.length() > 2048 ? start.substring(0, 2048) : start;
        return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:RDF");
    }

    /** The first bytes as Latin-1 (enough to see ASCII markup), without a UTF-8 BOM and leading blanks. */
    private static String leading(byte[] head, int len) {
        int i = 0;
        if (len >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
            i++;
        }
        return new String(head, i, len - i, StandardCharsets.ISO_8859_1);
    }
}
