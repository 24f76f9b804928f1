package org.rasad.extract.dedup;

/**
 * Dedup parameters.
 *
 * @param minHash    signature scheme and LSH banding
 * @param threshold  minimum estimated Jaccard of word 5-shingles to merge two documents
 * @param windowDays maximum date distance between two merged documents (ignored when a date is missing)
 */
public record DedupConfig(MinHash minHash, double threshold, int windowDays) {
    /** 128 permutations (32×4), Jaccard ≥ 0.5, three days. */
    public static final DedupConfig DEFAULT = new DedupConfig(MinHash.DEFAULT, 0.5, 3);
}
