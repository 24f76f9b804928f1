package org.rasad.store;

/**
 * What one committed batch did.
 *
 * @param added    documents stored
 * @param skipped  documents whose content hash was already stored (idempotent re-ingest)
 * @param replaced documents that replaced an older version with the same id (counted in added too)
 * @param events   events stored
 * @param rejects  rejects stored (including events the store could not keep)
 */
public record BatchResult(int added, int skipped, int replaced, int events, int rejects) {
}
