package org.rasad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.nlp.clean.CleanedDocument;

/**
 * A document as the store keeps it.
 *
 * @param doc           the document as read (its {@code text} is what evidence offsets index)
 * @param cleaned       the cleaner's output, or null when the document was not cleaned; when read back
 *                      from the store its {@code masked} text is not kept and is null
 * @param originalBytes the bytes as read (file bytes, the JSONL line, the WARC payload); may be empty,
 *                      then the text's UTF-8 bytes stand in for the hash
 * @param events        events extracted from it (their {@code doc} should be {@code doc.id()} or a segment id)
 */
public record StoredDocument(Document doc, CleanedDocument cleaned, byte[] originalBytes, List<Event> events) {
    public StoredDocument {
        Objects.requireNonNull(doc, "doc");
        originalBytes = originalBytes == null ? new byte[0] : originalBytes;
        events = events == null ? List.of() : List.copyOf(events);
    }

    public static StoredDocument of(Document doc, List<Event> events) {
        return new StoredDocument(doc, null, doc.text().getBytes(StandardCharsets.UTF_8), events);
    }

    /** sha256 (lower-case hex) of the original bytes, or of the text's UTF-8 when no bytes are kept. */
    public String contentHash() {
        return sha256(originalBytes.length > 0 ? originalBytes : doc.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The text to search: the cleaned body when there is one, else the text as read. */
    public String searchText() {
        return cleaned != null && cleaned.cleanText() != null ? cleaned.cleanText() : doc.text();
    }

    public List<CleanedDocument.Segment> segments() {
        return cleaned == null ? List.of() : cleaned.segments();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * The original bytes to keep; an empty blob when they are exactly the text's UTF-8 (most plain-text and JSONL
     * input), which halves the database without losing a byte: readers expand it back.
     */
    byte[] storedOriginal() {
        byte[] orig = originalBytes();
        if (orig.length == 0) {
            return orig;
        }
        String text = doc().text();
        // cheap length guard first: UTF-8 of n UTF-16 units is between n and 3n bytes
        if (orig.length < text.length() || orig.length > 3L * text.length()) {
            return orig;
        }
        return Arrays.equals(orig, text.getBytes(StandardCharsets.UTF_8)) ? new byte[0] : orig;
    }
}
