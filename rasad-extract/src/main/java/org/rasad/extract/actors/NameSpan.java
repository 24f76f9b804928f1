package org.rasad.extract.actors;

/**
 * A proper name in analysed text, for named-entity evaluation and display.
 *
 * @param type       PER, LOC or ORG
 * @param firstToken index of the first token
 * @param endToken   index after the last token
 */
public record NameSpan(String type, int firstToken, int endToken) {
}
