package org.rasad.core;

import java.io.Serializable;

/**
 * Typed, serialisable configuration from which one pipeline is built per JVM
 * (CLI, server and Spark executors alike).
 *
 * @param minConfidence events below this confidence are dropped
 * @param maxDocumentChars documents longer than this are truncated for extraction (kept whole in the store)
 * @param splitSegments split a second full article after a "read also" marker into its own segment
 */
public record PipelineConfig(double minConfidence, int maxDocumentChars, boolean splitSegments)
        implements Serializable {
    public static PipelineConfig defaults() {
        return new PipelineConfig(0.0, 2_000_000, true);
    }

    public PipelineConfig withMinConfidence(double c) {
        return new PipelineConfig(c, maxDocumentChars, splitSegments);
    }
}
