package org.rasad.extract.dedup;

import java.time.LocalDate;
import java.util.List;

/**
 * A story: near-duplicate documents. {@code id} is the smallest member doc id (stable whatever
 * the input order); {@code docs} are sorted.
 */
public record Story(String id, List<String> docs, LocalDate first, LocalDate last) {
    public Story {
        docs = List.copyOf(docs);
    }

    public int size() {
        return docs.size();
    }
}
