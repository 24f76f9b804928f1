package org.rasad.core;

/**
 * A date expression found in text.
 *
 * @param span  offsets into the original text
 * @param text  the words as written
 * @param value resolved "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null when there is no anchor
 * @param future true when the expression points after the document date ("الأحد المقبل", "غدا")
 */
public record TimeExpr(Span span, String text, String value, boolean future) {
}
