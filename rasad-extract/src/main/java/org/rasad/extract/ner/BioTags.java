package org.rasad.extract.ner;

/** Writing BIO tags: the shape rules and the lexicon mark their chunks one way. */
final class BioTags {
    private BioTags() {
    }

    /** Tags words [a, b) as one chunk of the type: B- on the first, I- on the rest. */
    static void mark(String[] tags, int a, int b, String type) {
        for (int w = a; w < b; w++) {
            tags[w] = (w == a ? "B-" : "I-") + type;
        }
    }
}
