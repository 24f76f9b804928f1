package org.rasad.core;

/** A span of the original document text (or title, when field is "title") stating an event. */
public record Evidence(int start, int end, String text, String field) {
    public static Evidence of(Span span, String original) {
        return new Evidence(span.start(), span.end(), span.of(original), null);
    }

    public Span span() {
        return new Span(start, end);
    }
}
