package org.rasad.nlp.read;

/**
 * Limits for {@link DocumentReader}.
 *
 * @param maxDocumentBytes a file, WARC record body or feed larger than this is rejected ({@code too-large})
 * @param maxLineChars     a JSONL line longer than this is rejected ({@code too-large}); reading goes on
 * @param keepBytes        how many offending bytes a {@link org.rasad.core.Problem} keeps
 */
public record ReadOptions(long maxDocumentBytes, int maxLineChars, int keepBytes) {
    public ReadOptions {
        if (maxDocumentBytes < 1 || maxLineChars < 1 || keepBytes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 16 MiB per document, 16 Mi chars per JSONL line, 64 KiB kept per problem. */
    public static ReadOptions defaults() {
        return new ReadOptions(16L << 20, 16 << 20, 64 << 10);
    }

    public ReadOptions withMaxDocumentBytes(long n) {
        return new ReadOptions(n, maxLineChars, keepBytes);
    }

    public ReadOptions withMaxLineChars(int n) {
        return new ReadOptions(maxDocumentBytes, n, keepBytes);
    }
}
