package org.rasad.extract.dedup;

/**
 * MinHash signatures with {@code bands × rows} permutations and LSH band keys. Each permutation
 * is a seeded 64-bit mix; the signature keeps the minimum per permutation. Immutable and
 * thread-safe.
 *
 * @param bands LSH bands
 * @param rows  rows per band; candidate threshold is about (1/bands)^(1/rows)
 */
public record MinHash(int bands, int rows) {
    /** 32 bands × 4 rows = 128 permutations: candidate threshold ≈ 0.42 Jaccard. */
    public static final MinHash DEFAULT = new MinHash(32, 4);

    public MinHash {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be >= 1");
    }

    public int size() {
        return bands * rows;
    }

    /** Signature of a set of shingle hashes (empty set: all Long.MAX_VALUE). */
    public long[] signature(long[] shingles) {
        long[] sig = new long[size()];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < sig.length; i++) {
                long h = Shingles.mix(s ^ SEEDS[i % SEEDS.length] * (i / SEEDS.length + 1));
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity: the fraction of equal signature slots. */
    public static double similarity(long[] a, long[] b) {
        int n = Math.min(a.length, b.length);
        if (n == 0) return 0;
        int eq = 0;
        for (int i = 0; i < n; i++) if (a[i] == b[i] && a[i] != Long.MAX_VALUE) eq++;
        return eq / (double) n;
    }

    /** One key per band; documents sharing any key become candidate pairs. */
    public long[] bandKeys(long[] sig) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < rows; r++) h = Shingles.mix(h ^ sig[b * rows + r]);
            keys[b] = h;
        }
        return keys;
    }

    private static final long[] SEEDS = seeds(256);

    private static long[] seeds(int n) {
        long[] s = new long[n];
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < n; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = Shingles.mix(x);
        }
        return s;
    }
}
