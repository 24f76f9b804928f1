package org.rasad.extract.dedup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document's MinHash signature with what clustering needs: id, outlet and date (may be null).
 * Persist {@code signature} to assign later documents without rescanning.
 */
public record DocSignature(String doc, String outlet, LocalDate date, long[] signature) {
    public DocSignature {
        Objects.requireNonNull(doc, "doc");
        signature = signature.clone();
    }

    @Override
    public long[] signature() {
        return signature.clone();
    }

    long[] raw() {
        return signature;
    }

    /** Signature of a cleaned body text with the given MinHash scheme and default shingle width. */
    public static DocSignature of(String doc, String outlet, LocalDate date, String cleanText, MinHash mh) {
        return new DocSignature(doc, outlet, date, mh.signature(Shingles.of(cleanText, Shingles.DEFAULT_K)));
    }
}
