package org.rasad.store;

import java.util.Locale;

/** Event export formats. */
public enum ExportFormat {
    JSONL, CSV, PARQUET;

    /** "jsonl", "json", "csv", "parquet" (any case). */
    public static ExportFormat parse(String s) {
        String k = s.trim().toUpperCase(Locale.ROOT);
        return "JSON".equals(k) || "NDJSON".equals(k) ? JSONL : valueOf(k);
    }
}
