package org.rasad.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news document as read, after decoding and before any cleaning.
 *
 * @param id       document id: file stem, JSONL id, or feed item id; a segment adds a suffix
 * @param title    headline, may be empty
 * @param text     the body exactly as decoded (evidence offsets index this string)
 * @param date     publication date if known, else null
 * @param url      source URL or null
 * @param source   outlet name or null
 * @param charset  the charset the bytes were decoded with (e.g. "UTF-8", "windows-1256")
 * @param origin   where it came from: a path, "path!member", or "-" for stdin
 */
public record Document(String id, String title, String text, LocalDate date, String url,
                       String source, String charset, String origin) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
    }

    public Document withDate(LocalDate d) {
        return new Document(id, title, text, d, url, source, charset, origin);
    }
}
