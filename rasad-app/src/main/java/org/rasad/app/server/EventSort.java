package org.rasad.app.server;

import java.util.Comparator;
import java.util.Locale;
import org.rasad.core.Event;

/** Orders events may be listed in. */
public enum EventSort {
    DATE_DESC, DATE_ASC, CONFIDENCE_DESC, DOC_ASC;

    /** Parses "date", "-date", "confidence" (always descending) or "doc"; null means newest first. */
    public static EventSort parse(String s) {
        if (s == null || s.isBlank()) {
            return DATE_DESC;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "-date", "date_desc", "newest" -> DATE_DESC;
            case "date", "date_asc", "oldest" -> DATE_ASC;
            case "confidence", "-confidence" -> CONFIDENCE_DESC;
            case "doc", "id" -> DOC_ASC;
            default -> throw ApiException.badRequest("bad-sort", "sort must be one of date, -date, confidence, doc");
        };
    }

    public String wire() {
        return switch (this) {
            case DATE_DESC -> "-date";
            case DATE_ASC -> "date";
            case CONFIDENCE_DESC -> "confidence";
            case DOC_ASC -> "doc";
        };
    }

    /** Events without a date sort last in both date orders; ties broken by id for stability. */
    public Comparator<Event> comparator() {
        Comparator<Event> byId = Comparator.comparing(Event::doc).thenComparing(Event::id);
        Comparator<Event> dated = Comparator.comparing(e -> e.date() == null);
        return switch (this) {
            case DATE_DESC -> dated.thenComparing(Event::date, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byId);
            case DATE_ASC -> dated.thenComparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byId);
            case CONFIDENCE_DESC -> Comparator.comparingDouble(Event::confidence).reversed().thenComparing(byId);
            case DOC_ASC -> byId;
        };
    }
}
