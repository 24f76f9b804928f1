package org.rasad.store;

/**
 * Orders {@link Store#eventPage} can sort by in SQL. Each ends with the document and event id, so the order is total
 * and a page is the same whatever the query plan: the same orders as the server's in-memory comparators (dated events
 * first in both date orders, ties by document then id), compared as strings.
 */
public enum EventOrder {
    /** Newest first, undated last (SQLite sorts NULL lowest), then doc and id: index events_date_desc serves it. */
    DATE_DESC("e.date DESC, e.doc, e.id"),
    /** Oldest first: {@code date IS NULL, date, doc, id}. */
    DATE_ASC("e.date IS NULL, e.date, e.doc, e.id"),
    /** Most confident first, ties by document and id. */
    CONFIDENCE_DESC("e.confidence DESC, e.doc, e.id"),
    /** By document, then id. */
    DOC("e.doc, e.id");

    private final String sql;

    EventOrder(String sql) {
        this.sql = sql;
    }

    /** The ORDER BY list over alias {@code e} (the events table). */
    public String sql() {
        return sql;
    }
}
