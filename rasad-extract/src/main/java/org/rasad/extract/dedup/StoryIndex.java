package org.rasad.extract.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streaming story clustering: documents are added one at a time; each is compared only with
 * documents sharing an LSH band key (no O(n²)), linked when the estimated Jaccard reaches the
 * threshold and the dates lie within the window, and stories are the connected components
 * (union-find). The edge set does not depend on insertion order, so neither do the stories.
 * Not thread-safe: one owner (an ingester or a rebuild) at a time.
 */
public final class StoryIndex {
    private final DedupConfig config;
    private final List<DocSignature> docs = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, int[]> buckets = new HashMap<>();
    private final List<Integer> parent = new ArrayList<>();
    private final List<String> minDoc = new ArrayList<>();
    private long comparisons;

    public StoryIndex(DedupConfig config) {
        this.config = config;
    }

    /** Batch clustering of a whole collection. */
    public static List<Story> cluster(Iterable<DocSignature> sigs, DedupConfig config) {
        StoryIndex idx = new StoryIndex(config);
        for (DocSignature s : sigs) idx.add(s);
        return idx.stories();
    }

    /** Adds one document (a repeated id is ignored) and returns the id of its story now. */
    public String add(DocSignature sig) {
        Integer known = byId.get(sig.doc());
        if (known != null) return storyId(known);
        int me = docs.size();
        docs.add(sig);
        byId.put(sig.doc(), me);
        parent.add(me);
        minDoc.add(sig.doc());
        long[] keys = config.minHash().bandKeys(sig.raw());
        for (long key : keys) {
            int[] bucket = buckets.get(key);
            if (bucket != null) {
                for (int i = 1; i <= bucket[0]; i++) {
                    int other = bucket[i];
                    if (find(other) == find(me)) continue;
                    comparisons++;
                    if (linked(docs.get(other), sig)) union(other, me);
                }
            }
            buckets.put(key, append(bucket, me));
        }
        return storyId(me);
    }

    private boolean linked(DocSignature a, DocSignature b) {
        if (a.date() != null && b.date() != null
                && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > config.windowDays()) return false;
        return MinHash.similarity(a.raw(), b.raw()) >= config.threshold();
    }

    private static int[] append(int[] bucket, int v) {
        if (bucket == null) return new int[] {1, v, 0, 0};
        if (bucket[0] + 1 == bucket.length) bucket = java.util.Arrays.copyOf(bucket, bucket.length * 2);
        bucket[++bucket[0]] = v;
        return bucket;
    }

    private int find(int x) {
        while (parent.get(x) != x) {
            int gp = parent.get(parent.get(x));
            parent.set(x, gp);
            x = gp;
        }
        return x;
    }

    private void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return;
        int lo = Math.min(ra, rb), hi = Math.max(ra, rb);
        parent.set(hi, lo);
        if (minDoc.get(hi).compareTo(minDoc.get(lo)) < 0) minDoc.set(lo, minDoc.get(hi));
    }

    /** Current story id of a document (the smallest doc id in its story), or null if unknown. */
    public String storyOf(String doc) {
        Integer i = byId.get(doc);
        return i == null ? null : storyId(i);
    }

    private String storyId(int i) {
        return minDoc.get(find(i));
    }

    /** Number of verified candidate comparisons so far (a cost measure). */
    public long comparisons() {
        return comparisons;
    }

    public int size() {
        return docs.size();
    }

    /** All stories, singletons included, largest first then by id. */
    public List<Story> stories() {
        Map<Integer, List<DocSignature>> groups = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(docs.get(i));
        List<Story> out = new ArrayList<>(groups.size());
        for (List<DocSignature> g : groups.values()) {
            List<String> ids = g.stream().map(DocSignature::doc).sorted().toList();
            LocalDate first = null, last = null;
            for (DocSignature d : g) {
                if (d.date() == null) continue;
                if (first == null || d.date().isBefore(first)) first = d.date();
                if (last == null || d.date().isAfter(last)) last = d.date();
            }
            out.add(new Story(ids.get(0), ids, first, last));
        }
        out.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
        return out;
    }

    /** doc id → story id for every document. */
    public Map<String, String> assignment() {
        Map<String, String> m = new TreeMap<>();
        for (Story s : stories()) for (String d : s.docs()) m.put(d, s.id());
        return m;
    }
}
