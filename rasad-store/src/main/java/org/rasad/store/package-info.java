/**
 * The rasad store: SQLite (Flyway-migrated, WAL) for documents, segments, events, actors, rejects and ingest
 * progress, plus a Lucene index over titles and cleaned text with an Arabic analysis chain.
 *
 * <ul>
 *   <li>{@link org.rasad.store.Store#open} / {@link org.rasad.store.Store#openReadOnly}: one store per directory
 *       ({@code rasad.db} + {@code index/}).</li>
 *   <li>{@link org.rasad.store.Store#batch()}: one SQLite transaction; {@code add(StoredDocument)} skips content
 *       already stored (sha256 of the original bytes), {@code reject(Problem, origin)},
 *       {@code progress(SourceProgress)}, {@code commit()}. Lucene is committed after SQLite; a crash between the
 *       two is repaired on the next open.</li>
 *   <li>Queries: {@code search}, {@code events}/{@code forEachEvent}/{@code countEvents} with an
 *       {@link org.rasad.store.EventQuery}, {@code stats}, {@code document}, {@code actors}.</li>
 *   <li>Formats: {@link org.rasad.store.EventJson} (the spec's JSON record), {@link org.rasad.store.EventCsv},
 *       {@link org.rasad.store.EventParquet}; {@code Store.exportEvents} writes any of them.</li>
 * </ul>
 * Internals (SQL, Lucene, analysis) live in {@code org.rasad.store.internal}.
 */
package org.rasad.store;
