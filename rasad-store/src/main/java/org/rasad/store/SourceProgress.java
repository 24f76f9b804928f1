package org.rasad.store;

/**
 * How far an ingest of one origin (file, archive, feed) got, committed with the batch that reached it.
 *
 * @param origin      the source path or URL
 * @param bytesDone   bytes of the source fully handled
 * @param recordsDone records (lines, members, items) fully handled
 * @param complete    the whole source was handled
 */
public record SourceProgress(String origin, long bytesDone, long recordsDone, boolean complete) {
}
